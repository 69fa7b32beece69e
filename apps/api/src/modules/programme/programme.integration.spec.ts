import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';

const FRAMEWORK_FIELDS = `id name validFrom validTo version items { id number title indicators version frameworkName }`;
const FRAMEWORKS = `{ programmeFrameworks { ${FRAMEWORK_FIELDS} } }`;
const CREATE_FRAMEWORK = `mutation ($input: ProgrammeFrameworkInput!) { createProgrammeFramework(input: $input) { ${FRAMEWORK_FIELDS} } }`;
const UPDATE_FRAMEWORK = `mutation ($id: ID!, $v: Int!, $input: ProgrammeFrameworkInput!) { updateProgrammeFramework(id: $id, version: $v, input: $input) { ${FRAMEWORK_FIELDS} } }`;
const CREATE_ITEM = `mutation ($f: ID!, $input: ProgrammeItemInput!) { createProgrammeItem(frameworkId: $f, input: $input) { id number title indicators version frameworkId } }`;
const UPDATE_ITEM = `mutation ($id: ID!, $v: Int!, $input: ProgrammeItemInput!) { updateProgrammeItem(id: $id, version: $v, input: $input) { id number title indicators version } }`;

/** The founding story (seed/demo-activities.ts), filed under item 8 of the 2024–2025 framework. */
const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';

