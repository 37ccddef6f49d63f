/**
 * The conformance suite. Every engine, local or cloud, keeps the same contract: honest
 * limits, a voice for every ID, mono 16-bit PCM that is speech, a readiness check, aborts
 * honoured. Every cloud provider then meets the same requests, the same faults and the
 * same classification, driven directly and through the resilient synthesizer (real Redis)
 * for retries.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UndecodableAudioError } from '../../src/tts/decode.js';
import { PROVIDER_NAMES } from '../../src/tts/config.js';
import { ProviderError, type TtsProvider } from '../../src/tts/provider.js';
import { createSynthesizer, type Synthesizer } from '../../src/tts/resilient.js';
import { RetriesExhaustedError } from '../../src/tts/retry.js';
import { VOICE_IDS } from '../../src/voices.js';
import { HTML_ERROR_PAGE, makeWav } from './support/audio.js';
import { ENGINE_HARNESSES } from './support/engine-harnesses.js';
import { PROVIDER_HARNESSES, type CapturedRequest, type ProviderHarness } from './support/provider-mocks.js';
import { createTestRedis, type TestRedis } from './support/redis.js';

const TEXT = 'Hà Nội hôm nay trời nắng, nhiệt độ ba mươi hai độ.';

let testRedis: TestRedis;
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  testRedis = createTestRedis();
});
afterEach(() => nock.cleanAll());
afterAll(async () => {
  nock.enableNetConnect();
  await testRedis.cleanup();
  for (const harness of ENGINE_HARNESSES) harness.cleanup();
});

/** A synthesizer that records its waits instead of sleeping, so retry tests stay fast. */
function synthesizerFor(harness: ProviderHarness, sleeps: number[], retry = {}): Synthesizer {
  return createSynthesizer(harness.create({ timeoutMs: 300 }), {
    redis: testRedis.redis,
    prefix: testRedis.prefix,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50, maxTotalMs: 120_000, ...retry },
    hooks: { sleep: async (ms) => void sleeps.push(ms) },
  });
}

const peakOf = (pcm: Buffer) => {
  let peak = 0;
  for (let i = 0; i < pcm.length; i += 2) peak = Math.max(peak, Math.abs(pcm.readInt16LE(i)));
  return peak;
};

it('holds every engine the registry knows to the contract', () => {
  expect(ENGINE_HARNESSES.map((h) => h.name).sort()).toEqual([...PROVIDER_NAMES].sort());
});

describe.each(ENGINE_HARNESSES)('$name engine', (harness) => {
  let provider: TtsProvider;
  beforeAll(() => {
    provider = harness.create();
  });
  afterAll(() => provider.close?.());

  it('declares honest limits and a voice with its real accent and gender for every ID', () => {
    expect(provider.name).toBe(harness.name);
    expect(provider.limits.maxBytes).toBeGreaterThan(0);
    expect(provider.limits.concurrency).toBeGreaterThan(0);
    expect(provider.limits.paid).toBe(!harness.local);
    expect(provider.limits.local ?? false).toBe(harness.local);
    for (const id of VOICE_IDS) {
      expect(provider.voices[id].providerVoice).toBe(harness.expectedVoices[id]);
      expect(['north', 'central', 'south']).toContain(provider.voices[id].accent);
      expect(['female', 'male']).toContain(provider.voices[id].gender);
    }
  });

  it('passes its readiness check', async () => {
    await expect(provider.check()).resolves.toBeUndefined();
  });

  it.each(VOICE_IDS)('synthesizes %s into mono 16-bit PCM that is sound, at the rate it declares', async (voice) => {
    harness.expectSynthesis();
    const audio = await provider.synthesize({ text: TEXT, voice });
    expect(audio.pcm.length % 2).toBe(0);
    expect(audio.pcm.length / 2 / audio.sampleRate).toBeGreaterThan(0.15);
    expect(peakOf(audio.pcm)).toBeGreaterThan(1_000);
    if (provider.sampleRate !== undefined) expect(audio.sampleRate).toBe(provider.sampleRate);
    expect(harness.synthesisPending()).toBe(false);
  });

  it('rejects an aborted request without synthesizing', async () => {
    harness.expectSynthesis();
    const controller = new AbortController();
    controller.abort();
    await expect(provider.synthesize({ text: TEXT, voice: 'north-female', signal: controller.signal })).rejects.toThrow();
    await harness.settle();
    expect(harness.synthesisPending()).toBe(!harness.local);
  });
});

