/**
 * An API with no live worker: readiness and the audio status say so, instead of a 200 and
 * "queued" for ever. Then a worker starts (and the audio comes), and is killed (and
 * readiness notices within the heartbeat window).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeployment, REPO_ROOT, spawnApi, spawnWorker, waitFor, type Deployment, type ServiceProcess } from '../helpers/processes.js';
import { expectCompleteAudio, ListenerProbe, putArticle, requestAudio, sentenceCount } from './support/listener.js';

const TEXT = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles/dak-lak-ca-phe.txt'), 'utf8');
const VOICE = 'north-female';

async function readiness(baseUrl: string) {
  const res = await fetch(`${baseUrl}/readyz`);
  return { status: res.status, checks: ((await res.json()) as { checks: Record<string, string> }).checks };
}

describe('an API with no live worker', () => {
  let d: Deployment;
  let api: ServiceProcess & { baseUrl: string };
  let worker: ServiceProcess | undefined;

  beforeAll(async () => {
    d = await createDeployment();
    api = await spawnApi(d.env());
  });
  afterAll(async () => {
    await Promise.all([api?.stop('SIGKILL'), worker?.stop('SIGKILL')]);
    await d?.cleanUp();
  });

  it('is not ready and says no worker consumes the queue; the audio comes once one runs, and a killed worker is noticed', async () => {
    const before = await readiness(api.baseUrl);
    expect(before.status).toBe(503);
    expect(before.checks.workers).toMatch(/no worker/);
    expect(before.checks.redis).toBe('ok');

    expect((await putArticle(api.baseUrl, 'cho-worker', { text: TEXT })).status).toBe(201);
    const sentences = await sentenceCount(api.baseUrl, TEXT);
    const pending = await requestAudio(api.baseUrl, 'cho-worker', VOICE);
    expect(pending.status).toBe(202);
    expect(pending.json).toMatchObject({ status: 'queued', warning: expect.stringMatching(/no worker is consuming/) });

    const probe = new ListenerProbe(api.baseUrl, 'cho-worker', VOICE, 200).start();
    worker = await spawnWorker(d.env());
    await waitFor('readiness with a worker', async () => ((await readiness(api.baseUrl)).status === 200 ? true : undefined), 15_000, 200);
    await expectCompleteAudio(api.baseUrl, 'cho-worker', VOICE, sentences);
    await probe.stop();
    expect(probe.violations()).toEqual([]);

    await worker.stop('SIGKILL');
    const killedAt = Date.now();
    await waitFor('readiness to notice the dead worker', async () => ((await readiness(api.baseUrl)).checks.workers !== 'ok' ? true : undefined), 30_000, 250);
    const noticedMs = Date.now() - killedAt;
    console.log(`[faults] no worker: readiness reported the killed worker gone after ${(noticedMs / 1000).toFixed(1)} s`);
    expect(noticedMs).toBeLessThan(20_000);
    const other = TEXT.replace('Sáng 12-11', 'Sáng 15-11');
    expect((await putArticle(api.baseUrl, 'sau-worker', { text: other })).status).toBe(201);
    // The worker count is cached for two seconds: the warning shows on the next poll at the latest.
    const warned = await waitFor(
      'the audio status to warn',
      async () => {
        const answer = await requestAudio(api.baseUrl, 'sau-worker', VOICE);
        expect(answer.status).toBe(202);
        return typeof answer.json?.warning === 'string' ? answer.json.warning : undefined;
      },
      5000,
      500,
    );
    expect(warned).toMatch(/no worker/);
  }, 90_000);
});
