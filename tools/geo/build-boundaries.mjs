// `npm run geo:build -- <source folder> [--out data/boundaries] [--quantization 1e6]`
//
// Rebuilds the boundary files that ship with the repository (data/boundaries, see its README.md) from the source
// folder of its SOURCE.md's files: four cleaned GeoJSON FeatureCollections with properties {code, name}.
// Each becomes one quantized, delta-encoded TopoJSON topology (one object, `regions`; properties {code, name}),
// gzip-compressed. Quantization can shrink a tiny ring (an islet, a sliver) to a line or a point, which the
// boundary import refuses as invalid geometry: such rings are dropped (a polygon goes with its outer ring), and
// a region that would lose every polygon stops the build. The output is then decoded again and checked the way
// the import checks it (every ring of at least 4 positions with an area, inside Indonesia's box) and against the
// source (every code there, with its name). Same input, same bytes: features sorted by code, gzip without a time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';

const root = resolve(import.meta.dirname, '../..');

/** The files, their level and the name of the shipped file. Jambi's kabupaten come from the national file. */
export const BOUNDARY_FILES = [
  { source: 'indonesia-provinsi.geojson', out: 'indonesia-provinsi.topojson.gz', level: 1 },
  { source: 'indonesia-kabupaten.geojson', out: 'indonesia-kabupaten.topojson.gz', level: 2 },
  { source: 'jambi-kecamatan.geojson', out: 'jambi-kecamatan.topojson.gz', level: 3 },
  { source: 'jambi-desa.geojson', out: 'jambi-desa.topojson.gz', level: 4 },
];

/** The boundary import's rough box of Indonesia (apps/api/src/modules/boundary/geometry/geometry.ts). */
const BOX = { minLon: 94, minLat: -12, maxLon: 142, maxLat: 7 };
const DEFAULT_QUANTIZATION = 1e6;

function usage(message) {
  if (message) console.error(message);
  console.error('Usage: npm run geo:build -- <source folder> [--out <folder>] [--quantization <n>]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { out: join(root, 'data/boundaries'), quantization: DEFAULT_QUANTIZATION, source: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' || arg === '--quantization') {
      if (argv[i + 1] === undefined) usage(`${arg} needs a value.`);
      const value = argv[++i];
      if (arg === '--out') options.out = resolve(process.env.INIT_CWD ?? process.cwd(), value);
      else options.quantization = Number(value);
    } else if (arg.startsWith('--')) usage(`Unknown option ${arg}.`);
    else if (options.source) usage('Name one source folder.');
    else options.source = resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  }
  if (!options.source) usage('Name the source folder (the folder of SOURCE.md and its GeoJSON files).');
  if (!Number.isInteger(options.quantization) || options.quantization < 1e3 || options.quantization > 1e8) usage('--quantization must be a whole number from 1000 to 100000000.');
  return options;
}

// ---- ring checks, as the boundary import makes them (repairGeometry) ----

const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/** The ring as the import keeps it: consecutive duplicates dropped, closed once. */
function normalRing(ring) {
  const out = [];
  for (const p of ring) if (!out.length || !same(out[out.length - 1], p)) out.push(p);
  while (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
  return out.length ? [...out, out[0]] : out;
}

function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

/** Null when the import takes the ring as it is; else what it would repair (a warning here) or refuse. */
function ringRepair(ring, outer) {
  const closed = normalRing(ring);
  if (closed.length !== ring.length || !same(ring[0], ring[ring.length - 1])) return 'DUPLICATE_POINTS_REMOVED or RING_CLOSED';
  if (signedArea(closed) > 0 !== outer) return 'WINDING_FIXED';
  return null;
}

/** Null when the import takes the ring; else why it would refuse it. */
function ringProblem(ring) {
  for (const [lon, lat] of ring) {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'COORDINATE_NOT_FINITE';
    if (lon < BOX.minLon || lon > BOX.maxLon || lat < BOX.minLat || lat > BOX.maxLat) return 'OUTSIDE_INDONESIA';
  }
  const closed = normalRing(ring);
  if (closed.length < 4) return 'RING_TOO_SHORT';
  if (signedArea(closed) === 0) return 'RING_ZERO_AREA';
  return null;
}

const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const arcPolygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs);
const polygonArea = (polygon) => polygon.reduce((sum, ring, i) => sum + (i ? -1 : 1) * Math.abs(signedArea(ring)), 0);
const areaOf = (geometry) => polygonsOf(geometry).reduce((sum, p) => sum + polygonArea(p), 0);

