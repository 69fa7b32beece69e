import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CUSTOM_PERIOD, DEFAULT_PERIOD, resolvePeriod } from './period';

// The API's ActivityType and CoverageFilter, restated: a ui lib may not import data-access, not even its types. The
// data-access types accept these as they are (DashboardPage passes `filter` to a CoverageFilter variable).
export const ACTIVITY_TYPES = ['SOSIALISASI', 'PENYULUHAN', 'RAPAT_KOORDINASI', 'PEMBENTUKAN_DESA_BINAAN', 'MONITORING', 'LAINNYA'] as const;
export type ActivityTypeName = (typeof ACTIVITY_TYPES)[number];

export interface CoverageFilterInput {
  from: string;
  to: string;
  regionCode?: string;
  agencyId?: string;
  programmeItemId?: string;
  type?: ActivityTypeName;
  contributedBy?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export interface CoverageFilterState {
  /** ?wilayah= a region code; empty: the whole working area. */
  region: string;
  /** ?instansi= whose working area; empty: the reader's own agency (unless a region is chosen). */
  agency: string;
  /** ?periode= as written; see resolvePeriod. */
  periode: string;
  /** ?dari= and ?sampai= with periode=kustom. */
  dari: string;
  sampai: string;
  /** ?program= a programme item id. */
  programme: string;
  /** ?jenis= an activity type. */
  type: ActivityTypeName | '';
  /** ?kontribusi=1: only what the selected (or own) agency led or co-organised. */
  contributed: boolean;
}

/**
 * The area, period and filters of a coverage view (the dashboard, the map) live in the URL with the same names, so a
 * view can be linked, reloaded, and switched between dashboard and map. Values that do not parse are ignored rather
 * than sent to the API (an odd link shows the default, not an error).
 */
export function useCoverageFilters(ownAgencyId: string | null) {
  const [params, setParams] = useSearchParams();
  const state = useMemo<CoverageFilterState>(() => {
    const get = (name: string) => params.get(name) ?? '';
    const type = get('jenis') as ActivityTypeName;
    return {
      region: REGION_CODE.test(get('wilayah')) ? get('wilayah') : '',
      agency: UUID.test(get('instansi')) ? get('instansi') : '',
      periode: get('periode'),
      dari: get('dari'),
      sampai: get('sampai'),
      programme: UUID.test(get('program')) ? get('program') : '',
      type: ACTIVITY_TYPES.includes(type) ? type : '',
      contributed: get('kontribusi') === '1',
    };
  }, [params]);
  const period = useMemo(() => resolvePeriod(state.periode || null, state.dari || null, state.sampai || null), [state.periode, state.dari, state.sampai]);

  /** Changing the area is a step (Back returns to the previous area); changing a filter replaces the entry. */
  const update = (changes: Partial<CoverageFilterState>, { step = false }: { step?: boolean } = {}) => {
    const next = { ...state, ...changes };
    const out = new URLSearchParams();
    if (next.region) out.set('wilayah', next.region);
    if (next.agency) out.set('instansi', next.agency);
    if (next.periode && next.periode !== DEFAULT_PERIOD) out.set('periode', next.periode);
    if (next.periode === CUSTOM_PERIOD) {
      if (next.dari) out.set('dari', next.dari);
      if (next.sampai) out.set('sampai', next.sampai);
    }
    if (next.programme) out.set('program', next.programme);
    if (next.type) out.set('jenis', next.type);
    if (next.contributed) out.set('kontribusi', '1');
    setParams(out, { replace: !step });
  };

  /** The URL of this view with other changes: for links (breadcrumb, drill-down) that keep period and filters. */
  const hrefWith = (changes: Partial<CoverageFilterState>) => {
    const next = { ...state, ...changes };
    const out = new URLSearchParams(params);
    for (const [name, value] of [
      ['wilayah', next.region],
      ['instansi', next.agency],
    ] as const) {
      if (value) out.set(name, value);
      else out.delete(name);
    }
    const query = out.toString();
    return query ? `?${query}` : '?';
  };

  const contributedBy = state.agency || ownAgencyId;
  const filter: CoverageFilterInput = {
    from: period.from,
    to: period.to,
    ...(state.region ? { regionCode: state.region } : {}),
    ...(state.agency ? { agencyId: state.agency } : {}),
    ...(state.programme ? { programmeItemId: state.programme } : {}),
    ...(state.type ? { type: state.type } : {}),
    ...(state.contributed && contributedBy ? { contributedBy } : {}),
  };
  /** The area alone (no period, no filters): what the not-reached list and the live subscription follow. */
  const area = { regionCode: state.region || null, agencyId: state.agency || null };
  return { state, period, filter, area, update, hrefWith };
}
