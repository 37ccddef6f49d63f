import type { Redis } from 'ioredis';
import { onRedis } from './redis-availability.js';
import { summaryOf, type BatchFailure, type BatchItem, type BatchStore, type BatchSummary, type Settlement } from '../storage/batch-store.js';

/** Batches are kept a week: long enough to follow any pre-generation run. */
const TTL_SECONDS = 7 * 24 * 3600;
/** How long a completed key is remembered for batches created just as its job ended. */
const SETTLED_TTL_SECONDS = 600;
/** Items per pipelined round trip when creating a batch. */
const SLICE = 2000;

/**
 * `<p>:batch:<id>`            hash: createdAt, total, ready, failed, callbackUrl
 * `<p>:batch:<id>:keys`       hash: audio key → JSON [{articleId, voice}] still pending
 * `<p>:batch:<id>:failures`   list of JSON failures
 * `<p>:batches-of:<key>`      set of batch IDs waiting for the key
 * `<p>:settled:<key>`         "ready" for a while after the key's job completed
 */
const CREATE_SLICE = `
local batch, keysKey, failuresKey, prefix, ttl = KEYS[1], KEYS[2], KEYS[3], ARGV[1], tonumber(ARGV[2])
local id = ARGV[3]
local ready = 0
for i = 4, #ARGV, 3 do
  local key, items, n = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  if redis.call('GET', prefix .. ':settled:' .. key) == 'ready' then
    ready = ready + n
  else
    local waiting = redis.call('HGET', keysKey, key)
    if waiting then
      local list = cjson.decode(waiting)
      for _, it in ipairs(cjson.decode(items)) do table.insert(list, it) end
      items = cjson.encode(list)
    end
    redis.call('HSET', keysKey, key, items)
    redis.call('SADD', prefix .. ':batches-of:' .. key, id)
    redis.call('EXPIRE', prefix .. ':batches-of:' .. key, ttl)
  end
end
redis.call('HINCRBY', batch, 'ready', ready)
redis.call('EXPIRE', keysKey, ttl)
redis.call('EXPIRE', failuresKey, ttl)
return 1
`;

const SETTLE = `
local prefix, key, settlement, settledTtl = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local s = cjson.decode(settlement)
if s.state == 'ready' then redis.call('SET', prefix .. ':settled:' .. key, 'ready', 'EX', settledTtl) end
local ids = redis.call('SMEMBERS', prefix .. ':batches-of:' .. key)
redis.call('DEL', prefix .. ':batches-of:' .. key)
local finished = {}
for _, id in ipairs(ids) do
  local batch = prefix .. ':batch:' .. id
  local items = redis.call('HGET', batch .. ':keys', key)
  if items then
    redis.call('HDEL', batch .. ':keys', key)
    local list = cjson.decode(items)
    if s.state == 'ready' then redis.call('HINCRBY', batch, 'ready', #list) else
      redis.call('HINCRBY', batch, 'failed', #list)
      for _, item in ipairs(list) do
        redis.call('RPUSH', batch .. ':failures', cjson.encode({articleId = item.articleId, voice = item.voice, error = s.error}))
      end
    end
    local h = redis.call('HMGET', batch, 'total', 'ready', 'failed')
    if tonumber(h[2]) + tonumber(h[3]) >= tonumber(h[1]) then table.insert(finished, id) end
  end
end
return finished
`;

/** Pre-generation batches in Redis (the default): counters moved by the workers' settlements. */
export class RedisBatchStore implements BatchStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private batchKey(id: string) {
    return `${this.prefix}:batch:${id}`;
  }

  async create(id: string, total: number, options: { callbackUrl?: string } = {}): Promise<void> {
    // Fails fast (503) while Redis is unreachable, instead of waiting on reconnection.
    return onRedis(this.redis, async () => {
      const batch = this.batchKey(id);
      await this.redis
        .multi()
        .hset(batch, { createdAt: new Date().toISOString(), total, ready: 0, failed: 0, ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}) })
        .expire(batch, TTL_SECONDS)
        .exec();
    });
  }

  async addItems(id: string, items: BatchItem[]): Promise<void> {
    // Fails fast (503) while Redis is unreachable, instead of waiting on reconnection.
    return onRedis(this.redis, async () => {
      const batch = this.batchKey(id);
      const alreadyReady = items.filter((i) => i.state === 'ready').length;
      const byKey = new Map<string, { articleId: string; voice: string }[]>();
      for (const item of items) {
        if (item.state === 'ready') continue;
        const list = byKey.get(item.key) ?? [];
        list.push({ articleId: item.articleId, voice: item.voice });
        byKey.set(item.key, list);
      }
      const entries = [...byKey.entries()];
      const pipeline = this.redis.pipeline();
      if (alreadyReady) pipeline.hincrby(batch, 'ready', alreadyReady);
      for (let i = 0; i < entries.length; i += SLICE) {
        const args = entries.slice(i, i + SLICE).flatMap(([key, list]) => [key, JSON.stringify(list), String(list.length)]);
        pipeline.eval(CREATE_SLICE, 3, batch, `${batch}:keys`, `${batch}:failures`, this.prefix, TTL_SECONDS, id, ...args);
      }
      const results = await pipeline.exec();
      const failure = results?.find(([error]) => error);
      if (failure) throw failure[0];
    });
  }

  async summary(id: string, options: { maxFailures?: number } = {}): Promise<BatchSummary | undefined> {
    // Fails fast (503) while Redis is unreachable, instead of waiting on reconnection.
    return onRedis(this.redis, async () => {
      const batch = this.batchKey(id);
      const [[, fields], [, failures]] = (await this.redis
        .multi()
        .hgetall(batch)
        .lrange(`${batch}:failures`, 0, (options.maxFailures ?? 1000) - 1)
        .exec()) as [[unknown, Record<string, string>], [unknown, string[]]];
      if (!fields?.createdAt) return undefined;
      return summaryOf(
        {
          batchId: id,
          createdAt: fields.createdAt,
          total: Number(fields.total),
          ready: Number(fields.ready),
          failed: Number(fields.failed),
          ...(fields.callbackUrl ? { callbackUrl: fields.callbackUrl } : {}),
        },
        failures.map((f) => JSON.parse(f) as BatchFailure),
      );
    });
  }

  async settle(key: string, settlement: Settlement): Promise<string[]> {
    // A worker's settlement waits for Redis rather than failing fast: a lost one would leave its batch unfinished.
    return (await this.redis.eval(SETTLE, 0, this.prefix, key, JSON.stringify(settlement), SETTLED_TTL_SECONDS)) as string[];
  }
}
