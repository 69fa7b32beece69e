import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BoundaryError, BoundaryErrorCode } from './boundary.errors';
import { Detail, DETAIL_LEVELS } from './geometry/details';
import { encodeRegions, mergeOutline, RegionShape } from './geometry/encode';
import { AreaGeometry } from './geometry/geometry';
import { LruCache } from './lru-cache';
import { BoundarySet } from './models/boundary-set.model';

/** `:code` for the whole country: its children are the provinces. */
export const NATIONAL_CODE = 'ID';

/**
 * A view's detail is the finest whose positions stay within this budget: about 130 KB gzipped on the wire
 * (measured: 38 provinces at detail 1 are 34,000 positions, 123 KB), far under the 500 KB a drill-down step may
 * take, and light enough for a phone to draw.
 */
export const POINT_BUDGET = 40_000;

/** An active set as the views and `boundarySets` show it. */
export interface ActiveSet {
  id: string;
  level: number;
  source: string;
  licence: string;
  importedAt: string;
}

export interface BoundaryView {
  /** Strong: the same for the same active sets, region list version, code and detail, on every instance. */
  etag: string;
  /** The JSON text, built on first use and then kept in memory. */
  body: () => Promise<string>;
}

interface RegionRow {
  code: string;
  name: string;
  level: string;
  depth: number;
}

interface ShapeRow {
  code: string;
  name: string;
  level: string;
  geometry: string | null;
  labelLon: number | null;
  labelLat: number | null;
}

/**
 * Serves boundaries per view: the children of one region, or one region's own outline, as TopoJSON with the
 * regions that have no geometry listed in `missing`. Views are assembled once per (sets, code, detail) and kept
 * in a bounded LRU; the ETag names exactly that key, so revalidation costs two small queries and no assembly.
 */
