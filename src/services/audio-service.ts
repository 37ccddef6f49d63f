import type { Manifest, ManifestSegment } from '../manifest.js';
import { ArticleNotFoundError } from '../errors.js';
import { PRIORITY_BATCH, PRIORITY_LISTENER, type JobSnapshot, type SynthesisQueue } from '../queue/synthesis-queue.js';
import type { ArticleRecord, ArticleStore } from '../storage/article-store.js';
import type { AudioStore } from '../storage/audio-store.js';
import type { InvalidationBus } from '../storage/cache-invalidation.js';
import { MemoryLru } from '../storage/memory-lru.js';
import type { WorkStore } from '../storage/work-store.js';
import type { ArticleKeys } from '../synthesis/article-keys.js';
import type { VoiceId } from '../voices.js';
import { AutoRetryPolicy } from './auto-retry.js';
import { VerifiedManifests } from './verified-manifests.js';

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
      /** Set when no worker consumes the queue: the audio will not come until one does. */
      warning?: string;
    }
  /** Retry is due now when `retryAfterSeconds` is 0. */
  | { state: 'failed'; jobId: string; error: string; retryAfterSeconds: number }
  /** No job and no audio yet (asked with `start: false`). */
  | { state: 'absent'; jobId: string };

/** One (article, voice) to generate, with its audio key. */
export interface PlannedItem {
  articleId: string;
  revision: string;
  voice: VoiceId;
  key: string;
  state: 'ready' | 'queued';
}

export interface AudioServiceDeps {
  articles: ArticleStore;
  audio: AudioStore;
  work: WorkStore;
  keys: ArticleKeys;
  queue: SynthesisQueue;
  bus: InvalidationBus;
  /** Notes that audio was used (shared LRU for eviction). */
  usage: { touch(key: string): void };
  autoRetry?: AutoRetryPolicy;
  /**
   * AUDIO_PUBLIC_URL: a CDN or the bucket's public address mapping to the audio store's
   * root; manifests then point `audioUrl` at `<base>/audio/<key>.mp3`, so MP3 bytes need
   * not pass through the API.
   */
  audioPublicUrl?: string;
}

/** Serialized manifests kept in memory (a long article's manifest is tens of kilobytes). */
const MANIFEST_BODY_CACHE_BYTES = 64 * 1024 * 1024;
/** Up to this many planned items, readiness is looked up in the store at once. */
const LOOKUP_LIMIT = 100;
/** The count of live workers is asked at most this often. */
const WORKERS_TTL_MS = 2000;

export const NO_WORKER_WARNING = 'no worker is consuming the queue: audio will be generated once one runs';

/**
 * The audio of articles, for the HTTP API: ready audio from the store (verified before it
 * is served), or exactly one generation job per content key, with progress; failed jobs
 * are retried on the next request after a growing back-off.
 */
export class AudioService {
  readonly manifests: VerifiedManifests;
  private readonly bodies = new MemoryLru<Buffer>(MANIFEST_BODY_CACHE_BYTES);
  private readonly autoRetry: AutoRetryPolicy;
  private workers = { count: 1, checkedAt: 0 };

  constructor(private readonly deps: AudioServiceDeps) {
    this.manifests = new VerifiedManifests(deps.audio, deps.bus);
    this.autoRetry = deps.autoRetry ?? new AutoRetryPolicy();
    deps.bus.subscribe((message) => {
      if (message.kind === 'audio' || message.kind === 'all') this.bodies.clear();
    });
  }

  /** The audio of an article in a voice: ready, being generated (started here if needed), or failed. */
  async requestAudio(id: string, voice: VoiceId, options: { retry?: boolean; start?: boolean; sinceSegment?: number } = {}): Promise<AudioStatus> {
    const record = await this.publicArticle(id);
    return this.statusFor(record, voice, { start: options.start ?? true, retry: options.retry ?? false, sinceSegment: options.sinceSegment ?? 0 });
  }

  /** The serialized manifest when the audio is ready; never starts anything (the hot path). */
  async readyManifest(id: string, voice: VoiceId): Promise<{ key: string; body: Buffer } | undefined> {
    const record = await this.deps.articles.get(id);
    if (!record || record.published === false) return undefined;
    const { key } = await this.deps.keys.keyForRecord(record, voice);
    const manifest = await this.manifests.get(key);
    if (!manifest) return undefined;
    this.deps.usage.touch(key);
    return { key, body: this.bodyFor(key, record.id, manifest) };
  }

