import { z } from 'zod';
import { DEFAULT_VOICE_IDS, VOICE_IDS, isVoiceId, type VoiceId } from '../voices.js';
import { badRequest } from './errors.js';

export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

/** Validates an article ID from the URL; it is never used as a path (the store hashes it). */
export function parseArticleId(raw: unknown): string {
  // "." and ".." fit the pattern but read as path steps to anything that sees them.
  if (typeof raw !== 'string' || !ARTICLE_ID_PATTERN.test(raw) || /^\.+$/.test(raw)) {
    throw badRequest('id', 'article ID must be 1–128 characters of A–Z, a–z, 0–9, ".", "_" or "-"');
  }
  return raw;
}

/** Validates `?voice=`; defaults to the first voice when absent. */
export function parseVoice(raw: unknown, voices: readonly VoiceId[] = DEFAULT_VOICE_IDS, field = 'voice'): VoiceId {
  if (raw === undefined || raw === '') return voices[0];
  if (!isVoiceId(raw) || !voices.includes(raw)) {
    const shown = typeof raw === 'string' ? JSON.stringify(raw).slice(0, 60) : `of type ${Array.isArray(raw) ? 'array' : typeof raw}`;
    throw badRequest(field, `unknown voice ${shown}; valid voices: ${voices.join(', ')}`, { validVoices: voices });
  }
  return raw;
}

/** Checks that voices named in a body are among those this deployment offers (VOICES). */
export function checkOffered(list: readonly VoiceId[] | undefined, voices: readonly VoiceId[], field = 'voices'): void {
  const missing = list?.find((v) => !voices.includes(v));
  if (missing) throw badRequest(field, `${field}: voice "${missing}" is not offered here; valid voices: ${voices.join(', ')}`, { validVoices: voices });
}

/** Validates an optional non-negative integer query parameter (`?since=3`). */
export function parseCount(raw: unknown, field: string, max = 1_000_000): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^\d{1,7}$/.test(raw) || Number(raw) > max) throw badRequest(field, `${field} must be a whole number from 0 to ${max}`);
  return Number(raw);
}

/** Validates a yes/no query flag (`?retry=1`). */
export function parseFlag(raw: unknown, field: string): boolean {
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw badRequest(field, `${field} must be 1, 0, true or false`);
}

const voiceList = z.array(z.enum(VOICE_IDS)).min(1).max(VOICE_IDS.length);
const label = z.string().trim().min(1).max(100).regex(/^[^\u0000-\u001f<>]+$/u, 'no control characters or angle brackets');
/**
 * http(s) URLs only; what they may point at is checked when they are used (src/net). The
 * `.meta()` of these schemas states in JSON Schema (the OpenAPI document) what their zod
 * checks and refinements test and zod cannot translate.
 */
const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http or https URL' }).max(2048).meta({ pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });

export const ArticleBody = z
  .object({
    title: z.string().max(1000).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    /** Fetch the article from this page (SSRF-checked; src/intake). */
    url: httpUrl.optional(),
    voices: voiceList.optional(),
    pregenerate: z.boolean().optional(),
    category: label.optional(),
    tags: z.array(label).max(20).optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    published: z.boolean().optional(),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.url].filter((v) => v !== undefined).length === 1, {
    message: 'send exactly one of "text", "html" or "url"',
    path: ['text'],
  })
  .meta({ oneOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['url'] }], description: 'Exactly one of text, html or url.' });

/** Pages fetched in one pre-generation request at most (each is a fetch before the answer). */
export const MAX_URL_ITEMS = 100;

/** A pre-generation item: a stored article's ID, or a page to fetch and register (`{url, id?}`). */
const PregenerateItem = z.union([
  z.string().regex(ARTICLE_ID_PATTERN, 'must be an article ID or {"url"}'),
  z.object({ id: z.string().regex(ARTICLE_ID_PATTERN, 'must be an article ID').optional(), url: httpUrl }).strict(),
]);

export const PregenerateBody = z
  .object({
    articles: z
      .array(PregenerateItem)
      .min(1)
      .max(10_000)
      .refine((items) => items.filter((item) => typeof item !== 'string').length <= MAX_URL_ITEMS, `at most ${MAX_URL_ITEMS} {"url"} items per request`),
    voices: voiceList.optional(),
    /** Receives this batch's webhooks (batch.finished, and audio.* of the jobs it started). */
    callbackUrl: httpUrl.optional(),
  })
  .strict();

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). */
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((day) => {
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100;
  }, 'must be a real calendar day between 2000 and 2100');

/** `POST /v1/bulletins`: a day, a voice, and either the articles or "the latest N". */
export const BulletinBody = z
  .object({
    date: calendarDay,
    voice: z.enum(VOICE_IDS),
    articles: z.array(z.string().regex(ARTICLE_ID_PATTERN, 'must be an article ID')).min(1).max(30).optional(),
    latest: z.number().int().min(1).max(30).optional(),
    category: label.optional(),
    title: z.string().trim().min(1).max(200).regex(/^[^\u0000-\u001f]+$/u, 'no control characters').optional(),
    leadSentences: z.number().int().min(1).max(5).optional(),
  })
  .strict()
  .refine((b) => (b.articles === undefined) !== (b.latest === undefined), { message: 'send exactly one of "articles" or "latest"', path: ['articles'] });

export const LexiconBody = z
  .object({
    entries: z
      .record(z.string().min(1).max(100), z.string().min(1).max(300))
      .refine((r) => Object.keys(r).length <= 10_000, 'at most 10,000 entries')
      .meta({ maxProperties: 10_000 }),
  })
  .strict();

/** A yes/no query flag, strictly: one of 1, 0, true, false (given once). */
const queryFlag = z.enum(['1', '0', 'true', 'false'], { message: 'must be 1, 0, true or false' }).transform((v) => v === '1' || v === 'true');

/** `POST /v1/pregenerate?dryRun=1`: the estimate only; any other parameter is refused (a typo must not start a batch). */
export const PregenerateQuery = z.object({ dryRun: queryFlag.optional() }).strict();

/**
 * Parses a query string with a strict zod schema: an unknown parameter, a repeated one or
 * a bad value is a 400 naming it.
 * @example parseQuery(PregenerateQuery, { dryrun: '1' }) // throws 400: unknown query parameter "dryrun"; allowed: dryRun
 */
export function parseQuery<T>(schema: z.ZodObject & z.ZodType<T>, query: unknown): T {
  const result = schema.safeParse({ ...(query as object) });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(schema.shape).join(', ') || 'none';
    throw badRequest(issue.keys[0], `unknown query parameter "${issue.keys[0].slice(0, 40)}"; allowed: ${allowed}`);
  }
  const field = issue.path.join('.') || 'query';
  throw badRequest(field, `${field}: ${issue.message}`);
}

/** Parses a body with a zod schema; the 400 names the first bad field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('body', 'request body must be a JSON object');
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.join('.') || 'body';
    throw badRequest(field, `${field}: ${issue.message}`);
  }
  return result.data;
}
