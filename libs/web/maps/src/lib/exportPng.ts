import { canvasFill, MAP_CLASS_STYLES, MARKER_COLOURS, type MapClassKey } from './classes';

export interface ExportLegendItem {
  key: MapClassKey;
  label: string;
}

interface CountMark {
  point: { x: number; y: number };
  marker: { count: number; kind: keyof typeof MARKER_COLOURS };
}

const PAD = 16;
const TITLE = 22;
const SUBTITLE = 15;
const ROW = 22;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * The map as a report figure: title (and subtitle) on top, the visible part of the map canvas, then the legend.
 * Count labels are HTML over the map, so they are drawn again here. A base map is not included (tiles come from
 * another origin and would taint the canvas).
 */
export async function composePng({
  mapElement,
  canvas,
  title,
  subtitle,
  legend,
  counts,
}: {
  mapElement: HTMLElement;
  canvas: HTMLCanvasElement;
  title: string;
  subtitle?: string;
  legend: ExportLegendItem[];
  counts: CountMark[];
}): Promise<Blob> {
  const view = mapElement.getBoundingClientRect();
  const drawn = canvas.getBoundingClientRect();
  const scale = drawn.width ? canvas.width / drawn.width : 1;
  const width = Math.round(view.width);
  const mapHeight = Math.round(view.height);
  const columns = Math.max(1, Math.floor((width - PAD * 2) / 190));
  const legendRows = Math.ceil(legend.length / columns);
  const headHeight = PAD + TITLE + (subtitle ? SUBTITLE + 4 : 0) + PAD / 2;
  const height = headHeight + mapHeight + PAD + legendRows * ROW + PAD;

  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'top';
  ctx.font = `600 18px ${FONT}`;
  ctx.fillText(title, PAD, PAD, width - PAD * 2);
  if (subtitle) {
    ctx.font = `13px ${FONT}`;
    ctx.fillStyle = '#444444';
    ctx.fillText(subtitle, PAD, PAD + TITLE, width - PAD * 2);
  }

  // The renderer's canvas is larger than the view (padding) and offset: copy just the visible part.
  const sx = (view.left - drawn.left) * scale;
  const sy = (view.top - drawn.top) * scale;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, headHeight, width, mapHeight);
  ctx.clip();
  ctx.fillStyle = '#f4f6f8';
  ctx.fillRect(0, headHeight, width, mapHeight);
  ctx.drawImage(canvas, sx, sy, view.width * scale, view.height * scale, 0, headHeight, width, mapHeight);
  ctx.font = `600 11px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const { point, marker } of counts) {
    ctx.fillStyle = '#ffffff';
    ctx.fillText(String(marker.count), point.x, headHeight + point.y);
  }
  ctx.restore();
  ctx.strokeStyle = '#cccccc';
  ctx.strokeRect(0.5, headHeight + 0.5, width - 1, mapHeight - 1);

  ctx.font = `12px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  legend.forEach((item, i) => {
    const x = PAD + (i % columns) * 190;
    const y = headHeight + mapHeight + PAD + Math.floor(i / columns) * ROW;
    const style = MAP_CLASS_STYLES[item.key];
    ctx.fillStyle = canvasFill(item.key);
    ctx.fillRect(x, y, 18, 14);
    ctx.setLineDash(style.dash ?? []);
    ctx.strokeStyle = style.stroke === '#ffffff' ? '#9e9e9e' : style.stroke;
    ctx.strokeRect(x + 0.5, y + 0.5, 17, 13);
    ctx.setLineDash([]);
    ctx.fillStyle = '#111111';
    ctx.fillText(item.label, x + 24, y + 7, 160);
  });

  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'));
}
