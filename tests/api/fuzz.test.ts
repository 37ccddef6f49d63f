/**
 * A seeded fuzz of malformed requests over every route, written byte for byte on the socket:
 * bad percent-encodings and invalid UTF-8 in the path, bodies whose Content-Encoding does
 * not match their bytes, wrong JSON types, huge strings, traversal IDs, bad Range and query
 * values, wrong methods and content types, bad auth. None may answer 5xx or leak a server
 * path, the process stays up, and a rejected request changes nothing stored (the cache
 * directory is compared after every request, Redis before and after the run).
 * FUZZ_SEED=<n> replays another sequence; FUZZ_COUNT=<n> sends more.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHeartbeat } from '../../src/queue/worker-heartbeat.js';
import { sendRaw, type RawRequest, type RawResponse } from '../helpers/raw-http.js';
import { EDITOR_KEY, startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_250_909);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2400);
const ARTICLE_ID = 'bai-mau';
const VOICE = 'north-female';
const TEXT = 'Sáng 9-9, mưa lớn kéo dài khiến nhiều tuyến phố ở Hà Nội ngập sâu. Lực lượng chức năng đã phân luồng giao thông từ sớm.';

/** mulberry32: a small seeded generator, so a failing sequence can be replayed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof seeded>;

const hex64 = 'ab'.repeat(32);
/** Path segments: bad encodings, raw invalid UTF-8, traversal, oversized, and a few valid ones. */
const SEGMENTS: (string | Buffer)[] = [
  '%ZZ', '%FF%FE', '%C0%AE%C0%AE', '%', '%%', '%E0%A4%A', '%ed%a0%80', '%F4%90%80%80', '%2e%2e', '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..', '.', '...', '..%2F..%2F', '..%5C..%5C', '%00', 'a%00b', '%u2215', '%2F', 'con', 'nul', 'x'.repeat(129), 'A'.repeat(8000), '%41'.repeat(2000),
  '__proto__', 'constructor', '${jndi:ldap:x}', "'%20OR%201=1--", '%3Cscript%3E', 'ti%E1%BA%BFng-vi%E1%BB%87t', hex64, hex64.toUpperCase(), hex64.slice(1), `${hex64}%00`,
  Buffer.from([0xff, 0xfe]), Buffer.from([0xc0, 0xae, 0xc0, 0xae]), Buffer.from('tiếng-việt'), Buffer.from([0x61, 0x80, 0x62]),
];
const PARAM_ROUTES = [
  '/v1/articles/{}/audio', '/v1/articles/{}', '/v1/articles/{}/stats', '/v1/audio/{}.mp3', '/v1/audio/{}', '/v1/audio/{}/', '/v1/stream/{}.mp3',
  '/v1/jobs/{}', '/v1/jobs/{}/events', '/embed/{}', '/v1/batches/{}', '/v1/feeds/{}.xml', '/v1/feeds/{}', '/v1/demo/articles/{}/stats',
  '/v1/webhooks/deliveries/{}', '/admin/queues/{}', '/{}',
];
const STATIC_ROUTES = [
  '/', '/healthz', '/readyz', '/metrics', '/v1/voices', '/player.js', '/docs', '/openapi.json', '/v1/playlists/latest', '/v1/lexicon',
  '/v1/webhooks/deliveries', '/admin/queues', '/v1/pregenerate', '/v1/events', '/v1/demo/articles', '/v1/demo/preview', `/v1/feeds/${VOICE}.xml`,
];
const BODY_ROUTES: [string, string][] = [
  ['PUT', `/v1/articles/${ARTICLE_ID}`], ['PUT', '/v1/articles/moi'], ['PUT', '/v1/lexicon'], ['POST', '/v1/pregenerate'],
  ['POST', '/v1/demo/articles'], ['POST', '/v1/demo/preview'], ['POST', '/v1/events'],
];
const QUERIES = [
  'voice=', 'voice=robot', 'voice=%FF', 'voice=%ZZ', 'voice[]=north-female', `voice=${VOICE}&voice=south-male`, 'voice=NORTH-FEMALE', 'since=-1', 'since=abc',
  'since=99999999', 'since=1e3', 'since=%00', 'retry=maybe', 'retry[]=1', 'retry=2', `${'a='.repeat(1500)}`, '%', 'voice=north-female%00', 'category=%ZZ',
  `category=${'x'.repeat(300)}`, 'tag[]=a&tag[]=b', 'limit=-1', 'limit=abc', 'limit=1e9', 'exclude=../x', 'status=lost', 'url=javascript:alert(1)', '__proto__[x]=1',
];
/** Bodies that no route accepts: broken JSON, wrong types, unknown fields, bounds exceeded. */
const BODIES: (string | Buffer)[] = [
  '', '{', '{"text":', 'null', '[]', '"chuỗi"', '123', 'true', '{"text": 1}', '{"text": ["a"]}', '{"text": null}', '{"title": {}, "text": "a"}',
  '{"text":"a","html":"<p>b</p>"}', '{"voices":"north-female","text":"a"}', '{"voices":["robot"],"text":"a"}', '{"voices":[],"text":"a"}',
  '{"pregenerate":"yes","text":"a"}', '{"text":"a","extra":1}', '{"url":"javascript:alert(1)"}', '{"url":"ftp://example.com/a"}', '{"url":"http://127.0.0.1:1/tin"}',
  '{"url":"http://10.0.0.1/tin"}', '{"url":"http://[::1]/"}', '{"tags":"a","text":"a"}', '{"tags":["<b>"],"text":"a"}', '{"publishedAt":"hôm qua","text":"a"}',
  '{"category":"\\u0000","text":"a"}', '{"text":"...!!! ???"}', '{"text":"   "}', '{"entries":[]}', '{"entries":{"":"x"}}', '{"entries":{"a":""}}', '{"entries":"a"}',
  '{"articles":[]}', '{"articles":["../x"]}', '{"articles":"a"}', '{"articles":["a"],"voices":["robot"]}', '{"articles":["a"],"callbackUrl":"http://10.0.0.1/"}',
  '{"articles":["a"],"callbackUrl":"notaurl"}', '{"events":[]}', '{"events":[{"type":"play"}]}', '{"events":"x"}', '{"events":[{"type":"complete","articleId":"..","voice":"north-female"}]}',
  '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '['.repeat(5000), `{"text":"${'\\u'.repeat(3)}"}`,
  Buffer.from('{"text":"\xff\xfe\xfd"}', 'latin1'), Buffer.from([0xef, 0xbb, 0xbf, 0x7b]), Buffer.from('{"text":"a"}', 'utf16le'), 'text=a&title=b',
  `{"text":"${'ừ'.repeat(230_000)}"}`, `{"html":"${'<p>á</p>'.repeat(120_000)}"}`, `{"title":"${'t'.repeat(2000)}","text":"a"}`, `{"entries":{"${'k'.repeat(200)}":"v"}}`,
];
const CONTENT_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'text/plain',
  'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/merge-patch+json', 'application/json, text/html', '',
];
const AUTHS: (string | Buffer | undefined)[] = [
  `Bearer ${EDITOR_KEY}`, `bearer ${EDITOR_KEY}`, undefined, 'Bearer', 'Bearer ', 'Bearer wrong-key', 'Basic dGVzdDp0ZXN0', `Bearer ${'x'.repeat(6000)}`,
  `Bearer ${EDITOR_KEY} extra`, Buffer.from('Bearer \xff\xfe', 'latin1'), `Token ${EDITOR_KEY}`,
];
const RANGES = ['bytes=abc', 'bytes=-', 'bytes=5-1', 'bytes=999999999-', 'bytes=0-0,5-10,1-2', 'items=0-1', 'bytes=-99999999999999999999', 'bytes= 0-1', 'bytes=0-1, ', 'bytes=--1', 'bytes=0-1x'];
const METHODS = ['PATCH', 'POST', 'DELETE', 'PUT', 'OPTIONS', 'TRACE', 'HEAD', 'FOO', 'get', 'CONNECT'];
const ENCODINGS = ['gzip', 'deflate', 'br'];

