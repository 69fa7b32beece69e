import { useApolloClient } from '@apollo/client/react';
import type { BoundarySet } from '@jangkau/web-maps';
import { MapCoverageVillagesQuery } from '../graphql/mapCoverageVillages.query';
import { villageBoundaries } from '../utils/boundaries';
import { useAsync } from './useAsync';

type Child = { region: { code: string; name: string; level: string }; villagesTotal: number; villagesReached: number; ratio: number; lastReachedOn: string | null };

export interface VillageLayer {
  set: BoundarySet;
  children: Child[];
}

/**
 * Every village of a province or kabupaten at once ("tampilkan desa/kelurahan"): their outlines in one boundary
 * answer and their figures in one coverage question. Villages outside the reader's working area come without figures
 * and are drawn grey, as everywhere.
 */
export function useVillageLayer(
  request: {
    viewRegion: string;
    viewLevel: 'PROVINSI' | 'KABUPATEN';
    codes: string[];
    inScope: Set<string>;
    variables: { agencyId: string | null; programmeItemId: string | null; from: string; to: string };
  } | null,
) {
  const client = useApolloClient();
  const key = request
    ? `villages:${request.viewRegion}|${request.variables.agencyId ?? ''}|${request.variables.from}|${request.variables.to}|${request.variables.programmeItemId ?? ''}`
    : null;
  return useAsync<VillageLayer>(key, async () => {
    const { viewRegion, variables } = request!;
    const [set, figures] = await Promise.all([
      villageBoundaries(viewRegion),
      // No normalising of a thousand village rows into the cache: they are drawn once, then dropped.
      client.query({ query: MapCoverageVillagesQuery, variables: { ...variables, regionCode: viewRegion }, fetchPolicy: 'no-cache' }).then(
        (r) => r.data?.coverageVillages ?? [],
        () => [],
      ),
    ]);
    return { set, children: figures as Child[] };
  });
}
