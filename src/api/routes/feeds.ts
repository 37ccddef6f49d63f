import { Router } from 'express';
import type { FeedFilter, FeedService } from '../../services/feed-service.js';
import { badRequest, notFound } from '../errors.js';
import type { VoiceId } from '../../voices.js';
import { parseVoice } from '../validation.js';

/** Public podcast feeds: `/v1/feeds/VOICE.xml`, optionally `?category=` and/or `?tag=`. */
export function feedsRouter(deps: { feeds: FeedService; publicUrl?: string; voices: readonly VoiceId[] }) {
  const { feeds } = deps;
  const router = Router();

  router.get('/v1/feeds/:file', async (req, res) => {
    const match = /^(.+)\.xml$/.exec(String(req.params.file));
    if (!match) throw notFound('feed');
    const voice = parseVoice(match[1], deps.voices);
    const filter: FeedFilter = { category: optionalText(req.query.category, 'category'), tag: optionalText(req.query.tag, 'tag') };
    // Behind a proxy PUBLIC_URL names the public origin; otherwise the request's own.
    const baseUrl = deps.publicUrl?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host')}`;
    const { xml, etag } = await feeds.render(voice, filter, baseUrl);
    res.setHeader('ETag', etag);
    // Podcast apps poll every few minutes; a CDN may answer them for a minute.
    res.setHeader('Cache-Control', 'public, max-age=60');
    if (ifNoneMatch(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.type('application/rss+xml; charset=utf-8').send(xml);
  });

  return router;
}

function optionalText(raw: unknown, field: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > 100) throw badRequest(field, `${field} must be one value of at most 100 characters`);
  return raw;
}

/** If-None-Match may list several tags, or "*". */
const ifNoneMatch = (header: string | undefined, etag: string): boolean =>
  header?.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag) ?? false;