describe.each(PROVIDER_HARNESSES)('$name provider', (harness) => {
  it('declares honest limits and a voice for every ID', () => {
    const provider = harness.create();
    expect(provider.name).toBe(harness.name);
    expect(provider.limits.maxBytes).toBeGreaterThan(0);
    expect(provider.limits.concurrency).toBeGreaterThan(0);
    expect(provider.limits.paid).toBe(true);
    for (const id of VOICE_IDS) expect(provider.voices[id].providerVoice).toBe(harness.expectedVoices[id]);
  });

  it.each(VOICE_IDS)('synthesizes %s with the right voice and text', async (voice) => {
    const seen: CapturedRequest[] = [];
    harness.mockSuccess(makeWav({ sampleRate: 24_000, durationMs: 200 }), (request) => seen.push(request));
    const audio = await harness.create().synthesize({ text: TEXT, voice });
    expect(audio.sampleRate).toBe(24_000);
    expect(audio.pcm.length).toBe(24_000 * 0.2 * 2);
    expect(seen).toEqual([{ voice: harness.expectedVoices[voice], text: TEXT, credential: 'test-key' }]);
  });

  it('retries a 429, waiting at least its Retry-After, then succeeds', async () => {
    const sleeps: number[] = [];
    harness.mockFailure({ status: 429, headers: { 'retry-after': '2' }, body: { message: 'Too many requests' } });
    harness.mockSuccess(makeWav());
    const synthesizer = synthesizerFor(harness, sleeps);
    const result = await synthesizer.synthesize({ text: TEXT, voice: 'north-female' });
    expect(result.attempts).toBe(2);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(2_000);
    expect(result.chars).toBe(Array.from(TEXT).length);
    expect(nock.isDone()).toBe(true);
  });

  it('fails with a clear reason after repeated 5xx, within the attempt bound', async () => {
    const sleeps: number[] = [];
    for (let i = 0; i < 3; i += 1) harness.mockFailure({ status: 503, body: 'Service Unavailable: backend overloaded' });
    harness.mockSuccess(makeWav()); // must never be reached
    const error = await synthesizerFor(harness, sleeps).synthesize({ text: TEXT, voice: 'south-male' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect((error as RetriesExhaustedError).attempts).toBe(3);
    expect((error as Error).message).toContain(`${harness.name}: HTTP 503`);
    expect((error as Error).message).toContain('backend overloaded');
    expect((error as Error).message).toContain('gave up after 3 attempts');
    expect(sleeps).toHaveLength(2);
    expect(nock.pendingMocks().length).toBeGreaterThan(0); // the success was never requested
  });

  it('times out a request that hangs, as a retryable error', async () => {
    harness.mockSlow(2_000, makeWav());
    const started = Date.now();
    const error = await harness.create({ timeoutMs: 150 }).synthesize({ text: TEXT, voice: 'north-male' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).message).toMatch(/timed out/);
    expect((error as ProviderError).retryable).toBe(true);
  });

  it('rejects an HTML page served as audio, and gives up after two such replies', async () => {
    harness.mockSuccess(HTML_ERROR_PAGE);
    const direct = await harness.create().synthesize({ text: TEXT, voice: 'south-female' }).catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(UndecodableAudioError);

    harness.mockSuccess(HTML_ERROR_PAGE);
    harness.mockSuccess(HTML_ERROR_PAGE);
    harness.mockSuccess(makeWav()); // never reached
    const error = await synthesizerFor(harness, [], { maxAttempts: 5 }).synthesize({ text: TEXT, voice: 'south-female' }).catch((e: unknown) => e);
    expect((error as RetriesExhaustedError).attempts).toBe(2);
    expect((error as Error).message).toMatch(/undecodable audio.*502 Bad Gateway/);
  });

  it('fails an auth error at once, with the provider message, after exactly one request', async () => {
    harness.mockFailure({ status: 401, body: { message: 'Invalid API key provided', error: { code: 401, message: 'Invalid API key provided' } } });
    harness.mockSuccess(makeWav()); // a retry would consume this
    const pendingBefore = nock.pendingMocks().length;
    const error = await synthesizerFor(harness, []).synthesize({ text: TEXT, voice: 'north-female' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect((error as ProviderError).kind).toBe('permanent');
    expect((error as ProviderError).options.status).toBe(401);
    expect((error as Error).message).toContain('Invalid API key provided');
    expect((error as Error).message).toContain('not retried');
    expect((error as RetriesExhaustedError).attempts).toBe(1);
    expect(nock.pendingMocks().length).toBe(pendingBefore - 1); // one request, the failing one
  });

  it('fails 400 and 403 permanently', async () => {
    for (const status of [400, 403]) {
      harness.mockFailure({ status, body: { message: `refused ${status}` } });
      const error = await harness.create().synthesize({ text: TEXT, voice: 'north-female' }).catch((e: unknown) => e);
      expect((error as ProviderError).kind).toBe('permanent');
      expect((error as ProviderError).options.status).toBe(status);
    }
  });
});
