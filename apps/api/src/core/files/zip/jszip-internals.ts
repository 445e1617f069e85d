/**
 * The pieces of jszip 3.10's internals the zip writer plugs into, typed.
 *
 * Why not only the public API (`file(name, nodeStream)` for every entry, then `generateNodeStream`):
 * jszip snapshots its file list when generation starts, so every entry of a part would have to be
 * added (and its stream created) before the first byte is written; it keeps ~4 KB of objects per
 * entry until the part ends (a 65,000-entry part measured 420 MB RSS); and it deflates with pako on
 * the main thread (~18 MB/s at level 6, ~45 MB/s at level 1 here). jszip's maintainers describe the
 * same limits ("opening a lot of streams, pausing all of them", Stuk/jszip#356; memory at 20,000
 * files, #446); and without `streamFiles` jszip holds each whole file to put its sizes before the
 * data (#502), so the writer always streams files (sizes and CRC go in data descriptors).
 *
 * So the writer asks jszip for the output of an empty zip (`generateInternalStream`, public), takes
 * the `ZipFileWorker` behind it, and pipes its own source workers into it one at a time. jszip still
 * writes every byte of the container (local headers, data descriptors, central directory, end
 * record, the UTF-8 flag and Unicode path fields); the writer supplies each file's stored or
 * deflated bytes (Node's zlib, in the thread pool: ~190 MB/s at level 1) with their CRC and sizes.
 *
 * jszip has had no release since 3.10 and its package has no `exports` map, so these paths are
 * stable; the unit tests (every part checked by `unzip -t` and Python's zipfile) fail if they change.
 */

/** A chunk travelling through jszip's worker chain. */
export interface JszipChunk {
  data: Buffer | Uint8Array | string;
  meta: { percent: number };
}

/** jszip's `GenericWorker` (lib/stream/GenericWorker.js): a pausable push stream. */
export interface GenericWorker {
  streamInfo: Record<string, unknown>;
  isPaused: boolean;
  isFinished: boolean;
  previous: GenericWorker | null;
  push(chunk: JszipChunk): void;
  end(): boolean;
  error(e: Error): boolean;
  pause(): boolean;
  resume(): boolean;
  withStreamInfo(key: string, value: unknown): this;
  pipe<T extends GenericWorker>(next: T): T;
}
export interface GenericWorkerConstructor {
  new (name: string): GenericWorker;
  prototype: GenericWorker;
}

/**
 * jszip's `ZipFileWorker` (lib/generate/ZipFileWorker.js): writes its sources one after the other
 * and, when a source ends with no other source queued, the central directory. It keeps one central
 * directory record per entry (a binary string) until the end.
 */
export interface ZipFileWorkerLike extends GenericWorker {
  dirRecords: (string | Buffer)[];
  _sources: GenericWorker[];
}

/** One of jszip's compression descriptors (lib/compressions.js); only `magic` matters here. */
export interface JszipCompression {
  magic: string;
}

/* eslint-disable @typescript-eslint/no-require-imports -- untyped internal modules of jszip (see above) */
export const GenericWorker = require('jszip/lib/stream/GenericWorker') as GenericWorkerConstructor;
export const jszipCompressions = require('jszip/lib/compressions') as { STORE: JszipCompression; DEFLATE: JszipCompression };
/* eslint-enable @typescript-eslint/no-require-imports */

if (typeof GenericWorker !== 'function' || jszipCompressions.STORE?.magic !== '\x00\x00' || jszipCompressions.DEFLATE?.magic !== '\x08\x00') {
  throw new Error('jszip internals changed: the zip writer supports jszip 3.10.x only');
}

/** The ZipFileWorker behind a `generateInternalStream()` helper (the helper wraps it in a ConvertWorker). */
export function zipFileWorkerOf(helper: object): ZipFileWorkerLike {
  const zip = (helper as { _worker?: GenericWorker })._worker?.previous as ZipFileWorkerLike | undefined;
  if (!zip || !Array.isArray(zip.dirRecords) || !Array.isArray(zip._sources)) {
    throw new Error('jszip internals changed: the zip writer supports jszip 3.10.x only');
  }
  return zip;
}
