import path from 'node:path';
import type { Job } from 'bullmq';
import type { ArticleMetadata, ArticleRecord, ArticleStore } from '../cache/article-store.js';
import { readJsonIfExists } from '../cache/atomic-write.js';
import type { AudioStore } from '../cache/audio-store.js';
import { textRevision } from '../cache/audio-key.js';
import { PARTIAL_MANIFEST, PARTIAL_MP3 } from '../jobs/synthesize-article.js';
import type { Manifest, ManifestSegment } from '../manifest.js';
import type { SynthesisJobData, SynthesisProgress, SynthesisQueue } from '../queue/synthesis-queue.js';
import { extractArticle } from '../text/extract.js';
import type { ArticleInput, SiteRules } from '../text/types.js';
import { VOICE_IDS, type VoiceId } from '../voices.js';
import { MemoryLru } from '../cache/memory-lru.js';
import type { ArticleKeys } from './article-keys.js';

/** Serialized manifests kept in memory (a long article's manifest is tens of kilobytes). */
const MANIFEST_BODY_CACHE_BYTES = 64 * 1024 * 1024;
/** Parsed manifests kept in memory. */
const MANIFEST_CACHE_ENTRIES = 2000;

/** Interactive requests go before bulk pre-generation (BullMQ: lower number, higher priority). */
const PRIORITY_LISTENER = 1;
const PRIORITY_BATCH = 10;

export type AudioStatus =
  | {
      state: 'ready';
      manifest: Manifest;
      /** The manifest serialized for this article, kept hot: players ask for it constantly. */
      body: Buffer;
    }
  | {
      state: 'pending';
      status: 'queued' | 'generating' | 'retrying';
      progress: number;
      jobId: string;
      /** The growing MP3 of a job that has started: playable before generation ends. */
      streamUrl?: string;
      readyMs: number;
      /** Sentences already encoded, with their timings (progressive playback). */
      segments: ManifestSegment[];
    }
  | { state: 'failed'; jobId: string; error: string };

interface StatusOptions {
  /** Queue generation when there is no job for the audio. */
  start: boolean;
  /** Re-queue a failed job. */
  retry?: boolean;
  priority?: number;
  batchId?: string;
  /** Leave out the first N encoded sentences of a job in progress (the caller has them). */
  sinceSegment?: number;
}

export class ArticleNotFoundError extends Error {}
export class NothingToReadError extends Error {}

export interface AudioServiceDeps {
  /** Rejects quickly when Redis cannot be reached (queue calls would otherwise wait forever). */
  ensureQueueReachable(): Promise<void>;
  articles: ArticleStore;
  audio: AudioStore;
  keys: ArticleKeys;
  queue: SynthesisQueue;
  siteRules?: SiteRules;
  maxArticleChars: number;
}

/**
 * The service behind the HTTP API: stores articles, answers with cached audio or starts
 * (exactly one) generation job per content key, and reports progress.
 */
export class AudioService {
  private readonly manifests = new Map<string, Manifest>();
  private readonly manifestBodies = new MemoryLru<Buffer>(MANIFEST_BODY_CACHE_BYTES);

  constructor(private readonly deps: AudioServiceDeps) {}

