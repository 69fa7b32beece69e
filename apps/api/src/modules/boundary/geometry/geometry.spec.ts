import { buildDetails } from './details';
import { encodeRegions, mergeOutline } from './encode';
import { feature } from 'topojson-client';
import { bboxOf, compact, countPositions, dropConsecutiveDuplicates, findSelfIntersections, labelPoint, Polygon, Polygons, Position, repairGeometry, Ring, signedArea } from './geometry';
import { at } from '@jangkau/shared-domain';

/** A square in Jambi, counter-clockwise and closed, `size` degrees wide. */
const square = (lon = 102, lat = -2, size = 0.1): Ring => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

/** The outer ring of the first polygon, failing clearly when there is none. */
const firstRing = (polygons: Polygons | null | undefined): Ring => at(at(polygons ?? [], 0, 'polygon'), 0, 'outer ring');

function insidePolygon([x, y]: Position, polygon: Polygon): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = at(ring, i);
      const [xj, yj] = at(ring, j);
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe('repairGeometry', () => {
  it('accepts a valid polygon unchanged', () => {
    const result = repairGeometry({ type: 'Polygon', coordinates: [square()] });
    expect(result).toEqual({ polygons: [[square()]], repairs: {}, problems: [] });
  });

  it('closes an unclosed ring', () => {
    const open = square().slice(0, -1);
    const result = repairGeometry({ type: 'Polygon', coordinates: [open] });
    expect(result.problems).toEqual([]);
    expect(result.repairs).toEqual({ RING_CLOSED: 1 });
    expect(firstRing(result.polygons)).toEqual(square());
  });

  it('drops consecutive duplicate points (and a repeated closing point), and counts the ring once', () => {
    const ring = square();
    const doubled = [ring[0], ring[1], ring[1], ring[2], ring[3], ring[3], ring[4], ring[4]];
    const result = repairGeometry({ type: 'Polygon', coordinates: [doubled] });
    expect(result.repairs).toEqual({ DUPLICATE_POINTS_REMOVED: 1 });
    expect(firstRing(result.polygons)).toEqual(square());
  });

  it('turns rings to RFC 7946 winding: outer counter-clockwise, holes clockwise', () => {
    const outer = square(102, -2, 1).reverse();
    const hole = square(102.2, -1.8, 0.2); // counter-clockwise: wrong for a hole
    const result = repairGeometry({ type: 'MultiPolygon', coordinates: [[outer, hole]] });
    expect(result.repairs).toEqual({ WINDING_FIXED: 2 });
    const polygon = at(result.polygons ?? [], 0, 'polygon');
    const [fixedOuter, fixedHole] = [at(polygon, 0, 'outer ring'), at(polygon, 1, 'hole')];
    expect(signedArea(fixedOuter)).toBeGreaterThan(0);
    expect(signedArea(fixedHole)).toBeLessThan(0);
  });

  it('drops a third coordinate (elevation)', () => {
    const ring = square().map(([x, y]) => [x, y, 12]);
    expect(firstRing(repairGeometry({ type: 'Polygon', coordinates: [ring] }).polygons)).toEqual(square());
  });

  it.each([
    ['no geometry', null, 'GEOMETRY_MISSING'],
    ['a point', { type: 'Point', coordinates: [102, -2] }, 'GEOMETRY_TYPE'],
    [
      'a line string',
      {
        type: 'LineString',
        coordinates: [
          [102, -2],
          [103, -2],
        ],
      },
      'GEOMETRY_TYPE',
    ],
    ['coordinates that are not rings', { type: 'Polygon', coordinates: [[102, -2]] }, 'COORDINATES_MALFORMED'],
    ['an empty polygon', { type: 'Polygon', coordinates: [] }, 'COORDINATES_MALFORMED'],
    [
      'a string coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            [102, '-2'],
            [103, -2],
            [103, -1],
            [102, -2],
          ],
        ],
      },
      'COORDINATES_MALFORMED',
    ],
    [
      'a non-finite coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            [102, -2],
            [Infinity, -2],
            [103, -1],
            [102, -2],
          ],
        ],
      },
      'COORDINATE_NOT_FINITE',
    ],
    [
      'a ring of three positions',
      {
        type: 'Polygon',
        coordinates: [
          [
            [102, -2],
            [103, -2],
            [102, -2],
          ],
        ],
      },
      'RING_TOO_SHORT',
    ],
    [
      'a ring that collapses to a line once duplicates go',
      {
        type: 'Polygon',
        coordinates: [
          [
            [102, -2],
            [102, -2],
            [103, -2],
            [102, -2],
          ],
        ],
      },
      'RING_TOO_SHORT',
    ],
    [
      'a ring without area',
      {
        type: 'Polygon',
        coordinates: [
          [
            [102, -2],
            [103, -2],
            [104, -2],
            [102, -2],
          ],
        ],
      },
      'RING_ZERO_AREA',
    ],
    ['[lat, lon] positions', { type: 'Polygon', coordinates: [square().map(([x, y]) => [y, x])] }, 'COORDINATES_SWAPPED'],
    ['positions in Europe', { type: 'Polygon', coordinates: [square(10, 50)] }, 'OUTSIDE_INDONESIA'],
    ['projected metres', { type: 'Polygon', coordinates: [square(500000, 9800000, 1000)] }, 'OUTSIDE_INDONESIA'],
  ])('refuses %s', (_, geometry, problem) => {
    const result = repairGeometry(geometry);
    expect(result.polygons).toBeNull();
    expect(result.problems).toEqual([problem]);
  });

  it('refuses a multipolygon when any of its rings is invalid (all or nothing)', () => {
    const result = repairGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [square()],
        [
          [
            [102, -2],
            [103, -2],
            [102, -2],
          ],
        ],
      ],
    });
    expect(result.problems).toEqual(['RING_TOO_SHORT']);
  });
});

