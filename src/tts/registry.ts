/**
 * Builds the providers the configuration asks for and answers "which engine serves this
 * voice?". Adding an engine: a file in `src/tts/`, a name in `config.ts`, a line in
 * `createProvider` below.
 */
import { DEFAULT_VOICE_IDS, VOICES, type Accent, type Gender, type VoiceId } from '../voices.js';
import { loadTtsConfig, type ProviderName, type TtsConfig } from './config.js';
import { createEspeakProvider } from './espeak.js';
import { createFptProvider } from './fpt.js';
import { createGoogleProvider } from './google.js';
import type { TtsProvider } from './provider.js';
import { createSherpaProvider } from './sherpa.js';
import { createViettelProvider } from './viettel.js';
import { createZaloProvider } from './zalo.js';

/** One row of `GET /v1/voices`. */
export interface VoiceDescription {
  id: VoiceId;
  /** Vietnamese label, e.g. "Nữ miền Nam". */
  label: string;
  /** The accent and gender the voice ID promises. */
  accent: Accent;
  gender: Gender;
  provider: string;
  providerVoice: string;
  /** The accent the provider's voice really has (Google: "north" for south-* IDs). */
  realAccent: Accent;
  realGender: Gender;
  note?: string;
  /** Local models only: which model serves the voice, its sample rate and its licence. */
  model?: string;
  sampleRate?: number;
  license?: string;
}

/** A configured engine cannot work (binary missing, model does not load, …): the process must not start. */
export class ProvidersNotReadyError extends Error {
  constructor(readonly failures: string[]) {
    super(`TTS providers not ready: ${failures.join('; ')}`);
    this.name = 'ProvidersNotReadyError';
  }
}

export interface ProviderSet {
  readonly config: TtsConfig;
  forVoice(voice: VoiceId): TtsProvider;
  /** Each configured provider once. */
  providers(): TtsProvider[];
  /** The given voices (the deployment's VOICES; by default the four northern and southern ones). */
  describeVoices(ids?: readonly VoiceId[]): VoiceDescription[];
  /** Runs every provider's readiness check; rejects with all failures named. */
  checkAll(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Creates the providers the environment routes voices to. Throws `ConfigError` at once
 * (at startup, not at the first job) when a routed provider lacks its credential.
 * @example createProviderSet({ TTS_PROVIDER: 'espeak' }).forVoice('south-male').name //=> 'espeak'
 */
export function createProviderSet(env: NodeJS.ProcessEnv = process.env): ProviderSet {
  const config = loadTtsConfig(env);
  const byName = new Map<ProviderName, TtsProvider>();
  for (const name of new Set(Object.values(config.routes))) byName.set(name, createProvider(name, config));

  const forVoice = (voice: VoiceId): TtsProvider => byName.get(config.routes[voice])!;
  return {
    config,
    forVoice,
    providers: () => [...byName.values()],
    describeVoices: (ids = DEFAULT_VOICE_IDS) =>
      ids.map((id) => {
        const provider = forVoice(id);
        const served = provider.voices[id];
        return {
          ...VOICES[id],
          provider: provider.name,
          providerVoice: served.providerVoice,
          realAccent: served.accent,
          realGender: served.gender,
          ...(served.note ? { note: served.note } : {}),
          ...(served.model ? { model: served.model } : {}),
          ...(served.sampleRate ? { sampleRate: served.sampleRate } : {}),
          ...(served.license ? { license: served.license } : {}),
        };
      }),
    async checkAll() {
      const results = await Promise.allSettled([...byName.values()].map((provider) => provider.check()));
      const failures = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason?.message ?? result.reason)] : []));
      if (failures.length > 0) throw new ProvidersNotReadyError(failures);
    },
    async close() {
      await Promise.allSettled([...byName.values()].map((provider) => provider.close?.()));
    },
  };
}

function createProvider(name: ProviderName, config: TtsConfig): TtsProvider {
  switch (name) {
    case 'espeak':
      return createEspeakProvider();
    case 'google':
      return createGoogleProvider(config.google!);
    case 'zalo':
      return createZaloProvider(config.zalo!);
    case 'viettel':
      return createViettelProvider(config.viettel!);
    case 'fpt':
      return createFptProvider(config.fpt!);
    case 'sherpa':
      return createSherpaProvider(config.sherpa!);
  }
}
