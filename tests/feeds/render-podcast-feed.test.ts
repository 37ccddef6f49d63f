import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { renderPodcastFeed, type FeedChannel, type FeedEpisode } from '../../src/feeds/render-podcast-feed.js';

const channel: FeedChannel = {
  title: 'Báo Gia Lai đọc to · Nữ miền Bắc',
  description: 'Tin tức Gia Lai & Tây Nguyên, đọc thành tiếng.',
  link: 'https://baogialai.example.vn',
  selfUrl: 'https://audio.baogialai.example.vn/v1/feeds/north-female.xml',
  imageUrl: 'https://audio.baogialai.example.vn/cover.png',
  author: 'Báo Gia Lai',
  category: 'News/Daily News',
};
const episode = (n: number, day: number): FeedEpisode => ({
  guid: `bai-${n}:${'a'.repeat(64)}`,
  title: `Bài ${n}: Giá cà phê <tăng> & tiêu "giảm"`,
  description: 'Sáng 1-12, giá cà phê tại Đắk Lắk tăng 2.000 đồng/kg.',
  link: `https://baogialai.example.vn/bai-${n}.html`,
  publishedAt: new Date(Date.UTC(2026, 11, day, 1, 15)),
  enclosureUrl: `https://audio.baogialai.example.vn/v1/audio/${String(n).repeat(64).slice(0, 64)}.mp3`,
  bytes: 123_456 + n,
  durationMs: 95_600,
  categories: ['Kinh tế', 'cà phê'],
});

describe('renderPodcastFeed', () => {
  const xml = renderPodcastFeed(channel, [episode(2, 2), episode(1, 1)]);

  it('is RSS 2.0 with the iTunes tags a podcast parser reads', async () => {
    const feed = await new Parser({ customFields: { feed: ['language'] } }).parseString(xml);
    expect(feed).toMatchObject({ title: channel.title, description: channel.description, link: channel.link, language: 'vi' });
    expect(feed.itunes).toMatchObject({ image: channel.imageUrl, author: 'Báo Gia Lai', explicit: 'false', categories: ['News'] });
    expect(feed.itunes?.categoriesWithSubs).toEqual([{ name: 'News', subs: [{ name: 'Daily News' }] }]);
    expect(feed.image?.url).toBe(channel.imageUrl);
    expect(feed.items).toHaveLength(2);
    const [first] = feed.items;
    expect(first).toMatchObject({
      title: 'Bài 2: Giá cà phê <tăng> & tiêu "giảm"',
      guid: `bai-2:${'a'.repeat(64)}`,
      isoDate: '2026-12-02T01:15:00.000Z',
      enclosure: { url: episode(2, 2).enclosureUrl, length: '123458', type: 'audio/mpeg' },
      categories: ['Kinh tế', 'cà phê'],
    });
    expect(first.itunes).toMatchObject({ duration: '96', explicit: 'false' });
  });

  it('escapes markup in text and dates the channel by its newest episode, so equal input gives equal bytes', () => {
    expect(xml).toContain('Giá cà phê &lt;tăng&gt; &amp; tiêu "giảm"');
    expect(xml).toContain('<lastBuildDate>Wed, 02 Dec 2026 01:15:00 GMT</lastBuildDate>');
    expect(renderPodcastFeed(channel, [episode(2, 2), episode(1, 1)])).toBe(xml);
    expect(xml).toContain('<atom:link href="https://audio.baogialai.example.vn/v1/feeds/north-female.xml" rel="self" type="application/rss+xml"/>');
  });

  it('renders an empty feed without image when none is configured', async () => {
    const empty = renderPodcastFeed({ ...channel, imageUrl: undefined }, []);
    const feed = await new Parser().parseString(empty);
    expect(feed.items).toHaveLength(0);
    expect(empty).not.toContain('itunes:image');
  });
});
