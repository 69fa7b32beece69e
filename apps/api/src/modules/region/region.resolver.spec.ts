import { startTestApp, TestApp } from '../../../test/test-app';
import { at } from '@jangkau/shared-domain';

const SEARCH = `query ($query: String!, $level: RegionLevel, $within: ID, $first: Int) {
  searchRegions(query: $query, level: $level, within: $within, first: $first) { code name level path }
}`;

describe('Region GraphQL API (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const search = async (variables: Record<string, unknown>) => {
    const res = await t.gql<{ searchRegions: { code: string; name: string; level: string; path: string }[] }>(SEARCH, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.searchRegions;
  };

  it('gives a recorder their working area to keep offline: every village with its path, and nothing to those who record nothing', async () => {
    const OFFLINE = `{ offlineRegions { complete total regions { code name level path villageCount } } }`;
    type Set = { complete: boolean; total: number; regions: { code: string; name: string; level: string; path: string; villageCount: number }[] };
    const kerinci = (await t.gql<{ offlineRegions: Set }>(OFFLINE, {}, await t.as('petugas.kerinci'))).data!.offlineRegions;
    // Kanim Kerinci: Kab. Kerinci, Kota Sungai Penuh and Kab. Merangin, with their province.
    const villages = kerinci.regions.filter((r) => ['DESA', 'KELURAHAN', 'DESA_ADAT'].includes(r.level));
    expect({ complete: kerinci.complete, total: kerinci.total, villages: villages.length }).toEqual({ complete: true, total: kerinci.regions.length, villages: 571 });
    expect(kerinci.regions.find((r) => r.code === '15.02.10.2001')).toEqual({
      code: '15.02.10.2001',
      name: 'Pulau Rengas',
      level: 'DESA',
      path: 'Pulau Rengas · Bangko Barat · Kab. Merangin · Jambi',
      villageCount: 0,
    });
    expect(kerinci.regions.find((r) => r.code === '15')).toMatchObject({ name: 'Jambi', level: 'PROVINSI' });
    // Nothing of another province, nor of a kabupaten of Jambi outside the area.
    expect(kerinci.regions.filter((r) => !r.code.startsWith('15'))).toEqual([]);
    expect(kerinci.regions.filter((r) => r.code.startsWith('15.03'))).toEqual([]);
    const desa = (await t.gql<{ offlineRegions: Set }>(OFFLINE, {}, await t.as('kades.pulaurengas'))).data!.offlineRegions;
    expect(desa.regions.map((r) => r.code)).toEqual(['15', '15.02', '15.02.10', '15.02.10.2001']);
    // Those who record nothing have nothing to keep.
    const admin = await t.gql(OFFLINE, {}, await t.as('admin'));
    expect(admin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers region(code) with level, parent, children and village count, without login', async () => {
    const res = await t.gql(`{ region(code: "15.02.10") { code name level villageCount parent { code name level } children { code name level } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.region).toEqual({
      code: '15.02.10',
      name: 'Bangko Barat',
      level: 'KECAMATAN',
      villageCount: 6,
      parent: { code: '15.02', name: 'Kabupaten Merangin', level: 'KABUPATEN' },
      children: [
        { code: '15.02.10.2001', name: 'Pulau Rengas', level: 'DESA' },
        { code: '15.02.10.2002', name: 'Biuku Tanjung', level: 'DESA' },
        { code: '15.02.10.2003', name: 'Bedeng Rejo', level: 'DESA' },
        { code: '15.02.10.2004', name: 'Sungai Putih', level: 'DESA' },
        { code: '15.02.10.2005', name: 'Bukit Beringin', level: 'DESA' },
        { code: '15.02.10.2006', name: 'Pulau Rengas Ulu', level: 'DESA' },
      ],
    });
  });

  it('tells kelurahan from desa and kota from kabupaten', async () => {
    const res = await t.gql(`{ bangko: region(code: "15.02.02") { counts { desa kelurahan villages } children { code level } }
                               kota: region(code: "15.72") { level name counts { kecamatan } } }`);
    expect(res.data!.bangko.counts).toEqual({ desa: 4, kelurahan: 4, villages: 8 });
    expect(res.data!.bangko.children.filter((c: { level: string }) => c.level === 'KELURAHAN')).toHaveLength(4);
    expect(res.data!.kota).toEqual({ level: 'KOTA', name: 'Kota Sungai Penuh', counts: { kecamatan: expect.any(Number) } });
  });

  it('gives national counts: 38 / 514 / 7,285 / 83,762', async () => {
    const res = await t.gql(`{ nationalRegionCounts { provinsi kabupaten kota kecamatan villages } provinces { code } }`);
    const c = res.data!.nationalRegionCounts;
    expect(c.provinsi).toBe(38);
    expect(c.kabupaten + c.kota).toBe(514);
    expect(c.kecamatan).toBe(7_285);
    expect(c.villages).toBe(83_762);
    expect(res.data!.provinces).toHaveLength(38);
  });

  it('returns null for a well-formed code that does not exist', async () => {
    const res = await t.gql(`{ region(code: "15.02.99") { code } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.region).toBeNull();
  });

  it('ranks the two kecamatan named exactly Bangko first, then Bangko Barat and Bangko Pusako, then villages such as Pasar Bangko', async () => {
    const results = await search({ query: 'bangko', first: 50 });
    const at = (code: string) => {
      const index = results.findIndex((r) => r.code === code);
      expect(index).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(
      results
        .slice(0, 2)
        .map((r) => r.code)
        .sort(),
    ).toEqual(['14.07.02', '15.02.02']);
    const barat = at('15.02.10');
    const pusako = at('14.07.10');
    const pasarBangko = at('15.02.02.1010');
    expect(Math.max(barat, pusako)).toBeLessThan(pasarBangko);
    expect(results.find((r) => r.code === '15.02.02')!.path).toBe('Bangko · Kab. Merangin · Jambi');
  });

  it('searches within a region', async () => {
    const results = await search({ query: 'bangko', within: '15' });
    expect(at(results, 0, 'result').code).toBe('15.02.02');
    expect(results.every((r) => r.code.startsWith('15.'))).toBe(true);
  });

  it('filters by level and shows the full path of a village', async () => {
    const results = await search({ query: 'pulau rengas', level: 'DESA' });
    expect(results.every((r) => r.level === 'DESA')).toBe(true);
    expect(results.find((r) => r.code === '15.02.10.2001')!.path).toBe('Pulau Rengas · Bangko Barat · Kab. Merangin · Jambi');
  });

  it('ignores case, accents and punctuation', async () => {
    const plain = await search({ query: 'REGAPUU' });
    expect(plain.map((r) => r.name)).toContain('Regapu’u');
    const accented = await search({ query: 'Régapu’u' });
    expect(at(accented, 0, 'result').code).toBe(plain.find((r) => r.name === 'Regapu’u')!.code);
    const kabupaten = await search({ query: 'merangin' });
    expect(kabupaten[0]).toMatchObject({ code: '15.02', name: 'Kabupaten Merangin' });
  });

  it('offers near spellings when nothing contains the text', async () => {
    const results = await search({ query: 'bangkko barat' });
    expect(results.map((r) => r.code)).toContain('15.02.10');
    // One misspelled word is corrected against the words of all names before searching.
    expect((await search({ query: 'pulau rengs' }))[0]).toMatchObject({ code: '15.02.10.2001', name: 'Pulau Rengas' });
  });

  it('reads a level word in front ("kab", "kec", "kota") as the level, and still finds names that begin with one', async () => {
    expect((await search({ query: 'kab merangin' }))[0]).toMatchObject({ code: '15.02', name: 'Kabupaten Merangin' });
    expect((await search({ query: 'Kec. Bangko' })).slice(0, 2).map((r) => r.level)).toEqual(['KECAMATAN', 'KECAMATAN']);
    expect((await search({ query: 'kota jambi' }))[0]).toMatchObject({ code: '15.71', level: 'KOTA' });
    // No kota is named "Baru"; the kecamatan and villages named "Kota Baru" are still found.
    const kotaBaru = await search({ query: 'kota baru' });
    expect(kotaBaru.length).toBeGreaterThan(0);
    expect(kotaBaru.every((r) => r.name.toLowerCase().includes('kota baru'))).toBe(true);
  });

  it('takes a half-typed last word for the start of a name, not for a typo', async () => {
    const results = await search({ query: 'pulau reng' });
    expect(results.map((r) => r.name)).toEqual(expect.arrayContaining(['Pulau Rengas', 'Pulau Rengas Ulu']));
    expect(results.every((r) => r.name.toLowerCase().includes('pulau reng'))).toBe(true);
  });

  it.each([
    [{ query: '   ' }, 'REGION_QUERY_EMPTY', 'Ketik minimal satu huruf atau angka untuk mencari.'],
    [{ query: 'x'.repeat(101) }, 'REGION_QUERY_TOO_LONG', 'Teks pencarian terlalu panjang (maksimal 100 karakter).'],
    [{ query: 'bangko', first: 51 }, 'REGION_FIRST_OUT_OF_RANGE', '"first" harus antara 1 dan 50 (diberikan 51).'],
    [{ query: 'bangko', first: 0 }, 'REGION_FIRST_OUT_OF_RANGE', '"first" harus antara 1 dan 50 (diberikan 0).'],
    [{ query: 'bangko', within: '15.x' }, 'REGION_INVALID_CODE', expect.stringContaining('"15.x" bukan kode wilayah yang sah')],
  ])('refuses bad search input %j with a clear error', async (variables, reason, message) => {
    const res = await t.gql(SEARCH, variables);
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason }) })]);
  });

  it('answers errors in English when the caller prefers it', async () => {
    const res = await t.gql(`{ region(code: "1502") { code } }`, undefined, { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.errors![0]).toMatchObject({
      message: expect.stringContaining('"1502" is not a valid region code'),
      extensions: { code: 'BAD_USER_INPUT', reason: 'REGION_INVALID_CODE', field: 'code' },
    });
  });

  it('refuses a request with hundreds of aliased searches', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `s${i}: searchRegions(query: "ang") { code }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.errors![0]).toMatchObject({ extensions: { reason: 'QUERY_TOO_LARGE' }, message: expect.stringContaining('20 top-level fields') });
  });

  it('refuses queries that would walk the whole country', async () => {
    const res = await t.gql(`{ provinces { children { children { children { code } } } } }`);
    expect(res.errors![0]).toMatchObject({ extensions: { reason: 'QUERY_TOO_LARGE' } });
    expect(res.data ?? null).toBeNull();
  });
});
