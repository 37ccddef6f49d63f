import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The public job status (`GET /v1/jobs/:id`). */
export interface JobStatus {
  jobId: string;
  state: string;
  progress: number;
  chunksDone?: number;
  chunksTotal?: number;
  attempts?: number;
  error?: string;
}

export async function jobStatus(baseUrl: string, key: string): Promise<JobStatus | undefined> {
  const res = await fetch(`${baseUrl}/v1/jobs/${key}`, { signal: AbortSignal.timeout(5000) });
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw new Error(`job status answered ${res.status}`);
  return (await res.json()) as JobStatus;
}

/**
 * The PID of the worker running the current attempt of `key` on this host, read from the
 * attempt's growing MP3 (a link to the encoder file `<host>-<pid>-<random>.mp3` of the
 * worker that runs it), and whether that attempt is encoding yet.
 */
export async function currentAttempt(workDir: string, key: string): Promise<{ pid: number; encoding: boolean } | undefined> {
  const dir = path.join(workDir, key);
  const target = await fs.readlink(path.join(dir, 'audio.partial.mp3')).catch(() => undefined);
  const owner = target ? /-(\d+)-[0-9a-f]{12}\.mp3$/.exec(path.basename(target)) : null;
  if (!owner) return undefined;
  // Encoding: a sentence is done and the encoder's file has bytes (ffmpeg creates it once audio arrives).
  const [progress, output] = await Promise.all([fs.stat(path.join(dir, 'progress.json')).catch(() => undefined), fs.stat(path.join(dir, 'audio.partial.mp3')).catch(() => undefined)]);
  return { pid: Number(owner[1]), encoding: !!progress && (output?.size ?? 0) > 0 };
}

/** Encoder output files in the work directory, by the PID in their name. */
export async function encoderFiles(workDir: string): Promise<{ name: string; pid: number }[]> {
  const names = await fs.readdir(path.join(workDir, '.encoders')).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const owner = /-(\d+)-[0-9a-f]{12}\.mp3$/.exec(name);
    return owner ? [{ name, pid: Number(owner[1]) }] : [];
  });
}
