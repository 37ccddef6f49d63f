/**
 * The machine-readable API description (`/openapi.json`, OpenAPI 3.1), its readable page
 * (`/docs`), and the queue dashboard (`/admin/queues`, editors only, in a real Chromium).
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_KEY, startTestService, type TestService } from '../helpers/service.js';
import { launchChromium } from '../player/browser.js';

type Operation = { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

/** Every operation the service serves (DEMO_ENABLED and the dashboard on), as the document must list it. */
const OPERATIONS = [
  'put /v1/articles/{id}', 'get /v1/articles/{id}', 'delete /v1/articles/{id}', 'get /v1/articles/{id}/audio', 'get /v1/articles/{id}/stats',
  'get /v1/audio/{key}.mp3', 'get /v1/stream/{key}.mp3', 'get /v1/jobs/{key}', 'get /v1/jobs/{key}/events', 'post /v1/pregenerate',
  'get /v1/batches/{id}', 'get /v1/batches/{id}/events', 'post /v1/bulletins', 'get /v1/feeds/bulletins/{voice}.xml', 'get /v1/lexicon', 'put /v1/lexicon', 'get /v1/voices', 'post /v1/events', 'get /v1/playlists/latest',
  'get /v1/feeds/{voice}.xml', 'get /v1/webhooks/deliveries', 'get /v1/webhooks/deliveries/{id}', 'post /v1/demo/articles',
  'post /v1/demo/preview', 'get /v1/demo/articles/{id}/stats', 'get /embed/{id}', 'get /player.js', 'get /', 'get /admin/queues',
  'get /openapi.json', 'get /docs', 'get /healthz', 'get /readyz', 'get /metrics',
];

/**
 * Bodies each JSON route is sent, valid and not: the document's schema must accept exactly
 * those the route accepts. (Routes check more than shape too, e.g. that a text has words;
 * these samples differ in shape only.)
 */
const SAMPLES: { route: [string, string]; samples: unknown[] }[] = [
  {
    route: ['PUT', '/v1/articles/mau'],
    samples: [
      { text: 'Sáng nay trời nắng.' }, { html: '<p>Trời mưa.</p>', title: 'Thời tiết' }, { text: 'Tin.', voices: ['south-male'], pregenerate: true },
      { text: 'Tin.', category: 'Thời sự', tags: ['mưa', 'Hà Nội'], publishedAt: '2025-09-09T08:00:00+07:00', published: false },
      {}, { title: 'Chỉ có tiêu đề' }, { text: 'a', html: '<p>b</p>' }, { text: 'a', url: 'https://bao.example/tin' }, { url: 'ftp://bao.example/tin' },
      { url: 'javascript:alert(1)' }, { text: 1 }, { text: 'a', voices: [] }, { text: 'a', voices: ['robot'] }, { text: 'a', extra: true },
      { text: 'a', tags: ['<b>'] }, { text: 'a', publishedAt: 'hôm qua' }, { text: 'a', category: '' }, { text: 'a', title: 't'.repeat(1001) },
    ],
  },
  {
    route: ['POST', '/v1/pregenerate'],
    samples: [
      { articles: ['mau'] }, { articles: ['mau'], voices: ['north-female', 'south-male'] }, { articles: [] }, { articles: ['../x'] }, { articles: 'mau' },
      { articles: ['mau'], callbackUrl: 'gopher://x' }, { articles: ['mau'], extra: 1 }, { voices: ['north-female'] },
    ],
  },
  {
    route: ['PUT', '/v1/lexicon'],
    samples: [
      { entries: { UBND: 'ủy ban nhân dân' } }, { entries: {} }, { entries: [] }, { entries: { '': 'x' } }, { entries: { a: '' } }, { entries: { a: 1 } },
      { entries: Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, 'v'])) }, { entries: { a: 'b' }, more: 1 }, {},
    ],
  },
  {
    route: ['POST', '/v1/demo/preview'],
    samples: [{ text: 'Trời nắng.' }, { html: '<p>Trời mưa.</p>' }, { text: 'a', html: '<p>b</p>' }, {}, { title: 'x' }, { text: 'a', voices: ['north-female'] }, { text: 5 }],
  },
  {
    route: ['POST', '/v1/events'],
    samples: [
      { events: [{ type: 'play', articleId: 'mau', voice: 'north-female', speed: 1 }] },
      { events: [{ type: 'progress', articleId: 'mau', voice: 'south-male', percent: 50 }, { type: 'complete', articleId: 'mau', voice: 'south-male' }] },
      { events: [] }, { events: [{ type: 'play', articleId: 'mau', voice: 'north-female', speed: 3 }] }, { events: [{ type: 'progress', articleId: 'mau', voice: 'north-female', percent: 33 }] },
      { events: [{ type: 'error', articleId: 'mau', voice: 'north-female', code: 'oops' }] }, { events: [{ type: 'jump', articleId: 'mau', voice: 'north-female' }] },
      { events: [{ type: 'complete', articleId: 'mau', voice: 'north-female', extra: 1 }] }, { events: 'x' },
    ],
  },
];

