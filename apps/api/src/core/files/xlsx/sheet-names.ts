/** Excel's rules for worksheet names; a workbook that breaks them opens only after a "repair". */

export const EXCEL_MAX_SHEET_NAME = 31;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001F\u007F\uFFFE\uFFFF]/g;
const FALLBACK = 'Sheet';

/**
 * A name Excel accepts: forbidden characters (`[ ] : * ? / \` and controls) become `_`, no leading
 * or trailing apostrophe or space, at most `maxLength` characters (a surrogate pair is never split),
 * never blank and never Excel's reserved "History".
 */
export function sanitizeSheetName(name: string, maxLength = EXCEL_MAX_SHEET_NAME): string {
  let clean = tidy(name.replace(FORBIDDEN, '_'), maxLength);
  if (!clean) clean = FALLBACK;
  if (clean.toLowerCase() === 'history') clean = tidy(`${clean}_`, maxLength);
  return clean;
}

/**
 * Names for a sheet and its continuations: `name`, `name (2)`, `name (3)`, … each within 31
 * characters (the base is shortened, never the suffix) and unique ignoring case, as Excel requires.
 */
export class SheetNames {
  private readonly base: string;
  private readonly used = new Set<string>();

  constructor(name: string) {
    this.base = sanitizeSheetName(name);
  }

  /** The name of the `index`-th sheet, counting from 1. */
  next(index: number): string {
    const suffix = index === 1 ? '' : ` (${index})`;
    let room = EXCEL_MAX_SHEET_NAME - suffix.length;
    let name = `${sanitizeSheetName(this.base, room)}${suffix}`;
    // Only reachable when the base itself ends in something like " (2)" and had to be shortened.
    while (this.used.has(name.toLowerCase()) && room > 1) {
      room -= 1;
      name = `${sanitizeSheetName(this.base, room)}${suffix}`;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}

function tidy(name: string, maxLength: number): string {
  let text = name.replace(/^['\s]+/, '');
  if (text.length > maxLength) {
    let end = maxLength;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    text = text.slice(0, end);
  }
  return text.replace(/['\s]+$/, '');
}
