import fs from 'node:fs';
import { create, type Font } from 'fontkit';
import { fontOrder, pdfFont, splitFontRuns } from './pdf-fonts';

describe('pdfFont', () => {
  it('parses each font once per process', () => {
    expect(pdfFont('kr', 'regular')).toBe(pdfFont('kr', 'regular'));
    expect(pdfFont('jp', 'bold')).toBe(pdfFont('jp', 'bold'));
    expect(pdfFont('kr', 'regular')).not.toBe(pdfFont('jp', 'regular'));
  });

  it('neither font covers both scripts, which is why runs fall back', () => {
    expect(pdfFont('jp', 'regular').hasGlyphForCodePoint('한'.codePointAt(0)!)).toBe(false);
    expect(pdfFont('kr', 'regular').hasGlyphForCodePoint('内'.codePointAt(0)!)).toBe(false);
  });
});

describe('splitFontRuns', () => {
  it('sets a Korean name inside Japanese text in the KR font and returns to the JP font after it', () => {
    expect(splitFontRuns('担当 김민준 様、確認', fontOrder('ja'), 'regular')).toEqual([
      { face: 'jp', text: '担当 ' },
      { face: 'kr', text: '김민준 ' },
      { face: 'jp', text: '様、確認' },
    ]);
  });

  it('sets kanji the KR font lacks in the JP font inside Korean text; Latin and digits stay in the first font', () => {
    expect(splitFontRuns('사내 内収営 규정 Jane Doe 2026', fontOrder('ko'), 'bold')).toEqual([
      { face: 'kr', text: '사내 ' },
      { face: 'jp', text: '内収営 ' },
      { face: 'kr', text: '규정 Jane Doe 2026' },
    ]);
  });

  it('gives every character of mixed text a font that has its glyph (no boxes)', () => {
    const text = '山田太郎 김민준 이서연 佐藤花子 John Smith 内収営囲条歴 「承認」・결재（완료）€ ①';
    for (const language of ['ko', 'ja', 'en'] as const) {
      for (const run of splitFontRuns(text, fontOrder(language), 'regular')) {
        for (const char of run.text) {
          expect([char, pdfFont(run.face, 'regular').hasGlyphForCodePoint(char.codePointAt(0)!)]).toEqual([char, true]);
        }
      }
    }
  });

  it('keeps a character neither font has in the current run rather than splitting on it', () => {
    expect(splitFontRuns('가\u{1F600}나', fontOrder('ko'), 'regular')).toEqual([{ face: 'kr', text: '가\u{1F600}나' }]);
  });
});

describe('layout without ccmp', () => {
  // The renderer leaves the ccmp feature out for text without combining marks (for speed): the
  // glyphs must be the very ones the full feature set gives.
  const plain = (face: 'kr' | 'jp'): Font =>
    create(fs.readFileSync(require.resolve(`@expo-google-fonts/noto-sans-${face}/400Regular/NotoSans${face.toUpperCase()}_400Regular.ttf`))) as Font;
  const sample = [
    ...Array.from({ length: 0x250 - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
    ...Array.from({ length: 0x3100 - 0x2000 }, (_, i) => String.fromCodePoint(0x2000 + i)),
    ...Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0xac00 + i * 27)),
    ...Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + i * 51)),
    ...Array.from({ length: 0xff60 - 0xff01 }, (_, i) => String.fromCodePoint(0xff01 + i)),
  ].join('');

  it.each(['kr', 'jp'] as const)('gives the same glyphs as the full layout in the %s font', (face) => {
    const reference = plain(face);
    const chars = [...sample];
    for (let i = 0; i < chars.length; i += 40) {
      const chunk = chars.slice(i, i + 40).join('');
      const ids = (font: Font) => font.layout(chunk).glyphs.map((glyph) => glyph.id);
      expect([chunk, ids(pdfFont(face, 'regular'))]).toEqual([chunk, ids(reference)]);
    }
  });

  it('still composes when the text needs it (a combining accent, the vertical kana repeat marks)', () => {
    const reference = plain('kr');
    for (const text of ['e\u0301', '〴〵']) {
      expect(pdfFont('kr', 'regular').layout(text).glyphs.map((glyph) => glyph.id)).toEqual(reference.layout(text).glyphs.map((glyph) => glyph.id));
    }
  });
});
