import { DateTime } from 'luxon';

/**
 * Dates are stored in UTC and shown in the company's time zone (R62). These helpers are the only
 * place that converts, so every screen, file and file name agrees.
 */

/** `2026-11-25 10:42:13 +09:00`: the time in the zone, with its offset, for tables and spreadsheets. */
export function formatInZone(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm:ss ZZ');
}

/** `20261125`: the calendar date in the zone, for file names. */
export function compactDateInZone(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toFormat('yyyyMMdd');
}

/** `202611251042`: date and minute in the zone, for export file names. */
export function compactMinuteInZone(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toFormat('yyyyMMddHHmm');
}

/** Midnight (in the zone) of the day `months` calendar months before `now`'s day in the zone. */
export function startOfDayMonthsAgo(now: Date, months: number, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').minus({ months }).toJSDate();
}

/** ISO 8601 with the zone's offset, e.g. `2026-11-25T10:42:13.000+09:00`. */
export function isoInZone(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toISO()!;
}

export function isValidTimeZone(timeZone: string): boolean {
  return DateTime.local().setZone(timeZone).isValid;
}
