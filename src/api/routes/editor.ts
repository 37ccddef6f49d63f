import { Router, type RequestHandler } from 'express';
import type { BatchService } from '../../services/batch-service.js';
import type { LexiconStore } from '../../storage/lexicon-store.js';
import type { VoiceId } from '../../voices.js';
import { LexiconBody, parseBody, PregenerateBody } from '../validation.js';

/** Editor tools: bulk pre-generation with a batch to follow, and the site lexicon. */
export function editorRouter(deps: { batches: BatchService; lexicon: LexiconStore; voices: readonly VoiceId[]; requireEditor: RequestHandler; requireJson: RequestHandler }) {
  const { batches, lexicon, requireEditor, requireJson } = deps;
  const router = Router();

  router.post('/v1/pregenerate', requireEditor, requireJson, async (req, res) => {
    const body = parseBody(PregenerateBody, req.body);
    const { batchId, total } = await batches.start({ articles: body.articles, voices: body.voices ?? [...deps.voices] });
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
