import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { VoiceId } from '../voices.js';

export const SYNTHESIS_QUEUE = 'synthesize';

/** What a synthesis job carries: small, so the article itself is read from the store. */
export interface SynthesisJobData {
  /** The audio's content key; also the job ID, so one audio is never generated twice at once. */
  key: string;
  articleId: string;
  /** The article revision the key was computed for; a newer revision makes the job obsolete. */
  revision: string;
  voice: VoiceId;
  /** Set by pre-generation batches so their progress can be followed. */
  batchId?: string;
}

export interface SynthesisJobResult {
  key: string;
  durationMs: number;
  chunks: number;
  chunksReused: number;
  /** Characters sent to a paid provider by this job (its cost). */
  billedChars: number;
}

/** Progress as the worker reports it; the API passes it to players. */
export interface SynthesisProgress {
  /** 0–1 */
  fraction: number;
  chunksDone: number;
  chunksTotal: number;
  /** Milliseconds of audio already encoded and streamable, in reading order. */
  readyMs: number;
}

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  // Finished audio lives in the cache; the job record is only needed briefly for status.
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 24 * 3600, count: 10_000 },
};

export function createSynthesisQueue(connection: ConnectionOptions, prefix: string) {
  return new Queue<SynthesisJobData, SynthesisJobResult>(SYNTHESIS_QUEUE, {
    connection,
    prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
}

export type SynthesisQueue = ReturnType<typeof createSynthesisQueue>;
