/**
 * The three pieces of jszip 3.10's internals the zip writer plugs into, typed.
 *
 * Why not only the public API (`file(name, nodeStream)`): jszip then wraps every stream the moment
 * it is added (so every file of a part would have to be opened up front), builds five workers per
 * file, and deflates with pako on the main thread (~18 MB/s at level 6, ~45 MB/s at level 1 here).
 * Handing jszip a `CompressedObject` whose worker produces the bytes itself is the path jszip uses
 * for entries it copies from a loaded zip; the writer uses it to open each file only when jszip
 * reaches it and to deflate with Node's zlib in the thread pool (~190 MB/s at level 1).
 * The container format (headers, data descriptors, central directory) stays jszip's.
 *
 * jszip has had no release since 3.10 and its package has no `exports` map, so these paths are
 * stable; `zip-archive-writer.test.ts` fails if their shape changes.
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
  push(chunk: JszipChunk): void;
  end(): boolean;
  error(e: Error): boolean;
  pause(): boolean;
  resume(): boolean;
  withStreamInfo(key: string, value: unknown): this;
}
export interface GenericWorkerConstructor {
  new (name: string): GenericWorker;
  prototype: GenericWorker;
}

/** One of jszip's compression descriptors (lib/compressions.js); only `magic` matters here. */
export interface JszipCompression {
  magic: string;
}

/** jszip's `CompressedObject` (lib/compressedObject.js): an entry whose bytes are already final. */
export interface CompressedObject {
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  compression: JszipCompression;
  getCompressedWorker(): GenericWorker;
  getContentWorker(): GenericWorker;
}
export interface CompressedObjectConstructor {
  new (compressedSize: number, uncompressedSize: number, crc32: number, compression: JszipCompression, data: unknown): CompressedObject;
  prototype: CompressedObject;
}

/* eslint-disable @typescript-eslint/no-require-imports -- untyped internal modules of jszip (see above) */
export const GenericWorker = require('jszip/lib/stream/GenericWorker') as GenericWorkerConstructor;
export const CompressedObject = require('jszip/lib/compressedObject') as CompressedObjectConstructor;
export const jszipCompressions = require('jszip/lib/compressions') as { STORE: JszipCompression; DEFLATE: JszipCompression };
/* eslint-enable @typescript-eslint/no-require-imports */

if (typeof GenericWorker !== 'function' || typeof CompressedObject !== 'function' || jszipCompressions.DEFLATE?.magic !== '\x08\x00') {
  throw new Error('jszip internals changed: the zip writer supports jszip 3.10.x only');
}
