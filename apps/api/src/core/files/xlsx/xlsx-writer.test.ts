import { Writable } from 'node:stream';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { EXCEL_MAX_CELL_TEXT } from './cell-text';
import { EXCEL_MAX_DATA_ROWS_PER_SHEET, writeXlsx, type XlsxCellValue, type XlsxSheetSpec } from './xlsx-writer';

// Files are read back with SheetJS (`xlsx`), a reader independent of exceljs, and the raw sheet XML
// with jszip.

const LOGIN_SHEET: XlsxSheetSpec = {
  name: 'Login records',
  columns: [{ header: 'Time', kind: 'date-text' }, { header: 'Name' }, { header: 'Attempts', kind: 'number' }, { header: 'User agent' }],
};

class MemoryOutput extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    callback();
  }
  get buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

async function* from(rows: readonly (readonly XlsxCellValue[])[]): AsyncGenerator<readonly XlsxCellValue[]> {
  for (const row of rows) yield row;
}

async function* numbered(count: number, width = 4): AsyncGenerator<XlsxCellValue[]> {
  for (let i = 1; i <= count; i += 1) yield [`row ${i}`, ...Array.from({ length: width - 1 }, (_, c) => i * 10 + c)];
}

function read(buffer: Buffer): XLSX.WorkBook {
  return XLSX.read(buffer, { type: 'buffer', cellFormula: true, cellNF: true });
}

function values(book: XLSX.WorkBook, sheetName: string): unknown[][] {
  return XLSX.utils.sheet_to_json(book.Sheets[sheetName], { header: 1, defval: null, raw: true });
}

async function sheetXml(buffer: Buffer, index = 1): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string');
}

