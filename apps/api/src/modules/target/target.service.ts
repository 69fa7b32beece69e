import { frameworkOverlaps, Indicator, PeriodKind, Role, TargetStatus, localDate, pacing, parsePeriod, timeZoneOfRegion } from '@jangkau/shared-domain';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { CALLER_CHANGED_CHANNEL } from '../../common/access/caller-cache.module';
import { ChangeListener } from '../../common/change-listener';
import { KeptUntilChanged } from '../../common/kept-until-changed';
import { onlyRow } from '../../database/kysely';
import { isUuid } from '../../common/uuid';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { CoverageCache } from '../coverage/coverage-cache';
import { CoverageService, type ResolvedArea } from '../coverage/coverage.service';
import { TargetError, TargetErrorCode } from './target.errors';
import { agencyTargets, deleteTarget, insertTarget, targetForKeyForUpdate, targetsById, targetsOfAgencies, updateTargetValue, type TargetRow } from './target.repository';
import { agencyVisibleTo } from '../agency/agency.repository';
import { programmeItemWithFramework } from '../programme/programme.repository';

export type { TargetRow } from './target.repository';

type Context = AuditContext & { caller: Caller };

export interface TargetProgress extends TargetRow {
  periodFrom: string;
  periodTo: string;
  achieved: number;
  progress: number | null;
  elapsed: number;
  expected: number;
  status: TargetStatus;
}

export interface TargetValues {
  agencyId: string;
  period: string;
  indicator: Indicator;
  programmeItemId?: string | null;
  value: number;
}

const MAX_VALUE = 100_000_000;
/** The channel the targets_changed trigger (migration TargetsChanged) notifies on. */
export const TARGETS_CHANGED_CHANNEL = 'targets_changed';
/** Answers of `list` kept at once (agencies × ranges asked); all are dropped when full. */
const MAX_PROGRESS_KEPT = 2_000;

/**
 * Targets: agency × period (year or quarter) × indicator (× programme item). What is achieved is the agency's own
 * verified work (activities it led or co-organised) over its working area in the period the target names; a year's
 * and a quarter's target for the same indicator are separate rows and each is measured over its own period.
 */
