import { createReadStream, promises as fs } from 'node:fs';
import type { Request, Response } from 'express';
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
 * can be handed off with X-Accel-Redirect.
 */
export function createAudioServer(store: AudioStore, options: AudioServingOptions) {
  const memory = new MemoryLru<Buffer>(options.memoryCacheBytes);

  return async function serveAudio(req: Request, res: Response, key: string): Promise<boolean> {
    const etag = `"${key}"`;
    let body = memory.get(key);
    let size = body?.byteLength;
    let file: string | undefined;
    if (!body) {
      const found = await store.audioFile(key);
      if (!found) return false;
      size = found.size;
      file = found.path;
      store.touch(key);
      if (!options.accelRedirectPrefix && found.size <= options.memoryCacheBytes / 8) {
        body = await fs.readFile(found.path);
        memory.set(key, body);
      }
    }
    res.setHeader('Content-Type', 'audio/mpeg');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', IMMUTABLE);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return true;
    }
    if (options.accelRedirectPrefix) {
      res.setHeader('X-Accel-Redirect', `${options.accelRedirectPrefix.replace(/\/$/, '')}/${key}.mp3`);
      res.end();
      return true;
    }
    let start = 0;
    let end = size! - 1;
    const rangeHeader = req.headers.range;
    if (rangeHeader) {
      const ranges = rangeParser(size!, rangeHeader, { combine: true });
      if (ranges === -1) {
        res.status(416).setHeader('Content-Range', `bytes */${size}`).end();
        return true;
      }
      if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) {
        start = ranges[0].start;
        end = ranges[0].end;
        res.status(206).setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
      }
    }
    res.setHeader('Content-Length', end - start + 1);
    if (req.method === 'HEAD') {
      res.end();
    } else if (body) {
      res.end(body.subarray(start, end + 1));
    } else {
      createReadStream(file!, { start, end }).on('error', () => res.destroy()).pipe(res);
    }
    return true;
  };
}
