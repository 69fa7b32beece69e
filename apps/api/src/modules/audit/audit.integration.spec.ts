import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';

const UPDATE = `mutation ($id: ID!, $v: Int!, $input: AgencyInput!) { updateAgency(id: $id, version: $v, input: $input) { version shortName villageCount } }`;

describe('audit trail (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let kerinci: { id: string; version: number; parentId: string };
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const input = (over: Record<string, unknown> = {}) => ({
    name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci',
    shortName: 'Kanim Kerinci',
    type: 'KANTOR_IMIGRASI',
    officeClass: 'Kelas II Non-TPI',
    homeRegionCode: '15.72',
    workingArea: ['15.01', '15.72', '15.02'],
    parentId: kerinci.parentId,
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    [kerinci] = await sql(`SELECT id, version, parent_id AS "parentId" FROM agencies WHERE short_name = 'Kanim Kerinci'`);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('records who changed what, with only the changed fields, in the same request', async () => {
    const headers = { ...(await t.as('admin')), 'x-request-id': 'req-audit-1' };
    const res = await t.gql(UPDATE, { id: kerinci.id, v: kerinci.version, input: input({ shortName: 'Kanim Kerinci (Sungai Penuh)', workingArea: ['15.01', '15.72'] }) }, headers);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateAgency).toEqual({ version: kerinci.version + 1, shortName: 'Kanim Kerinci (Sungai Penuh)', villageCount: 287 + 69 });
    const [entry] = await sql(`SELECT actor_username, operation, entity, entity_id, changes, request_id FROM audit_log WHERE operation = 'updateAgency'`);
    expect(entry).toEqual({
      actor_username: 'admin',
      operation: 'updateAgency',
      entity: 'Agency',
      entity_id: kerinci.id,
      request_id: 'req-audit-1',
      changes: {
        shortName: { from: 'Kanim Kerinci', to: 'Kanim Kerinci (Sungai Penuh)' },
        workingArea: { from: ['15.01', '15.02', '15.72'], to: ['15.01', '15.72'] },
        villageCount: { from: 571, to: 356 },
      },
    });
  });

  it('leaves no entry and no change when the mutation fails', async () => {
    const before = await sql(`SELECT count(*)::int AS n FROM audit_log`);
    const [agency] = await sql(`SELECT version, short_name FROM agencies WHERE id = $1`, [kerinci.id]);
    const res = await t.gql(UPDATE, { id: kerinci.id, v: agency.version, input: input({ shortName: 'Should not stick', workingArea: ['15.01', '99.99'] }) }, await t.as('admin'));
    expect(res.errors![0]).toMatchObject({ extensions: { reason: 'AGENCY_REGION_NOT_FOUND', field: 'workingArea' }, message: 'Wilayah 99.99 tidak ditemukan.' });
    expect(await sql(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
    expect(await sql(`SELECT version, short_name FROM agencies WHERE id = $1`, [kerinci.id])).toEqual([agency]);
  });

  it('refuses a stale update and says who changed the record and when', async () => {
    const res = await t.gql(UPDATE, { id: kerinci.id, v: kerinci.version, input: input() }, await t.as('admin'));
    expect(res.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'AGENCY_VERSION_CONFLICT' },
      message: expect.stringMatching(/telah diubah oleh admin pada \d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB/),
    });
    const [agency] = await sql(`SELECT short_name FROM agencies WHERE id = $1`, [kerinci.id]);
    expect(agency.short_name).toBe('Kanim Kerinci (Sungai Penuh)');
  });

  it('is append-only, even for the database owner', async () => {
    await expect(sql(`UPDATE audit_log SET operation = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('shows a head the entries about their agency, and nothing about others', async () => {
    const papua = await t.gql(
      'mutation ($input: AgencyInput!) { createAgency(input: $input) { id } }',
      { input: { name: 'Kantor Imigrasi Jayapura', shortName: 'Kanim Jayapura', type: 'KANTOR_IMIGRASI', homeRegionCode: '91.71', workingArea: ['91.71'] } },
      await t.as('admin'),
    );
    const res = await t.gql(`{ auditLog(filter: { entity: "Agency" }) { operation entityId actorUsername changes { field from to } } }`, undefined, await t.as('kepala.kerinci'));
    const ids = res.data!.auditLog.map((e: { entityId: string }) => e.entityId);
    expect(ids).toContain(kerinci.id);
    expect(ids).not.toContain(papua.data!.createAgency.id);
    const update = res.data!.auditLog.find((e: { operation: string }) => e.operation === 'updateAgency');
    expect(update.changes).toContainEqual({ field: 'shortName', from: '"Kanim Kerinci"', to: '"Kanim Kerinci (Sungai Penuh)"' });
  });
});
