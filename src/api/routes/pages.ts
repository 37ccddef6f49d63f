import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../../config.js';
import { renderDemoPage } from '../../player/pages/demo-page.js';
import { renderEmbedPage } from '../../player/pages/embed-page.js';
import type { ArticleService } from '../../services/article-service.js';
import type { ListeningStats } from '../../services/listening-stats.js';
import { isVoiceId } from '../../voices.js';
import { createPlayerBundleLoader } from '../player-bundle.js';
import { parseArticleId } from '../validation.js';
import { demoRouter } from './demo.js';

/**
 * What browsers load: `/player.js` (the embeddable player), `/embed/:id` (a page for
 * iframes), `/` (the demo page) and, when enabled, the demo endpoints.
 */
export function pagesRouter(deps: { config: AppConfig; articles: ArticleService; listening: ListeningStats; redis: Redis }) {
  const router = Router();
  const { config } = deps;
  const loadBundle = createPlayerBundleLoader({ production: config.env === 'production' });
  // Who may frame the embed page: the same allowlist as cross-origin API calls.
  const frameAncestors = config.playerOrigins === '*' ? '*' : ["'self'", ...config.playerOrigins].join(' ');
  const demoPage = renderDemoPage({ demoEnabled: config.demoEnabled });

  router.get('/player.js', async (req: Request, res: Response) => {
    const bundle = await loadBundle();
    res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
    res.setHeader('ETag', bundle.etag);
    // The answer depends on the encoding asked for and (CORS) on the origin asking.
    res.vary('Accept-Encoding');
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
    sendPage(res, renderEmbedPage({ articleId, voice, transcript: req.query.transcript !== 'off' }), frameAncestors, config.audioPublicUrl);
  });

  router.get('/', (_req, res) => {
    sendPage(res, demoPage, "'self'", config.audioPublicUrl);
  });

  if (config.demoEnabled) {
    router.use(
      demoRouter({
        articles: deps.articles,
        listening: deps.listening,
        redis: deps.redis,
        prefix: config.queuePrefix,
        perMinute: config.demoRateLimitPerMinute,
        maxChars: config.demoMaxChars,
        maxArticles: config.demoMaxArticles,
        ttlMs: config.demoArticleTtlMs,
      }),
    );
  }
  return router;
}

/** Inline scripts are allowed by their hash: nothing injected into a page could run. */
function contentSecurityPolicy(html: string, frameAncestors: string, audioOrigin?: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].trim() !== '')
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  const media = audioOrigin ? ` ${new URL(audioOrigin).origin}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `media-src 'self' blob:${media}`,
    `connect-src 'self'${media}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

function sendPage(res: Response, html: string, frameAncestors: string, audioOrigin?: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(html, frameAncestors, audioOrigin));
  res.send(html);
}
