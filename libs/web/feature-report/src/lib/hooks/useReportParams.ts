import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ActivityType, Indicator, ReportCompare, ReportInput, ReportRows, SavedReportFieldsFragment, StandardReportKey } from '@jangkau/web-data-access';
import { ACTIVITY_TYPES, CUSTOM_PERIOD, resolvePeriod } from '@jangkau/web-filters';

export const ROW_KINDS: ReportRows[] = ['PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN', 'KANTOR_IMIGRASI', 'KANWIL', 'DINAS'];
export const INDICATORS: Indicator[] = ['ACTIVITIES', 'VILLAGES_REACHED', 'COVERAGE_RATIO', 'PARTICIPANTS', 'OFFICIALS_REACHED', 'DESA_BINAAN_FORMED'];
export const COMPARES: ReportCompare[] = ['NONE', 'PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'];
const STANDARDS: StandardReportKey[] = ['BELUM_TERJANGKAU', 'CAPAIAN_AKSELERASI', 'DESA_BINAAN', 'REKAP_SOSIALISASI'];

/**
 * What the URL says a report is: ?baris=&indikator=&periode=(&dari=&sampai=)&banding=&standar=&wilayah=&program=&jenis=&target=1
 * &konfirmasi=1&kosong=sembunyikan|tampilkan (rows with no activity; absent: the API's default).
 */
export interface ReportDefinitionParams {
  rows: ReportRows | null;
  indicators: Indicator[];
  periode: string | null;
  /** With periode=kustom. */
  dari?: string | null;
  sampai?: string | null;
  type?: ActivityType | null;
  compare: ReportCompare;
  standard: StandardReportKey | null;
  withinRegion: string | null;
  programmeItemId: string | null;
  /** Target, achieved, progress and pacing columns for agency rows. */
  withTargets?: boolean | null;
  /** Each row's villages reached as confirmed / disputed / unanswered by their own government. */
  withConfirmation?: boolean | null;
  /** Leave out rows with no activity; null: the API's default (hidden for the whole country, shown within a region). */
  hideEmptyRows?: boolean | null;
}

const EMPTY_ROWS: Record<string, boolean> = { sembunyikan: true, tampilkan: false };

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null => (value && (allowed as readonly string[]).includes(value) ? (value as T) : null);

export function readDefinition(params: URLSearchParams): ReportDefinitionParams {
  return {
    rows: pick(params.get('baris'), ROW_KINDS),
    indicators: (params.get('indikator') ?? '')
      .split(',')
      .map((value) => pick(value, INDICATORS))
      .filter((value): value is Indicator => value !== null),
    periode: params.get('periode'),
    dari: params.get('dari'),
    sampai: params.get('sampai'),
    type: pick(params.get('jenis'), ACTIVITY_TYPES),
    compare: pick(params.get('banding'), COMPARES) ?? 'NONE',
    standard: pick(params.get('standar'), STANDARDS),
    withinRegion: params.get('wilayah') || null,
    programmeItemId: params.get('program') || null,
    withTargets: params.get('target') === '1' || null,
    withConfirmation: params.get('konfirmasi') === '1' || null,
    hideEmptyRows: EMPTY_ROWS[params.get('kosong') ?? ''] ?? null,
  };
}

/** The URL's report as the API's input, or null when the URL names no complete report yet. */
export function inputOf(definition: ReportDefinitionParams): ReportInput | null {
  if (!definition.rows || definition.indicators.length === 0) return null;
  // The same period words as the dashboard (tahun-ini, 2025-Q2, kustom with dari/sampai), resolved to dates here.
  // A period that cannot be read runs no report (the builder's picker says why), never one over the whole year.
  const period = resolvePeriod(definition.periode, definition.dari ?? null, definition.sampai ?? null);
  if (period.invalid) return null;
  return {
    rows: definition.rows,
    indicators: definition.indicators,
    from: period.from,
    to: period.to,
    compare: definition.compare,
    ...(definition.type ? { type: definition.type } : {}),
    ...(definition.standard ? { standard: definition.standard } : {}),
    ...(definition.withinRegion ? { withinRegion: definition.withinRegion } : {}),
    ...(definition.programmeItemId ? { programmeItemId: definition.programmeItemId } : {}),
    ...(definition.withTargets ? { withTargets: true } : {}),
    ...(definition.withConfirmation ? { withConfirmation: true } : {}),
    ...(definition.hideEmptyRows != null ? { hideEmptyRows: definition.hideEmptyRows } : {}),
  };
}

export function writeDefinition(definition: ReportDefinitionParams): URLSearchParams {
  const next = new URLSearchParams();
  const set = (key: string, value: string | null | undefined) => value && next.set(key, value);
  set('baris', definition.rows);
  set('indikator', definition.indicators.join(','));
  set('periode', definition.periode);
  if (definition.periode === CUSTOM_PERIOD) {
    set('dari', definition.dari);
    set('sampai', definition.sampai);
  }
  set('jenis', definition.type);
  if (definition.compare !== 'NONE') set('banding', definition.compare);
  set('standar', definition.standard);
  set('wilayah', definition.withinRegion);
  set('program', definition.programmeItemId);
  if (definition.withTargets) next.set('target', '1');
  if (definition.withConfirmation) next.set('konfirmasi', '1');
  if (definition.hideEmptyRows != null) next.set('kosong', definition.hideEmptyRows ? 'sembunyikan' : 'tampilkan');
  return next;
}

/** The report definition held in the URL, so any report can be linked and reloaded. */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const definition = useMemo(() => readDefinition(params), [params]);
  const input = useMemo(() => inputOf(definition), [definition]);
  const setDefinition = useCallback((next: ReportDefinitionParams) => setParams(writeDefinition(next)), [setParams]);
  return { definition, input, setDefinition };
}

/** A saved or standard definition as URL params; `periode` overrides its own period when given. */
export function definitionOf(input: SavedReportFieldsFragment['input'], periode: string | null = null): ReportDefinitionParams {
  const own = input.period ?? (input.from && input.to ? CUSTOM_PERIOD : null);
  const period = periode ?? own;
  return {
    rows: input.rows,
    indicators: input.indicators,
    periode: period,
    dari: period === CUSTOM_PERIOD ? input.from : null,
    sampai: period === CUSTOM_PERIOD ? input.to : null,
    type: input.type ?? null,
    compare: input.compare ?? 'NONE',
    standard: input.standard ?? null,
    withinRegion: input.withinRegion ?? null,
    programmeItemId: input.programmeItemId ?? null,
    withTargets: input.withTargets ?? null,
    withConfirmation: input.withConfirmation ?? null,
    hideEmptyRows: input.hideEmptyRows ?? null,
  };
}
