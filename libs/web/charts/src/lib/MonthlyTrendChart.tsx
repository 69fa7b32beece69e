import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface MonthlyTrendDatum {
  key: string;
  /** The month as people read it: "Jun" or "Jun 2025". */
  label: string;
  activities: number;
  villagesReached: number;
}

/** Verified activities per month (bars) and villages reached that month (line), each on its own axis: props only. */
export function MonthlyTrendChart({
  data,
  summary,
  activitiesLabel,
  villagesLabel,
  formatValue,
}: {
  data: MonthlyTrendDatum[];
  summary: string;
  activitiesLabel: string;
  villagesLabel: string;
  formatValue: (value: number) => string;
}) {
  return (
    <div className="chart__body" style={{ height: 260 }} role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis yAxisId="activities" allowDecimals={false} tickFormatter={formatValue} width={40} />
          <YAxis yAxisId="villages" orientation="right" allowDecimals={false} tickFormatter={formatValue} width={40} />
          <Tooltip formatter={(value, name) => [formatValue(Number(value)), name]} />
          <Legend />
          <Bar yAxisId="activities" dataKey="activities" name={activitiesLabel} fill="#0f766e" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Line
            yAxisId="villages"
            type="linear"
            dataKey="villagesReached"
            name={villagesLabel}
            stroke="#d97706"
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
