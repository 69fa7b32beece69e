import { at, Indicator, Permission } from '@jangkau/shared-domain';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import type { AuditContext } from '../audit/audit.service';
import type { GraphqlContext } from '../../graphql/context';
import { toRegion } from '../region/region.mapper';
import { ReportInput, StandardReportKey } from './dto/report.input';
import { standardRun } from './standard-reports';
import { reportWords } from './report-words';
import type { Language } from '../../common/i18n/language';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangeDirection, Report, ReportRow, ReportValue, SavedReport, StandardReport } from './models/report.model';
import { SavedReportRow, SavedReportService } from './saved-report.service';
import { ComputedReport, Figures, ReportService, indicatorValue } from './report.service';

@Resolver(() => Report)
export class ReportResolver {
  constructor(
    private readonly service: ReportService,
    private readonly saved: SavedReportService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => [StandardReport], { description: 'The standard reports, each with the input that runs it now (this quarter or year in WIB).' })
  async standardReports(@Context() { lang }: GraphqlContext): Promise<StandardReport[]> {
    return Promise.all(
      Object.values(StandardReportKey).map(async (key) => {
        const { input, unavailable } = await standardRun(this.dataSource, key);
        return { key, ...reportWords(lang).standard[key], input: definitionOutput(input), unavailable: unavailable?.localize(lang) ?? null };
      }),
    );
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => Report, {
    nullable: true,
    description:
      'A report over what the caller may see: rows (regions at a level, or agencies of a type: each agency over its working area, counting its own ' +
      'contribution, i.e. activities it led or co-organised), indicators, a period; totals de-duplicated over the union of the rows. ' +
      'null: withinRegion does not exist or none of it is visible.',
  })
  async report(@CurrentCaller() caller: Caller, @Context() ctx: GraphqlContext, @Args('input') input: ReportInput): Promise<Report | null> {
    const computed = await this.service.compute(caller, input);
    return computed ? this.toReport(computed, input, ctx) : null;
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => [SavedReport], { description: 'The caller’s own saved reports, most recently changed first.' })
  async savedReports(@CurrentCaller() caller: Caller): Promise<SavedReport[]> {
    return (await this.saved.mine(caller)).map((row) => toSavedReport(row, caller));
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => SavedReport, {
    nullable: true,
    description: 'A saved report by id (a shared link): any signed-in reader may open it; the figures are theirs (see reportFromSaved).',
  })
  async savedReport(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<SavedReport | null> {
    const row = await this.saved.get(id);
    return row ? toSavedReport(row, caller) : null;
  }

  @Allow(Permission.ACTIVITY_READ)
  @Query(() => Report, {
    nullable: true,
    description: 'A saved report evaluated with the rights of the person opening it (their scope), never the owner’s. null: no such saved report, or nothing of it visible.',
  })
  async reportFromSaved(@CurrentCaller() caller: Caller, @Context() ctx: GraphqlContext, @Args('id', { type: () => ID }) id: string): Promise<Report | null> {
    const row = await this.saved.get(id);
    if (!row) return null;
    // The opener is the caller: the definition carries no scope of its own.
    const computed = await this.service.compute(caller, row.definition);
    return computed ? this.toReport(computed, row.definition, ctx) : null;
  }

  @Allow(Permission.ACTIVITY_READ)
  @Mutation(() => SavedReport, { description: 'Save a report definition under a name (the caller owns it).' })
  async saveReport(@AuditFrom('saveReport') context: AuditContext & { caller: Caller }, @Args('name') name: string, @Args('input') input: ReportInput): Promise<SavedReport> {
    return toSavedReport(await this.saved.save(context, name, input), context.caller);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Mutation(() => SavedReport, { description: 'Change one of the caller’s saved reports (send the version you read).' })
  async updateSavedReport(
    @AuditFrom('updateSavedReport') context: AuditContext & { caller: Caller },
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('name') name: string,
    @Args('input') input: ReportInput,
  ): Promise<SavedReport> {
    return toSavedReport(await this.saved.update(context, id, version, name, input), context.caller);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Mutation(() => Boolean, { description: 'Delete one of the caller’s saved reports (send the version you read).' })
  deleteSavedReport(
    @AuditFrom('deleteSavedReport') context: AuditContext & { caller: Caller },
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<boolean> {
    return this.saved.remove(context, id, version);
  }

  private async toReport(c: ComputedReport, input: ReportInput, { loaders, lang }: GraphqlContext): Promise<Report> {
    const regionRows = c.rows.filter((r) => r.kind === 'REGION');
    const regions = await loaders.regionByCode.loadMany(regionRows.map((r) => r.key));
    const regionOf = new Map(regionRows.map((r, i) => [r.key, regions[i]]));
    return reportModel(
      c,
      input,
      (key) => {
        const region = regionOf.get(key);
        return region && !(region instanceof Error) ? toRegion(region) : null;
      },
      lang,
    );
  }
}

/**
 * The report as the API answers it (GraphQL and the export files alike), from what ReportService computed.
 * `regionOf` gives a region row its region (GraphQL loads them per request; files need none). Its own words (title,
 * the total's label and note) are in `language`.
 */
export function reportModel(c: ComputedReport, input: ReportInput, regionOf: (key: string) => Report['rows'][number]['region'] = () => null, language: Language = 'id'): Report {
  const words = reportWords(language);
  const indicators = [...new Set(input.indicators)];
  const targetOf = new Map(c.targets.map((t) => [`${t.agencyId}|${t.indicator}`, t]));
  const values = (key: string, f: Figures, previous: Figures | null | undefined): ReportValue[] =>
    indicators.map((indicator) => {
      const value = indicatorValue(f, indicator);
      const before = previous ? indicatorValue(previous, indicator) : null;
      const change = before === null ? null : value - before;
      const t = targetOf.get(`${key}|${indicator}`);
      return {
        indicator,
        value,
        previous: before,
        change,
        direction: change === null ? null : change > 0 ? ChangeDirection.UP : change < 0 ? ChangeDirection.DOWN : ChangeDirection.SAME,
        target: t?.value ?? null,
        achieved: t?.achieved ?? null,
        progress: t?.progress ?? null,
        expected: t?.expected ?? null,
        status: t?.status ?? null,
      };
    });
  // Participants by category per row only when the report shows participants.
  const byCategory = indicators.includes(Indicator.PARTICIPANTS);
  const allRows: ReportRow[] = c.rows.map((r) => {
    const f = c.figures.get(r.key)!;
    return {
      key: r.key,
      label: r.label,
      region: r.kind === 'REGION' ? regionOf(r.key) : null,
      agency: r.kind === 'AGENCY' ? { id: r.key, name: r.label, shortName: r.shortLabel ?? r.label } : null,
      restricted: r.restricted,
      values: values(r.key, f, c.previousFigures?.get(r.key)),
      ...sections(f),
      participantsByCategory: byCategory ? (f.byCategory ?? []) : [],
    };
  });
  const rows = c.hideEmptyRows ? allRows.filter((r) => !isEmptyRow(r)) : allRows;
  const total: ReportRow = {
    key: 'TOTAL',
    label: words.total,
    region: null,
    agency: null,
    restricted: c.restricted,
    values: values('TOTAL', c.total, c.previousTotal),
    ...sections(c.total),
    participantsByCategory: byCategory ? c.participantsByCategory : [],
  };
  return {
    title: input.standard ? words.standard[input.standard].title : words.builderTitle[input.rows],
    standard: input.standard ?? null,
    from: c.from,
    to: c.to,
    previousFrom: c.previous?.from ?? null,
    previousTo: c.previous?.to ?? null,
    rowKind: input.rows,
    columns: indicators,
    rows,
    hideEmptyRows: c.hideEmptyRows,
    emptyRowsHidden: allRows.length - rows.length,
    total,
    totalNote: totalNote(indicators, rows, total, language),
    restricted: c.restricted,
    participantsByCategory: c.participantsByCategory,
    withTargets: c.withTargets,
    withConfirmation: c.withConfirmation,
    programmeItemId: c.programmeItemId,
    type: (c.type as Report['type']) ?? null,
  };
}

/** Says why the rows add up to more than the total, for the first count column where they do. */
export function totalNote(indicators: Indicator[], rows: ReportRow[], total: ReportRow, language: Language = 'id'): string | null {
  for (const [i, indicator] of indicators.entries()) {
    const valueOf = (row: ReportRow) => at(row.values, i, 'value of the indicator').value;
    const sum = rows.reduce((s, r) => s + valueOf(r), 0);
    const whole = valueOf(total);
    const note = sum > whole ? reportWords(language).totalNote(sum, whole, indicator) : null;
    if (note) return note;
  }
  return null;
}

/**
 * A row with no activity: every figure shown is 0 (or none), in the comparison period too, and it has no target
 * and none of the standard reports' own figures (Desa Binaan, villages left to reach). Hiding it leaves the total
 * and the row sums as they were.
 */
export function isEmptyRow(row: ReportRow): boolean {
  const none = (n: number | null | undefined) => n === null || n === undefined || n === 0;
  return (
    row.values.every((v) => none(v.value) && none(v.previous) && v.target === null) &&
    none(row.villagesNeverReached) &&
    none(row.villagesNotRecentlyReached) &&
    none(row.desaBinaan) &&
    none(row.desaBinaanActivities) &&
    none(row.villagesConfirmed) &&
    none(row.villagesDisputed) &&
    none(row.villagesUnanswered)
  );
}

function sections(f: Figures) {
  return {
    villagesNeverReached: f.villagesNeverReached ?? null,
    villagesNotRecentlyReached: f.villagesNotRecentlyReached ?? null,
    desaBinaan: f.desaBinaanDesignated ?? null,
    desaBinaanActivities: f.desaBinaanActivities ?? null,
    villagesConfirmed: f.villagesConfirmed ?? null,
    villagesDisputed: f.villagesDisputed ?? null,
    villagesUnanswered: f.villagesUnanswered ?? null,
  };
}

function definitionOutput(d: ReportInput): SavedReport['input'] {
  return {
    rows: d.rows,
    withinRegion: d.withinRegion ?? null,
    from: d.from ?? null,
    to: d.to ?? null,
    period: d.period ?? null,
    indicators: d.indicators,
    programmeItemId: d.programmeItemId ?? null,
    type: d.type ?? null,
    compare: d.compare ?? null,
    standard: d.standard ?? null,
    withTargets: d.withTargets ?? null,
    withConfirmation: d.withConfirmation ?? null,
    hideEmptyRows: d.hideEmptyRows ?? null,
  };
}

function toSavedReport(row: SavedReportRow, caller: Caller): SavedReport {
  return {
    id: row.id,
    name: row.name,
    ownerName: row.ownerName,
    mine: row.ownerId === caller.userId,
    input: definitionOutput(row.definition),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    // Who it is sent to is the owner's business only.
    schedule: row.ownerId === caller.userId ? row.schedule : null,
  };
}
