/**
 * Multi-part streaming zip writer for data exports (R44): entries stream in one by one, every part
 * is a complete zip that opens on its own, stays at or below the split size, under 65,000 entries
 * and under 4 GiB (jszip writes no zip64), and nothing is visible under a final name until
 * `publish()`.
 *
 * How it works:
 * - `add()` names the entry (sanitised, unique across parts: `EntryNamer`), picks STORE or DEFLATE
 *   and predicts the bytes it can take at worst (local header + data + data descriptor + central
 *   directory record, deflate's worst-case expansion). It joins the current part if the part's
 *   exact size so far (finished entries) plus the worst case of the queued ones and its own still
 *   fits; if not, the writer waits for the queued entries to finish (their real, deflated sizes may
 *   leave room) and otherwise closes the part and starts the next. So a part never passes the split
 *   size, and parts of text are filled by their compressed size, not their input size.
 * - Each part is one jszip ZipFileWorker fed entry by entry (see `jszip-internals.ts`): jszip writes
 *   the headers, data descriptors (`streamFiles`) and central directory; each file is opened only
 *   when jszip reaches it and flows with backpressure through a CRC/size check and, for DEFLATE,
 *   Node's zlib in the thread pool. At most WINDOW entries wait ahead, as descriptors, and written
 *   entries leave only their central directory record (~0.3 KB): memory stays flat at any size.
 * - Parts are written into a staging folder beside the destination, `.tmp-<dest>-<runId>/part-NN.zip`.
 *   `publish()` asks the caller's fence (`beforePublish`), renames the parts to their final names
 *   (`CompanyID_YYYYMMDDHHMM.zip`, or `_01`, `_02`, … when split), writes `archive.json` and renames
 *   the staging folder onto the destination in one atomic step. rename(2) refuses to replace a
 *   non-empty folder, so a second run (a retried job, a stale worker that slipped past the fence)
 *   can never overwrite a published export: it gets the published result back (`alreadyPublished`)
 *   and its own copy is deleted.
 *
 * A file larger than the split size cannot be split across parts (that would need multi-volume zips
 * that no tool opens part by part). With `oversized: 'fail'` (the default) it fails the archive with
 * `ZipEntryTooLargeError`, so no part is ever above the split size; with `oversized: 'own-part'` it
 * goes alone into a part of its own (flagged `oversized`). A file that cannot fit a zip without
 * zip64 (≈ 4 GiB) fails either way.
 *
 * DEFLATE level 1 (default): on this machine zlib level 1 deflates HTML/text at ~190 MB/s against
 * ~22 MB/s for level 6, and its output is only ~15% larger (0.20 vs 0.17 of the input) — a backup
 * is written once and downloaded a few times, so speed (R43's build time limit) wins.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { isNativeError } from 'node:util/types';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { DateTime } from 'luxon';
import { chooseCompression, EntryNamer, sanitizeSegment, type ZipCompression } from './entry-names';
import { GenericWorker, jszipCompressions, zipFileWorkerOf, type ZipFileWorkerLike } from './jszip-internals';

/** The split sizes offered to users (decimal units, R41). */
export const ZIP_SPLIT_SIZES = [500_000_000, 1_000_000_000, 2_000_000_000, 4_000_000_000] as const;
/** Entries per part: below zip's 65,535 (jszip miscounts past it, measured) with a margin. */
export const ZIP_MAX_ENTRIES_PER_PART = 65_000;
/** Bytes a zip without zip64 can address: every offset and size is 32 bits. */
export const ZIP32_MAX_BYTES = 0xffff_ffff;
/** End of central directory record (no comment). */
const EOCD_BYTES = 22;
/** Local header, central directory record and data descriptor (with signature), names excluded. */
const FIXED_ENTRY_BYTES = 30 + 46 + 16;
const MANIFEST_FILE = 'archive.json';

export interface ZipEntryInput {
  /** Folder segments and the file name, unsanitised (user text is fine). */
  path: readonly string[];
  /** Exact byte length of what `open()` yields; a different length fails the entry. */
  size: number;
  /** Called once, when the entry's bytes are written (at most one entry open at a time). */
  open: () => Readable | Promise<Readable>;
  /** Defaults to AUTO: STORE for already-compressed types (pdf, png, xlsx, zip, …), DEFLATE otherwise. */
  compression?: ZipCompression | 'AUTO';
  /** Shown as the file's time in archive tools; defaults to the writer's `now`. */
  modifiedAt?: Date;
}

export interface ZipProgress {
  /** Entries whose bytes are written (all parts). */
  entriesDone: number;
  /** Input (uncompressed) bytes read so far. */
  bytesDone: number;
  partsDone: number;
}