/** Kinds whose every request carries a body no route may accept. */
const BODY_KINDS = new Set(['body with mismatched Content-Encoding', 'malformed body']);

const withSegment = (route: string, segment: string | Buffer): Buffer => {
  const [before, after] = route.split('{}');
  return Buffer.concat([Buffer.from(before), Buffer.isBuffer(segment) ? segment : Buffer.from(segment, 'latin1'), Buffer.from(after)]);
};

/** One encoding's bytes of another encoding, a truncated stream, or plain bytes labelled compressed. */
function mismatchedEncoding(rng: Rng, body: Buffer): { encoding: string; bytes: Buffer } {
  const encoding = rng.pick([...ENCODINGS, 'gzip, br', 'compress', 'x-unknown', 'identity, gzip']);
  const compressed = { gzip: gzipSync(body), deflate: deflateSync(body), br: brotliCompressSync(body) };
  const choice = rng.pick(['plain', 'other', 'truncated', 'garbage'] as const);
  const other = rng.pick(ENCODINGS.filter((e) => e !== encoding)) as keyof typeof compressed;
  const own = compressed[(ENCODINGS.includes(encoding) ? encoding : 'gzip') as keyof typeof compressed];
  const bytes =
    choice === 'plain' ? body : choice === 'other' ? compressed[other] : choice === 'truncated' ? own.subarray(0, Math.max(1, Math.floor(own.length / 2))) : Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad]);
  return { encoding, bytes };
}

