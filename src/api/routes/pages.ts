import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/container.js';
import { renderDemoPage } from '../../player/pages/demo-page.js';
import { renderEmbedPage } from '../../player/pages/embed-page.js';
import { isVoiceId } from '../../voices.js';
import { createPlayerBundleLoader } from '../player-bundle.js';
import { parseArticleId } from '../validation.js';
import { demoRouter } from './demo.js';

/**
 * What browsers load: `/player.js` (the embeddable player), `/embed/:id` (a page for
 * iframes), `/` (the demo page) and, when enabled, the demo endpoints.
 */
export function pagesRouter(services: Services) {
  const router = Router();
  const { config } = services;
  const loadBundle = createPlayerBundleLoader({ production: config.env === 'production' });
  // Who may frame the embed page: the same allowlist as cross-origin API calls.
  const frameAncestors = config.playerOrigins === '*' ? '*' : ["'self'", ...config.playerOrigins].join(' ');

  router.get('/player.js', async (req: Request, res: Response) => {
    const bundle = await loadBundle();
    res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
    res.setHeader('ETag', bundle.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    // Sites embed a stable URL: let caches keep it briefly, then revalidate by ETag.
    res.setHeader('Cache-Control', 'public, max-age=300, stale-while-revalidate=86400');
    if (req.headers['if-none-match'] === bundle.etag) return void res.status(304).end();
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      return void res.send(bundle.gzipped);
    }
    res.send(bundle.code);
  });

  router.get('/embed/:id', (req, res) => {
    const articleId = parseArticleId(req.params.id);
    const voice = isVoiceId(req.query.voice) ? req.query.voice : undefined;
    sendPage(res, renderEmbedPage({ articleId, voice, transcript: req.query.transcript !== 'off' }), `frame-ancestors ${frameAncestors}`);
  });

  router.get('/', (_req, res) => {
    sendPage(res, renderDemoPage({ demoEnabled: config.demoEnabled }), "frame-ancestors 'self'");
  });

  if (config.demoEnabled) {
    router.use(demoRouter({ service: services.service, listening: services.listening, maxArticleChars: config.maxArticleChars, perMinute: config.demoRateLimitPerMinute }));
  }
  return router;
}

function sendPage(res: Response, html: string, csp: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Security-Policy', csp);
  res.send(html);
}
