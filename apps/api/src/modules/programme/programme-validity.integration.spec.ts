import { StandardReportKey } from '../report/dto/report.input';
import { ReportError } from '../report/report.errors';
import { standardRun } from '../report/standard-reports';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { onlyRow } from '../../database/kysely';

/**
 * Programme items follow their framework's validity (issue 12): which frameworks a date or a period offers, a
 * target's item, and the Capaian Program Akselerasi report when no framework is in force. The database holds the
 * seeded "13 Program Akselerasi" (2024–2025) until a test adds "15 Program Aksi" (2027 here, so that 2026 stays a
 * year without a framework whatever the clock says).
 */
describe('programme items follow their framework’s validity (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const FRAMEWORKS = `query ($on: Date, $from: Date, $to: Date) { programmeFrameworks(activeOn: $on, from: $from, to: $to) { name validFrom validTo items { number } } }`;
  const names = async (vars: Record<string, string>) => {
    const res = await t.gql(FRAMEWORKS, vars, await t.as('petugas.kerinci'));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.programmeFrameworks.map((f: { name: string }) => f.name);
  };
  const SET_TARGET = `mutation ($input: TargetInput!) { setTarget(input: $input) { id period programmeItem { number } } }`;
  const REPORT = `query ($input: ReportInput!) { report(input: $input) { title standard total { values { indicator value } } } }`;
  const capaian = (input: Record<string, unknown>) => ({
    rows: 'KANTOR_IMIGRASI',
    indicators: ['ACTIVITIES', 'VILLAGES_REACHED'],
    standard: 'CAPAIAN_AKSELERASI',
    ...input,
  });
  let item8: string;
  let kerinciId: string;
  const AKSELERASI = '13 Program Akselerasi Kementerian Imigrasi dan Pemasyarakatan';

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: item8 } = onlyRow(await sql(`SELECT i.id FROM programme_items i JOIN programme_frameworks f ON f.id = i.framework_id WHERE i.number = 8`), 'item8'));
    ({ id: kerinciId } = onlyRow(await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`), 'kerinciId'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('offers the frameworks in force on a date, or overlapping a period, and none between frameworks', async () => {
    expect(await names({})).toEqual([AKSELERASI]);
    expect(await names({ on: '2025-06-16' })).toEqual([AKSELERASI]);
    expect(await names({ on: '2025-12-31' })).toEqual([AKSELERASI]);
    expect(await names({ on: '2026-01-01' })).toEqual([]);
    expect(await names({ from: '2025-10-01', to: '2026-03-31' })).toEqual([AKSELERASI]);
    expect(await names({ from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    // Both filters together: in force that day and overlapping that period.
    expect(await names({ on: '2025-06-16', from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
  });

  it('refuses half a period or a reversed one, in the caller’s language', async () => {
    const half = await t.gql(FRAMEWORKS, { from: '2025-01-01' }, await t.as('petugas.kerinci'));
    expect(firstError(half).extensions).toMatchObject({ reason: 'PROGRAMME_PERIOD_INVALID', field: 'to' });
    expect(firstError(half).message).toBe('Periode tidak lengkap atau terbalik: isi from dan to, dengan to tidak sebelum from.');
    const reversed = await t.gql(FRAMEWORKS, { from: '2025-12-31', to: '2025-01-01' }, { ...(await t.as('petugas.kerinci')), 'accept-language': 'en' });
    expect(firstError(reversed).message).toBe('Incomplete or reversed period: give both from and to, with to not before from.');
  });

  it('refuses a target whose item’s framework does not cover its period, and still takes one without an item', async () => {
    const head = await t.as('kepala.kerinci');
    const refused = await t.gql(SET_TARGET, { input: { agencyId: kerinciId, period: '2026', indicator: 'ACTIVITIES', value: 4, programmeItemId: item8 } }, head);
    expect(firstError(refused).extensions).toMatchObject({ reason: 'TARGET_PROGRAMME_ITEM_NOT_IN_FORCE', field: 'programmeItemId' });
    expect(firstError(refused).message).toBe(
      `Butir 8 dari ${AKSELERASI} tidak berlaku pada periode 2026 (kerangka ini berlaku 1 Januari 2024 s.d. 31 Desember 2025). ` +
        'Pilih butir kerangka program yang berlaku pada periode itu, atau tetapkan target tanpa butir program.',
    );
    const english = await t.gql(
      SET_TARGET,
      { input: { agencyId: kerinciId, period: '2026-Q1', indicator: 'ACTIVITIES', value: 4, programmeItemId: item8 } },
      { ...head, 'accept-language': 'en' },
    );
    expect(firstError(english).message).toMatch(/^Item 8 of 13 Program Akselerasi .* does not apply in 2026-Q1 \(that framework is valid from 1 January 2024 to 31 December 2025\)/);
    expect(await sql(`SELECT 1 FROM targets WHERE agency_id = $1`, [kerinciId])).toEqual([]);

    const withoutItem = await t.gql(SET_TARGET, { input: { agencyId: kerinciId, period: '2026', indicator: 'ACTIVITIES', value: 4 } }, head);
    expect(withoutItem.errors).toBeUndefined();
    expect(withoutItem.data!.setTarget).toMatchObject({ period: '2026', programmeItem: null });
    // The last quarter of the framework's validity still has it.
    const lastQuarter = await t.gql(SET_TARGET, { input: { agencyId: kerinciId, period: '2025-Q4', indicator: 'ACTIVITIES', value: 2, programmeItemId: item8 } }, head);
    expect(lastQuarter.errors).toBeUndefined();
    expect(lastQuarter.data!.setTarget).toMatchObject({ period: '2025-Q4', programmeItem: { number: 8 } });
  });

  it('Capaian Program Akselerasi says so when no framework is in force in its period, instead of using an old framework’s item', async () => {
    const dataSource = t.app.get(DataSource);
    // 4 December 2026: no framework is in force this quarter.
    const december = await standardRun(dataSource, StandardReportKey.CAPAIAN_AKSELERASI, new Date('2026-12-04T03:00:00Z'));
    expect(december.input).toMatchObject({ period: '2026-Q4', programmeItemId: null, standard: 'CAPAIAN_AKSELERASI' });
    expect(december.unavailable).toBeInstanceOf(ReportError);
    expect(december.unavailable!.localize('id')).toBe(
      'Tidak ada kerangka program yang berlaku pada 1 Oktober 2026 s.d. 31 Desember 2026, sehingga laporan "Capaian Program Akselerasi per Kantor Imigrasi" ' +
        'tidak dapat disusun untuk periode ini. Pilih periode yang dicakup kerangka program, atau minta administrator memasukkan kerangka program yang berlaku.',
    );
    // 16 June 2025: item 8 of the 13 Program Akselerasi, in force.
    const june = await standardRun(dataSource, StandardReportKey.CAPAIAN_AKSELERASI, new Date('2025-06-16T03:00:00Z'));
    expect(june).toEqual({ input: expect.objectContaining({ period: '2025-Q2', programmeItemId: item8 }), unavailable: null });

    // Run for a period without a framework, with or without the old item: refused in words (both languages).
    const reader = await t.as('kanwil.jambi');
    for (const input of [capaian({ period: '2026-Q4' }), capaian({ period: '2026-Q4', programmeItemId: item8 })]) {
      const res = await t.gql(REPORT, { input }, reader);
      expect(firstError(res).extensions).toMatchObject({ reason: 'REPORT_NO_FRAMEWORK_IN_FORCE', field: 'programmeItemId' });
      expect(firstError(res).message).toBe(december.unavailable!.localize('id'));
    }
    const english = await t.gql(REPORT, { input: capaian({ from: '2026-02-01', to: '2026-02-28' }) }, { ...reader, 'accept-language': 'en' });
    expect(firstError(english).message).toMatch(
      /^No programme framework is in force from 1 February 2026 to 28 February 2026, so the report "Acceleration Programme Achievement per Immigration Office" cannot be drawn up/,
    );
    // The export route computes the same report, so it is refused the same way.
    const exported = await fetch(`${t.baseUrl}/api/reports/export.csv`, {
      method: 'POST',
      headers: { ...reader, 'content-type': 'application/json' },
      body: JSON.stringify({ input: capaian({ period: '2026-Q4' }) }),
    });
    expect(exported.status).toBe(400);
    expect(JSON.stringify(await exported.json())).toContain('Tidak ada kerangka program yang berlaku pada 1 Oktober 2026 s.d. 31 Desember 2026');

    // A period the framework covers: the card's input without an item follows item 8 of that period's framework,
    // the same figures as the report with the item named.
    const followed = await t.gql(REPORT, { input: capaian({ period: '2025' }) }, reader);
    const named = await t.gql(REPORT, { input: capaian({ period: '2025', programmeItemId: item8 }) }, reader);
    expect(followed.errors).toBeUndefined();
    expect(followed.data!.report.title).toBe('Capaian Program Akselerasi per Kantor Imigrasi');
    expect(followed.data!.report.total).toEqual(named.data!.report.total);
    expect(followed.data!.report.total.values.find((v: { indicator: string }) => v.indicator === 'VILLAGES_REACHED').value).toBeGreaterThanOrEqual(14);
  });

  it('once a later framework is entered: offered on its dates, a Capaian without its item 8 says so, and an old item is refused for its period', async () => {
    const admin = await t.as('admin');
    const created = await t.gql(
      `mutation ($input: ProgrammeFrameworkInput!) { createProgrammeFramework(input: $input) { id } }`,
      { input: { name: '15 Program Aksi', validFrom: '2027-01-01', validTo: '2027-12-31' } },
      admin,
    );
    const aksi = created.data!.createProgrammeFramework.id;
    await t.gql(
      `mutation ($f: ID!, $input: ProgrammeItemInput!) { createProgrammeItem(frameworkId: $f, input: $input) { id } }`,
      { f: aksi, input: { number: 3, title: 'Butir uji', indicators: [] } },
      admin,
    );

    expect(await names({ on: '2027-03-01' })).toEqual(['15 Program Aksi']);
    expect(await names({ on: '2026-12-04' })).toEqual([]);
    expect(await names({ from: '2025-12-01', to: '2027-01-31' })).toEqual(['15 Program Aksi', AKSELERASI]);

    const run = await standardRun(t.app.get(DataSource), StandardReportKey.CAPAIAN_AKSELERASI, new Date('2027-02-10T03:00:00Z'));
    expect(run.input.programmeItemId).toBeNull();
    expect(run.unavailable!.localize('id')).toBe(
      'Kerangka program yang berlaku pada 1 Januari 2027 s.d. 31 Maret 2027 (15 Program Aksi) belum memiliki butir 8, sehingga laporan ' +
        '"Capaian Program Akselerasi per Kantor Imigrasi" tidak dapat disusun untuk periode ini.',
    );
    const old = await t.gql(REPORT, { input: capaian({ period: '2027-Q1', programmeItemId: item8 }) }, await t.as('ditjen'));
    expect(firstError(old).extensions).toMatchObject({ reason: 'REPORT_PROGRAMME_ITEM_NOT_IN_PERIOD' });
    expect(firstError(old).message).toBe(
      `Butir 8 dari ${AKSELERASI} tidak berlaku pada 1 Januari 2027 s.d. 31 Maret 2027 (kerangka ini berlaku 1 Januari 2024 s.d. 31 Desember 2025), ` +
        'sehingga laporan "Capaian Program Akselerasi per Kantor Imigrasi" tidak dapat disusun dengan butir ini untuk periode itu.',
    );
  });
});
