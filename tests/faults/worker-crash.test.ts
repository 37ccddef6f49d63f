/**
 * Workers that die: `kill -9` mid-job (twice, the second time during the re-run) and a
 * SIGTERM whose drain runs out. Real worker and API processes on a shared Redis and cache
 * directory, with the default lock and stall-check periods (JOB_LOCK_MS 8000,
 * STALLED_CHECK_MS 3000).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeployment, REPO_ROOT, spawnApi, spawnWorker, waitFor, type Deployment, type ServiceProcess } from '../helpers/processes.js';
import { currentAttempt, encoderFiles, jobStatus } from './support/jobs.js';
import { expectCompleteAudio, ListenerProbe, putArticle, requestAudio, sentenceCount } from './support/listener.js';

/** About 5,300 words: 30–60 s of espeak-ng work on a busy machine, long enough to kill mid-way. */
const LONG_TEXT = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles/bao-cao-kinh-te-dai.txt'), 'utf8');
const VOICE = 'north-female';
/** The issue's goal: another worker has the job within about 15 s of a crash. */
const TAKEOVER_LIMIT_MS = 15_000;

describe('a worker killed with SIGKILL mid-job', () => {
  let d: Deployment;
  let api: ServiceProcess & { baseUrl: string };
  const workers: ServiceProcess[] = [];
  const workDir = () => path.join(d.cacheDir, 'work');

  beforeAll(async () => {
    d = await createDeployment({ env: { DEMO_MAX_CHARS: '100000' } });
    api = await spawnApi(d.env());
    workers.push(...(await Promise.all([spawnWorker(d.env()), spawnWorker(d.env())])));
  });
  afterAll(async () => {
    await Promise.all([api, ...workers].map((p) => p?.stop('SIGKILL')));
    await d?.cleanUp();
  });

  /** Waits until a live worker other than `dead` runs an attempt of `key` that has begun encoding. */
  const waitForTakeover = (key: string, dead: number[]) =>
    waitFor(
      'another worker to take the job over',
      async () => {
        const attempt = await currentAttempt(workDir(), key);
        return attempt && !dead.includes(attempt.pid) && attempt.encoding ? attempt : undefined;
      },
      60_000,
      50,
    );

  it('twice in a row: another worker takes the job over within ~15 s each time, and the audio ends up complete', async () => {
    const put = await putArticle(api.baseUrl, 'bao-cao-dai', { text: LONG_TEXT });
    expect(put.status).toBe(201);
    const sentences = await sentenceCount(api.baseUrl, LONG_TEXT);
    const probe = new ListenerProbe(api.baseUrl, 'bao-cao-dai', VOICE, 500).start();

    const first = await requestAudio(api.baseUrl, 'bao-cao-dai', VOICE);
    expect(first.status).toBe(202);
    const key = String(first.json!.jobId);

    const dead: number[] = [];
    const takeovers: number[] = [];
    let owner = await waitForTakeover(key, dead);
    for (let crash = 1; crash <= 2; crash++) {
      const victim = workers.find((w) => w.pid === owner.pid)!;
      expect(victim, `the job runs in one of our workers (pid ${owner.pid})`).toBeDefined();
      const progressBefore = (await jobStatus(api.baseUrl, key))!;
      expect(progressBefore.state).toBe('active');
      expect(progressBefore.progress, 'killed mid-job, not at its end').toBeLessThan(0.8);
      victim.kill('SIGKILL');
      const killedAt = Date.now();
      dead.push(victim.pid);
      await victim.exited;
      const leftovers = (await encoderFiles(workDir())).filter((f) => f.pid === victim.pid);
      expect(leftovers.length, 'the killed worker left its encoder file').toBeGreaterThan(0);
      // A replacement joins, as an orchestrator would start one; the survivor may take the job first.
      workers.push(await spawnWorker(d.env()));
      await waitFor('the new worker to remove the dead one\'s encoder files', async () =>
        (await encoderFiles(workDir())).some((f) => f.pid === victim.pid) ? undefined : true, 10_000);
      owner = await waitForTakeover(key, dead);
      takeovers.push(Date.now() - killedAt);
      const status = (await jobStatus(api.baseUrl, key))!;
      expect(status.state, 'the job is running again, not failed').toBe('active');
    }
    console.log(`[faults] takeover after kill -9: ${takeovers.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', then ')} (limit ${TAKEOVER_LIMIT_MS / 1000} s)`);
    for (const ms of takeovers) expect(ms).toBeLessThanOrEqual(TAKEOVER_LIMIT_MS);

    const manifest = await expectCompleteAudio(api.baseUrl, 'bao-cao-dai', VOICE, sentences);
    expect(manifest.durationMs).toBeGreaterThan(20 * 60_000);
    // The audio is published a moment before the job is marked completed.
    const finished = await waitFor('the job to complete', () => completedStatus(api.baseUrl, key), 10_000);
    expect(finished?.state).toBe('completed');
    await probe.stop();
    console.log(`[faults] audio route answers during the crashes: ${JSON.stringify(probe.countsByStatus())}`);
    expect(probe.violations()).toEqual([]);
    // Listeners waited (202) and then got the audio: never a failure or an error.
    expect(Object.keys(probe.countsByStatus()).map(Number).every((s) => s === 200 || s === 202)).toBe(true);
  }, 240_000);
});

