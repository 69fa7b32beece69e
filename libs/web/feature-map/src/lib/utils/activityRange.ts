/** WIB is UTC+7 all year. */
const WIB_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/**
 * A period of calendar dates as the activities filter's instants: ending on or after the first day began (WIB) and
 * starting before the day after the last day began. Coverage counts an activity on its start date; this is the
 * same range for the venues and the side panel.
 */
export function activityRange(period: { from: string; to: string }): { from: string; to: string } {
  const start = Date.parse(`${period.from}T00:00:00Z`) - WIB_MS;
  const end = Date.parse(`${period.to}T00:00:00Z`) - WIB_MS + DAY_MS;
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}
