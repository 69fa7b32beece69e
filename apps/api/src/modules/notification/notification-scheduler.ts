import { IndonesianTimeZone, NotificationKind, Role, TIME_ZONE_OFFSET_HOURS, TargetStatus, timeZoneOfRegion } from '@jangkau/shared-domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { digestMail, notificationPath, weeklyMail } from '../../common/mail-content';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { mergeNotified, NOTHING_NOTIFIED, type Notified } from '../activity/activity-notifier';
import { AuthService } from '../auth/auth.service';
import { CoverageService } from '../coverage/coverage.service';
import { ReportScheduleService } from '../report/report-schedule.service';
import { TargetService } from '../target/target.service';
import {
  activeAgencyHomes,
  claimRun,
  deleteFinishedMail,
  deleteReadNotifications,
  digestRecipients,
  followUpsDue,
  headsWithEmail,
  queueMail,
  recordRunOutcome,
  takeDigestNotifications,
  waitingAndOverdue,
} from './notification-schedule.repository';
import { NotificationService } from './notification.service';

export type ScheduledJob = 'follow-up-reminders' | 'daily-digest' | 'weekly-summary' | 'target-behind' | 'scheduled-reports' | 'retention';

/**
 * When each job runs, in each zone's local time: the hour, and for some a weekday (1 Monday) or a day of month;
 * `zones` for a job that concerns no one zone's people.
 */
const SCHEDULE: Readonly<Record<ScheduledJob, { hour: number; weekday?: number; dayOfMonth?: number; zones?: IndonesianTimeZone[] }>> = {
  'follow-up-reminders': { hour: 6 },
  'daily-digest': { hour: 7 },
  'weekly-summary': { hour: 7, weekday: 1 },
  'target-behind': { hour: 7, dayOfMonth: 1 },
  // Saved reports sent by e-mail (report-schedule.service.ts): quarterly ones only on the quarter's first day.
  'scheduled-reports': { hour: 7, dayOfMonth: 1, zones: [IndonesianTimeZone.WIB] },
  retention: { hour: 3, zones: [IndonesianTimeZone.WIB] },
};

/** How long what was told is kept: read notifications a year, finished e-mails 90 days (the admin page's history). */
const KEEP_READ_NOTIFICATIONS_DAYS = 365;
const KEEP_FINISHED_MAIL_DAYS = 90;

const ZONES = Object.values(IndonesianTimeZone);
const DAY_MS = 24 * 3600 * 1000;

/** The calendar date, hour, weekday (0 Sunday) and day of month in a zone at an instant. */
export function localClock(at: Date, zone: IndonesianTimeZone) {
  const local = new Date(at.getTime() + TIME_ZONE_OFFSET_HOURS[zone] * 3600 * 1000);
  return { date: local.toISOString().slice(0, 10), hour: local.getUTCHours(), weekday: local.getUTCDay(), dayOfMonth: local.getUTCDate() };
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** ISO week label (2026-W49) of a calendar date. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / DAY_MS - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The scheduled jobs: follow-up reminders (06.00), the daily digest (07.00), the heads' weekly summary (Monday
 * 07.00) and the monthly pacing notice (the 1st, 07.00), each in every zone's own local time for the people of that
 * zone (an agency's zone is its home region's: WIB, WITA, WIT).
 *
 * Once per period across all instances: a run is a row in scheduled_runs (job, zone and period), inserted in the
 * same transaction as the job's work. A second instance inserting the same row waits for the first to commit and
 * then finds it there; a run that crashed rolled back its row with its work, and the next tick runs it again. What a
 * job tells also carries a key per person and occasion, so even a repeated run tells nobody twice.
 */
