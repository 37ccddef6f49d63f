import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import rangeParser from 'range-parser';
import type { InvalidationBus } from '../storage/cache-invalidation.js';
import type { AudioStore } from '../storage/audio-store.js';
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
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves content-addressed MP3s: Range (206/416), ETag/If-None-Match (304), long immutable
 * caching — and only bytes that match their manifest: the size on every request, the
 * SHA-256 once per process (when the file is first read). A file that does not match is
 * reported (set aside, regenerated) and never sent. Hot files are answered from memory.
 */
export function createAudioServer(deps: AudioServingDeps) {
  const memory = new MemoryLru<Buffer>(deps.memoryCacheBytes);
  const hashed = new Set<string>();
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

  /** Answers from memory only, synchronously; false when the file is not hot. */
  function serveFromMemory(req: IncomingMessage, res: ServerResponse, key: string): boolean {
    const body = memory.get(key);
    if (!body) return false;
    deps.usage.touch(key);
    send(req, res, key, body.byteLength, body);
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
      memory.set(key, body);
      hashed.add(key);
      send(req, res, key, bytes, body);
      return true;
    }
    if (!hashed.has(key)) {
      if ((await hashStored(key)) !== sha256) return reject(key);
      hashed.add(key);
    }
    if (accel) {
      send(req, res, key, bytes, undefined, `${accel}/${key}.mp3`);
      return true;
    }
    return streamStored(req, res, key, bytes);
  }

  async function reject(key: string): Promise<false> {
    memory.delete(key);
    hashed.delete(key);
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
    const range = parseRange(req, bytes);
    if (range === 'unsatisfiable' || req.method === 'HEAD' || req.headers['if-none-match'] === `"${key}"`) {
      send(req, res, key, bytes);
      return true;
    }
    const read = await deps.audio.openMp3(key, range);
    if (!read || read.totalBytes !== bytes) {
      read?.body.destroy();
      return reject(key);
    }
    writeHeaders(res, key);
    if (range) {
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${bytes}`);
    }
    res.setHeader('Content-Length', (range ? range.end - range.start : bytes - 1) + 1);
    await pipeline(read.body, res).catch(() => res.destroy());
    return true;
  }

  function send(req: IncomingMessage, res: ServerResponse, key: string, size: number, body?: Buffer, accelPath?: string): void {
    writeHeaders(res, key);
    if (req.headers['if-none-match'] === `"${key}"`) {
      res.statusCode = 304;
      res.end();
      return;
    }
    if (accelPath) {
      res.setHeader('X-Accel-Redirect', accelPath);
      res.end();
      return;
    }
    const range = parseRange(req, size);
    if (range === 'unsatisfiable') {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      res.end();
      return;
    }
    const start = range?.start ?? 0;
    const end = range?.end ?? size - 1;
    if (range) {
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    }
    res.setHeader('Content-Length', end - start + 1);
    if (req.method === 'HEAD' || !body) res.end();
    else res.end(body.subarray(start, end + 1));
  }

  return { serveAudio, serveFromMemory };
}

export type AudioServer = ReturnType<typeof createAudioServer>;

function writeHeaders(res: ServerResponse, key: string): void {
  res.setHeader('Content-Type', 'audio/mpeg');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', `"${key}"`);
  res.setHeader('Cache-Control', IMMUTABLE);
}

/** One byte range of the request, undefined for the whole file (or a multi-range we answer whole). */
function parseRange(req: IncomingMessage, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const header = req.headers.range;
  if (!header) return undefined;
  const ranges = rangeParser(size, header, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return undefined;
  return { start: ranges[0].start, end: ranges[0].end };
}
