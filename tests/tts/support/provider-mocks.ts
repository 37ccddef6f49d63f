/**
 * One nock harness per cloud provider, so a single conformance suite can drive them all:
 * each knows how to answer with audio, with an HTTP error, slowly, or with an error page,
 * and how to read back the voice and text a request carried.
 */
import nock from 'nock';
import { createFptProvider } from '../../../src/tts/fpt.js';
import { createGoogleProvider } from '../../../src/tts/google.js';
import type { TtsProvider } from '../../../src/tts/provider.js';
import { createViettelProvider } from '../../../src/tts/viettel.js';
import { createZaloProvider } from '../../../src/tts/zalo.js';
import type { VoiceId } from '../../../src/voices.js';

/** What a provider request carried, as the provider's API names it. */
export interface CapturedRequest {
  voice: string;
  text: string;
  credential: string | undefined;
}

export interface FailureReply {
  status: number;
  body?: string | object;
  headers?: Record<string, string>;
}

export interface ProviderHarness {
  name: string;
  /** The provider voice each voice ID must be sent as. */
  expectedVoices: Record<VoiceId, string>;
  create(options?: { timeoutMs?: number }): TtsProvider;
  /** Queues one successful synthesis returning `audio`; `onRequest` sees each request. */
  mockSuccess(audio: Buffer, onRequest?: (request: CapturedRequest) => void): void;
  /** Queues one synthesis request failing with `reply`. */
  mockFailure(reply: FailureReply): void;
  /** Queues one synthesis request that answers after `delayMs`. */
  mockSlow(delayMs: number, audio: Buffer): void;
  /** The URL host every synthesis request goes to (to count requests). */
  synthesisScope(): nock.Scope;
}

const KEY = 'test-key';

