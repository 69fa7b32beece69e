import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { onlyRow } from '../../database/kysely';

const CREATE = `mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { id version programmeItems { number } } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $v, input: $input) { id version startsAt programmeItems { number } } }`;
const AKSELERASI = '13 Program Akselerasi Kementerian Imigrasi dan Pemasyarakatan';

/**
 * An activity names only programme items of the frameworks in force on its date, the day it starts in its venue's
 * time zone (the shared rule): create and update refuse any other, in the caller's language (issue 12). The
 * import resolves item numbers against the same frameworks (import.integration.spec.ts).
 */
describe('activities and the programme framework in force on their date (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let item8: string;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const input = (over: Record<string, unknown> = {}) => ({
    type: 'SOSIALISASI',
    title: 'Sosialisasi TPPO di Bangko Barat',
    startsAt: '2025-06-20T02:00:00Z',
    endsAt: '2025-06-20T05:00:00Z',
    venueName: 'Kantor Camat Bangko Barat',
    venueRegionCode: '15.02.10',
    villages: [{ code: '15.02.10', reach: 'OFFICIALS_ATTENDED' }],
    participants: [{ category: 'KEPALA_DESA', male: 5, female: 1 }],
    programmeItemIds: [item8],
    ...over,
  });
  const at = (start: string, hours = 2) => ({ startsAt: start, endsAt: new Date(Date.parse(start) + hours * 3_600_000).toISOString() });

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: item8 } = onlyRow(
      await sql(`SELECT i.id FROM programme_items i JOIN programme_frameworks f ON f.id = i.framework_id WHERE i.number = 8 AND f.valid_from = '2024-01-01'`),
      'item8',
    ));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('takes an item of the framework in force on the activity’s date', async () => {
    const res = await t.gql(CREATE, { id: randomUUID(), input: input() }, await t.as('petugas.kerinci'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.createActivity.programmeItems).toEqual([{ number: 8 }]);
  });

  it('refuses on create an item whose framework is not in force on the date, naming it, in Indonesian or English, and writes nothing', async () => {
    const id = randomUUID();
    const officer = await t.as('petugas.kerinci');
    const res = await t.gql(CREATE, { id, input: input(at('2026-03-10T02:00:00Z')) }, officer);
    expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACTIVITY_PROGRAMME_ITEM_NOT_IN_FORCE', field: 'programmeItemIds' });
    expect(firstError(res).message).toBe(
      `Butir 8 dari ${AKSELERASI} tidak berlaku pada tanggal kegiatan, 10 Maret 2026 (kerangka ini berlaku 1 Januari 2024 s.d. 31 Desember 2025). ` +
        'Hapus butir ini, atau pilih butir kerangka program yang berlaku pada tanggal itu.',
    );
    const english = await t.gql(CREATE, { id, input: input(at('2026-03-10T02:00:00Z')) }, { ...officer, 'accept-language': 'en' });
    expect(firstError(english).message).toBe(
      `Item 8 of ${AKSELERASI} does not apply on the activity's date, 10 March 2026 (that framework is valid from 1 January 2024 to 31 December 2025). ` +
        'Remove it, or choose an item of the framework in force on that date.',
    );
    expect(await sql(`SELECT 1 FROM activities WHERE id = $1`, [id])).toEqual([]);
    // Without the item the same activity is fine: a day with no framework in force takes an activity without one.
    const without = await t.gql(CREATE, { id, input: input({ ...at('2026-03-10T02:00:00Z'), programmeItemIds: [] }) }, officer);
    expect(without.errors).toBeUndefined();
  });

  it('reads the date in the venue’s time zone: 23:30 WIB on 31 December is still the framework’s, 00:30 WIB on 1 January is not', async () => {
    const officer = await t.as('petugas.kerinci');
    const lastEvening = await t.gql(CREATE, { id: randomUUID(), input: input(at('2025-12-31T16:30:00Z', 1)) }, officer);
    expect(lastEvening.errors).toBeUndefined();
    const afterMidnight = await t.gql(CREATE, { id: randomUUID(), input: input(at('2025-12-31T17:30:00Z', 1)) }, officer);
    expect(firstError(afterMidnight).extensions!.reason).toBe('ACTIVITY_PROGRAMME_ITEM_NOT_IN_FORCE');
    expect(firstError(afterMidnight).message).toContain('tidak berlaku pada tanggal kegiatan, 1 Januari 2026');
  });

  it('refuses on update a date the kept item’s framework does not cover, and takes it once the item is removed', async () => {
    const officer = await t.as('petugas.kerinci');
    const created = (await t.gql(CREATE, { id: randomUUID(), input: input() }, officer)).data!.createActivity;
    const moved = await t.gql(UPDATE, { id: created.id, v: created.version, input: input(at('2026-02-02T02:00:00Z')) }, officer);
    expect(firstError(moved).extensions).toMatchObject({ reason: 'ACTIVITY_PROGRAMME_ITEM_NOT_IN_FORCE', field: 'programmeItemIds' });
    expect(firstError(moved).message).toContain('2 Februari 2026');
    const [row] = await sql(`SELECT version, (starts_at AT TIME ZONE 'UTC')::date::text AS day FROM activities WHERE id = $1`, [created.id]);
    expect(row).toEqual({ version: created.version, day: '2025-06-20' });

    const fixed = await t.gql(UPDATE, { id: created.id, v: created.version, input: input({ ...at('2026-02-02T02:00:00Z'), programmeItemIds: [] }) }, officer);
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data!.updateActivity).toMatchObject({ startsAt: '2026-02-02T02:00:00.000Z', programmeItems: [] });
  });

  it('takes the items of a framework entered later, on its own dates only', async () => {
    const admin = await t.as('admin');
    const framework = (
      await t.gql(
        `mutation ($input: ProgrammeFrameworkInput!) { createProgrammeFramework(input: $input) { id } }`,
        { input: { name: '15 Program Aksi', validFrom: '2026-01-01', validTo: '2026-12-31' } },
        admin,
      )
    ).data!.createProgrammeFramework;
    const aksi3 = (
      await t.gql(
        `mutation ($f: ID!, $input: ProgrammeItemInput!) { createProgrammeItem(frameworkId: $f, input: $input) { id } }`,
        { f: framework.id, input: { number: 3, title: 'Butir uji', indicators: [] } },
        admin,
      )
    ).data!.createProgrammeItem.id;
    const officer = await t.as('petugas.kerinci');
    const in2026 = await t.gql(CREATE, { id: randomUUID(), input: input({ ...at('2026-03-10T02:00:00Z'), programmeItemIds: [aksi3] }) }, officer);
    expect(in2026.errors).toBeUndefined();
    expect(in2026.data!.createActivity.programmeItems).toEqual([{ number: 3 }]);
    // The first item that does not apply is named, whichever order they came in.
    const mixed = await t.gql(CREATE, { id: randomUUID(), input: input({ ...at('2026-03-10T02:00:00Z'), programmeItemIds: [aksi3, item8] }) }, officer);
    expect(firstError(mixed).message).toMatch(/^Butir 8 dari 13 Program Akselerasi/);
    const in2025 = await t.gql(CREATE, { id: randomUUID(), input: input({ programmeItemIds: [aksi3] }) }, officer);
    expect(firstError(in2025).message).toBe(
      'Butir 3 dari 15 Program Aksi tidak berlaku pada tanggal kegiatan, 20 Juni 2025 (kerangka ini berlaku 1 Januari 2026 s.d. 31 Desember 2026). ' +
        'Hapus butir ini, atau pilih butir kerangka program yang berlaku pada tanggal itu.',
    );
  });
});
