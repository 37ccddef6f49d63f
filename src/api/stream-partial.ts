import { promises as fs } from 'node:fs';
import type { Request, Response } from 'express';

/** How often a stream that has caught up looks for new bytes: well under one MP3 frame's worth of waiting. */
const POLL_MS = 20;
/** A stream that sees no growth for this long ends (job stalled or died). */
const IDLE_LIMIT_MS = 30_000;

export interface PartialStreamSource {
  /** Path of the growing MP3 while its job runs. */
  partialPath: string;
  /** True once the finished MP3 has been published (the growing file is then complete). */
  isFinished(): Promise<boolean>;
  /** True while a job for this audio is queued or running (its file may appear soon). */
  isGenerating(): Promise<boolean>;
}

/**
 * Sends an MP3 that is still being encoded, as it grows (progressive playback). The file
 * is read through one open descriptor, so its rename into the cache at the end does not
 * interrupt the stream; a new file at the same path (a retry) ends it.
 */
export async function streamGrowingMp3(req: Request, res: Response, source: PartialStreamSource): Promise<boolean> {
  const handle = await openWhenCreated(source);
  if (!handle) return false;
  const inode = (await handle.stat()).ino;
  res.status(200);
  res.setHeader('Content-Type', 'audio/mpeg');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Accept-Ranges', 'none');
  res.flushHeaders();

  let closed = false;
  req.on('close', () => (closed = true));
  const buffer = Buffer.alloc(64 * 1024);
  let position = 0;
  let idleSince = Date.now();
  try {
    while (!closed) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead > 0) {
        position += bytesRead;
        idleSince = Date.now();
        if (!res.write(Buffer.from(buffer.subarray(0, bytesRead)))) await new Promise((r) => res.once('drain', r));
        continue;
      }
      if (await source.isFinished()) {
        // Published: whatever is left was written before the rename; read it to the end.
        const rest = await handle.read(buffer, 0, buffer.length, position);
        if (rest.bytesRead > 0) {
          position += rest.bytesRead;
          res.write(Buffer.from(buffer.subarray(0, rest.bytesRead)));
          continue;
        }
        break;
      }
      const current = await fs.stat(source.partialPath).catch(() => undefined);
      if (current && current.ino !== inode) break; // a retry started a new file
      if (!current && !(await finishesSoon(source))) break; // the job failed and removed it
      if (Date.now() - idleSince > IDLE_LIMIT_MS) break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    await handle.close();
    res.end();
  }
  return true;
}

/** A job that has just started creates its MP3 within moments: wait for it, briefly. */
const CREATE_WAIT_MS = 5000;

async function openWhenCreated(source: PartialStreamSource): Promise<fs.FileHandle | undefined> {
  for (const deadline = Date.now() + CREATE_WAIT_MS; ; ) {
    try {
      return await fs.open(source.partialPath, 'r');
    } catch {
      if (Date.now() > deadline || (await source.isFinished()) || !(await source.isGenerating())) return undefined;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** The file is renamed before its manifest is written: give the publish a moment to complete. */
async function finishesSoon(source: PartialStreamSource): Promise<boolean> {
  for (let waited = 0; waited < 2000; waited += POLL_MS) {
    if (await source.isFinished()) return true;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return false;
}
