import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { startTestApp, TestApp } from '../../test/test-app';
import { TEST_APP_ROLE } from '../../test/test-database';

/**
 * A stolen app session (SQL injection, a leaked DATABASE_URL) must not be able to rewrite the audit trail: the app
 * connects as a role that may append to audit_log and read it, and cannot alter, drop, empty or silence anything.
 * Every statement below runs on the app's own connection pool.
 */
let t: TestApp;
let appDb: DataSource;

async function asOwner(text: string, params: unknown[] = []) {
  const client = new Client({ connectionString: t.db.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  t = await startTestApp();
  appDb = t.app.get(DataSource);
});
afterAll(() => t.close());

it('connects as the app role, which is no superuser and owns nothing', async () => {
  const [me] = await appDb.query(`SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
  expect(me).toEqual({ name: TEST_APP_ROLE, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
  const [{ owned }] = await appDb.query(`SELECT count(*)::int AS owned FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`);
  expect(owned).toBe(0);
});

it('does the normal work: a change and its audit entry are written, and read back', async () => {
  const created = await t.gql(
    'mutation ($input: AgencyInput!) { createAgency(input: $input) { id } }',
    { input: { name: 'Kantor Imigrasi Jayapura', shortName: 'Kanim Jayapura', type: 'KANTOR_IMIGRASI', homeRegionCode: '91.71', workingArea: ['91.71'] } },
    await t.as('admin'),
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.createAgency.id;
  const log = await t.gql(`{ auditLog(filter: { entity: "Agency" }) { operation entityId } }`, undefined, await t.as('admin'));
  expect(log.data!.auditLog).toContainEqual({ operation: 'createAgency', entityId: id });
});

describe('refuses every way to rewrite or silence the audit trail', () => {
  const forbidden: [string, string][] = [
    ['ALTER TABLE audit_log DISABLE TRIGGER ALL', 'must be owner of table audit_log'],
    ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only', 'must be owner of table audit_log'],
    ['SET session_replication_role = replica', 'permission denied to set parameter "session_replication_role"'],
    ['DROP TABLE audit_log', 'must be owner of table audit_log'],
    ['TRUNCATE audit_log', 'permission denied for table audit_log'],
    [`UPDATE audit_log SET operation = 'tampered'`, 'permission denied for table audit_log'],
    ['DELETE FROM audit_log', 'permission denied for table audit_log'],
    ['DROP TRIGGER audit_log_append_only ON audit_log', 'must be owner of relation audit_log'],
    ['ALTER TABLE activities DROP COLUMN title', 'must be owner of table activities'],
    ['TRUNCATE activities', 'permission denied for table activities'],
    [`DELETE FROM migrations`, 'permission denied for table migrations'],
    ['CREATE TABLE shadow (id int)', 'permission denied for schema public'],
  ];
  it.each(forbidden)('%s', async (statement, message) => {
    await expect(appDb.query(statement)).rejects.toThrow(message);
  });

  it('and the entries are all still there', async () => {
    const [{ n }] = await asOwner(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'tampered'`);
    expect(n).toBe(0);
    const [{ enabled }] = await asOwner(`SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'audit_log_append_only'`);
    expect(enabled).toBe('O');
  });
});

it('may append to audit_log and read it, the two things the app does with it', async () => {
  await appDb.query(`INSERT INTO audit_log (operation, entity, entity_id, changes) VALUES ('probe', 'Probe', '1', '[]')`);
  const rows = await appDb.query(`SELECT operation FROM audit_log WHERE entity = 'Probe'`);
  expect(rows).toEqual([{ operation: 'probe' }]);
});

it('gets the same rights on tables that later migrations create, without another grant', async () => {
  await asOwner(`CREATE TABLE later_feature (id serial PRIMARY KEY, note text)`);
  await appDb.query(`INSERT INTO later_feature (note) VALUES ('from a later migration')`);
  expect(await appDb.query(`SELECT note FROM later_feature`)).toEqual([{ note: 'from a later migration' }]);
  await expect(appDb.query('DROP TABLE later_feature')).rejects.toThrow('must be owner of table later_feature');
});
