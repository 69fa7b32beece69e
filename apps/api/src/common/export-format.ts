import { IndonesianTimeZone, TIME_ZONE_OFFSET_HOURS } from '@jangkau/shared-domain';

/** Cell formatting shared by the file exports (activity list, reports). */

/**
 * "16/06/2025 09:00 WIB": the start as the venue's clock showed it. Indonesia keeps no daylight saving, so a fixed
 * offset is exact, and a hundred thousand rows cost no Intl formatter calls.
 */
export function localStart(instant: Date, zone: string): string {
  const hours = TIME_ZONE_OFFSET_HOURS[zone as IndonesianTimeZone] ?? 7;
  const d = new Date(instant.getTime() + hours * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ${zone}`;
}

/** ASCII words joined by dashes for file names: "Rekap Sosialisasi per Kabupaten/Kota" → "rekap-sosialisasi-per-kabupaten-kota". */
export function fileSlug(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');
}

/** Said in every exported file's title block on a demo installation, so a demo figure never passes for an official one. */
export const DEMO_MARK = 'DATA DEMO — bukan data resmi';

/** The title block's data-sources line, with the demo mark when the installation is a demo. */
export function sourcesLine(sources: string, demo: boolean): string {
  return demo ? `${sources}. ${DEMO_MARK}` : sources;
}

/**
 * RFC 4180 (CRLF, quotes doubled; the separator a comma, or a semicolon with decimal commas). A text cell that starts like a formula (= + - @) gets a leading
 * apostrophe, so a title typed as "=HYPERLINK(…)" stays text when the file is opened in a spreadsheet.
 */
export function csvCell(value: string | number, separator: CsvSeparator = ','): string {
  if (typeof value === 'number') return separator === ';' ? String(value).replace('.', ',') : String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `;` with decimal commas, as a spreadsheet set to Indonesian reads CSV (a comma file opens there in one column);
 * `,` with decimal points for everyone else.
 */
export type CsvSeparator = ',' | ';';