describe('dropConsecutiveDuplicates', () => {
  it('removes repeats and the closing position', () => {
    expect(
      dropConsecutiveDuplicates([
        [1, 1],
        [1, 1],
        [2, 2],
        [3, 3],
        [3, 3],
        [1, 1],
      ]),
    ).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });
});

describe('findSelfIntersections', () => {
  it('finds a bowtie and where it crosses', () => {
    const bowtie: Ring = [
      [102, -2],
      [103, -1],
      [103, -2],
      [102, -1],
      [102, -2],
    ];
    expect(findSelfIntersections([[bowtie]])).toEqual([[102.5, -1.5]]);
  });

  it('does not count rings that only touch themselves at a vertex, or simple rings', () => {
    // A figure eight pinched at one shared vertex (102.5, -1.5).
    const pinched: Ring = [
      [102, -2],
      [102.5, -1.5],
      [103, -2],
      [103, -1],
      [102.5, -1.5],
      [102, -1],
      [102, -2],
    ];
    expect(findSelfIntersections([[pinched]])).toEqual([]);
    expect(findSelfIntersections([[square()]])).toEqual([]);
  });

  it('finds a crossing in a long ring', () => {
    // 20,000 positions on a circle, with two neighbouring positions swapped: one tiny crossing. Checking every pair
    // of segments (2·10⁸ pairs) would run far past this test's time limit; the sweep takes well under a second.
    // No finer timing here: a test on a shared machine asserts what it found, not how fast.
    const n = 20000;
    const ring: Ring = Array.from({ length: n }, (_, i) => [102 + Math.cos((2 * Math.PI * i) / n), -2 + Math.sin((2 * Math.PI * i) / n)] as Position);
    [ring[5000], ring[5001]] = [at(ring, 5001), at(ring, 5000)];
    ring.push(at(ring, 0));
    expect(findSelfIntersections([[ring]])).toHaveLength(1);
  }, 5_000);
});

describe('labelPoint', () => {
  it('lies inside a U-shaped region, where the centroid does not', () => {
    const u: Ring = [
      [102, -2],
      [103, -2],
      [103, -1],
      [102.8, -1],
      [102.8, -1.8],
      [102.2, -1.8],
      [102.2, -1],
      [102, -1],
      [102, -2],
    ];
    const label = labelPoint([[u]]);
    expect(insidePolygon(label, [u])).toBe(true);
    expect(insidePolygon([102.5, -1.5], [u])).toBe(false);
  });

  it('takes the largest part of a multipolygon', () => {
    const label = labelPoint([[square(102, -2, 0.01)], [square(103, -2, 1)]]);
    expect(insidePolygon(label, [square(103, -2, 1)])).toBe(true);
  });
});