export interface ZipArchiveOptions {
  /**
   * The folder the published parts live in; must not exist yet (or be empty). Its parent is created
   * and also holds the staging folder, so the final rename stays on one file system.
   */
  publishDir: string;
  /** File name without `.zip`, e.g. from `exportArchiveBaseName()`: `CompanyID_YYYYMMDDHHMM`. */
  baseName: string;
  /** Unique per build attempt (e.g. the job run id); names the staging folder. */
  runId: string;
  /** Maximum bytes per part (decimal, see ZIP_SPLIT_SIZES; tests use tiny values). */
  splitSize: number;
  /** At most ZIP_MAX_ENTRIES_PER_PART (the default). */
  maxEntriesPerPart?: number;
  /**
   * A single entry bigger than a part: 'fail' (default) rejects it with ZipEntryTooLargeError, so
   * every part stays at or below `splitSize`; 'own-part' writes it alone into a larger part.
   */
  oversized?: 'fail' | 'own-part';
  /** zlib level for DEFLATE entries, 1 by default (see the module comment). */
  deflateLevel?: number;
  /** IANA zone for the entries' modification times (zip stores wall-clock time); UTC by default. */
  timeZone?: string;
  /** Aborting stops the build within a chunk or two and deletes the staging folder. */
  signal?: AbortSignal;
  /** Fence checked right before publishing: false means this run lost its claim and must not publish. */
  beforePublish?: () => boolean | Promise<boolean>;
  /** Called as entries complete, at most every `progressIntervalMs`, and after each part. */
  onProgress?: (progress: ZipProgress) => void;
  /** 250 ms by default; 0 reports every entry. */
  progressIntervalMs?: number;
  /** Default modification time; `new Date()` by default. */
  now?: Date;
}

export interface ZipPartResult {
  /** Final file name, e.g. `acme_202611251300_01.zip`. */
  fileName: string;
  bytes: number;
  entries: number;
  /** The part holds one file bigger than the split size (it could not go anywhere else). */
  oversized: boolean;
}

export interface PublishedZipArchive {
  /** The destination folder (`publishDir`). */
  directory: string;
  parts: ZipPartResult[];
  entries: number;
  /** True when another run had already published this destination; its result is returned. */
  alreadyPublished: boolean;
}

/** A single file that does not fit a part: bigger than the split size (`oversized: 'fail'`) or than any zip without zip64. */
export class ZipEntryTooLargeError extends Error {
  override name = 'ZipEntryTooLargeError';
  constructor(
    readonly entryName: string,
    readonly size: number,
    /** The largest part it would have to fit: the split size, or the 4 GiB of a zip without zip64. */
    readonly limit: number,
  ) {
    super(`"${entryName}" (${size} bytes) does not fit a zip part of at most ${limit} bytes`);
  }
}

/** An entry's stream yielded a different number of bytes than its declared size. */
export class ZipEntrySizeError extends Error {
  override name = 'ZipEntrySizeError';
  constructor(readonly entryName: string, readonly expected: number, readonly actual: number) {
    super(`"${entryName}" was declared as ${expected} bytes but ${actual > expected ? 'yielded more' : `yielded ${actual}`}`);
  }
}

/** `publish()` refused because `beforePublish` said this run no longer owns the export. */
export class ZipPublishFencedError extends Error {
  override name = 'ZipPublishFencedError';
  constructor() {
    super('This export run lost its claim before publishing; its files were discarded');
  }
}

/** Rejection after `abort()` or the signal; `cause` is the abort reason. */
export class ZipAbortError extends Error {
  override name = 'AbortError';
  readonly code = 'ABORT_ERR';
}

/** `CompanyID_YYYYMMDDHHMM`, the time in the company's zone (R44). */
export function exportArchiveBaseName(companyId: string, at: Date, timeZone: string): string {
  const stamp = DateTime.fromJSDate(at, { zone: timeZone });
  if (!stamp.isValid) throw new RangeError(`Invalid time zone or date for the archive name: ${timeZone}`);
  return `${sanitizeSegment(companyId)}_${stamp.toFormat('yyyyLLddHHmm')}`;
}

const deflateRaw = promisify(zlib.deflateRaw);

/** Worst case deflate output: zlib's stored-block fallback adds 5 bytes per ≤16 KiB block; 0.1% + 64 covers it. */
export function deflateBound(size: number): number {
  return size + Math.ceil(size / 1024) + 64;
}

