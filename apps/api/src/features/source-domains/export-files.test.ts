import { EntryNamer, sanitizeSegment } from '../../core/files/zip/entry-names';
import { UniqueNames, compressionFor, dateFolders, safeName } from './export-files';
import { imageTypeOf } from './image-type';
import { tinyGif, tinyPng } from './tiny-images';
import { normalizeAmount } from '../accounting/accounting.service';
import { amountCell } from '../data-exports/sources/accounting.source';

describe('safeName', () => {
  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['  ..숨김..  ', '숨김'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['', '_'],
    ['...', '_'],
    ['\u1100\u1161', '\uac00'], // decomposed Hangul (macOS) becomes composed
  ])('%j → %j', (input, expected) => expect(safeName(input)).toBe(expected));

  it('cuts long names to the characters and 240 UTF-8 bytes, keeping the extension', () => {
    expect(Array.from(safeName('가'.repeat(100), 60))).toHaveLength(60);
    const long = safeName(`${'가'.repeat(120)}.pdf`, 90);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(240);
    expect(long).toBe(`${'가'.repeat(78)}.pdf`);
  });

  it('neutralises bidi controls and Windows device names', () => {
    expect(safeName('invoice\u202Efdp.exe')).toBe('invoice_fdp.exe');
    expect(safeName('CON.pdf')).toBe('_CON.pdf');
    expect(safeName('nul')).toBe('_nul');
  });
});

describe('safeName and the archive entry namer', () => {
  const tricky = [
    'a/b\\c:d*e?f"g<h>i|j', ' trailing dot. ', 'CON', 'aux.txt', 'x\u202Egpj.exe', '\u1100\u1161\u11A8', '가'.repeat(200) + '.pdf',
    'x'.repeat(300), '  ', '..', 'tab\there', 'emoji 😀 name.png', 'very.long.extension.abcdefghijklmnopqrstuvwxyz',
  ];

  it.each(tricky)('leaves %j as safeName made it', (raw) => {
    for (const max of [60, 80, 90]) expect(sanitizeSegment(safeName(raw, max))).toBe(safeName(raw, max));
  });

  it('keeps a notice folder’s paths exactly, so the page’s relative links resolve in the archive', () => {
    const namer = new EntryNamer();
    const folder = ['게시판', '공지사항', '2026', '03', '15', safeName('점검 <b>안내</b> & "공지"', 60)];
    const attachments = new UniqueNames();
    const paths = [
      [...folder, `${folder[5]}.html`],
      [...folder, '이미지', '01.png'],
      [...folder, '첨부파일', attachments.take(safeName('안내문.pdf', 90))],
      [...folder, '첨부파일', attachments.take(safeName('안내문.PDF', 90))],
    ];
    for (const entry of paths) expect(namer.name(entry)).toBe(entry.join('/'));
  });
});

describe('UniqueNames', () => {
  it('numbers repeats before the extension, case-insensitively', () => {
    const names = new UniqueNames();
    expect(['a.pdf', 'A.pdf', 'a.pdf', 'noext', 'noext'].map((name) => names.take(name))).toEqual(['a.pdf', 'A (2).pdf', 'a (3).pdf', 'noext', 'noext (2)']);
  });
});

describe('dateFolders', () => {
  it('uses the company zone for instants and the day itself for slip dates', () => {
    expect(dateFolders(new Date('2026-03-14T23:30:00Z'), 'Asia/Seoul')).toEqual(['2026', '03', '15']);
    expect(dateFolders(new Date('2026-03-14T23:30:00Z'), 'America/New_York')).toEqual(['2026', '03', '14']);
    expect(dateFolders('2026-03-14', 'Asia/Seoul')).toEqual(['2026', '03', '14']);
  });
});

describe('compressionFor', () => {
  it('stores compressed formats and deflates the rest', () => {
    expect(compressionFor('application/pdf', 'a.pdf')).toBe('STORE');
    expect(compressionFor('application/octet-stream', 'photo.PNG')).toBe('STORE');
    expect(compressionFor('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a')).toBe('STORE');
    expect(compressionFor('text/plain', 'a.txt')).toBe('DEFLATE');
  });

  it('decides by the stored MIME type, so compressed data under an unknown extension is not deflated', () => {
    for (const [type, name] of [
      ['image/png', 'scan'],
      ['image/jpeg', 'IMG_0001.jpeg2'],
      ['image/heic', 'photo.dat'],
      ['video/mp4', 'clip.bin'],
      ['audio/mpeg', 'memo'],
      ['application/pdf', 'contract.final'],
      ['Application/PDF; charset=binary', 'x'],
      ['application/zip', 'backup.001'],
      ['application/x-7z-compressed', 'b'],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'ledger'],
      ['application/vnd.ms-excel.sheet.macroEnabled.12', 'macro'],
      ['application/vnd.oasis.opendocument.text', 'memo.txt'],
      ['application/vnd.hancom.hwpx', 'report'],
      ['font/woff2', 'f'],
    ]) {
      expect([type, compressionFor(type, name)]).toEqual([type, 'STORE']);
    }
  });

  it('deflates text and raw types even when the name looks compressed, and falls back to the name only for generic types', () => {
    expect(compressionFor('text/html', 'page.zip')).toBe('DEFLATE');
    expect(compressionFor('text/csv', 'export.pdf')).toBe('DEFLATE');
    expect(compressionFor('image/svg+xml', 'logo.svg')).toBe('DEFLATE');
    expect(compressionFor('image/bmp', 'screen.bmp')).toBe('DEFLATE');
    expect(compressionFor('audio/wav', 'take1.wav')).toBe('DEFLATE');
    expect(compressionFor('application/json', 'data.json')).toBe('DEFLATE');
    expect(compressionFor('application/octet-stream', 'archive.7z')).toBe('STORE');
    expect(compressionFor('application/octet-stream', 'dump.sql')).toBe('DEFLATE');
    expect(compressionFor('', 'scan.pdf')).toBe('STORE');
    expect(compressionFor(null, 'notes')).toBe('DEFLATE');
  });
});

describe('imageTypeOf', () => {
  it('knows PNG and GIF by their signature only', () => {
    expect(imageTypeOf(tinyPng([1, 2, 3]))).toBe('image/png');
    expect(imageTypeOf(tinyGif([1, 2, 3]))).toBe('image/gif');
    expect(imageTypeOf(Buffer.from('GIF88a'))).toBeNull();
    expect(imageTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(imageTypeOf(Buffer.alloc(0))).toBeNull();
  });
});

describe('amounts', () => {
  it.each([
    ['+0012.50', '12.50'],
    ['-0', '0'],
    ['-0.00', '0.00'],
    ['000', '0'],
    ['-12.5', '-12.5'],
  ])('normalizes %s to %s', (input, expected) => expect(normalizeAmount(input)).toBe(expected));

  it('becomes a number cell only when a double holds it exactly', () => {
    expect(amountCell('1250000')).toBe(1250000);
    expect(amountCell('-12.50')).toBe(-12.5);
    expect(amountCell('123456789012345')).toBe(123456789012345);
    expect(amountCell('123456789012345.6789')).toBe('123456789012345.6789');
  });
});
