import { localDate } from '@jangkau/shared-domain';
import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { ActivityValidator } from '../activity/activity-validator.service';
import { ActivityWriter } from '../activity/activity-writer.service';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { TargetService } from '../target/target.service';
import { seedDemoHistory } from './demo-history';
import { DEMO_NOTE } from './demo-history.plan';

/** The living demo as `npm start` makes it on a new database: 18 months of Provinsi Jambi up to today. */
describe('demo mode: the living demo', () => {
  let t: TestApp;
  const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> => withAdmin(t.db.url, async (c) => (await c.query(text, params)).rows);
  const today = localDate(new Date());
  const year = today.slice(0, 4);

  beforeAll(async () => {
    t = await startTestApp({ DEMO_HISTORY: 'true' });
  }, 120_000);
  afterAll(() => t?.close());

  it('holds over 400 verified activities of the last 18 months, led by both immigration offices and six Dinas, a share of them joint', async () => {
    const [window] = await sql(
      `SELECT count(*) FILTER (WHERE status = 'VERIFIED')::int AS verified, min(starts_at) AS first, max(starts_at) FILTER (WHERE status <> 'PLANNED') AS last
       FROM activities`,
    );
    expect(window.verified).toBeGreaterThanOrEqual(400);
    expect(+new Date(window.first)).toBeGreaterThanOrEqual(Date.parse(today) - 550 * 86_400_000);
    expect(+new Date(window.last)).toBeLessThan(Date.now());
    const leads = await sql(
      `SELECT g.type, g.short_name, count(*)::int AS n FROM activities a JOIN agencies g ON g.id = a.lead_agency_id WHERE a.status = 'VERIFIED' GROUP BY 1, 2 ORDER BY 3 DESC`,
    );
    const offices = leads.filter((l) => l.type === 'KANTOR_IMIGRASI');
    const dinas = leads.filter((l) => l.type === 'DINAS');
    expect(offices.map((l) => l.short_name).sort()).toEqual(['Kanim Jambi', 'Kanim Kerinci']);
    expect(offices.every((l) => l.n >= 100)).toBe(true);
    expect(dinas.length).toBeGreaterThanOrEqual(5);
    expect(dinas.every((l) => l.n >= 10)).toBe(true);
    const [joint] = await sql(
      `SELECT (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM activity_agencies g WHERE g.activity_id = a.id AND g.status = 'ACCEPTED')))::float / count(*) AS share
       FROM activities a WHERE a.status = 'VERIFIED'`,
    );
    expect(joint.share).toBeGreaterThan(0.15);
    expect(joint.share).toBeLessThan(0.6);
  });

  it('has work waiting (submitted, returned with a reason, drafts), events planned ahead, and follow-ups some of them overdue', async () => {
    const statuses = Object.fromEntries((await sql(`SELECT status, count(*)::int AS n FROM activities GROUP BY 1`)).map((r) => [r.status, r.n]));
    expect(statuses.SUBMITTED).toBeGreaterThanOrEqual(3);
    expect(statuses.RETURNED).toBeGreaterThanOrEqual(2);
    expect(statuses.DRAFT).toBeGreaterThanOrEqual(2);
    expect(statuses.PLANNED).toBeGreaterThanOrEqual(10);
    const [returned] = await sql(`SELECT count(*)::int AS n FROM activities WHERE status = 'RETURNED' AND return_reason IS NULL`);
    expect(returned.n).toBe(0);
    const [planned] = await sql(`SELECT min(starts_at) AS first FROM activities WHERE status = 'PLANNED'`);
    expect(+new Date(planned.first)).toBeGreaterThan(Date.now());
    const [followUps] = await sql(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_on < $1::date)::int AS overdue,
              count(*) FILTER (WHERE status = 'DONE')::int AS done FROM activity_follow_ups`,
      [today],
    );
    expect(followUps.n).toBeGreaterThanOrEqual(30);
    expect(followUps.overdue).toBeGreaterThanOrEqual(3);
    expect(followUps.done).toBeGreaterThanOrEqual(5);
  });

  it('varies with the seasons and counts participants by category and sex', async () => {
    const months = await sql(
      `SELECT to_char(starts_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS m, count(*)::int AS n FROM activities
       WHERE status = 'VERIFIED' AND starts_at >= date_trunc('month', now()) - interval '17 months' AND starts_at < date_trunc('month', now()) GROUP BY 1`,
    );
    const counts = months.map((m) => m.n);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(1.8 * Math.min(...counts));
    const categories = await sql(
      `SELECT category, sum(male)::int AS male, sum(female)::int AS female FROM activity_participants p JOIN activities a ON a.id = p.activity_id
       WHERE a.status = 'VERIFIED' GROUP BY 1`,
    );
    expect(categories.length).toBeGreaterThanOrEqual(8);
    expect(categories.filter((c) => c.male > 0 && c.female > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('is marked DEMO in every record it makes', async () => {
    const [unmarked] = await sql(
      `SELECT count(*)::int AS n FROM activities a JOIN agencies g ON g.id = a.lead_agency_id WHERE g.short_name IN ('Kanim Jambi', 'Dinas PMTSP-TK Bungo') AND a.description NOT LIKE $1`,
      [`${DEMO_NOTE}%`],
    );
    expect(unmarked.n).toBe(0);
    const binaan = await sql(`SELECT sk_number FROM desa_binaan`);
    expect(binaan.length).toBeGreaterThanOrEqual(5);
    expect(binaan.every((b) => b.sk_number.startsWith('DEMO/'))).toBe(true);
  });

  it("gives Kanim Kerinci's head a year with dozens of villages reached, and rollups that match the raw rows", async () => {
    const head = await t.as('kepala.kerinci');
    const [{ id: kerinci }] = await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`);
    const res = await t.gql(
      `query ($f: CoverageFilter!) { dashboard(filter: $f) { activities participants coverage { villagesTotal villagesReached } targets { period indicator status } } }`,
      { f: { agencyId: kerinci, from: `${year}-01-01`, to: today } },
      head,
    );
    expect(res.errors).toBeUndefined();
    const dashboard = res.data!.dashboard;
    expect(dashboard.coverage.villagesTotal).toBe(571);
    expect(dashboard.coverage.villagesReached).toBeGreaterThanOrEqual(36);
    expect(dashboard.coverage.villagesReached).toBeLessThan(571);
    expect(dashboard.activities).toBeGreaterThanOrEqual(50);
    // The same figure from the raw rows: distinct villages of the working area reached by a verified activity this year.
    const [raw] = await sql(
      `SELECT count(DISTINCT v.village_code)::int AS n FROM activities a JOIN activity_villages v ON v.activity_id = a.id
       WHERE a.status = 'VERIFIED' AND (a.starts_at AT TIME ZONE 'Asia/Jakarta')::date BETWEEN $1::date AND $2::date
         AND (v.village_code LIKE '15.01.%' OR v.village_code LIKE '15.02.%' OR v.village_code LIKE '15.72.%')`,
      [`${year}-01-01`, today],
    );
    expect(dashboard.coverage.villagesReached).toBe(raw.n);
  });

  it('sets targets for last year and this year whose pacing shows achieved, on track and behind', async () => {
    const statuses = new Set<string>();
    for (const [account, shortName] of [
      ['kepala.kerinci', 'Kanim Kerinci'],
      ['kepala.jambi', 'Kanim Jambi'],
      ['kepala.dinas.merangin', 'Dinas PMTSP-TK Merangin'],
    ] as const) {
      const [{ id }] = await sql(`SELECT id FROM agencies WHERE short_name = $1`, [shortName]);
      const res = await t.gql(`query ($id: ID!) { targets(agencyId: $id) { period indicator value achieved status } }`, { id }, await t.as(account));
      expect(res.errors).toBeUndefined();
      for (const target of res.data!.targets) statuses.add(target.status);
      expect(res.data!.targets.length).toBeGreaterThanOrEqual(2);
    }
    expect([...statuses].sort()).toEqual(['ACHIEVED', 'BEHIND', 'ON_TRACK']);
    const periods = (await sql(`SELECT DISTINCT period FROM targets`)).map((r) => r.period);
    expect(periods).toEqual(expect.arrayContaining([String(Number(year) - 1), year]));
  });

  it('gives the ministry reports per Kantor Imigrasi and per Dinas with several non-zero rows', async () => {
    const ditjen = await t.as('ditjen');
    for (const [rows, atLeast] of [
      ['KANTOR_IMIGRASI', 2],
      ['DINAS', 5],
    ] as const) {
      const res = await t.gql(
        `query ($input: ReportInput!) { report(input: $input) { rows { label values { indicator value } } } }`,
        { input: { rows, period: year, indicators: ['ACTIVITIES', 'VILLAGES_REACHED'] } },
        ditjen,
      );
      expect(res.errors).toBeUndefined();
      const nonZero = res.data!.report.rows.filter((r: any) => r.values.every((v: any) => v.value > 0));
      expect(nonZero.length).toBeGreaterThanOrEqual(atLeast);
    }
  });

  it("lists the new offices' and the Dinas head's accounts on the sign-in page", async () => {
    const info = await t.gql('{ appInfo { demoMode demoAccounts } }');
    expect(info.data!.appInfo.demoAccounts).toEqual(expect.arrayContaining(['kepala.kerinci', 'kepala.jambi', 'petugas.jambi', 'kepala.dinas.merangin']));
  });

  it('lets a Dinas head verify what the Dinas submitted', async () => {
    const [waiting] = await sql(
      `SELECT a.id, a.version FROM activities a JOIN agencies g ON g.id = a.lead_agency_id WHERE g.short_name = 'Dinas PMTSP-TK Merangin' AND a.status = 'SUBMITTED' LIMIT 1`,
    );
    if (!waiting) return expect(waiting).toBeDefined();
    const res = await t.gql(`mutation ($id: ID!, $v: Int!) { verifyActivity(id: $id, version: $v) { status } }`, { id: waiting.id, v: waiting.version }, await t.as('kepala.dinas.merangin'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.verifyActivity.status).toBe('VERIFIED');
  });

  it('is made once: a second start writes nothing', async () => {
    const before = await sql(`SELECT (SELECT count(*) FROM activities)::int AS a, (SELECT count(*) FROM targets)::int AS t, (SELECT count(*) FROM audit_log)::int AS l`);
    const app = t.app;
    const again = await seedDemoHistory(app.get<DataSource>(getDataSourceToken()), {
      validator: app.get(ActivityValidator),
      writer: app.get(ActivityWriter),
      audit: app.get(AuditService),
      auth: app.get(AuthService),
      targets: app.get(TargetService),
    });
    expect(again).toBeNull();
    expect(await sql(`SELECT (SELECT count(*) FROM activities)::int AS a, (SELECT count(*) FROM targets)::int AS t, (SELECT count(*) FROM audit_log)::int AS l`)).toEqual(before);
  });
});