describe('OpenAPI document, docs page and queue dashboard', () => {
  let t: TestService;
  let doc: Document;
  beforeAll(async () => {
    t = await startTestService({ worker: false, env: { DEMO_RATE_LIMIT_PER_MINUTE: '1000', EVENTS_RATE_LIMIT_PER_MINUTE: '1000' } });
    await request(t.baseUrl).put('/v1/articles/mau').set('Authorization', t.auth).send({ text: 'Bài mẫu cho việc kiểm tra.' }).expect(201);
    doc = (await request(t.baseUrl).get('/openapi.json').expect(200).expect('Content-Type', /application\/json/)).body as Document;
  });
  afterAll(() => t?.close());

  it('is a valid OpenAPI 3.1 document listing every operation the service serves', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(documented.sort()).toEqual([...OPERATIONS].sort());
  });

  it('describes each request body with a schema that accepts exactly what the route accepts', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);
    for (const { route, samples } of SAMPLES) {
      const [method, path] = route;
      const operation = doc.paths[path.replace('/mau', '/{id}')]?.[method.toLowerCase()];
      const ref = operation?.requestBody?.content['application/json']?.schema.$ref;
      expect(ref, `${method} ${path} documents its body`).toMatch(/^#\/components\/schemas\//);
      const validate = ajv.getSchema(ref!)!;
      for (const sample of samples) {
        const res = await request(t.baseUrl)[method === 'PUT' ? 'put' : 'post'](path).set('Authorization', `Bearer ${EDITOR_KEY}`).send(sample as object);
        const accepted = res.status < 300 || (res.status === 422 && res.body.error.code === 'nothing_to_read');
        expect(res.status, `${method} ${path} ${JSON.stringify(sample).slice(0, 80)} → ${JSON.stringify(res.body).slice(0, 200)}`).toBeLessThan(500);
        expect(validate(sample), `the schema of ${method} ${path} on ${JSON.stringify(sample).slice(0, 80)} (the route answered ${res.status})`).toBe(accepted);
      }
    }
  });

  it('has a readable page naming every path, with no script', async () => {
    const page = await request(t.baseUrl).get('/docs').expect(200).expect('Content-Type', /text\/html/);
    for (const path of Object.keys(doc.paths)) expect(page.text).toContain(path.replace(/&/g, '&amp;'));
    expect(page.text).toContain('/openapi.json');
    expect(page.text).not.toMatch(/<script/);
  });

  it('serves the queue dashboard to editors only, and it works in a browser that is given the key', async () => {
    await request(t.baseUrl).get('/admin/queues').expect(401);
    await request(t.baseUrl).get('/admin/queues/api/queues').set('Authorization', 'Bearer wrong').expect(401);
    const api = await request(t.baseUrl).get('/admin/queues/api/queues').set('Authorization', t.auth).expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name)).toContain('synthesize');

    const browser = await launchChromium();
    try {
      // A browser cannot send a Bearer header: challenged, it sends the key as Basic credentials.
      const context = await browser.newContext({ httpCredentials: { username: 'editor', password: EDITOR_KEY } });
      const page = await context.newPage();
      const answer = await page.goto(`${t.baseUrl}/admin/queues`);
      expect(answer?.status()).toBe(200);
      await page.getByText('synthesize').first().waitFor({ timeout: 15_000 });
      const denied = await (await browser.newContext({ httpCredentials: { username: 'editor', password: 'wrong' } })).newPage();
      expect((await denied.goto(`${t.baseUrl}/admin/queues`))?.status()).toBe(401);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
