/**
 * A worker's periodic house-keeping: what dead workers and failed attempts leave behind is
 * removed while the worker runs, not only when one starts (the encoder of a killed worker
 * outlives it for a moment and may write its file after the next worker cleaned up).
 */
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

const HOST = os.hostname().replace(/[^A-Za-z0-9.]/g, '_');
const exists = (file: string) => fs.stat(file).then(() => true, () => false);

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) if (await check()) return true;
  return check();
}

describe("a worker's periodic sweep", () => {
  let t: TestService;
  let alive: ReturnType<typeof spawn>;
  beforeAll(async () => {
    t = await startTestService({ worker: { sweepEveryMs: 200 } });
    alive = spawn('sleep', ['60'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    alive?.kill('SIGKILL');
    await t?.close();
  });

  it("removes a dead worker's encoder file that appears after the worker started, and a failed attempt's work", async () => {
    const encoders = path.join(t.cacheDir, 'work', '.encoders');
    await fs.mkdir(encoders, { recursive: true });
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
    const orphan = path.join(encoders, `${HOST}-${deadPid}-${'0a'.repeat(6)}.mp3`);
    const ofLiveProcess = path.join(encoders, `${HOST}-${alive.pid}-${'0b'.repeat(6)}.mp3`);
    await fs.writeFile(orphan, Buffer.alloc(8192, 1));
    await fs.writeFile(ofLiveProcess, Buffer.alloc(8192, 2));

    // The attempt's job is queued (delayed, so it does not run) while the attempt is made and
    // fails, as in production; the sweep must leave the work alone until the job is gone.
    const key = 'c'.repeat(64);
    const job = await t.services.queue.queue.add('synthesize', { key, articleId: 'sweep-test', revision: 'r1', voice: 'north-female' }, { jobId: key, delay: 600_000 });
    const attempt = await t.services.work.begin(key);
    await attempt.writeProgress({ voice: 'north-female', provider: 'espeak', providerVoice: 'vi', key, audioUrl: `/v1/audio/${key}.mp3`, durationMs: 1000, sampleRate: 22050, bitrateKbps: 64, segments: [], createdAt: new Date().toISOString() });
    await attempt.end('failed');
    await new Promise((r) => setTimeout(r, 500)); // two sweeps while the job will still run
    expect(await t.services.work.progress(key)).toBeDefined();
    await job.remove();

    expect(await waitUntil(async () => !(await exists(orphan)))).toBe(true);
    expect(await waitUntil(async () => (await t.services.work.progress(key)) === undefined)).toBe(true);
    // A file whose process is alive (another worker on this host) stays.
    expect(await exists(ofLiveProcess)).toBe(true);
  });
});
