/**
 * Webhooks against the real service: real Redis, a real worker producing audio, and a
 * local HTTP server as the CMS receiving them.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalHttpServer, type LocalHttpServer, type ReceivedRequest } from '../helpers/local-http.js';
import { verifyWebhookSignature } from '../../src/webhooks/sign-webhook.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

const SECRET = 'whsec-toa-soan-bao-gia-lai-2026';

/** The receiver's check (docs-snippets.test.ts runs the documented Node and Python versions). */
const verify = (secret: string, header: string, rawBody: string) => verifyWebhookSignature(secret, header, rawBody);

async function waitFor<T>(find: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out waiting');
}

const events = (cms: LocalHttpServer, path: string) =>
  cms.received.filter((r) => r.path === path).map((r) => ({ request: r, event: JSON.parse(r.body) }));

describe('webhooks', () => {
  let cms: LocalHttpServer;
  let t: TestService;
  const flakyAttempts = new Map<string, number>();

  beforeAll(async () => {
    cms = await startLocalHttpServer({
      '/hooks/tts': (_req, res) => void res.writeHead(204).end(),
      // Fails the first two attempts of each delivery, then accepts it.
      '/hooks/flaky': (req, res) => {
        const id = String(req.headers['x-tts-delivery']);
        const n = (flakyAttempts.get(id) ?? 0) + 1;
        flakyAttempts.set(id, n);
        res.writeHead(n <= 2 ? 500 : 200).end(n <= 2 ? 'tạm lỗi' : 'ok');
      },
      // Stands in for Zalo AI refusing the key: the job fails for good (audio.failed).
      '/zalo/tts': (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ error_code: 401, error_message: 'Invalid API key' })),
    });
    t = await startTestService({
      env: {
        WEBHOOK_URL: `${cms.origin}/hooks/tts`,
        WEBHOOK_SECRET: SECRET,
        WEBHOOK_RETRY_DELAY_MS: '200',
        WEBHOOK_MAX_ATTEMPTS: '4',
        FETCH_PRIVATE_HOSTS: '127.0.0.1',
        PUBLIC_URL: 'https://audio.baogialai.example.vn',
        TTS_VOICE_PROVIDERS: 'south-male=zalo',
        ZALO_API_KEY: 'khoa-sai',
        ZALO_TTS_URL: `${cms.origin}/zalo/tts`,
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await cms.close();
  });

  const put = (id: string, text: string) => request(t.baseUrl).put(`/v1/articles/${id}`).set('Authorization', t.auth).send({ text }).expect(201);

  it('POSTs a signed audio.ready when audio is generated', async () => {
    await put('tin-sang', 'Sáng 1-12, tỉnh Gia Lai khởi công cầu vượt sông Ba.');
    const manifest = await waitForAudio(t.baseUrl, 'tin-sang', 'north-female');
    const { request: received, event } = await waitFor(() => events(cms, '/hooks/tts').find((e) => e.event.type === 'audio.ready' && e.event.data.articleId === 'tin-sang'));
    expect(verify(SECRET, String(received.headers['x-tts-signature']), received.body)).toBe(true);
    expect(verify('mot-bi-mat-khac-han', String(received.headers['x-tts-signature']), received.body)).toBe(false);
    expect(received.headers).toMatchObject({ 'content-type': 'application/json', 'x-tts-event': 'audio.ready' });
    expect(event).toMatchObject({
      id: expect.stringMatching(/^evt-\d+-\d+$/),
      type: 'audio.ready',
      data: {
        articleId: 'tin-sang',
        voice: 'north-female',
        key: manifest.key,
        audioUrl: `https://audio.baogialai.example.vn/v1/audio/${manifest.key}.mp3`,
        manifestUrl: 'https://audio.baogialai.example.vn/v1/articles/tin-sang/audio?voice=north-female',
        durationMs: manifest.durationMs,
      },
    });
  }, 60_000);

  it('POSTs audio.failed once, after the job has failed for good', async () => {
    await put('tin-loi', 'Bản tin này gặp lỗi nhà cung cấp.');
    await request(t.baseUrl).get('/v1/articles/tin-loi/audio?voice=south-male').expect(202);
    const { request: received, event } = await waitFor(() => events(cms, '/hooks/tts').find((e) => e.event.type === 'audio.failed'));
    expect(verify(SECRET, String(received.headers['x-tts-signature']), received.body)).toBe(true);
    expect(event.data).toMatchObject({ articleId: 'tin-loi', voice: 'south-male', error: expect.stringContaining('zalo: error 401: Invalid API key'), attempts: 1 });
    await new Promise((r) => setTimeout(r, 500));
    expect(events(cms, '/hooks/tts').filter((e) => e.event.type === 'audio.failed')).toHaveLength(1);
  }, 60_000);

  it('retries a failing callbackUrl with back-off until it answers, logs every attempt, and sends batch.finished', async () => {
    await put('lo-1', 'Giá hồ tiêu hôm nay ổn định.');
    await put('lo-2', 'Pleiku có mưa rào vào chiều tối.');
    const started = await request(t.baseUrl).post('/v1/pregenerate').set('Authorization', t.auth)
      .send({ articles: ['lo-1', 'lo-2'], voices: ['north-male'], callbackUrl: `${cms.origin}/hooks/flaky` }).expect(202);
    const { batchId } = started.body;
    const finished = await waitFor(() => events(cms, '/hooks/flaky').find((e) => e.event.type === 'batch.finished'), 60_000);
    expect(finished.event.data).toEqual({ batchId, total: 2, ready: 2, failed: 0, failures: [] });
    expect(verify(SECRET, String(finished.request.headers['x-tts-signature']), finished.request.body)).toBe(true);
    // The global WEBHOOK_URL hears of it too, and of the batch's audio on both.
    await waitFor(() => events(cms, '/hooks/tts').find((e) => e.event.type === 'batch.finished' && e.event.data.batchId === batchId));
    const deliveryId = String(finished.request.headers['x-tts-delivery']);
    const log = await waitFor(async () => {
      const res = await request(t.baseUrl).get(`/v1/webhooks/deliveries/${deliveryId}`).set('Authorization', t.auth).expect(200);
      return res.body.status === 'delivered' ? res.body : undefined;
    }, 20_000);
    expect(log).toMatchObject({ id: deliveryId, type: 'batch.finished', url: `${cms.origin}/hooks/flaky`, status: 'delivered' });
    expect(log.attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 200]);
    const attempts: ReceivedRequest[] = cms.received.filter((r) => r.headers['x-tts-delivery'] === deliveryId);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => JSON.parse(a.body).id)).size).toBe(1); // one event, delivered thrice
    for (const attempt of attempts) expect(verify(SECRET, String(attempt.headers['x-tts-signature']), attempt.body)).toBe(true);
    // The batch's audio events reach its callbackUrl too (each retried the same way).
    const batchAudio = await waitFor(() => {
      const ids = new Map(events(cms, '/hooks/flaky').filter((e) => e.event.type === 'audio.ready').map((e) => [e.event.id, e.event.data.articleId]));
      return ids.size === 2 ? [...ids.values()].sort() : undefined;
    });
    expect(batchAudio).toEqual(['lo-1', 'lo-2']);
    const times = log.attempts.map((a: { at: string }) => Date.parse(a.at));
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(150); // 200 ms base, ±20% jitter
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(300); // doubled
    const list = await request(t.baseUrl).get(`/v1/webhooks/deliveries?url=${encodeURIComponent(`${cms.origin}/hooks/flaky`)}&type=batch.finished`).set('Authorization', t.auth).expect(200);
    expect(list.body.deliveries.map((d: { id: string }) => d.id)).toEqual([deliveryId]);
  }, 90_000);

  it('refuses a callbackUrl to a private address at delivery time, without retrying, and logs why', async () => {
    await put('lo-3', 'Bản tin gửi về địa chỉ nội bộ.');
    await request(t.baseUrl).post('/v1/pregenerate').set('Authorization', t.auth)
      .send({ articles: ['lo-3'], voices: ['north-male'], callbackUrl: `http://localhost:${cms.port}/hooks/tts` }).expect(202);
    const refused = await waitFor(async () => {
      const res = await request(t.baseUrl).get('/v1/webhooks/deliveries?status=failed').set('Authorization', t.auth).expect(200);
      return res.body.deliveries.find((d: { url: string }) => d.url.startsWith('http://localhost'));
    });
    expect(refused.attempts).toEqual([expect.objectContaining({ error: 'host localhost resolves to a loopback address (127.0.0.1)' })]);
    expect(cms.received.some((r) => r.headers.host?.startsWith('localhost'))).toBe(false);
  }, 60_000);

  it('rejects a bad callbackUrl before queueing anything', async () => {
    const count = async () => Object.values(await t.services.queue.queue.getJobCounts('waiting', 'prioritized', 'active', 'completed', 'failed', 'delayed')).reduce((a, b) => a + b, 0);
    await put('lo-4', 'Bản tin không được xếp hàng.');
    const before = await count();
    const cases: [string, string][] = [['ftp://cms.example.vn/hook', 'bad_request'], ['http://10.0.0.8/hook', 'url_address_refused'], ['http://[::1]/hook', 'url_address_refused']];
    for (const [callbackUrl, code] of cases) {
      const res = await request(t.baseUrl).post('/v1/pregenerate').set('Authorization', t.auth).send({ articles: ['lo-4'], callbackUrl }).expect(400);
      expect([res.body.error.code, res.body.error.field], callbackUrl).toEqual([code, 'callbackUrl']);
    }
    expect(await count()).toBe(before);
  });

  it('sends each event once when several worker processes observe the queue', async () => {
    t.startWorker(); // a second worker, with its own observer of the same event stream
    await put('hai-tien-trinh', 'Hai tiến trình cùng theo dõi một hàng đợi.');
    await waitForAudio(t.baseUrl, 'hai-tien-trinh', 'south-female');
    const first = await waitFor(() => events(cms, '/hooks/tts').find((e) => e.event.data.articleId === 'hai-tien-trinh'));
    await new Promise((r) => setTimeout(r, 1500));
    const copies = events(cms, '/hooks/tts').filter((e) => e.event.data.articleId === 'hai-tien-trinh');
    expect(copies.map((c) => c.event.id)).toEqual([first.event.id]);
  }, 60_000);

  it('lists deliveries for editors only', async () => {
    await request(t.baseUrl).get('/v1/webhooks/deliveries').expect(401);
    expect((await request(t.baseUrl).get('/v1/webhooks/deliveries?status=nope').set('Authorization', t.auth).expect(400)).body.error.field).toBe('status');
  });
});

describe('webhooks: not configured', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ worker: false });
  });
  afterAll(() => t.close());

  it('refuses a callbackUrl when no WEBHOOK_SECRET is set', async () => {
    await request(t.baseUrl).put('/v1/articles/a').set('Authorization', t.auth).send({ text: 'Tin ngắn.' }).expect(201);
    const res = await request(t.baseUrl).post('/v1/pregenerate').set('Authorization', t.auth).send({ articles: ['a'], callbackUrl: 'https://cms.example.vn/hook' }).expect(400);
    expect(res.body.error).toMatchObject({ field: 'callbackUrl', message: expect.stringContaining('WEBHOOK_SECRET') });
  });
});
