/**
 * `POST /v1/pregenerate?dryRun=1` against the real service (Redis, espeak-ng, ffmpeg; Zalo
 * nock'd): per engine the requests and characters, what is already there, minutes and cost
 * at the configured prices — and then the real run costs what the estimate said.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import nock from 'nock';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerationEstimate, ProviderEstimate } from '../../src/services/generation-estimate.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';
import { makeWav } from '../tts/support/audio.js';

const ORIGINAL_SENTENCE = 'Tổng mức đầu tư của dự án ước tính hơn 19.000 tỷ đồng.';
const SHORT = 'Chiều 30-11, Pleiku có mưa lớn kéo dài hai giờ. Nhiều tuyến phố bị ngập sâu.';

describe('dry run of a pre-generation batch', () => {
  let t: TestService;
  let zaloRequests: string[];
  let article: string;
  const api = () => request(t.baseUrl);
  const dryRun = (body: object, query = '?dryRun=1') => api().post(`/v1/pregenerate${query}`).set('Authorization', t.auth).send(body);
  const engine = (estimate: GenerationEstimate, name: string) => estimate.providers.find((p) => p.provider === name) as ProviderEstimate;
  const stored = async () => {
    const keys: string[] = [];
    for await (const object of t.services.objects.list('')) keys.push(object.key);
    return keys.filter((k) => !k.startsWith('articles/')).sort();
  };
  const jobCount = async () => Object.values(await t.services.queue.counts()).reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    zaloRequests = [];
    nock('https://zalo.test').persist().post('/tts').reply(200, (_uri, body) => {
      zaloRequests.push(new URLSearchParams(String(body)).get('input') ?? '');
      return { error_code: 0, data: { url: `https://cdn.zalo.test/${zaloRequests.length - 1}.wav` } };
    });
    nock('https://cdn.zalo.test').persist().get(/\.wav$/).reply(200, () => makeWav({ sampleRate: 24_000, durationMs: 300 }));
    t = await startTestService({
      env: { ZALO_API_KEY: 'k', ZALO_TTS_URL: 'https://zalo.test/tts', TTS_VOICE_PROVIDERS: 'south-male=zalo', TTS_PRICES: 'zalo=4.5,google=16' },
      worker: { retry: { baseDelayMs: 1, maxDelayMs: 5 } },
    });
    article = await fs.readFile(path.join(import.meta.dirname, '..', 'fixtures', 'editors', 'quang-ngai-cao-toc.txt'), 'utf8');
    await api().put('/v1/articles/cao-toc').set('Authorization', t.auth).send({ text: article }).expect(201);
    // The same article under another ID, one sentence corrected: its other 39 sentences are kept chunk audio.
    await api().put('/v1/articles/cao-toc-sua').set('Authorization', t.auth).send({ text: article.replace(ORIGINAL_SENTENCE, ORIGINAL_SENTENCE.replace('19.000', '19.500')) }).expect(201);
    await api().put('/v1/articles/mua-lon').set('Authorization', t.auth).send({ text: SHORT }).expect(201);
    await waitForAudio(t.baseUrl, 'cao-toc', 'south-male', 90_000);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('counts requests, characters, kept audio, minutes and cost per engine, and changes nothing', async () => {
    const requestsBefore = zaloRequests.length;
    const [storedBefore, jobsBefore] = [await stored(), await jobCount()];
    const res = await dryRun({ articles: ['cao-toc', 'cao-toc-sua', 'mua-lon'], voices: ['south-male', 'north-female'] }).expect(200);
    const estimate = res.body as GenerationEstimate;
    expect(res.headers['cache-control']).toBe('no-store');
    expect(estimate).toMatchObject({ dryRun: true, articles: 3, voices: ['south-male', 'north-female'], items: 6, readyItems: 1 });

    const zalo = engine(estimate, 'zalo');
    const shortSpoken = (await api().post('/v1/demo/preview').send({ text: SHORT }).expect(200)).body.sentences.map((s: { spoken: string }) => s.spoken);
    const corrected = 'Tổng mức đầu tư của dự án ước tính hơn mười chín nghìn năm trăm tỷ đồng.';
    const chars = (texts: string[]) => texts.reduce((sum, s) => sum + Array.from(s).length, 0);
    expect(zalo).toMatchObject({ voices: ['south-male'], paid: true, items: 3, readyItems: 1, requests: 40 + shortSpoken.length, cachedRequests: 39 });
    expect(zalo.billableRequests).toBe(1 + shortSpoken.length);
    expect(zalo.billableChars).toBe(Array.from(corrected).length + chars(shortSpoken));
    expect(zalo.pricePerMillionChars).toBe(4.5);
    expect(zalo.cost).toBeCloseTo((zalo.billableChars / 1e6) * 4.5, 4);

    const espeak = engine(estimate, 'espeak');
    expect(espeak).toMatchObject({ voices: ['north-female'], paid: false, items: 3, readyItems: 0, billableChars: 0, cost: 0 });
    expect(espeak.requests).toBe(40 + 40 + shortSpoken.length);
    expect(estimate.total).toMatchObject({ billableChars: zalo.billableChars, currency: 'USD', cost: zalo.cost });
    expect(estimate.basis.charsPerMinute).toBe(1070);

    // Nothing was queued, stored or sent.
    expect(zaloRequests.length).toBe(requestsBefore);
    expect(await stored()).toEqual(storedBefore);
    expect(await jobCount()).toBe(jobsBefore);
  });

  it('is what the real run then costs: the same requests and characters', async () => {
    const estimate = (await dryRun({ articles: ['cao-toc-sua'], voices: ['south-male'] }).expect(200)).body as GenerationEstimate;
    const before = zaloRequests.length;
    const manifest = await waitForAudio(t.baseUrl, 'cao-toc-sua', 'south-male', 60_000);
    const job = (await api().get(`/v1/jobs/${manifest.key}`).expect(200)).body;
    expect(zaloRequests.length - before).toBe(engine(estimate, 'zalo').billableRequests);
    expect(job.billedChars).toBe(engine(estimate, 'zalo').billableChars);
    // Now ready: nothing left to pay for.
    const again = (await dryRun({ articles: ['cao-toc-sua'], voices: ['south-male'] }).expect(200)).body as GenerationEstimate;
    expect(engine(again, 'zalo')).toMatchObject({ readyItems: 1, requests: 0, billableChars: 0, cost: 0 });
  }, 90_000);

  it('estimates audio minutes within 10% of what espeak-ng makes', async () => {
    const estimate = (await dryRun({ articles: ['cao-toc'], voices: ['north-female'] }).expect(200)).body as GenerationEstimate;
    const manifest = await waitForAudio(t.baseUrl, 'cao-toc', 'north-female', 90_000);
    const minutes = manifest.durationMs / 60_000;
    expect(Math.abs(engine(estimate, 'espeak').audioMinutes - minutes) / minutes).toBeLessThan(0.1);
  }, 90_000);

  it('refuses unknown flags, bad values and unknown articles, starting nothing', async () => {
    const jobsBefore = await jobCount();
    for (const [query, field] of [
      ['?dryRun=yes', 'dryRun'],
      ['?dryrun=1', 'dryrun'],
      ['?dryRun=1&dryRun=1', 'dryRun'],
      ['?dryRun=1&force=1', 'force'],
    ]) {
      const res = await dryRun({ articles: ['mua-lon'] }, query);
      expect(res.status, query).toBe(400);
      expect(res.body.error.field, query).toBe(field);
    }
    const unknown = await dryRun({ articles: ['mua-lon', 'khong-co'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('khong-co');
    await api().post('/v1/pregenerate?dryRun=1').send({ articles: ['mua-lon'] }).expect(401);
    // dryRun=0 is a real run.
    const real = await dryRun({ articles: ['mua-lon'], voices: ['north-male'] }, '?dryRun=0').expect(202);
    expect(real.body.batchId).toEqual(expect.any(String));
    expect(await jobCount()).toBe(jobsBefore + 1);
  });
});
