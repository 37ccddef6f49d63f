/**
 * The natural-sounding offline engine: Vietnamese VITS/Piper models the operator supplies
 * (`SHERPA_VOICES`, see docs/voices.md), run on the worker's CPU by sherpa-onnx in a worker
 * thread of their own. Each model is loaded once per process, on its first request.
 *
 * sherpa-onnx ends the whole process on some broken models instead of throwing, so no
 * model reaches the thread before a probe in a child process has loaded it (`check()`,
 * which every synthesis awaits once).
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import { VOICE_IDS, VOICES, type VoiceId } from '../voices.js';
import { ProviderError, type ProviderVoice, type SynthesisRequest, type SynthesizedAudio, type TtsProvider } from './provider.js';
import type { SherpaConfig, SherpaVoiceConfig } from './sherpa-config.js';
import { buildVoiceTable } from './voice-table.js';
import { createThreadClient, findThreadScript, type ThreadReply } from './worker-thread.js';

export type { SherpaConfig } from './sherpa-config.js';

const THREAD_SCRIPT = 'sherpa-thread.mjs';
/** What the probe says to each model: a sentence any Vietnamese model has the sounds for. */
const PROBE_TEXT = 'Xin chào, đây là bản tin thời sự.';
/** A 60 MB model loads in about a second; a slow disk may take far longer. */
const DEFAULT_PROBE_TIMEOUT_MS = 120_000;

/** What the thread needs to load a model (absolute paths). */
interface ModelSpec {
  model: string;
  tokens: string;
  dataDir?: string;
  lexicon?: string;
  threads: number;
}

interface SherpaReply extends ThreadReply {
  sampleRate?: number;
  pcm?: ArrayBuffer;
  loadedModels?: number;
}

interface ProbeResult {
  sampleRate: number;
  numSpeakers: number;
  samples: number;
  /** Loudest sample of the probe sentence, of 1. */
  peak: number;
}

/** Quieter than this (of full scale) for a whole sentence is no speech at all. */
const SILENT_PEAK = 0.01;

export interface SherpaProviderOptions {
  /** How long the startup probe may take to load one model (default 120 s). */
  probeTimeoutMs?: number;
}

/** A model that does not load fails its jobs at once: retrying cannot fix it. */
const refusal = (message: string, kind: 'permanent' | 'retryable' = 'permanent') => new ProviderError(message, kind, { provider: 'sherpa' });

const modelSpec = (voice: SherpaVoiceConfig): ModelSpec => ({
  model: voice.model,
  tokens: voice.tokens,
  dataDir: voice.dataDir,
  lexicon: voice.lexicon,
  threads: voice.threads,
});

/** The audio key includes this: a new model name, speaker or pace is new audio. */
const providerVoiceOf = (voice: SherpaVoiceConfig): string =>
  `${voice.name}#${voice.speaker}${voice.lengthScale === 1 ? '' : `@${voice.lengthScale}`}`;

/**
 * The configured voice for each ID. An ID without an entry of its own (the configuration
 * requires one for every ID routed here) borrows the closest configured voice, and says so.
 */
function resolveVoices(config: SherpaConfig): Record<VoiceId, SherpaVoiceConfig> {
  const configured = VOICE_IDS.filter((id) => config.voices[id]);
  if (configured.length === 0) throw new ConfigError('SHERPA_VOICES configures no voice');
  const closest = (id: VoiceId): VoiceId => {
    const { accent, gender } = VOICES[id];
    const score = (other: VoiceId) => (config.voices[other]!.accent === accent ? 2 : 0) + (config.voices[other]!.gender === gender ? 1 : 0);
    return [...configured].sort((a, b) => score(b) - score(a))[0];
  };
  return Object.fromEntries(VOICE_IDS.map((id) => [id, config.voices[id] ?? config.voices[closest(id)]!])) as Record<VoiceId, SherpaVoiceConfig>;
}

