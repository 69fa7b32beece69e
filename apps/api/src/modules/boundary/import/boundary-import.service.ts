import { normalizeSearchText, tryParseRegionCode, at } from '@jangkau/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Language } from '../../../common/i18n/language';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { AuditContext, AuditService } from '../../audit/audit.service';
import { BoundaryError, BoundaryErrorCode } from '../boundary.errors';
import { BoundarySetStatus } from '../boundary.entity';
import { buildDetails, type Detail } from '../geometry/details';
import { bboxOf, findSelfIntersections, GeometryProblem, GeometryRepair, labelPoint, Polygons, repairGeometry, toGeometry } from '../geometry/geometry';
import { BoundaryFile, parseBoundaryFile } from './boundary-file';
import { unpackBoundaryFile } from './boundary-gzip';
import { blocked, BoundaryFinding, BoundaryImportReport, REPORT_LIST_LIMIT, reportMessage } from './boundary-import.report';
import {
  activateSet,
  activeSetForUpdate,
  deleteAbandonedImports,
  deleteSet,
  insertRegionChunk,
  insertSet,
  lockLevelSwitch,
  missingRegions,
  registryRegions,
  retireSet,
} from './boundary-import.repository';

export type BoundaryImportPhase = 'read' | 'validate' | 'simplify' | 'write';

export interface BoundaryImportOptions {
  dryRun: boolean;
  /** The feature property holding the Kemendagri code (`code` by default). */
  codeProperty: string;
  /** Where the data comes from; the file name or URL when not given. */
  source?: string;
  /** Required for a commit: the licence the boundaries are used under. */
  licence?: string;
  /** The uploaded file's name, the path given to the CLI, or the URL. */
  fileName: string;
  /** Username, or "geo:import (CLI)" / "demo". */
  importedBy: string;
  language: Language;
  /** Awaited: a test pauses an import here to look at what readers see meanwhile. */
  onProgress?: (phase: BoundaryImportPhase, done: number, total: number) => void | Promise<void>;
  /** Stops the import between steps (a dry run nobody waits for any more; the app shutting down). */
  cancelled?: () => boolean;
}

export class BoundaryImportCancelled extends Error {}

export const DEFAULT_CODE_PROPERTY = 'code';
export const MAX_SOURCE_LENGTH = 2000;
export const MAX_LICENCE_LENGTH = 20000;
/** Rows per INSERT … SELECT FROM unnest(…): keeps each statement's parameters to a few MB of text. */
const WRITE_CHUNK = 500;
/** pg_advisory_xact_lock(class, level): one switch per level at a time. */
const SWITCH_LOCK_CLASS = 7318010;

interface MatchedRegion {
  code: string;
  parentCode: string | null;
  polygons: Polygons;
  features: number;
}

/**
 * Imports one level of boundaries from a GeoJSON or TopoJSON file (gzip-compressed or not), all or nothing: every feature's code must be
 * a registry region of the file's level and its geometry valid (after repairing what can be repaired without
 * guessing), or nothing changes. The new set is written beside the active one as IMPORTING and switched to ACTIVE
 * in the same transaction that retires the old one, so readers see the old set until the new one is complete.
 *
 * Self-intersecting rings are reported as warnings and do not block: they cannot be repaired without a geometry
 * engine, they still draw (the fill rule decides the crossing's little bowtie), and a whole national layer should
 * not be refused over one sliver. Rings without area, or with too few positions, do block.
 */
