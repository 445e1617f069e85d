/**
 * The one way Warden writes .xlsx downloads (login records, deleted documents, export lists): rows
 * stream in from an async iterable (a database cursor) and out to any Writable (an HTTP response, a
 * temp file) in bounded memory, at any row count.
 *
 * Formula safety (CSV/Excel injection, OWASP) — the decision:
 * - A string is only ever a string cell, never an `<f>` element, and only strings, numbers and dates
 *   are accepted (anything else, e.g. exceljs's `{ formula }` objects, is a TypeError). Excel,
 *   LibreOffice and SheetJS evaluate nothing but `<f>`, so `=HYPERLINK(…)` shows as the text it is.
 * - Strings that look like formulas (first character `=` `+` `-` `@` tab or carriage return, and the
 *   full-width `＝＋－＠`) are written as inline strings (`t="inlineStr"`), the type that means "text"
 *   and nothing else, and get the Text number format (`@`): if someone opens the cell to edit it and
 *   presses Enter, Excel and LibreOffice keep it as text where a General cell would run it.
 * - No apostrophe is prepended. In .xlsx a leading `'` is not syntax (unlike typing or CSV): it would
 *   become part of the value, so the admin would see `'-2+3`, and searches, copies and the exported
 *   evidence would no longer match the log.
 * - Characters XML cannot hold are escaped the Office Open XML way (`_xHHHH_`), see `toCellText`.
 * Checked by reading files back with SheetJS (tests) and by converting one with LibreOffice 7.4.
 */
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { stream as exceljsStream, type Cell, type Style, type Worksheet } from 'exceljs';
import { looksLikeFormula, toCellText } from './cell-text';
import { SheetNames } from './sheet-names';

/** Data rows per sheet: Excel's 1,048,576 rows minus the header row. */
export const EXCEL_MAX_DATA_ROWS_PER_SHEET = 1_048_575;
/** Excel's column limit. */
export const EXCEL_MAX_COLUMNS = 16_384;

export type XlsxCellValue = string | number | Date | null | undefined;

export interface XlsxColumn {
  header: string;
  /** Width in characters (Excel's unit); defaults by kind. CJK text needs about twice its length. */
  width?: number;
  /**
   * `date-text` is a text column sized for `2026-11-25 10:42:13 +09:00` (callers format times in the
   * company's zone); `number` and `text` only change the default width. Cell types follow the values.
   */
  kind?: 'text' | 'number' | 'date-text';
}

export interface XlsxSheetSpec {
  /** Sanitized to Excel's rules (see `sanitizeSheetName`); continuations are named `name (2)`, … */
  name: string;
  columns: readonly XlsxColumn[];
}

export interface WriteXlsxOptions {
  /** Data rows per sheet before continuing on the next one; defaults to Excel's limit. */
  maxRowsPerSheet?: number;
  /** Abort (e.g. the client disconnected): stops reading rows promptly and rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface WriteXlsxResult {
  /** Data rows written, headers not counted. */
  rows: number;
  sheets: number;
  sheetNames: string[];
}

/** Rejection of `writeXlsx` when its signal aborts; `cause` is the signal's reason. */
export class XlsxAbortError extends Error {
  override name = 'AbortError';
  readonly code = 'ABORT_ERR';
}

const DEFAULT_WIDTH = { text: 24, number: 12, 'date-text': 27 } as const;

/** exceljs has no backpressure of its own: yield to the event loop at least this often. */
const YIELD_EVERY_ROWS = 50;
/**
 * Uncompressed XML allowed to wait for the compressor before reading more rows. Enough to keep zlib
 * busy between checks; beyond it a slow client would make the backlog (and RSS) grow without bound.
 */
const MAX_SHEET_BACKLOG_BYTES = 1 << 20;
const BACKLOG_POLL_MS = 2;
/** zlib level 1: most of level 6's gain on repetitive sheet XML at a fraction of the CPU. */
const ZLIB_LEVEL = 1;

// Shared style objects: exceljs caches a style's id per object, so one object for every data cell
// costs a WeakMap lookup, where a fresh object per cell (its default) re-renders the style XML and
// halves throughput.
const PLAIN: Partial<Style> = {};
const TEXT: Partial<Style> = { numFmt: '@' };
const HEADER: Partial<Style> = { font: { bold: true } };
const HEADER_TEXT: Partial<Style> = { font: { bold: true }, numFmt: '@' };

