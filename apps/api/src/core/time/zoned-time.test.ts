import { compactDateInZone, formatInZone, startOfDayMonthsAgo, zonedTimestampFormatter } from './zoned-time';

describe('zoned time', () => {
  const at = new Date('2026-11-24T16:30:00Z'); // 01:30 on the 25th in Seoul, 08:30 on the 24th in Los Angeles

  it('formats in the company zone with its offset', () => {
    expect(formatInZone(at, 'Asia/Seoul')).toBe('2026-11-25 01:30:00 +09:00');
    expect(formatInZone(at, 'America/Los_Angeles')).toBe('2026-11-24 08:30:00 -08:00');
  });

  it('names files by the date in the company zone, not in UTC', () => {
    expect(compactDateInZone(at, 'Asia/Seoul')).toBe('20261125');
    expect(compactDateInZone(at, 'UTC')).toBe('20261124');
  });

  it('finds the start of the day three calendar months ago in the zone', () => {
    expect(startOfDayMonthsAgo(at, 3, 'Asia/Seoul').toISOString()).toBe('2026-08-24T15:00:00.000Z');
    // 31 May minus 3 months is the end of February.
    expect(startOfDayMonthsAgo(new Date('2026-05-31T03:00:00Z'), 3, 'UTC').toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it('formats many dates exactly as luxon does, across offset changes and odd offsets', () => {
    const zones = ['Asia/Seoul', 'America/Los_Angeles', 'Europe/London', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'UTC'];
    for (const zone of zones) {
      const format = zonedTimestampFormatter(zone);
      // A year of instants every 7 min 13 s: crosses every daylight-saving change of 2026 in these zones.
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 433_000) {
        const date = new Date(ms);
        if (format(date) !== formatInZone(date, zone)) throw new Error(`${zone} ${date.toISOString()}: ${format(date)} ≠ ${formatInZone(date, zone)}`);
      }
    }
  });
});
