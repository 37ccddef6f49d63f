/**
 * "Nothing unspeakable reaches an engine", end to end: an article full of digits,
 * currency symbols, units, single letters, initials and codes goes through the real API and
 * worker to a paid provider (Viettel, nock'd: the only stand-in); every request the provider
 * receives holds words and prosody punctuation only, and the fallback readings are listed
 * in the manifest and the job's status for editors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nock from 'nock';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWav } from '../tts/support/audio.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const ARTICLE = readFileSync(path.join(import.meta.dirname, '../fixtures/text/guarantee/tricky-article.txt'), 'utf8');
const DIGIT = /\d/;
const CURRENCY = /[$€£¥₫₩₹₽₭฿₱¢₺₣%‰]/u;
const SINGLE_LETTER = /(?<![\p{L}\p{M}'’])(?:[b-df-hj-np-tvwxzđB-DF-HJ-NP-TVWXZĐ]|\p{Lu})(?![\p{L}\p{M}'’])/u;

describe('what a paid provider receives', () => {
  let t: TestService;
  const sent: string[] = [];
  beforeAll(async () => {
    nock('https://viettel.test')
      .persist()
      .post('/tts')
      .reply(200, (_uri, body) => {
        sent.push((body as { text: string }).text);
        return makeWav({ sampleRate: 22050, durationMs: 300 });
      });
    t = await startTestService({ env: { TTS_PROVIDER: 'viettel', VIETTEL_TOKEN: 'k', VIETTEL_TTS_URL: 'https://viettel.test/tts' } });
  });
  afterAll(async () => {
    await t?.close();
    nock.cleanAll();
  });

  it('is only speakable Vietnamese, and the fallbacks are listed for editors', async () => {
    await request(t.baseUrl).put('/v1/articles/kho-doc').set('Authorization', t.auth).send({ text: ARTICLE }).expect(201);
    await request(t.baseUrl).get('/v1/articles/kho-doc/audio?voice=north-female').expect(202);
    const manifest = await waitForAudio(t.baseUrl, 'kho-doc', 'north-female', 120_000);
    expect(sent.length).toBeGreaterThanOrEqual(manifest.segments.length);
    for (const text of sent) {
      expect(text, text).not.toMatch(DIGIT);
      expect(text, text).not.toMatch(CURRENCY);
      expect(text, text).not.toMatch(SINGLE_LETTER);
    }
    const job = (await request(t.baseUrl).get(`/v1/jobs/${manifest.key}`).expect(200)).body;
    expect(job.warnings).toEqual((manifest.warnings ?? []).slice(0, 100));
    for (const warning of manifest.warnings ?? []) {
      expect(warning.sentence).toBeGreaterThanOrEqual(0);
      expect(manifest.segments[warning.sentence].text).toContain(warning.token);
    }
  }, 150_000);
});
