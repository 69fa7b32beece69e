import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BoundaryError, BoundaryErrorCode } from './boundary.errors';
import { activeSetRows, activeSetSummaryRows, ownShape, pointSums, regionBox, regionShapes, setGeometries, viewKey, type ShapeRow } from './boundary.repository';
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
  /** A Date read from the set, or its JSON text read with the view's key. */
  importedAt: Date | string;
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
    return activeSetRows(this.dataSource);
  }

  /** The active sets with their counts, for `boundarySets`. */
  async activeSetSummaries(): Promise<BoundarySet[]> {
    await this.settled();
    return activeSetSummaryRows(this.dataSource);
  }

  /** The children of a region (provinces for ID). */
  async children(code: string, requested: Detail | null): Promise<BoundaryView> {
    await this.settled();
    const { region, sets, regionVersion } = await this.lookup(code);
    const level = region.depth + 1;
    const set = sets.find((s) => s.level === level) ?? null;
    const parentSet = sets.find((s) => s.level === region.depth) ?? null;
    const detail = requested ?? (set ? await this.chooseDetail(set.id, { parentCode: region.depth === 0 ? null : region.code }) : 2);
    const etag = etagOf(['children', region.code, set?.id, parentSet?.id, detail, regionVersion]);
    return {
      etag,
      body: () =>
        this.cached(etag, async () => {
          const rows: ShapeRow[] = level > 4 ? [] : await regionShapes(this.dataSource, set?.id ?? null, detail, region.depth === 0 ? { provinces: true } : { parentCode: region.code });
          return this.renderRows(rows, detail, set, parentSet, region.code);
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
    const detail = requested ?? (set ? await this.chooseDetail(set.id, { codeLike: pattern }) : 2);
    const parentSet = sets.find((s) => s.level === region.depth) ?? null;
    const etag = etagOf(['villages', region.code, set?.id, parentSet?.id, detail, regionVersion]);
    return {
      etag,
      body: () =>
        this.cached(etag, async () => {
          const rows = await regionShapes(this.dataSource, set?.id ?? null, detail, { villagesLike: pattern });
          return this.renderRows(rows, detail, set, parentSet, region.code);
        }),
    };
  }

  /** One region's own outline (Indonesia's: its provinces merged). */
  async outline(code: string, requested: Detail | null): Promise<BoundaryView> {
    await this.settled();
    const { region, sets, regionVersion } = await this.lookup(code);
    if (region.depth === 0) {
      const provinces = sets.find((s) => s.level === 1) ?? null;
      const detail = requested ?? (provinces ? await this.chooseDetail(provinces.id, { all: true }) : 2);
      const etag = etagOf(['outline', region.code, provinces?.id, detail, regionVersion]);
      return {
        etag,
        body: () =>
          this.cached(etag, async () => {
            const geometries = provinces ? await setGeometries(this.dataSource, provinces.id, detail) : [];
            const merged = mergeOutline(geometries.map((g) => JSON.parse(g) as AreaGeometry));
            const shapes: RegionShape[] = merged ? [{ code: NATIONAL_CODE, name: region.name, level: null, label: null, geometry: merged }] : [];
            return this.render(shapes, merged ? [] : [{ code: NATIONAL_CODE, name: region.name, level: null }], detail, provinces, null);
          }),
      };
    }
    const set = sets.find((s) => s.level === region.depth) ?? null;
    const detail = requested ?? (set ? await this.chooseDetail(set.id, { code: region.code }) : 2);
    const etag = etagOf(['outline', region.code, set?.id, detail, regionVersion]);
    return {
      etag,
      body: () =>
        this.cached(etag, async () => {
          const row = set ? await ownShape(this.dataSource, set.id, detail, region) : undefined;
          return row ? this.render([toShape(row)], [], detail, set, null) : this.render([], [region], detail, set, null);
        }),
    };
  }

  private async lookup(code: string): Promise<{ region: RegionRow; sets: ActiveSet[]; regionVersion: number | null }> {
    const row = await viewKey(this.dataSource, code === NATIONAL_CODE ? null : code);
    const region: RegionRow | null = code === NATIONAL_CODE ? { code: NATIONAL_CODE, name: 'Indonesia', level: 'NATIONAL', depth: 0 } : row.region;
    if (!region) throw new BoundaryError(BoundaryErrorCode.REGION_NOT_FOUND, { code: code.slice(0, 40) });
    return { region, sets: row.sets, regionVersion: row.regionVersion };
  }

  /** The finest detail whose positions fit POINT_BUDGET (the coarsest when none does). */
  private async chooseDetail(setId: string, which: Parameters<typeof pointSums>[2]): Promise<Detail> {
    const sums = await pointSums(this.dataSource, setId, which);
    const points: Record<Detail, number> = [Number(sums.p0), Number(sums.p1), Number(sums.p2)];
    return ([...DETAIL_LEVELS].reverse().find((d) => points[d] <= POINT_BUDGET) ?? 0) as Detail;
  }

  private async bboxOf(setId: string, code: string): Promise<[number, number, number, number] | null> {
    if (code === NATIONAL_CODE) return null;
    const row = await regionBox(this.dataSource, setId, code);
    return row ? [row.minLon, row.minLat, row.maxLon, row.maxLat] : null;
  }

  /** The rows' shapes, naming those without a geometry as missing; with nothing to draw, the parent's own box (its set, `code`) still lets a map frame the view. */
  private async renderRows(rows: ShapeRow[], detail: Detail, set: ActiveSet | null, parentSet: ActiveSet | null, code: string): Promise<string> {
    const shapes = rows.filter((r) => r.geometry).map(toShape);
    const fallbackBox = shapes.length || !parentSet ? null : await this.bboxOf(parentSet.id, code);
    return this.render(
      shapes,
      rows.filter((r) => !r.geometry),
      detail,
      set,
      fallbackBox,
    );
  }

  private render(
    shapes: RegionShape[],
    missing: { code: string; name: string; level: string | null }[],
    detail: Detail,
    set: ActiveSet | null,
    emptyBbox: [number, number, number, number] | null,
  ): string {
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