/** Bytes an entry can take in a part at most (it is exact for STORE). */
export function predictEntryBytes(name: string, size: number, compression: ZipCompression): number {
  const nameBytes = Buffer.byteLength(name, 'utf8');
  // jszip adds an Info-ZIP Unicode Path extra field (9 bytes + the name) to non-ASCII names.
  const extra = nameBytes === name.length ? 0 : 9 + nameBytes;
  const data = compression === 'STORE' || size === 0 ? size : deflateBound(size);
  return FIXED_ENTRY_BYTES + 2 * (nameBytes + extra) + data;
}

/**
 * Bytes an entry's name can add at most in a part (local header, central directory record, Unicode
 * path extra field): export paths are a handful of segments of at most 240 UTF-8 bytes each.
 */
export const ZIP_ENTRY_NAME_ALLOWANCE = 8 * 1024;

/**
 * Whether a file of `bytes` fits a part of `splitSize` whatever its name and compression (it can
 * always be stored): what a request checks before a build sees the entry's final name.
 */
export function fitsInZipPart(bytes: number, splitSize: number): boolean {
  return FIXED_ENTRY_BYTES + ZIP_ENTRY_NAME_ALLOWANCE + bytes + EOCD_BYTES <= Math.min(splitSize, ZIP32_MAX_BYTES);
}

/** The published result of a destination folder, or null when nothing was published there. */
export async function readPublishedZipArchive(publishDir: string): Promise<PublishedZipArchive | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(publishDir, MANIFEST_FILE), 'utf8')) as Omit<PublishedZipArchive, 'alreadyPublished' | 'directory'>;
    return { directory: publishDir, parts: manifest.parts, entries: manifest.entries, alreadyPublished: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Deletes the staging folders of every run for a destination (runs that died, e.g. on SIGKILL).
 * Call it before a retry starts; a stale run still alive then fails instead of publishing.
 */
export async function removeZipStaging(publishDir: string, exceptRunId?: string): Promise<void> {
  const parent = path.dirname(publishDir);
  const prefix = stagingPrefix(publishDir);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const keep = exceptRunId === undefined ? null : path.basename(stagingDirFor(publishDir, exceptRunId));
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n !== keep).map((n) => rm(path.join(parent, n), { recursive: true, force: true })));
}

function stagingPrefix(publishDir: string): string {
  return `.tmp-${path.basename(publishDir)}-`;
}
function stagingDirFor(publishDir: string, runId: string): string {
  return path.join(path.dirname(publishDir), `${stagingPrefix(publishDir)}${sanitizeSegment(runId)}`);
}

interface PlannedEntry {
  name: string;
  size: number;
  open: () => Readable | Promise<Readable>;
  compression: ZipCompression;
  date: Date;
  /** Worst-case bytes in the part (predictEntryBytes). */
  predicted: number;
}

/** The part being written: jszip's ZipFileWorker fed entry by entry, piped to a staging file. */
interface ActivePart {
  index: number;
  file: string;
  /** jszip's ZipFileWorker for this part. */
  zip: ZipFileWorkerLike;
  /** jszip's output as a Node stream. */
  output: NodeJS.ReadableStream;
  /** The pipeline to the file; started with the first entry (an idle ZipFileWorker would end at once). */
  done: Promise<void> | null;
  entries: number;
  /** Exact bytes of the entries whose data is complete (headers, data, descriptor, directory record). */
  settledBytes: number;
  /** Worst-case bytes of the entries registered but not complete yet. */
  unsettledBytes: number;
  unsettled: number;
  /** The last registered entry: it may only end once another entry follows it or the part closes. */
  last: EntryWorker | null;
  oversized: boolean;
}

interface WrittenPart {
  file: string;
  bytes: number;
  entries: number;
  oversized: boolean;
}

type State = 'open' | 'finished' | 'published' | 'aborted';

/**
 * Entries registered ahead of the one being written. Only their descriptors wait (apart from the
 * small files read ahead, below); the window lets the producer run ahead a little, memory stays flat.
 */
const WINDOW = 16;
/**
 * Small files are read ahead whole (and deflated) while earlier entries are written, so the
 * open/read/close/deflate round trips of thousands of small files overlap in the thread pool instead
 * of queueing one after the other. Bounded: files up to 1 MiB, 8 MiB and 8 files ahead in total;
 * bigger files always stream.
 */
const PRELOAD_MAX_FILE = 1 << 20;
const PRELOAD_BUDGET = 8 << 20;
const PRELOAD_AHEAD = 8;
/** jszip pushes headers and descriptors as separate tiny chunks; writes are batched to this size. */
const WRITE_BATCH = 256 << 10;

