/**
 * Page layout on top of pdfkit for Warden's document PDFs: text in mixed scripts (each run in the
 * font that has its glyphs), section headings, bordered tables whose rows never split across
 * pages, and "n / N" page numbers. Knows nothing of approval documents; `document-pdf.ts` does.
 */
import PDFDocument from 'pdfkit';
import type { Language } from '@warden/shared';
import { fontOrder, pdfFont, splitFontRuns, type PdfFontFace, type PdfFontWeight } from './pdf-fonts';
import { printableText, singleLine } from './rich-text';

const PAGE_MARGIN = 50;
const CELL_PADDING = 5;
const LINE_GAP = 2;
const BORDER_COLOR = '#b0b0b0';
const LABEL_FILL = '#f0f0f0';
const TEXT_COLOR = '#111111';
const MUTED_COLOR = '#555555';
/** A table cell longer than this is cut (with …) so that one row always fits on one page. */
const MAX_CELL_CHARS = 1_000;

export interface TextStyle {
  weight?: PdfFontWeight;
  size?: number;
  color?: string;
  /** Left edge; the page margin when omitted. */
  x?: number;
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableColumn {
  header?: string;
  /** Share of the table width; the shares are normalised. */
  share: number;
  /** Label cells: bold on a grey background. */
  label?: boolean;
}

export class PdfComposer {
  readonly doc: PDFKit.PDFDocument;
  private readonly order: readonly [PdfFontFace, PdfFontFace];

  constructor(language: Language, info: { title: string }) {
    this.order = fontOrder(language);
    this.doc = new PDFDocument({
      size: 'A4',
      margin: PAGE_MARGIN,
      // Page numbers need the page count, known only at the end.
      bufferPages: true,
      // No default Helvetica: every text is set in the Noto fonts registered below.
      font: null as unknown as string,
      lang: language === 'ko' ? 'ko-KR' : language === 'ja' ? 'ja-JP' : 'en',
      displayTitle: true,
      info: { Title: info.title, Creator: 'Warden', Producer: 'Warden' },
    });
    for (const face of ['kr', 'jp'] as const) {
      for (const weight of ['regular', 'bold'] as const) {
        // pdfkit takes a parsed fontkit font as is (its types only list paths and buffers); each
        // document builds its own subset from it, so the 6 MB file is parsed once per process.
        this.doc.registerFont(`${face}-${weight}`, pdfFont(face, weight) as unknown as PDFKit.Mixins.PDFFontSource);
      }
    }
    this.doc.font(`${this.order[0]}-regular`);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Writes `text` at the current position (or `style.x`), wrapping within the width and flowing onto new pages. */
  text(text: string, style: TextStyle = {}): void {
    const weight = style.weight ?? 'regular';
    const runs = splitFontRuns(printableText(text), this.order, weight);
    if (runs.length === 0) return;
    const x = style.x ?? this.left;
    const options = { width: style.width ?? this.left + this.contentWidth - x, align: style.align ?? 'left', lineGap: LINE_GAP };
    this.doc.fontSize(style.size ?? 10).fillColor(style.color ?? TEXT_COLOR);
    runs.forEach((run, index) => {
      this.doc.font(`${run.face}-${weight}`);
      const continued = index < runs.length - 1;
      if (index === 0) this.doc.text(run.text, x, this.doc.y, { ...options, continued });
      else this.doc.text(run.text, { continued });
    });
    this.doc.x = this.left;
  }

  /** Estimated height of `text` in a column (measured in the first font; the other has the same metrics). */
  private heightOf(text: string, width: number, weight: PdfFontWeight, size: number): number {
    this.doc.font(`${this.order[0]}-${weight}`).fontSize(size);
    return this.doc.heightOfString(text || ' ', { width, lineGap: LINE_GAP });
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  moveDown(points: number): void {
    this.doc.y += points;
  }

  /** A section heading with a rule under it; never alone at the bottom of a page. */
  heading(text: string): void {
    this.ensureSpace(70);
    this.moveDown(6);
    this.text(text, { weight: 'bold', size: 12 });
    const y = this.doc.y + 2;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.contentWidth, y).lineWidth(0.8).strokeColor(TEXT_COLOR).stroke();
    this.doc.y = y + 6;
  }

  rule(): void {
    this.ensureSpace(12);
    const y = this.doc.y + 4;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.contentWidth, y).lineWidth(0.5).strokeColor(BORDER_COLOR).stroke();
    this.doc.y = y + 6;
  }

