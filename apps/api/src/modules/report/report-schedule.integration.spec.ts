import { IndonesianTimeZone, at } from '@jangkau/shared-domain';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { loadExcel } from '../../common/excel';
import { MailWorker, smtpTransport } from '../notification/mail-worker';
import { NotificationScheduler } from '../notification/notification-scheduler';
import { REPORT_XLSX_HEADER_ROW } from './export/report-export.writers';
import { scheduledPeriod } from './report-schedule.service';
import { ReportScheduleFrequency } from './models/report-schedule.model';
import { freePort } from '../../../test/free-port';

/**
 * Scheduled reports over real PostgreSQL and a real SMTP server (the `smtp-server` package): the scheduler's job
 * queues one e-mail per recipient with the report attached, computed with THAT recipient's rights; the mail worker
 * sends it over SMTP; the attachment, parsed back, holds the recipient's scope only. A second run sends nothing.
 */
interface Received {
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

const SAVE = `mutation ($input: ReportInput!) { saveReport(name: "Rekap Sosialisasi Jambi", input: $input) { id } }`;
const SET = `mutation ($id: ID!, $input: ReportScheduleInput!, $v: Int) {
  setReportSchedule(savedReportId: $id, input: $input, version: $v) { id frequency format active version recipients { username fullName } } }`;
const GET = `query ($id: ID!) { reportSchedule(savedReportId: $id) { id version recipients { username } } }`;
const REMOVE = `mutation ($id: ID!, $v: Int!) { removeReportSchedule(savedReportId: $id, version: $v) }`;
const REPORT = `query ($input: ReportInput!) { report(input: $input) { rows { key label values { indicator value } } } }`;
const DEFINITION = { standard: 'REKAP_SOSIALISASI', rows: 'KABUPATEN_KOTA', period: '2025', type: 'SOSIALISASI', indicators: ['ACTIVITIES', 'PARTICIPANTS', 'VILLAGES_REACHED'] };
const KERINCI_AREA = ['15.01', '15.02', '15.72'];

describe('scheduled reports by e-mail (real PostgreSQL, real SMTP)', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let worker: MailWorker;
  let scheduler: NotificationScheduler;
  const received: Received[] = [];
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const gql = async (account: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, await t.as(account));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          simpleParser(Buffer.concat(chunks)).then(
            (mail) => {
              received.push({
                to: session.envelope.rcptTo.map((r) => r.address),
                subject: mail.subject ?? '',
                text: mail.text ?? '',
                attachments: mail.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content })),
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    const port = await freePort();
    await new Promise<void>((done) => smtp.listen(port, '127.0.0.1', () => done()));
    t = await startTestApp({ PUBLIC_URL: 'https://jangkau.example.go.id' });
    worker = t.app.get(MailWorker);
    worker.useTransport(smtpTransport(`smtp://127.0.0.1:${port}`));
    scheduler = t.app.get(NotificationScheduler);
    await sql(`UPDATE users SET email = username || '@jangkau.example' WHERE username IN ('kepala.kerinci', 'kanwil.jambi', 'ditjen')`);
    // The demo data's own waiting e-mails are not this test's: only scheduled reports go out here.
    await sql(`UPDATE mail_outbox SET skipped_at = now() WHERE sent_at IS NULL AND failed_at IS NULL AND skipped_at IS NULL`);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await new Promise<void>((done) => (smtp ? smtp.close(() => done()) : done()));
  });

  it('names the period before: the month, or the quarter on its first day only', () => {
    expect(scheduledPeriod('2026-12-01', ReportScheduleFrequency.MONTHLY)).toEqual({ key: '2026-11', words: 'November 2026' });
    expect(scheduledPeriod('2026-01-01', ReportScheduleFrequency.MONTHLY)).toEqual({ key: '2025-12', words: 'Desember 2025' });
    expect(scheduledPeriod('2026-01-01', ReportScheduleFrequency.QUARTERLY)).toEqual({ key: '2025-Q4', words: 'Triwulan IV 2025' });
    expect(scheduledPeriod('2026-07-01', ReportScheduleFrequency.QUARTERLY)).toEqual({ key: '2026-Q2', words: 'Triwulan II 2026' });
    expect(scheduledPeriod('2026-12-01', ReportScheduleFrequency.QUARTERLY)).toBeNull();
  });

