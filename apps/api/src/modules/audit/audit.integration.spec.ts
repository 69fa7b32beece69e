import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { onlyRow } from '../../database/kysely';
import { at } from '@jangkau/shared-domain';

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
    kerinci = onlyRow(await sql(`SELECT id, version, parent_id AS "parentId" FROM agencies WHERE short_name = 'Kanim Kerinci'`), 'kerinci');
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

  it('names the actor, the record and the ids and regions its changes hold', async () => {
    const res = await t.gql(
      `{ auditLog(filter: { entity: "Activity", first: 200 }) { operation entityId actorName actorUsername actorAgencyName subjectLabel changes { field to } references { value label } } }`,
      undefined,
      await t.as('kepala.kerinci'),
    );
    expect(res.errors).toBeUndefined();
    const created = res.data!.auditLog.find((e: { operation: string; actorUsername: string }) => e.operation === 'createActivity' && e.actorUsername === 'petugas.kerinci');
    const [activity] = await sql(`SELECT title FROM activities WHERE id::text = $1`, [created.entityId]);
    const [officer] = await sql(`SELECT u.full_name, a.name FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.username = 'petugas.kerinci'`);
    expect(created).toMatchObject({ actorName: officer.full_name, actorAgencyName: officer.name, subjectLabel: activity.title });
    const venue = JSON.parse(created.changes.find((c: { field: string }) => c.field === 'venueRegionCode').to);
    const [region] = await sql(`SELECT name FROM regions WHERE code = $1`, [venue]);
    expect(created.references).toContainEqual({ value: venue, label: region.name });
    // Every id the changes hold has a name: topics, programme items, co-organisers.
    const ids = created.changes.flatMap((c: { to: string | null }) => (c.to?.match(/[0-9a-f]{8}-[0-9a-f-]{27}/g) ?? []) as string[]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(created.references.map((r: { value: string }) => r.value)).toContain(id);
  });

  it('keeps each sign-in its own session, and filters by agency', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await t.gql(`mutation { login(username: "petugas.kerinci", password: "jangkau-demo") { accessToken } }`);
      expect(res.errors).toBeUndefined();
    }
    const sessions = await sql(`SELECT DISTINCT entity_id FROM audit_log WHERE operation = 'login' AND actor_username = 'petugas.kerinci'`);
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const [dinas] = await sql(`SELECT id FROM agencies WHERE name LIKE 'Dinas%Merangin%' LIMIT 1`);
    const res = await t.gql(`query ($a: ID) { auditLog(filter: { agencyId: $a, first: 200 }) { id } }`, { a: dinas.id }, await t.as('admin'));
    expect(res.errors).toBeUndefined();
    const expected = await sql(`SELECT l.id::text AS id FROM audit_log l WHERE l.actor_agency_id = $1 OR l.subject_agency_id = $1 ORDER BY l.id DESC LIMIT 200`, [dinas.id]);
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data!.auditLog.map((e: { id: string }) => e.id)).toEqual(expected.map((e) => e.id));
  });

  it('gives inspectors the trail as a workbook in words, with only what the reader may see', async () => {
    const res = await fetch(`${t.baseUrl}/api/audit/export.xlsx?jenis=Activity&zona=WIB`, { headers: { ...(await t.as('kepala.kerinci')), 'accept-language': 'id' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="jejak-audit_\d{4}-\d{2}-\d{2}\.xlsx"/);
    const { Workbook } = require('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()));
    const sheet = at<{ eachRow(each: (row: { values: unknown[] }) => void): void }>(workbook.worksheets, 0, 'worksheet');
    const rows: string[][] = [];
    sheet.eachRow((row: { values: unknown[] }) => rows.push(row.values.slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]?.[0]).toBe('Jejak Audit Jangkau');
    expect(rows[1]?.[0]).toContain('jenis data: Activity');
    const header = rows.findIndex((r) => r[0] === 'Waktu');
    expect(rows[header]).toEqual(['Waktu', 'Pelaku', 'Instansi pelaku', 'Peristiwa', 'Jenis data', 'ID data', 'Perubahan']);
    const body = rows.slice(header + 1);
    const visible = await sql(`SELECT count(*)::int AS n FROM audit_log l JOIN agencies a ON a.id = l.subject_agency_id WHERE l.entity = 'Activity' AND a.short_name LIKE 'Kanim Kerinci%'`);
    expect(body.length).toBe(visible[0].n);
    expect(body.some((r) => /mengajukan kegiatan “.+” untuk verifikasi/.test(at(r, 3, 'event cell')))).toBe(true);
    expect(body.every((r) => /WIB$/.test(at(r, 0, 'time cell')))).toBe(true);
    // Changes in words: no raw codes of participant categories or ISO times.
    expect(body.map((r) => r[6]).join('\n')).not.toMatch(/KEPALA_DESA L\d|T\d{2}:\d{2}:\d{2}\.\d{3}Z/);
    const refused = await fetch(`${t.baseUrl}/api/audit/export.xlsx?dari=kemarin`, { headers: await t.as('kepala.kerinci') });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toContain('Tanggal "kemarin" tidak dapat dibaca');
    const officer = await fetch(`${t.baseUrl}/api/audit/export.xlsx`, { headers: await t.as('petugas.kerinci') });
    expect(officer.status).toBe(403);
  });
});
