import { promises as fs } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

const ARTICLE = {
  title: 'Hà Nội khởi công tuyến đường vành đai mới',
  text: 'Sáng 5-3, UBND thành phố Hà Nội khởi công tuyến đường dài 12 km.\n\nDự án có tổng vốn 3.200 tỷ đồng.',
};

/** Everything on disk under the cache, to prove a bad request changed nothing stored. */
async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string) {
    for (const entry of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else out.push(`${path.relative(dir, p)}:${(await fs.stat(p)).size}`);
    }
  }
  await walk(dir);
  return out.sort();
}

describe('HTTP API contract', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ worker: false });
  });
  afterAll(() => t.close());

  const api = () => request(t.baseUrl);

  describe('PUT /v1/articles/:id', () => {
    it('creates, then recognises identical content, then a changed text as a new revision', async () => {
      const created = await api().put('/v1/articles/ha-noi-1').set('Authorization', t.auth).send(ARTICLE);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: 'ha-noi-1', changed: true });
      expect(created.body.revision).toMatch(/^[a-f0-9]{64}$/);

      const same = await api().put('/v1/articles/ha-noi-1').set('Authorization', t.auth).send(ARTICLE);
      expect(same.status).toBe(200);
      expect(same.body).toMatchObject({ changed: false, revision: created.body.revision });

      const edited = await api()
        .put('/v1/articles/ha-noi-1')
        .set('Authorization', t.auth)
        .send({ ...ARTICLE, text: `${ARTICLE.text} Công trình dự kiến hoàn thành năm 2027.` });
      expect(edited.status).toBe(200);
      expect(edited.body.changed).toBe(true);
      expect(edited.body.revision).not.toBe(created.body.revision);
    });

    it('accepts HTML and keeps only the readable article', async () => {
      const html =
        '<html><body><nav><a href="/">Trang chủ</a></nav><article><h1>Mưa lớn ở miền Trung</h1><p>Đêm 20-10, mưa lớn gây ngập nhiều tuyến phố.</p></article><script>track()</script></body></html>';
      const res = await api().put('/v1/articles/mua-lon').set('Authorization', t.auth).send({ html });
      expect(res.status).toBe(201);
      const stored = await api().get('/v1/articles/mua-lon').set('Authorization', t.auth);
      expect(stored.status).toBe(200);
      expect(stored.body.cleanText).toContain('mưa lớn gây ngập');
      expect(stored.body.cleanText).not.toMatch(/Trang chủ|track\(\)/);
    });

    const rejected: [string, (r: request.Test) => request.Test, number, string?][] = [
      ['no Authorization header', (r) => r.send(ARTICLE), 401],
      ['a wrong key', (r) => r.set('Authorization', 'Bearer nope').send(ARTICLE), 401],
      ['empty text', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ text: '' }), 422, 'text'],
      ['punctuation-only text', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ text: '… — !!! ?' }), 422, 'text'],
      ['whitespace-only text', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ text: ' \n\t \u00a0 ' }), 422, 'text'],
      [
        'HTML with no readable text',
        (r) => r.set('Authorization', 'Bearer test-editor-key').send({ html: '<html><body><nav><a href="/">x</a></nav><script>1</script></body></html>' }),
        422,
        'text',
      ],
      ['both text and html', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ text: 'Xin chào.', html: '<p>Xin chào.</p>' }), 400, 'text'],
      ['neither text nor html', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ title: 'Tiêu đề' }), 400, 'text'],
      ['a text that is not a string', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ text: 42 }), 400, 'text'],
      ['an unknown field', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ text: 'Xin chào.', colour: 'đỏ' }), 400],
      ['a text over 200,000 characters', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ text: 'Tin tức. '.repeat(25_000) }), 413, 'text'],
      ['a body over 1 MB', (r) => r.set('Authorization', 'Bearer test-editor-key').send({ text: 'Đường. '.repeat(200_000) }), 413, 'body'],
      [
        'a non-JSON body',
        (r) => r.set('Authorization', 'Bearer test-editor-key').set('Content-Type', 'text/plain').send('Xin chào các bạn.'),
        415,
        'body',
      ],
      [
        'malformed JSON',
        (r) => r.set('Authorization', 'Bearer test-editor-key').set('Content-Type', 'application/json').send('{"text": "Xin chào'),
        400,
        'body',
      ],
    ];
    it.each(rejected)('rejects %s with a clear error and stores nothing', async (_name, build, status, field) => {
      const before = await snapshot(t.cacheDir);
      const res = await build(api().put('/v1/articles/rejected-article'));
      expect(res.status).toBe(status);
      expect(res.body.error.code).toEqual(expect.any(String));
      expect(res.body.error.message.length).toBeGreaterThan(5);
      if (field) expect(res.body.error.field).toBe(field);
      expect(await snapshot(t.cacheDir)).toEqual(before);
      const lookup = await api().get('/v1/articles/rejected-article').set('Authorization', t.auth);
      expect(lookup.status).toBe(404);
    });

    it.each(['..', '..%2F..%2Fetc%2Fpasswd', 'a'.repeat(129), 'bài-viết', 'a%20b', '%00'])('rejects the article ID %s with 400', async (id) => {
      const before = await snapshot(t.cacheDir);
      const res = await api().put(`/v1/articles/${id}`).set('Authorization', t.auth).send(ARTICLE);
      // ".." is normalised away by some HTTP stacks: then no route matches (404); never 2xx.
      expect([400, 404]).toContain(res.status);
      if (id !== '..') expect(res.body.error.field).toBe('id');
      expect(await snapshot(t.cacheDir)).toEqual(before);
    });

    it('stores article files under hashed names, never the client string', async () => {
      await api().put('/v1/articles/ten.file_name-1').set('Authorization', t.auth).send(ARTICLE).expect(201);
      const entries = await fs.readdir(path.join(t.cacheDir, 'articles'), { recursive: true, withFileTypes: true });
      const files = entries.filter((e) => e.isFile()).map((e) => e.name);
      expect(files.length).toBeGreaterThan(0);
      expect(entries.some((e) => e.name.includes('ten.file'))).toBe(false);
      expect(files.every((f) => /^[a-f0-9]{40}\.json$/.test(f))).toBe(true);
    });
  });

  describe('GET /v1/articles/:id/audio', () => {
    it('answers 404 for an unknown article', async () => {
      const res = await api().get('/v1/articles/khong-ton-tai/audio?voice=north-female');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    });

    it('answers 400 naming the valid voices for an unknown voice, and starts nothing', async () => {
      await api().put('/v1/articles/voice-check').set('Authorization', t.auth).send(ARTICLE).expect(201);
      const res = await api().get('/v1/articles/voice-check/audio?voice=central-female');
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('voice');
      for (const v of ['north-female', 'north-male', 'south-female', 'south-male']) expect(res.body.error.message).toContain(v);
      expect(await t.services.queue.queue.getJobCounts('waiting', 'active', 'prioritized')).toEqual({ waiting: 0, active: 0, prioritized: 0 });
    });

    it('answers 202 with status, progress and a job ID, and two requests make one job', async () => {
      await api().put('/v1/articles/one-job').set('Authorization', t.auth).send(ARTICLE).expect(201);
      const [a, b] = await Promise.all([
        api().get('/v1/articles/one-job/audio?voice=south-male'),
        api().get('/v1/articles/one-job/audio?voice=south-male'),
      ]);
      expect(a.status).toBe(202);
      expect(b.status).toBe(202);
      expect(a.body).toMatchObject({ status: 'queued', progress: 0 });
      expect(a.body.jobId).toMatch(/^[a-f0-9]{64}$/);
      expect(b.body.jobId).toBe(a.body.jobId);
      const jobs = await t.services.queue.queue.getJobs(['waiting', 'prioritized', 'active']);
      expect(jobs.filter((j) => j.data.articleId === 'one-job')).toHaveLength(1);

      const job = await api().get(`/v1/jobs/${a.body.jobId}`);
      expect(job.status).toBe(200);
      expect(job.body).toMatchObject({ jobId: a.body.jobId, articleId: 'one-job', voice: 'south-male', progress: 0 });
    });

    it('gives each voice its own job', async () => {
      await api().put('/v1/articles/four-voices').set('Authorization', t.auth).send(ARTICLE).expect(201);
      const ids = new Set<string>();
      for (const voice of ['north-female', 'north-male', 'south-female', 'south-male']) {
        const res = await api().get(`/v1/articles/four-voices/audio?voice=${voice}`).expect(202);
        ids.add(res.body.jobId);
      }
      expect(ids.size).toBe(4);
    });
  });

  describe('editor reads and deletes', () => {
    it('shows the stored article with per-voice audio status, and deletes it', async () => {
      await api().put('/v1/articles/to-delete').set('Authorization', t.auth).send(ARTICLE).expect(201);
      const got = await api().get('/v1/articles/to-delete').set('Authorization', t.auth).expect(200);
      expect(got.body.title).toBe(ARTICLE.title);
      expect(Object.keys(got.body.audio).sort()).toEqual(['north-female', 'north-male', 'south-female', 'south-male']);
      await api().get('/v1/articles/to-delete').expect(401);
      await api().delete('/v1/articles/to-delete').expect(401);
      await api().delete('/v1/articles/to-delete').set('Authorization', t.auth).expect(204);
      await api().get('/v1/articles/to-delete').set('Authorization', t.auth).expect(404);
      await api().get('/v1/articles/to-delete/audio').expect(404);
      await api().delete('/v1/articles/to-delete').set('Authorization', t.auth).expect(404);
    });

    it('keeps articles across a restart (they live on disk, not only in Redis)', async () => {
      await api().put('/v1/articles/persisted').set('Authorization', t.auth).send(ARTICLE).expect(201);
      const again = await startTestService({ worker: false, cacheDir: t.cacheDir });
      try {
        const res = await request(again.baseUrl).get('/v1/articles/persisted').set('Authorization', again.auth);
        expect(res.status).toBe(200);
        expect(res.body.cleanText).toContain('khởi công tuyến đường');
      } finally {
        await again.close();
      }
    });
  });

  describe('public and operational routes', () => {
    it('lists the four voices with Vietnamese labels and the engine serving each', async () => {
      const res = await api().get('/v1/voices').expect(200);
      expect(res.body.voices.map((v: { id: string; label: string }) => [v.id, v.label])).toEqual([
        ['north-female', 'Nữ miền Bắc'],
        ['north-male', 'Nam miền Bắc'],
        ['south-female', 'Nữ miền Nam'],
        ['south-male', 'Nam miền Nam'],
      ]);
      expect(res.body.voices.every((v: { provider: string }) => v.provider === 'espeak')).toBe(true);
    });

    it('reports liveness, and readiness of Redis, storage, ffmpeg and espeak-ng — and that no worker consumes the queue', async () => {
      await api().get('/healthz').expect(200, { ok: true });
      const ready = await api().get('/readyz');
      // This API runs without a worker: it must not claim to be ready to generate audio.
      expect(ready.status).toBe(503);
      expect(ready.headers['retry-after']).toBeDefined();
      expect(ready.body).toEqual({
        ready: false,
        checks: { redis: 'ok', workers: 'no worker is consuming the queue', storage: 'ok', ffmpeg: 'ok', providers: 'ok' },
      });
      const queued = await api().get('/v1/articles/readiness-check/audio?voice=north-male');
      expect([202, 404]).toContain(queued.status);
    });

    it('exposes Prometheus metrics', async () => {
      const res = await api().get('/metrics').expect(200);
      expect(res.text).toContain('process_cpu_seconds_total');
      expect(res.text).toMatch(/tts_queue_jobs{state="waiting"} \d+/);
      expect(res.text).toMatch(/tts_audio_requests_total{outcome="pending",voice="south-male"} [1-9]/);
    });

    it('answers 404 for unknown jobs, audio and routes, and 400 for malformed audio keys', async () => {
      await api().get('/v1/jobs/does-not-exist').expect(404);
      await api().get(`/v1/audio/${'a'.repeat(64)}.mp3`).expect(404);
      const bad = await api().get('/v1/audio/..%2F..%2Fetc%2Fpasswd.mp3');
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('key');
      await api().get('/v1/nothing-here').expect(404);
    });
  });
});