describe('programme frameworks (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const aksi = { name: '15 Program Aksi', validFrom: '2026-01-01', validTo: '2026-12-31' };

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the seeded 2024–2025 framework with its known items only, none of them measured yet', async () => {
    const res = await t.gql(FRAMEWORKS, undefined, await t.as('petugas.kerinci'));
    const [akselerasi] = res.data!.programmeFrameworks;
    expect(akselerasi).toMatchObject({ name: expect.stringContaining('13 Program Akselerasi'), validFrom: '2024-01-01', validTo: '2025-12-31', version: 1 });
    expect(akselerasi.items.map((i: { number: number }) => i.number)).toEqual([...akselerasi.items.map((i: { number: number }) => i.number)].sort((a, b) => a - b));
    expect(akselerasi.items.every((i: { indicators: string[] }) => i.indicators.length === 0)).toBe(true);
  });

  it('lets an administrator add a framework and its items with indicators, audited', async () => {
    const admin = await t.as('admin');
    const created = await t.gql(CREATE_FRAMEWORK, { input: { ...aksi, name: '  15 Program Aksi ' } }, admin);
    expect(created.errors).toBeUndefined();
    const framework = created.data!.createProgrammeFramework;
    expect(framework).toMatchObject({ ...aksi, version: 1, items: [] });

    const item = await t.gql(
      CREATE_ITEM,
      { f: framework.id, input: { number: 3, title: 'Pencegahan TPPO di desa', indicators: ['VILLAGES_REACHED', 'ACTIVITIES', 'VILLAGES_REACHED'] } },
      admin,
    );
    expect(item.errors).toBeUndefined();
    // Once each, in the enum's order, however they were sent.
    expect(item.data!.createProgrammeItem).toMatchObject({
      number: 3,
      title: 'Pencegahan TPPO di desa',
      indicators: ['ACTIVITIES', 'VILLAGES_REACHED'],
      version: 1,
      frameworkId: framework.id,
    });

    const list = await t.gql(FRAMEWORKS, undefined, await t.as('kanwil.jambi'));
    expect(list.data!.programmeFrameworks[0]).toMatchObject({
      name: '15 Program Aksi',
      items: [{ number: 3, indicators: ['ACTIVITIES', 'VILLAGES_REACHED'], frameworkName: '15 Program Aksi' }],
    });
    const audit = await sql(`SELECT operation, entity, subject_agency_id FROM audit_log WHERE entity IN ('ProgrammeFramework', 'ProgrammeItem') ORDER BY id`);
    expect(audit).toEqual([
      { operation: 'createProgrammeFramework', entity: 'ProgrammeFramework', subject_agency_id: null },
      { operation: 'createProgrammeItem', entity: 'ProgrammeItem', subject_agency_id: null },
    ]);

    // The same number twice in one framework is a clear conflict.
    const twice = await t.gql(CREATE_ITEM, { f: framework.id, input: { number: 3, title: 'Lain', indicators: [] } }, admin);
    expect(twice.errors![0]).toMatchObject({ message: 'Butir 3 sudah ada dalam 15 Program Aksi. Pilih nomor lain atau ubah butir yang ada.', extensions: { code: 'CONFLICT' } });
  });

  it.each([
    ['reversed dates', { ...aksi, validFrom: '2026-12-31', validTo: '2026-01-01' }, 'Tanggal akhir berlaku tidak boleh sebelum tanggal mulai berlaku.'],
    ['a date that does not exist', { ...aksi, validTo: '2026-02-29' }, 'Tanggal tidak valid (format TTTT-BB-HH).'],
    ['an empty name', { ...aksi, name: ' ' }, 'Nama kerangka program wajib diisi (maksimal 200 karakter).'],
  ])('refuses a framework with %s', async (_case, input, message) => {
    const res = await t.gql(CREATE_FRAMEWORK, { input }, await t.as('admin'));
    expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it.each([
    ['number 0', { number: 0, title: 'x' }, 'Nomor butir harus bilangan bulat 1–99.'],
    ['number 100', { number: 100, title: 'x' }, 'Nomor butir harus bilangan bulat 1–99.'],
    ['an empty title', { number: 5, title: '  ' }, 'Judul butir wajib diisi (maksimal 500 karakter).'],
    ['a title over 500 characters', { number: 5, title: 'x'.repeat(501) }, 'Judul butir wajib diisi (maksimal 500 karakter).'],
  ])('refuses an item with %s', async (_case, input, message) => {
    const [{ id }] = await sql(`SELECT id FROM programme_frameworks ORDER BY valid_from LIMIT 1`);
    const res = await t.gql(CREATE_ITEM, { f: id, input: { indicators: [], ...input } }, await t.as('admin'));
    expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('updates with the version read and refuses a stale one, for frameworks and items', async () => {
    const admin = await t.as('admin');
    const [framework] = await sql(`SELECT id, version FROM programme_frameworks WHERE name = '15 Program Aksi'`);
    const renamed = await t.gql(UPDATE_FRAMEWORK, { id: framework.id, v: framework.version, input: { ...aksi, name: '15 Program Aksi Kementerian' } }, admin);
    expect(renamed.data!.updateProgrammeFramework).toMatchObject({ name: '15 Program Aksi Kementerian', version: framework.version + 1 });
    const stale = await t.gql(UPDATE_FRAMEWORK, { id: framework.id, v: framework.version, input: aksi }, admin);
    expect(stale.errors![0]).toMatchObject({ message: expect.stringMatching(/^Kerangka program ini telah diubah oleh admin pada /), extensions: { code: 'CONFLICT' } });

    const [item] = await sql(`SELECT id, version FROM programme_items WHERE framework_id = $1 AND number = 3`, [framework.id]);
    const edited = await t.gql(UPDATE_ITEM, { id: item.id, v: item.version, input: { number: 4, title: 'Pencegahan TPPO', indicators: ['DESA_BINAAN_FORMED'] } }, admin);
    expect(edited.data!.updateProgrammeItem).toMatchObject({ number: 4, indicators: ['DESA_BINAAN_FORMED'], version: item.version + 1 });
    const staleItem = await t.gql(UPDATE_ITEM, { id: item.id, v: item.version, input: { number: 4, title: 'x', indicators: [] } }, admin);
    expect(staleItem.errors![0]).toMatchObject({ message: expect.stringMatching(/^Butir program ini telah diubah oleh admin pada /), extensions: { code: 'CONFLICT' } });
    const [changes] = await sql(`SELECT changes FROM audit_log WHERE entity = 'ProgrammeItem' AND operation = 'updateProgrammeItem'`);
    expect(changes.changes).toMatchObject({ number: { from: 3, to: 4 }, indicators: { from: ['ACTIVITIES', 'VILLAGES_REACHED'], to: ['DESA_BINAAN_FORMED'] } });
  });

  it("shows an item's indicators on the activities filed under it", async () => {
    const [item] = await sql(
      `SELECT i.id, i.version, i.title FROM programme_items i JOIN programme_frameworks f ON f.id = i.framework_id WHERE f.valid_from = '2024-01-01' AND i.number = 8`,
    );
    const res = await t.gql(UPDATE_ITEM, { id: item.id, v: item.version, input: { number: 8, title: item.title, indicators: ['PARTICIPANTS', 'OFFICIALS_REACHED'] } }, await t.as('admin'));
    expect(res.errors).toBeUndefined();
    const activity = await t.gql(`{ activity(id: "${FOUNDING_STORY}") { programmeItems { number indicators } } }`, undefined, await t.as('kepala.kerinci'));
    expect(activity.data!.activity.programmeItems).toEqual([{ number: 8, indicators: ['PARTICIPANTS', 'OFFICIALS_REACHED'] }]);
  });

  it('forbids everyone but administrators to change frameworks', async () => {
    for (const account of ['kepala.kerinci', 'ditjen']) {
      const res = await t.gql(CREATE_FRAMEWORK, { input: aksi }, await t.as(account));
      expect(firstError(res).extensions?.code).toBe('FORBIDDEN');
    }
  });
});