/** See the module comment. Create with `ZipArchiveWriter.create()`. */
export class ZipArchiveWriter {
  private readonly namer = new EntryNamer();
  private readonly budget: number;
  private readonly maxEntries: number;
  private readonly oversized: 'fail' | 'own-part';
  private readonly deflateLevel: number;
  private readonly progressIntervalMs: number;
  private readonly abortController = new AbortController();
  private state: State = 'open';
  private part: ActivePart | null = null;
  private partIndex = 0;
  private readonly written: WrittenPart[] = [];
  /** Serialises add()/finish()/publish() so concurrent callers cannot interleave entries. */
  private queue: Promise<unknown> = Promise.resolve();
  private failure: Error | null = null;
  /** Destroys the streams of the entry being written (abort). */
  private destroyActive: ((e: Error) => void) | null = null;
  /** Wakes add() when an entry completes or the writer fails. */
  private changed: { promise: Promise<void>; resolve: () => void } = signalPair();
  private readonly progress: ZipProgress = { entriesDone: 0, bytesDone: 0, partsDone: 0 };
  private lastProgressAt = 0;
  /** Small entries registered but not yet read ahead, in order. */
  private readonly preloadQueue: EntryWorker[] = [];
  private preloadBytes = 0;
  private preloadCount = 0;
  /** Streams of read-ahead files, destroyed on abort. */
  private readonly preloadStreams = new Set<Readable>();
  private readonly removeAbortListener: () => void = () => {};

  private constructor(
    private readonly options: ZipArchiveOptions,
    /** The staging folder of this run. */
    readonly stagingDir: string,
  ) {
    const { splitSize } = options;
    if (!Number.isSafeInteger(splitSize) || splitSize < EOCD_BYTES + FIXED_ENTRY_BYTES + 2) throw new RangeError(`splitSize must be a whole number of bytes, got ${splitSize}`);
    this.budget = Math.min(splitSize, ZIP32_MAX_BYTES);
    this.maxEntries = Math.min(ZIP_MAX_ENTRIES_PER_PART, Math.max(1, Math.floor(options.maxEntriesPerPart ?? ZIP_MAX_ENTRIES_PER_PART)));
    this.deflateLevel = options.deflateLevel ?? 1;
    this.oversized = options.oversized ?? 'fail';
    this.progressIntervalMs = options.progressIntervalMs ?? 250;
    const { signal } = options;
    if (signal) {
      const onAbort = () => void this.abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.removeAbortListener = () => signal.removeEventListener('abort', onAbort);
    }
  }

  /** Creates the staging folder (and the destination's parent) and returns a writer. */
  static async create(options: ZipArchiveOptions): Promise<ZipArchiveWriter> {
    if (!options.baseName || sanitizeSegment(options.baseName) !== options.baseName) throw new RangeError(`Invalid archive base name: ${options.baseName}`);
    options.signal?.throwIfAborted();
    const stagingDir = stagingDirFor(path.resolve(options.publishDir), options.runId);
    await mkdir(stagingDir, { recursive: true });
    return new ZipArchiveWriter({ ...options, publishDir: path.resolve(options.publishDir) }, stagingDir);
  }

  /** Progress so far (a copy). */
  get currentProgress(): ZipProgress {
    return { ...this.progress };
  }

  /**
   * Adds one entry and returns its final entry name. Resolves once the entry is queued for writing;
   * waits (backpressure for the producer) while WINDOW entries are queued, or while a full part
   * finishes.
   */
  add(entry: ZipEntryInput): Promise<string> {
    return this.serial(() => this.addNow(entry));
  }

  /** Adds entries from any (async) iterable, one at a time. */
  async addAll(entries: AsyncIterable<ZipEntryInput> | Iterable<ZipEntryInput>): Promise<void> {
    for await (const entry of entries) await this.add(entry);
  }

  /** Writes the rest and closes the last part. Idempotent. */
  finish(): Promise<void> {
    return this.serial(async () => {
      if (this.state === 'open') {
        // An export with nothing in it is still one (empty, valid) zip, never "no file".
        if (this.part || this.written.length === 0) await this.closePart(this.part ?? (await this.openPart()));
        this.throwIfFailed();
        this.state = 'finished';
        this.reportProgress(true);
      }
      this.throwIfFailed();
    });
  }

