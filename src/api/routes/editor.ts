import { randomUUID } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import type { LexiconStore } from '../../cache/lexicon-store.js';
import type { WebhookConfig } from '../../config.js';
import { checkTargetUrl } from '../../net/address-policy.js';
import { OutboundError } from '../../net/outbound-error.js';
import type { BatchStore } from '../../queue/batch-store.js';
import type { AudioService } from '../../services/audio-service.js';
import { VOICE_IDS } from '../../voices.js';
import { badRequest, notFound, outboundHttpError } from '../errors.js';
import { LexiconBody, parseBody, PregenerateBody } from '../validation.js';

/** Editor tools: bulk pre-generation with a batch to follow, and the site lexicon. */
export function editorRouter(deps: {
  service: AudioService;
  lexicon: LexiconStore;
  batches: BatchStore;
  webhooks: WebhookConfig;
  requireEditor: RequestHandler;
  requireJson: RequestHandler;
}) {
  const { service, lexicon, batches, webhooks, requireEditor, requireJson } = deps;
  const router = Router();

  router.post('/v1/pregenerate', requireEditor, requireJson, async (req, res) => {
    const body = parseBody(PregenerateBody, req.body);
    if (body.callbackUrl) checkCallbackUrl(body.callbackUrl, webhooks);
    const batchId = randomUUID();
    const items = await service.pregenerate([...new Set(body.articles)], body.voices ?? [...VOICE_IDS], batchId);
    // Watched when someone waits for batch.finished (src/webhooks polls the open batches).
    const watch = Boolean(webhooks.secret && (webhooks.url || body.callbackUrl));
    await batches.create(batchId, items.map(({ articleId, voice }) => ({ articleId, voice })), { callbackUrl: body.callbackUrl, watch });
    res.status(202).json({ batchId, total: items.length, statusUrl: `/v1/batches/${batchId}` });
  });

  router.get('/v1/batches/:id', requireEditor, async (req, res) => {
    const summary = await batches.summarize(String(req.params.id), service);
    if (!summary) throw notFound('batch');
    res.json(summary);
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