/** The fuzz cases, by kind: each returns one request. */
function generators(key: string): [string, number, (rng: Rng) => RawRequest][] {
  const auth = (rng: Rng): [string, string | Buffer][] => {
    const value = rng.pick(AUTHS);
    return value === undefined ? [] : [['Authorization', value]];
  };
  return [
    ['bad path parameter', 30, (rng) => {
      // Mostly reads; editors' writes too, with a body no route accepts (a valid ID then answers 400 or 404).
      const method = rng.pick(['GET', 'GET', 'GET', 'HEAD', 'DELETE', 'PUT']);
      const body = method === 'PUT' ? rng.pick(BODIES.filter((b) => b.length < 5000)) : undefined;
      const headers: [string, string | Buffer][] = [...(method === 'GET' && rng.chance(0.5) ? auth(rng) : method === 'GET' || method === 'HEAD' ? [] : [['Authorization', `Bearer ${EDITOR_KEY}`] as [string, string]]), ...(body !== undefined ? [['Content-Type', 'application/json'] as [string, string]] : [])];
      return { method, target: withSegment(rng.pick(PARAM_ROUTES), rng.pick(SEGMENTS)), headers, body };
    }],
    ['bad query value', 12, (rng) => {
      const route = rng.pick([`/v1/articles/${ARTICLE_ID}/audio`, `/v1/articles/${ARTICLE_ID}/audio`, '/v1/playlists/latest', `/v1/feeds/${VOICE}.xml`, '/v1/webhooks/deliveries', `/embed/${ARTICLE_ID}`]);
      // No query names another valid voice alone, so the audio route reads the ready audio and starts nothing.
      const query = Array.from({ length: 1 + Math.floor(rng.next() * 2) }, () => rng.pick(QUERIES)).join('&');
      return { method: 'GET', target: `${route}?${query}`, headers: [['Authorization', `Bearer ${EDITOR_KEY}`]] };
    }],
    ['body with mismatched Content-Encoding', 14, (rng) => {
      const [method, target] = rng.pick(BODY_ROUTES);
      const { encoding, bytes } = mismatchedEncoding(rng, Buffer.from(rng.pick(BODIES.filter((b) => b.length < 5000))));
      return { method, target, headers: [['Authorization', `Bearer ${EDITOR_KEY}`], ['Content-Type', 'application/json'], ['Content-Encoding', encoding]], body: bytes };
    }],
    ['malformed body', 22, (rng) => {
      const [method, target] = rng.pick(BODY_ROUTES);
      const type = rng.chance(0.75) ? 'application/json' : rng.pick(CONTENT_TYPES);
      return { method, target, headers: [...(rng.chance(0.85) ? [['Authorization', `Bearer ${EDITOR_KEY}`] as [string, string]] : auth(rng)), ...(type ? [['Content-Type', type] as [string, string]] : [])], body: rng.pick(BODIES) };
    }],
    ['bad Range on a real MP3', 8, (rng) => ({
      method: rng.pick(['GET', 'GET', 'HEAD']),
      target: rng.pick([`/v1/audio/${key}.mp3`, `/v1/stream/${key}.mp3`]),
      headers: [['Range', rng.pick(RANGES)], ...(rng.chance(0.3) ? [['If-None-Match', rng.pick(['*', '"x"', `"${key}", garbage`, '\xff'])] as [string, string]] : [])],
    })],
    ['wrong method', 8, (rng) => ({ method: rng.pick(METHODS), target: rng.pick([...STATIC_ROUTES, `/v1/articles/${ARTICLE_ID}/audio`, `/v1/audio/${key}.mp3`]), headers: auth(rng) })],
    ['bad editor auth', 8, (rng) => {
      const [method, target] = rng.pick([['GET', '/v1/lexicon'], ['GET', `/v1/articles/${ARTICLE_ID}`], ['DELETE', `/v1/articles/${ARTICLE_ID}`], ['GET', '/admin/queues'], ['GET', '/v1/webhooks/deliveries'], ['PUT', '/v1/lexicon'], ['GET', `/v1/articles/${ARTICLE_ID}/stats`]] as const);
      const value = rng.pick(AUTHS.slice(2));
      return { method, target, headers: [...(value === undefined ? [] : [['Authorization', value] as [string, string | Buffer]]), ['Content-Type', 'application/json']], body: method === 'PUT' ? '{"entries":{"UBND":"ủy ban nhân dân"}}' : undefined };
    }],
    ['broken framing and headers', 6, (rng) => {
      const variant = rng.pick(['cl-short', 'cl-bad', 'te-bad', 'te-and-cl', 'no-host', 'huge-header', 'bad-header-bytes'] as const);
      const body = '{"text":"a","extra":true}';
      const base: RawRequest = { method: 'PUT', target: '/v1/articles/khung', headers: [['Authorization', `Bearer ${EDITOR_KEY}`], ['Content-Type', 'application/json']], body };
      switch (variant) {
        case 'cl-short': return { ...base, headers: [...base.headers!, ['Content-Length', '3']] };
        case 'cl-bad': return { ...base, headers: [...base.headers!, ['Content-Length', 'abc']] };
        case 'te-bad': return { ...base, headers: [...base.headers!, ['Transfer-Encoding', 'chunked']], body: 'zz\r\n{}\r\n0\r\n\r\n' };
        case 'te-and-cl': return { ...base, headers: [...base.headers!, ['Transfer-Encoding', 'chunked'], ['Content-Length', '5']], body: '2\r\n{}\r\n0\r\n\r\n' };
        case 'no-host': return { method: 'GET', target: '/v1/voices', headers: [['Host', '']] };
        case 'huge-header': return { method: 'GET', target: `/v1/articles/${ARTICLE_ID}/audio`, headers: [['X-Filler', 'x'.repeat(20_000)]] };
        case 'bad-header-bytes': return { method: 'GET', target: '/player.js', headers: [['Accept-Encoding', Buffer.from([0xff, 0x00, 0x7f])], ['Origin', 'null']] };
      }
    }],
    ['odd request headers on public routes', 6, (rng) => ({
      method: 'GET',
      target: rng.pick(['/player.js', '/', `/embed/${ARTICLE_ID}`, '/v1/voices', `/v1/articles/${ARTICLE_ID}/audio?voice=robot`]),
      headers: [
        ['Origin', rng.pick(['null', 'https://evil.example', '\x01', 'x'.repeat(3000)])],
        ['X-Forwarded-For', rng.pick(['1.2.3.4', 'garbage', '::ffff:999.1.1.1', '1.1.1.1, 2.2.2.2'])],
        ['X-Forwarded-Proto', rng.pick(['https', 'gopher', ''])],
        ['Accept-Encoding', rng.pick(['gzip;q=abc', 'br, *', '', 'identity;q=0'])],
      ],
    })],
  ];
}

