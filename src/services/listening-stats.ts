import type { Redis } from 'ioredis';
import { ArticleNotFoundError } from '../errors.js';
import { onRedis } from '../queue/redis-availability.js';
import { VOICE_IDS, type VoiceId } from '../voices.js';

/** The playback rates a player offers (the only speeds counted). */
export const LISTENING_SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** How far into an article a listener got. */
export const LISTENING_MILESTONES = [25, 50, 75, 100] as const;
/** What went wrong for a listener, as the player classifies it. */
export const LISTENING_ERRORS = ['network', 'media', 'not_found', 'generation_failed', 'rate_limited', 'other'] as const;

type Speed = (typeof LISTENING_SPEEDS)[number];

/** One thing a listener did, as the player reports it: no time stamp, no listener identity. */
export type ListeningEvent =
  | { type: 'play'; articleId: string; voice: VoiceId; speed: Speed }
  | { type: 'progress'; articleId: string; voice: VoiceId; percent: (typeof LISTENING_MILESTONES)[number] }
  | { type: 'complete'; articleId: string; voice: VoiceId }
  | { type: 'speed'; articleId: string; voice: VoiceId; speed: Speed }
  | { type: 'error'; articleId: string; voice: VoiceId; code: (typeof LISTENING_ERRORS)[number] };

/** The counters of one voice of an article. */
export interface VoiceStats {
  plays: number;
  /** Listeners who reached 25/50/75/100 % of the audio. */
  reached: Record<string, number>;
  completions: number;
  errors: number;
  /** Plays started at, or changes to, each speed. */
  speeds: Record<string, number>;
  errorCodes: Record<string, number>;
}

export interface ArticleListeningStats {
  articleId: string;
  total: VoiceStats;
  voices: Partial<Record<VoiceId, VoiceStats>>;
}

/** Raised for a batch naming an article the service does not have: nothing is counted. */
export class UnknownArticleError extends ArticleNotFoundError {
  override readonly field = 'events';
}

/**
 * Listening counters per article and voice, in one Redis hash per article (keys under the
 * deployment's prefix), so every API instance adds to the same numbers. Only events about
 * stored articles are counted, and a batch is counted whole or not at all: the endpoint
 * cannot be used to create keys or half-apply a bad batch.
 */
export class ListeningStats {
  constructor(private readonly deps: { redis: Redis; prefix: string; articleExists(id: string): Promise<boolean> }) {}

  /**
   * Counts a batch of events, atomically. Throws `UnknownArticleError` (nothing counted)
   * when one names an article that is not stored.
   * @example await stats.record([{ type: 'play', articleId: 'bai-1', voice: 'north-female', speed: 1 }])
   */
  async record(events: readonly ListeningEvent[]): Promise<void> {
    for (const id of new Set(events.map((e) => e.articleId))) {
      if (!(await this.deps.articleExists(id))) throw new UnknownArticleError(id);
    }
    const multi = this.deps.redis.multi();
    for (const event of events) {
      for (const field of fieldsOf(event)) multi.hincrby(this.keyOf(event.articleId), `${event.voice}|${field}`, 1);
    }
    const results = await onRedis(this.deps.redis, () => multi.exec());
    const failed = results?.find(([error]) => error)?.[0];
    if (failed) throw failed;
  }

  /** The counters of one stored article, per voice and in total (zeros for an article nobody played). */
  async read(articleId: string): Promise<ArticleListeningStats> {
    if (!(await this.deps.articleExists(articleId))) throw new UnknownArticleError(articleId);
    const hash = await onRedis(this.deps.redis, () => this.deps.redis.hgetall(this.keyOf(articleId)));
    const total = emptyStats();
    const voices: Partial<Record<VoiceId, VoiceStats>> = {};
    for (const [name, value] of Object.entries(hash)) {
      const [voice, field] = name.split('|') as [VoiceId, string];
      if (!VOICE_IDS.includes(voice)) continue;
      const count = Number(value) || 0;
      addTo((voices[voice] ??= emptyStats()), field, count);
      addTo(total, field, count);
    }
    return { articleId, total, voices };
  }

  /** Forgets an article's counters (the article was deleted). */
  async forget(articleId: string): Promise<void> {
    await this.deps.redis.del(this.keyOf(articleId));
  }

  private keyOf(articleId: string): string {
    return `${this.deps.prefix}:listening:${articleId}`;
  }
}

/** The hash fields an event adds one to. */
function fieldsOf(event: ListeningEvent): string[] {
  switch (event.type) {
    case 'play':
      return ['plays', `speed:${event.speed}`];
    case 'progress':
      return [`reached:${event.percent}`];
    case 'complete':
      return ['completions'];
    case 'speed':
      return [`speed:${event.speed}`];
    case 'error':
      return ['errors', `error:${event.code}`];
  }
}

function emptyStats(): VoiceStats {
  return {
    plays: 0,
    reached: Object.fromEntries(LISTENING_MILESTONES.map((m) => [String(m), 0])),
    completions: 0,
    errors: 0,
    speeds: {},
    errorCodes: {},
  };
}

function addTo(stats: VoiceStats, field: string, count: number): void {
  const [name, detail] = field.split(':');
  if (name === 'plays') stats.plays += count;
  else if (name === 'completions') stats.completions += count;
  else if (name === 'errors') stats.errors += count;
  else if (name === 'reached' && detail in stats.reached) stats.reached[detail] += count;
  else if (name === 'speed' && detail) stats.speeds[detail] = (stats.speeds[detail] ?? 0) + count;
  else if (name === 'error' && detail) stats.errorCodes[detail] = (stats.errorCodes[detail] ?? 0) + count;
}
