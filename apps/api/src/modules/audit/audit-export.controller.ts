import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TYPE_LABELS,
  ActivityStatus,
  ActivityType,
  CO_ORGANISER_STATUS_LABELS,
  CoOrganiserStatus,
  FOLLOW_UP_STATUS_LABELS,
  FollowUpStatus,
  IndonesianTimeZone,
  PARTICIPANT_CATEGORY_LABELS,
  ParticipantCategory,
  Permission,
  TIME_ZONE_IANA,
  TIME_ZONE_OFFSET_HOURS,
  VILLAGE_REACH_LABELS,
  VillageReach,
  describeAuditEntry,
  type AuditTextHelpers,
} from '@jangkau/shared-domain';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { CurrentCaller } from '../../common/access/request-context';
import { loadExcel } from '../../common/excel';
import { DEMO_MARK } from '../../common/export-format';
import { type Language, languageFromHeader } from '../../common/i18n/language';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditError, AuditErrorCode } from './audit.errors';
import { AUDIT_EXPORT_MAX, AuditReader } from './audit.reader';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WORDS = {
  id: {
    title: 'Jejak Audit Jangkau',
    filters: 'Saringan',
    none: 'tanpa saringan',
    generated: 'Dibuat {{at}} oleh {{by}}',
    count: '{{count}} catatan, terbaru lebih dulu',
    capped: '{{count}} catatan terbaru (batas satu berkas); persempit saringan untuk yang lebih lama',
    headers: ['Waktu', 'Pelaku', 'Instansi pelaku', 'Peristiwa', 'Jenis data', 'ID data', 'Perubahan'],
    from: 'dari',
    to: 'sampai',
    entity: 'jenis data',
    actor: 'pelaku',
    agency: 'instansi',
  },
  en: {
    title: 'Jangkau audit trail',
    filters: 'Filters',
    none: 'no filter',
    generated: 'Made {{at}} by {{by}}',
    count: '{{count}} entries, newest first',
    capped: "The newest {{count}} entries (one file's limit); narrow the filters for older ones",
    headers: ['Time', 'Actor', "Actor's agency", 'What happened', 'Kind of record', 'Record id', 'Changes'],
    from: 'from',
    to: 'to',
    entity: 'kind of record',
    actor: 'actor',
    agency: 'agency',
  },
} as const;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

/** The reader's words for the codes an entry's changes hold: the trail page's (statuses, types, reach, categories, answers). */
function enumLabel(language: Language) {
  return (code: string): string | undefined =>
    (ACTIVITY_STATUS_LABELS[code as ActivityStatus] ??
      ACTIVITY_TYPE_LABELS[code as ActivityType] ??
      VILLAGE_REACH_LABELS[code as VillageReach] ??
      PARTICIPANT_CATEGORY_LABELS[code as ParticipantCategory] ??
      CO_ORGANISER_STATUS_LABELS[code as CoOrganiserStatus] ??
      FOLLOW_UP_STATUS_LABELS[code as FollowUpStatus])?.[language];
}

export function auditTextHelpers(language: Language, zone: IndonesianTimeZone): AuditTextHelpers {
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const instant = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE_IANA[zone] });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  return {
    enumLabel: enumLabel(language),
    instant: (iso) => `${instant.format(new Date(iso))} ${zone}`,
    date: (ymd) => date.format(new Date(`${ymd}T00:00:00Z`)),
    number: (n) => number.format(n),
  };
}

/** Query parameters of the inspectors' file: the trail page's filters as its URL names them. */
interface AuditExportQuery {
  jenis?: string;
  oleh?: string;
  instansi?: string;
  dari?: string;
  sampai?: string;
  zona?: string;
}

/**
 * The audit trail as a workbook for inspectors: the same entries the caller's trail page shows (heads: about their
 * agency; administrators: all), in words, in the caller's language and zone, newest first, at most
 * AUDIT_EXPORT_MAX entries (the title block says when the limit cut it).
 */
