import { z } from 'zod';
import { VOICE_IDS } from '../voices.js';
import { DemoArticleBody } from './routes/demo.js';
import { ListeningBatch } from './routes/listening.js';
import { ArticleBody, BulletinBody, LexiconBody, PregenerateBody } from './validation.js';

/** JSON Schema of a request body, from the same zod schema that validates it. */
const bodySchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });

const ErrorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
    },
  },
};

const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: STATUS_TEXT[s], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]));

const STATUS_TEXT: Record<number, string> = {
  400: 'A field is wrong (named in error.field)',
  401: 'Missing or invalid editor key',
  403: 'Not allowed',
  404: 'Not found',
  413: 'Too large',
  415: 'Body is not JSON',
  422: 'Nothing readable',
  429: 'Rate limited (Retry-After)',
  502: 'Generation failed (Retry-After says when it is retried)',
  503: 'A dependency is down (Retry-After)',
  507: 'Storage is full',
};

const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,128}$' } };
const voice = { name: 'voice', in: 'query', schema: { type: 'string', enum: [...VOICE_IDS] } };
const key = { name: 'key', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-f0-9]{64}$' } };
const editor = [{ editorKey: [] }];
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const body = (name: string) => ({ required: true, ...json({ $ref: `#/components/schemas/${name}` }) });
const query = (name: string, schema: object) => ({ name, in: 'query', schema });
const text = (description: string, type: string) => ({ description, content: { [type]: { schema: { type: 'string' } } } });

