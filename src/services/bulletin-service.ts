import { bulletinId, isBulletinId } from '../bulletins/bulletin-id.js';
import { composeBulletin } from '../bulletins/compose-bulletin.js';
import { ArticlesNotFoundError, InvalidInputError } from '../errors.js';
import { listingTime, type ArticleRecord, type ArticleStore } from '../storage/article-store.js';
import type { VoiceId } from '../voices.js';
import type { ArticleService, GenerationOutcome } from './article-service.js';

export interface BulletinRequest {
  /** The bulletin's day, YYYY-MM-DD (Vietnam's calendar day). */
  date: string;
  voice: VoiceId;
  /** These articles, in this order… */
  articles?: string[];
  /** …or the latest N published on or before `date` (of `category`, when given). */
  latest?: number;
  category?: string;
  title?: string;
  /** Sentences read from each article's body (default 2). */
  leadSentences?: number;
}

export interface BulletinResult {
  id: string;
  title: string;
  voice: VoiceId;
  created: boolean;
  /** The articles it reads, in order (each one chapter of the manifest once the audio is ready). */
  chapters: { articleId: string; title: string }[];
  generation?: GenerationOutcome;
}

/** Listing rows looked at for "latest N": more than N, as newer articles and bulletins are skipped. */
const LATEST_LOOKAHEAD = 200;
const DEFAULT_LEAD_SENTENCES = 2;

/**
 * Daily bulletins: one episode reading several articles (title and lead of each, with a
 * spoken intro, transitions and outro), stored as an article of its own (`bulletin-<date>`)
 * so synthesis, caching, serving and feeds are those of any article; its manifest carries
 * one chapter per article.
 */
export class BulletinService {
  constructor(private readonly deps: { articles: ArticleStore; articleService: ArticleService }) {}

  /**
   * Builds (or rebuilds) the bulletin of a date and queues its audio in the voice.
   * @example await bulletins.create({ date: '2026-12-01', voice: 'north-female', latest: 5 })
   * //=> { id: 'bulletin-2026-12-01', title: 'Bản tin sáng thứ Ba, ngày 1 tháng 12 năm 2026', chapters: [{ articleId: 'ca-phe', title: 'Giá cà phê tăng mạnh' }, …], … }
   */
  async create(request: BulletinRequest): Promise<BulletinResult> {
    const sources = request.articles ? await this.named(request.articles) : await this.latest(request.date, request.latest ?? 0, request.category);
    const composed = composeBulletin(sources, {
      date: request.date,
      category: request.category,
      title: request.title,
      leadSentences: request.leadSentences ?? DEFAULT_LEAD_SENTENCES,
    });
    const id = bulletinId(request.date, request.category);
    const result = await this.deps.articleService.put(
      id,
      { title: composed.title, text: composed.text },
      // Morning in Vietnam (UTC+7) of its day: feeds sort bulletins by their date.
      { category: request.category, publishedAt: `${request.date}T06:00:00+07:00`, published: true, chapters: composed.chapters },
      [request.voice],
    );
    return {
      id,
      title: composed.title,
      voice: request.voice,
      created: result.created,
      chapters: composed.chapters.map(({ articleId, title }) => ({ articleId, title })),
      generation: result.generation,
    };
  }

  /** The articles named, in the order given: each must exist, be published, and not be a bulletin. */
  private async named(ids: string[]): Promise<ArticleRecord[]> {
    const unique = [...new Set(ids)];
    const missing = await this.deps.articles.missing(unique);
    if (missing.length) throw new ArticlesNotFoundError(missing);
    const byId = new Map((await this.deps.articles.getMany(unique)).map((record) => [record.id, record]));
    const records = unique.map((id) => byId.get(id)).filter((record): record is ArticleRecord => record !== undefined);
    const bulletin = records.find((record) => isBulletinId(record.id));
    if (bulletin) throw new InvalidInputError('articles', `${bulletin.id} is a bulletin; a bulletin reads articles`);
    // A retracted article must not come back through a bulletin.
    const unpublished = records.find((record) => record.published === false);
    if (unpublished) throw new InvalidInputError('articles', `article ${unpublished.id} is not published`);
    return records;
  }

  /** The newest `count` published articles on or before the end of `date` (Vietnam time), newest first. */
  private async latest(date: string, count: number, category?: string): Promise<ArticleRecord[]> {
    const endOfDay = new Date(`${date}T23:59:59.999+07:00`).toISOString();
    const rows = await this.deps.articles.list({ category, publishedOnly: true, limit: count + LATEST_LOOKAHEAD });
    const picked = rows.filter((row) => !isBulletinId(row.id) && new Date(listingTime(row)).toISOString() <= endOfDay).slice(0, count);
    if (picked.length === 0) throw new InvalidInputError('latest', `no published articles${category ? ` in ${category}` : ''} on or before ${date}`);
    const byId = new Map((await this.deps.articles.getMany(picked.map((row) => row.id))).map((record) => [record.id, record]));
    return picked.map((row) => byId.get(row.id)).filter((record): record is ArticleRecord => record !== undefined);
  }
}