async function stateOfStore(dir: string): Promise<string> {
  const entries: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const stat = await fs.lstat(file).catch(() => undefined);
    if (stat && !stat.isDirectory()) entries.push(`${path.relative(dir, file)} ${stat.size} ${stat.mtimeMs} ${stat.ino}`);
  }
  return entries.sort().join('\n');
}

/** Every key under the prefix with its value, but rate-limit counters and usage times (which reads touch). */
async function stateOfRedis(t: TestService): Promise<Record<string, unknown>> {
  const redis = t.services.redis;
  const out: Record<string, unknown> = {};
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${t.prefix}:*`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      if (/:rl:|:audio:used$|:workers$|:stalled-check$/.test(key)) continue; // counters, use times, BullMQ's expiring marker
      const type = await redis.type(key);
      out[key] =
        type === 'string' ? await redis.get(key)
        : type === 'hash' ? await redis.hgetall(key)
        : type === 'zset' ? await redis.zrange(key, 0, -1, 'WITHSCORES')
        : type === 'list' ? await redis.lrange(key, 0, -1)
        : type === 'set' ? (await redis.smembers(key)).sort()
        : type === 'stream' ? await redis.xlen(key)
        : type;
    }
  } while (cursor !== '0');
  return out;
}

describe(`fuzzing every route with ${COUNT} malformed requests (seed ${SEED})`, () => {
  let t: TestService;
  let key: string;
  let heartbeat: { stop(): Promise<void> };

  beforeAll(async () => {
    t = await startTestService({
      worker: false,
      env: { AUDIO_START_LIMIT_PER_MINUTE: '100000', DEMO_RATE_LIMIT_PER_MINUTE: '100000', EVENTS_RATE_LIMIT_PER_MINUTE: '100000' },
    });
    // A real article with real audio, so the routes that serve it are reached; then no worker runs.
    const worker = t.startWorker();
    const put = await fetch(`${t.baseUrl}/v1/articles/${ARTICLE_ID}`, { method: 'PUT', headers: { Authorization: t.auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: TEXT }) });
    expect(put.status).toBe(201);
    key = (await waitForAudio(t.baseUrl, ARTICLE_ID, VOICE)).key;
    await worker.close();
    await fetch(`${t.baseUrl}/v1/lexicon`, { method: 'PUT', headers: { Authorization: t.auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ entries: { UBND: 'ủy ban nhân dân' } }) });
    // Readiness counts workers: one that beats keeps /readyz a 200 route like the others.
    heartbeat = startHeartbeat(t.services.redis, t.prefix);
  }, 60_000);
  afterAll(async () => {
    await heartbeat?.stop();
    await t?.close();
  });

  it('never answers 5xx nor leaks a path, stays up, and changes nothing stored for a rejected request', async () => {
    const port = (t.server.address() as AddressInfo).port;
    const rng = seeded(SEED);
    const kinds = generators(key);
    const totalWeight = kinds.reduce((sum, [, weight]) => sum + weight, 0);
    const byStatus = new Map<number, number>();
    const byKind = new Map<string, number>();
    const failures: string[] = [];
    let closed = 0;
    const redisBefore = await stateOfRedis(t);
    let store = await stateOfStore(t.cacheDir);

    for (let n = 0; n < COUNT; n++) {
      let roll = rng.next() * totalWeight;
      const [kind, , make] = kinds.find(([, weight]) => (roll -= weight) < 0) ?? kinds[0];
      const request = make(rng);
      const shown = `#${n} ${kind}: ${request.method} ${String(request.target).slice(0, 120)}`;
      let answer: RawResponse;
      try {
        answer = await sendRaw(port, request);
      } catch (error) {
        // Node's HTTP server closes a CONNECT (a proxy tunnel request) it has no handler for.
        if (request.method === 'CONNECT' && /no HTTP answer/.test((error as Error).message)) {
          closed++;
          continue;
        }
        failures.push(`${shown}: ${(error as Error).message}`);
        continue;
      }
      if (process.env.FUZZ_TRACE) console.log(`${answer.status} ${shown.slice(0, 160)}`);
      byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      if (BODY_KINDS.has(kind) && answer.status < 300) failures.push(`${shown} → ${answer.status}: a malformed body was accepted`);
      if (answer.status >= 500) failures.push(`${shown} → ${answer.status} ${answer.body.toString('utf8').slice(0, 200)}`);
      const text = answer.body.toString('latin1');
      if (answer.status >= 400 && (text.includes(t.cacheDir) || /node_modules|\/src\/|\bat [\w.<>]+ \(/.test(text))) failures.push(`${shown} → ${answer.status} leaks server details: ${text.slice(0, 200)}`);
      const after = await stateOfStore(t.cacheDir);
      if (answer.status >= 400 && after !== store) failures.push(`${shown} → ${answer.status} but the store changed`);
      store = after;
    }

    console.log(`[fuzz] seed ${SEED}: ${COUNT} requests; by status ${JSON.stringify(Object.fromEntries([...byStatus].sort(([a], [b]) => a - b)))}, CONNECT closed unanswered ${closed}`);
    console.log(`[fuzz] by kind ${JSON.stringify(Object.fromEntries(byKind))}`);
    expect(failures).toEqual([]);
    expect([...byStatus.values()].reduce((a, b) => a + b, 0) + closed).toBe(COUNT);
    expect(await stateOfRedis(t)).toEqual(redisBefore);

    // Still up and still right: the stored article's audio is served whole.
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    const manifest = await waitForAudio(t.baseUrl, ARTICLE_ID, VOICE);
    expect(manifest.key).toBe(key);
    const mp3 = await fetch(`${t.baseUrl}/v1/audio/${key}.mp3`);
    expect(Buffer.from(await mp3.arrayBuffer()).byteLength).toBe(manifest.mp3!.bytes);
    expect(({}) as Record<string, unknown>).not.toHaveProperty('polluted');
  }, 240_000);
});
