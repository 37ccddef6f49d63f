import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import rangeParser from 'range-parser';
import type { InvalidationBus } from '../storage/cache-invalidation.js';
import type { AudioStore } from '../storage/audio-store.js';
import type { VerifiedAudioLinks } from '../storage/verified-audio-links.js';
import { sha256Of } from '../storage/audio-store.js';
import { MemoryLru } from '../storage/memory-lru.js';
import type { Manifest } from '../manifest.js';

export interface AudioServingDeps {
  audio: AudioStore;
  bus: InvalidationBus;
  /** Verified manifests (the MP3 is there, with the recorded size) and the way to report a bad file. */
  manifests: { get(key: string): Promise<(Manifest & { mp3: { bytes: number; sha256: string } }) | undefined>; reportBroken(key: string): Promise<void> };
  usage: { touch(key: string): void };
  memoryCacheBytes: number;
  /** Internal nginx location: when set (local store only), nginx sends the bytes via X-Accel-Redirect. */
  accelRedirectPrefix?: string;
  /** Links to the files verified here, for nginx to send without asking (local store only). */
  links?: VerifiedAudioLinks;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** An MP3 in memory, with the headers every answer about it carries (`[name, value, …]`). */
interface HotMp3 {
  body: Buffer;
  byteLength: number;
  headers: readonly string[];
}

/** The headers of every answer about the MP3 `key`, whatever the range. */
const headersOf = (key: string): readonly string[] => ['Content-Type', 'audio/mpeg', 'Accept-Ranges', 'bytes', 'ETag', `"${key}"`, 'Cache-Control', IMMUTABLE];

/**
 * Serves content-addressed MP3s: Range (206/416), ETag/If-None-Match (304), long immutable
 * caching — and only bytes that match their manifest: the size on every request, the
 * SHA-256 once per process (when the file is first read). A file that does not match is
 * reported (set aside, regenerated) and never sent. Hot files are answered from memory.
 * With `links`, each file verified here is also linked for nginx to send directly.
 */
export function createAudioServer(deps: AudioServingDeps) {
  const memory = new MemoryLru<HotMp3>(deps.memoryCacheBytes);
  const hashed = new Set<string>();
  const links = deps.audio.objects.kind === 'local' ? deps.links : undefined;
  /** Offers nginx a file verified in this process (again, if another process removed its link). */
  const link = (key: string, bytes: number): void => {
    if (!links || !hashed.has(key) || links.has(key)) return;
    const file = deps.audio.localMp3Path(key);
    if (file) void links.add(key, file, bytes);
  };
  const accel = deps.accelRedirectPrefix && deps.audio.objects.kind === 'local' ? deps.accelRedirectPrefix.replace(/\/$/, '') : undefined;
  deps.bus.subscribe((message) => {
    if (message.kind === 'audio') {
      memory.delete(message.key);
      hashed.delete(message.key);
    } else if (message.kind === 'all') {
      memory.clear();
      hashed.clear();
    }
  });

  /**
   * Answers from memory only, synchronously, with `lead` (the security and CORS headers,
   * `[name, value, …]`) first; false when the file is not hot.
   */
  function serveFromMemory(req: IncomingMessage, res: ServerResponse, key: string, lead: readonly string[] = []): boolean {
    const hot = memory.get(key);
    if (!hot) return false;
    deps.usage.touch(key);
    link(key, hot.byteLength);
    answer(req, res, key, hot.byteLength, lead, hot.headers, hot.body);
    return true;
  }

  /**
   * Behind nginx: answers with `X-Accel-Redirect` when the file was verified in this process
   * and its manifest (size re-checked every few seconds) still holds; false otherwise.
   */
  async function serveAccelerated(req: IncomingMessage, res: ServerResponse, key: string, lead: readonly string[] = []): Promise<boolean> {
    if (!accel || !hashed.has(key)) return false;
    const manifest = await deps.manifests.get(key);
    if (!manifest || !hashed.has(key)) return false;
    deps.usage.touch(key);
    link(key, manifest.mp3.bytes);
    answer(req, res, key, manifest.mp3.bytes, lead, headersOf(key), undefined, `${accel}/${key}.mp3`);
    return true;
  }

  /** Answers from memory or the store; false when there is no such (intact) audio. */
  async function serveAudio(req: IncomingMessage, res: ServerResponse, key: string): Promise<boolean> {
    if (serveFromMemory(req, res, key)) return true;
    const manifest = await deps.manifests.get(key);
    if (!manifest) return false;
    const { bytes, sha256 } = manifest.mp3;
    deps.usage.touch(key);
    if (!accel && bytes <= deps.memoryCacheBytes / 8) {
      const body = await deps.audio.readMp3(key);
      if (!body || body.byteLength !== bytes || sha256Of(body) !== sha256) return reject(key);
      memory.set(key, { body, byteLength: bytes, headers: headersOf(key) });
      hashed.add(key);
      link(key, bytes);
      answer(req, res, key, bytes, [], headersOf(key), body);
      return true;
    }
    if (!hashed.has(key)) {
      if ((await hashStored(key)) !== sha256) return reject(key);
      hashed.add(key);
    }
    link(key, bytes);
    if (accel) {
      answer(req, res, key, bytes, [], headersOf(key), undefined, `${accel}/${key}.mp3`);
      return true;
    }
    return streamStored(req, res, key, bytes);
  }

  async function reject(key: string): Promise<false> {
    memory.delete(key);
    hashed.delete(key);
    await links?.remove(key);
    await deps.manifests.reportBroken(key);
    return false;
  }

  async function hashStored(key: string): Promise<string | undefined> {
    const read = await deps.audio.openMp3(key);
    if (!read) return undefined;
    const hash = createHash('sha256');
    for await (const part of read.body) hash.update(part as Buffer);
    return hash.digest('hex');
  }

  /** A large MP3 straight from the store; its total size is checked before any byte goes out. */
  async function streamStored(req: IncomingMessage, res: ServerResponse, key: string, bytes: number): Promise<boolean> {
    const range = parseRange(req.headers.range, bytes);
    if (range === 'unsatisfiable' || req.method === 'HEAD' || req.headers['if-none-match'] === `"${key}"`) {
      answer(req, res, key, bytes, [], headersOf(key));
      return true;
    }
    const read = await deps.audio.openMp3(key, range);
    if (!read || read.totalBytes !== bytes) {
      read?.body.destroy();
      return reject(key);
    }
    const [first, last] = range ? [range.start, range.end] : [0, bytes - 1];
    res.writeHead(range ? 206 : 200, [...headersOf(key), ...(range ? ['Content-Range', `bytes ${first}-${last}/${bytes}`] : []), 'Content-Length', String(last - first + 1)]);
    await pipeline(read.body, res).catch(() => res.destroy());
    return true;
  }

  return { serveAudio, serveFromMemory, serveAccelerated };
}

export type AudioServer = ReturnType<typeof createAudioServer>;

/**
 * Writes a whole answer about an MP3 of `size` bytes in one `writeHead`: 304 when the
 * client has it, 416 for a range past the end, 206 for a range, else 200; the bytes from
 * `body` (none for HEAD), or an `X-Accel-Redirect` to `accelPath` for nginx to send them.
 */
function answer(req: IncomingMessage, res: ServerResponse, key: string, size: number, lead: readonly string[], fileHeaders: readonly string[], body?: Buffer, accelPath?: string): void {
  const tag = req.headers['if-none-match'];
  if (tag !== undefined && tag === `"${key}"`) {
    res.writeHead(304, [...lead, ...fileHeaders]).end();
    return;
  }
  if (accelPath) {
    // nginx answers the range itself, from the file (sendfile).
    res.writeHead(200, [...lead, ...fileHeaders, 'X-Accel-Redirect', accelPath, 'Content-Length', '0']).end();
    return;
  }
  const range = parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, [...lead, ...fileHeaders, 'Content-Range', `bytes */${size}`, 'Content-Length', '0']).end();
    return;
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  const headers = range
    ? [...lead, ...fileHeaders, 'Content-Range', `bytes ${start}-${end}/${size}`, 'Content-Length', String(end - start + 1)]
    : [...lead, ...fileHeaders, 'Content-Length', String(size)];
  res.writeHead(range ? 206 : 200, headers);
  if (req.method === 'HEAD' || !body) res.end();
  else res.end(body.subarray(start, end + 1));
}

/** `bytes=<first>-<last>` and `bytes=<first>-`: what players and CDNs send; anything else goes to range-parser. */
const SIMPLE_RANGE = /^bytes=(\d{1,15})-(\d{0,15})$/;

/** One byte range of the request, undefined for the whole file (or a multi-range we answer whole). */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const simple = SIMPLE_RANGE.exec(header);
  if (simple) {
    const start = Number(simple[1]);
    const end = simple[2] === '' ? size - 1 : Math.min(Number(simple[2]), size - 1);
    if (start < size && start <= end) return { start, end };
  }
  const ranges = rangeParser(size, header, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return undefined;
  return { start: ranges[0].start, end: ranges[0].end };
}