function stripSsml(ssml: string): string {
  return ssml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

function failureBody(reply: FailureReply): string | object {
  return reply.body ?? { message: `failure ${reply.status}` };
}

const google: ProviderHarness = {
  name: 'google',
  expectedVoices: { 'north-female': 'vi-VN-Neural2-A', 'north-male': 'vi-VN-Neural2-D', 'south-female': 'vi-VN-Neural2-A', 'south-male': 'vi-VN-Neural2-D', 'central-female': 'vi-VN-Neural2-A', 'central-male': 'vi-VN-Neural2-D' },
  create: (options) => createGoogleProvider({ apiKey: KEY, projectId: 'test-project', endpoint: 'http://google-tts.test', timeoutMs: options?.timeoutMs ?? 5_000 }),
  synthesisScope: () => nock('http://google-tts.test'),
  mockSuccess(audio, onRequest) {
    nock('http://google-tts.test').post('/v1beta1/text:synthesize').query(true).reply(200, (_uri, body, ) => {
      const request = body as { input: { text?: string; ssml?: string }; voice: { name: string } };
      const text = request.input.text ?? stripSsml(request.input.ssml ?? '');
      onRequest?.({ voice: request.voice.name, text: text.replace(/\s+/g, ' ').trim(), credential: KEY });
      return { audioContent: audio.toString('base64'), timepoints: [{ markName: 'w0', timeSeconds: 0 }] };
    });
  },
  mockFailure(reply) {
    const message = typeof reply.body === 'string' ? reply.body : `failure ${reply.status}`;
    nock('http://google-tts.test').post('/v1beta1/text:synthesize').query(true)
      .reply(reply.status, reply.body ?? { error: { code: reply.status, message, status: 'ERROR' } }, reply.headers);
  },
  mockSlow(delayMs, audio) {
    nock('http://google-tts.test').post('/v1beta1/text:synthesize').query(true).delay(delayMs).reply(200, { audioContent: audio.toString('base64') });
  },
};

const zalo: ProviderHarness = {
  name: 'zalo',
  expectedVoices: { 'north-female': '2', 'north-male': '4', 'south-female': '1', 'south-male': '3', 'central-female': '2', 'central-male': '4' },
  create: (options) => createZaloProvider({ apiKey: KEY, url: 'https://zalo.test/v1/tts/synthesize', timeoutMs: options?.timeoutMs ?? 5_000, downloadIntervalMs: 10 }),
  synthesisScope: () => nock('https://zalo.test'),
  mockSuccess(audio, onRequest) {
    const file = `/audio/${Math.random().toString(36).slice(2)}.wav`;
    nock('https://zalo.test').post('/v1/tts/synthesize').reply(200, function (_uri, body) {
      const form = new URLSearchParams(String(body));
      onRequest?.({ voice: form.get('speaker_id') ?? '', text: form.get('input') ?? '', credential: this.req.headers.apikey as string });
      return { error_code: 0, error_message: 'Successful.', data: { url: `https://zalo-cdn.test${file}` } };
    });
    nock('https://zalo-cdn.test').get(file).reply(200, audio, { 'content-type': 'audio/wav' });
  },
  mockFailure(reply) {
    nock('https://zalo.test').post('/v1/tts/synthesize').reply(reply.status, failureBody(reply), reply.headers);
  },
  mockSlow(delayMs, audio) {
    nock('https://zalo.test').post('/v1/tts/synthesize').delay(delayMs).reply(200, { error_code: 0, data: { url: 'https://zalo-cdn.test/slow.wav' } });
    nock('https://zalo-cdn.test').get('/slow.wav').optionally().reply(200, audio);
  },
};

const viettel: ProviderHarness = {
  name: 'viettel',
  expectedVoices: { 'north-female': 'hn-quynhanh', 'north-male': 'hn-thanhtung', 'south-female': 'hcm-diemmy', 'south-male': 'hcm-minhquan', 'central-female': 'hue-maingoc', 'central-male': 'hue-baoquoc' },
  create: (options) => createViettelProvider({ token: KEY, url: 'https://viettel.test/tts/speech_synthesis', timeoutMs: options?.timeoutMs ?? 5_000 }),
  synthesisScope: () => nock('https://viettel.test'),
  mockSuccess(audio, onRequest) {
    nock('https://viettel.test').post('/tts/speech_synthesis').reply(200, (_uri, body) => {
      const request = body as { text: string; voice: string; token: string };
      onRequest?.({ voice: request.voice, text: request.text, credential: request.token });
      return audio;
    }, { 'content-type': 'audio/wav' });
  },
  mockFailure(reply) {
    nock('https://viettel.test').post('/tts/speech_synthesis').reply(reply.status, failureBody(reply), reply.headers);
  },
  mockSlow(delayMs, audio) {
    nock('https://viettel.test').post('/tts/speech_synthesis').delay(delayMs).reply(200, audio, { 'content-type': 'audio/wav' });
  },
};

const fpt: ProviderHarness = {
  name: 'fpt',
  expectedVoices: { 'north-female': 'banmai', 'north-male': 'leminh', 'south-female': 'lannhi', 'south-male': 'minhquang', 'central-female': 'myan', 'central-male': 'giahuy' },
  create: (options) => createFptProvider({ apiKey: KEY, url: 'https://fpt.test/hmi/tts/v5', timeoutMs: options?.timeoutMs ?? 5_000, pollIntervalMs: 10, pollTimeoutMs: 2_000 }),
  synthesisScope: () => nock('https://fpt.test'),
  mockSuccess(audio, onRequest) {
    const file = `/file/${Math.random().toString(36).slice(2)}.wav`;
    nock('https://fpt.test').post('/hmi/tts/v5').reply(200, function (_uri, body) {
      onRequest?.({ voice: this.req.headers.voice as string, text: String(body), credential: this.req.headers['api-key'] as string });
      return { async: `https://fpt-cdn.test${file}`, error: 0, message: 'The content will be returned after a few seconds', request_id: 'r1' };
    });
    // The file is not there on the first look: the provider must poll.
    nock('https://fpt-cdn.test').get(file).reply(404, 'Not Found');
    nock('https://fpt-cdn.test').get(file).reply(200, audio, { 'content-type': 'audio/wav' });
  },
  mockFailure(reply) {
    nock('https://fpt.test').post('/hmi/tts/v5').reply(reply.status, failureBody(reply), reply.headers);
  },
  mockSlow(delayMs) {
    nock('https://fpt.test').post('/hmi/tts/v5').delay(delayMs).reply(200, { async: 'https://fpt-cdn.test/slow.wav', error: 0 });
  },
};

/** Every cloud provider, for `describe.each`. */
export const PROVIDER_HARNESSES: ProviderHarness[] = [google, zalo, viettel, fpt];