  /**
   * Finishes, checks the fence, and makes the parts visible under their final names in
   * `publishDir` in one atomic rename. Idempotent across runs (see the module comment).
   */
  publish(): Promise<PublishedZipArchive> {
    return this.finish().then(() =>
      this.serial(async () => {
        if (this.state === 'published') {
          const done = await readPublishedZipArchive(this.options.publishDir);
          if (done) return done;
        }
        if (this.state !== 'finished') throw this.failure ?? new ZipAbortError('The zip archive was aborted');
        if (this.options.beforePublish && !(await this.options.beforePublish())) {
          await this.discard(new ZipPublishFencedError());
          throw new ZipPublishFencedError();
        }
        const single = this.written.length === 1;
        const width = Math.max(2, String(this.written.length).length);
        const parts: ZipPartResult[] = [];
        for (const [i, part] of this.written.entries()) {
          const fileName = single ? `${this.options.baseName}.zip` : `${this.options.baseName}_${String(i + 1).padStart(width, '0')}.zip`;
          await rename(part.file, path.join(this.stagingDir, fileName));
          parts.push({ fileName, bytes: part.bytes, entries: part.entries, oversized: part.oversized });
        }
        const entries = parts.reduce((n, p) => n + p.entries, 0);
        await writeFile(path.join(this.stagingDir, MANIFEST_FILE), JSON.stringify({ parts, entries }));
        try {
          await rename(this.stagingDir, this.options.publishDir);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
          // Someone published first: never replace their files, return what they published.
          const existing = await readPublishedZipArchive(this.options.publishDir);
          await rm(this.stagingDir, { recursive: true, force: true });
          this.state = 'published';
          this.removeAbortListener();
          if (existing) return existing;
          throw new Error(`${this.options.publishDir} already exists and is not a published archive`);
        }
        this.state = 'published';
        this.removeAbortListener();
        return { directory: this.options.publishDir, parts, entries, alreadyPublished: false };
      }),
    );
  }

  /**
   * Stops writing (the open entry's streams are destroyed), waits for the writer to let go of its
   * files and deletes the staging folder. No effect after `publish()`.
   */
  async abort(reason?: unknown): Promise<void> {
    if (this.state === 'published') return;
    await this.discard(new ZipAbortError('The zip archive was aborted', { cause: reason }));
  }

  private async discard(error: Error): Promise<void> {
    this.stop(error);
    const done = this.part?.done;
    if (done) await done.catch(() => undefined);
    await rm(this.stagingDir, { recursive: true, force: true });
  }

  private stop(error: Error): void {
    if (this.state === 'aborted') return;
    this.state = 'aborted';
    this.failure ??= error;
    this.abortController.abort(error);
    this.destroyActive?.(error);
    for (const stream of this.preloadStreams) stream.destroy(error);
    this.part?.last?.openGate();
    this.removeAbortListener();
    this.notify();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const guarded = async () => {
      try {
        return await task();
      } catch (e) {
        // A failed or aborted build never leaves a partial file behind (R45).
        if (this.failure || this.state === 'aborted') await this.discard(this.failure ?? (e as Error));
        throw e;
      }
    };
    const run = this.queue.then(guarded, guarded);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
    if (this.state === 'aborted') throw new ZipAbortError('The zip archive was aborted');
  }

  private notify(): void {
    const { resolve } = this.changed;
    this.changed = signalPair();
    resolve();
  }

  /** Waits for entries to complete until `condition` holds; throws if the writer fails meanwhile. */
  private async waitUntil(condition: () => boolean): Promise<void> {
    this.throwIfFailed();
    while (!condition()) {
      await this.changed.promise;
      this.throwIfFailed();
    }
  }

  private async addNow(input: ZipEntryInput): Promise<string> {
    this.throwIfFailed();
    if (this.state !== 'open') throw new Error('The zip archive is finished; no more entries can be added');
    if (!Number.isSafeInteger(input?.size) || input.size < 0) throw new TypeError(`Zip entry size must be a whole number of bytes, got ${input?.size}`);
    if (typeof input.open !== 'function') throw new TypeError('Zip entry needs an open() function');
    const name = this.namer.name(input.path);
    const requested = input.compression ?? 'AUTO';
    let compression = input.size === 0 ? 'STORE' : requested === 'AUTO' ? chooseCompression(name) : requested;
    if (compression !== 'STORE' && compression !== 'DEFLATE') throw new TypeError(`Unknown zip compression ${String(requested)}`);
    // Deflate's worst case is a little above the input: a file that fits a part stored is stored
    // rather than refused (or put into a part of its own) for that margin.
    if (compression === 'DEFLATE' && predictEntryBytes(name, input.size, 'DEFLATE') + EOCD_BYTES > this.budget && predictEntryBytes(name, input.size, 'STORE') + EOCD_BYTES <= this.budget) {
      compression = 'STORE';
    }
    const predicted = predictEntryBytes(name, input.size, compression);
    if (predicted + EOCD_BYTES > ZIP32_MAX_BYTES) throw new ZipEntryTooLargeError(name, input.size, ZIP32_MAX_BYTES);
    if (predicted + EOCD_BYTES > this.budget && this.oversized === 'fail') throw new ZipEntryTooLargeError(name, input.size, this.budget);
    const entry: PlannedEntry = { name, size: input.size, open: input.open, compression, date: this.dosDate(input.modifiedAt ?? this.options.now ?? new Date()), predicted };

    if (predicted + EOCD_BYTES > this.budget) {
      // Bigger than a part: alone in a part of its own (see the module comment).
      if (this.part) await this.closePart(this.part);
      const part = await this.openPart();
      part.oversized = true;
      this.register(part, entry);
      await this.closePart(part);
      return name;
    }
    for (;;) {
      const part = this.part ?? (await this.openPart());
      if (part.entries >= this.maxEntries) {
        await this.closePart(part);
        continue;
      }
      if (part.settledBytes + part.unsettledBytes + predicted + EOCD_BYTES <= this.budget) {
        this.register(part, entry);
        break;
      }
      if (part.unsettled > 0) {
        // Queued entries are counted at their worst case; once written their real size may leave room.
        await this.waitUntil(() => part.unsettled === 0);
        continue;
      }
      await this.closePart(part);
    }
    const part = this.part;
    if (part) await this.waitUntil(() => part.unsettled <= WINDOW);
    return name;
  }

