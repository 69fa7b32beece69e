import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CategoryTick, rowHeightFor } from './CategoryTick';

const AXIS_WIDTH = 140;

export interface CoverageBarDatum {
  key: string;
  label: string;
  reached: number;
  total: number;
  /** reached / total, 0–1. */
  ratio: number;
  /** Clicking the bar opens this region's own breakdown (false for villages: nothing lies below them). */
  drillable?: boolean;
}

/**
 * The gaps first: lowest coverage on top; at equal coverage the region with more villages still to reach, then by
 * name, so the order is stable between refreshes.
 */
export function sortLowestFirst<T extends Pick<CoverageBarDatum, 'label' | 'reached' | 'total' | 'ratio'>>(data: readonly T[]): T[] {
  return [...data].sort((a, b) => a.ratio - b.ratio || b.total - b.reached - (a.total - a.reached) || a.label.localeCompare(b.label, 'id'));
}

/** Bar colour by how far a region is reached: red below a quarter, amber below three quarters, teal above. */
export function coverageColour(ratio: number): string {
  return ratio < 0.25 ? '#b91c1c' : ratio < 0.75 ? '#d97706' : '#0f766e';
}

/**
 * Coverage by child region as horizontal bars, lowest first: props only. A drillable region opens its breakdown
 * (`onSelect`) from its bar and from its name, which is a link (`hrefFor`, named by `linkLabel`): Tab reaches it,
 * Enter opens it, a modified click opens it in a new tab. The drawing is a group named by `summary`; the caller
 * puts the figures in a data table beside it.
 */
export function CoverageByRegionChart({
  data,
  summary,
  valueLabel,
  formatRatio,
  describe,
  onSelect,
  hrefFor,
  linkLabel,
  maxBars = 60,
}: {
  data: CoverageBarDatum[];
  /** One sentence saying what the chart shows, read instead of the drawing. */
  summary: string;
  valueLabel: string;
  formatRatio: (ratio: number) => string;
  /** The tooltip's words for one region, e.g. "3 dari 10 desa/kelurahan (30 %)". */
  describe: (datum: CoverageBarDatum) => string;
  onSelect?: (key: string) => void;
  /** The address of a region's breakdown, for its name as a link. */
  hrefFor?: (key: string) => string;
  /** The link's accessible name, e.g. "Lihat rincian Kabupaten Merangin". */
  linkLabel?: (datum: CoverageBarDatum) => string;
  maxBars?: number;
}) {
  const rows = sortLowestFirst(data).slice(0, maxBars);
  const rowHeight = rowHeightFor(
    rows.map((r) => r.label),
    AXIS_WIDTH,
    2,
    30,
  );
  const height = Math.max(120, rows.length * rowHeight + 40);
  const linkOf = (index: number | undefined, label: string) => {
    const datum = (index !== undefined ? rows[index] : undefined) ?? rows.find((r) => r.label === label);
    if (!datum?.drillable || !onSelect || !hrefFor) return null;
    return { href: hrefFor(datum.key), label: linkLabel ? linkLabel(datum) : datum.label, onOpen: () => onSelect(datum.key) };
  };
  return (
    <div className="chart__body" style={{ height }} role="group" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 1]} tickFormatter={formatRatio} ticks={[0, 0.25, 0.5, 0.75, 1]} />
          <YAxis
            type="category"
            dataKey="label"
            width={AXIS_WIDTH}
            interval={0}
            tick={(props) => <CategoryTick {...props} axisWidth={AXIS_WIDTH} maxLines={2} link={linkOf(props.payload?.index, String(props.payload?.value ?? ''))} />}
          />
          <Tooltip formatter={(_value, _name, item) => [describe(item.payload as CoverageBarDatum), valueLabel]} />
          <Bar
            dataKey="ratio"
            name={valueLabel}
            radius={[0, 3, 3, 0]}
            isAnimationActive={false}
            minPointSize={2}
            onClick={(bar) => {
              const datum = bar.payload as CoverageBarDatum | undefined;
              if (datum?.drillable && onSelect) onSelect(datum.key);
            }}
          >
            {rows.map((row) => (
              <Cell key={row.key} fill={coverageColour(row.ratio)} cursor={row.drillable && onSelect ? 'pointer' : undefined} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
