/** The synthesizer around a fake provider, against the real Redis. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UndecodableAudioError } from '../../src/tts/decode.js';
import { ProviderError, type ProviderLimits, type TtsProvider } from '../../src/tts/provider.js';
import { createSynthesizer } from '../../src/tts/resilient.js';
import { createTestRedis, type TestRedis } from './support/redis.js';

let testRedis: TestRedis;
beforeAll(() => {
  testRedis = createTestRedis();
});
afterAll(() => testRedis.cleanup());

const VOICE = { providerVoice: 'x', accent: 'north', gender: 'female' } as const;

/** A provider whose replies are scripted: each call takes the next outcome. */
function scriptedProvider(name: string, outcomes: (Error | 'ok')[], limits: Partial<ProviderLimits> = {}) {
  let calls = 0;
  let running = 0;
  let peak = 0;
  const provider: TtsProvider = {
    name,
    limits: { maxBytes: 1000, concurrency: 2, paid: true, ...limits },
    readsForeignWords: true,
    voices: { 'north-female': VOICE, 'north-male': VOICE, 'south-female': VOICE, 'south-male': VOICE, 'central-female': VOICE, 'central-male': VOICE },
    async synthesize() {
      const outcome = outcomes[Math.min(calls, outcomes.length - 1)];
      calls += 1;
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 15));
      running -= 1;
      if (outcome !== 'ok') throw outcome;
      return { sampleRate: 16_000, pcm: Buffer.alloc(320) };
    },
    async check() {},
  };
  return { provider, calls: () => calls, peak: () => peak };
}

const fastRetry = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 };

describe('createSynthesizer', () => {
  it('counts characters (code points) per call and in total for a paid provider', async () => {
    const fake = scriptedProvider('paid', ['ok']);
    const synthesizer = createSynthesizer(fake.provider, { redis: testRedis.redis, prefix: testRedis.prefix });
    const first = await synthesizer.synthesize({ text: 'Xin chào', voice: 'north-female' });
    const second = await synthesizer.synthesize({ text: 'Việt Nam', voice: 'north-female' });
    expect([first.chars, second.chars]).toEqual([8, 8]);
    expect(await synthesizer.totalChars()).toBe(16);
    expect(await testRedis.redis.get(`${testRedis.prefix}:tts:paid:chars`)).toBe('16');
  });

  it('counts nothing for a free engine', async () => {
    const fake = scriptedProvider('free', ['ok'], { paid: false, local: true });
    const synthesizer = createSynthesizer(fake.provider, { redis: testRedis.redis, prefix: testRedis.prefix });
    expect((await synthesizer.synthesize({ text: 'Xin chào', voice: 'north-female' })).chars).toBe(0);
    expect(await synthesizer.totalChars()).toBe(0);
  });

  it('holds the provider concurrency across synthesizers sharing Redis', async () => {
    const fake = scriptedProvider('shared', ['ok'], { concurrency: 2 });
    const workers = [1, 2, 3].map(() => createSynthesizer(fake.provider, { redis: testRedis.redis, prefix: testRedis.prefix }));
    await Promise.all(Array.from({ length: 9 }, (_, i) => workers[i % 3].synthesize({ text: 'a', voice: 'north-male' })));
    expect(fake.peak()).toBe(2);
  });

  it('retries retryable errors and reports the attempts', async () => {
    const fake = scriptedProvider('flaky', [new ProviderError('flaky: HTTP 502', 'retryable', { provider: 'flaky', status: 502 }), 'ok']);
    const synthesizer = createSynthesizer(fake.provider, { redis: testRedis.redis, prefix: testRedis.prefix, retry: fastRetry });
    const result = await synthesizer.synthesize({ text: 'a', voice: 'south-female' });
    expect(result.attempts).toBe(2);
    expect(fake.calls()).toBe(2);
  });

  it('treats undecodable audio as retryable once, then fails the chunk', async () => {
    const fake = scriptedProvider('garbage', [new UndecodableAudioError('garbage', 'reply is an HTML/XML page, not audio')]);
    const synthesizer = createSynthesizer(fake.provider, { redis: testRedis.redis, prefix: testRedis.prefix, retry: fastRetry });
    const error = await synthesizer.synthesize({ text: 'a', voice: 'south-male' }).catch((e: unknown) => e);
    expect(fake.calls()).toBe(2);
    expect((error as ProviderError).kind).toBe('permanent');
    expect((error as Error).message).toMatch(/garbage: undecodable audio: reply is an HTML\/XML page.*2 undecodable replies/);
  });

  it('does not count characters of a failed chunk', async () => {
    const fake = scriptedProvider('fails', [new ProviderError('fails: HTTP 400: bad voice', 'permanent', { provider: 'fails', status: 400 })]);
    const synthesizer = createSynthesizer(fake.provider, { redis: testRedis.redis, prefix: testRedis.prefix });
    await expect(synthesizer.synthesize({ text: 'abc', voice: 'north-female' })).rejects.toThrow(/bad voice/);
    expect(await synthesizer.totalChars()).toBe(0);
  });

  it('opens and closes its own connection from a URL', async () => {
    const fake = scriptedProvider('own', ['ok']);
    const synthesizer = createSynthesizer(fake.provider, { redis: 'redis://127.0.0.1:6379', prefix: testRedis.prefix });
    await synthesizer.synthesize({ text: 'ab', voice: 'north-female' });
    await synthesizer.close();
    expect(await testRedis.redis.get(`${testRedis.prefix}:tts:own:chars`)).toBe('2');
  });
});
