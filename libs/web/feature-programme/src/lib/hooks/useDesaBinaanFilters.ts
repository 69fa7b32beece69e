import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DesaBinaanFilter, DesaBinaanStatus } from '@jangkau/web-data-access';

export const STATUSES: DesaBinaanStatus[] = ['ACTIVE', 'ENDED'];

export interface DesaBinaanFilterState {
  status: DesaBinaanStatus | '';
  office: string;
  region: string;
}

/** The list's filters live in the URL (?status=ACTIVE&kantor=<id>&wilayah=15.02): linkable, reload-proof. */
export function useDesaBinaanFilters() {
  const [params, setParams] = useSearchParams();
  const state = useMemo<DesaBinaanFilterState>(
    () => ({
      status: STATUSES.includes(params.get('status') as DesaBinaanStatus) ? (params.get('status') as DesaBinaanStatus) : '',
      office: /^[0-9a-f-]{36}$/i.test(params.get('kantor') ?? '') ? params.get('kantor')! : '',
      region: /^[\d.]{2,13}$/.test(params.get('wilayah') ?? '') ? params.get('wilayah')! : '',
    }),
    [params],
  );

  const update = (changes: Partial<DesaBinaanFilterState>) => {
    const next = { ...state, ...changes };
    const out = new URLSearchParams();
    if (next.status) out.set('status', next.status);
    if (next.office) out.set('kantor', next.office);
    if (next.region) out.set('wilayah', next.region);
    setParams(out, { replace: true });
  };

  const filter: DesaBinaanFilter = {
    ...(state.status ? { status: state.status } : {}),
    ...(state.office ? { agencyId: state.office } : {}),
    ...(state.region ? { regionCode: state.region } : {}),
  };
  const active = Boolean(state.status || state.office || state.region);
  return { state, update, filter, active, clear: () => setParams(new URLSearchParams(), { replace: true }) };
}
