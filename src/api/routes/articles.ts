import { Router, type RequestHandler } from 'express';
import type { ArticleService } from '../../services/article-service.js';
import { ArticleBody, parseArticleId, parseBody } from '../validation.js';

/** Editor routes: create/replace, read and delete articles. */
export function articlesRouter(deps: { articles: ArticleService; requireEditor: RequestHandler; requireJson: RequestHandler }) {
  const { articles, requireEditor, requireJson } = deps;
  const router = Router();

  router.put('/v1/articles/:id', requireEditor, requireJson, async (req, res) => {
    const id = parseArticleId(req.params.id);
    const { title, text, html, voices, pregenerate, ...metadata } = parseBody(ArticleBody, req.body);
    const input = html !== undefined ? { title, html } : { title, text };
    const result = await articles.put(id, input, metadata, pregenerate ? (voices ?? 'all') : []);
    res.status(result.created ? 201 : 200).json({
      id: result.record.id,
      title: result.record.title,
      revision: result.record.revision,
      chars: result.record.cleanChars,
      published: result.record.published !== false,
      changed: result.changed,
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
