import { i18n, initI18n, setLanguage } from '@jangkau/web-i18n';
import { countsLine } from './regionText';

const merangin = { kabupaten: 0, kota: 0, kecamatan: 24, desa: 205, kelurahan: 10, desaAdat: 0, villages: 215 };
const bangko = { kabupaten: 0, kota: 0, kecamatan: 0, desa: 4, kelurahan: 4, desaAdat: 0, villages: 8 };

describe('countsLine', () => {
  beforeAll(() => initI18n('id'));
  afterAll(() => setLanguage('id'));

  it('says what lies below a kabupaten, in Indonesian by default', () => {
    expect(countsLine(merangin, 'KABUPATEN', i18n.t)).toBe('24 kecamatan · 215 desa/kelurahan');
  });

  it('tells kelurahan and desa apart below a kecamatan', () => {
    expect(countsLine(bangko, 'KECAMATAN', i18n.t)).toBe('4 kelurahan · 4 desa');
  });

  it('formats national totals with Indonesian digit grouping, and English on request', async () => {
    const national = { provinsi: 38, kabupaten: 416, kota: 98, kecamatan: 7285, desa: 75252, kelurahan: 8496, desaAdat: 14, villages: 83762 };
    expect(countsLine(national, 'INDONESIA', i18n.t)).toBe('38 provinsi · 514 kabupaten/kota · 7.285 kecamatan · 83.762 desa/kelurahan');
    await setLanguage('en');
    expect(countsLine(national, 'INDONESIA', i18n.t)).toBe('38 provinces · 514 regencies/cities · 7,285 districts · 83,762 villages');
    expect(countsLine({ ...bangko, kelurahan: 1, desa: 1 }, 'KECAMATAN', i18n.t)).toBe('1 urban village (kelurahan) · 1 rural village (desa)');
  });
});
