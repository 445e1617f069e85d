import type { Language } from '@warden/shared';
import { formatInZone } from '../../app/time/zoned-time';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, fractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${fractionDigits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits })));
  return format;
}

/**
 * `1.2 GB`, `850 KB`, `12 B`. Decimal units (1 GB = 1,000,000,000 bytes), the same units the split
 * sizes are offered in, so a part of "1 GB" never reads as larger than the size chosen for it.
 */
export function formatBytes(language: Language, bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  // Whole bytes and kilobytes; one decimal from megabytes up, where it still means something.
  return `${numberFormat(language, unit >= 2 ? 1 : 0).format(value)} ${UNITS[unit]}`;
}

/** `1,234` in the UI language. */
export function formatNumber(language: Language, value: number): string {
  return numberFormat(language, 0).format(value);
}

/** An instant on the company's clock with its offset: `2026-11-25 10:42:13 (+09:00)`. */
export function formatZoned(instant: string, timeZone: string): string {
  const time = formatInZone(instant, timeZone);
  return `${time.text} (${time.offset})`;
}
