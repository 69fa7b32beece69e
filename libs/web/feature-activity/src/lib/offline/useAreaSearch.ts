import { isNetworkFailure, useRegionSearch } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { useMemo } from 'react';
import { useOffline } from './OfflineProvider';
import { childrenKept, searchKept } from './reference';

/**
 * Region search for the activity form: the server's national search when it answers; with no network, the
 * person's working area kept on this device (with a word that the search is offline and limited to it).
 */
export function useAreaSearch(text: string) {
  const { t } = useTranslation();
  const online = useRegionSearch(text);
  const { reference, online: deviceOnline } = useOffline();
  const offline = (!deviceOnline || isNetworkFailure(online.error)) && reference?.complete === true && reference.regions.length > 0;
  const local = useMemo(() => (offline && reference ? searchKept(reference.regions, text) : []), [offline, reference, text]);
  if (!offline) return { ...online, offlineNote: null as string | null };
  const query = text.trim();
  return {
    query,
    results: local,
    loading: false,
    error: undefined,
    errorText: null,
    tooLong: online.tooLong,
    settled: query.length > 0,
    offlineNote: t('activity.form.offlineSearch'),
  };
}

/** The villages of a kecamatan from the kept working area (offline), or null when they are not kept. */
export function useKeptChildren() {
  const { reference } = useOffline();
  return (code: string) => {
    if (!reference?.complete) return null;
    const children = childrenKept(reference.regions, code);
    return children.length ? children : null;
  };
}
