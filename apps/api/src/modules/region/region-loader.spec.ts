import { DataSource } from 'typeorm';
import { createDataSource } from '../../database/data-source';
import { createTestDatabase, TestDatabase } from '../../../test/test-database';
import { loadRegions } from './region-loader';
import { buildDataset, readIdnAreaData, RegionDataset, RegionDatasetError } from './region-source';

describe('region loader (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let official: RegionDataset;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url });
    await dataSource.initialize();
    official = readIdnAreaData();
    // Start from an empty registry: the template comes loaded.
    await dataSource.query('TRUNCATE regions, region_data_versions CASCADE');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const countByDepth = async () =>
    Object.fromEntries((await dataSource.query('SELECT depth, count(*)::int AS n FROM regions GROUP BY depth ORDER BY depth')).map((r: { depth: number; n: number }) => [r.depth, r.n]));

  it('loads all 91,599 regions of idn-area-data into an empty registry', async () => {
    const report = await loadRegions(dataSource, official);
    expect(report.status).toBe('loaded');
    expect(report.added).toHaveLength(91_599);
    expect(await countByDepth()).toEqual({ 1: 38, 2: 514, 3: 7_285, 4: 83_762 });
    const levels = Object.fromEntries((await dataSource.query('SELECT level, count(*)::int AS n FROM regions GROUP BY level')).map((r: { level: string; n: number }) => [r.level, r.n]));
    expect(levels.KABUPATEN + levels.KOTA).toBe(514);
    expect(levels.DESA + levels.KELURAHAN + levels.DESA_ADAT).toBe(83_762);
    const [version] = await dataSource.query('SELECT source, version, total FROM region_data_versions');
    expect(version).toEqual({ source: 'idn-area-data', version: official.version, total: 91_599 });
  });

  it('keeps descendant counts on each region (the coverage denominators)', async () => {
    const rows = await dataSource.query(
      `SELECT code, kecamatan_count, village_count, desa_count, kelurahan_count FROM regions WHERE code IN ('15', '15.02', '15.02.02', '15.02.10') ORDER BY code`,
    );
    expect(rows).toEqual([
      expect.objectContaining({ code: '15', kecamatan_count: 144 }),
      { code: '15.02', kecamatan_count: 24, village_count: 215, desa_count: expect.any(Number), kelurahan_count: expect.any(Number) },
      { code: '15.02.02', kecamatan_count: 0, village_count: 8, desa_count: 4, kelurahan_count: 4 },
      { code: '15.02.10', kecamatan_count: 0, village_count: 6, desa_count: 6, kelurahan_count: 0 },
    ]);
    const [{ total }] = await dataSource.query(`SELECT sum(village_count)::int AS total FROM regions WHERE depth = 1`);
    expect(total).toBe(83_762);
  });

  it('does nothing when the same version is loaded again', async () => {
    const before = await dataSource.query('SELECT count(*)::int AS n FROM region_data_versions');
    const report = await loadRegions(dataSource, official);
    expect(report.status).toBe('unchanged');
    expect(await dataSource.query('SELECT count(*)::int AS n FROM region_data_versions')).toEqual(before);
    // Forced, the same list still changes nothing.
    const forced = await loadRegions(dataSource, official, { force: true });
    expect({ added: forced.added, renamed: forced.renamed, removed: forced.removed }).toEqual({ added: [], renamed: [], removed: [] });
  });

  it('applies a newer list as a diff: added, renamed and removed codes, with counts kept right', async () => {
    const rows = official.records.filter((r) => r.code !== '15.02.10.2005').map((r) => ({ code: r.code, name: r.code === '15.02.10.2002' ? 'Biuku Tanjung Baru' : r.name }));
    rows.push({ code: '15.02.10.2007', name: 'Desa Uji Pemekaran' });
    const report = await loadRegions(dataSource, buildDataset('idn-area-data', '9.9.9-test', rows));

    expect(report.status).toBe('updated');
    expect(report.previousVersion).toBe(official.version);
    expect(report.added).toEqual(['15.02.10.2007']);
    expect(report.renamed).toEqual([{ code: '15.02.10.2002', from: 'Biuku Tanjung', to: 'Biuku Tanjung Baru' }]);
    expect(report.removed).toEqual(['15.02.10.2005']);
    expect(report.keptReferenced).toEqual([]);

    const [kecamatan] = await dataSource.query(`SELECT village_count FROM regions WHERE code = '15.02.10'`);
    expect(kecamatan.village_count).toBe(6);
    const [renamed] = await dataSource.query(`SELECT name, name_search FROM regions WHERE code = '15.02.10.2002'`);
    expect(renamed).toEqual({ name: 'Biuku Tanjung Baru', name_search: 'biuku tanjung baru' });
    const [stored] = await dataSource.query(`SELECT added, renamed, removed, report FROM region_data_versions ORDER BY id DESC LIMIT 1`);
    expect(stored).toMatchObject({ added: 1, renamed: 1, removed: 1 });
    expect(stored.report.removed).toEqual(['15.02.10.2005']);
  });

  it('keeps and reports a removed code that other records still reference', async () => {
    await dataSource.query(`CREATE TABLE test_activity_villages (id serial PRIMARY KEY, village_code varchar(13) NOT NULL REFERENCES regions(code))`);
    await dataSource.query(`INSERT INTO test_activity_villages (village_code) VALUES ('15.02.10.2007')`);
    const rows = official.records.map((r) => ({ code: r.code, name: r.name })).filter((r) => r.code !== '15.02.10.2005');
    const report = await loadRegions(dataSource, buildDataset('idn-area-data', '9.9.10-test', rows));

    expect(report.removed).toEqual([]);
    expect(report.keptReferenced).toEqual([{ code: '15.02.10.2007', name: 'Desa Uji Pemekaran', referencedBy: ['test_activity_villages'] }]);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM regions WHERE code = '15.02.10.2007'`);
    expect(n).toBe(1);
    expect(report.renamed).toEqual([{ code: '15.02.10.2002', from: 'Biuku Tanjung Baru', to: 'Biuku Tanjung' }]);
  });

  it('refuses a list with bad codes or orphans and writes nothing', async () => {
    const before = await dataSource.query('SELECT count(*)::int AS n FROM regions');
    expect(() =>
      buildDataset('idn-area-data', 'broken', [
        { code: '15', name: 'Jambi' },
        { code: '15.70', name: 'Kota Tanpa Nomor' },
        { code: '16.01.01', name: 'Kecamatan Yatim' },
        { code: '15', name: 'Jambi Lagi' },
      ]),
    ).toThrow(RegionDatasetError);
    try {
      buildDataset('idn-area-data', 'broken', [{ code: '15.01', name: 'Kerinci' }]);
    } catch (error) {
      expect((error as RegionDatasetError).problems).toEqual(['15.01: parent 15 is not in the list']);
    }
    expect(await dataSource.query('SELECT count(*)::int AS n FROM regions')).toEqual(before);
  });
});
