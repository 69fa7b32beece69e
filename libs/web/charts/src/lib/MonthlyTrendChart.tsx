import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface MonthlyTrendDatum {
  key: string;
  /** The month as people read it: "Jun" or "Jun 2025". */
  label: string;
  activities: number;
  villagesReached: number;
}

const AXIS_TITLE = { fontSize: 12, fill: '#475569', textAnchor: 'middle' } as const;

/**
 * Verified activities per month (bars) and villages reached that month (line), each on its own axis: props only.
 * Every axis carries its title (`axisTitles`): the months along the bottom, what each side counts up the sides.
 */
export function MonthlyTrendChart({
  data,
  summary,
  activitiesLabel,
  villagesLabel,
  axisTitles,
  formatValue,
}: {
  data: MonthlyTrendDatum[];
  summary: string;
  activitiesLabel: string;
  villagesLabel: string;
  /** "Bulan", "Jumlah kegiatan", "Desa/kel. terjangkau". */
  axisTitles: { month: string; activities: string; villages: string };
  formatValue: (value: number) => string;
}) {
  return (
    <div className="chart__body" style={{ height: 300 }} role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 4, bottom: 18, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" label={{ value: axisTitles.month, position: 'insideBottom', offset: -14, style: AXIS_TITLE }} />
          <YAxis
            yAxisId="activities"
            allowDecimals={false}
            tickFormatter={formatValue}
            width={56}
            label={{ value: axisTitles.activities, angle: -90, position: 'insideLeft', offset: 4, style: AXIS_TITLE }}
          />
          <YAxis
            yAxisId="villages"
            orientation="right"
            allowDecimals={false}
            tickFormatter={formatValue}
            width={56}
            label={{ value: axisTitles.villages, angle: 90, position: 'insideRight', offset: 4, style: AXIS_TITLE }}
          />
          <Tooltip formatter={(value, name) => [formatValue(Number(value)), name]} />
          <Legend verticalAlign="top" height={28} />
          <Bar yAxisId="activities" dataKey="activities" name={activitiesLabel} fill="#0f766e" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Line yAxisId="villages" type="linear" dataKey="villagesReached" name={villagesLabel} stroke="#d97706" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
