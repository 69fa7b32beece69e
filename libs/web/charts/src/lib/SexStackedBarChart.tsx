import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CategoryTick, rowHeightFor } from './CategoryTick';

const AXIS_WIDTH = 130;

export interface SexStackedDatum {
  key: string;
  label: string;
  male: number;
  female: number;
}

/** Horizontal bars per category, men and women stacked (L/P), in the order given: props only. */
export function SexStackedBarChart({
  data,
  summary,
  maleLabel,
  femaleLabel,
  formatValue,
}: {
  data: SexStackedDatum[];
  summary: string;
  maleLabel: string;
  femaleLabel: string;
  formatValue: (value: number) => string;
}) {
  const rowHeight = rowHeightFor(
    data.map((r) => r.label),
    AXIS_WIDTH,
    2,
    32,
  );
  const height = Math.max(140, data.length * rowHeight + 70);
  return (
    <div className="chart__body" style={{ height }} role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={formatValue} />
          <YAxis type="category" dataKey="label" width={AXIS_WIDTH} interval={0} tick={(props) => <CategoryTick {...props} axisWidth={AXIS_WIDTH} maxLines={2} />} />
          <Tooltip formatter={(value, name) => [formatValue(Number(value)), name]} />
          <Legend />
          <Bar dataKey="male" stackId="sex" name={maleLabel} fill="#0369a1" isAnimationActive={false} />
          <Bar dataKey="female" stackId="sex" name={femaleLabel} fill="#be185d" radius={[0, 3, 3, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
