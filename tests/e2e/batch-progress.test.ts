/**
 * Following a pre-generation batch through the real API and worker (Redis, espeak-ng,
 * ffmpeg; a local HTTP server stands in for Zalo refusing the key): progress as
 * server-sent events with the failed items and their reasons, and listeners' jobs taking
 * the next free worker ahead of any backfill.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalHttpServer, type LocalHttpServer } from '../helpers/local-http.js';
import { startTestService, waitForAudio, type TestService } from '../helpers/service.js';

interface Summary {
  total: number;
  ready: number;
  failed: number;
  pending: number;
  done: boolean;
  failures: { articleId: string; voice: string; error: string }[];
}

/** Reads a server-sent event stream to its end: [event, data] pairs. */
async function readEvents(url: string, auth: string): Promise<[string, Summary][]> {
  const res = await fetch(url, { headers: { authorization: auth } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/event-stream');
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event: '))
    .map((block) => [/^event: (.*)$/m.exec(block)![1], JSON.parse(/^data: (.*)$/m.exec(block)![1]) as Summary]);
}

const NEWS = [
  'Sáng 2-12, tỉnh tổ chức hội nghị tổng kết công tác nông nghiệp năm 2026.',
  'Giá lúa tại các tỉnh miền Tây tăng nhẹ so với tuần trước.',
  'Chiều nay, đội tuyển bóng đá tỉnh có trận đấu tập huấn trên sân nhà.',
  'Ngành y tế khuyến cáo người dân tiêm phòng cúm trước mùa lạnh.',
];

describe('batch progress', () => {
  let t: TestService;
  let zalo: LocalHttpServer;
  const api = () => request(t.baseUrl);

  beforeAll(async () => {
    zalo = await startLocalHttpServer({
      '/zalo/tts': (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ error_code: 401, error_message: 'Invalid API key' })),
    });
    t = await startTestService({
      env: { TTS_VOICE_PROVIDERS: 'south-male=zalo', ZALO_API_KEY: 'khoa-sai', ZALO_TTS_URL: `${zalo.origin}/zalo/tts`, WORKER_CONCURRENCY: '1' },
      worker: { concurrency: 1, retry: { baseDelayMs: 1, maxDelayMs: 5 } },
    });
    for (const [i, text] of NEWS.entries()) await api().put(`/v1/articles/tin-${i}`).set('Authorization', t.auth).send({ text }).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await zalo?.close();
  });

  it('streams the summary as server-sent events until done, failed items with their reasons', async () => {
    const started = await api().post('/v1/pregenerate').set('Authorization', t.auth).send({ articles: ['tin-0', 'tin-1'], voices: ['north-female', 'south-male'] }).expect(202);
    const events = await readEvents(`${t.baseUrl}/v1/batches/${started.body.batchId}/events`, t.auth);
    const [lastName, last] = events.at(-1)!;
    expect(lastName).toBe('done');
    expect(events.slice(0, -1).every(([name]) => name === 'progress')).toBe(true);
    expect(last).toMatchObject({ total: 4, ready: 2, failed: 2, pending: 0, done: true });
    expect(last.failures.sort((a, b) => a.articleId.localeCompare(b.articleId))).toEqual([
      { articleId: 'tin-0', voice: 'south-male', error: expect.stringContaining('zalo: error 401: Invalid API key') },
      { articleId: 'tin-1', voice: 'south-male', error: expect.stringContaining('zalo: error 401: Invalid API key') },
    ]);
    // Settled items never come back: counts only grow.
    const settled = events.map(([, s]) => s.ready + s.failed);
    expect([...settled].sort((a, b) => a - b)).toEqual(settled);
    // The JSON route says the same.
    expect((await api().get(started.body.statusUrl).set('Authorization', t.auth).expect(200)).body).toEqual(last);
  }, 60_000);

  it('needs the editor key and a known batch', async () => {
    await api().get('/v1/batches/5b0c3a56-2f7e-4c59-9d0a-6f1f0b7a2c11/events').expect(401);
    await api().get('/v1/batches/5b0c3a56-2f7e-4c59-9d0a-6f1f0b7a2c11/events').set('Authorization', t.auth).expect(404);
    await api().get('/v1/batches/..%2F..%2Fetc/events').set('Authorization', t.auth).expect(404);
  });

  it('runs a listener\'s job next, ahead of a backfill queued before it', async () => {
    const backfill = Array.from({ length: 12 }, (_, i) => `luu-tru-${i}`);
    for (const [i, id] of backfill.entries()) {
      const text = `${NEWS[i % NEWS.length]} Bài lưu trữ số ${i + 1} được đọc lại trong đợt số hóa kho báo cũ của tòa soạn.`;
      await api().put(`/v1/articles/${id}`).set('Authorization', t.auth).send({ text }).expect(201);
    }
    await api().put('/v1/articles/tin-nong').set('Authorization', t.auth).send({ text: 'Tin nóng: mưa lớn gây ngập nhiều tuyến phố ở trung tâm thành phố.' }).expect(201);
    const batch = await api().post('/v1/pregenerate').set('Authorization', t.auth).send({ articles: backfill, voices: ['north-male'] }).expect(202);
    const keys = await Promise.all(backfill.map(async (id) => (await t.services.keys.keyFor(id, 'north-male'))!.key));
    const jobs = t.services.queue.queue;
    // Once the backfill is running, a listener opens an article nobody has read yet.
    for (let i = 0; i < 200 && (await jobs.getActiveCount()) === 0; i++) await new Promise((r) => setTimeout(r, 25));
    const askedAt = Date.now();
    const listener = await api().get('/v1/articles/tin-nong/audio?voice=north-male').expect(202);
    const waitingWhenAsked = (await Promise.all(keys.map((key) => jobs.getJobState(key)))).filter((state) => state === 'prioritized' || state === 'waiting').length;
    expect(waitingWhenAsked).toBeGreaterThan(5);

    await waitForAudio(t.baseUrl, 'tin-nong', 'north-male', 60_000);
    const listenerStarted = (await jobs.getJob(listener.body.jobId))!.processedOn!;
    const backfillStarts = (await Promise.all(keys.map((key) => jobs.getJob(key)))).map((job) => job?.processedOn);
    // No backfill job started between the listener's request and its job: it took the next free worker.
    expect(backfillStarts.filter((at) => at !== undefined && at > askedAt && at < listenerStarted)).toEqual([]);
    expect(backfillStarts.filter((at) => at === undefined || at > listenerStarted).length).toBeGreaterThanOrEqual(waitingWhenAsked);

    const events = await readEvents(`${t.baseUrl}/v1/batches/${batch.body.batchId}/events`, t.auth);
    expect(events.at(-1)).toEqual(['done', expect.objectContaining({ total: 12, ready: 12, failed: 0 })]);
  }, 120_000);
});