  private async openPart(): Promise<ActivePart> {
    this.throwIfFailed();
    const index = ++this.partIndex;
    // An empty JSZip gives jszip's own ZipFileWorker and output stream; entries are piped in one by one.
    const helper = new JSZip().generateInternalStream({ type: 'nodebuffer', streamFiles: true, compression: 'STORE' });
    const zip = zipFileWorkerOf(helper);
    const part: ActivePart = {
      index,
      file: path.join(this.stagingDir, `part-${String(index).padStart(3, '0')}.zip`),
      zip,
      // Documented in jszip's API (StreamHelper#toNodejsStream) but missing from its typings.
      output: (helper as unknown as { toNodejsStream(): NodeJS.ReadableStream }).toNodejsStream(),
      done: null,
      entries: 0,
      settledBytes: 0,
      unsettledBytes: 0,
      unsettled: 0,
      last: null,
      oversized: false,
    };
    this.part = part;
    return part;
  }

  private register(part: ActivePart, entry: PlannedEntry): void {
    const worker = new EntryWorker(this, part, entry);
    worker
      .withStreamInfo('file', { name: entry.name, dir: false, date: entry.date, comment: '', unixPermissions: null, dosPermissions: null })
      .withStreamInfo('compression', jszipCompressions[entry.compression])
      .pipe(part.zip);
    part.entries++;
    part.unsettled++;
    part.unsettledBytes += entry.predicted;
    // The previous entry may end now: jszip moves on to this one instead of closing the zip.
    part.last?.openGate();
    part.last = worker;
    if (!part.done) this.startOutput(part);
    if (entry.size > 0 && entry.size <= PRELOAD_MAX_FILE) {
      this.preloadQueue.push(worker);
      this.pumpPreload();
    }
  }

  /** Starts reading ahead the next small entries, within the budget. */
  private pumpPreload(): void {
    while (this.preloadQueue.length > 0 && this.preloadCount < PRELOAD_AHEAD && this.state !== 'aborted') {
      const next = this.preloadQueue[0];
      if (next.started) {
        this.preloadQueue.shift();
        continue;
      }
      if (this.preloadBytes + next.size > PRELOAD_BUDGET) return;
      this.preloadQueue.shift();
      this.preloadCount++;
      this.preloadBytes += next.size;
      next.preload();
    }
  }

  /** @internal A read-ahead entry's bytes have gone to jszip (or failed). */
  preloadReleased(size: number): void {
    this.preloadCount--;
    this.preloadBytes -= size;
    this.pumpPreload();
  }

  /** @internal */
  trackPreloadStream(stream: Readable, active: boolean): void {
    if (active) this.preloadStreams.add(stream);
    else this.preloadStreams.delete(stream);
  }

  private startOutput(part: ActivePart): void {
    part.done = pipeline(part.output, new WriteBatcher(), createWriteStream(part.file, { flags: 'wx', highWaterMark: 1 << 20 }), { signal: this.abortController.signal });
    // A failure anywhere (a source, the disk) ends the build and deletes everything (R45).
    part.done.catch((e: Error) => {
      this.failure ??= e;
      this.stop(e);
    });
  }

