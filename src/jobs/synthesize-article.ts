import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EncoderPool } from '../audio/encoder-pool.js';
import { MP3_BITRATE_KBPS, Mp3Encoder, samplesToMs } from '../audio/mp3-encoder.js';
import { PARAGRAPH_PAUSE_MS, SENTENCE_PAUSE_MS, pauseAfter, trailingSilenceSamples, trimLeadingSilence } from '../audio/pauses.js';
import { writeFileAtomic } from '../cache/atomic-write.js';
import { ChunkStore } from '../cache/chunk-store.js';
import { runChunksInOrder } from './chunk-runner.js';
import { estimateWordTimings } from './estimate-word-timings.js';
import { MANIFEST_VERSION, type Manifest, type ManifestSegment } from '../manifest.js';
import type { SynthesisJobData, SynthesisJobResult, SynthesisProgress } from '../queue/synthesis-queue.js';
import { chunkSentences } from '../text/chunk.js';
import type { SpokenSentence } from '../text/types.js';
import type { SynthesizedAudio, TtsProvider } from '../tts/provider.js';
import type { ArticleKeys } from '../services/article-keys.js';
import type { AudioStore } from '../cache/audio-store.js';

/** The job cannot succeed as it is (article edited, deleted or unspeakable): retrying cannot help. */
export class ObsoleteJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObsoleteJobError';
  }
}

export interface SynthesizeArticleDeps {
  keys: ArticleKeys;
  audio: AudioStore;
  /** Synthesizes one chunk with the provider's limits and retries applied. */
  synthesizeChunk(provider: TtsProvider, text: string, voice: SynthesisJobData['voice'], signal?: AbortSignal): Promise<SynthesizedAudio & { billedChars?: number }>;
  /** How many chunks of a remote provider a single job may have in flight. */
  remoteParallelism?: number;
  /** Encoders started ahead of time (workers); without it each job starts its own. */
  encoders?: EncoderPool;
}

export interface JobContext {
  data: SynthesisJobData;
  reportProgress(progress: SynthesisProgress): Promise<void>;
  signal?: AbortSignal;
}

/** File names inside a job's work directory that the API reads while the job runs. */
export const PARTIAL_MP3 = 'audio.partial.mp3';
export const PARTIAL_MANIFEST = 'partial.json';

/** How often the growing manifest is rewritten for players (the first sentence is written at once). */
const PARTIAL_MANIFEST_INTERVAL_MS = 500;

/**
 * Turns one article into one MP3 and its manifest:
 * text front end → chunks → synthesis (parallel, bounded) → PCM in reading order into a
 * single MP3 encode → atomic publish. Sentence timings are sums of PCM sample counts, so
 * they are exact. Finished chunks of remote providers are kept, so a retry redoes only
 * what is missing.
 */