describe('writeXlsx', () => {
  it('round-trips Korean, Japanese and English text, numbers and empty cells under a header', async () => {
    const rows: XlsxCellValue[][] = [
      ['2026-11-25 10:42:13 +09:00', '홍길동', 3, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)'],
      ['2026-11-25 10:43:00 +09:00', '山田太郎', 0.5, null],
      ['2026-11-25 10:44:59 +09:00', 'Jane Doe', -12, undefined],
      ['', undefined, null, '  spaces kept  '],
    ];
    const output = new MemoryOutput();

    const result = await writeXlsx(output, LOGIN_SHEET, from(rows));

    expect(result).toEqual({ rows: 4, sheets: 1, sheetNames: ['Login records'] });
    expect(output.writableFinished).toBe(true);
    const book = read(output.buffer);
    expect(book.SheetNames).toEqual(['Login records']);
    expect(values(book, 'Login records')).toEqual([
      ['Time', 'Name', 'Attempts', 'User agent'],
      ['2026-11-25 10:42:13 +09:00', '홍길동', 3, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)'],
      ['2026-11-25 10:43:00 +09:00', '山田太郎', 0.5, null],
      ['2026-11-25 10:44:59 +09:00', 'Jane Doe', -12, null],
      [null, null, null, '  spaces kept  '],
    ]);
    const sheet = book.Sheets['Login records'];
    expect(sheet.C2).toMatchObject({ t: 'n', v: 3 });
    expect(sheet.A2).toMatchObject({ t: 's' });
    const xml = await sheetXml(output.buffer);
    expect(xml).toContain('<pane ySplit="1"'); // header row frozen
    expect(xml).toMatch(/<col min="1" max="1" width="27"/); // date-text default width
  });

  it('continues on "name (2)", "name (3)" with the header repeated, losing no row', async () => {
    const output = new MemoryOutput();

    const result = await writeXlsx(output, LOGIN_SHEET, numbered(25), { maxRowsPerSheet: 10 });

    expect(result).toEqual({ rows: 25, sheets: 3, sheetNames: ['Login records', 'Login records (2)', 'Login records (3)'] });
    const book = read(output.buffer);
    expect(book.SheetNames).toEqual(result.sheetNames);
    const header = ['Time', 'Name', 'Attempts', 'User agent'];
    const sheets = book.SheetNames.map((name) => values(book, name));
    expect(sheets.map((rows) => rows.length)).toEqual([11, 11, 6]);
    for (const rows of sheets) expect(rows[0]).toEqual(header);
    expect(sheets.flatMap((rows) => rows.slice(1).map((row) => row[0]))).toEqual(Array.from({ length: 25 }, (_, i) => `row ${i + 1}`));
    expect(sheets[2][5]).toEqual(['row 25', 250, 251, 252]);
  });

  it('opens no empty sheet when the rows fill the last one exactly', async () => {
    const result = await writeXlsx(new MemoryOutput(), LOGIN_SHEET, numbered(20), { maxRowsPerSheet: 10 });
    expect(result.sheets).toBe(2);
  });

  it("defaults to Excel's limit of 1,048,575 data rows under the header", () => {
    expect(EXCEL_MAX_DATA_ROWS_PER_SHEET).toBe(1_048_575);
    expect(EXCEL_MAX_DATA_ROWS_PER_SHEET + 1).toBe(2 ** 20);
  });

  it('writes only a header for no rows', async () => {
    const output = new MemoryOutput();
    const result = await writeXlsx(output, LOGIN_SHEET, from([]));
    expect(result).toEqual({ rows: 0, sheets: 1, sheetNames: ['Login records'] });
    expect(values(read(output.buffer), 'Login records')).toEqual([['Time', 'Name', 'Attempts', 'User agent']]);
  });

  it('keeps formula payloads as literal text: string cells, no formula, value unchanged, Text format', async () => {
    const payloads = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0', '＝1+1'];
    const output = new MemoryOutput();

    await writeXlsx(output, { name: 'Payloads', columns: [{ header: '=HEADER()' }, { header: 'n' }] }, from(payloads.map((p, i) => [p, i])));

    const sheet = read(output.buffer).Sheets.Payloads;
    expect(sheet.A1).toMatchObject({ t: 's', v: '=HEADER()' });
    expect(sheet.A1.f).toBeUndefined();
    payloads.forEach((payload, i) => {
      const cell = sheet[`A${i + 2}`];
      expect(cell).toMatchObject({ t: 's', v: payload, z: '@' });
      expect(cell.f).toBeUndefined();
    });
    expect(sheet.B2).toMatchObject({ t: 'n', v: 0 });
    const xml = await sheetXml(output.buffer);
    expect(xml).not.toMatch(/<f[ >]/);
    // Inline strings, the unambiguous text type (a plain `t="str"` is nominally a formula's result).
    expect(xml).toMatch(/<c r="A1" s="\d+" t="inlineStr"><is><r><t>=HEADER\(\)<\/t><\/r><\/is><\/c>/);
    expect(xml).toMatch(/<c r="A2" s="\d+" t="inlineStr"><is><r><t>=HYPERLINK\(&quot;http:\/\/evil&quot;,&quot;x&quot;\)<\/t>/);
  });

  it('leaves ordinary text in the General format', async () => {
    const output = new MemoryOutput();
    await writeXlsx(output, LOGIN_SHEET, from([['2026-11-25 10:42:13 +09:00', 'a-b', 1, 'x=y']]));
    const sheet = read(output.buffer).Sheets['Login records'];
    expect(sheet.B2.z).toBe('General');
    expect(sheet.D2.z).toBe('General');
  });

  it('keeps text with XML-illegal control characters exactly, in a well-formed file', async () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
    const hostile = [`Mozilla/5.0 ${controls}\u007F\uFFFE\uFFFF end`, 'literal _x0041_ and _x005F_ stay', 'line\r\nbreak', 'bell\u0007'];
    const output = new MemoryOutput();

    await writeXlsx(output, { name: 'UA', columns: [{ header: 'User agent' }] }, from(hostile.map((ua) => [ua])));

    const xml = await sheetXml(output.buffer);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const sheet = read(output.buffer).Sheets.UA;
    const expected = hostile.map((ua) => ua.replace(/[\uFFFE\uFFFF]/g, '\uFFFD')); // noncharacters, not text
    expected.forEach((ua, i) => expect(sheet[`A${i + 2}`]).toMatchObject({ t: 's', v: ua }));
  });

  it("cuts text at Excel's 32,767 characters, ending with …", async () => {
    const output = new MemoryOutput();
    await writeXlsx(output, { name: 'Long', columns: [{ header: 'text' }] }, from([['a'.repeat(40_000)]]));
    const text = read(output.buffer).Sheets.Long.A2.v as string;
    expect(text).toHaveLength(EXCEL_MAX_CELL_TEXT);
    expect(text.endsWith('a…')).toBe(true);
  });

  it('writes a Date as ISO 8601 UTC text and a non-finite number as text', async () => {
    const output = new MemoryOutput();
    await writeXlsx(
      output,
      { name: 'Values', columns: [{ header: 'at' }, { header: 'n' }, { header: 'm' }] },
      from([[new Date('2026-11-25T01:42:13.000Z'), Number.NaN, Number.POSITIVE_INFINITY]]),
    );
    const sheet = read(output.buffer).Sheets.Values;
    expect(sheet.A2).toMatchObject({ t: 's', v: '2026-11-25T01:42:13.000Z' });
    expect(sheet.B2).toMatchObject({ t: 's', v: 'NaN' });
    expect(sheet.C2).toMatchObject({ t: 's', v: 'Infinity' });
  });

  it('sanitizes the sheet name and keeps continuations within 31 characters', async () => {
    const output = new MemoryOutput();
    const result = await writeXlsx(output, { name: 'Logins 2026/11/25 [all]: *?\\ and a very long tail', columns: [{ header: 'n' }] }, numbered(3, 1), {
      maxRowsPerSheet: 2,
    });
    expect(result.sheetNames).toEqual(['Logins 2026_11_25 _all__ ___ an', 'Logins 2026_11_25 _all__ __ (2)']);
    expect(read(output.buffer).SheetNames).toEqual(result.sheetNames);
  });

  it('rejects, destroys the output and never finishes it when the row source throws', async () => {
    const failure = new Error('database connection lost');
    async function* failing(): AsyncGenerator<XlsxCellValue[]> {
      yield* numbered(120);
      throw failure;
    }
    const output = new MemoryOutput();

    await expect(writeXlsx(output, LOGIN_SHEET, failing())).rejects.toBe(failure);

    expect(output.destroyed).toBe(true);
    expect(output.writableFinished).toBe(false);
  });

  it('rejects a value that is not a cell value, and closes the row source', async () => {
    let closed = false;
    async function* rows(): AsyncGenerator<XlsxCellValue[]> {
      try {
        yield ['ok', 1, 2, 3];
        yield ['bad', { formula: 'SUM(A1)' } as unknown as number, 2, 3];
        yield ['never', 1, 2, 3];
      } finally {
        closed = true;
      }
    }
    const output = new MemoryOutput();
    await expect(writeXlsx(output, LOGIN_SHEET, rows())).rejects.toThrow(TypeError);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
    expect(output.destroyed).toBe(true);
  });

  it('rejects a row with more values than columns', async () => {
    await expect(writeXlsx(new MemoryOutput(), LOGIN_SHEET, from([[1, 2, 3, 4, 5]]))).rejects.toThrow(RangeError);
  });

  it('rejects with an AbortError and closes the row source when the signal aborts', async () => {
    const controller = new AbortController();
    let closed = false;
    async function* endless(): AsyncGenerator<XlsxCellValue[]> {
      try {
        for (let i = 1; ; i += 1) {
          if (i === 1_000) controller.abort();
          yield [`row ${i}`, i, i, i];
        }
      } finally {
        closed = true;
      }
    }
    const output = new MemoryOutput();

    await expect(writeXlsx(output, LOGIN_SHEET, endless(), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });

    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
    expect(output.destroyed).toBe(true);
    expect(output.writableFinished).toBe(false);
  });

  it('rejects promptly on abort while the row source is stuck', async () => {
    const controller = new AbortController();
    async function* stuck(): AsyncGenerator<XlsxCellValue[]> {
      yield* numbered(10);
      await new Promise(() => undefined); // a query that never answers
    }
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();

    await expect(writeXlsx(new MemoryOutput(), LOGIN_SHEET, stuck(), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reads no row when the signal is already aborted', async () => {
    let pulled = 0;
    async function* rows(): AsyncGenerator<XlsxCellValue[]> {
      pulled += 1;
      yield ['x', 1, 2, 3];
    }
    await expect(writeXlsx(new MemoryOutput(), LOGIN_SHEET, rows(), { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(pulled).toBe(0);
  });

  it('rejects when the output closes before the workbook is finished (client gone)', async () => {
    const output = new MemoryOutput();
    async function* rows(): AsyncGenerator<XlsxCellValue[]> {
      for (let i = 1; ; i += 1) {
        if (i === 500) output.destroy();
        yield [`row ${i}`, i, i, i];
      }
    }
    await expect(writeXlsx(output, LOGIN_SHEET, rows())).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it('stops reading rows while the output does not drain, and resumes when it does', async () => {
    const gate = { open: false };
    const stalled: (() => void)[] = [];
    const output = new Writable({
      highWaterMark: 16 * 1024,
      write(_chunk, _encoding, callback) {
        if (gate.open) callback();
        else stalled.push(() => callback());
      },
    });
    let pulled = 0;
    async function* rows(): AsyncGenerator<XlsxCellValue[]> {
      for (; pulled < 200_000; ) {
        pulled += 1;
        yield [`row ${pulled} ${'x'.repeat(100)}`, pulled, pulled, `Mozilla/5.0 ${pulled}`];
      }
    }
    const writing = writeXlsx(output, LOGIN_SHEET, rows());

    await new Promise((resolve) => setTimeout(resolve, 500));
    const pausedAt = pulled;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pulled).toBe(pausedAt); // waiting, not buffering
    expect(pausedAt).toBeLessThan(50_000);

    gate.open = true;
    for (const callback of stalled.splice(0)) callback();
    await expect(writing).resolves.toMatchObject({ rows: 200_000, sheets: 1 });
  });

  it('yields to the event loop while writing, so the server keeps answering', async () => {
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);

    await writeXlsx(new MemoryOutput(), LOGIN_SHEET, numbered(5_000));
    running = false;

    expect(ticks).toBeGreaterThanOrEqual(5_000 / 50 - 1);
  });
});