/**
 * Streams `rows` into an .xlsx written to `output`, then ends `output`. A sheet holds at most
 * `maxRowsPerSheet` data rows under a bold, frozen header row; further rows continue on `name (2)`,
 * `name (3)`, … each with the header repeated, so nothing is ever truncated. Resolves once `output`
 * has finished. Strings stay text (see the note at the top of this file), finite numbers are numbers,
 * a Date is written as ISO 8601 UTC text (an Excel date has no zone and would pass UTC off as local
 * time; pass text formatted in the company's zone instead), null/undefined leave the cell empty.
 *
 * Like `stream.pipeline`, it owns `output` until it settles: if the rows throw, `signal` aborts,
 * `output` fails or closes early, it stops reading rows, calls the iterator's `return()`, destroys
 * `output` (a response is cut off, never ended as if complete) and rejects with that first error.
 * Invalid arguments reject before anything is written, leaving `output` untouched.
 */
export async function writeXlsx(
  output: Writable,
  sheet: XlsxSheetSpec,
  rows: AsyncIterable<readonly XlsxCellValue[]>,
  options: WriteXlsxOptions = {},
): Promise<WriteXlsxResult> {
  const { signal } = options;
  const maxRowsPerSheet = options.maxRowsPerSheet ?? EXCEL_MAX_DATA_ROWS_PER_SHEET;
  if (!Number.isInteger(maxRowsPerSheet) || maxRowsPerSheet < 1 || maxRowsPerSheet > EXCEL_MAX_DATA_ROWS_PER_SHEET) {
    throw new RangeError(`maxRowsPerSheet must be an integer from 1 to ${EXCEL_MAX_DATA_ROWS_PER_SHEET}`);
  }
  if (sheet.columns.length < 1 || sheet.columns.length > EXCEL_MAX_COLUMNS) {
    throw new RangeError(`a sheet needs 1 to ${EXCEL_MAX_COLUMNS} columns`);
  }
  if (typeof rows?.[Symbol.asyncIterator] !== 'function') throw new TypeError('rows must be an async iterable');

  const stop = new Stop();
  const sink = new PassThrough({ highWaterMark: 64 * 1024 });
  const workbook = new exceljsStream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: false,
    useStyles: true,
    zip: { zlib: { level: ZLIB_LEVEL } },
  });
  const zip = (workbook as unknown as { zip?: NodeJS.EventEmitter & { abort?(): void } }).zip;

  const onAbort = () => stop.fail(new XlsxAbortError('the XLSX download was aborted', { cause: signal?.reason }));
  const onError = (error: unknown) => stop.fail(error);
  const onClose = () => {
    if (!output.writableFinished) stop.fail(Object.assign(new Error('the output closed before the workbook was finished'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
  };
  output.on('error', onError);
  output.on('close', onClose);
  sink.on('error', onError);
  zip?.on('error', onError); // archiver emits 'error' with no listener of its own: it would crash the process
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  sink.pipe(output);

  const iterator = rows[Symbol.asyncIterator]();
  let iteratorDone = false;
  try {
    const writer = new SheetWriter(workbook, sheet, maxRowsPerSheet);
    let sinceYield = 0;
    for (;;) {
      stop.check();
      let next: IteratorResult<readonly XlsxCellValue[]>;
      try {
        next = await stop.race(iterator.next());
      } catch (error) {
        if (!stop.failed) iteratorDone = true; // the source threw: it is finished and must not be asked to return
        throw error;
      }
      if (next.done) {
        iteratorDone = true;
        break;
      }
      writer.add(next.value);
      if (++sinceYield === YIELD_EVERY_ROWS) {
        sinceYield = 0;
        await breathe(stop, output, () => writer.backlog());
      }
    }
    await stop.race(workbook.commit());
    if (!output.writableFinished) await stop.race(once(output, 'finish'));
    stop.check();
    return { rows: writer.rows, sheets: writer.sheetNames.length, sheetNames: writer.sheetNames };
  } catch (error) {
    stop.fail(error);
    sink.unpipe(output);
    output.destroy();
    sink.destroy();
    zip?.abort?.();
    if (!iteratorDone) {
      // Not awaited: an async generator parked in a slow `await` would hold the rejection back.
      Promise.resolve()
        .then(() => iterator.return?.())
        .catch(() => undefined);
    }
    throw stop.reason;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    output.off('close', onClose);
    // The 'error' listeners stay: a destroyed stream may still emit one, and unheard it would crash.
    if (!stop.failed) output.off('error', onError);
  }
}

/** Writes rows into the current sheet and opens the next one when it is full. */
class SheetWriter {
  rows = 0;
  readonly sheetNames: string[] = [];
  private readonly names: SheetNames;
  private worksheet!: Worksheet;
  private rowsInSheet = 0;

  constructor(
    private readonly workbook: exceljsStream.xlsx.WorkbookWriter,
    private readonly spec: XlsxSheetSpec,
    private readonly maxRowsPerSheet: number,
  ) {
    this.names = new SheetNames(spec.name);
    this.openSheet();
  }

  add(values: readonly XlsxCellValue[]): void {
    const width = this.spec.columns.length;
    if (values.length > width) throw new RangeError(`row ${this.rows + 1} has ${values.length} values for ${width} columns`);
    if (this.rowsInSheet === this.maxRowsPerSheet) {
      this.worksheet.commit();
      this.openSheet();
    }
    // Every index assigned (even to undefined): exceljs treats an array without an own [0] as 1-based.
    const cells: ExcelJsValue[] = new Array(values.length);
    let textCells: number[] | undefined;
    for (let i = 0; i < values.length; i += 1) {
      const cell = toCellValue(values[i], this.rows + 1, i);
      cells[i] = cell;
      if (typeof cell === 'object' && looksLikeFormula(values[i] as string)) (textCells ??= []).push(i + 1);
    }
    const row = this.worksheet.addRow(cells);
    row.eachCell((cell: Cell) => {
      cell.style = PLAIN;
    });
    if (textCells) for (const column of textCells) row.getCell(column).style = TEXT;
    row.commit();
    this.rowsInSheet += 1;
    this.rows += 1;
  }

  /** Bytes of this sheet's XML that exceljs has handed to the zip but the compressor has not taken yet. */
  backlog(): number {
    // exceljs writes each sheet into a PassThrough of archiver's without looking at write()'s result;
    // its buffered length is the one unbounded queue in the chain. Read defensively (internal).
    const internals = this.worksheet as unknown as { stream?: { pipes?: unknown[] } };
    const entry = internals.stream?.pipes?.[0] as BufferedStream | undefined;
    if (!entry) return 0;
    return (
      (entry.writableLength ?? entry._writableState?.length ?? 0) + (entry.readableLength ?? entry._readableState?.length ?? 0)
    );
  }

  private openSheet(): void {
    const name = this.names.next(this.sheetNames.length + 1);
    this.sheetNames.push(name);
    this.worksheet = this.workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.worksheet.columns = this.spec.columns.map((column) => ({ width: column.width ?? DEFAULT_WIDTH[column.kind ?? 'text'] }));
    const header = this.worksheet.addRow(this.spec.columns.map((column, index) => toCellValue(column.header, 0, index)));
    header.eachCell((cell: Cell, column: number) => {
      cell.style = looksLikeFormula(this.spec.columns[column - 1].header) ? HEADER_TEXT : HEADER;
    });
    header.commit();
    this.rowsInSheet = 0;
  }
}

interface BufferedStream {
  writableLength?: number;
  readableLength?: number;
  _writableState?: { length: number };
  _readableState?: { length: number };
}

type ExcelJsValue = string | number | { richText: { text: string }[] } | undefined;

/**
 * exceljs writes a plain string as `t="str"` with the text in `<v>`, which every reader shows as
 * text but LibreOffice trims and does not unescape. Strings that need more go as a one-run inline
 * rich string (`t="inlineStr"`, `<t xml:space="preserve">`), unambiguous text everywhere: those
 * that look like formulas, carry escapes, or begin or end with white space. That is ~30% slower per
 * cell, so ordinary strings keep the fast form.
 */
function needsInlineString(value: string, text: string): boolean {
  return text !== value || looksLikeFormula(value) || WHITE_SPACE.test(value[0]) || WHITE_SPACE.test(value[value.length - 1]);
}

const WHITE_SPACE = /\s/;

function toCellValue(value: XlsxCellValue, row: number, index: number): ExcelJsValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    if (value === '') return undefined;
    const text = toCellText(value);
    return needsInlineString(value, text) ? { richText: [{ text }] } : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value); // Excel has no NaN or Infinity
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  throw new TypeError(`row ${row}, column ${index + 1}: ${typeof value} is not a cell value (string, number, Date or null)`);
}

