import { useSearchParams } from 'react-router';
import { todayWib } from '@jangkau/web-filters';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Targets are named for years the API accepts periods in. */
const YEAR = /^20\d\d$/;

/**
 * The targets page's year (?tahun=, default this year in WIB) and agency (?instansi=, default the reader's own) live
 * in the URL, so a view can be linked and reloaded. Values that do not parse fall back to the defaults.
 */
export function useTargetFilters(ownAgencyId: string | null, now: Date = new Date()) {
  const [params, setParams] = useSearchParams();
  const currentYear = todayWib(now).slice(0, 4);
  const tahun = params.get('tahun') ?? '';
  const instansi = params.get('instansi') ?? '';
  const year = YEAR.test(tahun) ? tahun : currentYear;
  const agencyId = UUID.test(instansi) ? instansi : ownAgencyId;

  const update = (changes: { year?: string; agencyId?: string }) => {
    const nextYear = changes.year ?? year;
    const nextAgency = changes.agencyId ?? agencyId ?? '';
    const out = new URLSearchParams();
    if (nextYear !== currentYear) out.set('tahun', nextYear);
    if (nextAgency && nextAgency !== ownAgencyId) out.set('instansi', nextAgency);
    setParams(out, { replace: true });
  };

  return { year, currentYear, agencyId, update };
}
