import type { Language } from '@warden/shared';

const numberFormats = new Map<Language, Intl.NumberFormat>();
const regionNames = new Map<Language, Intl.DisplayNames>();

/** `1,234` in the UI language's digits and separators. */
export function formatCount(language: Language, value: number): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

/** The country's name in the UI language (`KR` → "South Korea" / "대한민국" / "韓国"), else the code. */
export function countryName(language: Language, code: string): string {
  let names = regionNames.get(language);
  if (!names) regionNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    // Not a well-formed region code: show what the identity system sent.
    return code;
  }
}