/** GET /v1/voices rows: the real accent and gender, model, sample rate and licence of each voice. */
function describeVoices(config: SherpaConfig, voices: Record<VoiceId, SherpaVoiceConfig>): Record<VoiceId, ProviderVoice> {
  const defaults = Object.fromEntries(VOICE_IDS.map((id) => [id, providerVoiceOf(voices[id])])) as Record<VoiceId, string>;
  const table = buildVoiceTable('sherpa', (_providerVoice, id) => {
    const borrowed = !config.voices[id];
    const note = borrowed ? `SHERPA_VOICES has no model for ${id}; served by the model of another voice` : undefined;
    return { accent: voices[id].accent, gender: voices[id].gender, note };
  }, defaults);
  for (const id of VOICE_IDS) {
    Object.assign(table[id], { model: voices[id].name, license: voices[id].license, ...(voices[id].sampleRate ? { sampleRate: voices[id].sampleRate } : {}) });
  }
  return table;
}

/**
 * @example
 *   const sherpa = createSherpaProvider(loadTtsConfig(process.env).sherpa!);
 *   await sherpa.check(); // refuses a model that does not load, naming the voice
 *   const { pcm, sampleRate } = await sherpa.synthesize({ text: 'Xin chào các bạn.', voice: 'north-female' });
 */
export function createSherpaProvider(config: SherpaConfig, options: SherpaProviderOptions = {}): TtsProvider {
  const voices = resolveVoices(config);
  const table = describeVoices(config, voices);
  const thread = createThreadClient<SherpaReply>(() => findThreadScript(THREAD_SCRIPT, import.meta.url), 'sherpa');
  let probed: Promise<void> | undefined;

  const probeAll = async () => {
    // Each distinct model once; the voices sharing it are checked against what it reports.
    const byModel = new Map<string, VoiceId[]>();
    for (const id of VOICE_IDS.filter((v) => config.voices[v])) {
      const key = JSON.stringify(modelSpec(voices[id]));
      byModel.set(key, [...(byModel.get(key) ?? []), id]);
    }
    for (const ids of byModel.values()) {
      const found = await probeModel(voices[ids[0]], ids, options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS);
      for (const id of ids) acceptProbe(id, voices[id], found);
      // The rate the model really has, for GET /v1/voices and the encoder.
      for (const id of VOICE_IDS) if (voices[id].model === voices[ids[0]].model) table[id].sampleRate = found.sampleRate;
    }
  };

  /** Remembered once it succeeds: readiness probes call `check()` often. */
  const ensureProbed = () => {
    probed ??= probeAll().catch((error: unknown) => {
      probed = undefined;
      throw error;
    });
    return probed;
  };

  return {
    name: 'sherpa',
    // Sentence-sized requests: a VITS text encoder's memory grows with the square of its input.
    limits: { maxBytes: 1000, concurrency: 1, paid: false, local: true },
    readsForeignWords: false, // the models are phonemized by espeak-ng, which cannot read English words
    voices: table,

    /** Known when every voice's rate is known (configured, or read by the probe) and they agree. */
    get sampleRate() {
      const rates = new Set(VOICE_IDS.map((id) => table[id].sampleRate));
      return rates.size === 1 ? [...rates][0] : undefined;
    },

    async synthesize({ text, voice, signal }: SynthesisRequest): Promise<SynthesizedAudio> {
      signal?.throwIfAborted();
      await ensureProbed();
      const served = voices[voice];
      const reply = await thread.request({ model: modelSpec(served), text, speaker: served.speaker, speed: 1 / served.lengthScale }, signal);
      if (reply.error) throw new ProviderError(`sherpa-onnx: ${reply.error}`, 'permanent', { provider: 'sherpa' });
      const pcm = Buffer.from(reply.pcm!);
      if (pcm.length === 0) throw new ProviderError('sherpa-onnx produced no audio for this text', 'permanent', { provider: 'sherpa' });
      return { sampleRate: reply.sampleRate!, pcm };
    },

    /** Loads every configured model once in a child process and synthesizes a sentence with it. */
    check: ensureProbed,

    close: () => thread.close(),
  };
}

