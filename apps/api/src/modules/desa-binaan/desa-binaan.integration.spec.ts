import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { onlyRow } from '../../database/kysely';

const FIELDS = `id skNumber skDate officerName officerUser { fullName } status notes version agency { shortName }
  village { code name level ancestors { name } }`;
const LIST = `query ($filter: DesaBinaanFilter) { desaBinaan(filter: $filter) { ${FIELDS} } }`;
const DESIGNATE = `mutation ($input: DesignateDesaBinaanInput!) { designateDesaBinaan(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: DesaBinaanInput!) { updateDesaBinaan(id: $id, version: $v, input: $input) { ${FIELDS} } }`;

/** Villages of the founding story's places (Kemendagri codes). */
const PULAU_RENGAS = '15.02.10.2001'; // Kabupaten Merangin, inside Kanim Kerinci's working area
const BIUKU_TANJUNG = '15.02.10.2002';
const SIMPANG_IV_SIPIN = '15.71.01.1001'; // Kota Jambi, outside it
const KOTO_DUA_BARU = '15.01.21.2009';
const HIANG_SAKTI = '15.01.04.2031';

describe('Desa Binaan Imigrasi (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let kerinciId: string;
  let petugasId: string;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const input = (over: Record<string, unknown> = {}) => ({
    agencyId: kerinciId,
    villageCode: PULAU_RENGAS,
    skNumber: 'W5.IMI.IMI.3-GR.01.01-0123',
    skDate: '2025-07-01',
    officerName: 'Rina Marlina',
    ...over,
  });
  /** What an update sends (the designating office is fixed). */
  const editable = (villageCode: string, over: Record<string, unknown> = {}) => ({ villageCode, skNumber: 'SK-1', skDate: '2025-07-01', officerName: 'Rina Marlina', ...over });

  let jayapuraId: string | undefined;
  /** Someone at Kanim Jayapura (Papua, outside every Jambi scope), signed in with a password of their own. */
  async function atJayapura(role: 'VIEWER' | 'HEAD', username: string): Promise<Record<string, string>> {
    const admin = await t.as('admin');
    if (!jayapuraId) {
      const agency = await t.gql(
        'mutation ($input: AgencyInput!) { createAgency(input: $input) { id } }',
        { input: { name: 'Kantor Imigrasi Jayapura', shortName: 'Kanim Jayapura', type: 'KANTOR_IMIGRASI', homeRegionCode: '91.71', workingArea: ['91.71'] } },
        admin,
      );
      jayapuraId = agency.data!.createAgency.id as string;
    }
    await t.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username, fullName: `Jayapura ${role}`, agencyId: jayapuraId, role, temporaryPassword: 'Temporary-pass-1' } },
      admin,
    );
    const login = await t.gql('mutation ($u: String!) { login(username: $u, password: "Temporary-pass-1") { accessToken } }', { u: username });
    const changed = await t.gql('mutation { changePassword(currentPassword: "Temporary-pass-1", newPassword: "Jayapura-reader-9") { accessToken } }', undefined, {
      authorization: `Bearer ${login.data!.login.accessToken}`,
    });
    return { authorization: `Bearer ${changed.data!.changePassword.accessToken}` };
  }

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: kerinciId } = onlyRow(await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`), 'kerinciId'));
    ({ id: petugasId } = onlyRow(await sql(`SELECT id FROM users WHERE username = 'petugas.kerinci'`), 'petugasId'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it("holds Kanim Kerinci's two demo Desa Binaan, marked as demo, with the Kerinci officer as Pimpasa", async () => {
    const res = await t.gql(LIST, { filter: { agencyId: kerinciId } }, await t.as('kanwil.jambi'));
    const rows = res.data!.desaBinaan;
    expect(rows.map((r: { village: { code: string } }) => r.village.code).sort()).toEqual([HIANG_SAKTI, KOTO_DUA_BARU].sort());
    const koto = rows.find((r: { village: { code: string } }) => r.village.code === KOTO_DUA_BARU);
    expect(koto).toMatchObject({
      skNumber: expect.stringMatching(/^DEMO\//),
      skDate: expect.stringMatching(/^2025-\d\d-\d\d$/),
      officerUser: { fullName: 'Petugas Kantor Imigrasi Kerinci' },
      officerName: 'Petugas Kantor Imigrasi Kerinci',
      status: 'ACTIVE',
      agency: { shortName: 'Kanim Kerinci' },
      village: { name: 'Koto Dua Baru', level: 'DESA', ancestors: [{ name: 'Jambi' }, { name: 'Kabupaten Kerinci' }, { name: 'Air Hangat Barat' }] },
    });
  });

  it('lets the Kerinci head designate a village in Merangin, audited against the office, shown on the village and the office', async () => {
    const head = await t.as('kepala.kerinci');
    const res = await t.gql(DESIGNATE, { input: input({ officerUserId: petugasId, notes: '  Desa perbatasan.  ' }) }, head);
    expect(res.errors).toBeUndefined();
    const created = res.data!.designateDesaBinaan;
    expect(created).toMatchObject({
      skNumber: 'W5.IMI.IMI.3-GR.01.01-0123',
      skDate: '2025-07-01',
      officerName: 'Rina Marlina',
      officerUser: { fullName: 'Petugas Kantor Imigrasi Kerinci' },
      status: 'ACTIVE',
      notes: 'Desa perbatasan.',
      version: 1,
      village: { code: PULAU_RENGAS, name: 'Pulau Rengas' },
    });
    const [audit] = await sql(`SELECT operation, subject_agency_id, actor_username FROM audit_log WHERE entity = 'DesaBinaan' AND entity_id = $1`, [created.id]);
    expect(audit).toEqual({ operation: 'designateDesaBinaan', subject_agency_id: kerinciId, actor_username: 'kepala.kerinci' });

    const village = await t.gql(`{ region(code: "${PULAU_RENGAS}") { desaBinaan { skNumber agency { shortName } } } }`, undefined, await t.as('desa.pulaurengas'));
    expect(village.data!.region.desaBinaan).toEqual([{ skNumber: 'W5.IMI.IMI.3-GR.01.01-0123', agency: { shortName: 'Kanim Kerinci' } }]);
    const kabupaten = await t.gql(`{ region(code: "15.02") { desaBinaan { village { code } } } }`, undefined, await t.as('dinas.merangin'));
    expect(kabupaten.data!.region.desaBinaan).toEqual([{ village: { code: PULAU_RENGAS } }]);
    const office = await t.gql(`query ($id: ID!) { agency(id: $id) { desaBinaan { village { code } } } }`, { id: kerinciId }, head);
    expect(office.data!.agency.desaBinaan.map((d: { village: { code: string } }) => d.village.code).sort()).toEqual([HIANG_SAKTI, KOTO_DUA_BARU, PULAU_RENGAS].sort());

    // The same village twice is a clear conflict, not a second row.
    const again = await t.gql(DESIGNATE, { input: input({ skNumber: 'SK-LAIN' }) }, head);
    expect(again.errors![0]).toMatchObject({ message: expect.stringContaining('Pulau Rengas sudah menjadi Desa Binaan Kanim Kerinci'), extensions: { code: 'CONFLICT' } });
  });

  it('refuses a village outside the working area, in Indonesian (English on request)', async () => {
    const head = await t.as('kepala.kerinci');
    const res = await t.gql(DESIGNATE, { input: input({ villageCode: SIMPANG_IV_SIPIN }) }, head);
    expect(res.errors![0]).toMatchObject({
      message: 'Simpang IV Sipin berada di luar wilayah kerja Kanim Kerinci.',
      extensions: { code: 'BAD_USER_INPUT', field: 'villageCode' },
    });
    const en = await t.gql(DESIGNATE, { input: input({ villageCode: SIMPANG_IV_SIPIN }) }, { ...head, 'accept-language': 'en' });
    expect(firstError(en).message).toBe('Simpang IV Sipin lies outside the working area of Kanim Kerinci.');
    expect(await sql(`SELECT 1 FROM desa_binaan WHERE village_code = $1`, [SIMPANG_IV_SIPIN])).toEqual([]);
  });

  it.each([
    ['a kecamatan', { villageCode: '15.02.10' }, 'bukan desa/kelurahan'],
    ['no such village', { villageCode: '15.02.10.2999' }, 'tidak ditemukan'],
    ['an empty SK number', { skNumber: '   ' }, 'Nomor SK wajib diisi'],
    ['an SK number over 120 characters', { skNumber: 'x'.repeat(121) }, 'Nomor SK wajib diisi'],
    ['a date that does not exist', { skDate: '2025-02-30' }, 'Tanggal SK tidak valid'],
    ['an SK dated tomorrow', { skDate: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) }, 'tidak boleh setelah hari ini'],
    ['no officer name', { officerName: '' }, 'Nama Pimpasa wajib diisi'],
    ['an officer name over 200 characters', { officerName: 'x'.repeat(201) }, 'Nama Pimpasa wajib diisi'],
  ])('refuses %s', async (_case, over, message) => {
    const res = await t.gql(DESIGNATE, { input: input({ villageCode: BIUKU_TANJUNG, ...over }) }, await t.as('kepala.kerinci'));
    expect(res.errors![0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("refuses a Pimpasa account from another agency, another office's designation by a head, and a non-immigration agency", async () => {
    const head = await t.as('kepala.kerinci');
    const [{ id: dinasUserId }] = await sql(`SELECT id FROM users WHERE username = 'dinas.merangin'`);
    const [{ id: dinasId }] = await sql(`SELECT id FROM agencies WHERE short_name = 'Dinas PMTSP-TK Merangin'`);
    const officer = await t.gql(DESIGNATE, { input: input({ villageCode: BIUKU_TANJUNG, officerUserId: dinasUserId }) }, head);
    expect(firstError(officer).message).toBe('Akun Pimpasa harus pengguna dari Kanim Kerinci.');

    const forOthers = await t.gql(DESIGNATE, { input: input({ agencyId: dinasId, villageCode: BIUKU_TANJUNG }) }, head);
    expect(forOthers.errors![0]).toMatchObject({ message: 'Anda hanya dapat mengelola Desa Binaan kantor Anda sendiri.', extensions: { code: 'FORBIDDEN' } });

    const notImmigration = await t.gql(DESIGNATE, { input: input({ agencyId: dinasId, villageCode: BIUKU_TANJUNG }) }, await t.as('admin'));
    expect(firstError(notImmigration).message).toBe('Desa Binaan Imigrasi hanya dapat ditetapkan oleh Kantor Imigrasi.');
  });

  it('forbids officers and readers to designate', async () => {
    for (const account of ['petugas.kerinci', 'kanwil.jambi', 'desa.pulaurengas']) {
      const res = await t.gql(DESIGNATE, { input: input({ villageCode: BIUKU_TANJUNG }) }, await t.as(account));
      expect(firstError(res).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await sql(`SELECT 1 FROM desa_binaan WHERE village_code = $1`, [BIUKU_TANJUNG])).toEqual([]);
  });

  it('shows each reader only what lies in their scope: Merangin sees Merangin, a reader outside Jambi sees nothing of Kerinci', async () => {
    const merangin = await t.gql(LIST, {}, await t.as('dinas.merangin'));
    // Only the Merangin village designated above: Kerinci's own two lie outside Dinas Merangin's area.
    expect(merangin.data!.desaBinaan.map((d: { village: { code: string } }) => d.village.code)).toEqual([PULAU_RENGAS]);

    const papua = await atJayapura('VIEWER', 'viewer.jayapura');
    const list = await t.gql(LIST, {}, papua);
    expect(list.errors).toBeUndefined();
    expect(list.data!.desaBinaan).toEqual([]);
    const village = await t.gql(`{ region(code: "${KOTO_DUA_BARU}") { name desaBinaan { id } } }`, undefined, papua);
    expect(village.data!.region).toEqual({ name: 'Koto Dua Baru', desaBinaan: [] });
    const anonymous = await t.gql(`{ region(code: "${KOTO_DUA_BARU}") { desaBinaan { id } } }`);
    expect(anonymous.data!.region.desaBinaan).toEqual([]);

    // National readers see them all; filters narrow by region and status.
    const ditjen = await t.as('ditjen');
    const kerinciOnly = await t.gql(LIST, { filter: { regionCode: '15.01' } }, ditjen);
    expect(kerinciOnly.data!.desaBinaan.map((d: { village: { code: string } }) => d.village.code).sort()).toEqual([HIANG_SAKTI, KOTO_DUA_BARU].sort());
    const ended = await t.gql(LIST, { filter: { status: 'ENDED' } }, ditjen);
    expect(ended.data!.desaBinaan).toEqual([]);
  });

  it('updates with the version read; a stale version is refused, naming who changed it', async () => {
    const head = await t.as('kepala.kerinci');
    const [row] = await sql(`SELECT id, version FROM desa_binaan WHERE village_code = $1`, [HIANG_SAKTI]);
    const first = await t.gql(UPDATE, { id: row.id, v: row.version, input: editable(HIANG_SAKTI, { status: 'ENDED', notes: 'SK dicabut.' }) }, head);
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateDesaBinaan).toMatchObject({ status: 'ENDED', version: row.version + 1, officerUser: null, skNumber: 'SK-1' });

    const stale = await t.gql(UPDATE, { id: row.id, v: row.version, input: editable(HIANG_SAKTI) }, head);
    expect(stale.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Data Desa Binaan ini telah diubah oleh kepala\.kerinci pada \d{4}-\d\d-\d\d \d\d:\d\d WIB\./),
      extensions: { code: 'CONFLICT' },
    });
    const [after] = await sql(`SELECT status, version FROM desa_binaan WHERE id = $1`, [row.id]);
    expect(after).toEqual({ status: 'ENDED', version: row.version + 1 });
    const [audit] = await sql(`SELECT changes FROM audit_log WHERE entity = 'DesaBinaan' AND entity_id = $1 AND operation = 'updateDesaBinaan'`, [row.id]);
    expect(audit.changes.status).toEqual({ from: 'ACTIVE', to: 'ENDED' });

    // Moving a designation onto a village the office already holds is the same conflict as designating it twice.
    const onto = await t.gql(UPDATE, { id: row.id, v: row.version + 1, input: editable(KOTO_DUA_BARU) }, head);
    expect(onto.errors![0]).toMatchObject({ message: expect.stringContaining('Koto Dua Baru sudah menjadi Desa Binaan'), extensions: { code: 'CONFLICT' } });
  });

  it('answers "not found" to the head of an office who may not see the designation, and changes nothing', async () => {
    const [row] = await sql(`SELECT id, version FROM desa_binaan WHERE village_code = $1`, [KOTO_DUA_BARU]);
    const res = await t.gql(UPDATE, { id: row.id, v: row.version, input: editable(KOTO_DUA_BARU) }, await atJayapura('HEAD', 'kepala.jayapura'));
    expect(res.errors![0]).toMatchObject({ message: 'Desa Binaan tidak ditemukan.', extensions: { code: 'NOT_FOUND' } });
    const [after] = await sql(`SELECT version, sk_number FROM desa_binaan WHERE id = $1`, [row.id]);
    expect(after).toEqual({ version: row.version, sk_number: 'DEMO/SK-DB/001/2025' });
  });
});
