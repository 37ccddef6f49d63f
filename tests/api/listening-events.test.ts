import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteKeysUnder } from '../../src/queue/redis-keys.js';
import { REDIS_URL, startTestService, type TestService } from '../helpers/service.js';

const HOST = 'http://bao-thu-nghiem.example';
const ARTICLE = { title: 'Giá cà phê tăng', text: 'Sáng 12-11, giá cà phê tăng mạnh. Nông dân phấn khởi vào vụ thu hoạch.' };

/** The beacon's body: text/plain, as `navigator.sendBeacon(url, string)` sends it. */
const beacon = (t: TestService, body: unknown, headers: Record<string, string> = {}) => {
  const req = request(t.baseUrl).post('/v1/events').set('Content-Type', 'text/plain;charset=UTF-8');
  for (const [name, value] of Object.entries(headers)) req.set(name, value);
  return req.send(typeof body === 'string' ? body : JSON.stringify(body));
};

async function putArticle(t: TestService, id: string) {
  await request(t.baseUrl).put(`/v1/articles/${id}`).set('Authorization', t.auth).send(ARTICLE).expect(201);
}

/** Everything the endpoint may change: the Redis counters under the prefix and the Prometheus counter. */
async function counters(t: TestService, redis: Redis): Promise<string> {
  const keys = (await redis.keys(`${t.prefix}:listening:*`)).sort();
  const hashes = await Promise.all(keys.map(async (key) => [key, await redis.hgetall(key)]));
  const metrics = (await request(t.baseUrl).get('/metrics')).text.split('\n').filter((line) => line.startsWith('tts_listening_events_total'));
  return JSON.stringify({ hashes, metrics });
}

describe('POST /v1/events and GET /v1/articles/:id/stats', () => {
  let t: TestService;
  let redis: Redis;
  beforeAll(async () => {
    t = await startTestService({ worker: false, env: { PLAYER_ORIGINS: HOST, EVENTS_RATE_LIMIT_PER_MINUTE: '100000' } });
    redis = new Redis(REDIS_URL);
    await putArticle(t, 'ca-phe');
    await putArticle(t, 'lua-gao');
  });
  afterAll(async () => {
    redis?.disconnect();
    await t?.close();
  });

  it('counts a beacon batch per article and voice, for editors and for Prometheus', async () => {
    const events = [
      { type: 'play', articleId: 'ca-phe', voice: 'south-female', speed: 1.25 },
      { type: 'progress', articleId: 'ca-phe', voice: 'south-female', percent: 25 },
      { type: 'progress', articleId: 'ca-phe', voice: 'south-female', percent: 50 },
      { type: 'speed', articleId: 'ca-phe', voice: 'south-female', speed: 1.5 },
      { type: 'error', articleId: 'ca-phe', voice: 'north-male', code: 'network' },
      { type: 'play', articleId: 'lua-gao', voice: 'north-male', speed: 1 },
    ];
    const res = await beacon(t, { events }, { Origin: HOST });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ counted: 6 });
    expect(res.headers['set-cookie']).toBeUndefined();
    // application/json works too (a fetch fallback).
    await request(t.baseUrl).post('/v1/events').send({ events: [{ type: 'complete', articleId: 'ca-phe', voice: 'south-female' }, { type: 'progress', articleId: 'ca-phe', voice: 'south-female', percent: 100 }] }).expect(202);

    const stats = await request(t.baseUrl).get('/v1/articles/ca-phe/stats').set('Authorization', t.auth).expect(200);
    expect(stats.body.voices['south-female']).toEqual({
      plays: 1,
      reached: { 25: 1, 50: 1, 75: 0, 100: 1 },
      completions: 1,
      errors: 0,
      speeds: { '1.25': 1, '1.5': 1 },
      errorCodes: {},
    });
    expect(stats.body.voices['north-male']).toMatchObject({ plays: 0, errors: 1, errorCodes: { network: 1 } });
    expect(stats.body.total).toMatchObject({ plays: 1, errors: 1, completions: 1 });
    expect((await request(t.baseUrl).get('/v1/articles/lua-gao/stats').set('Authorization', t.auth)).body.total.plays).toBe(1);

    const metrics = (await request(t.baseUrl).get('/metrics')).text;
    expect(metrics).toContain('tts_listening_events_total{type="play",voice="south-female",detail="1.25"} 1');
    expect(metrics).toContain('tts_listening_events_total{type="progress",voice="south-female",detail="50"} 1');
  });

  it('keeps the stats for editors and answers unknown articles with 404', async () => {
    expect((await request(t.baseUrl).get('/v1/articles/ca-phe/stats')).status).toBe(401);
    const missing = await request(t.baseUrl).get('/v1/articles/khong-co/stats').set('Authorization', t.auth);
    expect(missing.status).toBe(404);
    // A batch about an article that is not stored counts nothing, not even its valid events.
    const before = await counters(t, redis);
    const res = await beacon(t, { events: [{ type: 'play', articleId: 'ca-phe', voice: 'north-female', speed: 1 }, { type: 'play', articleId: 'khong-co', voice: 'north-female', speed: 1 }] });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', field: 'events' });
    expect(await counters(t, redis)).toBe(before);
  });

  it.each([
    ['Sec-GPC', { 'Sec-GPC': '1' }],
    ['DNT', { DNT: '1' }],
  ])('counts nothing from a browser that sends %s', async (_name, headers) => {
    const before = await counters(t, redis);
    const res = await beacon(t, { events: [{ type: 'play', articleId: 'ca-phe', voice: 'north-female', speed: 1 }] }, headers);
    expect(res.status).toBe(204);
    expect(await counters(t, redis)).toBe(before);
  });

  it('refuses events sent from a page outside PLAYER_ORIGINS, and accepts its own pages', async () => {
    const before = await counters(t, redis);
    const res = await beacon(t, { events: [{ type: 'play', articleId: 'ca-phe', voice: 'north-female', speed: 1 }] }, { Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(await counters(t, redis)).toBe(before);
    // The API's own pages (demo, /embed) may always send.
    const own = await beacon(t, { events: [{ type: 'play', articleId: 'lua-gao', voice: 'south-male', speed: 2 }] }, { Origin: t.baseUrl });
    expect(own.status).toBe(202);
  });

  it('answers every malformed or oversized payload of a seeded fuzzer with 4xx and counts nothing', async () => {
    const random = mulberry32(20261201);
    const statuses = new Map<number, number>();
    const before = await counters(t, redis);
    for (let n = 0; n < 400; n++) {
      const { body, contentType, kind } = makeBadPayload(random);
      const res = await request(t.baseUrl).post('/v1/events').set('Content-Type', contentType).send(body);
      if (res.status < 400 || res.status >= 500) throw new Error(`payload #${n} (${kind}) got ${res.status}: ${String(body).slice(0, 300)}`);
      expect(res.body.error?.code, kind).toBeTypeOf('string');
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (n % 50 === 49) expect(await counters(t, redis)).toBe(before);
    }
    expect(await counters(t, redis)).toBe(before);
    console.log('fuzzed /v1/events, 400 payloads, statuses:', Object.fromEntries(statuses));
    expect([...statuses.keys()].sort()).toEqual([400, 404, 413, 415]);
  });
});

