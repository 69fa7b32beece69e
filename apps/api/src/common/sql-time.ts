import { IndonesianTimeZone, TIME_ZONE_IANA } from '@jangkau/shared-domain';

/**
 * SQL for the IANA zone a `time_zone` column names (WIB when it names none), written from the one shared table
 * (TIME_ZONE_IANA), so SQL and TypeScript never disagree on a zone. Constants only: no input reaches it.
 */
export function zoneNameSql(column: string): string {
  const others = Object.values(IndonesianTimeZone).filter((zone) => zone !== IndonesianTimeZone.WIB);
  return `CASE ${column} ${others.map((zone) => `WHEN '${zone}' THEN '${TIME_ZONE_IANA[zone]}'`).join(' ')} ELSE '${TIME_ZONE_IANA[IndonesianTimeZone.WIB]}' END`;
}

/** SQL: the venue's calendar date of an activity's start (`alias` is an activities row). */
export function activityDaySql(alias = 'a'): string {
  return `(${alias}.starts_at AT TIME ZONE ${zoneNameSql(`${alias}.time_zone`)})::date`;
}
