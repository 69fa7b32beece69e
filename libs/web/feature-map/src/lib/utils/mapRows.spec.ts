import { boundaryFeatures, type BoundaryTopology } from '@jangkau/web-maps';
import { childFeatures, toTopology } from '../testing/geoFixtures';
import { mapRows } from './mapRows';
import { at } from '@jangkau/shared-domain';

/** Bangko Barat (15.02.10) from the demo boundary files, through TopoJSON as the API sends it. */
const bangkoBarat = () => boundaryFeatures(toTopology(childFeatures('15.02.10')) as unknown as BoundaryTopology);

describe('mapRows: the table is the map', () => {
  it('gives each drawn village its class and figures, and marks those outside the scope without figures', () => {
    const { features } = bangkoBarat();
    expect(features).toHaveLength(6);
    const codes = features.map((f) => f.properties.code).sort();
    // Four reached in full, one not, one outside what the reader may see.
    const children = codes.slice(0, 5).map((code, i) => ({
      region: { code, name: features.find((f) => f.properties.code === code)!.properties.name },
      villagesTotal: 1,
      villagesReached: i < 4 ? 1 : 0,
      ratio: i < 4 ? 1 : 0,
      lastReachedOn: i < 4 ? '2025-06-16' : null,
    }));
    const rows = mapRows({ features, children, binaan: new Map([[at(codes, 0, 'code'), 1]]) });
    expect(rows.map((r) => r.code)).toEqual(codes);
    expect(rows.map((r) => r.class)).toEqual(['c100', 'c100', 'c100', 'c100', 'c0', 'outOfScope']);
    expect(at(rows, 5, 'row').figures).toBeNull();
    expect(rows[0]).toMatchObject({ binaan: 1, venues: 0, drillable: false, figures: { villagesReached: 1, villagesTotal: 1, lastReachedOn: '2025-06-16' } });
    expect(rows.find((r) => r.name === 'Pulau Rengas')).toBeTruthy();
  });

  it('lists the regions of the figures when nothing is drawn (no boundaries loaded)', () => {
    const rows = mapRows({ features: [], children: [{ region: { code: '15.02', name: 'Kabupaten Merangin' }, villagesTotal: 215, villagesReached: 14, ratio: 14 / 215 }] });
    expect(rows).toEqual([
      {
        code: '15.02',
        name: 'Kabupaten Merangin',
        class: 'c1',
        figures: { villagesTotal: 215, villagesReached: 14, ratio: 14 / 215, lastReachedOn: null },
        drillable: true,
        binaan: 0,
        venues: 0,
      },
    ]);
  });
});
