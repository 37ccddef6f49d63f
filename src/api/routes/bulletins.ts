import { Router, type RequestHandler } from 'express';
import type { BulletinService } from '../../services/bulletin-service.js';
import type { VoiceId } from '../../voices.js';
import { BulletinBody, checkOffered, parseBody } from '../validation.js';

/**
 * `POST /v1/bulletins` (editor): builds the daily bulletin of a date from named articles or
 * the latest N, and queues its audio in the voice. The episode is read like any article
 * (`GET /v1/articles/:id/audio?voice=`, its manifest with `chapters`) and listed in
 * `/v1/feeds/bulletins/:voice.xml`.
 */
export function bulletinsRouter(deps: { bulletins: BulletinService; voices: readonly VoiceId[]; requireEditor: RequestHandler; requireJson: RequestHandler }) {
  const router = Router();

  router.post('/v1/bulletins', deps.requireEditor, deps.requireJson, async (req, res) => {
    const body = parseBody(BulletinBody, req.body);
    checkOffered([body.voice], deps.voices, 'voice');
    const result = await deps.bulletins.create(body);
    const audioUrl = `/v1/articles/${result.id}/audio?voice=${result.voice}`;
    res.status(result.created ? 201 : 200).setHeader('Location', `/v1/articles/${result.id}`);
    res.json({
      id: result.id,
      title: result.title,
      voice: result.voice,
      chapters: result.chapters,
      audioUrl,
      feedUrl: `/v1/feeds/bulletins/${result.voice}.xml`,
      ...(result.generation ? { generation: result.generation } : {}),
    });
  });

  return router;
}
