import {
  ACTIVITY_LIMITS,
  ACTIVITY_TYPE_LABELS,
  ActivityType,
  at,
  frameworksInForce,
  IndonesianTimeZone,
  type Labels,
  normalizeSearchText,
  ParticipantCategory,
  TIME_ZONE_OFFSET_HOURS,
  timeZoneOfRegion,
  VILLAGE_REACH_LABELS,
  VillageReach,
} from '@jangkau/shared-domain';
import { createHash } from 'node:crypto';
import { DomainError } from '../../../common/errors/domain-error';
import { ActivityInput } from '../dto/activity.input';
import { CATEGORIES, COLUMNS, LIST_SEPARATOR, participantKey } from './import.columns';
import { normaliseHeader, SheetRow } from './import.file';
import { ImportError, ImportErrorCode } from './import.errors';

/** A problem with one cell, one row (column null) or the whole file (row null). */
export interface RowProblem {
  row: number | null;
  column: string | null;
  error: DomainError;
}

/** Topics and programme items as the import resolves names and numbers against them. */
export interface ReferenceData {
  /** By normalised name. */
  topics: Map<string, { id: string; name: string }>;
  frameworks: { validFrom: string; validTo: string; items: Map<number, string> }[];
  now: Date;
}

/** A data row turned into the input ActivityValidator.validate takes, or the reasons it could not be. */
export interface ParsedRow {
  row: number;
  input: ActivityInput | null;
  errors: RowProblem[];
  warnings: RowProblem[];
  /** The local date (YYYY-MM-DD) and times as written, for the preview and the duplicate checks. */
  date: string | null;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  timeZone: IndonesianTimeZone;
  topicNames: string[];
  programmeNumbers: number[];
  /** date + normalised title and venue: what two records of one event share (null until all three are readable). */
  duplicateKey: string | null;
  /** The same as the database's activities.search_text, to find the event among recorded ones. */
  searchText: string;
}

/** Header cells → the index of each known column; the header's own problems on row 1. */
export function readHeader(header: string[]): { index: Map<string, number>; errors: RowProblem[]; warnings: RowProblem[] } {
  const index = new Map<string, number>();
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const known = new Set(COLUMNS.map((c) => c.key));
  header.forEach((cell, i) => {
    const key = normaliseHeader(cell);
    if (!key) return;
    if (!known.has(key)) warnings.push({ row: 1, column: cell.trim().slice(0, 60), error: new ImportError(ImportErrorCode.COLUMN_UNKNOWN, { column: cell.trim().slice(0, 60) }) });
    else if (index.has(key)) errors.push({ row: 1, column: key, error: new ImportError(ImportErrorCode.COLUMN_DUPLICATE, { column: key }) });
    else index.set(key, i);
  });
  for (const column of COLUMNS) {
    if (column.required && !index.has(column.key)) errors.push({ row: 1, column: column.key, error: new ImportError(ImportErrorCode.COLUMN_MISSING, { column: column.key }) });
  }
  return { index, errors, warnings };
}

const TYPE_CODES = Object.values(ActivityType);
const REACH_CODES = Object.values(VillageReach);

/** A code written as the code ("RAPAT_KOORDINASI", "rapat koordinasi") or as its Indonesian or English label. */
function matchCode<T extends string>(value: string, codes: readonly T[], labels: Readonly<Record<T, Labels>>): T | null {
  const asCode = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  const byCode = codes.find((c) => c === asCode);
  if (byCode) return byCode;
  const text = normalizeSearchText(value);
  return codes.find((c) => normalizeSearchText(labels[c].id) === text || normalizeSearchText(labels[c].en) === text) ?? null;
}

