import { chooseCompression, EntryNamer, sanitizeSegment, splitExtension, truncateSegment } from './entry-names';

describe('sanitizeSegment', () => {
  it.each([
    ['..', '_'],
    ['.', '_'],
    ['', '_'],
    ['   ', '_'],
    ['../x', '.._x'],
    ['a/b\\c', 'a_b_c'],
    ['a<b>c:d"e|f?g*h', 'a_b_c_d_e_f_g_h'],
    ['tab\there\r\n', 'tab_here'],
    ['\u0085next-line', '_next-line'],
    ['name. . ', 'name'],
    ['  padded  ', 'padded'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['LPT1', '_LPT1'],
    ['COM9.log', '_COM9.log'],
    ['console.txt', 'console.txt'],
    ['.hidden', '.hidden'],
    ['abc\u202Egpj.exe', 'abc_gpj.exe'],
  ])('%j → %j', (raw, safe) => {
    expect(sanitizeSegment(raw)).toBe(safe);
  });

  it('composes NFD input to NFC', () => {
    expect(sanitizeSegment('휴가'.normalize('NFD'))).toBe('휴가'.normalize('NFC'));
  });

  it('keeps Korean names within 240 UTF-8 bytes and the extension', () => {
    const out = sanitizeSegment(`${'가'.repeat(150)}.pdf`);
    expect(out.endsWith('.pdf')).toBe(true);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(240);
    expect(out).toBe(`${'가'.repeat(78)}.pdf`);
  });

  it('never splits a surrogate pair', () => {
    const out = truncateSegment('📎'.repeat(80), 100, 240);
    expect(out).toBe('📎'.repeat(50));
  });
});

describe('splitExtension', () => {
  it('treats a leading dot as part of the name', () => {
    expect(splitExtension('.env')).toEqual({ stem: '.env', ext: '' });
    expect(splitExtension('a.tar.gz')).toEqual({ stem: 'a.tar', ext: '.gz' });
    expect(splitExtension('trailing.')).toEqual({ stem: 'trailing.', ext: '' });
  });
});

describe('EntryNamer', () => {
  it('makes names unique without regard to case, before the extension', () => {
    const namer = new EntryNamer();
    expect(['a.pdf', 'A.PDF', 'a.pdf', 'a (2).pdf'].map((n) => namer.name(['x', n]))).toEqual(['x/a.pdf', 'x/A (2).PDF', 'x/a (3).pdf', 'x/a (2) (2).pdf']);
  });

  it('keeps a renamed folder for the files that follow', () => {
    const namer = new EntryNamer();
    expect(namer.name(['docs'])).toBe('docs');
    expect(namer.name(['docs', 'a.txt'])).toBe('docs (2)/a.txt');
    expect(namer.name(['Docs', 'b.txt'])).toBe('docs (2)/b.txt');
    expect(namer.name(['docs', 'a.txt'])).toBe('docs (2)/a (2).txt');
  });

  it('treats folders that sanitise to the same name as one folder', () => {
    const namer = new EntryNamer();
    expect(namer.name(['a:b', '1.txt'])).toBe('a_b/1.txt');
    expect(namer.name(['a?b', '2.txt'])).toBe('a_b/2.txt');
  });

  it('refuses an empty path', () => {
    expect(() => new EntryNamer().name([])).toThrow(TypeError);
  });
});

describe('chooseCompression', () => {
  it('stores compressed types and deflates the rest', () => {
    expect(['a.PDF', 'b.jpeg', 'c.xlsx', 'd.zip', 'e.hwp', 'f.mp4'].map(chooseCompression)).toEqual(Array(6).fill('STORE'));
    expect(['a.html', 'b.csv', 'c.json', 'd.txt', 'e.xml', 'f.svg', 'g.bmp', 'noext', '.env'].map(chooseCompression)).toEqual(Array(9).fill('DEFLATE'));
  });
});
