import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FileNotFoundError, FileTooLargeError, LocalDiskFileStorage, assertValidKey, streamOf } from './file-storage';

describe('LocalDiskFileStorage', () => {
  let root: string;
  let storage: LocalDiskFileStorage;

  beforeEach(async () => {
    root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'warden-files-'));
    storage = new LocalDiskFileStorage(root);
  });
  afterEach(async () => {
    await fs.promises.rm(root, { recursive: true, force: true });
  });

  const visibleFiles = async () => (await fs.promises.readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);

  it('stores a stream and reports its size and SHA-256', async () => {
    const content = Buffer.from('안녕하세요 こんにちは hello');
    const stored = await storage.put('works-1/abc', streamOf(content));
    expect(stored).toEqual({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    expect(await storage.size('works-1/abc')).toBe(content.length);
    expect(await storage.exists('works-1/abc')).toBe(true);
    expect(await text(await storage.get('works-1/abc'))).toBe(content.toString());
    expect(fs.existsSync(path.join(root, 'works-1', 'abc'))).toBe(true);
  });

  it('replaces existing content atomically', async () => {
    await storage.put('k', streamOf('old'));
    await storage.put('k', streamOf('new'));
    expect(await text(await storage.get('k'))).toBe('new');
    expect(await visibleFiles()).toEqual(['k']);
  });

  it('leaves nothing behind when the source fails midway', async () => {
    async function* failing() {
      yield Buffer.from('first part');
      throw new Error('connection reset');
    }
    await expect(storage.put('works-1/broken', Readable.from(failing()))).rejects.toThrow('connection reset');
    expect(await storage.exists('works-1/broken')).toBe(false);
    expect(await visibleFiles()).toEqual([]);
  });

  it('stops at the size limit and leaves nothing behind', async () => {
    await expect(storage.put('big', streamOf(Buffer.alloc(1025)), { maxBytes: 1024 })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await visibleFiles()).toEqual([]);
    expect(await storage.put('exact', streamOf(Buffer.alloc(1024)), { maxBytes: 1024 })).toMatchObject({ size: 1024 });
  });

  it('leaves nothing behind when aborted', async () => {
    const abort = new AbortController();
    const source = new Readable({ read() {} });
    source.push(Buffer.alloc(100));
    const writing = storage.put('aborted', source, { signal: abort.signal });
    setTimeout(() => abort.abort(), 20);
    await expect(writing).rejects.toThrow();
    expect(await visibleFiles()).toEqual([]);
  });

  it('reports missing files and deletes idempotently', async () => {
    await expect(storage.get('nope')).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(storage.size('nope')).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await storage.exists('nope')).toBe(false);
    await storage.put('gone', streamOf('x'));
    await storage.delete('gone');
    await storage.delete('gone');
    expect(await storage.exists('gone')).toBe(false);
  });

  it('refuses keys that are not id-like paths', () => {
    for (const key of ['', '../x', 'a/../b', '/abs', 'a//b', '.tmp-1', 'a/.hidden', 'a\\b', 'ü', 'a b', 'a/b/']) {
      expect(() => assertValidKey(key)).toThrow(/Invalid file storage key/);
    }
    for (const key of ['works-10342/5f0c-aa', 'exports/works-1/e1/part-1.zip']) expect(() => assertValidKey(key)).not.toThrow();
  });
});
