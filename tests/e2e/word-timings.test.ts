import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const TEXT = readFileSync(path.join(import.meta.dirname, '../fixtures/articles/dak-lak-ca-phe.txt'), 'utf8');

describe('word timings in the manifest (version 2, estimated)', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService();
  });
  afterAll(() => t?.close());

  it('gives every sentence its spoken words, inside the sentence in time and in text', async () => {
    await request(t.baseUrl).put('/v1/articles/ca-phe').set('Authorization', t.auth).send({ text: TEXT }).expect(201);
    const manifest = await waitForAudio(t.baseUrl, 'ca-phe', 'north-female');
    const clean = (await request(t.baseUrl).get('/v1/articles/ca-phe').set('Authorization', t.auth)).body.cleanText as string;
    expect(manifest).toMatchObject({ version: 2, wordTiming: 'estimated' });
    let words = 0;
    for (const segment of manifest.segments) {
      expect(segment.words?.length, segment.text).toBeGreaterThan(0);
      const first = segment.words![0];
      const last = segment.words!.at(-1)!;
      expect(first.startMs).toBe(segment.startMs);
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
