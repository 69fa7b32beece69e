import { childrenKept, searchKept, type KeptRegion } from './reference';

const r = (code: string, name: string, level: string): KeptRegion => ({ code, name, level, path: name, villageCount: 0 });
const REGIONS = [
  r('15.02', 'Kabupaten Merangin', 'KABUPATEN'),
  r('15.02.10', 'Bangko Barat', 'KECAMATAN'),
  r('15.02.10.2001', 'Pulau Rengas', 'DESA'),
  r('15.02.10.2006', 'Pulau Rengas Ulu', 'DESA'),
  r('15.02.02', 'Bangko', 'KECAMATAN'),
  r('15.02.02.1001', 'Pasar Bangko', 'KELURAHAN'),
  r('15.01.01.2001', 'Sungai Pénuh Lama', 'DESA'),
];

describe('searching the regions kept on the device', () => {
  it('finds by any part of the name, ignoring case and accents, best matches first', () => {
    expect(searchKept(REGIONS, 'pulau rengas').map((x) => x.name)).toEqual(['Pulau Rengas', 'Pulau Rengas Ulu']);
    expect(searchKept(REGIONS, 'BANGKO').map((x) => x.name)).toEqual(['Bangko', 'Bangko Barat', 'Pasar Bangko']);
    expect(searchKept(REGIONS, 'penuh').map((x) => x.code)).toEqual(['15.01.01.2001']);
    expect(searchKept(REGIONS, 'rengas', 1)).toHaveLength(1);
    expect(searchKept(REGIONS, '  ')).toEqual([]);
    expect(searchKept(REGIONS, 'jakarta')).toEqual([]);
  });

  it('lists the villages of a kecamatan', () => {
    expect(childrenKept(REGIONS, '15.02.10').map((x) => x.name)).toEqual(['Pulau Rengas', 'Pulau Rengas Ulu']);
    expect(childrenKept(REGIONS, '15.02').map((x) => x.name)).toEqual(['Bangko', 'Bangko Barat']);
  });
});
