/**
 * "Text too long" never reaches a provider: the chunker cuts an over-long sentence to the
 * provider's declared limits, and each provider is sent only pieces within them.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chunkSentences } from '../../src/text/chunk.js';
import type { SpokenSentence } from '../../src/text/types.js';
import { makeWav } from './support/audio.js';
import { PROVIDER_HARNESSES, type CapturedRequest } from './support/provider-mocks.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** One sentence far longer than any provider accepts, with clause breaks to cut at. */
function overLongSentence(): SpokenSentence {
  const clause = 'người dân các tỉnh miền Trung đã chủ động gia cố nhà cửa, di dời tài sản lên nơi cao ráo';
  const text = `${Array.from({ length: 120 }, () => clause).join(', ')}.`;
  return { index: 0, text, spoken: text, charStart: 0, charEnd: text.length, paragraph: 0, words: [], warnings: [] };
}

describe.each(PROVIDER_HARNESSES)('$name with an over-long sentence', (harness) => {
  it('receives only chunks within its byte and character limits', async () => {
    const provider = harness.create();
    const sentence = overLongSentence();
    expect(Buffer.byteLength(sentence.spoken)).toBeGreaterThan(provider.limits.maxBytes);
    const chunks = chunkSentences([sentence], { maxBytes: provider.limits.maxBytes, maxChars: provider.limits.maxChars });
    expect(chunks.length).toBeGreaterThan(1);

    const seen: CapturedRequest[] = [];
    for (const _chunk of chunks) harness.mockSuccess(makeWav({ durationMs: 50 }), (request) => seen.push(request));
    for (const chunk of chunks) await provider.synthesize({ text: chunk.text, voice: 'south-female' });

    expect(seen).toHaveLength(chunks.length);
    for (const request of seen) {
      expect(Buffer.byteLength(request.text)).toBeLessThanOrEqual(provider.limits.maxBytes);
      if (provider.limits.maxChars) expect(Array.from(request.text).length).toBeLessThanOrEqual(provider.limits.maxChars);
    }
    // Nothing is lost between the chunks: every word of the sentence is sent, in order.
    expect(seen.map((request) => request.text).join(' ').split(/\s+/).join(' ')).toBe(sentence.spoken.split(/\s+/).join(' '));
  });
});
