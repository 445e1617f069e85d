import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  exportArchiveBaseName,
  predictEntryBytes,
  readPublishedZipArchive,
  removeZipStaging,
  ZipArchiveWriter,
  ZipEntrySizeError,
  ZipEntryTooLargeError,
  ZIP_SPLIT_SIZES,
  fitsInZipPart,
  ZipPublishFencedError,
  type ZipArchiveOptions,
  type ZipEntryInput,
} from './zip-archive-writer';

/** What Python's zipfile sees in a part: testzip() result, names, flags, methods, times and content hashes. */
interface PythonView {
  bad: string | null;
  entries: { name: string; flags: number; method: number; time: number[]; sha256: string; size: number }[];
}

const PYTHON_READ = `
import hashlib, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
out = []
for i in z.infolist():
    data = z.read(i)
    out.append({"name": i.filename, "flags": i.flag_bits, "method": i.compress_type, "time": list(i.date_time), "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
print(json.dumps({"bad": bad, "entries": out}))
`;

function pythonView(file: string): PythonView {
  return JSON.parse(execFileSync('python3', ['-c', PYTHON_READ, file], { encoding: 'utf8' })) as PythonView;
}

function unzipTest(file: string): void {
  const r = spawnSync('unzip', ['-tqq', file], { encoding: 'utf8' });
  expect({ file: path.basename(file), status: r.status, stderr: r.stderr }).toEqual({ file: path.basename(file), status: 0, stderr: '' });
}

