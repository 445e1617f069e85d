import { EXCEL_MAX_SHEET_NAME, SheetNames, sanitizeSheetName } from './sheet-names';

describe('sanitizeSheetName', () => {
  it('replaces the characters Excel forbids', () => {
    expect(sanitizeSheetName('a[b]c:d*e?f/g\\h')).toBe('a_b_c_d_e_f_g_h');
  });

  it('cuts to 31 characters without splitting a surrogate pair', () => {
    expect(sanitizeSheetName('x'.repeat(40))).toHaveLength(EXCEL_MAX_SHEET_NAME);
    expect(sanitizeSheetName(`${'x'.repeat(30)}😀`)).toBe('x'.repeat(30));
  });

  it('never returns a blank name, a leading or trailing apostrophe, or "History"', () => {
    expect(sanitizeSheetName('   ')).toBe('Sheet');
    expect(sanitizeSheetName("'quoted'")).toBe('quoted');
    expect(sanitizeSheetName('history')).toBe('history_');
  });

  it('keeps Korean and Japanese names', () => {
    expect(sanitizeSheetName('로그인 기록')).toBe('로그인 기록');
    expect(sanitizeSheetName('ログイン履歴')).toBe('ログイン履歴');
  });
});

describe('SheetNames', () => {
  it('suffixes continuations and shortens the base, not the suffix', () => {
    const names = new SheetNames('L'.repeat(31));
    expect(names.next(1)).toBe('L'.repeat(31));
    expect(names.next(2)).toBe(`${'L'.repeat(27)} (2)`);
    expect(names.next(12)).toBe(`${'L'.repeat(26)} (12)`);
  });

  it('keeps names unique when the base already ends like a continuation', () => {
    const names = new SheetNames(`${'L'.repeat(27)} (2)`);
    const first = names.next(1);
    const second = names.next(2);
    expect(second.toLowerCase()).not.toBe(first.toLowerCase());
    expect(second.length).toBeLessThanOrEqual(EXCEL_MAX_SHEET_NAME);
  });
});
