import { promises as fs } from 'node:fs';
import type { EncoderPool } from '../audio/encoder-pool.js';
import { MP3_BITRATE_KBPS, type Mp3Encoder } from '../audio/mp3-encoder.js';
import { ObsoleteJobError } from '../errors.js';
import type { Manifest, ManifestWarning } from '../manifest.js';
import type { SynthesisJobData, SynthesisJobResult, SynthesisProgress } from '../queue/synthesis-queue.js';
import type { AudioStore } from '../storage/audio-store.js';
import type { PartialAudioWriter, WorkStore } from '../storage/work-store.js';
import { chunkSentences } from '../text/chunk.js';
import type { Chunk, SpokenSentence } from '../text/types.js';
import type { SynthesizedAudio, TtsProvider } from '../tts/provider.js';
import type { ArticleKeys } from './article-keys.js';
import type { ChunkAudioCache } from './chunk-cache.js';
import { runChunksInOrder } from './chunk-runner.js';
import { Stitcher, type WordTimer } from './stitcher.js';
import { timeWordsByEngine } from './word-timings.js';

export interface SynthesizeArticleDeps {
  keys: ArticleKeys;
  audio: AudioStore;
  work: WorkStore;
  /** Synthesizes one chunk with the provider's limits and retries applied. */
  synthesizeChunk(provider: TtsProvider, text: string, voice: SynthesisJobData['voice'], signal?: AbortSignal): Promise<SynthesizedAudio & { billedChars?: number }>;
  /** Finished chunks of paid voices, reused across retries, revisions and articles. */
  chunkCache?: ChunkAudioCache;
  /** Encoders started ahead of time; their files live on this host. */
  encoders: EncoderPool;
  /** How many chunks of a remote provider a single job may have in flight. */
  remoteParallelism?: number;
  /** How word timings are made (default: the engine's word events, else spread by syllables). */
  timeWords?: WordTimer;
}

export interface JobContext {
  data: SynthesisJobData;
  reportProgress(progress: SynthesisProgress): Promise<void>;
  signal?: AbortSignal;
}

/** Fallback warnings listed in a job's status (the manifest lists them all). */
const MAX_WARNINGS_IN_STATUS = 100;

/** The front end's fallback warnings, tied to the sentence (segment `i`) each occurs in. */
function warningsOf(sentences: readonly SpokenSentence[]): ManifestWarning[] {
  return sentences.flatMap((s) => s.warnings.map((w) => ({ token: w.token, sentence: s.index, spokenAs: w.spokenAs })));
}

/**
 * How often the progress manifest is rewritten for players (the first sentence is written
 * at once): every 500 ms, and for long articles every millisecond per sentence, since each
 * write carries every sentence so far (a 200,000-character article would otherwise spend
 * a second of CPU rewriting its growing manifest).
 */
const PROGRESS_INTERVAL_MS = 500;
const PROGRESS_MS_PER_SEGMENT = 1;

/**
 * Turns one article into one MP3 and its manifest: text front end → chunks → synthesis
 * (parallel, bounded; paid chunks reused when already made) → PCM in reading order into a
 * single MP3 encode (timings are sample counts: exact) → publish (MP3, then manifest).
 * While it runs, the work store makes the growing MP3 and the sentences done so far
 * readable by players. A failure leaves nothing a reader could take for finished audio.
 */
export async function synthesizeArticle(ctx: JobContext, deps: SynthesizeArticleDeps): Promise<SynthesisJobResult> {
  const { data } = ctx;
  const resolved = await deps.keys.resolve(data.articleId, data.voice);
  if (!resolved) throw new ObsoleteJobError(`article ${data.articleId} was deleted`);
  if (resolved.key !== data.key) throw new ObsoleteJobError(`article ${data.articleId} changed since this job was queued`);
  const existing = await deps.audio.readManifest(data.key);
  if (existing.state === 'ok' && (await deps.audio.mp3Size(data.key)) === existing.manifest.mp3.bytes) {
    return { key: data.key, durationMs: existing.manifest.durationMs, chunks: 0, chunksReused: 0, billedChars: 0 };
  }

  const { provider, prepared } = resolved;
  const warnings = warningsOf(prepared.sentences);
  const chunks = chunkSentences(prepared.sentences, provider.limits);
  if (chunks.length === 0) throw new ObsoleteJobError(`article ${data.articleId} has no speakable text`);
  const partial = await deps.work.begin(data.key);
  const run = new ArticleRun(ctx, deps, provider, partial, chunks, (stitcher, durationMs) => ({
    voice: data.voice,
    provider: provider.name,
    providerVoice: provider.voices[data.voice].providerVoice,
    key: data.key,
    audioUrl: `/v1/audio/${data.key}.mp3`,
    durationMs,
    sampleRate: stitcher.sampleRate,
    bitrateKbps: MP3_BITRATE_KBPS,
    title: prepared.title,
    segments: stitcher.segments,
    ...(warnings.length ? { warnings } : {}),
    // "exact" only when the engine timed every word of every sentence.
    wordTiming: stitcher.allWordsExact ? 'exact' : 'estimated',
    createdAt: new Date().toISOString(),
  }));
  try {
    const stitcher = await run.stitch(prepared.sentences);
    const manifest = await deps.audio.publish(data.key, run.outputPath!, run.manifestOf(stitcher, stitcher.encodedMs));
    await partial.end('done');
    await ctx.reportProgress({ fraction: 1, chunksDone: chunks.length, chunksTotal: chunks.length, readyMs: manifest.durationMs });
    return {
      key: data.key,
      durationMs: manifest.durationMs,
      chunks: chunks.length,
      chunksReused: run.chunksReused,
      billedChars: run.billedChars,
      ...(warnings.length ? { warnings: warnings.slice(0, MAX_WARNINGS_IN_STATUS) } : {}),
    };
  } catch (error) {
    await run.abandon();
    await partial.end('failed').catch(() => undefined);
    throw error;
  } finally {
    run.release();
  }
}