  /** Lets the last entry end, waits for jszip to write the central directory, and checks the size. */
  private async closePart(part: ActivePart): Promise<void> {
    part.last?.openGate();
    if (!part.done) this.startOutput(part);
    try {
      await part.done;
    } catch {
      this.throwIfFailed();
    }
    this.throwIfFailed();
    if (this.part === part) this.part = null;
    const { size } = await stat(part.file);
    const predicted = part.settledBytes + EOCD_BYTES;
    // Exact by construction; a part above it is a bug and is never published.
    if (size !== predicted || size > ZIP32_MAX_BYTES || (!part.oversized && size > this.budget)) {
      const error = new Error(`zip part ${part.index} is ${size} bytes, expected ${predicted} (split size ${this.budget})`);
      await this.discard(error);
      throw error;
    }
    this.written.push({ file: part.file, bytes: size, entries: part.entries, oversized: part.oversized });
    this.progress.partsDone++;
    this.reportProgress(true);
  }

  /** zip stores wall-clock time without a zone; jszip writes the Date's UTC fields. DOS dates span 1980–2107. */
  private dosDate(at: Date): Date {
    const wall = DateTime.fromJSDate(at, { zone: this.options.timeZone ?? 'UTC' });
    const utc = wall.isValid ? Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) : Date.UTC(1980, 0, 1);
    return new Date(Math.min(Math.max(utc, Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58)));
  }

  /** @internal Called by the entry workers. */
  entryStarted(destroy: (e: Error) => void): AbortSignal {
    this.destroyActive = destroy;
    return this.abortController.signal;
  }

  /** @internal */
  entryBytes(n: number): void {
    this.progress.bytesDone += n;
    this.reportProgress(false);
  }

  /** @internal The entry's data is complete: its exact size replaces its worst case. */
  entrySettled(part: ActivePart, entry: PlannedEntry, compressedSize: number): void {
    this.destroyActive = null;
    part.unsettled--;
    part.unsettledBytes -= entry.predicted;
    part.settledBytes += predictEntryBytes(entry.name, 0, 'STORE') + compressedSize;
    this.progress.entriesDone++;
    this.reportProgress(false);
    this.notify();
  }

  /** @internal An entry failed: the whole build stops now (the output is cut off, waiters wake up). */
  entryFailed(error: Error): void {
    this.destroyActive = null;
    this.failure ??= error;
    this.stop(error);
  }

  get deflateOptions(): zlib.ZlibOptions {
    return { level: this.deflateLevel };
  }

  private reportProgress(force: boolean): void {
    const { onProgress } = this.options;
    if (!onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastProgressAt < this.progressIntervalMs) return;
    this.lastProgressAt = now;
    onProgress({ ...this.progress });
  }
}

