import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Indicator, ReportCompare, ReportInput, ReportRows, StandardReportKey } from '@jangkau/web-data-access';
import { resolvePeriod } from '@jangkau/web-filters';

export const ROW_KINDS: ReportRows[] = ['PROVINSI', 'KABUPATEN_KOTA', 'KECAMATAN', 'KANTOR_IMIGRASI', 'KANWIL', 'DINAS'];
export const INDICATORS: Indicator[] = ['ACTIVITIES', 'VILLAGES_REACHED', 'COVERAGE_RATIO', 'PARTICIPANTS', 'OFFICIALS_REACHED', 'DESA_BINAAN_FORMED'];
export const COMPARES: ReportCompare[] = ['NONE', 'PREVIOUS_PERIOD', 'SAME_PERIOD_LAST_YEAR'];
const STANDARDS: StandardReportKey[] = ['BELUM_TERJANGKAU', 'CAPAIAN_AKSELERASI', 'DESA_BINAAN', 'REKAP_SOSIALISASI'];

/** What the URL says a report is: ?baris=&indikator=&periode=(&dari=&sampai=)&banding=&standar=&wilayah=&program=. */
export interface ReportDefinitionParams {
  rows: ReportRows | null;
  indicators: Indicator[];
  periode: string | null;
  compare: ReportCompare;
  standard: StandardReportKey | null;
  withinRegion: string | null;
  programmeItemId: string | null;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null => (value && (allowed as readonly string[]).includes(value) ? (value as T) : null);

export function readDefinition(params: URLSearchParams): ReportDefinitionParams {
  return {
    rows: pick(params.get('baris'), ROW_KINDS),
    indicators: (params.get('indikator') ?? '')
      .split(',')
      .map((value) => pick(value, INDICATORS))
      .filter((value): value is Indicator => value !== null),
    periode: params.get('periode'),
    compare: pick(params.get('banding'), COMPARES) ?? 'NONE',
    standard: pick(params.get('standar'), STANDARDS),
    withinRegion: params.get('wilayah') || null,
    programmeItemId: params.get('program') || null,
  };
}

/** The URL's report as the API's input, or null when the URL names no complete report yet. */
export function inputOf(definition: ReportDefinitionParams, params: URLSearchParams): ReportInput | null {
  if (!definition.rows || definition.indicators.length === 0) return null;
  // The same period words as the dashboard (tahun-ini, 2025-Q2, kustom with dari/sampai), resolved to dates here.
  const period = resolvePeriod(definition.periode, params.get('dari'), params.get('sampai'));
  return {
    rows: definition.rows,
    indicators: definition.indicators,
    from: period.from,
    to: period.to,
    compare: definition.compare,
    ...(definition.standard ? { standard: definition.standard } : {}),
    ...(definition.withinRegion ? { withinRegion: definition.withinRegion } : {}),
    ...(definition.programmeItemId ? { programmeItemId: definition.programmeItemId } : {}),
  };
}

export function writeDefinition(definition: ReportDefinitionParams, keep: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const set = (key: string, value: string | null | undefined) => value && next.set(key, value);
  set('baris', definition.rows);
  set('indikator', definition.indicators.join(','));
  set('periode', definition.periode);
  if (definition.periode === 'kustom') {
    set('dari', keep.get('dari'));
    set('sampai', keep.get('sampai'));
  }
  if (definition.compare !== 'NONE') set('banding', definition.compare);
  set('standar', definition.standard);
  set('wilayah', definition.withinRegion);
  set('program', definition.programmeItemId);
  return next;
}

/** The report definition held in the URL, so any report can be linked and reloaded. */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const definition = useMemo(() => readDefinition(params), [params]);
  const input = useMemo(() => inputOf(definition, params), [definition, params]);
  const setDefinition = useCallback((next: ReportDefinitionParams) => setParams(writeDefinition(next, params)), [params, setParams]);
  return { definition, input, setDefinition };
}