type ManifestOf = (stitcher: Stitcher, durationMs: number) => Manifest;

/** The moving parts of one job attempt: the encoder, its file, the counters. */
class ArticleRun {
  billedChars = 0;
  chunksReused = 0;
  outputPath: string | undefined;
  private encoder: Mp3Encoder | undefined;
  private chunksDone = 0;
  private lastProgressAt = 0;

  constructor(
    private readonly ctx: JobContext,
    private readonly deps: SynthesizeArticleDeps,
    private readonly provider: TtsProvider,
    private readonly partial: PartialAudioWriter,
    private readonly chunks: Chunk[],
    readonly manifestOf: ManifestOf,
  ) {}

  /** Synthesizes every chunk and encodes them in order; resolves when the MP3 file is complete. */
  async stitch(sentences: readonly SpokenSentence[]): Promise<Stitcher> {
    // When the rate is known, the encoder is taken now, while the first chunk is synthesized.
    if (this.provider.sampleRate) await this.startEncoder(this.provider.sampleRate);
    let stitcher: Stitcher | undefined;
    const consume = async (chunk: Chunk, audio: SynthesizedAudio) => {
      const encoder = this.encoder ?? (await this.startEncoder(audio.sampleRate));
      stitcher ??= new Stitcher(encoder, sentences, this.chunks, this.deps.timeWords ?? timeWordsByEngine);
      const segment = await stitcher.append(chunk, audio);
      this.chunksDone++;
      if (segment) await this.reportProgress(stitcher, segment.i === 0);
    };
    const local = this.provider.limits.local;
    const parallelism = local ? this.provider.limits.concurrency : (this.deps.remoteParallelism ?? 4);
    await runChunksInOrder(this.chunks, parallelism, (chunk) => this.synthesize(chunk), consume, this.ctx.signal);
    if (!this.encoder || !stitcher) throw new Error('no audio was produced');
    await this.encoder.finish();
    return stitcher;
  }

  private async synthesize(chunk: Chunk): Promise<SynthesizedAudio> {
    const { provider, deps, ctx } = this;
    const voice = ctx.data.voice;
    // Local engines are cheaper to rerun than to keep; paid ones are kept and reused.
    const cache = provider.limits.local ? undefined : deps.chunkCache;
    const identity = { provider: provider.name, providerVoice: provider.voices[voice].providerVoice, text: chunk.text };
    const kept = await cache?.get(identity);
    if (kept) {
      this.chunksReused++;
      return kept;
    }
    const audio = await deps.synthesizeChunk(provider, chunk.text, voice, ctx.signal);
    this.billedChars += audio.billedChars ?? 0;
    await cache?.put(identity, audio);
    return audio;
  }

  private async startEncoder(sampleRate: number): Promise<Mp3Encoder> {
    const taken = this.deps.encoders.take(sampleRate);
    this.encoder = taken.encoder;
    this.outputPath = taken.outputPath;
    await this.partial.attach(taken.outputPath);
    return taken.encoder;
  }

  private async reportProgress(stitcher: Stitcher, force: boolean): Promise<void> {
    const now = Date.now();
    const interval = Math.max(PROGRESS_INTERVAL_MS, stitcher.segments.length * PROGRESS_MS_PER_SEGMENT);
    if (!force && now - this.lastProgressAt < interval) return;
    this.lastProgressAt = now;
    const readyMs = stitcher.segments.at(-1)?.endMs ?? 0;
    await this.partial.writeProgress(this.manifestOf(stitcher, readyMs));
    const total = this.chunks.length;
    await this.ctx.reportProgress({ fraction: total ? this.chunksDone / total : 1, chunksDone: this.chunksDone, chunksTotal: total, readyMs });
  }

  /** Stops the encoder and removes its file: nothing half-made stays where a reader could find it. */
  async abandon(): Promise<void> {
    await this.encoder?.abort();
    if (this.outputPath) await fs.rm(this.outputPath, { force: true });
  }

  release(): void {
    if (this.outputPath) this.deps.encoders.release(this.outputPath);
  }
}