describe('a worker stopped with SIGTERM while a job runs', () => {
  const DRAIN_MS = 1500;
  let d: Deployment;
  let api: ServiceProcess & { baseUrl: string };
  const workers: ServiceProcess[] = [];

  beforeAll(async () => {
    d = await createDeployment({ env: { DEMO_MAX_CHARS: '100000' } });
    api = await spawnApi(d.env());
  });
  afterAll(async () => {
    await Promise.all([api, ...workers].map((p) => p?.stop('SIGKILL')));
    await d?.cleanUp();
  });

  it('drains for at most DRAIN_TIMEOUT_MS, hands the job back without counting an attempt, and another worker finishes it', async () => {
    const stopping = await spawnWorker(d.env({ DRAIN_TIMEOUT_MS: String(DRAIN_MS) }));
    workers.push(stopping);
    expect((await putArticle(api.baseUrl, 'bao-cao-dung', { text: LONG_TEXT })).status).toBe(201);
    const sentences = await sentenceCount(api.baseUrl, LONG_TEXT);
    const probe = new ListenerProbe(api.baseUrl, 'bao-cao-dung', VOICE, 500).start();
    const key = String((await requestAudio(api.baseUrl, 'bao-cao-dung', VOICE)).json!.jobId);
    await waitFor('the job to start encoding', async () => ((await currentAttempt(path.join(d.cacheDir, 'work'), key))?.encoding ? true : undefined), 30_000, 50);

    const signalledAt = Date.now();
    stopping.kill('SIGTERM');
    const exit = await stopping.exited;
    const drainedMs = Date.now() - signalledAt;
    console.log(`[faults] SIGTERM with a job running: the worker exited after ${drainedMs} ms (DRAIN_TIMEOUT_MS ${DRAIN_MS})`);
    expect(exit.code).toBe(0);
    expect(drainedMs).toBeLessThan(DRAIN_MS + 5000);
    expect(stopping.logs.find((e) => e.msg === 'shutdown: jobs handed back to the queue')?.handedBack).toBe(1);
    expect(stopping.logs.filter((e) => String(e.msg).startsWith('synthesis failed')), 'a hand-back is not logged as a failure').toEqual([]);

    // Handed back: waiting for the next worker, no attempt spent, nothing failed.
    const handedBack = await jobStatus(api.baseUrl, key);
    expect(handedBack?.state).toMatch(/^(waiting|prioritized)$/);
    expect(handedBack?.attempts).toBe(0);

    workers.push(await spawnWorker(d.env()));
    await expectCompleteAudio(api.baseUrl, 'bao-cao-dung', VOICE, sentences);
    const done = await waitFor('the job to complete', () => completedStatus(api.baseUrl, key), 10_000);
    expect(done?.state).toBe('completed');
    expect(done?.attempts).toBe(1);
    await probe.stop();
    expect(probe.violations()).toEqual([]);
  }, 180_000);
});

/** The job's status once it is completed (undefined before): for waitFor. */
async function completedStatus(baseUrl: string, key: string) {
  const status = await jobStatus(baseUrl, key);
  return status?.state === 'completed' ? status : undefined;
}
