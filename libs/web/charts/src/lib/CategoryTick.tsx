import type { MouseEvent } from 'react';
import { at } from '@jangkau/shared-domain';

/** Pixels per character of the 12 px axis font, on the wide side, so a line that fits by count fits on screen. */
export const TICK_CHAR_PX = 6.8;
export const TICK_LINE_PX = 14;

/**
 * A category name broken into at most `maxLines` lines of at most `maxChars` characters, at spaces where it can
 * (a word longer than a line is cut). What does not fit ends the last line with "…"; `truncated` says so, and the
 * caller shows the whole name on hover (an SVG title) and in the data table.
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const width = Math.max(4, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let word of words) {
    while (word.length > width) {
      // A word longer than a line: fill the current line, then cut.
      if (current) {
        lines.push(current);
        current = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!current) current = word;
    else if (current.length + 1 + word.length <= width) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = at(kept, maxLines - 1, 'last line kept');
  kept[maxLines - 1] = `${last.length + 1 > width ? last.slice(0, width - 1).trimEnd() : last}…`;
  return { lines: kept, truncated: true };
}

/** How many lines a category axis needs for these names at this width (for the chart's row height). */
export function linesNeeded(labels: string[], axisWidth: number, maxLines: number): number {
  const maxChars = (axisWidth - 10) / TICK_CHAR_PX;
  return labels.reduce((most, label) => Math.max(most, wrapLabel(label, maxChars, maxLines).lines.length), 1);
}

/** A bar row as tall as its longest wrapped name needs (so no name overlaps the next), and at least `least` pixels. */
export function rowHeightFor(labels: string[], axisWidth: number, maxLines: number, least: number): number {
  return Math.max(least, linesNeeded(labels, axisWidth, maxLines) * TICK_LINE_PX + 12);
}

export interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown; index?: number };
  /** The axis width in pixels: the room the lines have. */
  axisWidth: number;
  maxLines?: number;
  /**
   * A category name that opens something (a region's breakdown): drawn as a link, reachable by Tab and opened by
   * Enter as well as by a click. `href` is where it goes (so it can also be opened in a new tab); `onOpen` is
   * called instead of following it for a plain click or Enter.
   */
  link?: { href: string; label: string; onOpen: () => void } | null;
}

/**
 * A category axis tick that never overlaps its neighbours or runs off the chart: the name wrapped within the axis,
 * cut with "…" when longer, the whole name as the tick's title (shown on hover, read by screen readers).
 */
export function CategoryTick({ x = 0, y = 0, payload, axisWidth, maxLines = 3, link }: CategoryTickProps) {
  const name = String(payload?.value ?? '');
  const { lines } = wrapLabel(name, (axisWidth - 10) / TICK_CHAR_PX, maxLines);
  const top = -((lines.length - 1) * TICK_LINE_PX) / 2;
  const text = (
    <text x={-6} y={0} textAnchor="end" fontSize={12} fill={link ? '#0f5f59' : '#334155'} textDecoration={link ? 'underline' : undefined}>
      {lines.map((line, i) => (
        <tspan key={i} x={-6} dy={i === 0 ? top + 4 : TICK_LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
  const height = Math.max(24, lines.length * TICK_LINE_PX + 6);
  // A hit area the size of the label's room (at least 24 px tall), so the target is easy to touch.
  const area = <rect x={-(axisWidth - 2)} y={-height / 2} width={axisWidth - 4} height={height} fill="transparent" />;
  if (!link) {
    return (
      <g transform={`translate(${x},${y})`} className="chart__tick">
        <title>{name}</title>
        {text}
      </g>
    );
  }
  const open = (event: MouseEvent<Element>) => {
    // A modified click (new tab, new window) follows the link; a plain one drills in place.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    link.onOpen();
  };
  return (
    <g transform={`translate(${x},${y})`} className="chart__tick">
      <a href={link.href} onClick={open} aria-label={link.label} className="chart__tick-link">
        <title>{name}</title>
        {area}
        {text}
      </a>
    </g>
  );
}
