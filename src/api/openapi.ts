import { z } from 'zod';
import { VOICE_IDS } from '../voices.js';
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

/**
 * The OpenAPI 3.1 description of the HTTP API, served at `/openapi.json`. Request bodies
 * come from the zod schemas the routes validate with, so the document cannot drift from them.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'tts-reader', version: '1', description: 'Vietnamese news articles read aloud: articles, audio with sentence timings, pre-generation.' },
    components: {
      securitySchemes: { editorKey: { type: 'http', scheme: 'bearer', description: 'One of EDITOR_API_KEYS' } },
      schemas: {
        Error: ErrorBody,
        ArticleBody: bodySchema(ArticleBody),
        PregenerateBody: bodySchema(PregenerateBody),
        BulletinBody: bodySchema(BulletinBody),
        LexiconBody: bodySchema(LexiconBody),
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
        put: { summary: 'Create or replace an article', security: editor, parameters: [id], requestBody: { required: true, ...json({ $ref: '#/components/schemas/ArticleBody' }) }, responses: { '200': { description: 'Replaced' }, '201': { description: 'Created' }, ...errors(400, 401, 413, 415, 422, 503, 507) } },
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
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/PregenerateBody' }) },
          responses: { '200': { description: 'Dry run: the estimate per engine' }, '202': { description: 'Batch accepted' }, ...errors(400, 401, 404, 413, 415, 422, 503) },
        },
      },
      '/v1/batches/{id}': { get: { summary: 'Progress of a batch', security: editor, parameters: [{ ...id, schema: { type: 'string' } }], responses: { '200': { description: 'Summary' }, ...errors(401, 404) } } },
      '/v1/batches/{id}/events': { get: { summary: 'Progress of a batch as server-sent events (progress…, done)', security: editor, parameters: [{ ...id, schema: { type: 'string' } }], responses: { '200': { description: 'text/event-stream' }, ...errors(401, 404) } } },
      '/v1/bulletins': { post: { summary: 'Build the daily bulletin of a date (one MP3, a chapter per article)', security: editor, requestBody: { required: true, ...json({ $ref: '#/components/schemas/BulletinBody' }) }, responses: { '200': { description: 'Rebuilt' }, '201': { description: 'Created' }, ...errors(400, 401, 404, 415, 503) } } },
      '/v1/feeds/{voice}.xml': { get: { summary: 'Podcast feed of the articles ready in a voice', parameters: [{ name: 'voice', in: 'path', required: true, schema: { type: 'string', enum: [...VOICE_IDS] } }], responses: { '200': { description: 'RSS 2.0 + iTunes' }, '304': { description: 'Not modified' }, ...errors(400) } } },
      '/v1/feeds/bulletins/{voice}.xml': { get: { summary: 'Podcast feed of the daily bulletins ready in a voice', parameters: [{ name: 'voice', in: 'path', required: true, schema: { type: 'string', enum: [...VOICE_IDS] } }], responses: { '200': { description: 'RSS 2.0 + iTunes' }, '304': { description: 'Not modified' }, ...errors(400) } } },
      '/v1/lexicon': {
        get: { summary: 'The site lexicon', security: editor, responses: { '200': { description: 'Entries' }, ...errors(401) } },
        put: { summary: 'Replace the site lexicon', security: editor, requestBody: { required: true, ...json({ $ref: '#/components/schemas/LexiconBody' }) }, responses: { '200': { description: 'Stored' }, ...errors(400, 401, 415, 507) } },
      },
      '/v1/voices': { get: { summary: 'Voices, labels and the engine serving each', responses: { '200': { description: 'Voices' } } } },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'Alive' } } } },
      '/readyz': { get: { summary: 'Readiness of every dependency', responses: { '200': { description: 'Ready' }, '503': { description: 'Not ready (checks name what)' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { '200': { description: 'text/plain' } } } },
    },
  };
}