describe('the events rate limit', () => {
  it('is shared by every API instance through Redis, and a limited batch counts nothing', async () => {
    const prefix = `test-shared-${randomUUID().slice(0, 8)}`;
    const env = { QUEUE_PREFIX: prefix, EVENTS_RATE_LIMIT_PER_MINUTE: '3' };
    // Two API processes of one deployment: one Redis prefix, one article store.
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tts-events-'));
    const [a, b] = await Promise.all([startTestService({ worker: false, env, cacheDir }), startTestService({ worker: false, env, cacheDir })]);
    const redis = new Redis(REDIS_URL);
    try {
      await putArticle(a, 'ca-phe');
      const play = { events: [{ type: 'play', articleId: 'ca-phe', voice: 'north-female', speed: 1 }] };
      const answers = [];
      for (const api of [a, b, a, b]) answers.push((await beacon(api, play)).status);
      expect(answers).toEqual([202, 202, 202, 429]);
      const limited = await beacon(a, play);
      expect(limited.body.error).toMatchObject({ code: 'rate_limited' });
      expect(await redis.hget(`${prefix}:listening:ca-phe`, 'north-female|plays')).toBe('3');
      expect(await redis.keys(`${prefix}:rl:events:*`)).toHaveLength(1);
    } finally {
      redis.disconnect();
      await Promise.all([a.close(), b.close()]);
      await deleteKeysUnder(REDIS_URL, prefix);
      await fs.rm(cacheDir, { recursive: true, force: true });
    }
  });
});

/** A small seeded PRNG, so a failing payload can be found again. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = () => ({ type: 'play', articleId: 'ca-phe', voice: 'north-female', speed: 1 }) as Record<string, unknown>;
/** Values that are never valid where they are put (every field is a string enum/pattern or a listed number). */
const JUNK: unknown[] = [null, true, -1, 1e308, 0.5, 3, '', 'x'.repeat(300), [], {}, { $gt: '' }, '../../etc/passwd', '<script>', 'NaN', '北', '\u0000'];