/** 7-Zip (Debian's `7zip` package, `7zz`): tests the part and returns its entry paths. */
function sevenZip(file: string): string[] {
  const test = spawnSync('7zz', ['t', file], { encoding: 'utf8' });
  expect({ file: path.basename(file), status: test.status, ok: /Everything is Ok/.test(test.stdout) }).toEqual({ file: path.basename(file), status: 0, ok: true });
  const list = execFileSync('7zz', ['l', '-slt', '-ba', file], { encoding: 'utf8' });
  return [...list.matchAll(/^Path = (.*)$/gm)].map((m) => m[1]);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let dir: string;
let seq = 0;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'warden-zip-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A real file on disk as an entry; returns the entry and the bytes' hash. */
function fileEntry(entryPath: string[], content: Buffer, extra: Partial<ZipEntryInput> = {}): ZipEntryInput & { sha256: string } {
  const file = path.join(dir, `src-${seq++}`);
  writeFileSync(file, content);
  return { path: entryPath, size: content.length, open: () => createReadStream(file), sha256: sha256(content), ...extra };
}

function textOf(bytes: number): Buffer {
  const line = '<tr><td>결재 문서 承認 document</td><td>12345</td></tr>\n';
  return Buffer.from(line.repeat(Math.ceil(bytes / Buffer.byteLength(line)))).subarray(0, bytes);
}

async function writer(options: Partial<ZipArchiveOptions> = {}): Promise<ZipArchiveWriter> {
  return ZipArchiveWriter.create({ publishDir: path.join(dir, 'out', 'export-1'), baseName: 'acme_202611251300', runId: 'run-1', splitSize: 1_000_000, ...options });
}

function partFiles(publishDir: string): string[] {
  return readdirSync(publishDir)
    .filter((n) => n.endsWith('.zip'))
    .sort()
    .map((n) => path.join(publishDir, n));
}

describe('ZipArchiveWriter', () => {
  it('never writes a part above the split size, and every part opens on its own (unzip, zipfile, 7-Zip)', async () => {
    const splitSize = 12_000;
    const w = await writer({ splitSize });
    const expected = new Map<string, string>();
    for (let i = 0; i < 40; i++) {
      const size = (i * 977) % 3_500;
      // Random bytes forced through DEFLATE exercise deflate's worst-case expansion.
      const content = i % 3 === 0 ? textOf(size) : randomBytes(size);
      const kind = i % 4 === 0 ? 'png' : 'bin';
      const e = fileEntry(['문서', `${String(i).padStart(2, '0')}.${kind}`], content, { compression: i % 2 ? 'DEFLATE' : 'AUTO' });
      expected.set(await w.add(e), e.sha256);
    }
    const result = await w.publish();

    expect(result.parts.length).toBeGreaterThan(3);
    expect(result.entries).toBe(40);
    const seen = new Map<string, string>();
    for (const [i, file] of partFiles(result.directory).entries()) {
      expect(path.basename(file)).toBe(`acme_202611251300_${String(i + 1).padStart(2, '0')}.zip`);
      expect(statSync(file).size).toBeLessThanOrEqual(splitSize);
      expect(result.parts[i]).toEqual({ fileName: path.basename(file), bytes: statSync(file).size, entries: expect.any(Number), oversized: false });
      unzipTest(file);
      const view = pythonView(file);
      expect(view.bad).toBeNull();
      expect(sevenZip(file)).toEqual(view.entries.map((e) => e.name));
      for (const e of view.entries) seen.set(e.name, e.sha256);
    }
    expect(seen).toEqual(expected);
  });

  it.each([3_000, 7_777, 20_000])('keeps every part at or below a split size of %d bytes with mixed entries', async (splitSize) => {
    const w = await writer({ splitSize, runId: `mixed-${splitSize}` });
    let input = 0;
    for (let i = 0; i < 60; i++) {
      const size = (i * 7919) % 2_500;
      input += size;
      const kind = ['html', 'pdf', 'csv', 'png'][i % 4];
      await w.add(fileEntry(['섞음', `${i % 7}`, `${i}.${kind}`], kind === 'pdf' || kind === 'png' || i % 5 === 0 ? randomBytes(size) : textOf(size)));
    }
    const result = await w.publish();
    expect(result.entries).toBe(60);
    expect(w.currentProgress.bytesDone).toBe(input);
    for (const file of partFiles(result.directory)) {
      expect(statSync(file).size).toBeLessThanOrEqual(splitSize);
      unzipTest(file);
    }
  });

  it('predicts STORE parts to the byte (headers, UTF-8 name fields, descriptors)', async () => {
    const w = await writer({ splitSize: 100_000 });
    let predicted = 22;
    for (const [i, name] of ['plain.pdf', '결재문서.pdf', '承認書_2026.png', 'emoji 📎.zip'].entries()) {
      const content = randomBytes(1000 + i);
      const entryName = await w.add(fileEntry(['Approval', name], content));
      predicted += predictEntryBytes(entryName, content.length, 'STORE');
    }
    const result = await w.publish();
    expect(result.parts).toEqual([{ fileName: 'acme_202611251300.zip', bytes: predicted, entries: 4, oversized: false }]);
  });

  it('fills parts of text by their deflated size, not their input size', async () => {
    const splitSize = 10_000;
    const w = await writer({ splitSize });
    for (let i = 0; i < 20; i++) await w.add(fileEntry([`page-${i}.html`], textOf(2_000)));
    const result = await w.publish();
    // 40,000 bytes of input; planned at their worst case they would need five parts.
    expect(result.parts.length).toBeLessThanOrEqual(2);
    for (const file of partFiles(result.directory)) {
      expect(statSync(file).size).toBeLessThanOrEqual(splitSize);
      unzipTest(file);
    }
  });

  it('opens files only shortly before they are written: small ones at most 8 ahead, big ones one at a time', async () => {
    const track = () => {
      const t = { open: 0, maxOpen: 0, opened: 0 };
      const wrap = (e: ZipEntryInput): ZipEntryInput => ({
        ...e,
        open: () => {
          t.opened++;
          t.maxOpen = Math.max(t.maxOpen, ++t.open);
          return (e.open() as Readable).once('close', () => t.open--);
        },
      });
      return { t, wrap };
    };
    const small = track();
    const w = await writer({ splitSize: 50_000_000 });
    for (let i = 0; i < 30; i++) {
      await w.add(small.wrap(fileEntry([`${i}.txt`], textOf(5_000))));
      // The writer runs at most WINDOW (16) entries behind the producer.
      expect(small.t.opened).toBeGreaterThanOrEqual(i - 16);
    }
    const big = track();
    for (let i = 0; i < 4; i++) await w.add(big.wrap(fileEntry([`${i}.bin`], randomBytes(1_500_000))));
    await w.publish();
    expect([small.t.opened, big.t.opened]).toEqual([30, 4]);
    expect(small.t.maxOpen).toBeLessThanOrEqual(8);
    expect(big.t.maxOpen).toBe(1);
  });

  it('starts a new part at the entry limit', async () => {
    const w = await writer({ maxEntriesPerPart: 5 });
    for (let i = 0; i < 12; i++) await w.add(fileEntry([`f${i}.txt`], textOf(100)));
    const result = await w.publish();
    expect(result.parts.map((p) => [p.fileName, p.entries])).toEqual([
      ['acme_202611251300_01.zip', 5],
      ['acme_202611251300_02.zip', 5],
      ['acme_202611251300_03.zip', 2],
    ]);
    for (const file of partFiles(result.directory)) unzipTest(file);
  });

  it('publishes one part without a number, and nothing else but the manifest', async () => {
    const w = await writer();
    await w.add(fileEntry(['a.txt'], textOf(10)));
    const result = await w.publish();
    expect(readdirSync(result.directory).sort()).toEqual(['acme_202611251300.zip', 'archive.json']);
    expect(readdirSync(path.dirname(result.directory))).toEqual(['export-1']);
    expect(await readPublishedZipArchive(result.directory)).toEqual({ ...result, alreadyPublished: true });
  });

  it('flags UTF-8 names (Korean, Japanese) so unzip, zipfile and 7-Zip read them back', async () => {
    const w = await writer();
    // NFD input (as macOS produces) comes out NFC.
    await w.add(fileEntry(['전자결재', '2026', '11', '25', '휴가 신청서.pdf'.normalize('NFD')], randomBytes(50)));
    await w.add(fileEntry(['承認', '稟議書（営業部）.html'], textOf(500)));
    await w.add(fileEntry(['ascii.txt'], textOf(5)));
    const result = await w.publish();
    const [file] = partFiles(result.directory);
    unzipTest(file);
    const view = pythonView(file);
    expect(view.entries.map((e) => [e.name, (e.flags & 0x800) !== 0])).toEqual([
      ['전자결재/2026/11/25/휴가 신청서.pdf', true],
      ['承認/稟議書（営業部）.html', true],
      ['ascii.txt', false],
    ]);
    expect(sevenZip(file)).toEqual(view.entries.map((e) => e.name));
    const zipinfo = execFileSync('zipinfo', ['-v', file], { encoding: 'utf8' });
    // jszip also writes Info-ZIP's Unicode Path field, for tools that ignore the UTF-8 flag.
    expect(zipinfo.match(/subfield with ID 0x7075 \(UTF8 path name\)/g)).toHaveLength(2);
  });

  it('sanitises hostile names and keeps them unique; extraction stays inside the target folder', async () => {
    const w = await writer();
    const names = [
      await w.add(fileEntry(['../../etc/passwd'], textOf(3))),
      await w.add(fileEntry(['..', '..', 'etc', 'passwd'], textOf(3))),
      await w.add(fileEntry(['/abs'], textOf(3))),
      await w.add(fileEntry(['C:\\Windows\\win.ini'], textOf(3))),
      await w.add(fileEntry(['a\u0000b\u001f.txt'], textOf(3))),
      await w.add(fileEntry(['CON'], textOf(3))),
      await w.add(fileEntry(['nul.txt'], textOf(3))),
      await w.add(fileEntry(['report.txt'], textOf(3))),
      await w.add(fileEntry(['REPORT.txt'], textOf(3))),
      await w.add(fileEntry(['report.txt'], textOf(3))),
      await w.add(fileEntry(['evil\u202Etxt.exe'], textOf(3))),
      await w.add(fileEntry(['trailing. . '], textOf(3))),
      await w.add(fileEntry(['x'.repeat(300) + '.pdf'], textOf(3))),
      await w.add(fileEntry(['dir', 'f.txt'], textOf(3))),
      await w.add(fileEntry(['dir'], textOf(3))),
    ];
    expect(names.slice(0, 12)).toEqual([
      '.._.._etc_passwd',
      '_/_/etc/passwd',
      '_abs',
      'C__Windows_win.ini',
      'a_b_.txt',
      '_CON',
      '_nul.txt',
      'report.txt',
      'REPORT (2).txt',
      'report (3).txt',
      'evil_txt.exe',
      'trailing',
    ]);
    expect(names[12]).toBe('x'.repeat(96) + '.pdf');
    expect(names.slice(13)).toEqual(['dir/f.txt', 'dir (2)']);

    const result = await w.publish();
    const [file] = partFiles(result.directory);
    unzipTest(file);
    expect(pythonView(file).entries.map((e) => e.name)).toEqual(names);
    const target = path.join(dir, 'extract');
    execFileSync('unzip', ['-qq', file, '-d', target]);
    const listed = execFileSync('find', [target, '-type', 'f'], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toHaveLength(names.length);
    for (const f of listed) expect(f.startsWith(target + path.sep)).toBe(true);
  });

  it('stores compressed types and deflates text', async () => {
    const w = await writer();
    for (const name of ['a.pdf', 'b.png', 'c.GIF', 'd.jpg', 'e.xlsx', 'f.zip', 'g.docx', 'h.html', 'i.csv', 'j.json', 'k.txt', 'l']) {
      await w.add(fileEntry([name], textOf(2000)));
    }
    await w.add(fileEntry(['forced.pdf'], textOf(2000), { compression: 'DEFLATE' }));
    const result = await w.publish();
    const [file] = partFiles(result.directory);
    const methods = Object.fromEntries(pythonView(file).entries.map((e) => [e.name, e.method]));
    expect(methods).toEqual({
      'a.pdf': 0, 'b.png': 0, 'c.GIF': 0, 'd.jpg': 0, 'e.xlsx': 0, 'f.zip': 0, 'g.docx': 0,
      'h.html': 8, 'i.csv': 8, 'j.json': 8, 'k.txt': 8, l: 8, 'forced.pdf': 8,
    });
    // Deflated text is much smaller than its 2,000 bytes.
    expect(result.parts[0].bytes).toBeLessThan(7 * 2000 + 6 * 400 + 2000);
  });

  it('refuses a file bigger than the split size by default, naming it; the parts written stay valid and within the size', async () => {
    const splitSize = 5_000;
    const w = await writer({ splitSize });
    await w.add(fileEntry(['small-1.bin'], randomBytes(1_000)));
    const refused = await w.add(fileEntry(['folder', 'big.bin'], randomBytes(20_000))).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ZipEntryTooLargeError);
    expect(refused).toMatchObject({ entryName: 'folder/big.bin', size: 20_000, limit: splitSize });
    // The refusal is the caller's to handle (the export build fails); the writer itself stays usable.
    await w.add(fileEntry(['small-2.bin'], randomBytes(1_000)));
    const result = await w.publish();
    expect(result.parts.map((p) => [p.entries, p.oversized])).toEqual([[2, false]]);
    for (const file of partFiles(result.directory)) {
      unzipTest(file);
      expect(statSync(file).size).toBeLessThanOrEqual(splitSize);
    }
  });

  it('stores a text file that fits a part only without deflate’s worst-case margin, instead of refusing it', async () => {
    const splitSize = 5_000;
    const w = await writer({ splitSize });
    // 4,860 bytes: stored it fits (4,860 + 92 + 2×9 + 22 = 4,992); with deflate's bound (+ 5 + 64) it would not.
    const name = await w.add(fileEntry(['notes.txt'], textOf(4_860)));
    const result = await w.publish();
    const [file] = partFiles(result.directory);
    expect(pythonView(file).entries).toEqual([expect.objectContaining({ name, method: 0 })]);
    expect(statSync(file).size).toBeLessThanOrEqual(splitSize);
  });

  it('fitsInZipPart: what a request may accept for the offered split sizes (a name allowance, never above 4 GiB)', () => {
    expect(fitsInZipPart(499_000_000, ZIP_SPLIT_SIZES[0])).toBe(true);
    expect(fitsInZipPart(500_000_000, ZIP_SPLIT_SIZES[0])).toBe(false);
    expect(ZIP_SPLIT_SIZES.find((size) => fitsInZipPart(612_000_000, size))).toBe(1_000_000_000);
    expect(fitsInZipPart(3_999_000_000, ZIP_SPLIT_SIZES[3])).toBe(true);
    expect(ZIP_SPLIT_SIZES.find((size) => fitsInZipPart(4_100_000_000, size))).toBeUndefined();
  });

  it("with oversized: 'own-part' puts a file bigger than the split size alone in its own part, and refuses one a zip cannot hold", async () => {
    const splitSize = 5_000;
    const w = await writer({ splitSize, oversized: 'own-part' });
    await w.add(fileEntry(['small-1.bin'], randomBytes(1_000)));
    await w.add(fileEntry(['big.bin'], randomBytes(20_000)));
    await w.add(fileEntry(['small-2.bin'], randomBytes(1_000)));
    await w.add(fileEntry(['small-3.bin'], randomBytes(1_000)));
    await expect(w.add({ path: ['huge.iso'], size: 5 * 1024 ** 3, open: () => Readable.from([]) })).rejects.toBeInstanceOf(ZipEntryTooLargeError);
    const result = await w.publish();
    expect(result.parts.map((p) => [p.entries, p.oversized])).toEqual([
      [1, false],
      [1, true],
      [2, false],
    ]);
    for (const [i, file] of partFiles(result.directory).entries()) {
      unzipTest(file);
      if (!result.parts[i].oversized) expect(statSync(file).size).toBeLessThanOrEqual(splitSize);
    }
  });

  it('writes entry times as wall-clock time in the given zone', async () => {
    const w = await writer({ timeZone: 'Asia/Seoul' });
    await w.add(fileEntry(['a.txt'], textOf(10), { modifiedAt: new Date('2026-11-25T01:02:04Z') }));
    const result = await w.publish();
    expect(pythonView(partFiles(result.directory)[0]).entries[0].time).toEqual([2026, 11, 25, 10, 2, 4]);
  });

  it('publishes an empty export as one valid, empty zip', async () => {
    const w = await writer();
    const result = await w.publish();
    expect(result.parts).toEqual([{ fileName: 'acme_202611251300.zip', bytes: 22, entries: 0, oversized: false }]);
    expect(pythonView(partFiles(result.directory)[0])).toEqual({ bad: null, entries: [] });
  });

  it('keeps empty files', async () => {
    const w = await writer();
    await w.add(fileEntry(['empty.txt'], Buffer.alloc(0)));
    await w.add(fileEntry(['empty.pdf'], Buffer.alloc(0)));
    const result = await w.publish();
    const [file] = partFiles(result.directory);
    unzipTest(file);
    expect(pythonView(file).entries.map((e) => [e.name, e.size])).toEqual([
      ['empty.txt', 0],
      ['empty.pdf', 0],
    ]);
  });

  it('fails an entry whose stream does not match its declared size, and leaves no file behind', async () => {
    const w = await writer();
    await w.add(fileEntry(['ok.txt'], textOf(100)));
    await w.add({ ...fileEntry(['liar.txt'], textOf(150)), size: 100 });
    await expect(w.publish()).rejects.toBeInstanceOf(ZipEntrySizeError);
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);

    const short = await writer({ runId: 'run-2' });
    await short.add({ ...fileEntry(['short.txt'], textOf(50)), size: 100 });
    await expect(short.publish()).rejects.toThrow('"short.txt" was declared as 100 bytes but yielded 50');
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
  });

  it('fails when a source cannot be opened or breaks mid-way', async () => {
    const w = await writer();
    await w.add({ path: ['gone.pdf'], size: 10, open: () => createReadStream(path.join(dir, 'missing')) });
    await expect(w.publish()).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
  });

  it('abort() stops a running build within a second and deletes its files', async () => {
    const w = await writer({ splitSize: 2e9 });
    let reads = 0;
    // A source that never ends on its own (e.g. a stalled storage read).
    const endless = new Readable({
      read() {
        reads++;
        setTimeout(() => this.push(Buffer.alloc(1024)), 5);
      },
    });
    await w.add({ path: ['stalled.bin'], size: 1e9, open: () => endless });
    const finishing = w.finish();
    await new Promise((r) => setTimeout(r, 200));
    expect(reads).toBeGreaterThan(0);
    expect(readdirSync(path.join(dir, 'out'))).toHaveLength(1);
    const started = Date.now();
    await w.abort('canceled by the user');
    await expect(finishing).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(endless.destroyed).toBe(true);
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
    await expect(w.add(fileEntry(['late.txt'], textOf(3)))).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops on its AbortSignal too', async () => {
    const controller = new AbortController();
    const w = await writer({ signal: controller.signal, splitSize: 2e9 });
    const endless = new Readable({ read() { setTimeout(() => this.push(Buffer.alloc(1024)), 5); } });
    await w.add({ path: ['stalled.txt'], size: 1e9, open: () => endless });
    const publishing = w.publish();
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await expect(publishing).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
  });

  it('abort() also stops small files being read ahead', async () => {
    const w = await writer();
    const stalled: Readable[] = [];
    for (let i = 0; i < 3; i++) {
      await w.add({ path: [`${i}.txt`], size: 100, open: () => stalled[stalled.push(new Readable({ read() {} })) - 1] });
    }
    const finishing = w.finish();
    await new Promise((r) => setTimeout(r, 100));
    expect(stalled.length).toBe(3);
    await w.abort();
    await expect(finishing).rejects.toMatchObject({ name: 'AbortError' });
    expect(stalled.every((s) => s.destroyed)).toBe(true);
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
  });

  it('does not publish when the fence says the run is stale', async () => {
    const w = await writer({ beforePublish: async () => false });
    await w.add(fileEntry(['a.txt'], textOf(10)));
    await expect(w.publish()).rejects.toBeInstanceOf(ZipPublishFencedError);
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
  });

  it('never overwrites a published export: a second run gets the first result back', async () => {
    const first = await writer({ runId: 'run-1' });
    const second = await writer({ runId: 'run-2' });
    await first.add(fileEntry(['a.txt'], textOf(10)));
    await second.add(fileEntry(['a.txt'], textOf(20)));
    await second.add(fileEntry(['b.txt'], textOf(20)));
    const published = await first.publish();
    const before = statSync(path.join(published.directory, 'acme_202611251300.zip'));
    const again = await second.publish();
    expect(again).toEqual({ ...published, alreadyPublished: true });
    const after = statSync(path.join(published.directory, 'acme_202611251300.zip'));
    expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['export-1']);
  });

  it('reports progress in entries and bytes', async () => {
    const seen: { entriesDone: number; bytesDone: number; partsDone: number }[] = [];
    const w = await writer({ maxEntriesPerPart: 2, progressIntervalMs: 0, onProgress: (p) => seen.push(p) });
    for (let i = 0; i < 3; i++) await w.add(fileEntry([`${i}.txt`], textOf(1000)));
    await w.publish();
    expect(seen.at(-1)).toEqual({ entriesDone: 3, bytesDone: 3000, partsDone: 2 });
    expect(seen.map((p) => p.entriesDone)).toEqual([...seen.map((p) => p.entriesDone)].sort((a, b) => a - b));
  });

  it('removeZipStaging deletes what dead runs left behind', async () => {
    const dead = await writer({ runId: 'dead' });
    await dead.add(fileEntry(['a.txt'], textOf(10)));
    await dead.finish();
    const live = await writer({ runId: 'live' });
    await removeZipStaging(path.join(dir, 'out', 'export-1'), 'live');
    expect(readdirSync(path.join(dir, 'out'))).toEqual([path.basename(live.stagingDir)]);
    expect(existsSync(dead.stagingDir)).toBe(false);
  });

  it('names archives CompanyID_YYYYMMDDHHMM in the company zone', () => {
    expect(exportArchiveBaseName('acme', new Date('2026-11-25T15:30:00Z'), 'Asia/Seoul')).toBe('acme_202611260030');
    expect(exportArchiveBaseName('acme', new Date('2026-11-25T15:30:00Z'), 'UTC')).toBe('acme_202611251530');
  });
});