  /** Status of every voice, for editors (starts nothing). */
  async statusOfVoices(record: ArticleRecord, voices: readonly VoiceId[]): Promise<Record<string, unknown>> {
    const audio: Record<string, unknown> = {};
    for (const voice of voices) {
      const status = await this.statusFor(record, voice, { start: false, retry: false, sinceSegment: 0 });
      audio[voice] =
        status.state === 'ready'
          ? { state: 'ready', audioUrl: this.audioUrlOf(status.manifest.key), durationMs: status.manifest.durationMs }
          : status.state === 'pending'
            ? { state: 'pending', status: status.status, progress: status.progress, jobId: status.jobId }
            : status.state === 'absent'
              ? { state: 'none', jobId: status.jobId }
              : { state: 'failed', jobId: status.jobId, error: status.error };
    }
    return audio;
  }

  /**
   * Works out what generating many articles × voices means: each item's audio key, and
   * whether its audio is already there. Small requests look at the store; big ones leave
   * that to the jobs (a job for ready audio ends at once), so accepting 40,000 items costs
   * no 40,000 store reads.
   */
  async plan(records: ArticleRecord[], voices: readonly VoiceId[]): Promise<PlannedItem[]> {
    const items: PlannedItem[] = [];
    for (const record of records) {
      for (const voice of voices) {
        const { key } = await this.deps.keys.keyForRecord(record, voice);
        items.push({ articleId: record.id, revision: record.revision, voice, key, state: 'queued' });
      }
    }
    if (items.length <= LOOKUP_LIMIT) {
      for (const item of items) if (await this.manifests.get(item.key)) item.state = 'ready';
    }
    return items;
  }

  /**
   * Queues the planned items that are not ready, pipelined: new keys are added, failed
   * ones retried, finished ones whose audio has gone re-added. Concurrent identical
   * requests still make one job per key.
   */
  async enqueue(items: PlannedItem[], options: { batchId?: string; priority?: number } = {}): Promise<void> {
    const wanted = [...new Map(items.filter((i) => i.state === 'queued').map((i) => [i.key, i])).values()];
    const states = await this.deps.queue.states(wanted.map((i) => i.key));
    const fresh = [];
    for (const item of wanted) {
      const state = states.get(item.key);
      if (state === 'failed') await this.deps.queue.retry(item.key);
      else if (state === 'completed') await this.deps.queue.remove(item.key);
      if (state === undefined || state === 'completed') {
        fresh.push({
          data: { key: item.key, articleId: item.articleId, revision: item.revision, voice: item.voice, batchId: options.batchId },
          priority: options.priority ?? PRIORITY_BATCH,
        });
      }
    }
    await this.deps.queue.addMany(fresh);
  }

  /** plan + enqueue, for a few articles at once (an editor's PUT). */
  async pregenerate(records: ArticleRecord[], voices: readonly VoiceId[], batchId?: string, priority = PRIORITY_BATCH): Promise<PlannedItem[]> {
    const items = await this.plan(records, voices);
    await this.enqueue(items, { batchId, priority });
    return items;
  }

  /** The voices in which an article's current revision has ready audio. */
  async voicesWithAudio(record: ArticleRecord, voices: readonly VoiceId[]): Promise<VoiceId[]> {
    const ready: VoiceId[] = [];
    for (const voice of voices) {
      const { key } = await this.deps.keys.keyForRecord(record, voice);
      if (await this.manifests.get(key)) ready.push(voice);
    }
    return ready;
  }

  /** Where players fetch the MP3 of `key`: the public base when configured, else this API. */
  audioUrlOf(key: string): string {
    return this.deps.audioPublicUrl ? `${this.deps.audioPublicUrl}/audio/${key}.mp3` : `/v1/audio/${key}.mp3`;
  }

  /** Removes the audio of an article's current revision in these voices (delete, unpublish). */
  async removeAudio(record: ArticleRecord, voices: readonly VoiceId[]): Promise<void> {
    for (const voice of voices) {
      const { key } = await this.deps.keys.keyForRecord(record, voice);
      await this.deps.queue.remove(key).catch(() => undefined); // queue down: the job ends as obsolete
      await this.deps.audio.delete(key);
      await this.deps.work.clear(key);
      await this.deps.bus.publish({ kind: 'audio', key });
    }
  }

  /** The growing MP3 of a job in progress, as it grows; undefined when there is none. */
  async partialStream(key: string, signal: AbortSignal) {
    const generating = await this.isGenerating(key).catch(() => false);
    return this.deps.work.stream(key, { signal, waitForStartMs: generating ? 5000 : 0 });
  }

  async isGenerating(key: string): Promise<boolean> {
    const state = (await this.deps.queue.get(key))?.state;
    return state === 'active' || state === 'waiting' || state === 'prioritized' || state === 'delayed';
  }

