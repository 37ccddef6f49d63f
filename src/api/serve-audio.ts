import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import rangeParser from 'range-parser';
import type { AudioStore } from '../cache/audio-store.js';
import { MemoryLru } from '../cache/memory-lru.js';

export interface AudioServingOptions {
  memoryCacheBytes: number;
  /** Internal nginx location: when set, nginx sends the bytes (sendfile) via X-Accel-Redirect. */
  accelRedirectPrefix?: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves content-addressed MP3s: Range (206), ETag/If-None-Match (304), long immutable
 * caching. Hot files are answered from a bounded in-memory cache; behind nginx the bytes
 * can be handed off with X-Accel-Redirect. Works on plain Node requests, so the hot path
 * (hot-path.ts) and the Express route share it.
 */
export function createAudioServer(store: AudioStore, options: AudioServingOptions) {
  const memory = new MemoryLru<Buffer>(options.memoryCacheBytes);

  /** Answers from memory only, synchronously; false when the file is not hot. */
  function serveFromMemory(req: IncomingMessage, res: ServerResponse, key: string): boolean {
    const body = memory.get(key);
    if (!body) return false;
    store.touch(key);
    send(req, res, key, body.byteLength, body);
    return true;
  }

  /** Answers from memory or disk; false when there is no such audio. */
  async function serveAudio(req: IncomingMessage, res: ServerResponse, key: string): Promise<boolean> {
    if (serveFromMemory(req, res, key)) return true;
    const found = await store.audioFile(key);
    if (!found) return false;
    store.touch(key);
    let body: Buffer | undefined;
    if (!options.accelRedirectPrefix && found.size <= options.memoryCacheBytes / 8) {
      body = await fs.readFile(found.path);
      memory.set(key, body);
    }
    send(req, res, key, found.size, body, found.path);
    return true;
  }

  function send(req: IncomingMessage, res: ServerResponse, key: string, size: number, body?: Buffer, file?: string): void {
    const etag = `"${key}"`;
    res.setHeader('Content-Type', 'audio/mpeg');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', IMMUTABLE);
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    if (options.accelRedirectPrefix) {
      res.setHeader('X-Accel-Redirect', `${options.accelRedirectPrefix.replace(/\/$/, '')}/${key}.mp3`);
      res.end();
      return;
    }
    let start = 0;
    let end = size - 1;
    const rangeHeader = req.headers.range;
    if (rangeHeader) {
      const ranges = rangeParser(size, rangeHeader, { combine: true });
      if (ranges === -1) {
        res.statusCode = 416;
        res.setHeader('Content-Range', `bytes */${size}`);
        res.end();
        return;
      }
      if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) {
        start = ranges[0].start;
        end = ranges[0].end;
        res.statusCode = 206;
        res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
      }
    }
    res.setHeader('Content-Length', end - start + 1);
    if (req.method === 'HEAD') res.end();
    else if (body) res.end(body.subarray(start, end + 1));
    else createReadStream(file!, { start, end }).on('error', () => res.destroy()).pipe(res);
  }

  return { serveAudio, serveFromMemory };
}

export type AudioServer = ReturnType<typeof createAudioServer>;
