import { ActivityStatus, ActivityType } from '@jangkau/shared-domain';
import { ActivityError, ActivityErrorCode } from '../activity.errors';
import { ActivityFilter, ActivitySort } from '../dto/activity.input';

/** The query parameters an export reads: the fields of the `activities` filter, plus `sort`. */
export type ExportQuery = Record<string, string | string[] | undefined>;

const KNOWN = new Set(['from', 'to', 'statuses', 'types', 'agencyId', 'regionCode', 'programmeItemId', 'topicId', 'search', 'returnedToMe', 'sort']);

/**
 * The `activities` GraphQL filter, read from query parameters with the rules GraphQL applies to it (enum values,
 * ISO date-times, one value per scalar); ActivityQueries.filterConditions then applies the rest (to > from, search
 * length), exactly as for the list. Lists are repeated parameters or comma-separated. Anything else is refused
 * with FILTER_INVALID naming the parameter, so a mistyped filter never silently exports everything.
 */
export function parseExportQuery(query: ExportQuery): { filter: ActivityFilter; sort: ActivitySort } {
  const bad = (name: string): never => {
    throw new ActivityError(ActivityErrorCode.FILTER_INVALID, { detail: name }, name);
  };
  for (const name of Object.keys(query)) if (!KNOWN.has(name)) bad(name);
  const one = (name: string): string | undefined => {
    const value = query[name];
    if (Array.isArray(value)) return bad(name);
    return value === undefined || value === '' ? undefined : value;
  };
  const list = <T extends string>(name: string, allowed: Record<string, T>): T[] | undefined => {
    const raw = query[name];
    if (raw === undefined) return undefined;
    const values = (Array.isArray(raw) ? raw : [raw])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    const known = Object.values(allowed) as string[];
    if (values.some((v) => !known.includes(v))) bad(name);
    return values.length ? (values as T[]) : undefined;
  };
  const date = (name: string): Date | undefined => {
    const value = one(name);
    if (value === undefined) return undefined;
    const parsed = new Date(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(+parsed)) bad(name);
    return parsed;
  };
  const returned = one('returnedToMe');
  if (returned !== undefined && returned !== 'true' && returned !== 'false') bad('returnedToMe');
  const sort = one('sort') ?? ActivitySort.STARTS_AT_DESC;
  if (!(Object.values(ActivitySort) as string[]).includes(sort)) bad('sort');
  const filter: ActivityFilter = {
    from: date('from'),
    to: date('to'),
    statuses: list('statuses', ActivityStatus),
    types: list('types', ActivityType),
    agencyId: one('agencyId'),
    regionCode: one('regionCode'),
    programmeItemId: one('programmeItemId'),
    topicId: one('topicId'),
    search: one('search'),
    returnedToMe: returned === 'true' ? true : undefined,
  };
  return { filter, sort: sort as ActivitySort };
}

/** The filter in words, for the title block of the spreadsheet. */
export function describeFilter(filter: ActivityFilter, names: { agency?: string; region?: string; programmeItem?: string; topic?: string }): string {
  const parts: string[] = [];
  if (filter.from) parts.push(`selesai sejak ${filter.from.toISOString().slice(0, 10)}`);
  if (filter.to) parts.push(`mulai sebelum ${filter.to.toISOString().slice(0, 10)}`);
  if (filter.statuses?.length) parts.push(`status ${filter.statuses.join(', ')}`);
  if (filter.types?.length) parts.push(`jenis ${filter.types.join(', ')}`);
  if (filter.agencyId) parts.push(`instansi ${names.agency ?? filter.agencyId}`);
  if (filter.regionCode) parts.push(`wilayah ${filter.regionCode}${names.region ? ` ${names.region}` : ''}`);
  if (filter.programmeItemId) parts.push(`butir program ${names.programmeItem ?? filter.programmeItemId}`);
  if (filter.topicId) parts.push(`topik ${names.topic ?? filter.topicId}`);
  if (filter.search) parts.push(`kata kunci "${filter.search}"`);
  if (filter.returnedToMe) parts.push('dikembalikan kepada saya');
  return parts.length ? parts.join('; ') : 'semua kegiatan yang dapat Anda lihat';
}
