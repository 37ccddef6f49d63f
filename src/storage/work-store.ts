import type { Manifest } from '../manifest.js';

/** How a running job's partial audio ended. */
export type PartialOutcome = 'done' | 'failed';

/** The writer side of one job attempt's partial audio (the worker holds it). */
export interface PartialAudioWriter {
  /**
   * The file the MP3 encoder is writing: the store makes it readable by players as it
   * grows (the encoder must write to a file: only then does ffmpeg patch the duration header).
   */
  attach(encoderOutputPath: string): Promise<void>;
  /** The sentences encoded so far, with their timings (what a polling player shows). */
  writeProgress(partial: Manifest): Promise<void>;
  /** Readers finish what they have (`done`, after the final MP3 was published) or stop (`failed`). */
  end(outcome: PartialOutcome): Promise<void>;
}

export interface PartialStreamOptions {
  /** Aborted when the listener goes away. */
  signal?: AbortSignal;
  /** A job that has just started shows its first bytes within moments: wait this long for them. */
  waitForStartMs?: number;
  /** Give up when the audio has not grown for this long (a stalled or dead job). */
  idleLimitMs?: number;
}

/**
 * The only owner of a running job's partial files: the growing MP3 that progressive
 * playback streams and the progress manifest. Implementations: `work-store.local.ts`
 * (files on this machine, the default) and `work-store.object.ts` (parts in an object
 * store, so an API on one host streams a job running on another); both pass
 * `tests/storage/work-store.conformance.ts`.
 */
export interface WorkStore {
  /** Starts a new attempt for `key`, replacing whatever an earlier attempt left. */
  begin(key: string): Promise<PartialAudioWriter>;
  /** The latest progress manifest of the current attempt, if any. */
  progress(key: string): Promise<Manifest | undefined>;
  /**
   * The growing MP3 of the current attempt, from its first byte, until the attempt ends.
   * Undefined when no attempt has started (after `waitForStartMs`).
   */
  stream(key: string, options?: PartialStreamOptions): Promise<AsyncIterable<Buffer> | undefined>;
  /** Removes everything of `key`. */
  clear(key: string): Promise<void>;
  /**
   * Removes what ended attempts and crashed workers left behind: attempts that ended before
   * `endedBeforeMs`, and failed or running ones whose job is not live (will not run again).
   * Returns the keys cleared.
   */
  sweep(options: SweepOptions): Promise<string[]>;
  /** Bytes held (counted against the cache bound). */
  bytes(): Promise<number>;
}

export interface SweepOptions {
  endedBeforeMs: number;
  isLive(key: string): Promise<boolean>;
}

/**
 * The sweep's rule, the same for every WorkStore: work of an attempt that has not ended
 * (running, or its worker crashed) goes once its job is not live; an ended attempt goes
 * after `endedBeforeMs`, a failed one as soon as its job will not run again (its partial MP3
 * went when it failed; a retry about to begin must not lose its directory).
 */
export async function isLeftOver(key: string, ended: { outcome: PartialOutcome; at: number } | undefined, options: SweepOptions): Promise<boolean> {
  if (!ended) return !(await options.isLive(key));
  if (ended.at < options.endedBeforeMs) return true;
  return ended.outcome === 'failed' && !(await options.isLive(key));
}

export const STREAM_POLL_MS = 20;
export const DEFAULT_IDLE_LIMIT_MS = 30_000;
export const DEFAULT_WAIT_FOR_START_MS = 5_000;

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
