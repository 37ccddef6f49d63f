import type { Redis } from 'ioredis';
import { onRedis } from './redis-availability.js';

/**
 * Which articles use each audio, and the audio no article uses any more, waiting out its
 * grace period (AUDIO_RETENTION_HOURS) before it is removed. A listener who loaded the old
 * revision's manifest a moment before a correction keeps playing it; a revert to the old
 * text within the grace period finds its audio still there.
 *
 * Audio keys are content-addressed: two articles with the same text share one audio, so
 * an audio is released only when the last article using it lets go.
 */
export interface AudioReferences {
  /**
   * `articleId` now uses `held` and no longer `released`. Released keys that no article
   * uses are scheduled for removal at `removeAt` (ms since the epoch); held keys leave
   * the schedule (used again). Returns the keys that became unused.
   */
  repoint(articleId: string, change: { held: readonly string[]; released: readonly string[]; removeAt: number }): Promise<string[]>;
  /**
   * Every key `articleId` let go of that still no article uses, taken off the schedule so
   * the caller removes it now (a retraction must stop playing at once, old revisions too).
   */
  withdraw(articleId: string): Promise<string[]>;
  /** Takes up to `limit` keys whose removal time has come and that no article uses again. */
  takeDue(now: number, limit: number): Promise<string[]>;
}

/** How long an article remembers what it let go of, past the grace period. */
const RETIRED_BY_EXTRA_SECONDS = 24 * 3600;

// KEYS: none (keys are derived from the prefix: one slot when the prefix is in braces).
// ARGV: prefix, articleId, removeAt, retiredTtlSeconds, heldCount, held..., released...
const REPOINT = `
local prefix, article, removeAt, ttl, nHeld = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5])
local retiring, retiredBy = prefix .. ':audio:retiring', prefix .. ':audio:retired-by:' .. article
for i = 6, 5 + nHeld do
  redis.call('SADD', prefix .. ':audio:owners:' .. ARGV[i], article)
  redis.call('ZREM', retiring, ARGV[i])
end
local unused = {}
for i = 6 + nHeld, #ARGV do
  local owners = prefix .. ':audio:owners:' .. ARGV[i]
  redis.call('SREM', owners, article)
  if redis.call('SCARD', owners) == 0 then
    redis.call('ZADD', retiring, removeAt, ARGV[i])
    redis.call('SADD', retiredBy, ARGV[i])
    table.insert(unused, ARGV[i])
  end
end
if #unused > 0 then redis.call('EXPIRE', retiredBy, ttl) end
return unused
`;

const WITHDRAW = `
local prefix, article = ARGV[1], ARGV[2]
local retiredBy = prefix .. ':audio:retired-by:' .. article
local unused = {}
for _, key in ipairs(redis.call('SMEMBERS', retiredBy)) do
  if redis.call('SCARD', prefix .. ':audio:owners:' .. key) == 0 then
    redis.call('ZREM', prefix .. ':audio:retiring', key)
    table.insert(unused, key)
  end
end
redis.call('DEL', retiredBy)
return unused
`;

const TAKE_DUE = `
local prefix, now, limit = ARGV[1], ARGV[2], tonumber(ARGV[3])
local retiring = prefix .. ':audio:retiring'
local due = redis.call('ZRANGEBYSCORE', retiring, '-inf', now, 'LIMIT', 0, limit)
local unused = {}
for _, key in ipairs(due) do
  redis.call('ZREM', retiring, key)
  if redis.call('SCARD', prefix .. ':audio:owners:' .. key) == 0 then table.insert(unused, key) end
end
return unused
`;

/**
 * Audio references in Redis, each change one script (atomic against concurrent editors):
 * `<p>:audio:owners:<key>` set of article IDs whose current, published revision has this
 * audio; `<p>:audio:retiring` sorted set of unused keys scored by when they go;
 * `<p>:audio:retired-by:<articleId>` what that article let go of (for a retraction).
 */
export class RedisAudioReferences implements AudioReferences {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** The grace period, so what an article let go of is remembered at least that long. */
    private readonly retentionMs: number,
  ) {}

  async repoint(articleId: string, change: { held: readonly string[]; released: readonly string[]; removeAt: number }): Promise<string[]> {
    if (change.held.length === 0 && change.released.length === 0) return [];
    const ttl = Math.ceil(this.retentionMs / 1000) + RETIRED_BY_EXTRA_SECONDS;
    const args = [this.prefix, articleId, String(change.removeAt), String(ttl), String(change.held.length), ...change.held, ...change.released];
    // Fails fast while Redis is unreachable: an editor's write must not wait on bookkeeping.
    return (await onRedis(this.redis, () => this.redis.eval(REPOINT, 0, ...args))) as string[];
  }

  async withdraw(articleId: string): Promise<string[]> {
    return (await onRedis(this.redis, () => this.redis.eval(WITHDRAW, 0, this.prefix, articleId))) as string[];
  }

  async takeDue(now: number, limit: number): Promise<string[]> {
    return (await onRedis(this.redis, () => this.redis.eval(TAKE_DUE, 0, this.prefix, String(now), String(limit)))) as string[];
  }
}