@Injectable()
export class BoundaryService implements OnModuleDestroy {
  private readonly logger = new Logger('Boundaries');
  private readonly cache = new LruCache<string>(300, 64 * 1024 * 1024);
  /** A demo import running after start: readers wait for it instead of seeing no boundaries. */
  private pendingImport: Promise<void> | null = null;
  private stopping = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs work (the demo import after start) in the background: views wait for it rather than answer without
   * boundaries, and shutting down stops it at its next step and waits for that.
   */
  runInBackground(work: (cancelled: () => boolean) => Promise<unknown>): void {
    const pending: Promise<void> = work(() => this.stopping)
      .then(() => undefined)
      .catch((error) => {
        if (!this.stopping) this.logger.error(`Background boundary import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      })
      .finally(() => {
        if (this.pendingImport === pending) this.pendingImport = null;
      });
    this.pendingImport = pending;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.pendingImport;
  }

  async settled(): Promise<void> {
    await this.pendingImport;
  }

  /** The active set of each level that has one, by level. */
  async activeSets(): Promise<ActiveSet[]> {
    await this.settled();
    return this.dataSource.query(
      `SELECT id, level, source, licence, imported_at AS "importedAt" FROM boundary_sets WHERE status = 'ACTIVE' ORDER BY level`,
    );
  }

  /** The active sets with their counts, for `boundarySets`. */
  async activeSetSummaries(): Promise<BoundarySet[]> {
    await this.settled();
    return this.dataSource.query(
      `SELECT id, level, source, licence, file_name AS "fileName", sha256, feature_count AS "featureCount", region_count AS "regionCount",
              missing_count AS "missingCount", imported_at AS "importedAt"
       FROM boundary_sets WHERE status = 'ACTIVE' ORDER BY level`,
    );
  }

  /** The children of a region (provinces for ID). */
  async children(code: string, requested: Detail | null): Promise<BoundaryView> {
    await this.settled();
    const { region, sets, regionVersion } = await this.lookup(code);
    const level = region.depth + 1;
    const set = sets.find((s) => s.level === level) ?? null;
    const parentSet = sets.find((s) => s.level === region.depth) ?? null;
    const parentFilter = region.depth === 0 ? 'IS NULL' : '= $2';
    const detail =
      requested ??
      (set ? await this.chooseDetail(`SELECT ${POINT_SUMS} FROM boundary_regions WHERE set_id = $1 AND parent_code ${parentFilter}`, [set.id, ...(region.depth ? [region.code] : [])]) : 2);
    const etag = etagOf(['children', region.code, set?.id, parentSet?.id, detail, regionVersion]);
    return {
      etag,
      body: () =>
        this.cached(etag, async () => {
          const rows: ShapeRow[] =
            level > 4
              ? []
              : await this.dataSource.query(
                  `SELECT r.code, r.name, r.level, b.geometry_${detail} AS geometry, b.label_lon AS "labelLon", b.label_lat AS "labelLat"
                   FROM regions r LEFT JOIN boundary_regions b ON b.set_id = $1::uuid AND b.region_code = r.code
                   WHERE ${region.depth === 0 ? 'r.depth = 1' : 'r.parent_code = $2'}
                   ORDER BY r.code`,
                  [set?.id ?? null, ...(region.depth ? [region.code] : [])],
                );
          const shapes = rows.filter((r) => r.geometry).map(toShape);
          // With nothing to draw, the parent's own box still lets a map frame the view.
          const fallbackBox = shapes.length || !parentSet ? null : await this.bboxOf(parentSet.id, region.code);
          return this.render(shapes, rows.filter((r) => !r.geometry), detail, set, fallbackBox);
        }),
    };
  }

  /**
   * Every desa/kelurahan below a province, kabupaten/kota or kecamatan at once: a map that shows a whole province's
   * villages asks once instead of once per kecamatan (Jambi: 1 request instead of about 155).
   */
  async villages(code: string, requested: Detail | null): Promise<BoundaryView> {
    await this.settled();
    const { region, sets, regionVersion } = await this.lookup(code);
    if (region.depth === 0 || region.depth >= 4) throw new BoundaryError(BoundaryErrorCode.VILLAGES_NEED_REGION, { code: region.code });
    const set = sets.find((s) => s.level === 4) ?? null;
    const pattern = `${region.code}.%`;
    const detail =
      requested ?? (set ? await this.chooseDetail(`SELECT ${POINT_SUMS} FROM boundary_regions WHERE set_id = $1 AND region_code LIKE $2`, [set.id, pattern]) : 2);
    const parentSet = sets.find((s) => s.level === region.depth) ?? null;
    const etag = etagOf(['villages', region.code, set?.id, parentSet?.id, detail, regionVersion]);
    return {
      etag,
      body: () =>
        this.cached(etag, async () => {
          const rows: ShapeRow[] = await this.dataSource.query(
            `SELECT r.code, r.name, r.level, b.geometry_${detail} AS geometry, b.label_lon AS "labelLon", b.label_lat AS "labelLat"
             FROM regions r LEFT JOIN boundary_regions b ON b.set_id = $1::uuid AND b.region_code = r.code
             WHERE r.depth = 4 AND r.code LIKE $2 ORDER BY r.code`,
            [set?.id ?? null, pattern],
          );
          const shapes = rows.filter((r) => r.geometry).map(toShape);
          const fallbackBox = shapes.length || !parentSet ? null : await this.bboxOf(parentSet.id, region.code);
          return this.render(shapes, rows.filter((r) => !r.geometry), detail, set, fallbackBox);
        }),
    };
  }

  /** One region's own outline (Indonesia's: its provinces merged). */
  async outline(code: string, requested: Detail | null): Promise<BoundaryView> {
    await this.settled();
    const { region, sets, regionVersion } = await this.lookup(code);
    if (region.depth === 0) {
      const provinces = sets.find((s) => s.level === 1) ?? null;
      const detail = requested ?? (provinces ? await this.chooseDetail(`SELECT ${POINT_SUMS} FROM boundary_regions WHERE set_id = $1`, [provinces.id]) : 2);
      const etag = etagOf(['outline', region.code, provinces?.id, detail, regionVersion]);
      return {
        etag,
        body: () =>
          this.cached(etag, async () => {
            const rows: { geometry: string }[] = provinces ? await this.dataSource.query(`SELECT geometry_${detail} AS geometry FROM boundary_regions WHERE set_id = $1`, [provinces.id]) : [];
            const merged = mergeOutline(rows.map((r) => JSON.parse(r.geometry) as AreaGeometry));
            const shapes: RegionShape[] = merged ? [{ code: NATIONAL_CODE, name: region.name, level: null, label: null, geometry: merged }] : [];
            return this.render(shapes, merged ? [] : [{ code: NATIONAL_CODE, name: region.name, level: null }], detail, provinces, null);
          }),
      };
    }
    const set = sets.find((s) => s.level === region.depth) ?? null;
    const detail = requested ?? (set ? await this.chooseDetail(`SELECT ${POINT_SUMS} FROM boundary_regions WHERE set_id = $1 AND region_code = $2`, [set.id, region.code]) : 2);
    const etag = etagOf(['outline', region.code, set?.id, detail, regionVersion]);
    return {
      etag,
      body: () =>
        this.cached(etag, async () => {
          const [row]: ShapeRow[] = set
            ? await this.dataSource.query(
                `SELECT $2::text AS code, $3::text AS name, $4::text AS level, geometry_${detail} AS geometry, label_lon AS "labelLon", label_lat AS "labelLat"
                 FROM boundary_regions WHERE set_id = $1 AND region_code = $2`,
                [set.id, region.code, region.name, region.level],
              )
            : [];
          return row ? this.render([toShape(row)], [], detail, set, null) : this.render([], [region], detail, set, null);
        }),
    };
  }

  private async lookup(code: string): Promise<{ region: RegionRow; sets: ActiveSet[]; regionVersion: number | null }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT row_to_json(r) FROM (SELECT code, name, level, depth FROM regions WHERE code = $1) r) AS region,
              (SELECT max(id) FROM region_data_versions) AS "regionVersion",
              (SELECT coalesce(json_agg(json_build_object('id', id, 'level', level, 'source', source, 'licence', licence, 'importedAt', imported_at) ORDER BY level), '[]')
               FROM boundary_sets WHERE status = 'ACTIVE') AS sets`,
      [code === NATIONAL_CODE ? null : code],
    );
    const region: RegionRow | null = code === NATIONAL_CODE ? { code: NATIONAL_CODE, name: 'Indonesia', level: 'NATIONAL', depth: 0 } : row.region;
    if (!region) throw new BoundaryError(BoundaryErrorCode.REGION_NOT_FOUND, { code: code.slice(0, 40) });
    return { region, sets: row.sets, regionVersion: row.regionVersion };
  }

  /** The finest detail whose positions fit POINT_BUDGET (the coarsest when none does). */
  private async chooseDetail(sql: string, params: unknown[]): Promise<Detail> {
    const [sums] = await this.dataSource.query(sql, params);
    const points = [Number(sums.p0), Number(sums.p1), Number(sums.p2)];
    return ([...DETAIL_LEVELS].reverse().find((d) => points[d] <= POINT_BUDGET) ?? 0) as Detail;
  }

  private async bboxOf(setId: string, code: string): Promise<[number, number, number, number] | null> {
    if (code === NATIONAL_CODE) return null;
    const [row] = await this.dataSource.query(
      `SELECT min_lon AS "minLon", min_lat AS "minLat", max_lon AS "maxLon", max_lat AS "maxLat" FROM boundary_regions WHERE set_id = $1 AND region_code = $2`,
      [setId, code],
    );
    return row ? [row.minLon, row.minLat, row.maxLon, row.maxLat] : null;
  }

  private render(shapes: RegionShape[], missing: { code: string; name: string; level: string | null }[], detail: Detail, set: ActiveSet | null, emptyBbox: [number, number, number, number] | null): string {
    const topology = encodeRegions(shapes, detail, emptyBbox);
    return JSON.stringify({
      ...topology,
      bbox: topology.bbox ?? null,
      missing: missing.map((m) => ({ code: m.code, name: m.name, level: m.level })),
      detail,
      source: set && { level: set.level, source: set.source, licence: set.licence, importedAt: new Date(set.importedAt).toISOString() },
    });
  }

  private async cached(key: string, build: () => Promise<string>): Promise<string> {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const started = performance.now();
    const body = await build();
    this.cache.set(key, body, body.length);
    this.logger.debug(`assembled ${key} (${body.length} bytes) in ${Math.round(performance.now() - started)} ms`);
    return body;
  }
}

const POINT_SUMS = 'coalesce(sum(points_0), 0) AS p0, coalesce(sum(points_1), 0) AS p1, coalesce(sum(points_2), 0) AS p2';

function toShape(row: ShapeRow): RegionShape {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    label: row.labelLon === null || row.labelLat === null ? null : [row.labelLon, row.labelLat],
    geometry: JSON.parse(row.geometry!) as AreaGeometry,
  };
}

function etagOf(parts: unknown[]): string {
  return `"b-${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)}"`;
}