/** One payload the endpoint must refuse, with the content type it is sent as. */
function makeBadPayload(random: () => number): { body: string; contentType: string; kind: string } {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const json = 'text/plain;charset=UTF-8';
  const kinds: (() => { body: string; contentType: string; kind: string })[] = [
    () => {
      const text = JSON.stringify({ events: [VALID(), VALID()] });
      return { body: text.slice(0, 1 + Math.floor(random() * (text.length - 2))), contentType: json, kind: 'truncated JSON' };
    },
    () => ({ body: pick(['', 'null', '[]', '42', '"events"', 'true', '{}', '{"events":[]}', '{"events":{}}']), contentType: json, kind: 'not a batch' }),
    () => {
      const event = VALID();
      event[pick(['type', 'articleId', 'voice', 'speed'])] = pick(JUNK);
      return { body: JSON.stringify({ events: [event] }), contentType: json, kind: 'junk value' };
    },
    () => {
      const event = VALID();
      delete event[pick(['type', 'articleId', 'voice', 'speed'])];
      return { body: JSON.stringify({ events: [event] }), contentType: json, kind: 'missing field' };
    },
    () => {
      const event = { ...VALID(), [pick(['userId', 'ip', 'cookie', '__proto__', 'constructor', 'url'])]: 'x' };
      return { body: JSON.stringify({ events: [event] }).replace('"x"', '"abc"'), contentType: json, kind: 'extra field' };
    },
    () => ({ body: JSON.stringify({ events: [VALID()], [pick(['session', 'v', 'sentAt'])]: 1 }), contentType: json, kind: 'extra top-level field' }),
    () => ({ body: JSON.stringify({ events: Array.from({ length: 51 + Math.floor(random() * 100) }, VALID) }), contentType: json, kind: 'too many events' }),
    () => ({ body: JSON.stringify({ events: Array.from({ length: 6 }, (_, i) => ({ ...VALID(), articleId: `bai-${i}` })) }), contentType: json, kind: 'too many articles' }),
    () => ({ body: JSON.stringify({ events: [{ ...VALID(), articleId: `khong-co-${Math.floor(random() * 1e6)}` }] }), contentType: json, kind: 'unknown article' }),
    () => ({ body: JSON.stringify({ events: [VALID()], pad: 'x'.repeat(17_000 + Math.floor(random() * 100_000)) }), contentType: json, kind: 'oversized' }),
    () => ({ body: '['.repeat(5000 + Math.floor(random() * 10_000)), contentType: json, kind: 'deep nesting' }),
    () => ({ body: JSON.stringify({ events: [VALID()] }), contentType: pick(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'text/html', 'image/png']), kind: 'wrong content type' }),
    () => {
      const bytes = Array.from({ length: 1 + Math.floor(random() * 200) }, () => String.fromCharCode(Math.floor(random() * 0xffff)));
      return { body: bytes.join(''), contentType: json, kind: 'random characters' };
    },
    () => ({ body: JSON.stringify({ events: [{ ...VALID(), type: pick(['pause', 'seek', 'PLAY', 'play ', 'progress']), percent: pick([0, 10, 33, 101, '25']) }] }), contentType: json, kind: 'unknown type or percent' }),
  ];
  return pick(kinds)();
}

describe('listening events when Redis is down', () => {
  it('answer 503, not 500, and work once Redis is reachable again', async () => {
    // A TCP proxy that starts refusing, then forwards to the real Redis: "Redis came back".
    const net = await import('node:net');
    let up = false;
    const proxy = net.createServer((client) => {
      if (!up) return void client.destroy();
      const upstream = net.connect(6379, '127.0.0.1');
      client.pipe(upstream).pipe(client);
      const close = () => (client.destroy(), upstream.destroy());
      client.on('error', close);
      upstream.on('error', close);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as import('node:net').AddressInfo).port;
    const t = await startTestService({ worker: false, env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
    try {
      await putArticle(t, 'mua-lon');
      const play = { events: [{ type: 'play', articleId: 'mua-lon', voice: 'south-female', speed: 1 }] };
      const down = await beacon(t, play);
      expect(down.status).toBe(503);
      expect(down.body.error.code).toBe('unavailable');
      up = true;
      await expect.poll(async () => (await beacon(t, play)).status, { timeout: 15_000, interval: 500 }).toBe(202);
    } finally {
      await t.close();
      proxy.close();
    }
  }, 40_000);
});