// ---- the build ----

function readSource(path) {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error(`${path}: not a GeoJSON FeatureCollection`);
  const features = json.features.map((f, i) => {
    const code = f?.properties?.code;
    const name = f?.properties?.name;
    if (typeof code !== 'string' || typeof name !== 'string') throw new Error(`${path}: feature ${i + 1} has no string code and name`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') throw new Error(`${path}: ${code} is not a Polygon or MultiPolygon`);
    return { type: 'Feature', properties: { code, name }, geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates } };
  });
  features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));
  return features;
}

/**
 * The features as one quantized topology, rings that quantization collapsed dropped (a polygon with its outer
 * ring), and arcs no ring uses any more removed.
 */
function buildTopology(features, quantization) {
  const quantized = quantize(topology({ regions: { type: 'FeatureCollection', features } }), quantization);
  const geometries = quantized.objects.regions.geometries;
  let droppedRings = 0;
  let droppedPolygons = 0;
  const lost = [];
  for (const geometry of geometries) {
    const decoded = feature(quantized, geometry).geometry;
    const keep = [];
    for (const [p, polygon] of polygonsOf(decoded).entries()) {
      const arcs = arcPolygonsOf(geometry)[p];
      if (ringProblem(polygon[0])) {
        droppedPolygons++;
        droppedRings += polygon.length;
        continue;
      }
      const rings = arcs.filter((_, r) => r === 0 || !ringProblem(polygon[r]));
      droppedRings += arcs.length - rings.length;
      keep.push(rings);
    }
    if (!keep.length) lost.push(geometry.properties.code);
    else if (keep.length === 1) Object.assign(geometry, { type: 'Polygon', arcs: keep[0] });
    else Object.assign(geometry, { type: 'MultiPolygon', arcs: keep });
  }
  if (lost.length) {
    throw new Error(`quantization ${quantization} leaves no polygon for ${lost.join(', ')}: build with a larger --quantization`);
  }
  // What the import would otherwise repair (and list in its report): an arc that quantization shrank to one point
  // repeats that point in its rings (the arc is left out of them), and a tiny ring may turn around (it is turned
  // back: RFC 7946 wants outer rings counter-clockwise, holes clockwise).
  const zeroLength = (index) => quantized.arcs[index < 0 ? ~index : index].every((delta, i) => i === 0 || (delta[0] === 0 && delta[1] === 0));
  let turnedRings = 0;
  for (const geometry of geometries) {
    const polygons = arcPolygonsOf(geometry);
    for (const polygon of polygons) {
      for (const [r, ring] of polygon.entries()) {
        const kept = ring.filter((index) => !zeroLength(index));
        polygon[r] = kept.length ? kept : ring;
      }
    }
    const decoded = polygonsOf(feature(quantized, geometry).geometry);
    for (const [p, polygon] of polygons.entries()) {
      for (const [r, ring] of polygon.entries()) {
        if (signedArea(normalRing(decoded[p][r])) > 0 === (r === 0)) continue;
        polygon[r] = ring
          .slice()
          .reverse()
          .map((index) => ~index);
        turnedRings++;
      }
    }
  }
  // Arcs in order of first use; an arc index i stands for ~i when reversed.
  const remap = new Map();
  const arcs = [];
  const use = (index) => {
    const i = index < 0 ? ~index : index;
    if (!remap.has(i)) {
      remap.set(i, arcs.length);
      arcs.push(quantized.arcs[i]);
    }
    return index < 0 ? ~remap.get(i) : remap.get(i);
  };
  for (const geometry of geometries) {
    geometry.arcs = geometry.type === 'Polygon' ? geometry.arcs.map((ring) => ring.map(use)) : geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(use)));
  }
  const { bbox, transform } = quantized;
  return {
    topology: { type: 'Topology', bbox, transform, objects: { regions: { type: 'GeometryCollection', geometries } }, arcs },
    droppedRings,
    droppedPolygons,
    turnedRings,
  };
}