  it('sends each recipient an XLSX of their own scope over SMTP, once however often the job runs', async () => {
    const saved = (await gql('kepala.kerinci', SAVE, { input: DEFINITION })).data!.saveReport;
    const set = await gql('kepala.kerinci', SET, {
      id: saved.id,
      input: { frequency: 'QUARTERLY', format: 'XLSX', recipients: ['kepala.kerinci', 'KANWIL.JAMBI@jangkau.example'], active: true },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setReportSchedule).toMatchObject({ frequency: 'QUARTERLY', format: 'XLSX', active: true, version: 1 });
    expect(set.data!.setReportSchedule.recipients.map((r: any) => r.username)).toEqual(['kepala.kerinci', 'kanwil.jambi']);
    // The owner's saved list says it is sent; someone opening the shared link is not told to whom.
    const mine = (await gql('kepala.kerinci', `{ savedReports { id schedule { frequency format recipients active } } }`)).data!.savedReports;
    expect(mine.find((r: any) => r.id === saved.id).schedule).toEqual({ frequency: 'QUARTERLY', format: 'XLSX', recipients: 2, active: true });
    const opened = await gql('kanwil.jambi', `query ($id: ID!) { savedReport(id: $id) { id schedule { recipients } } }`, { id: saved.id });
    expect(opened.data!.savedReport).toEqual({ id: saved.id, schedule: null });
    expect(await sql(`SELECT operation FROM audit_log WHERE entity = 'ReportSchedule' AND entity_id = $1`, [set.data!.setReportSchedule.id])).toEqual([{ operation: 'setReportSchedule' }]);

    // 1 December is no quarter's first day: nothing for a quarterly schedule.
    await scheduler.run('scheduled-reports', IndonesianTimeZone.WIB, '2025-12-01');
    expect(await sql(`SELECT 1 FROM mail_outbox WHERE kind = 'REPORT'`)).toEqual([]);

    const started = Date.now();
    const outcome = await scheduler.run('scheduled-reports', IndonesianTimeZone.WIB, '2026-01-01');
    const queuedMs = Date.now() - started;
    expect(outcome).toMatch(/^2 scheduled report e-mails queued/);
    const sendStarted = Date.now();
    expect(await worker.drain()).toBe(2);
    console.log(`scheduled reports: 2 files built and queued in ${queuedMs} ms, sent over SMTP in ${Date.now() - sendStarted} ms (${outcome})`);

    expect(received.map((m) => m.to[0]).sort()).toEqual(['kanwil.jambi@jangkau.example', 'kepala.kerinci@jangkau.example']);
    const fileOf = async (address: string) => {
      const mail = received.find((m) => m.to[0] === address)!;
      expect(mail.subject).toBe('[Jangkau] Laporan terjadwal: Rekap Sosialisasi Jambi, Triwulan IV 2025');
      expect(mail.text).toContain('Dijadwalkan oleh Kepala Kantor Imigrasi Kerinci');
      // The link opens the saved report itself (computed with the reader's rights there too).
      expect(mail.text).toContain(`/laporan/simpan/${saved.id}`);
      expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
        ['rekap-sosialisasi-jambi_2025-Q4.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ]);
      const wb = new (loadExcel().Workbook)();
      await wb.xlsx.load(at(mail.attachments, 0, 'attachment').content as any);
      const sheet = at(wb.worksheets, 0, 'worksheet');
      const rows: unknown[][] = [];
      for (let r = REPORT_XLSX_HEADER_ROW + 1; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
      return { period: String(sheet.getCell('A2').value), rows: rows.slice(0, -1), total: rows[rows.length - 1] };
    };
    const head = await fileOf('kepala.kerinci@jangkau.example');
    const kanwil = await fileOf('kanwil.jambi@jangkau.example');
    // The quarter before, not the definition's year.
    expect(head.period).toBe('Periode: Triwulan IV 2025 (01/10/2025 – 31/12/2025)');
    // The Kerinci head's file: Kerinci's working area only; the Kanwil's: all of Jambi, Kota Jambi (15.71) included.
    expect(head.rows.map((r) => r[0]).sort()).toEqual(KERINCI_AREA);
    expect(kanwil.rows.map((r) => r[0])).toContain('15.71');
    expect(kanwil.rows.length).toBeGreaterThan(head.rows.length);
    // Each file holds the figures that person sees in the app for that quarter, row by row.
    for (const [account, file] of [
      ['kepala.kerinci', head],
      ['kanwil.jambi', kanwil],
    ] as const) {
      const screen = await gql(account, REPORT, { input: { ...DEFINITION, period: '2025-Q4' } });
      expect(screen.errors).toBeUndefined();
      expect(file.rows.map((r) => r.slice(0, 2 + DEFINITION.indicators.length))).toEqual(
        screen.data!.report.rows.map((row: any) => [row.key, row.label, ...row.values.map((v: any) => v.value)]),
      );
    }

    // Again (another instance, a restart): the run is claimed; and even the job's work twice queues nobody again.
    expect(await scheduler.run('scheduled-reports', IndonesianTimeZone.WIB, '2026-01-01')).toBeNull();
    await sql(`DELETE FROM scheduled_runs WHERE job LIKE 'scheduled-reports:%'`);
    expect(await scheduler.run('scheduled-reports', IndonesianTimeZone.WIB, '2026-01-01')).toMatch(/^0 scheduled report e-mails queued/);
    expect(await worker.drain()).toBe(0);
    expect(received).toHaveLength(2);
  }, 60_000);

  it('sends no mail to a recipient who sees nothing of the report (a village head, for another kabupaten), and says so', async () => {
    await sql(`UPDATE users SET email = username || '@jangkau.example' WHERE username = 'kades.pulaurengas'`);
    const saved = (await gql('kanwil.jambi', SAVE.replace('Rekap Sosialisasi Jambi', 'Sosialisasi Kerinci'), { input: { ...DEFINITION, withinRegion: '15.01' } })).data!.saveReport;
    const set = await gql('kanwil.jambi', SET, { id: saved.id, input: { frequency: 'MONTHLY', format: 'XLSX', recipients: ['kanwil.jambi', 'kades.pulaurengas'], active: true } });
    expect(set.errors).toBeUndefined();
    const before = received.length;
    const outcome = await scheduler.run('scheduled-reports', IndonesianTimeZone.WIB, '2026-02-01');
    expect(outcome).toMatch(/^1 scheduled report e-mails queued in \d+ ms \(1 recipients with nothing to see, 0 no longer able to receive\)$/);
    expect(await worker.drain()).toBe(1);
    expect(received.slice(before).map((m) => m.to[0])).toEqual(['kanwil.jambi@jangkau.example']);
    expect(await sql(`SELECT 1 FROM mail_outbox m JOIN users u ON u.id = m.user_id WHERE m.kind = 'REPORT' AND u.username = 'kades.pulaurengas'`)).toEqual([]);
  }, 60_000);

  it('refuses a recipient who cannot receive it, naming them; only the owner changes or reads the schedule', async () => {
    const saved = (await gql('kepala.kerinci', SAVE, { input: DEFINITION })).data!.saveReport;
    const input = (recipients: string[]) => ({ frequency: 'MONTHLY', format: 'PDF', recipients, active: true });
    const reason = async (recipients: string[]) => {
      const res = await gql('kepala.kerinci', SET, { id: saved.id, input: input(recipients) });
      return [res.errors?.[0]?.extensions?.reason, res.errors?.[0]?.message];
    };
    expect(await reason(['kanwil.jambi', 'tidak.ada'])).toEqual(['REPORT_SCHEDULE_RECIPIENT_UNKNOWN', expect.stringContaining('"tidak.ada"')]);
    await sql(`UPDATE users SET email = NULL WHERE username = 'petugas.kerinci'`);
    expect(await reason(['petugas.kerinci'])).toEqual(['REPORT_SCHEDULE_RECIPIENT_NO_EMAIL', expect.stringContaining('"petugas.kerinci"')]);
    await sql(`UPDATE users SET email = 'mantan@jangkau.example', active = false WHERE username = 'desa.pulaurengas'`);
    expect(await reason(['desa.pulaurengas'])).toEqual(['REPORT_SCHEDULE_RECIPIENT_INACTIVE', expect.stringContaining('"desa.pulaurengas"')]);
    expect(await reason([])).toEqual(['REPORT_SCHEDULE_RECIPIENTS_COUNT', expect.any(String)]);
    expect(await sql(`SELECT 1 FROM report_schedules WHERE saved_report_id = $1`, [saved.id])).toEqual([]);

    const made = (await gql('kepala.kerinci', SET, { id: saved.id, input: input(['ditjen']) })).data!.setReportSchedule;
    // Someone else (even a recipient) neither sees nor changes nor removes it.
    expect((await gql('ditjen', GET, { id: saved.id })).data!.reportSchedule).toBeNull();
    expect(firstError(await gql('ditjen', SET, { id: saved.id, input: input(['ditjen']), v: made.version })).extensions!.reason).toBe('REPORT_NOT_FOUND');
    expect(firstError(await gql('kanwil.jambi', REMOVE, { id: saved.id, v: made.version })).extensions!.reason).toBe('REPORT_NOT_FOUND');
    // A stale version is a conflict; the owner's current one works.
    expect(firstError(await gql('kepala.kerinci', SET, { id: saved.id, input: input(['kanwil.jambi']), v: 7 })).extensions!.reason).toBe('REPORT_SCHEDULE_VERSION_CONFLICT');
    expect((await gql('kepala.kerinci', GET, { id: saved.id })).data!.reportSchedule).toMatchObject({ version: 1, recipients: [{ username: 'ditjen' }] });
    expect((await gql('kepala.kerinci', REMOVE, { id: saved.id, v: 1 })).data!.removeReportSchedule).toBe(true);
    expect((await gql('kepala.kerinci', GET, { id: saved.id })).data!.reportSchedule).toBeNull();
  }, 60_000);
});
