/**
 * A daily bulletin as the text of one article: a dated title, a greeting, one paragraph per
 * article (a short transition, its title, its lead sentences), a closing line. Stored and
 * synthesized like any article, so caching, one exact MP3 and serving come for free; the
 * chapter marks say which paragraph reads which article. Pure: text in, text out.
 */
import { extractArticle } from '../text/extract.js';
import { segmentText } from '../text/segment.js';
import type { ChapterMark } from './chapters-of.js';
import { BULLETIN_PHRASES, WEEKDAYS } from './data/phrases.js';

/** One article read in the bulletin. */
export interface BulletinSource {
  id: string;
  title?: string;
  /** The article's clean text, its title first. */
  cleanText: string;
}

export interface BulletinOptions {
  /** The bulletin's day, YYYY-MM-DD. */
  date: string;
  category?: string;
  /** Replaces the dated title. */
  title?: string;
  /** Sentences read from each article's body. */
  leadSentences: number;
}

export interface ComposedBulletin {
  title: string;
  /** Paragraphs separated by blank lines, the title first: what extraction leaves unchanged. */
  text: string;
  chapters: ChapterMark[];
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/** "Giá cà phê tăng" → "Giá cà phê tăng." (a title read as a sentence). */
const asSentence = (text: string) => (/[.!?…]["”»)]*$/u.test(text) ? text : `${text}.`);

/**
 * The dated title of a bulletin.
 * @example bulletinTitle('2026-12-01') //=> 'Bản tin sáng thứ Ba, ngày 1 tháng 12 năm 2026'
 */
export function bulletinTitle(date: string, category?: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return fill(category ? BULLETIN_PHRASES.titleOfCategory : BULLETIN_PHRASES.title, { weekday, day, month, year, category: category ?? '' });
}

/**
 * Composes the bulletin of `sources`, in their order.
 * @example composeBulletin([{ id: 'ca-phe', title: 'Giá cà phê tăng', cleanText: 'Giá cà phê tăng\n\nSáng 1-12, giá cà phê tăng 2.000 đồng/kg.' }], { date: '2026-12-01', leadSentences: 2 }).text
 * //=> 'Bản tin sáng thứ Ba, ngày 1 tháng 12 năm 2026\n\nKính chào quý vị và các bạn. Bản tin hôm nay có 1 tin.\n\nTin chính hôm nay: Giá cà phê tăng. Sáng 1-12, giá cà phê tăng 2.000 đồng/kg.\n\nBản tin đến đây là kết thúc. …'
 */
export function composeBulletin(sources: readonly BulletinSource[], options: BulletinOptions): ComposedBulletin {
  const title = options.title?.trim() || bulletinTitle(options.date, options.category);
  const intro = `${BULLETIN_PHRASES.greeting} ${fill(BULLETIN_PHRASES.count, { count: sources.length })}`;
  const parts = sources.map((source, i) => {
    const transition = sources.length === 1 ? BULLETIN_PHRASES.only : i === 0 ? BULLETIN_PHRASES.first : i === sources.length - 1 ? BULLETIN_PHRASES.last : BULLETIN_PHRASES.next;
    const heading = sourceTitle(source);
    return { source, heading, paragraph: [transition, asSentence(heading), ...leadOf(source, options.leadSentences)].join(' ') };
  });
  const text = [title, intro, ...parts.map((p) => p.paragraph), BULLETIN_PHRASES.outro].join('\n\n');
  // The paragraphs as the store will keep them: a part extraction would drop (a duplicate) has no chapter.
  const kept = extractArticle({ title, text }).text.split('\n\n');
  const chapters: ChapterMark[] = [];
  let from = 0;
  for (const part of parts) {
    const at = kept.indexOf(part.paragraph, from);
    if (at === -1) continue;
    chapters.push({ articleId: part.source.id, title: part.heading, paragraph: at });
    from = at + 1;
  }
  return { title, text: kept.join('\n\n'), chapters };
}

function sourceTitle(source: BulletinSource): string {
  return (source.title ?? source.cleanText.split('\n\n')[0]).replace(/\s+/g, ' ').trim();
}

/** The first sentences of the article's body (after its title). */
function leadOf(source: BulletinSource, count: number): string[] {
  const body = source.cleanText.split('\n\n').slice(1).join('\n\n');
  return segmentText(body)
    .slice(0, count)
    .map((sentence) => sentence.text.replace(/\s+/g, ' ').trim());
}