/**
 * The OpenAPI 3.1 description of the HTTP API, served at `/openapi.json`. Request bodies
 * come from the zod schemas the routes validate with, so the document cannot drift from them.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'tts-reader', version: '1', description: 'Vietnamese news articles read aloud: articles, audio with sentence timings, pre-generation.' },
    components: {
      securitySchemes: {
        editorKey: { type: 'http', scheme: 'bearer', description: 'One of EDITOR_API_KEYS' },
        editorBasic: { type: 'http', scheme: 'basic', description: 'For pages opened in a browser: any user name, one of EDITOR_API_KEYS as password' },
      },
      schemas: {
        Error: ErrorBody,
        ArticleBody: bodySchema(ArticleBody),
        PregenerateBody: bodySchema(PregenerateBody),
        BulletinBody: bodySchema(BulletinBody),
        LexiconBody: bodySchema(LexiconBody),
        DemoArticleBody: bodySchema(DemoArticleBody),
        ListeningBatch: bodySchema(ListeningBatch),
        Manifest: {
          type: 'object',
          description: 'See docs/architecture.md (manifest version 2).',
          required: ['key', 'audioUrl', 'durationMs', 'segments'],
          properties: {
            version: { type: 'integer' }, articleId: { type: 'string' }, voice: { type: 'string' }, key: { type: 'string' },
            audioUrl: { type: 'string' }, durationMs: { type: 'integer' }, sampleRate: { type: 'integer' },
            mp3: { type: 'object', properties: { bytes: { type: 'integer' }, sha256: { type: 'string' } } },
            wordTiming: { enum: ['exact', 'estimated'] },
            segments: { type: 'array', items: { type: 'object' } },
            warnings: { type: 'array', items: { type: 'object' } },
            chapters: {
              type: 'array',
              description: 'Bulletins only: the article each part reads, and when',
              items: { type: 'object', properties: { articleId: { type: 'string' }, title: { type: 'string' }, startMs: { type: 'integer' }, endMs: { type: 'integer' } } },
            },
          },
        },
      },
    },
    paths: {
      '/v1/articles/{id}': {
        put: { summary: 'Create or replace an article', security: editor, parameters: [id], requestBody: body('ArticleBody'), responses: { '200': { description: 'Replaced' }, '201': { description: 'Created' }, ...errors(400, 401, 413, 415, 422, 503, 507) } },
        get: { summary: 'The stored article and its audio per voice', security: editor, parameters: [id], responses: { '200': { description: 'Article' }, ...errors(401, 404) } },
        delete: { summary: 'Remove the article and its audio', security: editor, parameters: [id], responses: { '204': { description: 'Removed' }, ...errors(401, 404) } },
      },
      '/v1/articles/{id}/audio': {
        get: {
          summary: 'Manifest when ready, progress while generating (starting it if needed)',
          parameters: [id, voice, { name: 'since', in: 'query', schema: { type: 'integer', minimum: 0 } }, { name: 'retry', in: 'query', schema: { enum: ['1', '0', 'true', 'false'] } }],
          responses: { '200': { description: 'Ready', ...json({ $ref: '#/components/schemas/Manifest' }) }, '202': { description: 'Generating' }, ...errors(400, 404, 429, 502, 503) },
        },
      },
      '/v1/audio/{key}.mp3': { get: { summary: 'The MP3 (Range, ETag, immutable)', parameters: [key], responses: { '200': { description: 'MP3' }, '206': { description: 'Range' }, '304': { description: 'Not modified' }, '416': { description: 'Bad range' }, ...errors(400, 404) } } },
      '/v1/stream/{key}.mp3': { get: { summary: 'The MP3 while it is being encoded', parameters: [key], responses: { '200': { description: 'Growing MP3' }, ...errors(400, 404) } } },
      '/v1/jobs/{key}': { get: { summary: 'Job state and progress', parameters: [key], responses: { '200': { description: 'Job' }, ...errors(404, 503) } } },
      '/v1/jobs/{key}/events': { get: { summary: 'Job progress as server-sent events', parameters: [key], responses: { '200': { description: 'text/event-stream' }, ...errors(404, 503) } } },
      '/v1/pregenerate': {
        post: {
          summary: 'Pre-generate many articles × voices ({url} items are fetched first); ?dryRun=1: what it would take and cost, nothing queued',
          security: editor,
          parameters: [{ name: 'dryRun', in: 'query', schema: { enum: ['1', '0', 'true', 'false'] } }],
          requestBody: body('PregenerateBody'),
          responses: { '200': { description: 'Dry run: the estimate per engine' }, '202': { description: 'Batch accepted' }, ...errors(400, 401, 404, 413, 415, 422, 503) },
        },
      },
      '/v1/batches/{id}': { get: { summary: 'Progress of a batch', security: editor, parameters: [{ ...id, schema: { type: 'string' } }], responses: { '200': { description: 'Summary' }, ...errors(401, 404) } } },
      '/v1/batches/{id}/events': { get: { summary: 'Progress of a batch as server-sent events (progress…, done)', security: editor, parameters: [{ ...id, schema: { type: 'string' } }], responses: { '200': { description: 'text/event-stream' }, ...errors(401, 404) } } },
      '/v1/bulletins': { post: { summary: 'Build the daily bulletin of a date (one MP3, a chapter per article)', security: editor, requestBody: { required: true, ...json({ $ref: '#/components/schemas/BulletinBody' }) }, responses: { '200': { description: 'Rebuilt' }, '201': { description: 'Created' }, ...errors(400, 401, 404, 415, 503) } } },
      '/v1/feeds/bulletins/{voice}.xml': { get: { summary: 'Podcast feed of the daily bulletins ready in a voice', parameters: [{ name: 'voice', in: 'path', required: true, schema: { type: 'string', enum: [...VOICE_IDS] } }], responses: { '200': { description: 'RSS 2.0 + iTunes' }, '304': { description: 'Not modified' }, ...errors(400) } } },
      '/v1/lexicon': {
        get: { summary: 'The site lexicon', security: editor, responses: { '200': { description: 'Entries' }, ...errors(401) } },
        put: { summary: 'Replace the site lexicon', security: editor, requestBody: body('LexiconBody'), responses: { '200': { description: 'Stored' }, ...errors(400, 401, 415, 507) } },
      },
      '/v1/articles/{id}/stats': { get: { summary: 'Listening counters of an article, per voice', security: editor, parameters: [id], responses: { '200': { description: 'Counters' }, ...errors(400, 401) } } },
      '/v1/voices': { get: { summary: 'Voices, labels and the engine serving each', responses: { '200': { description: 'Voices' } } } },
      '/v1/events': {
        post: {
          summary: "Listening events from the player's beacon (text/plain or JSON); nothing is counted when the browser asks not to be tracked",
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ListeningBatch' } }, 'text/plain': { schema: { type: 'string', description: 'The same JSON, as the beacon sends it' } } } },
          responses: { '202': { description: 'Counted' }, '204': { description: 'Not counted (Sec-GPC or DNT)' }, ...errors(400, 403, 413, 415, 429) },
        },
      },
      '/v1/playlists/latest': {
        get: {
          summary: 'The newest articles, for "keep listening"',
          parameters: [voice, query('category', { type: 'string', maxLength: 100 }), query('limit', { type: 'integer', minimum: 1, maximum: 50 }), query('exclude', id.schema)],
          responses: { '200': { description: 'Items' }, ...errors(400) },
        },
      },
      '/v1/feeds/{voice}.xml': {
        get: {
          summary: 'A podcast feed of the ready audio in one voice',
          parameters: [{ ...voice, in: 'path', required: true }, query('category', { type: 'string', maxLength: 100 }), query('tag', { type: 'string', maxLength: 100 })],
          responses: { '200': text('RSS 2.0 with iTunes tags', 'application/rss+xml'), '304': { description: 'Not modified' }, ...errors(400, 404) },
        },
      },
      '/v1/webhooks/deliveries': {
        get: {
          summary: 'The webhook delivery log, newest first',
          security: editor,
          parameters: [query('limit', { type: 'integer', minimum: 1, maximum: 1000 }), query('status', { enum: ['pending', 'retrying', 'delivered', 'failed'] }), query('type', { enum: ['audio.ready', 'audio.failed', 'batch.finished'] }), query('url', { type: 'string', format: 'uri' })],
          responses: { '200': { description: 'Deliveries' }, ...errors(400, 401) },
        },
      },
      '/v1/webhooks/deliveries/{id}': { get: { summary: 'One delivery and its attempts', security: editor, parameters: [{ ...id, schema: { type: 'string' } }], responses: { '200': { description: 'Delivery' }, ...errors(401, 404) } } },
      '/v1/demo/articles': { post: { summary: 'Demo page: store a pasted article (bounded in size, number and lifetime; when DEMO_ENABLED)', requestBody: body('DemoArticleBody'), responses: { '200': { description: 'Already there' }, '201': { description: 'Created' }, ...errors(400, 413, 415, 422, 429) } } },
      '/v1/demo/preview': { post: { summary: 'Demo page: the sentences as written and as spoken', requestBody: body('DemoArticleBody'), responses: { '200': { description: 'Sentences' }, ...errors(400, 413, 415, 422, 429) } } },
      '/v1/demo/articles/{id}/stats': { get: { summary: 'Demo page: listening counters of a demo article', parameters: [id], responses: { '200': { description: 'Counters' }, ...errors(400, 403) } } },
      '/embed/{id}': { get: { summary: 'A player page for an iframe', parameters: [id, voice, query('transcript', { enum: ['on', 'off'] })], responses: { '200': text('HTML', 'text/html'), ...errors(400) } } },
      '/player.js': { get: { summary: 'The embeddable player', responses: { '200': text('JavaScript', 'application/javascript'), '304': { description: 'Not modified' } } } },
      '/': { get: { summary: 'The demo page', responses: { '200': text('HTML', 'text/html') } } },
      '/admin/queues': { get: { summary: 'The queue dashboard (bull-board)', security: [{ editorBasic: [] }, ...editor], responses: { '200': text('HTML', 'text/html'), ...errors(401) } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
      '/docs': { get: { summary: 'This document as a page', responses: { '200': text('HTML', 'text/html') } } },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'Alive' } } } },
      '/readyz': { get: { summary: 'Readiness of every dependency', responses: { '200': { description: 'Ready' }, '503': { description: 'Not ready (checks name what)' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { '200': { description: 'text/plain' } } } },
    },
  };
}
