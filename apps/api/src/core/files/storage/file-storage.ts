import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a completed `put` wrote. */
export interface StoredContent {
  size: number;
  /** Lowercase hex SHA-256 of the bytes. */
  sha256: string;
}

export interface PutOptions {
  /** The write fails with `FileTooLargeError` (and leaves nothing behind) once more bytes arrive. */
  maxBytes?: number;
  /** Aborting cancels the write; nothing becomes visible. */
  signal?: AbortSignal;
}

/**
 * Where Warden keeps file contents (attachments, export parts). Keys are built from ids only
 * (`<companyId>/<fileId>`, never a user-supplied name): segments of letters, digits, `.`, `_`
 * and `-`, separated by `/`. A `put` is all or nothing: readers see the old content or the complete
 * new content, never a half-written file.
 */
export interface FileStorage {
  put(key: string, content: Readable, options?: PutOptions): Promise<StoredContent>;
  /** The content as a stream; `FileNotFoundError` when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the content; deleting a missing key is not an error (deletes are retried after crashes). */
  delete(key: string): Promise<void>;
  /** Size in bytes; `FileNotFoundError` when there is none. */
  size(key: string): Promise<number>;
  exists(key: string): Promise<boolean>;
}

export class FileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file under "${key}".`);
    this.name = 'FileNotFoundError';
  }
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes.`);
    this.name = 'FileTooLargeError';
  }
}

const KEY_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/**
 * Throws unless `key` is a safe relative path made of id-like segments. Segments may not start with
 * a dot, so `.`/`..` and the storage's own temporary names (`.tmp-…`) can never be addressed.
 */
export function assertValidKey(key: string): void {
  const segments = key.split('/');
  if (key.length > 512 || segments.length > 8 || !segments.every((segment) => KEY_SEGMENT.test(segment))) {
    throw new Error(`Invalid file storage key "${key}": use id-like segments separated by "/".`);
  }
}

/**
 * Files on local disk under one root (`<DATA_DIR>/files` by default). A write goes to a temporary
 * name in the target's own directory (same file system, so the rename is atomic), is flushed to
 * disk, then renamed into place; the directory entry is flushed too, so a crash right after a
 * successful `put` does not lose the file.
 */
export class LocalDiskFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  /** The absolute path of a key (for tests and diagnostics; callers use the stream methods). */
  pathOf(key: string): string {
    assertValidKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, content: Readable, options: PutOptions = {}): Promise<StoredContent> {
    const target = this.pathOf(key);
    const directory = path.dirname(target);
    await fs.promises.mkdir(directory, { recursive: true });
    const temporary = path.join(directory, `.tmp-${randomBytes(8).toString('hex')}`);
    const meter = new HashAndCount(options.maxBytes);
    try {
      // `flush` fsyncs the descriptor before it is closed: the bytes are on disk before the rename.
      await pipeline(content, meter, fs.createWriteStream(temporary, { flags: 'wx', flush: true }), {
        signal: options.signal,
      });
      await fs.promises.rename(temporary, target);
    } catch (error) {
      await fs.promises.rm(temporary, { force: true });
      throw error;
    }
    await fsyncDirectory(directory);
    return { size: meter.size, sha256: meter.digest() };
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    // Opening first turns a missing file into an error here, not a failed stream halfway through a response.
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(file, 'r');
    } catch (error) {
      throw notFoundOr(error, key);
    }
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async size(key: string): Promise<number> {
    try {
      return (await fs.promises.stat(this.pathOf(key))).size;
    } catch (error) {
      throw notFoundOr(error, key);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.promises.stat(this.pathOf(key))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}

/** Counts and hashes the bytes on their way to disk, and stops the write past the size limit. */
class HashAndCount extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes: number | undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.maxBytes !== undefined && this.size > this.maxBytes) {
      callback(new FileTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

function notFoundOr(error: unknown, key: string): unknown {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? new FileNotFoundError(key) : error;
}

async function fsyncDirectory(directory: string): Promise<void> {
  // Not every platform can open a directory for fsync (Windows cannot); the rename is done either way.
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(directory, 'r');
    await handle.sync();
  } catch {
    // best effort, see above
  } finally {
    await handle?.close();
  }
}

/** A stream of one buffer or string, for callers that hold the content in memory. */
export function streamOf(content: Buffer | string): Readable {
  return Readable.from([typeof content === 'string' ? Buffer.from(content) : content]);
}