describe('compact', () => {
  it('rounds, drops what rounding collapsed, drops small islands but always keeps the largest part', () => {
    const island = square(104, -1, 0.0001);
    const main = square(102, -2, 0.5);
    const speck = square(105, -1, 0.000001); // collapses at 5 decimals
    expect(compact([[main], [island], [speck]], 5, 1e-4)).toEqual([[main]]);
    expect(compact([[main], [island], [speck]], 5, 0)).toEqual([[main], [island]]);
    expect(compact([[island]], 5, 1)).toEqual([[island]]);
    expect(compact([[speck]], 5)).toBeNull();
  });
});

describe('buildDetails', () => {
  it('simplifies neighbours together so their shared border stays shared at every detail', () => {
    // Two regions sharing a wiggly border of 200 positions.
    const border: Position[] = Array.from({ length: 200 }, (_, i) => [102 + 0.5 + 0.001 * Math.sin(i / 3), -2 + i / 199] as Position);
    const west: Ring = [[102, -2], ...border, [102, -1], [102, -2]];
    const east: Ring = [[103, -2], [103, -1], ...[...border].reverse(), [103, -2]];
    const fixWinding = (ring: Ring) => (signedArea(ring) < 0 ? [...ring].reverse() : ring);
    const regions = [
      { code: '15.02.01', polygons: [[fixWinding(west)]] as Polygons },
      { code: '15.02.02', polygons: [[fixWinding(east)]] as Polygons },
    ];
    const details = buildDetails(regions);
    for (const d of [0, 1, 2] as const) {
      const [a, b] = [at(details, 0, 'west').geometries[d], at(details, 1, 'east').geometries[d]];
      const key = ([x, y]: Position) => `${x},${y}`;
      const shared = (p: Polygons, q: Polygons) => {
        const qs = new Set(firstRing(q).map(key));
        return firstRing(p).filter((pt) => qs.has(key(pt))).length;
      };
      // Every interior border position one side keeps, the other keeps too.
      const inner = (p: Polygons) => firstRing(p).filter(([x]) => x > 102.4 && x < 102.6).length;
      expect(shared(a, b)).toBe(inner(a));
      expect(inner(a)).toBe(inner(b));
    }
    const first = at(details, 0, 'region details');
    expect(first.points[0]).toBeLessThan(first.points[2]);
    expect(first.points[2]).toBe(countPositions(at(regions, 0, 'region').polygons));
  });
});

describe('encodeRegions and mergeOutline', () => {
  it('encodes a quantized topology with ids and properties that decodes back', () => {
    const topo = encodeRegions(
      [
        { code: '15.02.01', name: 'A', level: 'KECAMATAN', label: [102.05, -1.95], geometry: { type: 'Polygon', coordinates: [square(102, -2, 0.1)] } },
        { code: '15.02.02', name: 'B', level: 'KECAMATAN', label: [102.15, -1.95], geometry: { type: 'Polygon', coordinates: [square(102.1, -2, 0.1)] } },
      ],
      1,
    );
    expect(topo.type).toBe('Topology');
    expect(topo.transform).toBeDefined();
    expect(topo.objects.regions.geometries.map((g) => [g.id, g.properties])).toEqual([
      ['15.02.01', { code: '15.02.01', name: 'A', level: 'KECAMATAN', label: [102.05, -1.95] }],
      ['15.02.02', { code: '15.02.02', name: 'B', level: 'KECAMATAN', label: [102.15, -1.95] }],
    ]);
    const decoded = feature(topo, topo.objects.regions);
    const box = bboxOf([(at(decoded.features, 0, 'feature').geometry as unknown as { coordinates: Polygon }).coordinates]);
    expect(box.minLon).toBeCloseTo(102, 4);
    expect(box.maxLon).toBeCloseTo(102.1, 4);
  });

  it('gives an empty topology for no regions', () => {
    const topo = encodeRegions([], 2, [101, -3, 104, 0]);
    expect(topo.objects.regions.geometries).toEqual([]);
    expect(topo.arcs).toEqual([]);
    expect(topo.bbox).toEqual([101, -3, 104, 0]);
  });

  it('merges neighbours into one outline', () => {
    const merged = mergeOutline([
      { type: 'Polygon', coordinates: [square(102, -2, 0.1)] },
      { type: 'Polygon', coordinates: [square(102.1, -2, 0.1)] },
    ])!;
    expect(merged.type).toBe('Polygon');
    expect(Math.abs(signedArea(at(merged.coordinates as Polygon, 0, 'outer ring')))).toBeCloseTo(0.02, 8);
  });
});
