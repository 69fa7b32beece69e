import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { MapCoverageQuery } from '../graphql/mapCoverage.query';
import { prefetchChildren } from '../utils/boundaries';
import type { MapArea } from './useMapView';

/** Hovering a region this long starts loading what a click on it would show. */
const PREFETCH_DWELL_MS = 120;

/**
 * The map's hover handler: resting on a region it can drill into starts loading that region's children and figures,
 * so the click finds them ready. Passing over regions on the way loads nothing.
 */
export function useHoverPrefetch(canDrill: (code: string) => boolean, area: MapArea, period: { from: string; to: string }) {
  const client = useApolloClient();
  const dwell = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  return useCallback(
    (code: string | null) => {
      clearTimeout(dwell.current);
      if (!code || !canDrill(code)) return;
      dwell.current = setTimeout(() => {
        prefetchChildren(code);
        void client.query({ query: MapCoverageQuery, variables: { ...area, regionCode: code, from: period.from, to: period.to } }).catch(() => undefined);
      }, PREFETCH_DWELL_MS);
    },
    // area is rebuilt each render; its parts are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [canDrill, client, area.agencyId, area.programmeItemId, period.from, period.to],
  );
}
