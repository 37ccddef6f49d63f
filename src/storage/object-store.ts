import type { Readable } from 'node:stream';

/** One stored object, as a listing or a head request sees it. */
export interface ObjectInfo {
  key: string;
  bytes: number;
  modifiedMs: number;
}

/** A byte range, both ends inclusive (as in HTTP Range). */
export interface ByteRange {
  start: number;
  end: number;
}

/** A range read: the bytes, and the size of the whole object as the same read saw it. */
export interface RangeRead {
  body: Readable;
  /** Size of the whole object. */
  totalBytes: number;
  range: ByteRange;
}

export interface PutOptions {
  contentType?: string;
}

/**
 * Where the service keeps blobs (finished audio, manifests, cached sentence audio): a local
 * directory on one machine, an S3-compatible bucket past one machine. Keys are built by
 * the service (never taken from a client), `/`-separated, relative to the store's root.
 *
 * Every write is atomic for readers: an object is either absent or complete, never
 * half-written. Implementations: `object-store.local.ts`, `object-store.s3.ts`; both pass
 * `tests/storage/object-store.conformance.ts`.
 */
export interface ObjectStore {
  readonly kind: 'local' | 's3';
  /** Stores a local file's bytes under `key`. `move: true` lets a local store rename the file in. */
  putFile(key: string, filePath: string, options?: PutOptions & { move?: boolean }): Promise<void>;
  put(key: string, body: Buffer | string, options?: PutOptions): Promise<void>;
  /** The whole object, or undefined when it does not exist. */
  get(key: string): Promise<Buffer | undefined>;
  /** A byte range (or the whole object) as a stream; undefined when absent or the range starts past the end. */
  getRange(key: string, range?: ByteRange): Promise<RangeRead | undefined>;
  head(key: string): Promise<ObjectInfo | undefined>;
  /** Removes an object; absent objects are not an error. */
  delete(key: string): Promise<void>;
  /** Copies then deletes: a reader sees the object at one of the two keys (or, briefly, both). */
  move(from: string, to: string): Promise<void>;
  /** Every object under a prefix, in no particular order. */
  list(prefix: string): AsyncIterable<ObjectInfo>;
  /** The object's file on this host, when the store is a local directory (for sendfile / X-Accel-Redirect). */
  localPath?(key: string): string;
  close?(): Promise<void>;
}

/** Keys are the service's own; this guards against a bug ever turning one into `../`. */
const SAFE_KEY = /^(?!\/)(?!.*\/\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]{1,512}$/;

export function assertObjectKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`invalid object key: ${JSON.stringify(key).slice(0, 80)}`);
}
