/**
 * What crashed workers and failed jobs leave behind: encoder files named after the dead
 * worker (`work/.encoders/<host>-<pid>-*.mp3`), the job's work directory. They are removed
 * when a worker starts, and while they exist they count toward CACHE_MAX_BYTES.
 */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeployment, REPO_ROOT, spawnApi, spawnWorker, waitFor, type Deployment, type ServiceProcess } from '../helpers/processes.js';
import { currentAttempt, encoderFiles, jobStatus } from './support/jobs.js';
import { expectCompleteAudio, ListenerProbe, putArticle, requestAudio, sentenceCount, waitForManifest } from './support/listener.js';

const SHORT_TEXT = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles/dak-lak-ca-phe.txt'), 'utf8');
const LONG_TEXT = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles/bao-cao-kinh-te-dai.txt'), 'utf8');
const VOICE = 'south-female';

const exists = (file: string) => fs.stat(file).then(() => true, () => false);

describe('leftovers of a killed worker and of a failed job', () => {
  let d: Deployment;
  let api: ServiceProcess & { baseUrl: string };
  const workers: ServiceProcess[] = [];
  const workDir = () => path.join(d.cacheDir, 'work');

  beforeAll(async () => {
    d = await createDeployment({ env: { DEMO_MAX_CHARS: '100000' } });
    api = await spawnApi(d.env());
  });
  afterAll(async () => {
    await Promise.all([api, ...workers].map((p) => p?.stop('SIGKILL')));
    await d?.cleanUp();
  });

  it('are removed when workers start, and count toward CACHE_MAX_BYTES while they exist', async () => {
    const first = await spawnWorker(d.env());
    workers.push(first);
    expect((await putArticle(api.baseUrl, 'ngan', { text: SHORT_TEXT })).status).toBe(201);
    const short = await waitForManifest(api.baseUrl, 'ngan', VOICE);
    const shortBytes = short.mp3.bytes;

    expect((await putArticle(api.baseUrl, 'dai', { text: LONG_TEXT })).status).toBe(201);
    const sentences = await sentenceCount(api.baseUrl, LONG_TEXT);
    const key = String((await requestAudio(api.baseUrl, 'dai', VOICE)).json!.jobId);
    const probe = new ListenerProbe(api.baseUrl, 'dai', VOICE, 500).start();
    await waitFor('the long job to be encoding', async () => ((await currentAttempt(workDir(), key))?.encoding ? true : undefined), 30_000, 50);
    await first.stop('SIGKILL');
    expect((await encoderFiles(workDir())).some((f) => f.pid === first.pid), 'the killed worker left its encoder file').toBe(true);
    expect(await exists(path.join(workDir(), key, 'progress.json')), 'and the job\'s work directory').toBe(true);

    // A worker that lets no job survive a crash: the job fails for good once its lock runs out.
    const strict = await spawnWorker(d.env({ MAX_STALLS: '0' }));
    workers.push(strict);
    await waitFor('the dead worker\'s encoder files to be removed', async () => ((await encoderFiles(workDir())).some((f) => f.pid === first.pid) ? undefined : true), 10_000);
    const failed = await waitFor('the crashed job to fail', async () => ((await jobStatus(api.baseUrl, key))?.state === 'failed' ? true : undefined), 30_000, 200);
    expect(failed).toBe(true);
    expect(await exists(path.join(workDir(), key)), 'the failed job\'s work directory is still there').toBe(true);
    await strict.stop('SIGTERM');

    // The next worker to start clears the work directory of the job no worker holds.
    workers.push(await spawnWorker(d.env({ DRAIN_TIMEOUT_MS: '0', CACHE_MAX_BYTES: String(Math.round(shortBytes * 1.5)), EVICTION_INTERVAL_MS: '1000' })));
    await waitFor('the failed job\'s work directory to be removed', async () => ((await exists(path.join(workDir(), key))) ? undefined : true), 10_000);

    // Work files count: while the long job runs again, its growing MP3 pushes the store over
    // a bound the finished audio alone is under, and the finished audio is evicted before the job ends.
    const retried = await fetch(`${api.baseUrl}/v1/articles/dai/audio?voice=${VOICE}&retry=1`);
    expect(retried.status).toBe(202);
    const shortManifest = path.join(d.cacheDir, 'audio', `${short.key}.json`);
    await waitFor('the finished audio to be evicted', async () => ((await exists(shortManifest)) ? undefined : true), 30_000, 50);
    expect((await jobStatus(api.baseUrl, key))?.state, 'evicted while the long job is still running').toBe('active');

    // Hand the job to a worker with room for it; it finishes whole.
    await workers.at(-1)!.stop('SIGTERM');
    workers.push(await spawnWorker(d.env()));
    await expectCompleteAudio(api.baseUrl, 'dai', VOICE, sentences);
    await probe.stop();
    expect(probe.violations()).toEqual([]);
  }, 180_000);
});
