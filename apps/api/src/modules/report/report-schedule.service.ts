import { Permission } from '@jangkau/shared-domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/access/caller';
import { scheduledReportMail } from '../../common/mail-content';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditContext, AuditService } from '../audit/audit.service';
import { lastChange } from '../audit/last-change';
import { AuthService } from '../auth/auth.service';
import { ReportInput } from './dto/report.input';
import { ReportExportService } from './export/report-export.service';
import { scheduledReportFile } from './export/report-schedule.file';
import { ReportSchedule, ReportScheduleFrequency, ReportScheduleInput } from './models/report-schedule.model';
import { ReportError, ReportErrorCode } from './report.errors';
import {
  activeSchedules,
  activeUserEmail,
  deleteSchedule,
  insertSchedule,
  lockOwnedReport,
  lockScheduleOf,
  ownSchedule,
  peopleByIds,
  queueReportMail,
  scheduleById,
  updateSchedule,
  userByUsernameOrEmail,
  type ScheduleRow,
} from './report-schedule.repository';

type Context = AuditContext & { caller: Caller };

/** At most this many people per schedule: a report for a handful of heads, not a mailing list. */
export const MAX_SCHEDULE_RECIPIENTS = 20;

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * The period a run on `date` (the 1st, local) reports: the month before, or (quarterly, only on 1 January, April,
 * July and October) the quarter before; null when a quarterly schedule has nothing due that day.
 */
export function scheduledPeriod(date: string, frequency: ReportScheduleFrequency): { key: string; words: string } | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (frequency === ReportScheduleFrequency.MONTHLY) {
    const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
    return { key: `${y}-${String(m).padStart(2, '0')}`, words: `${MONTHS[m - 1]} ${y}` };
  }
  if ((month - 1) % 3 !== 0) return null;
  const [y, q] = month === 1 ? [year - 1, 4] : [year, (month - 1) / 3];
  return { key: `${y}-Q${q}`, words: `Triwulan ${QUARTERS[q - 1]} ${y}` };
}

/**
 * Scheduled reports: the owner of a saved report names who gets it, monthly or quarterly, as XLSX or PDF. Each
 * recipient's file is computed with THEIR rights at sending time (report.service.ts scopes every row and total to
 * the caller), so nobody receives figures they could not open in the app. A recipient who may see nothing of it
 * gets no mail that period (the run's outcome counts them). Mail goes through the outbox, one per schedule,
 * recipient and period: a repeated run sends nobody twice.
 */
