import { withRole } from '../../database/app-role';
import { quoteIdent } from '../../database/embedded-postgres';
import { ReadReplica } from '../../database/read-replica';
import { recordAndSubmit } from '../../../test/submitted-activity';
import { startTestApp, TestApp } from '../../../test/test-app';
import { createTestDatabase, TEST_APP_PASSWORD, TEST_APP_ROLE, TestDatabase, withAdmin, withDatabase } from '../../../test/test-database';
import { onlyRow } from '../../database/kysely';

const REPORT = `query ($input: ReportInput!) { report(input: $input) { total { values { indicator value } } } }`;

/**
 * DATABASE_READ_URL: report figures come from the replica, everything else from the primary. The "replica" here
 * is a copy of the primary made with CREATE DATABASE … TEMPLATE, then given a row the primary does not have; a
 * report showing that row read the copy.
 */
describe('reports from a read replica (DATABASE_READ_URL, real PostgreSQL)', () => {
  const adminUrl = process.env.JANGKAU_TEST_ADMIN_URL!;
  let db: TestDatabase;
  let replicaName: string;
  let t: TestApp;
  const on = <T = any>(url: string, query: string, params: unknown[] = []) => withAdmin(url, async (c) => (await c.query(query, params)).rows as T[]);
  const total = async (input: Record<string, unknown>, indicator: string) => {
    const res = await t.gql(REPORT, { input }, await t.as('ditjen'));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return (res.data!.report.total.values as { indicator: string; value: number }[]).find((v) => v.indicator === indicator)!.value;
  };
  const designations = (url: string) =>
    on<{ n: number }>(url, `SELECT count(*)::int AS n FROM desa_binaan WHERE sk_date BETWEEN '2025-01-01' AND '2025-12-31'`).then((r) => onlyRow(r, 'count').n);

  beforeAll(async () => {
    db = await createTestDatabase();
    // The demo seeded on the primary, then copied: the replica holds what the primary held.
    await (await startTestApp({}, { db })).close();
    replicaName = `${db.name}_replica`;
    await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(replicaName)} TEMPLATE ${quoteIdent(db.name)}`));
    // A Desa Binaan only the replica has.
    await on(
      withDatabase(adminUrl, replicaName),
      `INSERT INTO desa_binaan (agency_id, village_code, sk_number, sk_date, officer_name)
       SELECT (SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'),
              (SELECT code FROM regions WHERE depth = 4 AND code LIKE '15.01.%' AND code NOT IN (SELECT village_code FROM desa_binaan) ORDER BY code LIMIT 1),
              'SK-REPLIKA/2025', '2025-06-20', 'Petugas Replika'`,
    );
    t = await startTestApp({ DATABASE_URL: db.appUrl, DATABASE_READ_URL: withRole(withDatabase(adminUrl, replicaName), TEST_APP_ROLE, TEST_APP_PASSWORD) }, { db });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    if (replicaName) await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(replicaName)} WITH (FORCE)`));
    await db?.drop();
  });

  it('reads report figures from the replica: a row only the replica has is counted', async () => {
    expect(t.app.get(ReadReplica).separate).toBe(true);
    const primary = await designations(db.url);
    const replica = await designations(withDatabase(adminUrl, replicaName));
    expect(replica).toBe(primary + 1);
    expect(await total({ rows: 'PROVINSI', period: '2025', indicators: ['DESA_BINAAN_FORMED'] }, 'DESA_BINAAN_FORMED')).toBe(replica);
  });

  it('never reads what a person just wrote from the replica: the activity is read from the primary', async () => {
    const before = await total({ rows: 'PROVINSI', period: '2026', indicators: ['ACTIVITIES'] }, 'ACTIVITIES');
    const { id, version } = await recordAndSubmit(t, 'Sosialisasi TPPO (replika)');
    const verified = await t.gql(`mutation ($id: ID!, $v: Int!) { verifyActivity(id: $id, version: $v) { status } }`, { id, v: version }, await t.as('kepala.kerinci'));
    expect(verified.errors).toBeUndefined();
    // The writer reads it back at once, verified, from the primary.
    expect((await t.gql(`query ($id: ID!) { activity(id: $id) { status } }`, { id }, await t.as('petugas.kerinci'))).data!.activity).toEqual({ status: 'VERIFIED' });
    // The copy never receives it (no replication here): the report, read from it, does not count it.
    expect(await total({ rows: 'PROVINSI', period: '2026', indicators: ['ACTIVITIES'] }, 'ACTIVITIES')).toBe(before);
    expect((await on(db.url, `SELECT status FROM activities WHERE id = $1`, [id]))[0].status).toBe('VERIFIED');
  });
});
