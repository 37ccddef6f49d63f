import { createHash } from 'node:crypto';
import express, { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { AudioService } from '../../services/audio-service.js';
import { UnknownArticleError, type ListeningStats } from '../../services/listening-stats.js';
import { prepareArticle } from '../../text/pipeline.js';
import { HttpError } from '../errors.js';
import { parseArticleId, parseBody } from '../validation.js';
import { requireJsonBody } from './articles.js';

/** What the demo page sends: an article as text or HTML, without voices or pre-generation. */
const DemoArticleBody = z
  .object({ title: z.string().max(1000).optional(), text: z.string().optional(), html: z.string().optional() })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'send exactly one of "text" or "html"', path: ['text'] });

/**
 * The demo page's endpoints, mounted only when `DEMO_ENABLED` (on by default outside
 * production): they create articles without the editor key.
 * - `POST /v1/demo/articles` → `{id, title, created}`; the ID is a hash of the content, so
 *   the same paste gives the same article (and its cached audio).
 * - `POST /v1/demo/preview` → `{title, sentences: [{i, text, spoken, paragraph}]}` for the
 *   side-by-side view of original and normalized text.
 */
export function demoRouter(options: { service: AudioService; listening: ListeningStats; maxArticleChars: number; perMinute: number }) {
  const router = Router();
  const json = express.json({ limit: '1mb' });
  // Anyone may call these without a key: bound what one address can make the service do.
  router.use(
    '/v1/demo',
    rateLimit({
      windowMs: 60_000,
      limit: options.perMinute,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      // Reading the counters costs nothing worth limiting; the page polls them.
      skip: (req) => req.method === 'GET',
      handler: (_req, _res, next) => next(new HttpError(429, 'rate_limited', 'too many demo requests; try again in a minute')),
    }),
  );

  router.post('/v1/demo/articles', requireJsonBody, json, async (req, res) => {
    const body = parseBody(DemoArticleBody, req.body);
    const id = `demo-${createHash('sha256').update(JSON.stringify([body.title ?? '', body.text ?? '', body.html ?? ''])).digest('hex').slice(0, 16)}`;
    const { record, created } = await options.service.putArticle(id, body);
    res.status(created ? 201 : 200).json({ id: record.id, title: record.title, created });
  });

  router.post('/v1/demo/preview', requireJsonBody, json, (req, res) => {
    const body = parseBody(DemoArticleBody, req.body);
    const prepared = prepareArticle(body);
    if (prepared.text.length > options.maxArticleChars) {
      throw new HttpError(413, 'too_large', `the article has ${prepared.text.length} characters; the limit is ${options.maxArticleChars}`, 'text');
    }
    if (prepared.sentences.length === 0) throw new HttpError(422, 'nothing_to_read', 'the article has no readable text', 'text');
    res.json({
      title: prepared.title,
      sentences: prepared.sentences.map((s) => ({ i: s.index, text: s.text, spoken: s.spoken, paragraph: s.paragraph })),
    });
  });

  // The demo page shows the listening counters of the articles pasted into it; those of a
  // stored article stay behind the editor key (GET /v1/articles/:id/stats).
  router.get('/v1/demo/articles/:id/stats', async (req, res) => {
    const id = parseArticleId(req.params.id);
    if (!id.startsWith('demo-')) throw new HttpError(403, 'forbidden', 'only demo articles have public stats; use GET /v1/articles/:id/stats with the editor key');
    try {
      res.setHeader('Cache-Control', 'no-store');
      res.json(await options.listening.read(id));
    } catch (error) {
      if (error instanceof UnknownArticleError) throw new HttpError(404, 'not_found', error.message);
      throw error;
    }
  });

  return router;
}
