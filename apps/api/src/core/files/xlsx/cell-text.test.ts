import { EXCEL_MAX_CELL_TEXT, looksLikeFormula, toCellText } from './cell-text';

describe('toCellText', () => {
  it('leaves ordinary text alone', () => {
    expect(toCellText('Mozilla/5.0 (Windows NT 10.0) 홍길동 山田')).toBe('Mozilla/5.0 (Windows NT 10.0) 홍길동 山田');
    expect(toCellText('tab\tand\nnew line')).toBe('tab\tand\nnew line');
  });

  it('escapes what XML cannot carry the Office Open XML way', () => {
    expect(toCellText('a\u0000b\u001bc\rd\u007fe')).toBe('a_x0000_b_x001B_c_x000D_d_x007F_e');
  });

  it('escapes the underscore of text that already looks like an escape', () => {
    expect(toCellText('keep _x0041_ literal')).toBe('keep _x005F_x0041_ literal');
  });

  it('turns the noncharacters U+FFFE and U+FFFF into U+FFFD', () => {
    expect(toCellText('a\uFFFEb\uFFFF')).toBe('a\uFFFDb\uFFFD');
  });

  it("cuts at Excel's limit without splitting a surrogate pair", () => {
    const text = toCellText(`${'a'.repeat(EXCEL_MAX_CELL_TEXT - 2)}😀😀`);
    expect(text.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_TEXT);
    expect(text).toBe(`${'a'.repeat(EXCEL_MAX_CELL_TEXT - 2)}…`);
  });
});

describe('looksLikeFormula', () => {
  it.each(['=1', '+1', '-1', '@A1', '\t=1', '\r=1', '＝1', '＋1', '－1', '＠A1'])('is true for %j', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each(['', 'a=1', ' =1', '1-2', '2026-11-25'])('is false for %j', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });
});
