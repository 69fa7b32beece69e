import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CategoryTick, rowHeightFor } from './CategoryTick';

/** The room for category names: long ones wrap to three lines within it and are cut with "…" beyond. */
const AXIS_WIDTH = 150;

export interface RankedBarDatum {
  key: string;
  label: string;
  value: number;
}

/**
 * Horizontal bars, largest first: props only, no data fetching. With a `summary` the drawing is one image with
 * that sentence as its name (the caller puts the figures, and the full names, in a data table beside it). Long
 * names wrap within the axis and are cut with "…", the whole name on hover.
 */
export function RankedBarChart({
  data,
  valueLabel,
  formatValue,
  maxBars = 40,
  summary,
}: {
  data: RankedBarDatum[];
  valueLabel: string;
  formatValue: (value: number) => string;
  maxBars?: number;
  summary?: string;
}) {
  const rows = [...data].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)).slice(0, maxBars);
  const rowHeight = rowHeightFor(
    rows.map((r) => r.label),
    AXIS_WIDTH,
    3,
    30,
  );
  const height = Math.max(120, rows.length * rowHeight + 40);
  return (
    <div className="chart__body" style={{ height }} {...(summary ? { role: 'img', 'aria-label': summary } : {})}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={!summary}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={formatValue} allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={AXIS_WIDTH} interval={0} tick={(props) => <CategoryTick {...props} axisWidth={AXIS_WIDTH} />} />
          <Tooltip formatter={(value) => [formatValue(Number(value)), valueLabel]} />
          <Bar dataKey="value" name={valueLabel} fill="#0f766e" radius={[0, 3, 3, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
