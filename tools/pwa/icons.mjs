// `node tools/pwa/icons.mjs`: the web app's install icons (apps/web/public/icons), drawn from the same rings as
// favicon.svg. Committed PNGs: run again only when the mark changes.
//   icon-192.png, icon-512.png   – "any": the round mark on a transparent square
//   maskable-512.png             – "maskable": full-bleed teal, the mark inside the central 80 % safe zone, so a
//                                   launcher may cut it to a circle, a squircle or a rounded square
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'apps/web/public/icons');
const TEAL = '#0f766e';

const rings = (cx, r) =>
  `<circle cx="${cx}" cy="${cx}" r="${r * 0.6}" fill="none" stroke="#fff" stroke-width="${r * 0.1667}"/>` + `<circle cx="${cx}" cy="${cx}" r="${r * 0.2333}" fill="#fff"/>`;
const round = (size) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
  `<circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.47}" fill="${TEAL}"/>${rings(size / 2, size * 0.47)}</svg>`;
const maskable = (size) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
  `<rect width="${size}" height="${size}" fill="${TEAL}"/>${rings(size / 2, size * 0.36)}</svg>`;

mkdirSync(out, { recursive: true });
for (const [name, svg] of [
  ['icon-192.png', round(192)],
  ['icon-512.png', round(512)],
  ['maskable-512.png', maskable(512)],
]) {
  const info = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(join(out, name));
  console.log(`${name}: ${info.width}×${info.height}, ${info.size} bytes`);
}