@Injectable()
export class NotificationScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationScheduler');
  private timer?: NodeJS.Timeout;
  private ticking: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationService,
    private readonly auth: AuthService,
    private readonly coverage: CoverageService,
    private readonly targets: TargetService,
    private readonly reportSchedules: ReportScheduleService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduler) return;
    this.timer = setInterval(() => void this.tick(), 60_000);
    this.timer.unref();
    void this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
  }

  /** Runs whatever is due now and has not run for its period. */
  tick(now = new Date()): Promise<void> {
    this.ticking ??= this.runDue(now)
      .catch((error: Error) => this.logger.warn(`Scheduled jobs failed: ${error.message}`))
      .finally(() => (this.ticking = null));
    return this.ticking;
  }

  private async runDue(now: Date): Promise<void> {
    for (const zone of ZONES) {
      const clock = localClock(now, zone);
      for (const [job, when] of Object.entries(SCHEDULE) as [ScheduledJob, (typeof SCHEDULE)[ScheduledJob]][]) {
        if (clock.hour < when.hour) continue;
        if (when.zones && !when.zones.includes(zone)) continue;
        if (when.weekday !== undefined && clock.weekday !== when.weekday) continue;
        if (when.dayOfMonth !== undefined && clock.dayOfMonth !== when.dayOfMonth) continue;
        await this.run(job, zone, clock.date);
      }
    }
  }

  /**
   * Runs one job for one zone and local date, unless it already ran: returns what it did, or null when another run
   * had it. Public for tests and operators.
   */
  async run(job: ScheduledJob, zone: IndonesianTimeZone, date: string): Promise<string | null> {
    const period = job === 'weekly-summary' ? isoWeek(date) : job === 'target-behind' || job === 'scheduled-reports' ? date.slice(0, 7) : date;
    let notified: Notified = NOTHING_NOTIFIED;
    const outcome = await this.dataSource.transaction(async (manager) => {
      if (!(await claimRun(manager, `${job}:${zone}`, period))) return null;
      const agencies = await this.agenciesIn(manager, zone);
      let result: { notified: Notified; outcome: string };
      switch (job) {
        case 'follow-up-reminders':
          result = await this.followUpReminders(manager, agencies, date);
          break;
        case 'daily-digest':
          result = await this.digest(manager, agencies, date);
          break;
        case 'weekly-summary':
          result = await this.weekly(manager, agencies, date);
          break;
        case 'target-behind':
          result = await this.targetsBehind(manager, agencies, date);
          break;
        case 'scheduled-reports': {
          const queued = await this.reportSchedules.queueDue(manager, date);
          result = { notified: { told: [], mails: queued.mails }, outcome: queued.outcome };
          break;
        }
        case 'retention':
          result = await this.retention(manager);
          break;
      }
      notified = result.notified;
      await recordRunOutcome(manager, `${job}:${zone}`, period, result.outcome);
      return result.outcome;
    });
    this.notifications.announce(notified);
    if (outcome) this.logger.log(`${job} ${zone} ${period}: ${outcome}`);
    return outcome;
  }

  /** The active agencies whose home region keeps this zone (no home region: WIB, where the ministries sit). */
  private async agenciesIn(manager: EntityManager, zone: IndonesianTimeZone): Promise<string[]> {
    const rows = await activeAgencyHomes(manager);
    return rows.filter((r) => timeZoneOfRegion(r.home ?? '31') === zone).map((r) => r.id);
  }

  /** Open follow-ups of these agencies: due in three days (told once), or past due (told once per due date). */
  private async followUpReminders(manager: EntityManager, agencies: string[], today: string) {
    const rows = await followUpsDue(manager, agencies, today, addDays(today, 3));
    const all: Notified[] = [];
    for (const f of rows) {
      const overdue = f.dueOn < today;
      const kind = overdue ? NotificationKind.FOLLOW_UP_OVERDUE : NotificationKind.FOLLOW_UP_DUE;
      all.push(
        await this.notifications.record(manager, {
          kind,
          activityId: f.activityId,
          followUpId: f.id,
          recipients: await this.notifications.people(manager, [f.agencyId], [Role.HEAD, Role.OFFICER, Role.LOCAL]),
          params: { subject: f.text, agency: f.agencyName, dueOn: f.dueOn },
          dedupeKey: `${overdue ? 'overdue' : 'due'}:${f.id}:${f.dueOn}`,
        }),
      );
    }
    const notified = mergeNotified(...all);
    return { notified, outcome: `${rows.length} follow-ups, ${notified.told.length} notifications` };
  }

  /**
   * Each person's waiting DAILY_DIGEST entries (those they may still read) in one e-mail; every waiting entry is
   * marked digested, so the next morning starts afresh.
   */
  private async digest(manager: EntityManager, agencies: string[], date: string) {
    const users = await digestRecipients(manager, agencies);
    let messages = 0;
    let entries = 0;
    for (const user of users) {
      const waiting = await takeDigestNotifications(manager, user.id);
      const loaded = await this.auth.loadCaller(user.id, manager);
      if (!loaded || !user.email) continue;
      const readable = await this.notifications.readableAmong(loaded.caller, waiting, manager);
      if (!readable.length) continue;
      const mail = digestMail(
        readable.map((n) => ({ kind: n.kind, params: n.params, path: notificationPath(n) })),
        date,
        this.config.publicUrl,
      );
      await queueMail(manager, { dedupeKey: `digest:${user.id}:${date}`, userId: user.id, kind: 'DIGEST', toAddress: user.email, ...mail });
      messages++;
      entries += readable.length;
    }
    return { notified: { told: [], mails: messages }, outcome: `${messages} digests of ${entries} notifications` };
  }

  /** Heads of these agencies: their working area's week, by e-mail. */
  private async weekly(manager: EntityManager, agencies: string[], today: string) {
    const heads = await headsWithEmail(manager, agencies);
    const week = isoWeek(addDays(today, -1));
    const figures = new Map<string, Awaited<ReturnType<NotificationScheduler['weekFigures']>>>();
    let messages = 0;
    for (const head of heads) {
      if (!figures.has(head.agencyId)) figures.set(head.agencyId, await this.weekFigures(manager, head.agencyId, today));
      const f = figures.get(head.agencyId);
      if (!f) continue;
      const mail = weeklyMail({ agencyName: head.agencyName, week, ...f }, this.config.publicUrl);
      await queueMail(manager, { dedupeKey: `weekly:${head.id}:${week}`, userId: head.id, kind: 'WEEKLY', toAddress: head.email, ...mail });
      messages++;
    }
    return { notified: { told: [], mails: messages }, outcome: `${messages} weekly summaries` };
  }

  private async weekFigures(manager: EntityManager, agencyId: string, today: string) {
    const area = await this.coverage.resolveArea(null, { agencyId });
    if (!area) return null;
    const yearStart = `${today.slice(0, 4)}-01-01`;
    const lastWeekEnd = addDays(today, -1);
    const lastWeekStart = addDays(today, -7);
    const [year, before] = await Promise.all([
      this.coverage.coverage(area, { from: yearStart, to: lastWeekEnd }),
      this.coverage.coverage(area, { from: yearStart, to: addDays(lastWeekStart, -1) }),
    ]);
    const counts = await waitingAndOverdue(manager, agencyId, today);
    const targets = await this.targets.list(null, agencyId, { from: today, to: today }, { readable: true, today });
    return {
      villagesTotal: year.villagesTotal,
      villagesReached: year.villagesReached,
      // Reached this year by the end of last week, less those reached before it began.
      newlyReached: Math.max(year.villagesReached - (yearStart <= addDays(lastWeekStart, -1) ? before.villagesReached : 0), 0),
      awaitingVerification: counts.waiting,
      overdueFollowUps: counts.overdue,
      targets: targets.map((t) => ({ indicator: t.indicator, period: t.period, achieved: Math.round(t.achieved * 1000) / 1000, target: t.value, status: t.status })),
    };
  }

  /** Nothing grows without bound: old read notifications and finished e-mails go; unread ones and waiting mail stay. */
  private async retention(manager: EntityManager) {
    const notifications = await deleteReadNotifications(manager, KEEP_READ_NOTIFICATIONS_DAYS);
    const mails = await deleteFinishedMail(manager, KEEP_FINISHED_MAIL_DAYS);
    return { notified: NOTHING_NOTIFIED, outcome: `${notifications} read notifications and ${mails} finished e-mails removed` };
  }

  /** On the 1st: every target in force that is behind its pace is told to the agency's heads, once per month. */
  private async targetsBehind(manager: EntityManager, agencies: string[], today: string) {
    const all: Notified[] = [];
    for (const agencyId of agencies) {
      const targets = await this.targets.list(null, agencyId, { from: today, to: today }, { readable: true, today });
      const behind = targets.filter((t) => t.status === TargetStatus.BEHIND);
      if (!behind.length) continue;
      const heads = await this.notifications.people(manager, [agencyId], [Role.HEAD]);
      for (const t of behind) {
        all.push(
          await this.notifications.record(manager, {
            kind: NotificationKind.TARGET_BEHIND,
            agencyId,
            recipients: heads,
            params: {
              indicator: t.indicator,
              period: t.period,
              achieved: Math.round(t.achieved * 100) / 100,
              target: t.value,
              expected: Math.round(t.expected * 100) / 100,
              subject: t.itemTitle ?? undefined,
            },
            dedupeKey: `behind:${t.id}:${today.slice(0, 7)}`,
          }),
        );
      }
    }
    const notified = mergeNotified(...all);
    return { notified, outcome: `${notified.told.length} notifications` };
  }
}