  async jobStatus(jobId: string) {
    const job = await this.deps.queue.get(jobId);
    if (!job) {
      const manifest = await this.manifests.get(jobId).catch(() => undefined);
      return manifest ? { jobId, state: 'completed', progress: 1, audioUrl: this.audioUrlOf(jobId) } : undefined;
    }
    return {
      jobId,
      state: job.state,
      progress: job.progress.fraction,
      chunksDone: job.progress.chunksDone,
      chunksTotal: job.progress.chunksTotal,
      readyMs: job.progress.readyMs,
      attempts: job.attemptsMade,
      error: job.state === 'failed' ? job.failedReason : undefined,
      articleId: job.data.articleId,
      voice: job.data.voice,
      audioUrl: job.state === 'completed' ? this.audioUrlOf(jobId) : undefined,
      // What the job cost: characters sent to a paid provider (0 for espeak-ng).
      billedChars: job.state === 'completed' ? job.result?.billedChars : undefined,
    };
  }

  private async publicArticle(id: string): Promise<ArticleRecord> {
    const record = await this.deps.articles.get(id);
    // An unpublished (retracted) article is hidden from listeners as if it did not exist.
    if (!record || record.published === false) throw new ArticleNotFoundError(id);
    return record;
  }

  private bodyFor(key: string, articleId: string, manifest: Manifest): Buffer {
    // The same audio can serve several articles with the same text: the body names this one.
    const bodyKey = `${key}|${articleId}`;
    let body = this.bodies.get(bodyKey);
    if (!body) {
      body = Buffer.from(JSON.stringify({ ...manifest, articleId, audioUrl: this.audioUrlOf(key) }));
      this.bodies.set(bodyKey, body);
    }
    return body;
  }

  private async statusFor(record: ArticleRecord, voice: VoiceId, options: { start: boolean; retry: boolean; sinceSegment: number }): Promise<AudioStatus> {
    const { key } = await this.deps.keys.keyForRecord(record, voice);
    const manifest = await this.manifests.get(key);
    if (manifest) {
      this.deps.usage.touch(key);
      return { state: 'ready', manifest, body: this.bodyFor(key, record.id, manifest) };
    }
    let job = await this.deps.queue.get(key);
    if (job?.state === 'completed') {
      // Finished once, but its audio has since been evicted or set aside: generate it again.
      await this.deps.queue.remove(key);
      job = undefined;
    }
    if (job?.state === 'failed') {
      const wait = options.retry ? 0 : this.autoRetry.secondsUntilRetry(job);
      if (wait > 0 || !options.start) {
        return { state: 'failed', jobId: key, error: job.failedReason || 'generation failed', retryAfterSeconds: Math.min(3600, wait) };
      }
      await this.deps.queue.retry(key, { automatic: !options.retry });
      job = { ...job, state: 'waiting' };
    }
    if (!job) {
      if (!options.start) return { state: 'absent', jobId: key };
      job = await this.deps.queue.add({ data: { key, articleId: record.id, revision: record.revision, voice }, priority: PRIORITY_LISTENER });
    }
    return this.pendingStatus(job, options.sinceSegment);
  }

  private async pendingStatus(job: JobSnapshot, sinceSegment: number): Promise<AudioStatus> {
    const active = job.state === 'active';
    const partial = active ? await this.deps.work.progress(job.id).catch(() => undefined) : undefined;
    const warning = !active && (await this.liveWorkers()) === 0 ? NO_WORKER_WARNING : undefined;
    return {
      state: 'pending',
      status: active ? 'generating' : job.attemptsMade > 0 || job.autoRetries > 0 ? 'retrying' : 'queued',
      progress: job.progress.fraction,
      jobId: job.id,
      // Offered as soon as the job runs: the stream route waits the moment it takes to begin.
      streamUrl: active ? `/v1/stream/${job.id}.mp3` : undefined,
      readyMs: partial ? partial.durationMs : 0,
      // A player polling a long article asks only for the sentences it has not seen.
      segments: partial?.segments.slice(sinceSegment) ?? [],
      ...(warning ? { warning } : {}),
    };
  }

  /** Live workers, asked at most every two seconds. */
  async liveWorkers(): Promise<number> {
    if (Date.now() - this.workers.checkedAt > WORKERS_TTL_MS) {
      this.workers = { count: await this.deps.queue.liveWorkers(), checkedAt: Date.now() };
    }
    return this.workers.count;
  }
}

export { PRIORITY_BATCH, PRIORITY_LISTENER };
