import { ActivityType, Indicator } from '@jangkau/shared-domain';
import { ReportCompare, ReportInput, ReportRows, StandardReportKey } from '../dto/report.input';
import type { CsvSeparator } from '../../../common/export-format';
import { ReportError, ReportErrorCode } from '../report.errors';

/** What an export is asked for: a report input (as GraphQL takes it), or a saved report by id. */
export type ReportExportRequest = { input: ReportInput } | { savedId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INPUT_FIELDS = new Set([
  'rows',
  'withinRegion',
  'from',
  'to',
  'period',
  'indicators',
  'programmeItemId',
  'type',
  'compare',
  'standard',
  'withTargets',
  'withConfirmation',
  'hideEmptyRows',
]);

/**
 * The JSON body, checked with the rules GraphQL applies to `ReportInput` (known fields, enum values, scalar
 * types); ReportService.range then checks the period exactly as for `report`. Anything else is a 400 naming the
 * field, so a mistyped request never silently exports something else.
 */
export function parseExportBody(body: unknown): ReportExportRequest {
  const bad = (detail: string): never => {
    throw new ReportError(ReportErrorCode.EXPORT_INVALID, { detail }, detail);
  };
  if (!body || typeof body !== 'object' || Array.isArray(body)) return bad('body');
  // `separator` is the CSV's (csvSeparatorOf), not part of the report.
  const { input, savedId, separator: _separator, ...rest } = body as Record<string, unknown>;
  const [extra] = Object.keys(rest);
  if (extra !== undefined) return bad(extra);
  if ((input === undefined) === (savedId === undefined)) return bad('input');
  if (savedId !== undefined) return { savedId: savedIdOf(savedId) };
  if (!input || typeof input !== 'object' || Array.isArray(input)) return bad('input');
  const raw = input as Record<string, unknown>;
  for (const name of Object.keys(raw)) if (!INPUT_FIELDS.has(name)) bad(`input.${name}`);
  const oneOf = <T extends string>(name: string, allowed: Record<string, T>, required = false): T | null => {
    const value = raw[name];
    if (value === undefined || value === null) return required ? bad(`input.${name}`) : null;
    if (typeof value !== 'string' || !(Object.values(allowed) as string[]).includes(value)) bad(`input.${name}`);
    return value as T;
  };
  const text = (name: string): string | null => {
    const value = raw[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') bad(`input.${name}`);
    return value as string;
  };
  const flag = (name: string): boolean | null => {
    const value = raw[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean') bad(`input.${name}`);
    return value as boolean;
  };
  const indicators = raw.indicators;
  if (!Array.isArray(indicators) || indicators.some((i) => typeof i !== 'string' || !(Object.values(Indicator) as string[]).includes(i))) bad('input.indicators');
  const date = (name: string) => {
    const value = text(name);
    if (value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value)) bad(`input.${name}`);
    return value;
  };
  return {
    input: {
      rows: oneOf('rows', ReportRows, true)!,
      withinRegion: text('withinRegion'),
      from: date('from'),
      to: date('to'),
      period: text('period'),
      indicators: indicators as Indicator[],
      programmeItemId: text('programmeItemId'),
      type: oneOf('type', ActivityType),
      compare: oneOf('compare', ReportCompare) ?? ReportCompare.NONE,
      standard: oneOf('standard', StandardReportKey),
      withTargets: flag('withTargets'),
      withConfirmation: flag('withConfirmation'),
      hideEmptyRows: flag('hideEmptyRows'),
    },
  };
}

export function savedIdOf(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw new ReportError(ReportErrorCode.EXPORT_INVALID, { detail: 'savedId' }, 'savedId');
  return value;
}

/** The CSV separator asked for (body `separator`, or `?separator=` on a saved report): `;`, `,` or their names. */
export function csvSeparatorOf(value: unknown): CsvSeparator {
  if (value === undefined || value === null || value === '' || value === ',' || value === 'comma') return ',';
  if (value === ';' || value === 'semicolon') return ';';
  throw new ReportError(ReportErrorCode.EXPORT_INVALID, { detail: 'separator' }, 'separator');
}
