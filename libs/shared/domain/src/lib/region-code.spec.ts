import { ancestorCodes, InvalidRegionCodeError, isWithin, parseRegionCode, RegionLevel, shortRegionName, tryParseRegionCode } from './region-code';
import { normalizeSearchText } from './search-text';

describe('region code rules', () => {
  it.each([
    ['15', RegionLevel.PROVINSI, null],
    ['15.02', RegionLevel.KABUPATEN, '15'],
    ['15.69', RegionLevel.KABUPATEN, '15'],
    ['15.71', RegionLevel.KOTA, '15'],
    ['15.72', RegionLevel.KOTA, '15'],
    ['31.99', RegionLevel.KOTA, '31'],
    ['15.02.10', RegionLevel.KECAMATAN, '15.02'],
    ['15.02.10.2001', RegionLevel.DESA, '15.02.10'],
    ['15.02.02.1001', RegionLevel.KELURAHAN, '15.02.02'],
    ['91.05.01.3001', RegionLevel.DESA_ADAT, '91.05.01'],
  ])('%s is %s under %s', (code, level, parent) => {
    const parsed = parseRegionCode(code);
    expect(parsed.level).toBe(level);
    expect(parsed.parentCode).toBe(parent);
  });

  it.each([
    ['', 'EMPTY'],
    ['1502', 'FORMAT'],
    ['15.2', 'FORMAT'],
    ['15.02.10.201', 'FORMAT'],
    ['15.02.10.2001.1', 'FORMAT'],
    ['ab', 'FORMAT'],
    ['05', 'PROVINCE_PART'],
    ['15.00', 'REGENCY_PART'],
    ['15.70', 'REGENCY_PART'],
    ['15.02.00', 'DISTRICT_PART'],
    ['15.02.10.4001', 'VILLAGE_PART'],
    ['15.02.10.2000', 'VILLAGE_PART'],
  ])('rejects %j as %s', (code, problem) => {
    expect(tryParseRegionCode(code)).toBe(problem);
    expect(() => parseRegionCode(code)).toThrow(InvalidRegionCodeError);
  });

  it('lists ancestors from the province down', () => {
    expect(ancestorCodes('15.02.10.2001')).toEqual(['15', '15.02', '15.02.10']);
    expect(ancestorCodes('15')).toEqual([]);
  });

  it('knows containment by whole code parts, not by string prefix', () => {
    expect(isWithin('15.02.10', '15.02')).toBe(true);
    expect(isWithin('15.02', '15.02')).toBe(true);
    expect(isWithin('15.02.10', '15.0')).toBe(false);
    expect(isWithin('15.21', '15.2')).toBe(false);
  });

  it('shortens kabupaten names only', () => {
    expect(shortRegionName('Kabupaten Merangin', RegionLevel.KABUPATEN)).toBe('Kab. Merangin');
    expect(shortRegionName('Kota Sungai Penuh', RegionLevel.KOTA)).toBe('Kota Sungai Penuh');
  });
});

describe('search text normalisation', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeSearchText('  Regapu’u ')).toBe('regapuu');
    expect(normalizeSearchText('Pasar-Bangko')).toBe('pasar bangko');
    expect(normalizeSearchText('SÉLÀTAN')).toBe('selatan');
    expect(normalizeSearchText('Lubuk Pakam I,II')).toBe('lubuk pakam i ii');
  });
});
