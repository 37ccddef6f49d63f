/**
 * A Redis the test owns (redis-server on a free port, no persistence) stopped under a
 * running API and worker, then started again, empty, on the same port.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH, createDeployment, REPO_ROOT, sleep, spawnApi, spawnWorker, startOwnRedis, waitFor, type Deployment, type OwnRedis, type ServiceProcess } from '../helpers/processes.js';
import { expectCompleteAudio, ListenerProbe, putArticle, requestAudio, sentenceCount, waitForManifest } from './support/listener.js';

const TEXT = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles/dak-lak-ca-phe.txt'), 'utf8');
const OTHER_TEXT = TEXT.replace('Sáng 12-11', 'Chiều 13-11').replace('213.000 ha', '214.500 ha');
const THIRD_TEXT = TEXT.replace('Sáng 12-11', 'Sáng 14-11');
const VOICE = 'south-female';
/** What "quickly" means for an answer while Redis is down. */
const QUICK_MS = 2000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

describe('Redis stopped and started again', () => {
  let redis: OwnRedis;
  let d: Deployment;
  let api: ServiceProcess & { baseUrl: string };
  let worker: ServiceProcess;

  beforeAll(async () => {
    redis = await startOwnRedis();
    d = await createDeployment({ redisUrl: redis.url });
    api = await spawnApi(d.env());
    worker = await spawnWorker(d.env());
  });
  afterAll(async () => {
    await Promise.all([api?.stop('SIGKILL'), worker?.stop('SIGKILL')]);
    await redis?.stop();
    await d?.cleanUp();
  });

  it('keeps storing articles and answering quickly while it is down, and everything recovers once it is back', async () => {
    expect((await putArticle(api.baseUrl, 'truoc-su-co', { text: TEXT })).status).toBe(201);
    await waitForManifest(api.baseUrl, 'truoc-su-co', VOICE);
    const sentences = await sentenceCount(api.baseUrl, TEXT);
    const probe = new ListenerProbe(api.baseUrl, 'truoc-su-co', VOICE, 300).start();

    await redis.stop();

    // Articles live in their own store: a PUT still stores them.
    const put = await timed(() => putArticle(api.baseUrl, 'trong-su-co', { text: OTHER_TEXT }));
    expect(put.value.status).toBe(201);
    expect(put.ms).toBeLessThan(QUICK_MS);

    // Asked for generation now: stored, and generation deferred (not a 503 for a stored article).
    const pregenerate = await timed(() => putArticle(api.baseUrl, 'hoan-lai', { text: THIRD_TEXT, pregenerate: true }));
    expect(pregenerate.value.status).toBe(201);
    expect(pregenerate.value.body).toMatchObject({ id: 'hoan-lai', generation: { state: 'deferred', voices: expect.arrayContaining([VOICE]) } });
    expect(pregenerate.ms).toBeLessThan(QUICK_MS);

    // Audio that cannot be queued: 503 with Retry-After, at once.
    const audio = await timed(() => requestAudio(api.baseUrl, 'trong-su-co', VOICE));
    expect(audio.value.status).toBe(503);
    expect(Number(audio.value.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(audio.value.json).toMatchObject({ error: { code: 'unavailable' } });
    expect(audio.ms).toBeLessThan(QUICK_MS);

    const ready = await timed(() => fetch(`${api.baseUrl}/readyz`, { signal: AbortSignal.timeout(10_000) }));
    expect(ready.value.status).toBe(503);
    expect(ready.value.headers.get('retry-after')).toBeTruthy();
    expect(((await ready.value.json()) as { checks: Record<string, string> }).checks.redis).not.toBe('ok');
    expect(ready.ms).toBeLessThan(QUICK_MS);

    // Prometheus keeps its process metrics: the scrape answers without the Redis figures.
    const metrics = await timed(() => fetch(`${api.baseUrl}/metrics`, { signal: AbortSignal.timeout(10_000) }).then(async (r) => ({ status: r.status, text: await r.text() })));
    expect(metrics.value.status).toBe(200);
    expect(metrics.value.text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(metrics.value.text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(metrics.ms).toBeLessThan(QUICK_MS);
    console.log(`[faults] while Redis is down: PUT ${put.ms} ms, PUT+pregenerate ${pregenerate.ms} ms, audio 503 ${audio.ms} ms, /readyz 503 ${ready.ms} ms, /metrics ${metrics.ms} ms`);

    // An outage longer than the clients' first reconnection attempts: answers stay quick throughout.
    const slowest = { audio: 0, readyz: 0 };
    for (const until = Date.now() + 25_000; Date.now() < until; ) {
      slowest.audio = Math.max(slowest.audio, (await timed(() => requestAudio(api.baseUrl, 'trong-su-co', VOICE))).ms);
      slowest.readyz = Math.max(slowest.readyz, (await timed(() => fetch(`${api.baseUrl}/readyz`))).ms);
      await sleep(500);
    }
    expect(slowest.audio).toBeLessThan(QUICK_MS);
    expect(slowest.readyz).toBeLessThan(QUICK_MS);
    console.log(`[faults] over a 25 s outage the slowest audio answer took ${slowest.audio} ms, the slowest /readyz ${slowest.readyz} ms`);

    await redis.start();
    const backAt = Date.now();
    await waitFor('/readyz to answer 200 again', async () => ((await fetch(`${api.baseUrl}/readyz`)).status === 200 ? true : undefined), 60_000, 100);
    const readyAfterMs = Date.now() - backAt;
    // No request hangs on a queue client still reconnecting: each answers quickly, 503 until it can queue.
    let slowestRecovering = 0;
    await waitFor(
      'the audio route to queue again',
      async () => {
        const answer = await timed(() => requestAudio(api.baseUrl, 'trong-su-co', VOICE, 30_000));
        slowestRecovering = Math.max(slowestRecovering, answer.ms);
        expect([202, 503]).toContain(answer.value.status);
        return answer.value.status === 202 ? true : undefined;
      },
      60_000,
      100,
    );
    expect(slowestRecovering).toBeLessThan(QUICK_MS);
    const queuedAfterMs = Date.now() - backAt;

    // The deferred generation was queued by a worker draining the outbox, before anyone asked.
    const viaOutbox = await waitFor(
      'the outbox to queue the deferred generation',
      async () => {
        const res = await fetch(`${api.baseUrl}/v1/articles/hoan-lai`, { headers: { Authorization: AUTH } });
        if (res.status !== 200) return undefined;
        const voices = ((await res.json()) as { audio: Record<string, { state: string }> }).audio;
        return voices[VOICE].state !== 'none' ? voices[VOICE].state : undefined;
      },
      30_000,
      200,
    );
    expect(viaOutbox).toMatch(/^(pending|ready)$/);
    const generatedAfterMs = Date.now() - backAt;
    // BullMQ's own reconnection back-off (up to 20 s) made this 10–20 s after an outage this long.
    expect(queuedAfterMs).toBeLessThan(8000);
    await expectCompleteAudio(api.baseUrl, 'trong-su-co', VOICE, sentences);
    await expectCompleteAudio(api.baseUrl, 'hoan-lai', VOICE, sentences);
    const completeAfterMs = Date.now() - backAt;
    console.log(
      `[faults] after Redis is back: /readyz 200 in ${readyAfterMs} ms, audio queued in ${queuedAfterMs} ms, outbox drained within ${generatedAfterMs} ms, both audios complete in ${completeAfterMs} ms`,
    );

    await probe.stop();
    console.log(`[faults] the listener of ready audio, through the outage: ${JSON.stringify(probe.countsByStatus())}`);
    expect(probe.violations()).toEqual([]);
  }, 180_000);
});
