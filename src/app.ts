import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Redis } from 'ioredis';
import type { AppConfig } from './config.js';
import { requireEditor } from './api/auth.js';
import { errorHandler, notFoundHandler } from './api/errors.js';
import { createHotPath } from './api/hot-path.js';
import { securityHeaders } from './api/security-headers.js';
import { publicCors } from './api/cors.js';
import { createRateLimit } from './api/rate-limits.js';
import { requireJsonBody } from './api/request-body.js';
import { articlesRouter } from './api/routes/articles.js';
import { bulletinsRouter } from './api/routes/bulletins.js';
import { audioRouter } from './api/routes/audio.js';
import { editorRouter } from './api/routes/editor.js';
import { jobsRouter } from './api/routes/jobs.js';
import { opsRouter, type ReadinessDeps } from './api/routes/ops.js';
import { pagesRouter } from './api/routes/pages.js';
import { docsRouter } from './api/routes/docs.js';
import { adminRouter } from './api/routes/admin.js';
import { listeningRouter } from './api/routes/listening.js';
import { playlistsRouter } from './api/routes/playlists.js';
import { feedsRouter } from './api/routes/feeds.js';
import { webhooksRouter } from './api/routes/webhooks.js';
import type { UrlIntake } from './intake/url-intake.js';
import type { FeedService } from './services/feed-service.js';
import { createAudioServer } from './api/serve-audio.js';
import type { ArticleService } from './services/article-service.js';
import type { AudioService } from './services/audio-service.js';
import type { BatchService } from './services/batch-service.js';
import type { BulletinService } from './services/bulletin-service.js';
import type { ListeningStats } from './services/listening-stats.js';
import type { Playlists } from './services/playlists.js';
import type { Metrics } from './services/metrics.js';
import type { AudioStore } from './storage/audio-store.js';
import type { InvalidationBus } from './storage/cache-invalidation.js';
import type { LexiconStore } from './storage/lexicon-store.js';
import type { VerifiedAudioLinks } from './storage/verified-audio-links.js';
import type { ProviderSet } from './tts/registry.js';
import type { VoiceId } from './voices.js';

/** Body limit: 1 MB of JSON (an article's text is further limited in characters). */
const BODY_LIMIT = '1mb';

/** What the HTTP layer is given by the composition root. */
export interface ApiDeps extends ReadinessDeps {
  config: AppConfig;
  logger: Logger;
  redis: Redis;
  bus: InvalidationBus;
  audio: AudioStore;
  lexicon: LexiconStore;
  providers: ProviderSet;
  voices: readonly VoiceId[];
  audioService: AudioService;
  articleService: ArticleService;
  batchService: BatchService;
  bulletins: BulletinService;
  metrics: Metrics;
  listening: ListeningStats;
  playlists: Playlists;
  feeds: FeedService;
  intake: UrlIntake;
  usage: { touch(key: string): void };
  /** Links to verified MP3s for nginx to send directly (VERIFIED_AUDIO_DIR), when set. */
  verifiedLinks?: VerifiedAudioLinks;
  /** The queue library's own objects, for the admin dashboard only. */
  adminQueues?: unknown[];
}

/**
 * The HTTP request handler: cache hits straight from memory (hot-path.ts), everything else
 * through the Express app. Give it to `http.createServer`.
 */