@Injectable()
export class BoundaryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'geo'>,
  ) {}

  async run(context: AuditContext, data: Buffer, options: BoundaryImportOptions): Promise<{ status: 200 | 422; report: BoundaryImportReport }> {
    const started = performance.now();
    const lap = lapTimer();
    checkOptions(options);
    // The file as given (perhaps compressed) is the one its SHA-256 and size describe.
    const sha256 = createHash('sha256').update(data).digest('hex');
    const unpacked = await unpackBoundaryFile(data, this.config.geo.importMaxBytes);
    const file = parseBoundaryFile(unpacked.data, options.codeProperty);
    if (!file.features.length) throw new BoundaryError(BoundaryErrorCode.NO_FEATURES);
    await options.onProgress?.('read', 1, 1);
    const parseMs = lap();

    const validation = await this.validate(file, options);
    const validateMs = lap();
    const base = {
      dryRun: options.dryRun,
      file: { name: options.fileName, bytes: data.length, sha256, format: file.format, gzip: unpacked.gzip, codeProperty: options.codeProperty },
      ...validation.summary,
    };
    const finish = (committed: boolean, set: BoundaryImportReport['set'], simplifyMs: number, writeMs: number) => {
      const body = { ...base, committed, set, timings: { parseMs, validateMs, simplifyMs, writeMs, totalMs: Math.round(performance.now() - started) } };
      return { ...body, message: reportMessage(options.language, body) };
    };
    if (blocked(validation.summary)) return { status: options.dryRun ? 200 : 422, report: finish(false, null, 0, 0) };
    if (options.dryRun) return { status: 200, report: finish(false, null, 0, 0) };
    this.checkCancelled(options);

    await options.onProgress?.('simplify', 0, 1);
    const regions = validation.regions;
    const details = buildDetails(regions);
    const rows = regions.map((region, i) => {
      const box = bboxOf(region.polygons);
      const [labelLon, labelLat] = labelPoint(region.polygons);
      return { ...region, details: at(details, i, 'region details'), box, labelLon, labelLat };
    });
    await options.onProgress?.('simplify', 1, 1);
    const simplifyMs = lap();
    this.checkCancelled(options);

    const level = validation.summary.level!;
    const draft = finish(true, null, simplifyMs, 0);
    const writeStarted = performance.now();
    const writeMs = () => Math.round(performance.now() - writeStarted);
    const setId = await insertSet(this.dataSource, {
      level,
      status: BoundarySetStatus.IMPORTING,
      source: options.source?.trim() || options.fileName,
      licence: options.licence!.trim(),
      fileName: options.fileName.slice(0, 2000),
      sha256,
      featureCount: file.features.length,
      regionCount: regions.length,
      missingCount: validation.summary.counts.missing,
      importedBy: options.importedBy.slice(0, 100),
      report: JSON.stringify(draft),
    });
    let replacedSetId: string | null = null;
    try {
      await this.dataSource.transaction(async (manager) => {
        for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
          const chunk = rows.slice(start, start + WRITE_CHUNK);
          const geometries = (d: Detail) => chunk.map((r) => JSON.stringify(toGeometry(r.details.geometries[d])));
          const points = (d: Detail) => chunk.map((r) => r.details.points[d]);
          await insertRegionChunk(manager, setId, {
            codes: chunk.map((r) => r.code),
            parentCodes: chunk.map((r) => r.parentCode),
            geometries: [geometries(0), geometries(1), geometries(2)],
            points: [points(0), points(1), points(2)],
            minLon: chunk.map((r) => r.box.minLon),
            minLat: chunk.map((r) => r.box.minLat),
            maxLon: chunk.map((r) => r.box.maxLon),
            maxLat: chunk.map((r) => r.box.maxLat),
            labelLon: chunk.map((r) => r.labelLon),
            labelLat: chunk.map((r) => r.labelLat),
          });
          await options.onProgress?.('write', Math.min(start + WRITE_CHUNK, rows.length), rows.length);
          this.checkCancelled(options);
        }
        // The switch: one import per level at a time gets here; the old set's rows go in the same transaction.
        await lockLevelSwitch(manager, SWITCH_LOCK_CLASS, level);
        const old = await activeSetForUpdate(manager, level);
        if (old) {
          replacedSetId = old.id;
          await retireSet(manager, old.id);
        }
        const report = finish(true, { id: setId, level, replacedSetId }, simplifyMs, writeMs());
        await activateSet(manager, setId, JSON.stringify(report));
        // An import that died half-way (the process stopped) left its IMPORTING set behind: gone with this one.
        await deleteAbandonedImports(manager, level, setId);
        await this.audit.record(manager, context, {
          entity: 'BoundarySet',
          entityId: setId,
          subjectAgencyId: null,
          before: old ? { setId: old.id, source: old.source, fileName: old.fileName, sha256: old.sha256, regions: old.regionCount } : null,
          after: {
            setId,
            level,
            source: options.source?.trim() || options.fileName,
            licence: options.licence!.trim().slice(0, 500),
            fileName: options.fileName,
            sha256,
            features: file.features.length,
            regions: regions.length,
            missing: validation.summary.counts.missing,
          },
        });
      });
    } catch (error) {
      await deleteSet(this.dataSource, setId).catch(() => undefined);
      throw error;
    }
    return { status: 200, report: finish(true, { id: setId, level, replacedSetId }, simplifyMs, writeMs()) };
  }

  private checkCancelled(options: BoundaryImportOptions) {
    if (options.cancelled?.()) throw new BoundaryImportCancelled('boundary import cancelled');
  }

  /** Codes against the registry and the file's level, geometry checked and repaired: the report's findings. */
  private async validate(file: BoundaryFile, options: BoundaryImportOptions) {
    const { language, codeProperty } = options;
    const finding = (feature: number | null, code: string | null, problem: BoundaryErrorCode, params: Record<string, string | number> = {}): BoundaryFinding => ({
      feature,
      code,
      problem,
      message: new BoundaryError(problem, { code: code ?? '', property: codeProperty, ...params }).localize(language),
    });
    const unmatched: BoundaryFinding[] = [];
    const wrongLevel: BoundaryFinding[] = [];
    const invalid: BoundaryFinding[] = [];
    const repaired: BoundaryFinding[] = [];
    const warnings: BoundaryFinding[] = [];
    const fileProblems: BoundaryFinding[] = [];

    // The file's level: the one most codes have (a file is one level; the odd ones out are reported).
    const parsed = file.features.map((f) => (f.code ? tryParseRegionCode(f.code) : null));
    const depthCounts = new Map<number, number>();
    for (const p of parsed) if (p && typeof p !== 'string') depthCounts.set(p.depth, (depthCounts.get(p.depth) ?? 0) + 1);
    const level = [...depthCounts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
    if (level === null) fileProblems.push(finding(null, null, BoundaryErrorCode.NO_LEVEL));

    const candidateCodes = [...new Set(parsed.flatMap((p) => (p && typeof p !== 'string' && p.depth === level ? [p.code] : [])))];
    const registry = new Map<string, { name: string; parentCode: string | null }>((await registryRegions(this.dataSource, candidateCodes)).map((r) => [r.code, r]));

    const matched = new Map<string, MatchedRegion>();
    let matchedFeatures = 0;
    const total = file.features.length;
    for (const [i, feature] of file.features.entries()) {
      const p = parsed[i];
      if (!feature.code) unmatched.push(finding(feature.index, null, BoundaryErrorCode.CODE_MISSING));
      else if (!p || typeof p === 'string') unmatched.push(finding(feature.index, feature.code, BoundaryErrorCode.CODE_MALFORMED));
      else if (p.depth !== level) wrongLevel.push(finding(feature.index, p.code, BoundaryErrorCode.WRONG_LEVEL, { level: p.depth, expected: level! }));
      else if (!registry.has(p.code)) unmatched.push(finding(feature.index, p.code, BoundaryErrorCode.CODE_UNKNOWN));
      else {
        const code = p.code;
        const result = repairGeometry(feature.geometry);
        if (!result.polygons) {
          for (const problem of result.problems) invalid.push(finding(feature.index, code, PROBLEM_CODES[problem]));
        } else {
          matchedFeatures++;
          for (const [repair, count] of Object.entries(result.repairs)) {
            repaired.push(finding(feature.index, code, REPAIR_CODES[repair as GeometryRepair], { count: count! }));
          }
          const crossings = findSelfIntersections(result.polygons);
          const [crossing] = crossings;
          if (crossing) {
            warnings.push(finding(feature.index, code, BoundaryErrorCode.SELF_INTERSECTION, { count: crossings.length, at: `${crossing[0]}, ${crossing[1]}` }));
          }
          const official = registry.get(code)!;
          if (feature.name && normalizeSearchText(feature.name) !== normalizeSearchText(official.name)) {
            warnings.push(finding(feature.index, code, BoundaryErrorCode.NAME_DIFFERS, { name: feature.name, official: official.name }));
          }
          const existing = matched.get(code);
          if (existing) {
            existing.polygons.push(...result.polygons);
            existing.features++;
          } else {
            matched.set(code, { code, parentCode: official.parentCode, polygons: result.polygons, features: 1 });
          }
        }
      }
      if ((i + 1) % 500 === 0 || i + 1 === total) {
        await options.onProgress?.('validate', i + 1, total);
        this.checkCancelled(options);
      }
    }
    for (const region of matched.values()) {
      if (region.features > 1) repaired.push(finding(null, region.code, BoundaryErrorCode.FEATURES_MERGED, { count: region.features }));
    }

    // Missing: regions of the level under the parents the file covers (all provinces for a province file).
    const parents = [...new Set([...matched.values()].map((r) => r.parentCode).filter((c): c is string => c !== null))];
    const missing: { code: string; name: string; level: string }[] = level === null || matched.size === 0 ? [] : await missingRegions(this.dataSource, level, parents, [...matched.keys()]);

    const cap = <T>(list: T[]) => list.slice(0, REPORT_LIST_LIMIT);
    return {
      regions: [...matched.values()],
      summary: {
        level,
        features: total,
        matched: matchedFeatures,
        regions: matched.size,
        unmatched: cap(unmatched),
        wrongLevel: cap(wrongLevel),
        invalid: cap(invalid),
        repaired: cap(repaired),
        warnings: cap(warnings),
        fileProblems,
        missing: cap(missing),
        counts: {
          unmatched: unmatched.length,
          wrongLevel: wrongLevel.length,
          invalid: invalid.length,
          repaired: repaired.length,
          warnings: warnings.length,
          missing: missing.length,
        },
      },
    };
  }
}

