/**
 * Which episodes a podcast feed has: the articles whose audio is ready in the voice,
 * optionally of one category or tag, newest first. The listing lives here and only here,
 * so an article index (or an unpublished flag) changes one place.
 */
import { createHash } from 'node:crypto';
import type { FeedConfig } from '../feeds/feed-config.js';
import { renderPodcastFeed, type FeedEpisode } from '../feeds/render-podcast-feed.js';
import type { ArticleRecord, ArticleStore } from '../storage/article-store.js';
import type { ArticleKeys } from '../synthesis/article-keys.js';
import { VOICES, type VoiceId } from '../voices.js';
import type { VerifiedManifests } from './verified-manifests.js';

export interface FeedFilter {
  category?: string;
  tag?: string;
}

export interface FeedServiceDeps {
  articles: ArticleStore;
  keys: ArticleKeys;
  /** Manifests of audio whose MP3 is there with the size recorded (what the enclosure length must be). */
  manifests: Pick<VerifiedManifests, 'get'>;
  /** Where players fetch an MP3 (AUDIO_PUBLIC_URL or the API's own route). */
  audioUrlOf(key: string): string;
  config: FeedConfig;
}

/** Newest articles looked at per feed: more than it lists, as some lack audio in the voice. */
const CANDIDATES_PER_ITEM = 3;

/** Longest episode description: the lead, cut at a word. */
const DESCRIPTION_CHARS = 400;

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi');

export class FeedService {
  constructor(private readonly deps: FeedServiceDeps) {}

  /**
   * The feed as XML with its ETag. `baseUrl` makes the audio URLs absolute.
   * @example await feeds.render('north-female', { category: 'Thời sự' }, 'https://audio.baogialai.com.vn')
   */
  async render(voice: VoiceId, filter: FeedFilter, baseUrl: string): Promise<{ xml: string; etag: string; episodes: number }> {
    const episodes = await this.listEpisodes(voice, filter, baseUrl);
    const { config } = this.deps;
    const selfQuery = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined) as [string, string][]).toString();
    const xml = renderPodcastFeed(
      {
        title: [config.title, VOICES[voice].label, filter.category, filter.tag && `#${filter.tag}`].filter(Boolean).join(' · '),
        description: config.description,
        link: config.link ?? baseUrl,
        selfUrl: `${baseUrl}/v1/feeds/${voice}.xml${selfQuery ? `?${selfQuery}` : ''}`,
        imageUrl: config.imageUrl,
        author: config.author,
        category: config.category,
      },
      episodes,
    );
    const etag = `"f-${createHash('sha256').update(xml).digest('hex').slice(0, 32)}"`;
    return { xml, etag, episodes: episodes.length };
  }

  /** Ready audio only, in this voice, newest first, at most `maxItems`. */
  async listEpisodes(voice: VoiceId, filter: FeedFilter, baseUrl: string): Promise<FeedEpisode[]> {
    const { articles, keys, manifests, config } = this.deps;
    const episodes: FeedEpisode[] = [];
    const rows = await articles.list({ limit: config.maxItems * CANDIDATES_PER_ITEM, publishedOnly: true });
    for (const row of rows) {
      if (episodes.length >= config.maxItems) break;
      const record = await articles.get(row.id);
      if (!record || !matches(record, filter)) continue;
      const { key } = await keys.keyForRecord(record, voice);
      // Only verified audio: the enclosure length is the served file's, recorded at publication.
      const manifest = await manifests.get(key);
      if (!manifest) continue;
      episodes.push({
        guid: `${record.id}:${key}`,
        title: record.title ?? record.cleanText.split('\n\n')[0],
        description: describe(record),
        link: record.url,
        publishedAt: new Date(record.publishedAt ?? record.createdAt),
        enclosureUrl: absolute(this.deps.audioUrlOf(key), baseUrl),
        bytes: manifest.mp3.bytes,
        durationMs: manifest.durationMs,
        categories: [record.category, ...(record.tags ?? [])].filter((c): c is string => Boolean(c)),
      });
    }
    episodes.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.guid.localeCompare(b.guid));
    return episodes.slice(0, config.maxItems);
  }
}

function matches(record: ArticleRecord, filter: FeedFilter): boolean {
  if (filter.category !== undefined && fold(record.category ?? '') !== fold(filter.category)) return false;
  if (filter.tag !== undefined && !(record.tags ?? []).some((t) => fold(t) === fold(filter.tag!))) return false;
  return true;
}

/** The lead paragraph (the one after the title), cut at a word. */
function describe(record: ArticleRecord): string {
  const lead = record.cleanText.split('\n\n')[1] ?? record.cleanText;
  if (lead.length <= DESCRIPTION_CHARS) return lead;
  return `${lead.slice(0, DESCRIPTION_CHARS).replace(/\s+\S*$/, '')}…`;
}

const absolute = (url: string, baseUrl: string): string => (/^https?:\/\//.test(url) ? url : `${baseUrl}${url}`);