export async function synthesizeArticle(ctx: JobContext, deps: SynthesizeArticleDeps): Promise<SynthesisJobResult> {
  const { data } = ctx;
  const resolved = await deps.keys.resolve(data.articleId, data.voice);
  if (!resolved) throw new ObsoleteJobError(`article ${data.articleId} was deleted`);
  if (resolved.key !== data.key) throw new ObsoleteJobError(`article ${data.articleId} changed since this job was queued`);

  const existing = await deps.audio.getManifest(data.key);
  if (existing) return { key: data.key, durationMs: existing.durationMs, chunks: 0, chunksReused: 0, billedChars: 0 };

  const { provider, prepared } = resolved;
  const sentences = prepared.sentences;
  const chunks = chunkSentences(sentences, provider.limits);
  if (chunks.length === 0) throw new ObsoleteJobError(`article ${data.articleId} has no speakable text`);
  const workDir = deps.audio.workDir(data.key);
  await fs.mkdir(workDir, { recursive: true });
  // Local engines are cheaper to rerun than to store; paid ones keep every finished chunk.
  const chunkStore = provider.limits.local ? undefined : new ChunkStore(path.join(workDir, 'chunks'));
  const partialMp3 = path.join(workDir, PARTIAL_MP3);
  await fs.rm(partialMp3, { force: true });

  // The growing MP3 is written wherever its encoder was started (a spare in the pool, or
  // here) and reached at `partialMp3`, a link the stream route opens.
  let encoder: Mp3Encoder | undefined;
  let encodedPath = partialMp3;
  const startEncoder = async (sampleRate: number) => {
    if (deps.encoders) {
      const pooled = deps.encoders.take(sampleRate);
      encodedPath = pooled.outputPath;
      await fs.symlink(encodedPath, partialMp3);
      return pooled.encoder;
    }
    return new Mp3Encoder({ sampleRate, outputPath: partialMp3 });
  };
  // When the rate is known, the encoder is taken now, while the first chunk is synthesized.
  if (provider.sampleRate) encoder = await startEncoder(provider.sampleRate);
  let billedChars = 0;
  let chunksReused = 0;
  let chunksDone = 0;
  const segments: ManifestSegment[] = [];
  let sentenceStartSample = 0;
  let lastPartialWrite = 0;

  const manifestFor = (segmentList: ManifestSegment[], durationMs: number): Manifest => ({
    version: MANIFEST_VERSION,
    voice: data.voice,
    provider: provider.name,
    providerVoice: provider.voices[data.voice].providerVoice,
    key: data.key,
    audioUrl: `/v1/audio/${data.key}.mp3`,
    durationMs,
    sampleRate: encoder?.sampleRate ?? 0,
    bitrateKbps: MP3_BITRATE_KBPS,
    title: prepared.title,
    segments: segmentList,
    wordTiming: 'estimated', // no engine reports word timings yet: spread by syllables
    createdAt: new Date().toISOString(),
  });

  const publishPartial = async (force: boolean) => {
    const now = Date.now();
    if (!force && now - lastPartialWrite < PARTIAL_MANIFEST_INTERVAL_MS) return;
    lastPartialWrite = now;
    const readyMs = segments.length ? segments[segments.length - 1].endMs : 0;
    await writeFileAtomic(path.join(workDir, PARTIAL_MANIFEST), JSON.stringify(manifestFor(segments, readyMs)), { fsync: false });
    await ctx.reportProgress({ fraction: chunks.length ? chunksDone / chunks.length : 1, chunksDone, chunksTotal: chunks.length, readyMs });
  };

  const synthesize = async (chunk: (typeof chunks)[number]): Promise<SynthesizedAudio> => {
    const stored = await chunkStore?.load(chunk.index, chunk.text);
    if (stored) {
      chunksReused++;
      return stored;
    }
    const audio = await deps.synthesizeChunk(provider, chunk.text, data.voice, ctx.signal);
    billedChars += audio.billedChars ?? 0;
    await chunkStore?.save(chunk.index, chunk.text, audio);
    return audio;
  };

  const consume = async (chunk: (typeof chunks)[number], audio: SynthesizedAudio) => {
    encoder ??= await startEncoder(audio.sampleRate);
    if (audio.sampleRate !== encoder.sampleRate) {
      throw new Error(`chunk ${chunk.index} is ${audio.sampleRate} Hz, the article is ${encoder.sampleRate} Hz`);
    }
    await encoder.write(chunk.part === 0 ? trimLeadingSilence(audio.pcm, encoder.sampleRate) : audio.pcm);
    chunksDone++;
    const isLastPart = chunk.index === chunks.length - 1 || chunks[chunk.index + 1].sentenceIndex !== chunk.sentenceIndex;
    if (isLastPart) {
      const sentence: SpokenSentence = sentences[chunk.sentenceIndex];
      const next = sentences[chunk.sentenceIndex + 1];
      const speechEndSample = encoder.sampleCount - trailingSilenceSamples(audio.pcm);
      if (next) {
        const pauseMs = next.paragraph !== sentence.paragraph ? PARAGRAPH_PAUSE_MS : SENTENCE_PAUSE_MS;
        await encoder.write(pauseAfter(audio.pcm, encoder.sampleRate, pauseMs));
      }
      segments.push({
        i: segments.length,
        startMs: samplesToMs(sentenceStartSample, encoder.sampleRate),
        endMs: samplesToMs(encoder.sampleCount, encoder.sampleRate),
        text: sentence.text,
        spoken: sentence.spoken,
        charStart: sentence.charStart,
        charEnd: sentence.charEnd,
        paragraph: sentence.paragraph,
        words: estimateWordTimings(sentence, { startMs: samplesToMs(sentenceStartSample, encoder.sampleRate), endMs: samplesToMs(speechEndSample, encoder.sampleRate) }),
      });
      sentenceStartSample = encoder.sampleCount;
      await publishPartial(segments.length === 1);
    }
  };

  try {
    const parallelism = provider.limits.local ? provider.limits.concurrency : (deps.remoteParallelism ?? 4);
    await runChunksInOrder(chunks, parallelism, synthesize, consume, ctx.signal);
    if (!encoder) throw new Error('no audio was produced');
    await encoder.finish();
    const manifest = manifestFor(segments, samplesToMs(encoder.sampleCount, encoder.sampleRate));
    await deps.audio.publish(data.key, encodedPath, manifest);
    await ctx.reportProgress({ fraction: 1, chunksDone, chunksTotal: chunks.length, readyMs: manifest.durationMs });
    await fs.rm(workDir, { recursive: true, force: true });
    return { key: data.key, durationMs: manifest.durationMs, chunks: chunks.length, chunksReused, billedChars };
  } catch (error) {
    encoder?.abort();
    // Never leave a half-written MP3 where a reader could take it for audio; keep the chunks.
    await fs.rm(partialMp3, { force: true });
    await fs.rm(encodedPath, { force: true });
    await fs.rm(path.join(workDir, PARTIAL_MANIFEST), { force: true });
    throw error;
  }
}