export function createRequestHandler(deps: ApiDeps, options: { extraRouters?: express.Router[] } = {}) {
  const audioServer = createAudioServer({
    audio: deps.audio,
    bus: deps.bus,
    manifests: deps.audioService.manifests,
    usage: deps.usage,
    memoryCacheBytes: deps.config.memoryCacheBytes,
    accelRedirectPrefix: deps.config.accelRedirectPrefix,
    links: deps.verifiedLinks,
  });
  const security = securityHeaders(parseTrustProxy(deps.config.trustProxy));
  const app = createApp(deps, audioServer, security.middleware, options);
  const hot = createHotPath({
    service: deps.audioService,
    audio: audioServer,
    metrics: deps.metrics,
    playerOrigins: deps.config.playerOrigins,
    voices: deps.voices,
    // helmet works on plain Node requests too: the hot path answers with the same headers.
    security: security.parts,
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    let answered: boolean | Promise<boolean>;
    try {
      answered = hot(req, res);
    } catch {
      answered = false; // anything odd: the full path answers, with its error handling
    }
    if (answered === true) return;
    if (answered === false) return app(req, res);
    answered.then(
      (done) => done || app(req, res),
      () => app(req, res),
    );
  };
}

function createApp(deps: ApiDeps, audioServer: ReturnType<typeof createAudioServer>, security: RequestHandler, options: { extraRouters?: express.Router[] }) {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Client addresses (rate limits, logs) come from X-Forwarded-For only when the proxy that
  // sent the request is trusted (TRUST_PROXY, loopback by default): a client cannot pick its own.
  app.set('trust proxy', parseTrustProxy(config.trustProxy));
  app.use(security);

  // Public routes answer browsers on the allowed origins (PLAYER_ORIGINS); editor routes are server-to-server.
  app.use(['/v1/articles/:id/audio', '/v1/audio', '/v1/stream', '/v1/jobs', '/v1/voices', '/v1/feeds', '/player.js'], publicCors(config.playerOrigins));

  const editor = requireEditor(config.editorApiKeys);
  const json = express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  const requireJson: RequestHandler = (req, res, next) => requireJsonBody(req, res, (err?: unknown) => (err ? next(err) : json(req, res, next)));
  const audioStarts = createRateLimit({
    redis: deps.redis,
    prefix: config.queuePrefix,
    name: 'audio-start',
    perMinute: config.audioStartLimitPerMinute,
    message: 'too many new audio generations from this address; try again in a minute',
  });

  app.use(audioRouter({ service: deps.audioService, audioServer, metrics: deps.metrics, starts: audioStarts, voices: deps.voices }));
  app.use(articlesRouter({ articles: deps.articleService, intake: deps.intake, voices: deps.voices, requireEditor: editor, requireJson }));
  app.use(jobsRouter(deps.audioService));
  app.use(editorRouter({ batches: deps.batchService, lexicon: deps.lexicon, voices: deps.voices, webhooks: config.webhooks, intake: deps.intake, requireEditor: editor, requireJson }));
  app.use(bulletinsRouter({ bulletins: deps.bulletins, voices: deps.voices, requireEditor: editor, requireJson }));
  app.use(feedsRouter({ feeds: deps.feeds, publicUrl: config.publicUrl, voices: deps.voices }));
  app.use(webhooksRouter({ redis: deps.redis, prefix: config.queuePrefix, requireEditor: editor }));
  app.use(opsRouter(deps));
  app.use(docsRouter());
  if (deps.adminQueues?.length) app.use(adminRouter({ queues: deps.adminQueues, requireEditor: requireEditor(config.editorApiKeys, { browser: true }) }));
  app.use(playlistsRouter({ playlists: deps.playlists, playerOrigins: config.playerOrigins, voices: deps.voices }));
  app.use(
    listeningRouter({
      stats: deps.listening,
      metrics: deps.metrics,
      redis: deps.redis,
      prefix: config.queuePrefix,
      playerOrigins: config.playerOrigins,
      perMinute: config.eventsRateLimitPerMinute,
      requireEditor: editor,
    }),
  );
  app.use(pagesRouter({ config, articles: deps.articleService, listening: deps.listening, redis: deps.redis }));
  for (const router of options.extraRouters ?? []) app.use(router);

  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}

/** "loopback" / "10.0.0.0/8, loopback" / a hop count ("1") / "true" / "false", as Express reads them. */
function parseTrustProxy(value: string): string | number | boolean {
  const trimmed = value.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}
