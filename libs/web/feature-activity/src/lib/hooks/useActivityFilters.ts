import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ActivityFilter, ActivityStatus, ActivityType } from '@jangkau/web-data-access';

const STATUSES: ActivityStatus[] = ['PLANNED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED'];
const TYPES: ActivityType[] = ['SOSIALISASI', 'PENYULUHAN', 'RAPAT_KOORDINASI', 'PEMBENTUKAN_DESA_BINAAN', 'MONITORING', 'LAINNYA'];

export interface ActivityFilterState {
  q: string;
  statuses: ActivityStatus[];
  type: ActivityType | '';
  region: string;
  from: string;
  to: string;
  returned: boolean;
  /** Submissions waiting for the caller's verification (heads). */
  awaiting: boolean;
  /** Invitations to the caller's agency waiting for an answer. */
  invitations: boolean;
  /** Led or co-organised by this agency (a report's office row opens the list so). */
  agency: string;
  /** Under this programme item (the report's item). */
  programmeItem: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's filters live in the URL (?q=&status=VERIFIED,SUBMITTED&jenis=&wilayah=&dari=&sampai=&instansi=&butir=&dikembalikan=1): linkable, reload-proof. */
export function useActivityFilters() {
  const [params, setParams] = useSearchParams();
  const state = useMemo<ActivityFilterState>(
    () => ({
      q: params.get('q') ?? '',
      statuses: (params.get('status') ?? '').split(',').filter((s): s is ActivityStatus => STATUSES.includes(s as ActivityStatus)),
      type: TYPES.includes(params.get('jenis') as ActivityType) ? (params.get('jenis') as ActivityType) : '',
      region: /^[\d.]{2,13}$/.test(params.get('wilayah') ?? '') ? params.get('wilayah')! : '',
      from: /^\d{4}-\d{2}-\d{2}$/.test(params.get('dari') ?? '') ? params.get('dari')! : '',
      to: /^\d{4}-\d{2}-\d{2}$/.test(params.get('sampai') ?? '') ? params.get('sampai')! : '',
      returned: params.get('dikembalikan') === '1',
      awaiting: params.get('menunggu') === '1',
      invitations: params.get('undangan') === '1',
      agency: UUID.test(params.get('instansi') ?? '') ? params.get('instansi')! : '',
      programmeItem: UUID.test(params.get('butir') ?? '') ? params.get('butir')! : '',
    }),
    [params],
  );

  const update = (changes: Partial<ActivityFilterState>) => {
    const next = { ...state, ...changes };
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    if (next.statuses.length) out.set('status', next.statuses.join(','));
    if (next.type) out.set('jenis', next.type);
    if (next.region) out.set('wilayah', next.region);
    if (next.from) out.set('dari', next.from);
    if (next.to) out.set('sampai', next.to);
    if (next.returned) out.set('dikembalikan', '1');
    if (next.awaiting) out.set('menunggu', '1');
    if (next.invitations) out.set('undangan', '1');
    if (next.agency) out.set('instansi', next.agency);
    if (next.programmeItem) out.set('butir', next.programmeItem);
    setParams(out, { replace: true });
  };

  const filter: ActivityFilter = {
    ...(state.q.trim() ? { search: state.q.trim() } : {}),
    ...(state.statuses.length ? { statuses: state.statuses } : {}),
    ...(state.type ? { types: [state.type] } : {}),
    ...(state.region ? { regionCode: state.region } : {}),
    // Dates are read as whole days in WIB, the zone most offices work in; an activity counts when it overlaps them.
    ...(state.from ? { from: new Date(`${state.from}T00:00:00+07:00`).toISOString() } : {}),
    ...(state.to ? { to: new Date(Date.parse(`${state.to}T00:00:00+07:00`) + 86_400_000).toISOString() } : {}),
    ...(state.returned ? { returnedToMe: true } : {}),
    ...(state.awaiting ? { awaitingMyVerification: true } : {}),
    ...(state.invitations ? { invitationsToMe: true } : {}),
    ...(state.agency ? { agencyId: state.agency } : {}),
    ...(state.programmeItem ? { programmeItemId: state.programmeItem } : {}),
  };
  const active = Boolean(
    state.q || state.statuses.length || state.type || state.region || state.from || state.to || state.returned || state.awaiting || state.invitations || state.agency || state.programmeItem,
  );
  return { state, update, filter, active, clear: () => setParams(new URLSearchParams(), { replace: true }), STATUSES, TYPES };
}
