import type { VoiceId } from '../voices.js';
import { ProviderError, type ProviderVoice, type SynthesisRequest, type SynthesizedAudio, type TtsProvider } from './provider.js';
import { createThreadClient, findThreadScript, type ThreadReply } from './worker-thread.js';

/** espeak-ng voice + variant for each voice ID: `vi` is northern, `vi-vn-x-central` Huế, `vi-vn-x-south` southern. */
const ESPEAK_VOICES: Record<VoiceId, ProviderVoice> = {
  'north-female': { providerVoice: 'vi+f2', accent: 'north', gender: 'female' },
  'north-male': { providerVoice: 'vi+m3', accent: 'north', gender: 'male' },
  'south-female': { providerVoice: 'vi-vn-x-south+f4', accent: 'south', gender: 'female' },
  'south-male': { providerVoice: 'vi-vn-x-south+m1', accent: 'south', gender: 'male' },
  'central-female': { providerVoice: 'vi-vn-x-central+f3', accent: 'central', gender: 'female' },
  'central-male': { providerVoice: 'vi-vn-x-central+m2', accent: 'central', gender: 'male' },
};

/** libespeak-ng always synthesizes at this rate. */
const ESPEAK_SAMPLE_RATE = 22050;

interface EspeakReply extends ThreadReply {
  sampleRate?: number;
  pcm?: ArrayBuffer;
  words?: SynthesizedAudio['words'];
}

/**
 * The offline engine: libespeak-ng driven in-process through a worker thread, so one
 * synthesis costs no process start (~37 ms each with the CLI) and yields word timings.
 * It reads digits and acronyms badly: always give it normalized text.
 */
export function createEspeakProvider(): TtsProvider {
  const thread = createThreadClient<EspeakReply>(() => findThreadScript('espeak-thread.mjs', import.meta.url), 'espeak');

  return {
    name: 'espeak',
    // espeak has no request limit; sentence-sized requests keep timings exact and memory small.
    limits: { maxBytes: 4000, concurrency: 1, paid: false, local: true },
    readsForeignWords: false, // espeak-ng's Vietnamese voice spells English words as Vietnamese syllables
    voices: ESPEAK_VOICES,
    sampleRate: ESPEAK_SAMPLE_RATE,

    async synthesize({ text, voice, signal }: SynthesisRequest): Promise<SynthesizedAudio> {
      const reply = await thread.request({ text, voiceName: ESPEAK_VOICES[voice].providerVoice }, signal);
      if (reply.error) throw new ProviderError(`espeak-ng: ${reply.error}`, 'permanent', { provider: 'espeak' });
      const pcm = Buffer.from(reply.pcm!);
      if (pcm.length === 0) throw new ProviderError('espeak-ng produced no audio', 'permanent', { provider: 'espeak' });
      return { sampleRate: reply.sampleRate!, pcm, words: reply.words };
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

    close: () => thread.close(),
  };
}
