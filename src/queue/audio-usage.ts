import type { Redis } from 'ioredis';

/** A process notes a key's use at most this often (players ask for the same audio constantly). */
const NOTE_EVERY_MS = 60_000;
/** Bound on keys remembered as recently noted, per process. */
const NOTED_LIMIT = 100_000;

/**
 * When each audio was last used, across every API process: a sorted set
 * `<prefix>:audio:used` (key → last use, ms). Eviction removes the least recently used
 * first, whichever API served it. Writes are throttled per key and never block a request.
 */
export class AudioUsage {
  private readonly noted = new Map<string, number>();
  private readonly setKey: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.setKey = `${prefix}:audio:used`;
  }

  /** Notes a use of `key` (fire and forget). */
  touch(key: string, now = Date.now()): void {
    const last = this.noted.get(key);
    if (last !== undefined && now - last < NOTE_EVERY_MS) return;
    if (this.noted.size >= NOTED_LIMIT) this.noted.clear();
    this.noted.set(key, now);
    void this.redis.zadd(this.setKey, now, key).catch(() => undefined);
  }

  /** Last use of each key (ms), for the keys that have one. */
  async lastUsed(keys: string[]): Promise<Map<string, number>> {
    const used = new Map<string, number>();
    for (let i = 0; i < keys.length; i += 1000) {
      const slice = keys.slice(i, i + 1000);
      const scores = await this.redis.zmscore(this.setKey, ...slice);
      slice.forEach((key, j) => {
        if (scores[j] !== null) used.set(key, Number(scores[j]));
      });
    }
    return used;
  }

  async forget(keys: string[]): Promise<void> {
    if (keys.length) await this.redis.zrem(this.setKey, ...keys);
    for (const key of keys) this.noted.delete(key);
  }
}