/** Refuses a model whose files are missing, before sherpa-onnx sees it. */
function assertFilesPresent(voice: SherpaVoiceConfig, ids: readonly VoiceId[]): void {
  const missing: string[] = [];
  if (!isFile(voice.model)) missing.push(path.basename(voice.model));
  if (!isFile(voice.tokens)) missing.push(path.basename(voice.tokens));
  if (voice.dataDir && !existsSync(path.join(voice.dataDir, 'phontab'))) missing.push(`${path.basename(voice.dataDir)}/ (an espeak-ng-data folder)`);
  if (voice.lexicon && !isFile(voice.lexicon)) missing.push(path.basename(voice.lexicon));
  if (missing.length > 0) throw refusal(`sherpa: the model of ${ids.join(', ')} (${voice.name}) is missing ${missing.join(', ')}`);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Loads one model in a child process; rejects with sherpa-onnx's reason, paths removed. */
async function probeModel(voice: SherpaVoiceConfig, ids: readonly VoiceId[], timeoutMs: number): Promise<ProbeResult> {
  assertFilesPresent(voice, ids);
  const script = fileURLToPath(findThreadScript(THREAD_SCRIPT, import.meta.url));
  const child = spawn(process.execPath, [script, '--probe'], { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (piece: Buffer) => (stdout += piece));
  child.stderr.on('data', (piece: Buffer) => (stderr += piece));
  child.stdin.end(JSON.stringify({ models: [modelSpec(voice)], text: PROBE_TEXT }));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve([c, s]));
  });
  const what = `sherpa: the model of ${ids.join(', ')} (${voice.name}) does not load`;
  // spawn's timeout ends the probe with SIGTERM: a slow disk may do better next time.
  if (code !== 0 && signal === 'SIGTERM') throw refusal(`${what}: not loaded within ${timeoutMs} ms`, 'retryable');
  if (code !== 0) {
    const reason = reasonFrom(stderr, voice) || `sherpa-onnx exited with ${signal ?? `code ${code}`}`;
    // sherpa-onnx asks for a lexicon when a Piper model comes without espeak-ng data.
    const hint = !voice.dataDir && /lexicon/.test(reason) ? ' (a Piper model needs its espeak-ng-data folder beside it)' : '';
    throw refusal(`${what}: ${reason}${hint}`);
  }
  return (JSON.parse(stdout) as { models: ProbeResult[] }).models[0];
}

/** The probe's findings against the configuration of one voice. */
function acceptProbe(id: VoiceId, voice: SherpaVoiceConfig, found: ProbeResult): void {
  const problem = (reason: string) => refusal(`sherpa: ${id} (${voice.name}): ${reason}`);
  if (voice.sampleRate && voice.sampleRate !== found.sampleRate) {
    throw problem(`SHERPA_VOICES says ${voice.sampleRate} Hz but the model makes ${found.sampleRate} Hz`);
  }
  if (voice.speaker >= Math.max(1, found.numSpeakers)) {
    throw problem(`speaker ${voice.speaker} does not exist (the model has ${Math.max(1, found.numSpeakers)} speaker${found.numSpeakers > 1 ? 's' : ''}: 0–${Math.max(1, found.numSpeakers) - 1})`);
  }
  if (found.samples === 0 || found.peak < SILENT_PEAK) {
    throw problem('the model loads but makes no sound for Vietnamese text (tokens.txt or espeak-ng-data not the model\'s own?)');
  }
}

/**
 * The line of sherpa-onnx's log that says what went wrong, without its source location
 * and with the model's folder left out (error messages carry no server paths).
 */
function reasonFrom(stderr: string, voice: SherpaVoiceConfig): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const reason =
    lines.find((line) => /does not exist|failed|[Ee]rror|[Pp]lease/.test(line) && !/^at\s|Errors in config|check your config/.test(line)) ?? lines[0] ?? '';
  const folder = path.dirname(voice.model);
  return reason
    .replace(/^\S+\.(cc|h|cpp):\w+:\d+\s+/, '')
    .replaceAll(`${folder}${path.sep}`, '')
    .replaceAll(folder, '.')
    .replace(/^what\(\):\s*/, '')
    .slice(0, 300);
}
