import { activityDaySql, zoneNameSql } from './sql-time';

describe('time-zone SQL from the shared table', () => {
  it('names each Indonesian zone and falls back to WIB', () => {
    expect(zoneNameSql('a.time_zone')).toBe("CASE a.time_zone WHEN 'WITA' THEN 'Asia/Makassar' WHEN 'WIT' THEN 'Asia/Jayapura' ELSE 'Asia/Jakarta' END");
  });

  it("gives an activity's local start date on its alias", () => {
    expect(activityDaySql('x')).toBe("(x.starts_at AT TIME ZONE CASE x.time_zone WHEN 'WITA' THEN 'Asia/Makassar' WHEN 'WIT' THEN 'Asia/Jayapura' ELSE 'Asia/Jakarta' END)::date");
  });
});
