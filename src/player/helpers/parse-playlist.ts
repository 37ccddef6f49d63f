import type { PlaylistEntry } from '../types.js';

/** Where the articles after this one come from. */
export type PlaylistSource = { kind: 'off' } | { kind: 'latest'; category?: string } | { kind: 'list'; items: PlaylistEntry[] };

const ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Reads the `playlist` attribute: `off`; `latest` (the default: the newest articles from
 * the API, in `category` when given); article IDs separated by commas; or a JSON array of
 * `{articleId, title}`. Unreadable entries are dropped, never thrown.
 * @example parsePlaylist('bai-2, bai-3', null) //=> { kind: 'list', items: [{ articleId: 'bai-2' }, { articleId: 'bai-3' }] }
 * @example parsePlaylist(null, 'kinh-te') //=> { kind: 'latest', category: 'kinh-te' }
 */
export function parsePlaylist(attribute: string | null, category: string | null): PlaylistSource {
  const value = attribute?.trim() ?? '';
  if (value === 'off') return { kind: 'off' };
  if (value === '' || value === 'latest') return { kind: 'latest', ...(category?.trim() ? { category: category.trim() } : {}) };
  let items: PlaylistEntry[];
  if (value.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = [];
    }
    items = (Array.isArray(parsed) ? parsed : []).flatMap((item: { articleId?: unknown; title?: unknown }) =>
      typeof item?.articleId === 'string' && ID.test(item.articleId) ? [{ articleId: item.articleId, ...(typeof item.title === 'string' ? { title: item.title } : {}) }] : [],
    );
  } else {
    items = value.split(',').map((id) => id.trim()).filter((id) => ID.test(id)).map((articleId) => ({ articleId }));
  }
  return { kind: 'list', items };
}
