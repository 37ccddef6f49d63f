import type { ManifestWarning } from '../manifest.js';
import type { VoiceId } from '../voices.js';

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
  /** Where the front end fell back to spelling a token it had no rule for (editors add a lexicon entry). */
  warnings?: ManifestWarning[];
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

export type JobState = 'waiting' | 'prioritized' | 'delayed' | 'active' | 'completed' | 'failed' | 'unknown';

/** A job as the services see it: plain data, never the queue library's objects. */
export interface JobSnapshot {
  id: string;
  state: JobState;
  data: SynthesisJobData;
  progress: SynthesisProgress;
  /** Attempts that ended in failure so far. */
  attemptsMade: number;
  /** Public reason of the last failure (short, no server paths). */
  failedReason?: string;
  /** When the job last finished (completed or failed), ms since the epoch. */
  finishedOn?: number;
  result?: SynthesisJobResult;
  /** Times this audio has been retried automatically after failing (listener-driven back-off). */
  autoRetries: number;
}

export interface EnqueueRequest {
  data: SynthesisJobData;
  /** Lower runs first: listeners before bulk pre-generation. */
  priority: number;
}

/**
 * The queue of synthesis jobs, as the services use it (a port: the BullMQ adapter is in
 * `bullmq-synthesis-queue.ts`). Every method rejects with `DependencyUnavailableError`
 * quickly when the queue cannot be reached, instead of waiting for it.
 */
export interface SynthesisQueue {
  /** Adds a job with ID `data.key`, or returns the existing one: concurrent adds make one job. */
  add(request: EnqueueRequest): Promise<JobSnapshot>;
  /** Many at once, pipelined (pre-generation of thousands). */
  addMany(requests: EnqueueRequest[]): Promise<JobSnapshot[]>;
  get(id: string): Promise<JobSnapshot | undefined>;
  /** States of many jobs at once (concurrent, not one round trip after another); absent jobs are left out. */
  states(ids: string[]): Promise<Map<string, JobState>>;
  /** Puts a failed job back in the queue; `automatic` counts it as a listener-driven retry. */
  retry(id: string, options?: { automatic?: boolean }): Promise<void>;
  /** Removes a job that is not running (a running one ends as obsolete). */
  remove(id: string): Promise<void>;
  counts(): Promise<Record<string, number>>;
  /** Worker processes that reported themselves alive in the last few seconds. */
  liveWorkers(): Promise<number>;
  close(): Promise<void>;
}

/** Interactive requests go before bulk pre-generation. */
export const PRIORITY_LISTENER = 1;
export const PRIORITY_BATCH = 10;

/** A job as the processor sees it while it runs. */
export interface RunningJob {
  id: string;
  data: SynthesisJobData;
  /** Failed attempts before this one. */
  attemptsMade: number;
  /** Aborted when the worker hands the job back (shutdown) or it must stop. */
  signal: AbortSignal;
  reportProgress(progress: SynthesisProgress): Promise<void>;
}

export type SynthesisProcessor = (job: RunningJob) => Promise<SynthesisJobResult>;

/**
 * How a processor reports a failure to the queue: a message fit for anyone to read (it is
 * shown by public routes: no server paths, no tool output) and whether trying again can help.
 */
export class JobFailure extends Error {
  constructor(
    publicMessage: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(publicMessage, options);
    this.name = 'JobFailure';
  }
}
