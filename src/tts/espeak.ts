import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { VoiceId } from '../voices.js';
import { ProviderError, type ProviderVoice, type SynthesisRequest, type SynthesizedAudio, type TtsProvider } from './provider.js';

/** espeak-ng voice + variant for each voice ID: `vi` is northern, `vi-vn-x-south` southern. */
const ESPEAK_VOICES: Record<VoiceId, ProviderVoice> = {
  'north-female': { providerVoice: 'vi+f2', accent: 'north', gender: 'female' },
  'north-male': { providerVoice: 'vi+m3', accent: 'north', gender: 'male' },
  'south-female': { providerVoice: 'vi-vn-x-south+f4', accent: 'south', gender: 'female' },
  'south-male': { providerVoice: 'vi-vn-x-south+m1', accent: 'south', gender: 'male' },
};

/** libespeak-ng always synthesizes at this rate. */
const ESPEAK_SAMPLE_RATE = 22050;

interface ThreadReply {
  id: number;
  error?: string;
  sampleRate?: number;
  pcm?: ArrayBuffer;
  words?: SynthesizedAudio['words'];
}

/**
 * Finds the worker-thread script: beside this module (src/ under tests, dist/ when built),
 * or one level up when this module was bundled into dist/chunks/.
 */
function threadScriptUrl(): URL {
  const candidates = ['./espeak-thread.mjs', '../espeak-thread.mjs', '../src/tts/espeak-thread.mjs'];
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`espeak-thread.mjs not found near ${import.meta.url}; run the build`);
}

/**
 * The offline engine: libespeak-ng driven in-process through a worker thread, so one
 * synthesis costs no process start (~37 ms each with the CLI) and yields word timings.
 * It reads digits and acronyms badly: always give it normalized text.
 */
export function createEspeakProvider(): TtsProvider {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: ThreadReply) => void; reject: (e: Error) => void }>();

  function failAll(error: Error) {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  }

  function thread(): Worker {
    if (worker) return worker;
    const w = new Worker(threadScriptUrl());
    w.on('message', (reply: ThreadReply) => {
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      waiter?.resolve(reply);
    });
    w.on('error', (error) => failAll(new ProviderError(`espeak-ng thread crashed: ${error.message}`, 'retryable', { provider: 'espeak', cause: error })));
    w.on('exit', (code) => {
      if (pending.size > 0) failAll(new ProviderError(`espeak-ng thread exited with code ${code}`, 'retryable', { provider: 'espeak' }));
      worker = undefined;
    });
    // Idle thread must not keep the process alive.
    w.unref();
    worker = w;
    return w;
  }

  return {
    name: 'espeak',
    // espeak has no request limit; sentence-sized requests keep timings exact and memory small.
    limits: { maxBytes: 4000, concurrency: 1, paid: false, local: true },
    voices: ESPEAK_VOICES,
    sampleRate: ESPEAK_SAMPLE_RATE,

    async synthesize({ text, voice, signal }: SynthesisRequest): Promise<SynthesizedAudio> {
      signal?.throwIfAborted();
      const id = nextId++;
      const w = thread();
      w.ref();
      try {
        const reply = await new Promise<ThreadReply>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          w.postMessage({ id, text, voiceName: ESPEAK_VOICES[voice].providerVoice });
        });
        if (reply.error) throw new ProviderError(`espeak-ng: ${reply.error}`, 'permanent', { provider: 'espeak' });
        const pcm = Buffer.from(reply.pcm!);
        if (pcm.length === 0) throw new ProviderError('espeak-ng produced no audio', 'permanent', { provider: 'espeak' });
        return { sampleRate: reply.sampleRate!, pcm, words: reply.words };
      } finally {
        if (pending.size === 0) worker?.unref();
      }
    },

    /**
     * Synthesizes one word through the library: proves libespeak-ng and its Vietnamese data
     * load, and leaves the thread warm, so the first job does not pay its start-up.
     */
    async check() {
      try {
        await this.synthesize({ text: 'xin chào', voice: 'north-female' });
      } catch (error) {
        throw new Error(`espeak-ng is not usable (Debian/Ubuntu: apt-get install espeak-ng): ${(error as Error).message}`);
      }
    },

    async close() {
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}
