import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { registered } from '../../../test/live';
import { startTestApp, TEST_JWT_SECRET, TestApp, firstError } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { waitFor } from '../../../test/wait-for';
import { createApp } from '../../bootstrap';
import { loadConfig } from '../../config/env';
import { CoverageEvents } from '../activity/rollups/coverage-events';
import { rebuildCoverage } from '../activity/rollups/coverage-maintenance';
import { onlyRow } from '../../database/kysely';
import { ChangeListener } from '../../common/change-listener';
import { TargetService } from '../target/target.service';

/** The founding story (seed/demo-activities.ts): verified, 16 June 2025, 14 villages of Merangin, 16 officials. */
const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
const JUNE = { from: '2025-06-01', to: '2025-06-30' };

const COVERAGE = `query ($region: ID, $agency: ID, $from: Date!, $to: Date!, $item: ID) {
  coverage(regionCode: $region, agencyId: $agency, from: $from, to: $to, programmeItemId: $item) {
    villagesTotal villagesReached ratio restricted region { code } agency { shortName }
    children { region { code name } villagesTotal villagesReached ratio lastReachedOn } } }`;

describe('coverage (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let dinasId: string;
  let kerinciId: string;
  let pulauRengas: string;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const coverage = async (as: string, vars: Record<string, unknown>) => {
    const res = await t.gql(COVERAGE, { ...JUNE, ...vars }, await t.as(as));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.coverage;
  };
  const mutate = async (as: string, query: string, vars: Record<string, unknown>) => {
    const res = await t.gql(query, vars, await t.as(as));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data!)[0] as any;
  };
  const version = async (id: string) => (await sql(`SELECT version FROM activities WHERE id = $1`, [id]))[0].version as number;
  const reopen = async (id: string) =>
    mutate('kepala.kerinci', `mutation ($id: ID!, $v: Int!, $r: String!) { reopenActivity(id: $id, version: $v, reason: $r) { status } }`, {
      id,
      v: await version(id),
      r: 'Daftar hadir perlu diperiksa ulang.',
    });
  const verify = async (as: string, id: string) =>
    mutate(as, `mutation ($id: ID!, $v: Int!) { verifyActivity(id: $id, version: $v) { status } }`, { id, v: await version(id) });
  const submit = async (as: string, id: string) =>
    mutate(as, `mutation ($id: ID!, $v: Int!) { submitActivity(id: $id, version: $v) { status } }`, { id, v: await version(id) });
  /** A held activity of the dinas reaching the given villages on a date (09:00 WIB), submitted and verified. */
  const dinasActivity = async (villages: string[], day: string) => {
    const id = randomUUID();
    await mutate('dinas.merangin', `mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { id } }`, {
      id,
      input: {
        type: 'SOSIALISASI',
        title: 'Sosialisasi PMI prosedural',
        startsAt: `${day}T02:00:00Z`,
        endsAt: `${day}T04:00:00Z`,
        venueName: 'Balai Desa',
        venueRegionCode: villages[0],
        villages: villages.map((code) => ({ code, reach: 'HELD_IN_VILLAGE' })),
        participants: [{ category: 'KEPALA_DESA', male: 1, female: 0 }, { category: 'MASYARAKAT_UMUM', male: 10, female: 12 }],
      },
    });
    await submit('dinas.merangin', id);
    await verify('kepala.dinas', id);
    return id;
  };

  /** A second instance of the API on the same database, as behind a load balancer (no Redis needed here). */
  const otherInstance = async () => {
    const other = await createApp(
      loadConfig({ NODE_ENV: 'test', REGION_AUTOLOAD: 'false', WEB_DIST_DIR: '/nonexistent', JWT_SECRET: TEST_JWT_SECRET, DEMO_MODE: 'false' }),
      t.db.url,
    );
    await other.listen(0, '127.0.0.1');
    const address = other.getHttpServer().address();
    return { other, otherUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql` };
  };

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: dinasId } = onlyRow(await sql(`SELECT id FROM agencies WHERE short_name = 'Dinas PMTSP-TK Merangin'`), 'dinasId'));
    ({ id: kerinciId } = onlyRow(await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`), 'kerinciId'));
    ({ code: pulauRengas } = onlyRow(await sql(`SELECT code FROM regions WHERE parent_code = '15.02.10' AND name ILIKE 'pulau rengas%'`), 'pulauRengas'));
    // The dinas has no head among the demo accounts: one, with the demo password, so it can verify its own work.
    await sql(
      `INSERT INTO users (username, full_name, agency_id, role, password_hash)
       SELECT 'kepala.dinas', 'Kepala Dinas PMTSP-TK Merangin', $1, 'HEAD', password_hash FROM users WHERE username = 'petugas.kerinci'`,
      [dinasId],
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts the verified founding story: Bangko Barat 6/6, Kabupaten Merangin 14/215 in June 2025', async () => {
    const bangkoBarat = await coverage('kepala.kerinci', { region: '15.02.10' });
    expect(bangkoBarat).toMatchObject({ villagesTotal: 6, villagesReached: 6, ratio: 1, restricted: false });
    expect(bangkoBarat.children).toHaveLength(6);
    expect(bangkoBarat.children.every((c: { villagesReached: number; lastReachedOn: string }) => c.villagesReached === 1 && c.lastReachedOn === '2025-06-16')).toBe(true);

    const merangin = await coverage('kepala.kerinci', { region: '15.02' });
    expect(merangin).toMatchObject({ villagesTotal: 215, villagesReached: 14 });
    const byKecamatan = Object.fromEntries(merangin.children.map((c: any) => [c.region.code, c.villagesReached]));
    expect(byKecamatan['15.02.10']).toBe(6);
    expect(byKecamatan['15.02.02']).toBe(8);

    // The same through every path: the year (counters), a custom range (facts), and a programme item filter.
    expect((await coverage('kepala.kerinci', { region: '15.02', from: '2025-01-01', to: '2025-12-31' })).villagesReached).toBe(14);
    expect((await coverage('kepala.kerinci', { region: '15.02', from: '2025-06-10', to: '2025-06-20' })).villagesReached).toBe(14);
    expect((await coverage('kepala.kerinci', { region: '15.02', from: '2025-06-17', to: '2025-06-20' })).villagesReached).toBe(0);
    const [{ id: item8 }] = await sql(`SELECT id FROM programme_items WHERE number = 8`);
    expect((await coverage('kepala.kerinci', { region: '15.02', item: item8 })).villagesReached).toBe(14);
  });

  it("lists every village of an area with whether it was reached, for a map of a province's villages", async () => {
    const ask = async (as: string, vars: Record<string, unknown>) =>
      t.gql(
        `query ($region: ID, $from: Date!, $to: Date!) { coverageVillages(regionCode: $region, from: $from, to: $to) { region { code } villagesReached lastReachedOn } }`,
        { ...JUNE, ...vars },
        await t.as(as),
      );
    const bangkoBarat = (await ask('kepala.kerinci', { region: '15.02.10' })).data!.coverageVillages;
    expect(bangkoBarat).toHaveLength(6);
    expect(bangkoBarat.every((v: any) => v.villagesReached === 1 && v.lastReachedOn === '2025-06-16')).toBe(true);
    // All of Jambi as the Kerinci head: the working area's 571 villages, 14 of them reached in June 2025.
    const jambi = (await ask('kepala.kerinci', { region: '15' })).data!.coverageVillages;
    expect(jambi).toHaveLength(571);
    expect(jambi.filter((v: any) => v.villagesReached === 1)).toHaveLength(14);
    expect((await ask('desa.pulaurengas', { region: '15' })).data!.coverageVillages).toEqual([{ region: { code: pulauRengas }, villagesReached: 1, lastReachedOn: '2025-06-16' }]);
    const national = await ask('ditjen', {});
    expect(firstError(national).extensions!.reason).toBe('COVERAGE_AREA_TOO_LARGE');
  });

  it("answers an agency's working area, and the caller's own agency by default", async () => {
    const own = await coverage('kepala.kerinci', {});
    expect(own).toMatchObject({ villagesTotal: 571, villagesReached: 14, agency: { shortName: 'Kanim Kerinci' } });
    expect(own.children.map((c: any) => c.region.code)).toEqual(['15.01', '15.02', '15.72']);
    const byId = await coverage('ditjen', { agency: kerinciId });
    expect(byId).toMatchObject({ villagesTotal: 571, villagesReached: 14 });
  });

  it('shows a reader only what they may see', async () => {
    // A Kerinci head asking about all of Jambi gets the working area, flagged as restricted.
    const jambi = await coverage('kepala.kerinci', { region: '15' });
    expect(jambi).toMatchObject({ restricted: true, villagesTotal: 571, villagesReached: 14 });
    expect(jambi.children.map((c: any) => c.region.code)).toEqual(['15.01', '15.02', '15.72']);
    // The village head sees their own village only; Jambi's figures beyond it do not exist for them.
    const fromVillage = await coverage('desa.pulaurengas', { region: '15.02' });
    expect(fromVillage).toMatchObject({ villagesTotal: 1, villagesReached: 1, restricted: true });
    // A reader whose scope is outside Jambi: nothing at all.
    const [{ id: acehAgency }] = await sql(
      `INSERT INTO agencies (name, short_name, type, home_region_code) VALUES ('Kantor Imigrasi Banda Aceh', 'Kanim Banda Aceh', 'KANTOR_IMIGRASI', '11.71') RETURNING id`,
    );
    await sql(`INSERT INTO agency_working_areas (agency_id, region_code) VALUES ($1, '11.71')`, [acehAgency]);
    await sql(
      `INSERT INTO users (username, full_name, agency_id, role, password_hash)
       SELECT 'kepala.aceh', 'Kepala Kanim Banda Aceh', $1, 'HEAD', password_hash FROM users WHERE username = 'petugas.kerinci'`,
      [acehAgency],
    );
    expect(await coverage('kepala.aceh', { region: '15' })).toBeNull();
    expect(await coverage('kepala.aceh', { region: '15.02.10' })).toBeNull();
    expect(await coverage('kepala.aceh', { agency: kerinciId })).toBeNull();
    const dash = await t.gql(`query { dashboard(filter: { regionCode: "15", from: "2025-01-01", to: "2025-12-31" }) { activities } }`, {}, await t.as('kepala.aceh'));
    expect(dash.data!.dashboard).toBeNull();
  });

  it('counts a village once when a second agency reaches it the same month, and reopening moves the figures back', async () => {
    await dinasActivity([pulauRengas], '2025-06-20');
    expect(await coverage('kepala.kerinci', { region: '15.02.10' })).toMatchObject({ villagesReached: 6, villagesTotal: 6 });
    expect((await coverage('kanwil.jambi', { region: '15' })).villagesReached).toBe(14);

    await reopen(FOUNDING_STORY);
    const after = await coverage('kepala.kerinci', { region: '15.02.10' });
    expect(after.villagesReached).toBe(1); // Pulau Rengas, reached by the dinas
    expect(after.children.find((c: any) => c.region.code === pulauRengas).lastReachedOn).toBe('2025-06-20');
    expect((await coverage('kepala.kerinci', { region: '15.02' })).villagesReached).toBe(1);
    expect((await coverage('kepala.kerinci', { region: '15.02', from: '2025-01-01', to: '2025-12-31' })).villagesReached).toBe(1);

    // Back through the workflow: edit nothing, submit, verify: 6/6 again, and the rollups equal a full rebuild.
    await submit('petugas.kerinci', FOUNDING_STORY);
    await verify('kepala.kerinci', FOUNDING_STORY);
    expect(await coverage('kepala.kerinci', { region: '15.02.10' })).toMatchObject({ villagesReached: 6 });
    const incremental = await sql(`SELECT region_code, period, villages_reached FROM coverage_region_periods WHERE villages_reached <> 0 ORDER BY 1, 2`);
    await withAdmin(t.db.url, async (c) => {
      await c.query('BEGIN');
      // A manager whose query runner is the owner's client (what db() in database/kysely.ts runs its statements on).
      const queryRunner = { isReleased: false, query: (q: string, p?: unknown[]) => c.query(q, p).then((r) => ({ records: r.rows })) };
      await rebuildCoverage({ queryRunner } as never);
      await c.query('COMMIT');
    });
    expect(await sql(`SELECT region_code, period, villages_reached FROM coverage_region_periods ORDER BY 1, 2`)).toEqual(incremental);
    expect(incremental).toContainEqual({ region_code: '15.02.10', period: '2025-06', villages_reached: 6 });
    expect(incremental).toContainEqual({ region_code: 'ID', period: '2025', villages_reached: 14 });
  });

  it('puts an activity on the date it starts in its venue zone: 23:30 WIB on 31 March is March, Q1', async () => {
    const id = randomUUID();
    const village = (await sql(`SELECT code FROM regions WHERE parent_code = '15.02.01' ORDER BY code LIMIT 1`))[0].code;
    await mutate('dinas.merangin', `mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { id } }`, {
      id,
      input: {
        type: 'PENYULUHAN',
        title: 'Penyuluhan malam',
        startsAt: '2025-03-31T16:30:00Z', // 23:30 WIB
        endsAt: '2025-03-31T16:50:00Z',
        venueName: 'Balai Desa',
        venueRegionCode: village,
        villages: [{ code: village, reach: 'HELD_IN_VILLAGE' }],
        participants: [],
      },
    });
    await submit('dinas.merangin', id);
    await verify('kepala.dinas', id);
    const march = await coverage('kepala.kerinci', { region: '15.02.01', from: '2025-03-01', to: '2025-03-31' });
    expect(march.villagesReached).toBe(1);
    expect((await coverage('kepala.kerinci', { region: '15.02.01', from: '2025-04-01', to: '2025-04-30' })).villagesReached).toBe(0);
    expect((await coverage('kepala.kerinci', { region: '15.02.01', from: '2025-01-01', to: '2025-03-31' })).villagesReached).toBe(1);
  });

  it('lists the villages never reached, and those not reached for N months', async () => {
    const [{ n: villages }] = await sql(`SELECT village_count AS n FROM regions WHERE code = '15.02.01'`);
    const list = async (vars: Record<string, unknown>) => {
      const res = await t.gql(
        `query ($f: VillagesNotReachedFilter, $sort: VillageSort, $desc: Boolean) {
           villagesNotReached(filter: $f, sort: $sort, descending: $desc, first: 200) { total rows { region { code name } lastReachedOn activities } } }`,
        vars,
        await t.as('kepala.kerinci'),
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.villagesNotReached;
    };
    // Bangko Barat: all six reached by the founding story.
    expect((await list({ f: { regionCode: '15.02.10' } })).total).toBe(0);
    // 15.02.01: one village reached on 31 March 2025 (the zone test above); the rest never.
    const never = await list({ f: { regionCode: '15.02.01' }, sort: 'NAME' });
    expect(never.total).toBe(villages - 1);
    const names = never.rows.map((r: any) => r.region.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'en')));
    // Not reached in the last 6 months: that village too, with its last date (most recently reached first).
    const stale = await list({ f: { regionCode: '15.02.01', staleMonths: 6 }, sort: 'LAST_REACHED', desc: true });
    expect(stale.total).toBe(villages);
    expect(stale.rows[0]).toMatchObject({ lastReachedOn: '2025-03-31', activities: 1 });
    expect(stale.rows.slice(1).every((r: any) => r.lastReachedOn === null)).toBe(true);
  });

  it('gives the dashboard figures, with officials summed across agencies', async () => {
    const res = await t.gql(
      `query ($f: CoverageFilter!) { dashboard(filter: $f) {
         activities participants officialsReached desaBinaanFormed coverage { villagesReached villagesTotal }
         monthly { month activities villagesReached } byType { type activities } participantsByCategory { category male female } } }`,
      { f: { regionCode: '15.02.10', from: '2025-06-01', to: '2025-06-30' } },
      await t.as('kepala.kerinci'),
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.dashboard;
    expect(d.coverage).toEqual({ villagesReached: 6, villagesTotal: 6 });
    // The founding story's officials of Bangko Barat (its camat and 6 kepala desa; the other 9 govern in Bangko) and
    // the dinas activity in Pulau Rengas (1 kepala desa + 22 others).
    expect(d.activities).toBe(2);
    expect(d.officialsReached).toBe(7 + 1);
    expect(d.participants).toBe(7 + 23);
    expect(d.monthly).toEqual([{ month: '2025-06-01', activities: 2, villagesReached: 6 }]);
  });

  it('refuses bad ranges with a clear message', async () => {
    const reversed = await t.gql(COVERAGE, { from: '2025-06-30', to: '2025-06-01' }, await t.as('kepala.kerinci'));
    expect(firstError(reversed).message).toBe('Tanggal akhir harus sama dengan atau setelah tanggal awal.');
    const bad = await t.gql(COVERAGE, { from: '2025-02-29', to: '2025-03-01' }, await t.as('kepala.kerinci'));
    expect(firstError(bad).message).toMatch(/Tanggal tidak valid/);
  });

  it('tells an open dashboard when an activity in its area is verified, after the commit', async () => {
    const { authorization } = await t.as('kepala.kerinci');
    const channel = t.app.get(CoverageEvents);
    const before = channel.subscriberCount;
    const client = createClient({ url: t.baseUrl.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization } });
    const events: any[] = [];
    let seenFigure: number | null = null;
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: `subscription { coverageChanged(regionCode: "15.02") { activityId kind } }` },
        {
          next: (msg) => {
            events.push(msg);
            // Refetch as a dashboard would: the verification is already visible. A failed refetch fails the test.
            coverage('kepala.kerinci', { region: pulauRengas.slice(0, 8), from: '2025-07-01', to: '2025-07-31' }).then((figures) => {
              seenFigure = figures.villagesReached;
              resolve();
            }, reject);
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await registered(channel, before + 1);
    const id = await dinasActivity([pulauRengas], '2025-07-02');
    await done;
    await client.dispose();
    expect(events[0].errors).toBeUndefined();
    expect(events[0].data.coverageChanged).toEqual({ activityId: id, kind: 'VERIFIED' });
    expect(seenFigure).toBe(1);
  });

  it('serves no cached figure after a verification committed in another API process', async () => {
    const { other, otherUrl } = await otherInstance();
    const ask = async () => {
      const res = await fetch(otherUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await t.as('kanwil.jambi')) },
        body: JSON.stringify({ query: COVERAGE, variables: { region: '15.02.05', from: '2025-08-01', to: '2025-08-31' } }),
      });
      return ((await res.json()) as any).data.coverage.villagesReached as number;
    };
    try {
      expect(await ask()).toBe(0);
      expect(await ask()).toBe(0); // now cached in the other process
      const village = (await sql(`SELECT code FROM regions WHERE parent_code = '15.02.05' ORDER BY code LIMIT 1`))[0].code;
      await dinasActivity([village], '2025-08-05');
      expect(await ask()).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('keeps targets with pacing, set by the head for their own agency only', async () => {
    const SET = `mutation ($input: TargetInput!, $v: Int) { setTarget(input: $input, version: $v) { id version value achieved status expected elapsed periodFrom periodTo } }`;
    const target = await mutate('kepala.kerinci', SET, { input: { agencyId: kerinciId, period: '2025', indicator: 'VILLAGES_REACHED', value: 100 } });
    // Kerinci's own work in 2025: the founding story's 14 villages (the dinas's Pulau Rengas is the same village).
    expect(target).toMatchObject({ value: 100, achieved: 14, periodFrom: '2025-01-01', periodTo: '2025-12-31', status: 'BEHIND', elapsed: 1 });
    const q2 = await mutate('kepala.kerinci', SET, { input: { agencyId: kerinciId, period: '2025-q2', indicator: 'ACTIVITIES', value: 1 } });
    expect(q2).toMatchObject({ achieved: 1, status: 'ACHIEVED', periodFrom: '2025-04-01', periodTo: '2025-06-30' });

    const again = await t.gql(SET, { input: { agencyId: kerinciId, period: '2025', indicator: 'VILLAGES_REACHED', value: 50 } }, await t.as('kepala.kerinci'));
    expect(firstError(again).extensions!.reason).toBe('TARGET_ALREADY_SET');
    const changed = await mutate('kepala.kerinci', SET, { input: { agencyId: kerinciId, period: '2025', indicator: 'VILLAGES_REACHED', value: 10 }, v: target.version });
    expect(changed).toMatchObject({ value: 10, status: 'ACHIEVED' });
    const stale = await t.gql(SET, { input: { agencyId: kerinciId, period: '2025', indicator: 'VILLAGES_REACHED', value: 20 }, v: target.version }, await t.as('kepala.kerinci'));
    expect(firstError(stale).extensions!.reason).toBe('TARGET_VERSION_CONFLICT');

    const forOther = await t.gql(SET, { input: { agencyId: dinasId, period: '2025', indicator: 'ACTIVITIES', value: 5 } }, await t.as('kepala.kerinci'));
    expect(firstError(forOther).message).toBe('Kepala kantor hanya dapat menetapkan target untuk instansinya sendiri.');
    const monthly = await t.gql(SET, { input: { agencyId: kerinciId, period: '2025-06', indicator: 'ACTIVITIES', value: 5 } }, await t.as('kepala.kerinci'));
    expect(firstError(monthly).extensions!.reason).toBe('TARGET_PERIOD_INVALID');
    const ratio = await t.gql(SET, { input: { agencyId: kerinciId, period: '2025', indicator: 'COVERAGE_RATIO', value: 50 } }, await t.as('kepala.kerinci'));
    expect(firstError(ratio).extensions!.reason).toBe('TARGET_RATIO_INVALID');

    const listed = await t.gql(`query ($a: ID!) { targets(agencyId: $a, year: 2025) { period indicator } }`, { a: kerinciId }, await t.as('kanwil.jambi'));
    expect(listed.data!.targets).toHaveLength(2);
    const outsider = await t.gql(`query ($a: ID!) { targets(agencyId: $a) { period } }`, { a: kerinciId }, await t.as('desa.pulaurengas'));
    expect(outsider.data!.targets).toEqual([]);
  });

  it('a dashboard shows a target as soon as it is set or changed, and one changed elsewhere within moments', async () => {
    const SET = `mutation ($input: TargetInput!, $v: Int) { setTarget(input: $input, version: $v) { id version value } }`;
    const DASHBOARD = `{ dashboard(filter: { from: "2025-01-01", to: "2025-12-31" }) { targets { period indicator value } } }`;
    const q3 = async () => {
      const res = await t.gql(DASHBOARD, {}, await t.as('kepala.kerinci'));
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return (res.data!.dashboard.targets as { period: string; indicator: string; value: number }[]).filter((x) => x.period.toLowerCase() === '2025-q3').map((x) => ({ indicator: x.indicator, value: x.value }));
    };
    // Asked twice: the rows are kept from here on.
    expect(await q3()).toEqual([]);
    expect(await q3()).toEqual([]);
    const made = await mutate('kepala.kerinci', SET, { input: { agencyId: kerinciId, period: '2025-q3', indicator: 'ACTIVITIES', value: 7 } });
    expect(await q3()).toEqual([{ indicator: 'ACTIVITIES', value: 7 }]);
    await mutate('kepala.kerinci', SET, { input: { agencyId: kerinciId, period: '2025-q3', indicator: 'ACTIVITIES', value: 9 }, v: made.version });
    expect(await q3()).toEqual([{ indicator: 'ACTIVITIES', value: 9 }]);
    // Written behind this instance's back (another instance, or by hand): heard through targets_changed.
    await sql(`UPDATE targets SET value = 11 WHERE id = $1`, [made.id]);
    await waitFor(async () => (await q3())[0]?.value === 11, { timeoutMs: 2000, what: 'the dashboard to show the value written elsewhere' });

    // A person's change (a sign-in, a new name) keeps the rows; an agency's change drops them.
    const targets = t.app.get(TargetService);
    await q3();
    expect(targets.keptRows).toBeGreaterThan(0);
    const heard: string[] = [];
    t.app.get(ChangeListener).subscribe('caller_changed', { changed: (payload) => heard.push(payload), listening: () => undefined });
    const [{ id: userId }] = await sql(`UPDATE users SET full_name = full_name WHERE username = 'petugas.kerinci' RETURNING id`);
    await waitFor(() => heard.includes(`u:${userId}`), { what: "the user's change to be heard" });
    expect(targets.keptRows).toBeGreaterThan(0);
    await sql(`UPDATE agencies SET name = name WHERE id = $1`, [kerinciId]);
    await waitFor(() => targets.keptRows === 0, { what: "the agency's change to drop the kept rows" });
  });

  it("a target's achievement on a dashboard counts a verification at once, on this instance and another", async () => {
    // The dashboard keeps its target measurement while the target rows, the coverage generation and the hour stay.
    const { other, otherUrl } = await otherInstance();
    await waitFor(() => other.get(ChangeListener).backendPid, { what: 'the other instance to listen for changes' });
    const DASHBOARD = `{ dashboard(filter: { from: "2024-01-01", to: "2024-12-31" }) { targets { period indicator achieved } } }`;
    const achievedOn = async (url: string | null) => {
      const headers = await t.as('kepala.dinas');
      const res = url
        ? ((await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: DASHBOARD }) })).json()) as any)
        : await t.gql(DASHBOARD, {}, headers);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return (res.data.dashboard.targets as { period: string; indicator: string; achieved: number }[]).find((x) => x.period === '2024' && x.indicator === 'ACTIVITIES')?.achieved;
    };
    try {
      // Signed in before (a sign-in notifies caller_changed, which also drops kept target rows) and the target set; a
      // notification of the test's own then tells that the other instance has heard everything sent before it.
      await Promise.all([t.as('dinas.merangin'), t.as('kepala.dinas')]);
      await mutate('kepala.dinas', `mutation ($input: TargetInput!) { setTarget(input: $input) { id } }`, { input: { agencyId: dinasId, period: '2024', indicator: 'ACTIVITIES', value: 5 } });
      let heard = false;
      other.get(ChangeListener).subscribe('targets_changed', { changed: (payload) => (heard ||= payload === 'test-sentinel'), listening: () => undefined });
      await sql(`SELECT pg_notify('targets_changed', 'test-sentinel')`);
      await waitFor(() => heard, { what: 'the other instance to hear what was sent before' });
      const before = await achievedOn(null);
      expect(before).toEqual(expect.any(Number));
      expect(await achievedOn(otherUrl)).toBe(before);
      expect(await achievedOn(otherUrl)).toBe(before); // now kept in the other process
      await dinasActivity([pulauRengas], '2024-05-06');
      expect(await achievedOn(null)).toBe(before! + 1);
      // The other process wrote nothing: it hears of the verification through coverage_changed.
      await waitFor(async () => (await achievedOn(otherUrl)) === before! + 1, { timeoutMs: 2000, what: 'the other instance to count the verification' });
    } finally {
      await other.close();
    }
  });
});
