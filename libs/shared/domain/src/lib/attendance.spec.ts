import { ParticipantCategory } from './activity';
import { attendanceHome, attendanceOverTotal, attributableRegions, attributedWithin, countedIn, lowestCommonRegion } from './attendance';

describe('attendance attribution', () => {
  it('counts the unattributed rest at the lowest region holding every village, the venue without villages, Indonesia across provinces', () => {
    expect(attendanceHome(['15.02.10.2001'], '15.02.02')).toBe('15.02.10.2001');
    expect(attendanceHome(['15.02.10.2001', '15.02.10.2006'], '15.02.02')).toBe('15.02.10');
    expect(attendanceHome(['15.02.02.1009', '15.02.10.2001'], '15.02.02')).toBe('15.02');
    expect(attendanceHome(['15.01.04.2031', '15.02.10.2001'], '15.02.02')).toBe('15');
    expect(attendanceHome(['14.01.01.2001', '15.02.10.2001'], '15.02.02')).toBe('ID');
    expect(attendanceHome([], '15.72.01')).toBe('15.72.01');
    expect(lowestCommonRegion([])).toBe('ID');
  });

  it('attributes only to listed villages and the regions above them', () => {
    const allowed = attributableRegions(['15.02.10.2001', '15.02.02.1009'], '15.72.01');
    expect([...allowed].sort()).toEqual(['15', '15.02', '15.02.02', '15.02.02.1009', '15.02.10', '15.02.10.2001']);
    expect(allowed.has('15.02.10.2002')).toBe(false);
    expect([...attributableRegions([], '15.72.01')].sort()).toEqual(['15', '15.72', '15.72.01']);
    expect(countedIn('15.02.10.2001')).toEqual(['ID', '15', '15.02', '15.02.10', '15.02.10.2001']);
    expect(countedIn('ID')).toEqual(['ID']);
  });

  it('finds a category where more people are attributed than took part', () => {
    const totals = [{ category: ParticipantCategory.KEPALA_DESA, male: 10, female: 0 }];
    const ok = [
      { regionCode: '15.02.10.2001', category: ParticipantCategory.KEPALA_DESA, male: 1, female: 0 },
      { regionCode: '15.02.10.2002', category: ParticipantCategory.KEPALA_DESA, male: 1, female: 0 },
    ];
    expect(attendanceOverTotal(totals, ok)).toBeNull();
    expect(attendanceOverTotal(totals, [...ok, { regionCode: '15.02.10.2003', category: ParticipantCategory.KEPALA_DESA, male: 0, female: 1 }])).toEqual({
      category: ParticipantCategory.KEPALA_DESA,
      sex: 'female',
      attributed: 1,
      total: 0,
    });
    expect(attendanceOverTotal(totals, [{ regionCode: '15.02.10', category: ParticipantCategory.CAMAT, male: 1, female: 0 }])?.category).toBe(ParticipantCategory.CAMAT);
    expect(attributedWithin(ok, '15.02.10')).toBe(2);
    expect(attributedWithin(ok, '15.02.10.2001', true)).toBe(1);
    expect(attributedWithin(ok, '15.02.02')).toBe(0);
  });
});
