import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';
import { requireEditor } from './api/auth.js';
import { errorHandler, HttpError, notFoundHandler, outboundHttpError } from './api/errors.js';
import { articlesRouter, requireJsonBody } from './api/routes/articles.js';
import { audioRouter } from './api/routes/audio.js';
import { editorRouter } from './api/routes/editor.js';
import { feedsRouter } from './api/routes/feeds.js';
import { jobsRouter } from './api/routes/jobs.js';
import { opsRouter } from './api/routes/ops.js';
import { pagesRouter } from './api/routes/pages.js';
import { webhooksRouter } from './api/routes/webhooks.js';
import { publicCors } from './api/cors.js';
import { createHotPath } from './api/hot-path.js';
import { PageUnreadableError } from './intake/url-intake.js';
import { OutboundError } from './net/outbound-error.js';
import { RedisUnavailableError } from './queue/redis-availability.js';
import { ArticleNotFoundError, NothingToReadError } from './services/audio-service.js';
import type { Services } from './services/container.js';

/** Body limit: 1 MB of JSON (an article's text is further limited in characters). */
const BODY_LIMIT = '1mb';

/**
 * The HTTP request handler: cache hits straight from memory (hot-path.ts), everything else
 * through the Express app. Give it to `http.createServer`.
 */
export function createRequestHandler(services: Services) {
  const app = createApp(services);
  const hot = createHotPath({
    service: services.service,
    audio: services.audioServer,
    metrics: services.metrics,
    playerOrigins: services.config.playerOrigins,
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    hot(req, res).then(
      (answered) => answered || app(req, res),
      () => app(req, res), // anything odd: the full path answers, with its error handling
    );
  };
}

/** Builds the Express app (no listen: see server.ts). */
export function createApp(services: Services, options: { extraRouters?: express.Router[] } = {}) {
  const { config, logger } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Client addresses (rate limits, logs) come from X-Forwarded-For only when a proxy on a
  // private or loopback address sent the request: a client cannot claim another address.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');

  // Public routes answer browsers on the allowed origins (PLAYER_ORIGINS); editor routes are server-to-server.
  app.use(['/v1/articles/:id/audio', '/v1/audio', '/v1/stream', '/v1/jobs', '/v1/voices', '/v1/feeds', '/player.js'], publicCors(config.playerOrigins));

  const editor = requireEditor(config.editorApiKeys);
  const json = express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  const requireJson: RequestHandler = (req, res, next) => requireJsonBody(req, res, (err?: unknown) => (err ? next(err) : json(req, res, next)));

  app.use(audioRouter(services.service, services.audioServer, services.metrics));
  app.use(articlesRouter(services.service, editor, requireJson, services.intake));
  app.use(jobsRouter(services.service));
  app.use(editorRouter({ service: services.service, lexicon: services.lexicon, batches: services.batches, webhooks: config.webhooks, requireEditor: editor, requireJson }));
  app.use(opsRouter({ redis: services.redis, providers: services.providers, metrics: services.metrics.registry }));
  app.use(feedsRouter(services));
  app.use(webhooksRouter({ redis: services.redis, prefix: config.queuePrefix, requireEditor: editor }));
  app.use(pagesRouter(services));
  for (const router of options.extraRouters ?? []) app.use(router);

  app.use(notFoundHandler);
  app.use(((error, req, res, next) => {
    // Service-level failures mapped to HTTP here, so services stay free of HTTP.
    if (error instanceof ArticleNotFoundError) return next(new HttpError(404, 'not_found', `article ${error.message} not found`));
    if (error instanceof NothingToReadError) return next(new HttpError(422, 'nothing_to_read', error.message, 'text'));
    if (error instanceof RangeError) return next(new HttpError(413, 'too_large', error.message, 'text'));
    if (error instanceof OutboundError) return next(outboundHttpError(error, 'url'));
    if (error instanceof PageUnreadableError) return next(new HttpError(422, 'nothing_to_read', `url: ${error.message}`, 'url'));
    if (error instanceof RedisUnavailableError) return next(new HttpError(503, 'unavailable', 'the job queue is unavailable; try again shortly'));
    next(error);
  }) as express.ErrorRequestHandler);
  app.use(errorHandler(logger));
  return app;
}
