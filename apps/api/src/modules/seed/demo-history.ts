import { ActivityStatus, at, CoOrganiserStatus, frameworkInForce, Indicator, PeriodKind, TargetStatus, localDate, pacing, parsePeriod, periodKeysOf } from '@jangkau/shared-domain';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../../common/access/caller';
import { hashPassword } from '../../common/access/password-hasher';
import { ActivityError } from '../activity/activity.errors';
import { ActivityValidator } from '../activity/activity-validator.service';
import { ActivityWriter } from '../activity/activity-writer.service';
import { ActivityInput } from '../activity/dto/activity.input';
import { bumpCoverageGeneration, rebuildCoverage } from '../activity/rollups/coverage-maintenance';
import { AuditContext, AuditEntryInput, AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { TargetService } from '../target/target.service';
import { DEMO_HISTORY_AGENCIES, DEMO_TARGETS, DemoHistoryPlan, PlannedActivity, PlannedTarget, planDemoHistory } from './demo-history.plan';
import { DEMO_PASSWORD, FOUNDING_AGENCY_SHORT_NAMES, insertAgency } from './demo-seed';
import * as repository from './demo.repository';

export interface DemoHistoryServices {
  validator: ActivityValidator;
  writer: ActivityWriter;
  audit: AuditService;
  auth: AuthService;
  targets: TargetService;
}

export interface DemoHistoryOptions {
  /** The last day of the history (YYYY-MM-DD in WIB); today by default. */
  today?: string;
  seed?: number;
}

export interface DemoHistoryReport {
  activities: number;
  verified: number;
  followUps: number;
  desaBinaan: number;
  targets: number;
  ms: number;
}

const DAY = 86_400_000;

/**
 * Demo mode, once: the living demo of demo-history.plan.ts written into a database that holds the founding story
 * (demo-seed.ts, demo-activities.ts). Activities go through the activity module's own validation and bulk write
 * (ActivityValidator.validateMany / ActivityWriter.insertMany: lists, reach codes, audit entries); their workflow history is then written
 * set-based with an audit entry per step, and the coverage rollups are rebuilt from everything, in the same
 * transaction, so every dashboard, map and report figure comes from the same rows. Targets follow in a second
 * step, through the target service, set against what the demo achieved so pacing shows every state.
 * Returns null when there was nothing to do.
 */
export async function seedDemoHistory(dataSource: DataSource, services: DemoHistoryServices, options: DemoHistoryOptions = {}): Promise<DemoHistoryReport | null> {
  const started = performance.now();
  const today = options.today ?? localDate(new Date());
  const written = await dataSource.transaction(async (manager) => {
    // The same lock as the founding story's seed: two processes starting at once never seed twice.
    await repository.lockSeeding(manager);
    const done = await repository.agencyWithShortName(manager, at(DEMO_HISTORY_AGENCIES, 0, 'demo history agency').shortName);
    if (done) return null;
    const agencyIds = await foundingAgencies(manager);
    if (!agencyIds) return null;
    const plan = planDemoHistory({ today, seed: options.seed, ...(await planInputs(manager)) });
    await writeAgenciesAndUsers(manager, services, plan, agencyIds);
    // One cache of the demo people as callers, for both writers (created in this transaction, so read through it).
    const callerOf = callers(manager, services.auth);
    const counts = await writeActivities(manager, services, plan, agencyIds, callerOf);
    await writeDesaBinaan(manager, services, plan, agencyIds, callerOf);
    await rebuildCoverage(manager);
    await bumpCoverageGeneration(manager);
    return counts;
  });
  const targets = await seedDemoTargets(dataSource, services, today);
  if (!written && !targets) return null;
  return { activities: 0, verified: 0, followUps: 0, desaBinaan: 0, ...written, targets, ms: Math.round(performance.now() - started) };
}

/** Agency ids by the plan's keys: the founding story's (null when it is not there: not a demo database). */
async function foundingAgencies(manager: EntityManager): Promise<Map<string, string> | null> {
  const rows = await repository.agenciesByShortName(manager, Object.values(FOUNDING_AGENCY_SHORT_NAMES));
  const ids = new Map<string, string>();
  for (const [key, shortName] of Object.entries(FOUNDING_AGENCY_SHORT_NAMES)) {
    const row = rows.find((r) => r.short_name === shortName);
    if (!row) return null;
    ids.set(key, row.id);
  }
  return ids;
}

async function planInputs(manager: EntityManager) {
  const regions = await repository.regionsUnder(manager, '15.');
  const topics = await repository.activeTopicNames(manager);
  return {
    regencies: regions.filter((r) => r.depth === 2),
    districts: regions.filter((r) => r.depth === 3),
    villages: regions.filter((r) => r.depth === 4),
    topics,
  };
}

const SYSTEM: AuditContext = { caller: null, requestId: null, operation: 'seedDemoHistory' };

async function writeAgenciesAndUsers(manager: EntityManager, services: DemoHistoryServices, plan: DemoHistoryPlan, ids: Map<string, string>): Promise<void> {
  for (const agency of plan.agencies) {
    const id = await insertAgency(manager, agency, agency.parent ? ids.get(agency.parent)! : null);
    ids.set(agency.key, id);
    await services.audit.record(manager, SYSTEM, {
      entity: 'Agency',
      entityId: id,
      subjectAgencyId: id,
      before: null,
      after: { name: agency.name, type: agency.type, workingArea: agency.area },
    });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await repository.insertUsers(
    manager,
    plan.users.map((u) => ({ username: u.username, full_name: u.fullName, agency_id: ids.get(u.agency), role: u.role })),
    passwordHash,
  );
  await services.audit.recordMany(
    manager,
    SYSTEM,
    users.map((u) => ({ entity: 'User', entityId: u.id, subjectAgencyId: u.agency_id, before: null, after: { username: u.username, role: u.role } })),
  );
}

/** Callers by username (inside the seeding transaction, so people created in it are found). */
function callers(manager: EntityManager, auth: AuthService): CallerOf {
  const cache = new Map<string, Caller>();
  return async (username: string): Promise<Caller> => {
    if (!cache.has(username)) {
      const userId = await repository.userIdOf(manager, username);
      const loaded = userId && (await auth.loadCaller(userId, manager));
      if (!loaded) throw new Error(`Demo account ${username} is missing`);
      cache.set(username, loaded.caller);
    }
    return cache.get(username)!;
  };
}

/**
 * The programme item on TPPO/TPPM prevention (by its title: its number differs between frameworks) of the
 * framework in force on a day, by the shared rule; null when none is in force or it has no such item.
 */
async function tppoItems(manager: EntityManager): Promise<(day: string) => string | null> {
  const items = await repository.programmeItemsInFrameworks(manager, '%TPPO%');
  return (day) => frameworkInForce(items, day)?.id ?? null;
}

const wibDay = (instant: Date) => localDate(instant);

type CallerOf = (username: string) => Promise<Caller>;

async function writeActivities(manager: EntityManager, services: DemoHistoryServices, plan: DemoHistoryPlan, ids: Map<string, string>, callerOf: CallerOf) {
  const itemOn = await tppoItems(manager);
  const topics = new Map<string, string>((await repository.topics(manager)).map((t) => [t.name, t.id]));
  const inputOf = (a: PlannedActivity): ActivityInput => {
    const item = a.tppoItem ? itemOn(wibDay(a.startsAt)) : null;
    return {
      type: a.type,
      title: a.title,
      description: a.description,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      venueName: a.venueName,
      venueRegionCode: a.venueRegionCode,
      programmeItemIds: item ? [item] : [],
      topicIds: a.topics.map((t) => topics.get(t)!).filter(Boolean),
      coOrganiserIds: a.coOrganisers.map((c) => ids.get(c.agency)!),
      villages: a.villages,
      participants: a.participants,
      attendance: a.attendance,
    };
  };

  // Recorded by each lead's officer, as the form and the import do: validated, then written in one go per lead.
  const groups = new Map<string, PlannedActivity[]>();
  for (const a of plan.activities) {
    const key = `${a.by}|${a.status === ActivityStatus.PLANNED}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(a);
  }
  for (const list of groups.values()) {
    // A group has the activity that opened it.
    const first = at(list, 0, 'activity of the group');
    const officer = await callerOf(first.by);
    const results = await services.validator.validateMany(manager, officer.agencyId, list.map(inputOf));
    const rows = results.map((values, i) => {
      const planned = at(list, i, 'validated activity');
      if (values instanceof ActivityError) throw new Error(`Demo activity "${planned.title}" (${planned.startsAt.toISOString()}) is invalid: ${values.code} ${JSON.stringify(values.field)}`);
      return { id: planned.id, values };
    });
    const status = first.status === ActivityStatus.PLANNED ? ActivityStatus.PLANNED : ActivityStatus.DRAFT;
    await services.writer.insertMany(manager, { caller: officer, requestId: null, operation: 'createActivity' }, rows, status);
  }

  // Their workflow since: when each was recorded, submitted and reviewed, with the version each step adds.
  const now = Date.now();
  const steps = plan.activities.map((a) => {
    const createdAt = Math.min(+a.startsAt - 10 * DAY, now - 3 * DAY);
    return {
      id: a.id,
      status: a.status,
      submitted_by: a.submittedAt ? a.by : null,
      submitted_at: a.submittedAt?.toISOString() ?? null,
      verified_by: a.status === ActivityStatus.VERIFIED ? a.reviewer : null,
      verified_at: a.status === ActivityStatus.VERIFIED ? a.reviewedAt!.toISOString() : null,
      return_reason: a.returnReason,
      version: 1 + (a.submittedAt ? 1 : 0) + (a.reviewedAt ? 1 : 0),
      created_at: new Date(createdAt).toISOString(),
      updated_at: new Date(+(a.reviewedAt ?? a.submittedAt ?? createdAt)).toISOString(),
    };
  });
  await repository.applyActivitySteps(manager, steps);
  // Each step in the audit trail under the person who took it.
  const byActor = new Map<string, { operation: string; entries: AuditEntryInput[] }>();
  const log = (username: string, operation: string, entry: AuditEntryInput) => {
    const key = `${username}|${operation}`;
    if (!byActor.has(key)) byActor.set(key, { operation, entries: [] });
    byActor.get(key)!.entries.push(entry);
  };
  for (const a of plan.activities) {
    const lead = ids.get(a.lead)!;
    if (a.submittedAt) log(a.by, 'submitActivity', { entity: 'Activity', entityId: a.id, subjectAgencyId: lead, before: { status: 'DRAFT' }, after: { status: 'SUBMITTED' } });
    if (a.status === ActivityStatus.VERIFIED)
      log(a.reviewer!, 'verifyActivity', { entity: 'Activity', entityId: a.id, subjectAgencyId: lead, before: { status: 'SUBMITTED' }, after: { status: 'VERIFIED' } });
    if (a.status === ActivityStatus.RETURNED) {
      log(a.reviewer!, 'returnActivity', {
        entity: 'Activity',
        entityId: a.id,
        subjectAgencyId: lead,
        before: { status: 'SUBMITTED', returnReason: null },
        after: { status: 'RETURNED', returnReason: a.returnReason },
      });
    }
  }
  for (const [key, { operation, entries }] of byActor) {
    // split gives at least one part: the username.
    const [username = ''] = key.split('|');
    await services.audit.recordMany(manager, { caller: await callerOf(username), requestId: null, operation }, entries);
  }

  // Invitations as answered, and the follow-ups agreed.
  const answers = plan.activities.flatMap((a) =>
    a.coOrganisers.map((c) => ({
      activity_id: a.id,
      agency_id: ids.get(c.agency),
      status: c.answer,
      invited_at: new Date(Math.min(+a.startsAt - 9 * DAY, now - 2 * DAY)).toISOString(),
      answered_at: c.answer === CoOrganiserStatus.INVITED ? null : new Date(Math.min(+a.startsAt - 7 * DAY, now - DAY)).toISOString(),
    })),
  );
  await repository.applyInvitationAnswers(manager, answers);
  await services.audit.recordMany(
    manager,
    { ...SYSTEM, operation: 'answerActivityInvitation' },
    answers
      .filter((a) => a.status !== CoOrganiserStatus.INVITED)
      .map((a) => ({ entity: 'Activity', entityId: a.activity_id, subjectAgencyId: a.agency_id!, before: { invitation: 'INVITED' }, after: { invitation: a.status } })),
  );
  const followUps = plan.activities.flatMap((a) =>
    a.followUps.map((f) => ({ activity_id: a.id, text: f.text, responsible_agency_id: ids.get(f.responsible), due_on: f.dueOn, status: f.status, lead: ids.get(a.lead) })),
  );
  const inserted = await repository.insertFollowUps(manager, followUps);
  await services.audit.recordMany(
    manager,
    { ...SYSTEM, operation: 'addFollowUp' },
    inserted.map((f, i) => {
      const followUp = at(followUps, i, 'inserted follow-up');
      return {
        entity: 'FollowUp',
        entityId: f.id,
        subjectAgencyId: followUp.lead!,
        before: null,
        after: { activityId: f.activity_id, text: followUp.text, dueOn: followUp.due_on, status: followUp.status },
      };
    }),
  );
  return {
    activities: plan.activities.length,
    verified: plan.activities.filter((a) => a.status === ActivityStatus.VERIFIED).length,
    followUps: inserted.length,
    desaBinaan: plan.desaBinaan.length,
  };
}

async function writeDesaBinaan(manager: EntityManager, services: DemoHistoryServices, plan: DemoHistoryPlan, ids: Map<string, string>, callerOf: CallerOf): Promise<void> {
  for (const d of plan.desaBinaan) {
    const officer = await callerOf(d.officer);
    const agencyId = ids.get(d.agency)!;
    const id = await repository.insertDemoDesaBinaan(manager, {
      agencyId,
      villageCode: d.villageCode,
      skNumber: d.skNumber,
      skDate: d.skDate,
      officerName: officer.fullName,
      officerUserId: officer.userId,
    });
    if (id) {
      await services.audit.record(manager, SYSTEM, {
        entity: 'DesaBinaan',
        entityId: id,
        subjectAgencyId: agencyId,
        before: null,
        after: { villageCode: d.villageCode, skNumber: d.skNumber, skDate: d.skDate, officerUserId: officer.userId },
      });
    }
  }
}

/** The period key of a relative target period, as of `today`. */
function periodKey(period: PlannedTarget['period'], today: string): string {
  const [, quarter, year] = periodKeysOf(today);
  if (period === 'THIS_YEAR') return year;
  if (period === 'THIS_QUARTER') return quarter;
  return String(Number(year) - 1);
}

/**
 * The value that makes a target show `wanted` when `achieved` is reached with `elapsed` of its period gone: a
 * round number where one fits (checked with the same pacing the app shows), null when none can (nothing
 * achieved yet, or "on track" in a period already over).
 */
export function targetValueShowing(wanted: TargetStatus, achieved: number, period: string, today: string, ratio: boolean): number | null {
  const p = parsePeriod(period);
  if (!p || p.kind === PeriodKind.MONTH) return null;
  const shows = (value: number) => value > 0 && pacing(p, value, achieved, today).status === wanted;
  const elapsed = pacing(p, 1, 0, today).elapsed;
  const ideal = wanted === TargetStatus.ACHIEVED ? achieved * 0.9 : wanted === TargetStatus.BEHIND ? achieved / (Math.max(elapsed, 0.05) * 0.8) : achieved / ((1 + elapsed) / 2);
  const candidates = ratio
    ? [Math.round(ideal * 20) / 20, Math.round(ideal * 100) / 100, Math.round(ideal * 10000) / 10000]
    : [Math.round(ideal / 10) * 10, Math.round(ideal / 5) * 5, Math.round(ideal), Math.floor(ideal), Math.ceil(ideal)];
  return candidates.find(shows) ?? null;
}

/**
 * The plan's targets, once (when none of the demo agencies has a target yet), set by each agency's head through
 * the target service (audited like any other), after the activities are committed so what they achieved can be
 * measured the way the app measures it.
 */
async function seedDemoTargets(dataSource: DataSource, services: DemoHistoryServices, today: string): Promise<number> {
  const agencies = await repository.agenciesByKey(dataSource, { ...FOUNDING_AGENCY_SHORT_NAMES, ...Object.fromEntries(DEMO_HISTORY_AGENCIES.map((a) => [a.key, a.shortName])) });
  const idOf = new Map(agencies.map((a) => [a.key, a]));
  if (!idOf.has('jambi')) return 0;
  if (
    (await repository.targetCount(
      dataSource,
      agencies.map((a) => a.id),
    )) > 0
  )
    return 0;
  const heads = await repository.activeHeads(dataSource);
  const itemOn = await tppoItems(dataSource.manager);
  let set = 0;
  for (const target of DEMO_TARGETS) {
    const agency = idOf.get(target.agency);
    const head = heads.find((h) => h.agency_id === agency?.id);
    if (!agency || !head) continue;
    const period = periodKey(target.period, today);
    const item = target.tppoItem ? itemOn(parsePeriod(period)!.from) : null;
    if (target.tppoItem && !item) continue;
    // What the agency achieved, measured as the app measures a target (a probe row, never written).
    const probe = await services.targets.withProgress(
      {
        id: '',
        agencyId: agency.id,
        agencyName: '',
        agencyShortName: '',
        homeRegionCode: agency.home,
        period,
        indicator: target.indicator,
        programmeItemId: item,
        value: 1,
        version: 0,
        updatedAt: new Date(),
        itemNumber: null,
        itemTitle: null,
        itemFrameworkId: null,
        itemFrameworkName: null,
      },
      today,
    );
    const value = targetValueShowing(target.shows, probe.achieved, period, today, target.indicator === Indicator.COVERAGE_RATIO);
    if (value === null) continue;
    const userId = (await repository.userIdOf(dataSource, head.username))!;
    const caller = (await services.auth.loadCaller(userId))!.caller;
    await services.targets.set({ caller, requestId: null, operation: 'setTarget' }, { agencyId: agency.id, period, indicator: target.indicator, programmeItemId: item, value }, null);
    set++;
  }
  if (set) new Logger('Accounts').log(`Demo mode: set ${set} targets against what the demo achieved (as of ${today}).`);
  return set;
}
