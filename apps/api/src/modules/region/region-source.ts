import { normalizeSearchText, RegionLevel, regionSearchKey, tryParseRegionCode } from '@jangkau/shared-domain';
import { CsvError, parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  depth: number;
  parentCode: string | null;
  nameSearch: string;
  nameKey: string;
}

/** A complete official list of regions, validated: every code well-formed, every parent present, no duplicates. */
export interface RegionDataset {
  source: string;
  version: string;
  records: RegionRecord[];
}

export class RegionDatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The region list is not valid (${problems.length} problems):\n${problems.slice(0, 20).join('\n')}`);
    this.name = 'RegionDatasetError';
  }
}

export const IDN_AREA_DATA = 'idn-area-data';

/** Files of idn-area-data, from the top of the hierarchy down. */
const FILES = ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv'];

/** The version of the pinned idn-area-data package, without reading its CSVs. */
export function idnAreaDataVersion(): string {
  return JSON.parse(readFileSync(require.resolve(`${IDN_AREA_DATA}/package.json`), 'utf8')).version as string;
}

/** Compares dotted versions numerically ("4.10.0" > "4.9.1"); a pre-release suffix is ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (v.split('-')[0] ?? '').split('.').map((n) => Number(n) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Reads the pinned `idn-area-data` package (ODbL) and returns its 91,599 regions; or, with `from`, the same four
 * CSV files in another folder, under the version the caller names.
 */
export function readIdnAreaData(from?: { dir: string; version: string }): RegionDataset {
  const dir = from?.dir ?? join(dirname(require.resolve(`${IDN_AREA_DATA}/package.json`)), 'data');
  const version = from?.version ?? idnAreaDataVersion();
  const rows = FILES.flatMap((file) => {
    let table: string[][];
    try {
      table = parseCsv(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      if (error instanceof CsvError) throw new RegionDatasetError([`${file}: ${error.message}`]);
      throw error;
    }
    // An empty file has no header: no "code" column either.
    const [header = [], ...body] = table;
    const codeAt = header.indexOf('code');
    const nameAt = header.indexOf('name');
    if (codeAt < 0 || nameAt < 0) throw new RegionDatasetError([`${file}: no "code" or "name" column`]);
    // buildDataset reports a missing cell as an empty code or name.
    return body.map((cells) => ({ code: cells[codeAt] ?? '', name: cells[nameAt] ?? '' }));
  });
  return buildDataset(IDN_AREA_DATA, version, rows);
}

/** Validates raw (code, name) rows and derives level, parent and search key from the code rules. */
export function buildDataset(source: string, version: string, rows: { code: string; name: string }[]): RegionDataset {
  const problems: string[] = [];
  const byCode = new Map<string, RegionRecord>();
  for (const row of rows) {
    const code = (row.code ?? '').trim();
    const name = (row.name ?? '').trim().replace(/\s+/g, ' ');
    const parsed = tryParseRegionCode(code);
    if (typeof parsed === 'string') {
      problems.push(`${JSON.stringify(code)}: invalid code (${parsed})`);
      continue;
    }
    if (!name || name.length > 255) problems.push(`${code}: name is empty or longer than 255 characters`);
    if (byCode.has(code)) problems.push(`${code}: listed twice`);
    byCode.set(code, {
      code,
      name,
      level: parsed.level,
      depth: parsed.depth,
      parentCode: parsed.parentCode,
      nameSearch: normalizeSearchText(name),
      nameKey: regionSearchKey(name, parsed.depth),
    });
  }
  for (const record of byCode.values()) {
    if (record.parentCode && !byCode.has(record.parentCode)) problems.push(`${record.code}: parent ${record.parentCode} is not in the list`);
  }
  if (problems.length) throw new RegionDatasetError(problems);
  return { source, version, records: [...byCode.values()] };
}

/**
 * RFC 4180 CSV through csv-parse: quoted fields may hold commas, doubled quotes and line breaks; a BOM is dropped,
 * blank lines are skipped. Strict otherwise (every row as wide as the header, no stray quote): the official list
 * is machine-written, and a malformed line there means a damaged file, not one to guess at.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = parse(text, { bom: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] });
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}
