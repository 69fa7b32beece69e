/**
 * The classes a map region is drawn in. Six coverage steps on a colour-blind-safe sequential scale (ColorBrewer
 * YlGnBu: light is little, dark is much), and two grey states that a pattern and a border tell apart even in
 * greyscale print: no data (hatched) and outside the reader's working area (dotted, dashed border).
 */
export const MAP_CLASSES = ['c0', 'c1', 'c25', 'c50', 'c75', 'c100', 'noData', 'outOfScope'] as const;
export type MapClassKey = (typeof MAP_CLASSES)[number];

export type MapPattern = 'hatch' | 'dots';

export interface MapClassStyle {
  fill: string;
  pattern?: MapPattern;
  /** The outline colour and dash of a region in this class. */
  stroke: string;
  dash?: number[];
  /** Dark fills get light text in the legend and the export. */
  dark?: boolean;
}

export const MAP_CLASS_STYLES: Record<MapClassKey, MapClassStyle> = {
  c0: { fill: '#ffffcc', stroke: '#8c8c8c' },
  c1: { fill: '#c7e9b4', stroke: '#ffffff' },
  c25: { fill: '#7fcdbb', stroke: '#ffffff' },
  c50: { fill: '#41b6c4', stroke: '#ffffff' },
  c75: { fill: '#2c7fb8', stroke: '#ffffff', dark: true },
  c100: { fill: '#253494', stroke: '#ffffff', dark: true },
  noData: { fill: '#e0e0e0', pattern: 'hatch', stroke: '#9e9e9e' },
  outOfScope: { fill: '#bdbdbd', pattern: 'dots', stroke: '#616161', dash: [4, 3] },
};

/** The working area's outline and the markers: colours that stand apart from the blue-green scale. */
export const OUTLINE_COLOUR = '#d95f02';
export const MARKER_COLOURS = { binaan: '#c51b7d', venue: '#1a1a1a' } as const;

/** The legend swatch of a class as CSS (the same look as the canvas pattern). */
export function swatchCss(key: MapClassKey): { background: string; borderColor: string; borderStyle: string } {
  const style = MAP_CLASS_STYLES[key];
  const background =
    style.pattern === 'hatch'
      ? `repeating-linear-gradient(45deg, #9e9e9e 0 1.5px, ${style.fill} 1.5px 6px)`
      : style.pattern === 'dots'
        ? `radial-gradient(circle, #616161 1.2px, transparent 1.6px) 0 0 / 6px 6px, ${style.fill}`
        : style.fill;
  return { background, borderColor: style.stroke === '#ffffff' ? '#9e9e9e' : style.stroke, borderStyle: style.dash ? 'dashed' : 'solid' };
}

const patterns = new Map<MapPattern, CanvasPattern | null>();

/**
 * A class's fill for a canvas: its colour, or a repeating pattern over it. Leaflet's canvas renderer assigns the
 * fill colour straight to `fillStyle`, so a CanvasPattern works where a colour string is expected.
 */
export function canvasFill(key: MapClassKey): string | CanvasPattern {
  const style = MAP_CLASS_STYLES[key];
  if (!style.pattern || typeof document === 'undefined') return style.fill;
  if (!patterns.has(style.pattern)) patterns.set(style.pattern, makePattern(style.pattern, style.fill));
  return patterns.get(style.pattern) ?? style.fill;
}

function makePattern(kind: MapPattern, fill: string): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, 8, 8);
  if (kind === 'hatch') {
    ctx.strokeStyle = '#9e9e9e';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    // Two strokes so the diagonal runs on across tile edges.
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  } else {
    ctx.fillStyle = '#616161';
    ctx.beginPath();
    ctx.arc(4, 4, 1.3, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat');
}