/** Decodes the written file and checks it against the source the way the import would; throws on any problem. */
export function verify(gz, features, label) {
  const topo = JSON.parse(gunzipSync(gz).toString('utf8'));
  const decoded = feature(topo, topo.objects.regions).features;
  const problems = [];
  const byCode = new Map(decoded.map((f) => [f.properties.code, f]));
  if (decoded.length !== features.length || byCode.size !== features.length) problems.push(`${decoded.length} features for ${features.length} codes`);
  let worstArea = { code: null, change: 0 };
  for (const source of features) {
    const { code, name } = source.properties;
    const f = byCode.get(code);
    if (!f) {
      problems.push(`${code} is missing`);
      continue;
    }
    if (f.properties.name !== name || Object.keys(f.properties).join() !== 'code,name') problems.push(`${code}: properties ${JSON.stringify(f.properties)}`);
    for (const polygon of polygonsOf(f.geometry)) {
      for (const [r, ring] of polygon.entries()) {
        const problem = ringProblem(ring) ?? ringRepair(ring, r === 0);
        if (problem) problems.push(`${code}: ${problem}`);
      }
    }
    const before = areaOf(source.geometry);
    const change = before > 0 ? Math.abs(areaOf(f.geometry) - before) / before : 0;
    if (change > worstArea.change) worstArea = { code, change };
  }
  if (problems.length) throw new Error(`${label}: ${problems.length} problems: ${problems.slice(0, 10).join('; ')}`);
  return { features: decoded.length, worstArea };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const { source } of BOUNDARY_FILES) {
    if (!existsSync(join(options.source, source))) usage(`${join(options.source, source)} is missing.`);
  }
  mkdirSync(options.out, { recursive: true });
  const manifest = { quantization: options.quantization, files: [] };
  let total = 0;
  for (const file of BOUNDARY_FILES) {
    const started = performance.now();
    const sourcePath = join(options.source, file.source);
    const sourceBytes = readFileSync(sourcePath);
    const features = readSource(sourcePath);
    const { topology: topo, droppedRings, droppedPolygons, turnedRings } = buildTopology(features, options.quantization);
    const json = Buffer.from(JSON.stringify(topo));
    // mtime 0 and no file name in the header: the same input gives the same bytes.
    const gz = gzipSync(json, { level: 9 });
    const { worstArea } = verify(gz, features, file.out);
    writeFileSync(join(options.out, file.out), gz);
    total += gz.length;
    manifest.files.push({
      file: file.out,
      level: file.level,
      features: features.length,
      from: { file: file.source, bytes: sourceBytes.length, sha256: createHash('sha256').update(sourceBytes).digest('hex') },
      bytes: gz.length,
      jsonBytes: json.length,
      sha256: createHash('sha256').update(gz).digest('hex'),
      droppedRings,
      turnedRings,
    });
    console.log(
      `${file.out.padEnd(32)} ${String(features.length).padStart(5)} features, ${(gz.length / 1024).toFixed(0).padStart(5)} KB (${(json.length / 1024).toFixed(0)} KB unzipped, ` +
        `source ${(sourceBytes.length / 1024).toFixed(0)} KB); ${droppedRings} collapsed rings dropped (${droppedPolygons} islets), ${turnedRings} turned, ` +
        `largest area change ${(worstArea.change * 100).toFixed(2)}% (${worstArea.code}); ${Math.round(performance.now() - started)} ms`,
    );
  }
  writeFileSync(join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`total ${(total / 1024).toFixed(0)} KB (${total} bytes) in ${basename(options.out)}/, quantization ${options.quantization}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
