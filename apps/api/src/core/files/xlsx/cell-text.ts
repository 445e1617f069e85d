/**
 * Text that goes into a cell: Excel's length limit, characters XML cannot carry, and the strings a
 * spreadsheet would take for a formula if someone typed them (CSV/Excel injection, OWASP).
 */

/** Excel's limit on the characters in one cell; longer text makes Excel "repair" the file. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

const TRUNCATION_MARK = '…';

/**
 * First characters that start a formula (or a DDE payload) when typed into a spreadsheet: OWASP's
 * list (`=`, `+`, `-`, `@`, tab, carriage return) plus the full-width forms that Japanese and Korean
 * input methods produce, which Excel also accepts as formula operators. Harmless if unnecessary:
 * such a cell only gets the Text number format.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/**
 * Characters a spreadsheet cell may hold but XML 1.0 may not (C0 controls other than tab and line
 * feed), carriage return (every XML parser turns it into a line feed, so it would not survive), DEL
 * (exceljs silently drops it), and text that already looks like an escape.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B-\u001F\u007F]|_x[0-9A-Fa-f]{4}_/;
const NEEDS_ESCAPE_ALL = new RegExp(NEEDS_ESCAPE.source, 'g');
const NONCHARACTERS = /[\uFFFE\uFFFF]/;
const NONCHARACTERS_ALL = /[\uFFFE\uFFFF]/g;

/** True when a string would be read as a formula if typed into Excel or LibreOffice. */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]);
}

/**
 * The text to hand to exceljs for one string cell. Escapes use the Office Open XML form `_xHHHH_`
 * (ECMA-376 Part 1, ST_Xstring), which Excel, LibreOffice and SheetJS decode back to the original
 * character, so a hostile user agent is kept exactly (useful as evidence) and cannot break the file;
 * a literal `_xHHHH_` gets its underscore escaped (`_x005F_`) so it reads back literally. The
 * noncharacters U+FFFE and U+FFFF become U+FFFD. (A lone surrogate becomes U+FFFD in UTF-8 anyway.)
 * Text beyond Excel's 32,767-character limit is cut and ends with "…".
 */
export function toCellText(value: string): string {
  let text = value;
  if (text.length > EXCEL_MAX_CELL_TEXT) {
    let end = EXCEL_MAX_CELL_TEXT - TRUNCATION_MARK.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1; // never split a surrogate pair
    text = text.slice(0, end) + TRUNCATION_MARK;
  }
  // U+FFFE and U+FFFF are not characters at all (XML forbids them; readers disagree on escapes).
  if (NONCHARACTERS.test(text)) text = text.replace(NONCHARACTERS_ALL, '\uFFFD');
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(NEEDS_ESCAPE_ALL, (match) =>
    match.length === 1 ? `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_` : `_x005F_${match.slice(1)}`,
  );
}