/** Lets other requests run, then waits while the output or the compressor is behind. */
async function breathe(stop: Stop, output: Writable, backlog: () => number): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  stop.check();
  while (output.writableNeedDrain) await stop.race(once(output, 'drain'));
  while (backlog() > MAX_SHEET_BACKLOG_BYTES) await stop.race(new Promise<void>((resolve) => setTimeout(resolve, BACKLOG_POLL_MS)));
}

/**
 * The first failure, and a race against it that does not leak: `Promise.race` with one long-lived
 * promise would keep a reaction per row until the end of the file.
 */
class Stop {
  failed = false;
  reason: unknown;
  private readonly waiters = new Set<(reason: unknown) => void>();

  fail(reason: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.reason = reason;
    for (const reject of this.waiters) reject(reason);
    this.waiters.clear();
  }

  check(): void {
    if (this.failed) throw this.reason;
  }

  race<T>(promise: Promise<T>): Promise<T> {
    if (this.failed) {
      promise.catch(() => undefined);
      return Promise.reject(this.reason);
    }
    return new Promise<T>((resolve, reject) => {
      this.waiters.add(reject);
      promise.then(
        (value) => {
          this.waiters.delete(reject);
          resolve(value);
        },
        (error: unknown) => {
          this.waiters.delete(reject);
          reject(error);
        },
      );
    });
  }
}
