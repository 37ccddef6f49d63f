/**
 * Per-client limits: which address a request counts for (TRUST_PROXY), and the limit on
 * generations a listener may start through the public audio route.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import ipaddr from 'ipaddr.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler } from '../../src/app.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

/** An address of this machine other than loopback, a private one if it has one (containers and CI runners do). */
const addresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && !a.internal && !a.address.startsWith('fe80'));
const isPrivate = (address: string) => ['private', 'uniqueLocal'].includes(ipaddr.parse(address).range());
const ownAddress = addresses.find((a) => isPrivate(a!.address)) ?? addresses[0];

const preview = { text: 'Sáng nay, Hà Nội có mưa rào và dông vài nơi.' };

describe('client addresses for rate limits (TRUST_PROXY)', () => {
  it('by default trusts only a loopback proxy: a client cannot pick its bucket by prepending to X-Forwarded-For', async () => {
    const t = await startTestService({ worker: false, env: { DEMO_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      // Through the (loopback) proxy, the client is the address the proxy appended: 203.0.113.7.
      for (let n = 0; n < 3; n++) {
        await request(t.baseUrl).post('/v1/demo/preview').set('X-Forwarded-For', `198.51.100.${n}, 203.0.113.7`).send(preview).expect(200);
      }
      const spoofed = await request(t.baseUrl).post('/v1/demo/preview').set('X-Forwarded-For', '10.9.9.9, 203.0.113.7').send(preview);
      expect(spoofed.status).toBe(429);
      // Another client behind the same proxy has its own bucket.
      await request(t.baseUrl).post('/v1/demo/preview').set('X-Forwarded-For', '203.0.113.8').send(preview).expect(200);
    } finally {
      await t.close();
    }
  });

  it(`by default does not trust a client on a private network (${ownAddress?.address ?? 'no address'}) to name its address`, async () => {
    expect(ownAddress, 'this machine has a non-loopback address to connect from').toBeDefined();
    const t = await startTestService({ worker: false, env: { DEMO_RATE_LIMIT_PER_MINUTE: '3' } });
    // The same API, reached on the machine's own address: the client is not a loopback proxy.
    const server = createServer(createRequestHandler(t.services));
    await new Promise<void>((resolve) => server.listen(0, ownAddress!.address, resolve));
    const host = ownAddress!.family === 'IPv6' ? `[${ownAddress!.address}]` : ownAddress!.address;
    const base = `http://${host}:${(server.address() as AddressInfo).port}`;
    try {
      for (let n = 0; n < 3; n++) await request(base).post('/v1/demo/preview').set('X-Forwarded-For', `198.51.100.${n}`).send(preview).expect(200);
      const limited = await request(base).post('/v1/demo/preview').set('X-Forwarded-For', '198.51.100.77').send(preview);
      expect(limited.status).toBe(429);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await t.close();
    }
  });

  it('ignores X-Forwarded-For from a hop it does not trust: every request counts for the hop itself', async () => {
    // Only 10.0.0.0/8 proxies are trusted; the test connects from 127.0.0.1.
    const t = await startTestService({ worker: false, env: { DEMO_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '10.0.0.0/8' } });
    try {
      for (let n = 0; n < 3; n++) {
        await request(t.baseUrl).post('/v1/demo/preview').set('X-Forwarded-For', `198.51.100.${n}`).send(preview).expect(200);
      }
      const limited = await request(t.baseUrl).post('/v1/demo/preview').set('X-Forwarded-For', '198.51.100.99').send(preview);
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
    } finally {
      await t.close();
    }
  });

  it('shares the counts between API instances (in Redis): a second instance does not double the limit', async () => {
    const first = await startTestService({ worker: false, env: { DEMO_RATE_LIMIT_PER_MINUTE: '4' } });
    // The same deployment: one Redis prefix, two API processes' worth of state.
    const second = await startTestService({ worker: false, env: { DEMO_RATE_LIMIT_PER_MINUTE: '4', QUEUE_PREFIX: first.prefix } });
    try {
      const statuses = [];
      for (let n = 0; n < 6; n++) statuses.push((await request(n % 2 ? second.baseUrl : first.baseUrl).post('/v1/demo/preview').send(preview)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await second.close();
      await first.close();
    }
  });
});

describe('the public audio route', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ env: { AUDIO_START_LIMIT_PER_MINUTE: '2' } });
    const texts = ['Giá xăng giảm nhẹ từ chiều nay.', 'Tuyến metro số 1 chạy thêm chuyến.', 'Hà Nội mở thêm ba tuyến xe buýt điện.', 'Cần Thơ khánh thành cầu mới.'];
    for (const [n, text] of texts.entries()) {
      await request(t.baseUrl).put(`/v1/articles/tin-${n}`).set('Authorization', t.auth).send({ text, ...(n === 0 ? { pregenerate: true, voices: ['south-female'] } : {}) }).expect(201);
    }
    await waitForAudio(t.baseUrl, 'tin-0', 'south-female');
  }, 60_000);
  afterAll(() => t.close());

  it('limits the generations one address starts, not cache hits nor jobs already running', async () => {
    // Cache hits: far more than the limit, all answered.
    for (let n = 0; n < 6; n++) await request(t.baseUrl).get('/v1/articles/tin-0/audio?voice=south-female').expect(200);
    // Two new generations are allowed; asking again for one of them starts nothing.
    expect((await request(t.baseUrl).get('/v1/articles/tin-1/audio?voice=south-female')).status).toBe(202);
    expect([200, 202]).toContain((await request(t.baseUrl).get('/v1/articles/tin-1/audio?voice=south-female')).status);
    expect((await request(t.baseUrl).get('/v1/articles/tin-2/audio?voice=south-female')).status).toBe(202);
    const third = await request(t.baseUrl).get('/v1/articles/tin-3/audio?voice=south-female');
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('rate_limited');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    // Nothing was queued for it.
    const status = await request(t.baseUrl).get('/v1/articles/tin-3').set('Authorization', t.auth).expect(200);
    expect(status.body.audio['south-female'].state).toBe('none');
    // Cache hits are still answered once the limit is reached.
    await request(t.baseUrl).get('/v1/articles/tin-0/audio?voice=south-female').expect(200);
  });
});