const PROBLEM_CODES: Record<GeometryProblem, BoundaryErrorCode> = {
  GEOMETRY_MISSING: BoundaryErrorCode.GEOMETRY_MISSING,
  GEOMETRY_TYPE: BoundaryErrorCode.GEOMETRY_TYPE,
  COORDINATES_MALFORMED: BoundaryErrorCode.COORDINATES_MALFORMED,
  COORDINATE_NOT_FINITE: BoundaryErrorCode.COORDINATE_NOT_FINITE,
  COORDINATES_SWAPPED: BoundaryErrorCode.COORDINATES_SWAPPED,
  OUTSIDE_INDONESIA: BoundaryErrorCode.OUTSIDE_INDONESIA,
  RING_TOO_SHORT: BoundaryErrorCode.RING_TOO_SHORT,
  RING_ZERO_AREA: BoundaryErrorCode.RING_ZERO_AREA,
};

const REPAIR_CODES: Record<GeometryRepair, BoundaryErrorCode> = {
  RING_CLOSED: BoundaryErrorCode.RING_CLOSED,
  DUPLICATE_POINTS_REMOVED: BoundaryErrorCode.DUPLICATE_POINTS_REMOVED,
  WINDING_FIXED: BoundaryErrorCode.WINDING_FIXED,
};

/** Checks what the caller said about the import before the file is read. */
export function checkOptions(options: Pick<BoundaryImportOptions, 'dryRun' | 'codeProperty' | 'source' | 'licence'>) {
  if (!/^[\w-]{1,64}$/.test(options.codeProperty)) throw new BoundaryError(BoundaryErrorCode.CODE_PROPERTY_INVALID);
  if ((options.source?.length ?? 0) > MAX_SOURCE_LENGTH) throw new BoundaryError(BoundaryErrorCode.TEXT_TOO_LONG, { field: 'source', max: MAX_SOURCE_LENGTH });
  if ((options.licence?.length ?? 0) > MAX_LICENCE_LENGTH) throw new BoundaryError(BoundaryErrorCode.TEXT_TOO_LONG, { field: 'licence', max: MAX_LICENCE_LENGTH });
  if (!options.dryRun && !options.licence?.trim()) throw new BoundaryError(BoundaryErrorCode.LICENCE_REQUIRED);
}

function lapTimer() {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = Math.round(now - last);
    last = now;
    return ms;
  };
}
