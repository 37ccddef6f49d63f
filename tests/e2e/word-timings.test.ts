import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const TEXT = readFileSync(path.join(import.meta.dirname, '../fixtures/articles/dak-lak-ca-phe.txt'), 'utf8');

describe('word timings in the manifest (version 2): exact from espeak-ng word events', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService();
  });
  afterAll(() => t?.close());

  it('gives every sentence its spoken words, inside the sentence in time and in text', async () => {
    await request(t.baseUrl).put('/v1/articles/ca-phe').set('Authorization', t.auth).send({ text: TEXT }).expect(201);
    const manifest = await waitForAudio(t.baseUrl, 'ca-phe', 'north-female');
    const clean = (await request(t.baseUrl).get('/v1/articles/ca-phe').set('Authorization', t.auth)).body.cleanText as string;
    // espeak-ng reports where each word starts: the timings are the engine's, not an estimate.
    expect(manifest).toMatchObject({ version: 2, wordTiming: 'exact' });
    let words = 0;
    for (const segment of manifest.segments) {
      expect(segment.words?.length, segment.text).toBeGreaterThan(0);
      const first = segment.words![0];
      const last = segment.words!.at(-1)!;
      // The first word starts at the sentence's first sound (its start), give or take the engine's lead-in.
      expect(first.startMs).toBeGreaterThanOrEqual(segment.startMs);
      expect(first.startMs).toBeLessThan(segment.startMs + 120);
      for (let i = 1; i < segment.words!.length; i++) expect(segment.words![i].startMs).toBeGreaterThanOrEqual(segment.words![i - 1].startMs);
      // Speech ends before the pause that follows the sentence.
      expect(last.endMs).toBeLessThanOrEqual(segment.endMs);
      if (segment.i < manifest.segments.length - 1) expect(last.endMs).toBeLessThan(segment.endMs - 100);
      for (const word of segment.words!) {
        expect(word.charStart).toBeGreaterThanOrEqual(segment.charStart);
        expect(word.charEnd).toBeLessThanOrEqual(segment.charEnd);
        expect(clean.slice(word.charStart, word.charEnd)).toMatch(/^[\p{L}\p{N}]/u);
      }
      words += segment.words!.length;
    }
    console.log(`${manifest.segments.length} sentences, ${words} timed words, ${manifest.durationMs} ms`);
  });
});