@Controller('api/audit')
export class AuditExportController {
  constructor(
    private readonly reader: AuditReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Permission.AUDIT_READ)
  @Get('export.xlsx')
  async xlsx(@CurrentCaller() caller: Caller, @Query() query: AuditExportQuery, @Req() req: Request, @Res() res: Response) {
    const language = languageFromHeader(req.headers['accept-language']);
    const words = WORDS[language];
    const zone = query.zona === 'WITA' || query.zona === 'WIT' ? IndonesianTimeZone[query.zona] : IndonesianTimeZone.WIB;
    const day = (value: string | undefined, plusDays: number): Date | undefined => {
      if (!value) return undefined;
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
        throw new AuditError(AuditErrorCode.DATE_INVALID, { value: String(value).slice(0, 40) }, 'date');
      return new Date(Date.parse(`${value}T00:00:00Z`) - TIME_ZONE_OFFSET_HOURS[zone] * 3_600_000 + plusDays * 86_400_000);
    };
    const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
    const filter = {
      entity: text(query.jenis),
      actorUserId: text(query.oleh),
      agencyId: text(query.instansi),
      from: day(text(query.dari), 0),
      to: day(text(query.sampai), 1),
      first: AUDIT_EXPORT_MAX,
    };
    const entries = await this.reader.list(caller, filter, AUDIT_EXPORT_MAX);
    const helpers = auditTextHelpers(language, zone);

    const { Workbook } = loadExcel();
    const workbook = new Workbook();
    workbook.creator = 'Jangkau';
    const sheet = workbook.addWorksheet(language === 'en' ? 'Audit trail' : 'Jejak audit', { views: [{ state: 'frozen', ySplit: 6 }] });
    const said = [
      query.jenis && `${words.entity}: ${query.jenis}`,
      query.dari && `${words.from} ${query.dari}`,
      query.sampai && `${words.to} ${query.sampai}`,
      filter.actorUserId && `${words.actor}: ${entries.find((e) => e.actorUserId === filter.actorUserId)?.actorName ?? filter.actorUserId}`,
      filter.agencyId && `${words.agency}: ${entries.find((e) => e.actorAgencyId === filter.agencyId)?.actorAgencyName ?? filter.agencyId}`,
    ].filter(Boolean);
    sheet.addRow([words.title]).font = { bold: true, size: 14 };
    sheet.addRow([`${words.filters}: ${said.length ? said.join('; ') : words.none}`]);
    sheet.addRow([fill(words.generated, { at: helpers.instant(new Date().toISOString()), by: `${caller.fullName} (${caller.username})` })]);
    sheet.addRow([fill(entries.length >= AUDIT_EXPORT_MAX ? words.capped : words.count, { count: helpers.number(entries.length) })]);
    sheet.addRow([this.config.demo ? DEMO_MARK : '']);
    const header = sheet.addRow([...words.headers]);
    header.font = { bold: true };
    sheet.columns.forEach((column, i) => (column.width = [22, 30, 34, 70, 18, 38, 80][i]));
    for (const entry of entries) {
      const described = describeAuditEntry(entry, language, helpers);
      const row = sheet.addRow([
        helpers.instant(new Date(entry.at).toISOString()),
        entry.actorName ? `${entry.actorName} (${entry.actorUsername})` : (entry.actorUsername ?? ''),
        entry.actorAgencyName ?? '',
        described.sentence,
        entry.entity,
        entry.entityId,
        described.changes.map((c) => `${c.field}: ${c.from} → ${c.to}`).join('\n'),
      ]);
      row.alignment = { vertical: 'top', wrapText: true };
    }
    const date = new Date().toISOString().slice(0, 10);
    const name = `${language === 'en' ? 'audit-trail' : 'jejak-audit'}_${date}.xlsx`;
    res.status(200);
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"; filename*=UTF-8''${name}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Total-Count', String(entries.length));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count, Content-Disposition');
    await workbook.xlsx.write(res);
    res.end();
  }
}