  /** Creates or replaces an article. Changed text gets a new revision and so new audio keys. */
  async putArticle(id: string, input: ArticleInput & ArticleMetadata): Promise<{ record: ArticleRecord; created: boolean; changed: boolean }> {
    const clean = extractArticle(input, { siteRules: this.deps.siteRules });
    // Letters or digits: something a voice can say (a text of only punctuation has none).
    if (!/[\p{L}\p{N}]/u.test(clean.text)) throw new NothingToReadError('the article has no readable text');
    if (clean.text.length > this.deps.maxArticleChars) {
      throw new RangeError(`the article has ${clean.text.length} characters; the limit is ${this.deps.maxArticleChars}`);
    }
    const previous = await this.deps.articles.get(id);
    const now = new Date().toISOString();
    const revision = textRevision(clean.text);
    const record: ArticleRecord = {
      id,
      title: clean.title ?? input.title,
      ...(input.html !== undefined ? { html: input.html } : { text: input.text }),
      cleanText: clean.text,
      revision,
      cleanChars: clean.text.length,
      ...pickMetadata(input),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    if (previous && previous.revision === revision && previous.title === record.title && sameMetadata(previous, record)) {
      return { record: previous, created: false, changed: false };
    }
    await this.deps.articles.put(record);
    return { record, created: !previous, changed: true };
  }

  async getArticle(id: string) {
    const record = await this.deps.articles.get(id);
    if (!record) throw new ArticleNotFoundError(id);
    const audio: Record<string, unknown> = {};
    for (const voice of VOICE_IDS) {
      const status = await this.statusFor(record, voice, { start: false });
      audio[voice] = status.state === 'ready' ? { state: 'ready', audioUrl: status.manifest.audioUrl, durationMs: status.manifest.durationMs } : status;
    }
    return { ...record, audio };
  }

  /** Removes the article and the audio of its current revision for every voice. */
  async deleteArticle(id: string): Promise<void> {
    const record = await this.deps.articles.get(id);
    if (!record) throw new ArticleNotFoundError(id);
    await this.deps.articles.delete(id);
    await this.deps.ensureQueueReachable();
    for (const voice of VOICE_IDS) {
      const { key } = await this.deps.keys.keyForRecord(record, voice);
      this.manifests.delete(key);
      const job = await this.deps.queue.getJob(key);
      await job?.remove().catch(() => undefined); // an active job cannot be removed; it ends as obsolete
      await this.deps.audio.delete(key);
    }
  }

  /** The audio of an article in a voice: ready, being generated (started here if needed), or failed. */
  async requestAudio(
    id: string,
    voice: VoiceId,
    options: { retry?: boolean; start?: boolean; sinceSegment?: number } = {},
  ): Promise<AudioStatus> {
    const record = await this.deps.articles.get(id);
    if (!record) throw new ArticleNotFoundError(id);
    return this.statusFor(record, voice, { start: options.start ?? true, retry: options.retry, sinceSegment: options.sinceSegment });
  }

  /** The serialized manifest when the audio is ready and cached; never starts anything. */
  async readyManifest(id: string, voice: VoiceId): Promise<{ key: string; body: Buffer } | undefined> {
    const record = await this.deps.articles.get(id);
    if (!record) return undefined;
    const ready = await this.readyAudio(record, voice);
    return ready.manifest ? { key: ready.key, body: ready.body } : undefined;
  }

  /** The audio key of an article's voice, with its manifest and serialized body when ready. */
  private async readyAudio(record: ArticleRecord, voice: VoiceId) {
    const { key } = await this.deps.keys.keyForRecord(record, voice);
    const manifest = await this.manifestFor(key);
    if (!manifest) return { key, manifest: undefined, body: undefined };
    this.deps.audio.touch(key);
    return { key, manifest, body: this.manifestBody(key, record.id, manifest) };
  }

  /** Queues generation for many articles × voices; returns what was queued or already there. */
  async pregenerate(ids: string[], voices: VoiceId[], batchId: string) {
    const items: { articleId: string; voice: VoiceId; state: AudioStatus['state']; jobId?: string }[] = [];
    // Every article is looked up before anything is queued: a bad ID queues nothing.
    const records: ArticleRecord[] = [];
    for (const id of ids) {
      const record = await this.deps.articles.get(id);
      if (!record) throw new ArticleNotFoundError(id);
      records.push(record);
    }
    for (const record of records) {
      const id = record.id;
      for (const voice of voices) {
        const status = await this.statusFor(record, voice, { start: true, priority: PRIORITY_BATCH, batchId });
        items.push({ articleId: id, voice, state: status.state, jobId: status.state === 'ready' ? undefined : status.jobId });
      }
    }
    return items;
  }

  async manifestFor(key: string): Promise<Manifest | undefined> {
    let manifest = this.manifests.get(key);
    if (!manifest) {
      manifest = await this.deps.audio.getManifest(key);
      if (manifest) {
        if (this.manifests.size >= MANIFEST_CACHE_ENTRIES) this.manifests.delete(this.manifests.keys().next().value!);
        this.manifests.set(key, manifest);
      }
    }
    return manifest;
  }

  /** The same audio can serve several articles with the same text: the body names this one. */
  private manifestBody(key: string, articleId: string, manifest: Manifest): Buffer {
    const bodyKey = `${key}|${articleId}`;
    let body = this.manifestBodies.get(bodyKey);
    if (!body) {
      body = Buffer.from(JSON.stringify({ ...manifest, articleId }));
      this.manifestBodies.set(bodyKey, body);
    }
    return body;
  }

  /** The growing MP3 of a job in progress, if any. */
  partialAudioPath(key: string): string {
    return path.join(this.deps.audio.workDir(key), PARTIAL_MP3);
  }

  /** True while a job for this key is queued or running. */
  async isGenerating(key: string): Promise<boolean> {
    await this.deps.ensureQueueReachable();
    const state = await (await this.deps.queue.getJob(key))?.getState();
    return state === 'active' || state === 'waiting' || state === 'prioritized' || state === 'delayed';
  }

  async jobStatus(jobId: string) {
    await this.deps.ensureQueueReachable();
    const job = await this.deps.queue.getJob(jobId);
    if (!job) {
      const manifest = await this.manifestFor(jobId).catch(() => undefined);
      return manifest ? { jobId, state: 'completed', progress: 1, audioUrl: manifest.audioUrl } : undefined;
    }
    const state = await job.getState();
    const progress = readProgress(job);
    return {
      jobId,
      state,
      progress: progress.fraction,
      chunksDone: progress.chunksDone,
      chunksTotal: progress.chunksTotal,
      readyMs: progress.readyMs,
      attempts: job.attemptsMade,
      error: state === 'failed' ? job.failedReason : undefined,
      articleId: job.data.articleId,
      voice: job.data.voice,
      audioUrl: state === 'completed' ? `/v1/audio/${jobId}.mp3` : undefined,
      // What the job cost: characters sent to a paid provider (0 for espeak-ng).
      billedChars: state === 'completed' ? job.returnvalue?.billedChars : undefined,
    };
  }

  private async statusFor(record: ArticleRecord, voice: VoiceId, options: StatusOptions): Promise<AudioStatus> {
    const { start, retry = false, priority = PRIORITY_LISTENER, batchId, sinceSegment = 0 } = options;
    const { key, manifest, body } = await this.readyAudio(record, voice);
    if (manifest) return { state: 'ready', manifest, body };
    await this.deps.ensureQueueReachable();
    let job = await this.deps.queue.getJob(key);
    let state = job ? await job.getState() : undefined;
    if (job && state === 'completed') {
      // Finished once, but its audio has since been evicted: generate it again.
      await job.remove();
      job = undefined;
    }
    if (job && state === 'failed') {
      if (!retry) return { state: 'failed', jobId: key, error: job.failedReason || 'generation failed' };
      await job.retry('failed');
      state = 'waiting';
    }
    if (!job) {
      if (!start) return { state: 'pending', status: 'queued', progress: 0, jobId: key, readyMs: 0, segments: [] };
      const data: SynthesisJobData = { key, articleId: record.id, revision: record.revision, voice, batchId };
      // The job ID is the content key: concurrent requests for the same audio add one job.
      job = await this.deps.queue.add('synthesize', data, { jobId: key, priority });
      state = await job.getState();
    }
    const progress = readProgress(job);
    const partial = state === 'active' ? await readJsonIfExists<Manifest>(path.join(this.deps.audio.workDir(key), PARTIAL_MANIFEST)).catch(() => undefined) : undefined;
    return {
      state: 'pending',
      status: state === 'active' ? 'generating' : job.attemptsMade > 0 ? 'retrying' : 'queued',
      progress: progress.fraction,
      jobId: key,
      // Offered as soon as the job runs: the stream route waits the moment it takes to begin.
      streamUrl: state === 'active' ? `/v1/stream/${key}.mp3` : undefined,
      readyMs: partial ? partial.durationMs : 0,
      // A player polling a long article asks only for the sentences it has not seen.
      segments: partial?.segments.slice(sinceSegment) ?? [],
    };
  }
}

const METADATA_FIELDS = ['category', 'tags', 'publishedAt', 'sourceUrl'] as const;
const pickMetadata = (input: ArticleMetadata): ArticleMetadata =>
  Object.fromEntries(METADATA_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]));
const sameMetadata = (a: ArticleMetadata, b: ArticleMetadata): boolean =>
  METADATA_FIELDS.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));

function readProgress(job: Job<SynthesisJobData>): SynthesisProgress {
  const p = job.progress as Partial<SynthesisProgress> | number | undefined;
  if (p && typeof p === 'object') {
    return { fraction: p.fraction ?? 0, chunksDone: p.chunksDone ?? 0, chunksTotal: p.chunksTotal ?? 0, readyMs: p.readyMs ?? 0 };
  }
  return { fraction: typeof p === 'number' ? p : 0, chunksDone: 0, chunksTotal: 0, readyMs: 0 };
}