@Injectable()
export class ReportScheduleService {
  private readonly logger = new Logger('ReportSchedules');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly exports: ReportExportService,
  ) {}

  /** The schedule of one of the caller's own saved reports (null: none, or not theirs). */
  async get(caller: Caller, savedReportId: string): Promise<ReportSchedule | null> {
    if (!isUuid(savedReportId)) return null;
    const row = await ownSchedule(this.dataSource, savedReportId, caller.userId);
    return row ? this.toModel(this.dataSource.manager, row) : null;
  }

  /** Creates or changes the schedule (version: the schedule's as read; null when there is none yet). */
  async set(context: Context, savedReportId: string, input: ReportScheduleInput, version: number | null): Promise<ReportSchedule> {
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.ownedReport(manager, context.caller, savedReportId);
      const recipientIds = await this.recipients(manager, input.recipients);
      const existing = await lockScheduleOf(manager, savedReportId);
      if ((existing?.version ?? null) !== (version ?? null)) {
        throw new ReportError(ReportErrorCode.SCHEDULE_VERSION_CONFLICT, existing ? await lastChange(manager, 'ReportSchedule', existing.id) : { by: '-', at: '-' }, 'version');
      }
      const after = { frequency: input.frequency, format: input.format, recipientIds, active: input.active };
      let id: string;
      if (existing) {
        id = existing.id;
        await updateSchedule(manager, id, after);
      } else {
        id = await insertSchedule(manager, savedReportId, context.caller.userId, after);
      }
      await this.audit.record(manager, context, {
        entity: 'ReportSchedule',
        entityId: id,
        subjectAgencyId: context.caller.agencyId,
        before: existing ? { frequency: existing.frequency, format: existing.format, recipientIds: existing.recipientIds, active: existing.active } : null,
        after: { savedReportId, ...after },
      });
      return this.toModel(manager, await scheduleById(manager, id));
    });
    return saved;
  }

  async remove(context: Context, savedReportId: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.ownedReport(manager, context.caller, savedReportId);
      const existing = await lockScheduleOf(manager, savedReportId);
      if (!existing) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'savedReportId');
      if (existing.version !== version) throw new ReportError(ReportErrorCode.SCHEDULE_VERSION_CONFLICT, await lastChange(manager, 'ReportSchedule', existing.id), 'version');
      await deleteSchedule(manager, existing.id);
      await this.audit.record(manager, context, {
        entity: 'ReportSchedule',
        entityId: existing.id,
        subjectAgencyId: context.caller.agencyId,
        before: { savedReportId, frequency: existing.frequency, format: existing.format, recipientIds: existing.recipientIds, active: existing.active },
        after: { removed: true },
      });
      return true;
    });
  }

  /**
   * The scheduler's job on `date` (the 1st, WIB): every active schedule due that day, for every recipient, a file of
   * the period before with the recipient's rights, queued in the outbox inside the caller's transaction.
   */
  async queueDue(manager: EntityManager, date: string): Promise<{ mails: number; outcome: string }> {
    const started = Date.now();
    const schedules = await activeSchedules(manager);
    let mails = 0;
    let nothingVisible = 0;
    let skipped = 0;
    for (const schedule of schedules) {
      const period = scheduledPeriod(date, schedule.frequency);
      if (!period) continue;
      // The definition's question, over the period before (its own period or dates give way).
      const input: ReportInput = { ...schedule.definition, period: period.key, from: null, to: null };
      for (const recipientId of schedule.recipientIds) {
        const user = await activeUserEmail(manager, recipientId);
        const loaded = await this.auth.loadCaller(recipientId, manager);
        if (!user?.email || !loaded || !loaded.caller.permissions.includes(Permission.ACTIVITY_READ)) {
          skipped++;
          continue;
        }
        const caller = loaded.caller;
        let exported;
        try {
          exported = await this.exports.report(caller, { input });
        } catch (error) {
          // Nothing of it visible to this person (another region's report, say): no file, no mail.
          if (error instanceof ReportError && error.code === ReportErrorCode.NOT_FOUND) {
            nothingVisible++;
            continue;
          }
          throw error;
        }
        const heading = {
          filters: exported.filters,
          generatedBy: `Laporan terjadwal dari ${schedule.ownerName}, untuk ${caller.fullName} (${caller.username})`,
          generatedAt: new Date(),
          demo: this.config.demo,
          // A PDF carries the recipient's office letterhead and signature block, as their own download would.
          office: schedule.format === 'PDF' ? await this.exports.office(caller) : null,
        };
        const file = await scheduledReportFile(exported.report, heading, schedule.format, schedule.name, period.key);
        const mail = scheduledReportMail(
          { reportName: schedule.name, period: period.words, scheduledBy: schedule.ownerName, format: schedule.format, fileName: file.name, savedReportId: schedule.savedReportId },
          this.config.publicUrl,
        );
        const queued = await queueReportMail(manager, {
          dedupeKey: `report:${schedule.id}:${recipientId}:${period.key}`,
          userId: recipientId,
          toAddress: user.email,
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html,
          attachment: file.body,
          attachmentName: file.name,
          attachmentType: file.type,
        });
        if (queued) mails++;
      }
    }
    const outcome = `${mails} scheduled report e-mails queued in ${Date.now() - started} ms (${nothingVisible} recipients with nothing to see, ${skipped} no longer able to receive)`;
    return { mails, outcome };
  }

  /** The caller's own saved report, locked; another person's is "not found" for changes. */
  private async ownedReport(manager: EntityManager, caller: Caller, id: string): Promise<void> {
    if (!isUuid(id)) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'savedReportId');
    if (!(await lockOwnedReport(manager, id, caller.userId))) throw new ReportError(ReportErrorCode.NOT_FOUND, {}, 'savedReportId');
  }

  /** Usernames or e-mail addresses as user ids, in the order given (duplicates once); a clear error naming the first bad one. */
  private async recipients(manager: EntityManager, given: string[]): Promise<string[]> {
    const wanted = [...new Set((given ?? []).map((r) => r.trim()).filter(Boolean))];
    if (!wanted.length || wanted.length > MAX_SCHEDULE_RECIPIENTS) throw new ReportError(ReportErrorCode.SCHEDULE_RECIPIENTS_COUNT, { max: MAX_SCHEDULE_RECIPIENTS }, 'recipients');
    const ids: string[] = [];
    for (const recipient of wanted) {
      const user = await userByUsernameOrEmail(manager, recipient);
      const params = { recipient, name: user?.fullName ?? '' };
      if (!user) throw new ReportError(ReportErrorCode.SCHEDULE_RECIPIENT_UNKNOWN, params, 'recipients');
      if (!user.active) throw new ReportError(ReportErrorCode.SCHEDULE_RECIPIENT_INACTIVE, params, 'recipients');
      if (!user.email?.trim()) throw new ReportError(ReportErrorCode.SCHEDULE_RECIPIENT_NO_EMAIL, params, 'recipients');
      const loaded = await this.auth.loadCaller(user.id, manager);
      if (!loaded?.caller.permissions.includes(Permission.ACTIVITY_READ)) throw new ReportError(ReportErrorCode.SCHEDULE_RECIPIENT_NOT_ALLOWED, params, 'recipients');
      if (!ids.includes(user.id)) ids.push(user.id);
    }
    return ids;
  }

  private async toModel(manager: EntityManager, row: ScheduleRow): Promise<ReportSchedule> {
    const people = await peopleByIds(manager, row.recipientIds);
    const byId = new Map(people.map((p) => [p.id, p]));
    return {
      id: row.id,
      savedReportId: row.savedReportId,
      frequency: row.frequency,
      format: row.format,
      recipients: row.recipientIds.map((id) => byId.get(id)).filter((p) => !!p),
      active: row.active,
      version: row.version,
    };
  }
}
