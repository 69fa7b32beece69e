import { IndonesianTimeZone, TIME_ZONE_IANA, TIME_ZONE_OFFSET_HOURS, timeZoneOfRegion } from '@jangkau/shared-domain';

export { timeZoneOfRegion };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant for a wall-clock date and time at the venue. Indonesia keeps no daylight saving, so each zone is a
 * fixed offset and the conversion needs no time-zone database.
 */
export function instantAt(date: string, time: string, zone: IndonesianTimeZone | string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const offset = TIME_ZONE_OFFSET_HOURS[zone as IndonesianTimeZone] ?? 7;
  const ms = Date.parse(`${date}T${time}:00+${pad(offset)}:00`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The venue's wall-clock date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function wallClock(instant: string, zone: IndonesianTimeZone | string): { date: string; time: string } {
  const offset = TIME_ZONE_OFFSET_HOURS[zone as IndonesianTimeZone] ?? 7;
  const shifted = new Date(Date.parse(instant) + offset * 3600_000);
  return { date: shifted.toISOString().slice(0, 10), time: shifted.toISOString().slice(11, 16) };
}

/** "Senin, 16 Juni 2025 · 09.00–12.00 WIB": when an activity happens, in the venue's zone. */
export function formatWhen(startsAt: string, endsAt: string, zone: IndonesianTimeZone | string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const timeZone = TIME_ZONE_IANA[zone as IndonesianTimeZone] ?? 'Asia/Jakarta';
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = day.format(start) === day.format(end);
  return sameDay ? `${day.format(start)} · ${time.format(start)}–${time.format(end)} ${zone}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)} ${zone}`;
}

/** A short date for lists: "16 Jun 2025". */
export function formatShortDate(instant: string, zone: IndonesianTimeZone | string, language: string): string {
  const timeZone = TIME_ZONE_IANA[zone as IndonesianTimeZone] ?? 'Asia/Jakarta';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(instant));
}

/**
 * An instant as people read it, in a zone (the venue's for an activity, the person's for "saved at"; WIB when
 * none is known): "Senin, 2 Juni 2025, 09.00 WIB", "Monday, 2 June 2025, 09:00 WIB".
 */
export function formatInstant(instant: string | Date, zone: IndonesianTimeZone | string | null | undefined, language: string): string {
  const known = zone && zone in TIME_ZONE_IANA ? (zone as IndonesianTimeZone) : 'WIB';
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const timeZone = TIME_ZONE_IANA[known];
  const at = new Date(instant);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(at);
  return `${day}, ${time} ${known}`;
}

/** A wall-clock date and time typed at the venue, read back the same way; null while either is incomplete. */
export function formatWallClock(date: string, time: string, zone: IndonesianTimeZone | string | null | undefined, language: string): string | null {
  const known = zone && zone in TIME_ZONE_IANA ? zone : 'WIB';
  const instant = instantAt(date, time, known);
  return instant ? formatInstant(instant, known, language) : null;
}

/** Only the time of an instant, with its zone: "09.00 WIB" (for "saved on this device at"). */
export function formatClock(instant: string | Date, zone: IndonesianTimeZone | string | null | undefined, language: string): string {
  const known = zone && zone in TIME_ZONE_IANA ? (zone as IndonesianTimeZone) : 'WIB';
  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE_IANA[known] }).format(new Date(instant));
  return `${time} ${known}`;
}
