import { Router, type RequestHandler } from 'express';
import type { UrlIntake } from '../../intake/url-intake.js';
import type { ArticleService } from '../../services/article-service.js';
import type { VoiceId } from '../../voices.js';
import { ArticleBody, checkOffered, parseArticleId, parseBody } from '../validation.js';

/** Editor routes: create/replace, read and delete articles. */
export function articlesRouter(deps: { articles: ArticleService; intake: UrlIntake; voices: readonly VoiceId[]; requireEditor: RequestHandler; requireJson: RequestHandler }) {
  const { articles, intake, requireEditor, requireJson } = deps;
  const router = Router();

  router.put('/v1/articles/:id', requireEditor, requireJson, async (req, res) => {
    const id = parseArticleId(req.params.id);
    const { title, text, html, url, voices, pregenerate, ...metadata } = parseBody(ArticleBody, req.body);
    checkOffered(voices, deps.voices);
    // By URL: the page is fetched and read first; a failure stores nothing.
    const page = url === undefined ? undefined : await intake.readArticle(url);
    const input = page ? { title: title ?? page.title, text: title ? page.body : page.text } : html !== undefined ? { title, html } : { title, text };
    const result = await articles.put(id, input, { ...metadata, url: page?.sourceUrl }, pregenerate ? (voices ?? 'all') : []);
    res.status(result.created ? 201 : 200).json({
      id: result.record.id,
      title: result.record.title,
      revision: result.record.revision,
      chars: result.record.cleanChars,
      published: result.record.published !== false,
      changed: result.changed,
      ...(page ? { source: { url: page.sourceUrl, finalUrl: page.finalUrl, extractor: page.extractor } } : {}),
      // What happened to the audio asked for: queued, or kept until the queue is back.
      ...(result.generation ? { generation: result.generation } : {}),
      ...(result.generation?.state === 'queued' ? { queued: result.generation.items } : {}),
    });
  });

  router.get('/v1/articles/:id', requireEditor, async (req, res) => {
    res.json(await articles.get(parseArticleId(req.params.id)));
  });

  router.delete('/v1/articles/:id', requireEditor, async (req, res) => {
    await articles.delete(parseArticleId(req.params.id));
    res.status(204).end();
  });

  return router;
}