function signalPair(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Produces one entry's stored or deflated bytes into jszip's ZipFileWorker, which writes the local
 * header when it reaches the entry and, when the worker ends, reads the CRC and sizes from
 * `streamInfo` for the data descriptor and the directory record. The file is opened only then.
 * jszip pauses the chain when the output file is behind; the loop then stops pulling, and Node's
 * stream backpressure holds the file's bytes back at the source.
 */
class EntryWorker extends GenericWorker {
  /** jszip reached this entry (it streams from here unless it was read ahead). */
  started = false;
  /** The entry read ahead whole: its stored or deflated bytes and CRC. */
  private preloaded: Promise<{ data: Buffer; crc: number }> | null = null;
  private wakeUp: (() => void) | null = null;
  private gateOpen = false;
  private passGate: (() => void) | null = null;

  constructor(
    private readonly writer: ZipArchiveWriter,
    private readonly part: ActivePart,
    private readonly entry: PlannedEntry,
  ) {
    super('zip export entry');
  }

  get size(): number {
    return this.entry.size;
  }

  /** Reads the (small) file whole and deflates it, ahead of jszip reaching it. */
  preload(): void {
    this.preloaded = this.readWhole();
    // Awaited (and reported) by produce(); this only keeps an early failure from being "unhandled".
    this.preloaded.catch(() => undefined);
  }

  private async readWhole(): Promise<{ data: Buffer; crc: number }> {
    const { entry, writer } = this;
    const input = await entry.open();
    writer.trackPreloadStream(input, true);
    try {
      const chunks: Buffer[] = [];
      let bytes = 0;
      let crc = 0;
      for await (const chunk of input as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > entry.size) throw new ZipEntrySizeError(entry.name, entry.size, bytes);
        crc = zlib.crc32(chunk, crc);
        chunks.push(chunk);
      }
      if (bytes !== entry.size) throw new ZipEntrySizeError(entry.name, entry.size, bytes);
      const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, bytes);
      const data = entry.compression === 'DEFLATE' ? await deflateRaw(raw, writer.deflateOptions) : raw;
      return { data, crc };
    } finally {
      writer.trackPreloadStream(input, false);
      input.destroy();
    }
  }

  /** Another entry follows, or the part closes: ending no longer makes jszip finish the zip early. */
  openGate(): void {
    this.gateOpen = true;
    this.passGate?.();
  }

  override resume(): boolean {
    if (!super.resume()) return false;
    if (!this.started) {
      this.started = true;
      void this.produce();
    }
    const wake = this.wakeUp;
    this.wakeUp = null;
    wake?.();
    return true;
  }

  private async produce(): Promise<void> {
    const { entry, writer } = this;
    const streams: { destroy(e?: Error): void }[] = [];
    const destroyAll = (e?: Error) => {
      for (const s of streams) s.destroy(e);
      this.wakeUp?.();
      this.passGate?.();
    };
    try {
      const signal = writer.entryStarted(destroyAll);
      signal.throwIfAborted();
      let compressed = 0;
      let crc = 0;
      if (this.preloaded) {
        try {
          const { data, crc: dataCrc } = await this.preloaded;
          signal.throwIfAborted();
          compressed = data.length;
          crc = dataCrc;
          writer.entryBytes(entry.size);
          this.push({ data, meta: { percent: 0 } });
          while (this.isPaused && !signal.aborted) await new Promise<void>((resolve) => (this.wakeUp = resolve));
          signal.throwIfAborted();
        } finally {
          writer.preloadReleased(entry.size);
        }
      } else if (entry.size > 0) {
        const input = await entry.open();
        streams.push(input);
        signal.throwIfAborted();
        const check = new SizeAndCrc(entry, (n) => writer.entryBytes(n));
        streams.push(check);
        input.once('error', (e) => check.destroy(e));
        let out: Readable = input.pipe(check);
        if (entry.compression === 'DEFLATE') {
          const deflate = zlib.createDeflateRaw(writer.deflateOptions);
          streams.push(deflate);
          check.once('error', (e) => deflate.destroy(e));
          out = check.pipe(deflate);
        }
        for await (const chunk of out as AsyncIterable<Buffer>) {
          compressed += chunk.length;
          this.push({ data: chunk, meta: { percent: 0 } });
          while (this.isPaused && !signal.aborted) await new Promise<void>((resolve) => (this.wakeUp = resolve));
          signal.throwIfAborted();
        }
        check.assertComplete();
        crc = check.crc;
      }
      this.streamInfo.crc32 = crc;
      this.streamInfo.uncompressedSize = entry.size;
      this.streamInfo.compressedSize = compressed;
      writer.entrySettled(this.part, entry, compressed);
      if (!this.gateOpen) await new Promise<void>((resolve) => (this.passGate = resolve));
      signal.throwIfAborted();
      this.end();
      this.compactDirectoryRecord();
    } catch (e) {
      destroyAll();
      const error = e instanceof Error || isNativeError(e) ? (e as Error) : new Error(String(e));
      // jszip re-wraps errors as `new Error(String(e))`; the writer reports the original.
      writer.entryFailed(error);
      this.error(error);
    }
  }

  /**
   * jszip keeps each central directory record as a string built from ~15 concatenations until the
   * part ends: ~1.7 KB of heap per entry (110 MB for 65,000). The same bytes as a Buffer take ~0.3 KB;
   * jszip's output converts either to the same bytes.
   */
  private compactDirectoryRecord(): void {
    const records = this.part.zip.dirRecords ?? [];
    for (let i = records.length - 1; i >= 0; i--) {
      const record = records[i];
      if (typeof record !== 'string') break;
      records[i] = Buffer.from(record, 'latin1');
    }
  }
}

/** Batches small chunks (headers, descriptors, small files) into writes of at least WRITE_BATCH bytes. */
class WriteBatcher extends Transform {
  private pending: Buffer[] = [];
  private bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (chunk.length >= WRITE_BATCH) {
      this.flushPending();
      this.push(chunk);
    } else {
      this.pending.push(chunk);
      this.bytes += chunk.length;
      if (this.bytes >= WRITE_BATCH) this.flushPending();
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.flushPending();
    callback();
  }

  private flushPending(): void {
    if (this.bytes === 0) return;
    this.push(this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.bytes));
    this.pending = [];
    this.bytes = 0;
  }
}

/** Passes bytes through, computing the CRC-32 and refusing more bytes than the entry declared. */
class SizeAndCrc extends Transform {
  crc = 0;
  bytes = 0;

  constructor(
    private readonly entry: PlannedEntry,
    private readonly onBytes: (n: number) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.entry.size) return callback(new ZipEntrySizeError(this.entry.name, this.entry.size, this.bytes));
    this.crc = zlib.crc32(chunk, this.crc);
    this.onBytes(chunk.length);
    callback(null, chunk);
  }

  assertComplete(): void {
    if (this.bytes !== this.entry.size) throw new ZipEntrySizeError(this.entry.name, this.entry.size, this.bytes);
  }
}
