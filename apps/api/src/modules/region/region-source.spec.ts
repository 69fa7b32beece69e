import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareVersions, parseCsv, readIdnAreaData, RegionDatasetError } from './region-source';

describe('region source', () => {
  it('orders versions numerically, so a restart never rolls a newer list back', () => {
    expect(compareVersions('4.10.0', '4.9.1')).toBeGreaterThan(0);
    expect(compareVersions('4.0.1', '4.0.1')).toBe(0);
    expect(compareVersions('4.0.1', '4.1.0-test')).toBeLessThan(0);
  });

  it('parses quoted CSV fields with commas and doubled quotes', () => {
    expect(parseCsv('code,name\r\n1,"Lubuk Pakam I,II"\n2,"Soka""an"\n')).toEqual([
      ['code', 'name'],
      ['1', 'Lubuk Pakam I,II'],
      ['2', 'Soka"an'],
    ]);
  });

  it('refuses a damaged list, naming the file and the line, instead of guessing at it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jangkau-regions-'));
    try {
      writeFileSync(join(dir, 'provinces.csv'), '\uFEFFcode,name\n15,Jambi\n');
      writeFileSync(join(dir, 'regencies.csv'), 'code,province_code,name\n15.02,15,"Kabupaten Merangin\n');
      writeFileSync(join(dir, 'districts.csv'), 'code,regency_code,name\n');
      writeFileSync(join(dir, 'villages.csv'), 'code,district_code,name\n');
      expect(() => readIdnAreaData({ dir, version: '9.9.9' })).toThrow(RegionDatasetError);
      expect(() => readIdnAreaData({ dir, version: '9.9.9' })).toThrow(/regencies\.csv: Quote Not Closed.*line 2/);
      writeFileSync(join(dir, 'regencies.csv'), 'code,province_code,name\n15.02,15,Kabupaten Merangin\n');
      expect(readIdnAreaData({ dir, version: '9.9.9' }).records.map((r) => r.code)).toEqual(['15', '15.02']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the pinned idn-area-data with derived levels and parents', () => {
    const dataset = readIdnAreaData();
    expect(dataset.records).toHaveLength(91_599);
    const byCode = new Map(dataset.records.map((r) => [r.code, r]));
    expect(byCode.get('15.72')).toMatchObject({ name: 'Kota Sungai Penuh', level: 'KOTA', parentCode: '15' });
    expect(byCode.get('15.02.10.2001')).toMatchObject({ name: 'Pulau Rengas', level: 'DESA', parentCode: '15.02.10', nameSearch: 'pulau rengas' });
    expect(byCode.get('35.13.15.2017')?.name).toBe('Soka"an');
  });
});
