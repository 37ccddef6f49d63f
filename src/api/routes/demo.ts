import { createHash } from 'node:crypto';
import express, { Router } from 'express';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { ArticleTooLargeError, NothingToReadError } from '../../errors.js';
import type { ArticleService } from '../../services/article-service.js';
import type { ListeningStats } from '../../services/listening-stats.js';
import { prepareArticle } from '../../text/pipeline.js';
import { createRateLimit } from '../rate-limits.js';
import { requireJsonBody } from '../request-body.js';
import { parseArticleId, parseBody } from '../validation.js';
import { HttpError } from '../errors.js';

/** What the demo page sends: an article as text or HTML, without voices or pre-generation. */
export const DemoArticleBody = z
  .object({ title: z.string().max(1000).optional(), text: z.string().optional(), html: z.string().optional() })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'send exactly one of "text" or "html"', path: ['text'] })
  .meta({ oneOf: [{ required: ['text'] }, { required: ['html'] }], description: 'Exactly one of text or html.' });

export interface DemoOptions {
  articles: ArticleService;
  listening: ListeningStats;
  redis: Redis;
  prefix: string;
  perMinute: number;
  /** Bounds of what anyone may make the service keep: size, count and lifetime of demo articles. */
  maxChars: number;
  maxArticles: number;
  ttlMs: number;
}

/**
 * The demo page's endpoints, mounted only when `DEMO_ENABLED` (on by default outside
 * production): they create articles without the editor key, so everything they can make
 * the service keep is bounded, and one limit per client address holds across instances.
 * - `POST /v1/demo/articles` → `{id, title, created}`; the ID is a hash of the content, so
 *   the same paste gives the same article (and its cached audio).
 * - `POST /v1/demo/preview` → `{title, sentences: [{i, text, spoken, paragraph}]}` for the
 *   side-by-side view of original and normalized text.
 * - `GET /v1/demo/articles/:id/stats`: listening counters of a demo article.
 */
export function demoRouter(options: DemoOptions) {
  const router = Router();
  const json = express.json({ limit: '1mb' });
  const limit = createRateLimit({
    redis: options.redis,
    prefix: options.prefix,
    name: 'demo',
    perMinute: options.perMinute,
    message: 'too many demo requests; try again in a minute',
  });
  router.post('/v1/demo/articles', limit.middleware, requireJsonBody, json, async (req, res) => {
    const body = parseBody(DemoArticleBody, req.body);
    checkLength(body, options.maxChars);
    const id = `demo-${createHash('sha256').update(JSON.stringify([body.title ?? '', body.text ?? '', body.html ?? ''])).digest('hex').slice(0, 16)}`;
    const { record, created } = await options.articles.put(id, body, { expiresAt: new Date(Date.now() + options.ttlMs).toISOString() });
    if (created) await options.articles.prune('demo-', options.maxArticles);
    res.status(created ? 201 : 200).json({ id: record.id, title: record.title, created });
  });

  router.post('/v1/demo/preview', limit.middleware, requireJsonBody, json, (req, res) => {
    const body = parseBody(DemoArticleBody, req.body);
    checkLength(body, options.maxChars);
    const prepared = prepareArticle(body);
    if (prepared.sentences.length === 0) throw new NothingToReadError();
    res.json({
      title: prepared.title,
      sentences: prepared.sentences.map((s) => ({ i: s.index, text: s.text, spoken: s.spoken, paragraph: s.paragraph })),
    });
  });

  // The demo page shows the listening counters of the articles pasted into it (it polls
  // them: not rate limited); those of a stored article stay behind the editor key.
  router.get('/v1/demo/articles/:id/stats', async (req, res) => {
    const id = parseArticleId(req.params.id);
    if (!id.startsWith('demo-')) throw new HttpError(403, 'forbidden', 'only demo articles have public stats; use GET /v1/articles/:id/stats with the editor key');
    res.setHeader('Cache-Control', 'no-store');
    res.json(await options.listening.read(id));
  });

  return router;
}

function checkLength(body: { text?: string; html?: string }, maxChars: number): void {
  // HTML carries markup: allow it four times the text bound before any parsing is done.
  const length = body.text?.length ?? 0;
  const markup = body.html?.length ?? 0;
  if (length > maxChars) throw new ArticleTooLargeError(length, maxChars);
  if (markup > maxChars * 4) throw new ArticleTooLargeError(markup, maxChars * 4);
}
