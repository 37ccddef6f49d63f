import { Router } from 'express';
import { z } from 'zod';
import type { Playlists } from '../../services/playlists.js';
import { publicCors } from '../cors.js';
import type { VoiceId } from '../../voices.js';
import { ARTICLE_ID_PATTERN, parseBody, parseVoice } from '../validation.js';

/** `?category=&limit=&exclude=` of the latest playlist (`voice` is checked by `parseVoice`). */
const LatestQuery = z
  .object({
    voice: z.string().optional(),
    category: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    exclude: z.string().regex(ARTICLE_ID_PATTERN, 'must be an article ID').optional(),
  })
  .strict();

/**
 * `GET /v1/playlists/latest?voice=&category=&limit=&exclude=` → `{items: [{articleId, title?,
 * category?, publishedAt?, durationMs?}]}`, newest first: what the player offers as
 * "Nghe tiếp". Public, for the same origins as the rest of the player's API.
 */
export function playlistsRouter(options: { playlists: Playlists; playerOrigins: readonly string[] | '*'; voices: readonly VoiceId[] }) {
  const router = Router();
  router.use('/v1/playlists', publicCors(options.playerOrigins));
  router.get('/v1/playlists/latest', async (req, res) => {
    const query = parseBody(LatestQuery, { ...req.query });
    const voice = parseVoice(query.voice, options.voices);
    const items = await options.playlists.latest({ voice, category: query.category, limit: query.limit, exclude: query.exclude });
    // New articles should show up soon, but a page view need not ask the store each time.
    res.setHeader('Cache-Control', 'public, max-age=30');
    res.json({ items });
  });
  return router;
}
