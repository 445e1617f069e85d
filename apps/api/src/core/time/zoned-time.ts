import { DateTime } from 'luxon';

/**
 * Dates are stored in UTC and shown in the company's time zone (R62). These helpers are the only
 * place that converts, so every screen, file and file name agrees.
 */

/** `2026-11-25 10:42:13 +09:00`: the time in the zone, with its offset, for tables and spreadsheets. */
export function formatInZone(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm:ss ZZ');
}

/**
 * The same text as `formatInZone`, for many dates in one zone (a download formats a million): the
 * zone's offset is looked up once per 15-minute slot (every offset change since 1970 falls on a
 * quarter hour in UTC) and the fields are written by hand, about 20× faster than luxon per call.
 * A slot whose two ends disagree (it holds a change) is left to luxon.
 */
export function zonedTimestampFormatter(timeZone: string): (date: Date) => string {
  const SLOT_MS = 15 * 60_000;
  const offsets = new Map<number, number | null>();
  const offsetOf = (slot: number): number | null => {
    let offset = offsets.get(slot);
    if (offset === undefined) {
      const start = DateTime.fromMillis(slot * SLOT_MS, { zone: timeZone }).offset;
      const end = DateTime.fromMillis(slot * SLOT_MS + SLOT_MS - 1, { zone: timeZone }).offset;
      offset = start === end ? start : null;
      if (offsets.size > 10_000) offsets.clear();
      offsets.set(slot, offset);
    }
    return offset;
  };
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return (date: Date) => {
    const ms = date.getTime();
    const offset = offsetOf(Math.floor(ms / SLOT_MS));
    if (offset === null) return formatInZone(date, timeZone);
    const local = new Date(ms + offset * 60_000);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return (
      `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())} ` +
      `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} ` +
      `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
    );
  };
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
