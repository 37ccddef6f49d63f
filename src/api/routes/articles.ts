import { Router, type RequestHandler } from 'express';
import type { UrlIntake } from '../../intake/url-intake.js';
import type { AudioService } from '../../services/audio-service.js';
import { VOICE_IDS } from '../../voices.js';
import { HttpError } from '../errors.js';
import { ArticleBody, parseArticleId, parseBody } from '../validation.js';

/** Editor routes: create/replace, read and delete articles. */
export function articlesRouter(service: AudioService, requireEditor: RequestHandler, requireJson: RequestHandler, intake: UrlIntake) {
  const router = Router();

  router.put('/v1/articles/:id', requireEditor, requireJson, async (req, res) => {
    const id = parseArticleId(req.params.id);
    const { url, ...body } = parseBody(ArticleBody, req.body);
    // By URL: the page is fetched and read first; a failure stores nothing.
    const page = url === undefined ? undefined : await intake.readArticle(url);
    const input = page ? { ...body, title: body.title ?? page.title, text: body.title ? page.body : page.text, sourceUrl: page.sourceUrl } : body;
    const { record, created, changed } = await service.putArticle(id, input);
    let queued: unknown[] = [];
    if (body.pregenerate) queued = await service.pregenerate([id], body.voices ?? [...VOICE_IDS], `article-${id}`);
    res.status(created ? 201 : 200).json({
      id: record.id,
      title: record.title,
      revision: record.revision,
      chars: record.cleanChars,
      changed,
      ...(page ? { source: { url: page.sourceUrl, finalUrl: page.finalUrl, extractor: page.extractor } } : {}),
      ...(body.pregenerate ? { queued } : {}),
    });
  });

  router.get('/v1/articles/:id', requireEditor, async (req, res) => {
    res.json(await service.getArticle(parseArticleId(req.params.id)));
  });

  router.delete('/v1/articles/:id', requireEditor, async (req, res) => {
    await service.deleteArticle(parseArticleId(req.params.id));
    res.status(204).end();
  });

  return router;
}

/** PUT/POST bodies must be JSON: anything else is a 415 before any work is done. */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    return next(new HttpError(415, 'unsupported_media_type', 'send the body as application/json', 'body'));
  }
  next();
};
