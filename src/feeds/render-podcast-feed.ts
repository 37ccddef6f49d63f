/**
 * A podcast feed as XML: RSS 2.0 with the iTunes namespace Apple Podcasts and every
 * podcast app read. Pure: the same channel and episodes always give the same bytes (the
 * ETag depends on it), so nothing here reads the clock.
 */
import { create } from 'xmlbuilder2';

export interface FeedChannel {
  title: string;
  description: string;
  /** The site the feed belongs to. */
  link: string;
  /** The feed's own URL (atom:link rel="self"). */
  selfUrl: string;
  /** Square cover, 1400–3000 px JPEG or PNG for Apple. */
  imageUrl?: string;
  author?: string;
  /** Apple Podcasts category, "News" or "News/Daily News". */
  category: string;
}

export interface FeedEpisode {
  /** Stable and unique per audio: a new revision is a new episode. */
  guid: string;
  title: string;
  description: string;
  /** The article's page, when known. */
  link?: string;
  publishedAt: Date;
  /** Absolute URL of the MP3. */
  enclosureUrl: string;
  /** Exact size of the MP3 in bytes. */
  bytes: number;
  durationMs: number;
  categories: string[];
}

const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const ATOM = 'http://www.w3.org/2005/Atom';

/**
 * Renders the feed, episodes in the order given (newest first is the caller's job).
 * @example renderPodcastFeed(channel, [episode]) // '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" …'
 */
export function renderPodcastFeed(channel: FeedChannel, episodes: readonly FeedEpisode[]): string {
  const rss = create({ version: '1.0', encoding: 'UTF-8' }).ele('rss', { version: '2.0', 'xmlns:itunes': ITUNES, 'xmlns:atom': ATOM });
  const ch = rss.ele('channel');
  ch.ele('title').txt(channel.title);
  ch.ele('link').txt(channel.link);
  ch.ele('description').txt(channel.description);
  ch.ele('language').txt('vi');
  ch.ele(ATOM, 'atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' });
  ch.ele('generator').txt('tts-reader');
  // The newest episode's date, not "now": the feed changes only when its content does.
  if (episodes.length > 0) ch.ele('lastBuildDate').txt(episodes[0].publishedAt.toUTCString());
  if (channel.imageUrl) {
    ch.ele('image').ele('url').txt(channel.imageUrl).up().ele('title').txt(channel.title).up().ele('link').txt(channel.link);
    ch.ele(ITUNES, 'itunes:image', { href: channel.imageUrl });
  }
  if (channel.author) ch.ele(ITUNES, 'itunes:author').txt(channel.author);
  ch.ele(ITUNES, 'itunes:summary').txt(channel.description);
  const [main, sub] = channel.category.split('/').map((c) => c.trim());
  const category = ch.ele(ITUNES, 'itunes:category', { text: main });
  if (sub) category.ele(ITUNES, 'itunes:category', { text: sub });
  ch.ele(ITUNES, 'itunes:explicit').txt('false');
  ch.ele(ITUNES, 'itunes:type').txt('episodic');

  for (const episode of episodes) {
    const item = ch.ele('item');
    item.ele('title').txt(episode.title);
    item.ele('description').txt(episode.description);
    if (episode.link) item.ele('link').txt(episode.link);
    item.ele('guid', { isPermaLink: 'false' }).txt(episode.guid);
    item.ele('pubDate').txt(episode.publishedAt.toUTCString());
    for (const name of episode.categories) item.ele('category').txt(name);
    item.ele('enclosure', { url: episode.enclosureUrl, length: String(episode.bytes), type: 'audio/mpeg' });
    item.ele(ITUNES, 'itunes:title').txt(episode.title);
    item.ele(ITUNES, 'itunes:duration').txt(String(Math.round(episode.durationMs / 1000)));
    item.ele(ITUNES, 'itunes:episodeType').txt('full');
    item.ele(ITUNES, 'itunes:explicit').txt('false');
  }
  return rss.end({ prettyPrint: true });
}
