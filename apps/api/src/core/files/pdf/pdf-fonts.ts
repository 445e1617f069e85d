/**
 * The fonts every Warden PDF uses: Noto Sans KR and Noto Sans JP (TrueType, from the
 * `@expo-google-fonts/*` npm packages, so nothing is fetched at run time).
 *
 * Why two fonts and per-run fallback: neither covers both scripts — the KR font lacks some kanji
 * (内収営囲条歴…), the JP font has no Hangul — and a missing glyph does not fail, it prints a box.
 * So text is split into runs, each set in the first font (in the document language's order) that
 * has the glyph: a Korean name inside a Japanese document comes out in the KR font.
 *
 * Why parsed once: a 6 MB TTF takes tens of milliseconds to parse; pdfkit re-parses a path or Buffer
 * on every `registerFont`, but it takes a parsed fontkit font as is and only builds a per-document
 * subset from it. The fonts are read lazily on the first PDF, so processes that never render one
 * do not hold the ~25 MB of font files.
 */
import fs from 'node:fs';
import { create as createFont, type Font } from 'fontkit';
import type { Language } from '@warden/shared';

export type PdfFontFace = 'kr' | 'jp';
export type PdfFontWeight = 'regular' | 'bold';

const FILES: Record<PdfFontFace, Record<PdfFontWeight, string>> = {
  kr: {
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
  jp: {
    regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  },
};

const parsed = new Map<string, Font>();

/** Reads and parses a font file: what `pdfFont` does once per process (the bench measures it). */
export function parsePdfFont(face: PdfFontFace, weight: PdfFontWeight): Font {
  const created = createFont(fs.readFileSync(require.resolve(FILES[face][weight])));
  if (!('hasGlyphForCodePoint' in created)) throw new Error(`${FILES[face][weight]} is a font collection, not a font`);
  return created;
}

/** The parsed font, shared by every document of this process (fontkit fonts are read-only here). */
export function pdfFont(face: PdfFontFace, weight: PdfFontWeight): Font {
  const key = `${face}-${weight}`;
  let font = parsed.get(key);
  if (!font) {
    font = withoutNeedlessComposition(parsePdfFont(face, weight));
    parsed.set(key, font);
  }
  return font;
}

/**
 * Text that has combining marks, conjoining Hangul jamo or the vertical kana repeat marks (〳〴〵,
 * which compose with each other): only such text needs the fonts' `ccmp` (glyph composition)
 * feature. Checked over the fonts' Latin, punctuation, kana, Hangul syllables and a kanji sample:
 * without it every other glyph is the same.
 */
const NEEDS_COMPOSITION = /[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u3031-\u3035]/u;

/**
 * The font with `ccmp` left out of layouts that cannot use it. In the Noto CJK fonts that feature is
 * a chain of contextual lookups run over every glyph, and it was ~75% of the layout time for Korean
 * and Latin words (85 → 20 µs per word), the largest share of rendering a document. pdfkit calls
 * `layout(text)` without features for ordinary text, so the choice is made here; a prototype-linked
 * object keeps every other property and cache of the parsed font.
 */
function withoutNeedlessComposition(font: Font): Font {
  const layout = font.layout;
  const wrapped = Object.create(font) as Font;
  wrapped.layout = function layoutWithoutNeedlessComposition(this: Font, text: string, features?: Parameters<Font['layout']>[1], ...rest: unknown[]) {
    // A fresh object each time: fontkit writes the resolved feature set into the one it is given.
    const chosen = features === undefined && !NEEDS_COMPOSITION.test(text) ? { ccmp: false } : features;
    return (layout as (...args: unknown[]) => ReturnType<Font['layout']>).call(this, text, chosen, ...rest);
  } as Font['layout'];
  return wrapped;
}

/** Which face is tried first: Japanese text prefers the JP font's kanji shapes, the rest the KR font. */
export function fontOrder(language: Language): readonly [PdfFontFace, PdfFontFace] {
  return language === 'ja' ? ['jp', 'kr'] : ['kr', 'jp'];
}

/** Per-code-point cache of "has the first font a glyph": cmap lookups are cheap, but not free. */
const coverage = new Map<Font, Map<number, boolean>>();

function has(font: Font, codePoint: number): boolean {
  let cache = coverage.get(font);
  if (!cache) {
    cache = new Map();
    coverage.set(font, cache);
  }
  let hit = cache.get(codePoint);
  if (hit === undefined) {
    hit = font.hasGlyphForCodePoint(codePoint);
    // Bounded: a hostile text could hold every code point; beyond this, just ask the font again.
    if (cache.size < 50_000) cache.set(codePoint, hit);
  }
  return hit;
}

export interface FontRun {
  face: PdfFontFace;
  text: string;
}

/**
 * Splits `text` into runs of one face each. A character goes to the document language's face when
 * that face has it, else to the other face if that one has it; spaces stay in the current run (so a
 * name does not split on its space) and a character neither face has stays in the current run (it
 * prints as a box either way). Preferring the first face matters beyond coverage: the KR font has
 * most kanji, but in its Korean shapes, so Japanese text after a Korean name returns to the JP font.
 */
export function splitFontRuns(text: string, order: readonly [PdfFontFace, PdfFontFace], weight: PdfFontWeight): FontRun[] {
  const first = pdfFont(order[0], weight);
  const second = pdfFont(order[1], weight);
  const runs: FontRun[] = [];
  let face: PdfFontFace = order[0];
  let start = 0;
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    let wanted = face;
    if (codePoint !== 0x20 && codePoint !== 0x3000) {
      if (has(first, codePoint)) wanted = order[0];
      else if (has(second, codePoint)) wanted = order[1];
    }
    if (wanted !== face) {
      if (index > start) runs.push({ face, text: text.slice(start, index) });
      face = wanted;
      start = index;
    }
    index += char.length;
  }
  if (index > start) runs.push({ face, text: text.slice(start, index) });
  return runs;
}