  muted(text: string): void {
    this.text(text, { color: MUTED_COLOR, size: 9 });
  }

  /** A bordered table; the header row (if the columns have headers) repeats on every page. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
    const totalShare = columns.reduce((sum, column) => sum + column.share, 0);
    const widths = columns.map((column) => (column.share / totalShare) * this.contentWidth);
    const header = columns.some((column) => column.header) ? columns.map((column) => column.header ?? '') : null;
    if (header) {
      this.ensureSpace(this.rowHeight(header, widths, 'bold') + this.rowHeight(rows[0] ?? [''], widths, 'regular'));
      this.row(header, widths, columns.map(() => true));
    }
    for (const cells of rows) {
      const height = this.rowHeight(cells, widths, 'regular');
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (header) this.row(header, widths, columns.map(() => true));
      }
      this.row(cells, widths, columns.map((column) => column.label === true));
    }
    this.doc.x = this.left;
    this.moveDown(4);
  }

  private rowHeight(cells: readonly string[], widths: number[], weight: PdfFontWeight): number {
    return Math.max(...widths.map((width, i) => this.heightOf(cellText(cells[i]), width - 2 * CELL_PADDING, weight, 9))) + 2 * CELL_PADDING;
  }

  private row(cells: readonly string[], widths: number[], labels: readonly boolean[]): void {
    const top = this.doc.y;
    const estimated = Math.max(...widths.map((width, i) => this.heightOf(cellText(cells[i]), width - 2 * CELL_PADDING, labels[i] ? 'bold' : 'regular', 9)));
    let x = this.left;
    widths.forEach((width, i) => {
      if (labels[i]) this.doc.rect(x, top, width, estimated + 2 * CELL_PADDING).fill(LABEL_FILL);
      x += width;
    });
    let bottom = top + estimated + 2 * CELL_PADDING;
    x = this.left;
    widths.forEach((width, i) => {
      this.doc.y = top + CELL_PADDING;
      this.text(cellText(cells[i]), { x: x + CELL_PADDING, width: width - 2 * CELL_PADDING, size: 9, weight: labels[i] ? 'bold' : 'regular' });
      bottom = Math.max(bottom, this.doc.y + CELL_PADDING - LINE_GAP);
      x += width;
    });
    x = this.left;
    this.doc.lineWidth(0.5).strokeColor(BORDER_COLOR);
    for (const width of widths) {
      this.doc.rect(x, top, width, bottom - top).stroke();
      x += width;
    }
    this.doc.x = this.left;
    this.doc.y = bottom;
  }

  /** Writes "n / N" at the foot of every page and ends the document (the stream then completes). */
  finish(): PDFKit.PDFDocument {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      // Writing inside the bottom margin would otherwise make pdfkit start a new page.
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.font(`${this.order[0]}-regular`).fontSize(8).fillColor(MUTED_COLOR);
      this.doc.text(`${i - range.start + 1} / ${range.count}`, this.left, this.doc.page.height - margin / 2 - 4, {
        width: this.contentWidth,
        align: 'center',
        lineBreak: false,
      });
      this.doc.page.margins.bottom = margin;
    }
    this.doc.end();
    return this.doc;
  }
}

function cellText(text: string | undefined): string {
  const value = singleLine(text ?? '');
  return value.length > MAX_CELL_CHARS ? `${value.slice(0, MAX_CELL_CHARS)}…` : value;
}
