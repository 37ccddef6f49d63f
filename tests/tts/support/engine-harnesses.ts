/**
 * Every engine, local or cloud, behind one harness, so the conformance suite can hold them
 * all to the same contract: local engines run for real (espeak-ng; sherpa-onnx on a tiny
 * model built here), cloud engines answer through their nock harness.
 */
import { createEspeakProvider } from '../../../src/tts/espeak.js';
import type { TtsProvider } from '../../../src/tts/provider.js';
import { parseSherpaVoices } from '../../../src/tts/sherpa-config.js';
import { createSherpaProvider } from '../../../src/tts/sherpa.js';
import { DEFAULT_VOICE_IDS, VOICE_IDS, type VoiceId } from '../../../src/voices.js';
import { makeWav } from './audio.js';
import { PROVIDER_HARNESSES } from './provider-mocks.js';
import { createSherpaTestModels, sherpaVoices, type SherpaTestModels } from './sherpa-models.js';

export interface EngineHarness {
  name: string;
  /** Runs on the worker's CPU: no bill per character, no limiter shared through Redis. */
  local: boolean;
  /** The provider voice each voice ID must be served by. */
  expectedVoices: Record<VoiceId, string>;
  create(): TtsProvider;
  /** Arranges one successful synthesis: a nock reply for a cloud engine, nothing for a local one. */
  expectSynthesis(): void;
  /** Whether the arranged synthesis is still waiting to be requested (always false for local engines). */
  synthesisPending(): boolean;
  /** Gives a client that would still send a request (after an abort, say) the time to do so. */
  settle(): Promise<void>;
  cleanup(): void;
}

const espeak: EngineHarness = {
  name: 'espeak',
  local: true,
  expectedVoices: { 'north-female': 'vi+f2', 'north-male': 'vi+m3', 'south-female': 'vi-vn-x-south+f4', 'south-male': 'vi-vn-x-south+m1', 'central-female': 'vi-vn-x-central+f3', 'central-male': 'vi-vn-x-central+m2' },
  create: createEspeakProvider,
  expectSynthesis: () => undefined,
  synthesisPending: () => false,
  settle: async () => undefined,
  cleanup: () => undefined,
};

/** The tiny model is written on first use, so collecting the suite costs nothing. */
function sherpaHarness(): EngineHarness {
  let models: SherpaTestModels | undefined;
  let voicesJson: string | undefined;
  const config = () => {
    if (!voicesJson) {
      models = createSherpaTestModels();
      voicesJson = JSON.stringify(sherpaVoices(models.add('conformance')));
    }
    return parseSherpaVoices(voicesJson, DEFAULT_VOICE_IDS);
  };
  return {
    name: 'sherpa',
    local: true,
    // One speaker per default voice; a central voice borrows the closest one (same gender, the northern first).
    expectedVoices: Object.fromEntries(
      VOICE_IDS.map((id) => [id, `tiny-conformance#${DEFAULT_VOICE_IDS.indexOf(id.startsWith('central-') ? (id.replace('central', 'north') as VoiceId) : id)}`]),
    ) as Record<VoiceId, string>,
    create: () => createSherpaProvider(config()),
    expectSynthesis: () => undefined,
    synthesisPending: () => false,
    settle: async () => undefined,
    cleanup: () => models?.cleanup(),
  };
}

const cloudHarnesses: EngineHarness[] = PROVIDER_HARNESSES.map((cloud) => {
  let pending = false;
  return {
    name: cloud.name,
    local: false,
    expectedVoices: cloud.expectedVoices,
    create: () => cloud.create(),
    expectSynthesis: () => {
      pending = true;
      cloud.mockSuccess(makeWav({ sampleRate: 24_000, durationMs: 200 }), () => (pending = false));
    },
    synthesisPending: () => pending,
    // Client libraries send after their own async steps (auth, retries set-up).
    settle: () => new Promise((resolve) => setTimeout(resolve, 150)),
    cleanup: () => undefined,
  };
});

/** Every engine the registry can route a voice to. */
export const ENGINE_HARNESSES: EngineHarness[] = [espeak, sherpaHarness(), ...cloudHarnesses];
