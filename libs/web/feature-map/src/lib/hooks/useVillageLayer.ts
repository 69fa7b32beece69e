import { useApolloClient } from '@apollo/client/react';
import type { BoundarySet, MapRegionFeature, MissingRegion } from '@jangkau/web-maps';
import { MapCoverageQuery } from '../graphql/mapCoverage.query';
import { childBoundaries } from '../utils/boundaries';
import { useAsync } from './useAsync';

/** Requests at a time: what a browser sends in parallel to one origin over HTTP/1.1. */
const CONCURRENCY = 6;

async function pool<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]);
      }
    }),
  );
  return out;
}

type Child = { region: { code: string; name: string; level: string }; villagesTotal: number; villagesReached: number; ratio: number; lastReachedOn: string | null };

export interface VillageLayer {
  set: BoundarySet;
  children: Child[];
}

/**
 * Every village of a province or kabupaten at once ("tampilkan desa/kelurahan"). The boundary API serves one
 * region's children, so the villages come in kecamatan batches (province → kabupaten → kecamatan → villages), and
 * their figures from one coverage question per kecamatan the reader may see. Kecamatan outside the working area are
 * drawn without asking for figures (grey, as everywhere).
 */
export function useVillageLayer(
  request: { viewRegion: string; viewLevel: 'PROVINSI' | 'KABUPATEN'; codes: string[]; inScope: Set<string>; variables: { agencyId: string | null; programmeItemId: string | null; from: string; to: string } } | null,
) {
  const client = useApolloClient();
  const key = request ? `villages:${request.viewRegion}|${request.variables.from}|${request.variables.to}|${request.variables.programmeItemId ?? ''}` : null;
  return useAsync<VillageLayer>(key, async () => {
    const { viewLevel, codes, inScope, variables } = request!;
    // The kecamatan: the view's children of a kabupaten, or the children of each kabupaten of a province.
    let kecamatan: { code: string; inScope: boolean }[];
    if (viewLevel === 'KABUPATEN') kecamatan = codes.map((code) => ({ code, inScope: inScope.has(code) }));
    else {
      const sets = await pool(codes, (code) => childBoundaries(code).catch(() => null));
      kecamatan = codes.flatMap((kab, i) => (sets[i]?.features ?? []).map((f) => ({ code: f.properties.code, inScope: inScope.has(kab) })));
    }
    const batches = await pool(kecamatan, async ({ code, inScope: visible }) => {
      const [set, figures] = await Promise.all([
        childBoundaries(code).catch(() => null),
        visible ? client.query({ query: MapCoverageQuery, variables: { ...variables, regionCode: code } }).then((r) => r.data?.coverage?.children ?? [], () => []) : Promise.resolve([]),
      ]);
      return { set, figures: figures as Child[] };
    });
    const features: MapRegionFeature[] = batches.flatMap((b) => b.set?.features ?? []);
    const missing: MissingRegion[] = batches.flatMap((b) => b.set?.missing ?? []);
    return { set: { features, missing, source: batches.find((b) => b.set)?.set?.source ?? null }, children: batches.flatMap((b) => b.figures) };
  });
}