@Injectable()
export class TargetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly coverage: CoverageService,
    private readonly cache: CoverageCache,
    @Optional() changes?: ChangeListener,
  ) {
    // Of caller_changed, only agencies matter (a row holds its agency's names): a user's change or sign-in
    // (`u:<id>`) does not drop the rows.
    this.agencyRows.watch(changes, dataSource, [TARGETS_CHANGED_CHANNEL, CALLER_CHANGED_CHANNEL], (channel, payload) => channel !== CALLER_CHANGED_CHANNEL || !payload.startsWith('u:'));
  }

  /**
   * An agency's target rows, kept until targets, programme items or agencies are written (a dashboard asks them on
   * every refresh; achievements are computed fresh from the cached figures each time, pacing with today's date).
   */
  private readonly agencyRows = new KeptUntilChanged<TargetRow[]>(2_000);

  /** How many agencies' target rows are kept now (for tests). */
  get keptRows(): number {
    return this.agencyRows.size;
  }

  /**
   * The targets of an agency the caller may read: their own agency's, or any agency whose whole working area lies
   * in the caller's scope (a target's achievement is a figure over all of that area).
   */
  async list(
    /** null: a system job (the monthly pacing notice, the weekly summary), with `readable`. */
    caller: Caller | null,
    agencyId: string,
    periods: { from: string; to: string } | null,
    options: { today?: string; readable?: boolean } = {},
  ): Promise<TargetProgress[]> {
    // `readable`: the caller already resolved the agency's whole working area (the dashboard does).
    if (!isUuid(agencyId) || !(options.readable || (caller && (await this.readable(caller, agencyId))))) return [];
    // Only year and quarter keys exist; a target overlaps when its period's first key-year is in range.
    const years = periods && { from: periods.from.slice(0, 4), to: periods.to.slice(0, 4) };
    const rows = await this.agencyRows.get(JSON.stringify([agencyId, years]), () => agencyTargets(this.dataSource, agencyId, years));
    const wanted = periods
      ? rows.filter((r) => {
          const p = parsePeriod(r.period)!;
          return p.from <= periods.to && p.to >= periods.from;
        })
      : rows;
    const generation = await this.cache.generation();
    // Zones are whole hours from UTC, so a local date can only turn at the top of a UTC hour.
    const clock = options.today ?? new Date().toISOString().slice(0, 13);
    const key = JSON.stringify([agencyId, periods, clock]);
    const kept = this.progressKept.get(key);
    if (kept && kept.rows === rows && kept.generation === generation) return kept.progress;
    const progress = Promise.all(wanted.map((row) => this.withProgress(row, options.today, generation)));
    if (this.progressKept.size >= MAX_PROGRESS_KEPT) this.progressKept.clear();
    const entry = { rows, generation, progress };
    this.progressKept.set(key, entry);
    // A failed measurement is not kept (unless a newer one has taken its place already).
    progress.catch(() => this.progressKept.get(key) === entry && this.progressKept.delete(key));
    return progress;
  }

  /**
   * The last answer of `list` for an agency, range and hour: the same while the agency's target rows (the same
   * array until targets change), the coverage generation and the hour stay, so a dashboard refreshed by many is
   * measured once.
   */
  private readonly progressKept = new Map<string, { rows: TargetRow[]; generation: string; progress: Promise<TargetProgress[]> }>();

  /**
   * Targets of several agencies for one period key and programme item (null: those without an item), with
   * progress: the report's target columns. The caller has already decided these agencies' targets are readable.
   */
  async forAgencies(agencyIds: string[], period: string, programmeItemId: string | null, indicators: Indicator[]): Promise<TargetProgress[]> {
    const rows = await targetsOfAgencies(this.dataSource, agencyIds, period, programmeItemId, indicators);
    const generation = await this.cache.generation();
    return Promise.all(rows.map((row) => this.withProgress(row, undefined, generation)));
  }

  private async readable(caller: Caller, agencyId: string): Promise<boolean> {
    if (caller.agencyId === agencyId) return true;
    if (!(await agencyVisibleTo(this.dataSource, caller, agencyId))) return false;
    const area = await this.coverage.resolveArea(caller, { agencyId });
    return Boolean(area && !area.restricted);
  }

  /** Achievement and pacing, measured now: `today` is the calendar date in the agency's zone. */
  async withProgress(row: TargetRow, todayOverride?: string, generation?: string): Promise<TargetProgress> {
    const period = parsePeriod(row.period)!;
    const today = todayOverride ?? localDate(new Date(), timeZoneOfRegion(row.homeRegionCode ?? '31'));
    const achieved = await this.achieved(row, period.from, period.to, generation ?? (await this.cache.generation()));
    return { ...row, periodFrom: period.from, periodTo: period.to, achieved, ...pacing(period, row.value, achieved, today) };
  }

  /**
   * The agency's own work in the period. Targets of one agency, period and item share two computations (village
   * reach; activity figures), and those are cached like every coverage figure, until the coverage generation moves.
   */
  private async achieved(row: TargetRow, from: string, to: string, generation: string): Promise<number> {
    const area = await this.cache.remember(JSON.stringify(['targetArea', row.agencyId]), 60_000, () => this.coverage.resolveArea(null, { agencyId: row.agencyId }));
    if (!area) return 0;
    const q = { from, to, contributedBy: row.agencyId, programmeItemId: row.programmeItemId };
    const key = (kind: string) => JSON.stringify([kind, row.agencyId, from, to, row.programmeItemId]);
    const reach = () => this.cache.get(key('targetReach'), generation, () => this.coverage.coverage(area as ResolvedArea, q));
    const facts = () => this.cache.get(key('targetFacts'), generation, () => this.coverage.activityFigures(area as ResolvedArea, q));
    switch (row.indicator) {
      case Indicator.VILLAGES_REACHED:
        return (await reach()).villagesReached;
      case Indicator.COVERAGE_RATIO: {
        const c = await reach();
        return c.villagesTotal > 0 ? c.villagesReached / c.villagesTotal : 0;
      }
      case Indicator.ACTIVITIES:
        return (await facts()).activities;
      case Indicator.PARTICIPANTS:
        return (await facts()).participants;
      case Indicator.OFFICIALS_REACHED:
        return (await facts()).officials;
      case Indicator.DESA_BINAAN_FORMED:
        return (await facts()).desaBinaanFormed;
    }
  }

  /** Creates a target (no version) or changes one (the version read); a stale version is a conflict. */
  async set(context: Context, input: TargetValues, version: number | null): Promise<TargetProgress> {
    const values = this.check(input);
    return this.dataSource
      .transaction(async (manager) => {
        await this.assertAgency(manager, context.caller, values.agencyId);
        if (values.programmeItemId) {
          const item = await programmeItemWithFramework(manager, values.programmeItemId);
          if (!item) throw new TargetError(TargetErrorCode.PROGRAMME_ITEM_NOT_FOUND, {}, 'programmeItemId');
          // The shared rule: a target's item belongs to a framework whose validity overlaps the target's period.
          const period = parsePeriod(values.period)!;
          if (!frameworkOverlaps(item, period.from, period.to)) {
            throw new TargetError(TargetErrorCode.PROGRAMME_ITEM_NOT_IN_FORCE, { ...item, period: period.key }, 'programmeItemId');
          }
        }
        const existing = await targetForKeyForUpdate(manager, { ...values, programmeItemId: values.programmeItemId ?? null });
        let id: string;
        if (existing) {
          if (version === null) throw new TargetError(TargetErrorCode.ALREADY_SET, {}, 'period');
          if (existing.version !== version) throw new TargetError(TargetErrorCode.VERSION_CONFLICT, await lastChange(manager, 'Target', existing.id), 'version');
          id = existing.id;
          await updateTargetValue(manager, id, values.value);
        } else {
          // A concurrent create of the same target loses on the unique key, and says so, instead of writing twice.
          const inserted = await insertTarget(manager, { ...values, programmeItemId: values.programmeItemId ?? null });
          if (inserted === undefined) throw new TargetError(TargetErrorCode.ALREADY_SET, {}, 'period');
          id = inserted;
        }
        await this.audit.record(manager, context, {
          entity: 'Target',
          entityId: id,
          subjectAgencyId: values.agencyId,
          before: existing ? { value: existing.value } : null,
          after: { period: values.period, indicator: values.indicator, programmeItemId: values.programmeItemId ?? null, value: values.value },
        });
        return onlyRow(await targetsById(manager, id), 'target just written');
      })
      .then((row) => this.withProgress(row));
  }

  async remove(context: Context, id: string, version: number): Promise<boolean> {
    if (!isUuid(id)) throw new TargetError(TargetErrorCode.NOT_FOUND, {}, 'id');
    return this.dataSource.transaction(async (manager) => {
      const [existing] = await targetsById(manager, id, true);
      if (!existing) throw new TargetError(TargetErrorCode.NOT_FOUND, {}, 'id');
      await this.assertAgency(manager, context.caller, existing.agencyId);
      if (existing.version !== version) throw new TargetError(TargetErrorCode.VERSION_CONFLICT, await lastChange(manager, 'Target', id), 'version');
      await deleteTarget(manager, id);
      await this.audit.record(manager, context, {
        entity: 'Target',
        entityId: id,
        subjectAgencyId: existing.agencyId,
        before: { period: existing.period, indicator: existing.indicator, programmeItemId: existing.programmeItemId, value: existing.value },
        after: { removed: true },
      });
      return true;
    });
  }

  /** Heads set their own agency's targets; administrators any agency's. Invisible agencies are not found. */
  private async assertAgency(manager: EntityManager, caller: Caller, agencyId: string): Promise<void> {
    if (!(await agencyVisibleTo(manager, caller, agencyId))) throw new TargetError(TargetErrorCode.AGENCY_NOT_FOUND, {}, 'agencyId');
    if (caller.role !== Role.ADMIN && caller.agencyId !== agencyId) throw new TargetError(TargetErrorCode.NOT_OWN_AGENCY, {}, 'agencyId');
  }

  private check(input: TargetValues): TargetValues {
    if (!isUuid(input.agencyId ?? '')) throw new TargetError(TargetErrorCode.AGENCY_NOT_FOUND, {}, 'agencyId');
    if (input.programmeItemId && !isUuid(input.programmeItemId)) throw new TargetError(TargetErrorCode.PROGRAMME_ITEM_NOT_FOUND, {}, 'programmeItemId');
    const period = parsePeriod(input.period ?? '');
    if (!period || period.kind === PeriodKind.MONTH) throw new TargetError(TargetErrorCode.PERIOD_INVALID, { value: String(input.period ?? '') }, 'period');
    const value = Number(input.value);
    if (input.indicator === Indicator.COVERAGE_RATIO) {
      if (!Number.isFinite(value) || value < 0 || value > 1) throw new TargetError(TargetErrorCode.RATIO_INVALID, {}, 'value');
    } else if (!Number.isInteger(value) || value < 0 || value > MAX_VALUE) {
      throw new TargetError(TargetErrorCode.VALUE_INVALID, {}, 'value');
    }
    return { ...input, period: period.key, value, programmeItemId: input.programmeItemId || null };
  }
}