/** YYYY-MM-DD (a time after it, as Excel adds to dates, is ignored), or DD/MM/YYYY as Indonesian Excel writes. */
export function parseDate(value: string): string | null {
  const v = value.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(v);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 31 April over into 1 May: a date that does not come back unchanged does not exist.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** HH:MM (or H.MM, as Indonesian locales write times; seconds are ignored), 00:00–23:59. */
export function parseTime(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${match[2]}`;
}

/** A wall-clock date and time in an Indonesian zone as an instant (no daylight saving anywhere). */
export function localInstant(date: string, time: string, zone: IndonesianTimeZone): Date {
  return new Date(Date.parse(`${date}T${time}:00Z`) - TIME_ZONE_OFFSET_HOURS[zone] * 3600 * 1000);
}

const splitList = (value: string, separators: RegExp) =>
  value
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * One data row, read cell by cell: every cell that cannot be read is reported (not only the first), and the rest
 * is handed to ActivityValidator.validate as an ActivityInput only when all cells could be read.
 */
export function parseRow(sheetRow: SheetRow, index: Map<string, number>, ref: ReferenceData): ParsedRow {
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const row = sheetRow.row;
  const cell = (key: string) => {
    const i = index.get(key);
    return i === undefined ? '' : (sheetRow.cells[i] ?? '').trim();
  };
  const fail = (column: string, code: ImportErrorCode, params: Record<string, string | number> = {}) => {
    // The value goes back into the message: a long cell is cut, so a report stays readable.
    const shown = params.value === undefined ? params : { ...params, value: String(params.value).slice(0, 80) };
    errors.push({ row, column, error: new ImportError(code, shown) });
  };
  const required = (key: string): string => {
    const value = cell(key);
    if (!value) fail(key, ImportErrorCode.REQUIRED);
    return value;
  };

  const typeText = required('jenis');
  const type = typeText ? matchCode(typeText, TYPE_CODES, ACTIVITY_TYPE_LABELS) : null;
  if (typeText && !type) fail('jenis', ImportErrorCode.TYPE_UNKNOWN, { value: typeText, allowed: TYPE_CODES.join(', ') });

  const title = required('judul');
  const description = cell('uraian');
  const venueName = required('tempat');
  const venueRegionCode = required('kode_wilayah_tempat');
  const timeZone = timeZoneOfRegion(venueRegionCode);

  const readDate = (key: string, mandatory: boolean) => {
    const text = mandatory ? required(key) : cell(key);
    if (!text) return null;
    const date = parseDate(text);
    if (!date) fail(key, ImportErrorCode.DATE_INVALID, { value: text });
    return date;
  };
  const readTime = (key: string) => {
    const text = required(key);
    if (!text) return null;
    const time = parseTime(text);
    if (!time) fail(key, ImportErrorCode.TIME_INVALID, { value: text });
    return time;
  };
  const date = readDate('tanggal', true);
  const startTime = readTime('jam_mulai');
  const endTime = readTime('jam_selesai');
  const endDateText = cell('tanggal_selesai');
  const endDate = endDateText ? readDate('tanggal_selesai', false) : date;
  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (date && startTime && endDate && endTime) {
    startsAt = localInstant(date, startTime, timeZone);
    endsAt = localInstant(endDate, endTime, timeZone);
    // Imports are for what has happened; planned activities go through the app, where partners are invited.
    if (startsAt > ref.now) fail('tanggal', ImportErrorCode.NOT_HELD_YET, { value: `${date} ${startTime} ${timeZone}` });
  }

  const villageCodes = splitList(cell('desa_kelurahan'), /[;,\s]+/);
  const reachText = cell('cara_menjangkau');
  const reach = reachText ? matchCode(reachText, REACH_CODES, VILLAGE_REACH_LABELS) : null;
  if (reachText && !reach) fail('cara_menjangkau', ImportErrorCode.REACH_UNKNOWN, { value: reachText, allowed: REACH_CODES.join(', ') });
  else if (villageCodes.length && !reach) fail('cara_menjangkau', ImportErrorCode.REACH_REQUIRED, { allowed: REACH_CODES.join(', ') });
  else if (reach && !villageCodes.length) warnings.push({ row, column: 'cara_menjangkau', error: new ImportError(ImportErrorCode.REACH_WITHOUT_VILLAGES) });

  const programmeNumbers: number[] = [];
  const programmeItemIds: string[] = [];
  for (const text of splitList(cell('butir_program'), /[;,\s]+/)) {
    if (!/^\d{1,3}$/.test(text)) {
      fail('butir_program', ImportErrorCode.PROGRAMME_ITEM_INVALID, { value: text });
      continue;
    }
    const number = Number(text);
    programmeNumbers.push(number);
    if (!date) continue;
    // Item numbers are only meaningful within a framework: the one in force on the day of the activity (the shared rule).
    const inForce = frameworksInForce(ref.frameworks, date);
    const id = inForce.map((f) => f.items.get(number)).find(Boolean);
    if (id) programmeItemIds.push(id);
    else if (!inForce.length) fail('butir_program', ImportErrorCode.NO_FRAMEWORK_IN_FORCE, { value: number, date });
    else fail('butir_program', ImportErrorCode.PROGRAMME_ITEM_UNKNOWN, { value: number, date });
  }

  const topicNames: string[] = [];
  const topicIds: string[] = [];
  const unknownTopics: string[] = [];
  for (const name of splitList(cell('topik'), new RegExp(`[${LIST_SEPARATOR}\\n]+`))) {
    const topic = ref.topics.get(normalizeSearchText(name));
    if (topic) {
      topicIds.push(topic.id);
      topicNames.push(topic.name);
    } else unknownTopics.push(name);
  }
  if (unknownTopics.length) fail('topik', ImportErrorCode.TOPIC_UNKNOWN, { value: unknownTopics.join('", "') });

  const participants: { category: ParticipantCategory; male: number; female: number }[] = [];
  for (const category of CATEGORIES) {
    const count = { male: 0, female: 0 };
    for (const sex of ['male', 'female'] as const) {
      const key = participantKey(category, sex);
      const text = cell(key);
      if (!text) continue;
      // "1.000" is a thousand in Indonesian and one elsewhere: only plain digits are taken.
      if (!/^\d{1,9}$/.test(text) || Number(text) > ACTIVITY_LIMITS.participantsPerCellMax) {
        fail(key, ImportErrorCode.COUNT_INVALID, { value: text, max: ACTIVITY_LIMITS.participantsPerCellMax });
      } else count[sex] = Number(text);
    }
    if (count.male + count.female > 0) participants.push({ category, ...count });
  }

  const searchText = normalizeSearchText(`${title} ${venueName}`);
  const duplicateKey = date && title && venueName ? `${date}|${searchText}` : null;
  const input: ActivityInput | null =
    errors.length === 0 && type && startsAt && endsAt
      ? {
          type,
          title,
          description,
          startsAt,
          endsAt,
          venueName,
          venueRegionCode,
          programmeItemIds,
          topicIds,
          coOrganiserIds: [],
          villages: villageCodes.map((code) => ({ code, reach: reach! })),
          participants,
        }
      : null;
  return { row, input, errors, warnings, date, endDate, startTime, endTime, timeZone, topicNames, programmeNumbers, duplicateKey, searchText };
}

/** The column of the file a field of ActivityValidator.validate's errors stands for. */
export function columnOfField(field: string | undefined, parsed: ParsedRow): string | null {
  if (!field) return null;
  const participant = /^participants\[(\d+)\]\.(male|female|category)$/.exec(field);
  if (participant) {
    const category = parsed.input?.participants[Number(participant[1])]?.category;
    return category ? participantKey(category, participant[2] === 'female' ? 'female' : 'male') : null;
  }
  if (field.startsWith('villages')) return 'desa_kelurahan';
  const columns: Record<string, string> = {
    type: 'jenis',
    title: 'judul',
    description: 'uraian',
    venueName: 'tempat',
    venueRegionCode: 'kode_wilayah_tempat',
    startsAt: 'tanggal',
    endsAt: parsed.endDate && parsed.endDate !== parsed.date ? 'tanggal_selesai' : 'jam_selesai',
    topicIds: 'topik',
    programmeItemIds: 'butir_program',
  };
  return columns[field] ?? null;
}

/**
 * The activity id of a row: a name-based UUID (version 5, SHA-1) of the agency, the file's SHA-256 and the row
 * number. Uploading the same file again (a retry after a lost reply) yields the same ids, so the rows already
 * there are recognised instead of inserted twice.
 */
export function importedActivityId(agencyId: string, fileSha256: string, row: number): string {
  const namespace = Buffer.from(IMPORT_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`${agencyId}:${fileSha256}:${row}`, 'utf8').digest();
  hash[6] = (at(hash, 6, 'hash byte') & 0x0f) | 0x50;
  hash[8] = (at(hash, 8, 'hash byte') & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Jangkau's namespace for imported activity ids (fixed forever: changing it would make retries duplicate). */
const IMPORT_NAMESPACE = '4b1d6f0e-9c1a-5e57-8a4f-6a6e676b6175';
