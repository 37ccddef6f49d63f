import express, { Router, type RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Metrics } from '../../services/metrics.js';
import { LISTENING_ERRORS, LISTENING_MILESTONES, LISTENING_SPEEDS, type ListeningEvent, type ListeningStats } from '../../services/listening-stats.js';
import { VOICE_IDS } from '../../voices.js';
import { isOriginAllowed } from '../cors.js';
import { badRequest, HttpError } from '../errors.js';
import { createRateLimit } from '../rate-limits.js';
import { ARTICLE_ID_PATTERN, parseArticleId, parseBody } from '../validation.js';

/** A beacon batch is a few hundred bytes; anything far larger is not from the player. */
const BODY_LIMIT = '16kb';
const MAX_EVENTS = 50;
/** A player reports on the article it plays and the next ones it continued to. */
const MAX_ARTICLES = 5;

const about = {
  articleId: z.string().regex(ARTICLE_ID_PATTERN).refine((id) => !/^\.+$/.test(id), 'not an article ID'),
  voice: z.enum(VOICE_IDS),
};
const speed = z.literal(LISTENING_SPEEDS);
const ListeningEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('play'), ...about, speed }).strict(),
  z.object({ type: z.literal('progress'), ...about, percent: z.literal(LISTENING_MILESTONES) }).strict(),
  z.object({ type: z.literal('complete'), ...about }).strict(),
  z.object({ type: z.literal('speed'), ...about, speed }).strict(),
  z.object({ type: z.literal('error'), ...about, code: z.enum(LISTENING_ERRORS) }).strict(),
]);
/** `{events: [...]}`: what the player's beacon carries. */
export const ListeningBatch = z
  .object({ events: z.array(ListeningEventSchema).min(1).max(MAX_EVENTS) })
  .strict()
  .refine((batch) => new Set(batch.events.map((e) => e.articleId)).size <= MAX_ARTICLES, { message: `at most ${MAX_ARTICLES} articles per batch`, path: ['events'] })
  .meta({ description: `At most ${MAX_EVENTS} events, about at most ${MAX_ARTICLES} different articles.` });

export interface ListeningRouterOptions {
  stats: ListeningStats;
  metrics: Metrics;
  /** Shared rate-limit counters (all API instances). */
  redis: Redis;
  prefix: string;
  playerOrigins: readonly string[] | '*';
  perMinute: number;
  requireEditor: RequestHandler;
}

/**
 * First-party listening statistics, without cookies or listener identity:
 * - `POST /v1/events`: a batch of events from `navigator.sendBeacon` (text/plain, the
 *   beacon's default, or application/json). Rate limited per address, at most 16 KB and
 *   50 events, validated whole: a bad batch is a 4xx and counts nothing. A browser
 *   asking not to be tracked (`Sec-GPC: 1`, `DNT: 1`) gets 204 and nothing is counted.
 * - `GET /v1/articles/:id/stats` (editors): the counters per voice and in total.
 */
export function listeningRouter(options: ListeningRouterOptions) {
  const router = Router();
  const limit = createRateLimit({ name: 'events', perMinute: options.perMinute, redis: options.redis, prefix: options.prefix, message: 'too many listening events; try again in a minute' }).middleware;
  const text = express.text({ type: ['text/plain', 'application/json'], limit: BODY_LIMIT });

  router.post('/v1/events', limit, (req, res, next) => {
    if (req.get('sec-gpc') === '1' || req.get('dnt') === '1') return void res.status(204).end();
    const origin = req.get('origin');
    // The API's own pages (the demo page, /embed/:id) are always allowed.
    const own = origin === `${req.protocol}://${req.get('host')}`;
    if (origin && origin !== 'null' && !own && !isOriginAllowed(origin, options.playerOrigins)) {
      return next(new HttpError(403, 'forbidden_origin', 'this origin may not send listening events'));
    }
    if (!req.is(['text/plain', 'application/json'])) return next(new HttpError(415, 'unsupported_media_type', 'send the events as text/plain or application/json', 'body'));
    next();
  }, text, async (req, res) => {
    const batch = parseBody(ListeningBatch, parseJson(req.body));
    const events = batch.events as ListeningEvent[];
    await options.stats.record(events);
    for (const event of events) options.metrics.listeningEvents.inc({ type: event.type, voice: event.voice, detail: detailOf(event) });
    res.status(202).json({ counted: events.length });
  });

  router.get('/v1/articles/:id/stats', options.requireEditor, async (req, res) => {
    const id = parseArticleId(req.params.id);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await options.stats.read(id));
  });

  return router;
}

function parseJson(body: unknown): unknown {
  if (typeof body !== 'string' || body.length === 0) throw badRequest('body', 'send a JSON object {"events": [...]}');
  try {
    return JSON.parse(body);
  } catch {
    throw new HttpError(400, 'invalid_json', 'request body is not valid JSON', 'body');
  }
}

function detailOf(event: ListeningEvent): string {
  if (event.type === 'progress') return String(event.percent);
  if (event.type === 'play' || event.type === 'speed') return String(event.speed);
  if (event.type === 'error') return event.code;
  return '';
}
