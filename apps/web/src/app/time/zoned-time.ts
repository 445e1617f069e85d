/**
 * Dates are shown in the company's time zone, with its offset (R62), whatever zone the browser is
 * in. `Intl` knows every IANA zone, so no date library is needed: these helpers are the SPA's only
 * conversions between instants and the company's calendar days.
 */

/** A calendar day, `YYYY-MM-DD`: what `<input type="date">` reads and writes. */
export type CalendarDate = string;

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsInZone(date: Date, timeZone: string): ZonedParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Minutes the zone is ahead of UTC at that instant (Seoul: 540). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const p = partsInZone(date, timeZone);
  const wallClockAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wallClockAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** `+09:00`, `-04:00`, `+05:45`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface ZonedDateTime {
  /** `2026-11-25 10:42:13` on the zone's wall clock. */
  text: string;
  /** `+09:00` */
  offset: string;
}

/** An instant as the company reads it: wall-clock time in its zone, and that zone's offset. */
export function formatInZone(instant: string | Date, timeZone: string): ZonedDateTime {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const p = partsInZone(date, timeZone);
  return {
    text: `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`,
    offset: formatOffset(offsetMinutes(date, timeZone)),
  };
}

/** The company's calendar day at an instant. */
export function calendarDateInZone(instant: string | Date, timeZone: string): CalendarDate {
  const p = partsInZone(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real day (`2026-02-30` is not). */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function splitDate(value: CalendarDate): [number, number, number] {
  const match = CALENDAR_DATE.exec(value);
  if (!match) throw new Error(`not a calendar date: ${value}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function joinDate(date: Date): CalendarDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day `days` later (earlier when negative). */
export function addDays(value: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = splitDate(value);
  return joinDate(new Date(Date.UTC(year, month - 1, day + days)));
}

/**
 * The same day `months` calendar months earlier, clamped to the month's last day (May 31 → Feb 28),
 * as the API counts its three-month window.
 */
export function subtractMonths(value: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = splitDate(value);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return joinDate(new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(day, lastDay))));
}

/** The instant the day starts in the zone (its first moment there), as ISO 8601 UTC for the API. */
export function startOfDayInZone(value: CalendarDate, timeZone: string): string {
  const [year, month, day] = splitDate(value);
  const wallClock = Date.UTC(year, month - 1, day);
  // Offsets in force around that midnight: two when a daylight-saving change is near it. The day
  // starts at the earliest candidate that falls on the day, which also covers zones whose clocks
  // skip midnight itself (the day then starts at 01:00).
  const offsets = new Set([-1, 0, 1].map((days) => offsetMinutes(new Date(wallClock + days * 86_400_000), timeZone)));
  let start = Number.POSITIVE_INFINITY;
  for (const offset of offsets) {
    const instant = wallClock - offset * 60_000;
    if (calendarDateInZone(new Date(instant), timeZone) === value) start = Math.min(start, instant);
  }
  return new Date(start).toISOString();
}
