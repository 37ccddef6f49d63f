import { Router, type RequestHandler } from 'express';
import type { UrlIntake } from '../../intake/url-intake.js';
import type { BatchService } from '../../services/batch-service.js';
import type { LexiconStore } from '../../storage/lexicon-store.js';
import type { WebhookConfig } from '../../webhooks/webhook-config.js';
import { checkTargetUrl } from '../../net/address-policy.js';
import { OutboundError } from '../../net/outbound-error.js';
import type { VoiceId } from '../../voices.js';
import { badRequest, notFound, outboundHttpError } from '../errors.js';
import { readPageItems } from '../page-items.js';
import { streamPolled } from '../server-sent-events.js';
import { checkOffered, LexiconBody, parseBody, parseQuery, PregenerateBody, PregenerateQuery } from '../validation.js';

/** A batch summary costs two counters and a list read: twice a second is cheap for any batch size. */
const BATCH_EVENT_POLL_MS = 500;

/** Batch IDs are UUIDs; anything else names no batch (and never reaches a store). */
function parseBatchId(raw: unknown): string {
  const id = String(raw);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) throw notFound('batch');
  return id;
}

/** Editor tools: bulk pre-generation with a batch to follow, and the site lexicon. */
export function editorRouter(deps: {
  batches: BatchService;
  lexicon: LexiconStore;
  voices: readonly VoiceId[];
  webhooks: WebhookConfig;
  intake: UrlIntake;
  requireEditor: RequestHandler;
  requireJson: RequestHandler;
}) {
  const { batches, lexicon, requireEditor, requireJson } = deps;
  const router = Router();

  router.post('/v1/pregenerate', requireEditor, requireJson, async (req, res) => {
    const { dryRun } = parseQuery(PregenerateQuery, req.query);
    const body = parseBody(PregenerateBody, req.body);
    checkOffered(body.voices, deps.voices);
    if (body.callbackUrl) checkCallbackUrl(body.callbackUrl, deps.webhooks);
    // {url} items: every page is fetched and read before anything is stored or queued.
    const { ids, pages } = await readPageItems(body.articles, deps.intake);
    const request = { articles: ids, pages, voices: body.voices ?? [...deps.voices], callbackUrl: body.callbackUrl };
    const fromPages = pages.map((page) => ({ id: page.id, url: page.url }));
    if (dryRun) {
      // What it would take, per engine; nothing is queued or stored (pages are read, not registered).
      res.setHeader('Cache-Control', 'no-store');
      res.json({ ...(await batches.estimate(request)), ...(fromPages.length ? { pages: fromPages } : {}) });
      return;
    }
    const { batchId, total } = await batches.start(request);
    res.status(202).json({ batchId, total, statusUrl: `/v1/batches/${batchId}`, eventsUrl: `/v1/batches/${batchId}/events`, ...(fromPages.length ? { pages: fromPages } : {}) });
  });

  router.get('/v1/batches/:id', requireEditor, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await batches.summary(parseBatchId(req.params.id)));
  });

  // The same summary as server-sent events: `progress` while items are pending, then `done`.
  router.get('/v1/batches/:id/events', requireEditor, async (req, res) => {
    const id = parseBatchId(req.params.id);
    const first = await batches.summary(id);
    await streamPolled(req, res, first, {
      poll: () => batches.summary(id),
      eventOf: (summary) => (summary.done ? { name: 'done', terminal: true } : { name: 'progress', terminal: false }),
      intervalMs: BATCH_EVENT_POLL_MS,
    });
  });

  router.get('/v1/lexicon', requireEditor, async (_req, res) => {
    const { entries, version } = await lexicon.get();
    res.json({ version, entries });
  });

  router.put('/v1/lexicon', requireEditor, requireJson, async (req, res) => {
    const body = parseBody(LexiconBody, req.body);
    const { entries, version } = await lexicon.put(body.entries);
    res.json({ version, entries });
  });

  return router;
}

/** Before anything is queued: webhooks must be signable, the target allowed (its address is checked again at each delivery). */
function checkCallbackUrl(url: string, webhooks: WebhookConfig): void {
  if (!webhooks.secret) throw badRequest('callbackUrl', 'callbackUrl: webhooks are not enabled on this server (WEBHOOK_SECRET is not set)');
  try {
    checkTargetUrl(url, webhooks.policy);
  } catch (error) {
    throw error instanceof OutboundError ? outboundHttpError(error, 'callbackUrl') : error;
  }
}
