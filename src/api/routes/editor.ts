import { Router, type RequestHandler } from 'express';
import type { BatchService } from '../../services/batch-service.js';
import type { LexiconStore } from '../../storage/lexicon-store.js';
import type { WebhookConfig } from '../../webhooks/webhook-config.js';
import { checkTargetUrl } from '../../net/address-policy.js';
import { OutboundError } from '../../net/outbound-error.js';
import type { VoiceId } from '../../voices.js';
import { badRequest, outboundHttpError } from '../errors.js';
import { checkOffered, LexiconBody, parseBody, PregenerateBody } from '../validation.js';

/** Editor tools: bulk pre-generation with a batch to follow, and the site lexicon. */
export function editorRouter(deps: {
  batches: BatchService;
  lexicon: LexiconStore;
  voices: readonly VoiceId[];
  webhooks: WebhookConfig;
  requireEditor: RequestHandler;
  requireJson: RequestHandler;
}) {
  const { batches, lexicon, requireEditor, requireJson } = deps;
  const router = Router();

  router.post('/v1/pregenerate', requireEditor, requireJson, async (req, res) => {
    const body = parseBody(PregenerateBody, req.body);
    checkOffered(body.voices, deps.voices);
    if (body.callbackUrl) checkCallbackUrl(body.callbackUrl, deps.webhooks);
    const { batchId, total } = await batches.start({ articles: body.articles, voices: body.voices ?? [...deps.voices], callbackUrl: body.callbackUrl });
    res.status(202).json({ batchId, total, statusUrl: `/v1/batches/${batchId}` });
  });

  router.get('/v1/batches/:id', requireEditor, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await batches.summary(String(req.params.id)));
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
