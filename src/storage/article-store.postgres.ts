import { isVoiceId, type VoiceId } from '../voices.js';
import type { ArticleChapter, ArticleListQuery, ArticleRecord, ArticleStore, ArticleSummary, PendingGeneration } from './article-store.js';
import type { Database } from './postgres/database.js';

interface ArticleRow {
  id: string;
  title: string | null;
  input_text: string | null;
  input_html: string | null;
  source_url: string | null;
  clean_text: string;
  revision: string;
  clean_chars: number;
  category: string | null;
  tags: string[];
  published_at: Date | null;
  published: boolean;
  voices: string[];
  expires_at: Date | null;
  chapters: ArticleChapter[] | null;
  created_at: Date;
  updated_at: Date;
}

const SUMMARY_COLUMNS = 'id, title, category, tags, published_at, published, revision, clean_chars, created_at, updated_at';

/**
 * Articles in PostgreSQL (`DATABASE_URL`): one row per article plus the history of its
 * revisions, written together in one transaction.
 */
export class PostgresArticleStore implements ArticleStore {
  constructor(private readonly db: Database) {}

  async get(id: string): Promise<ArticleRecord | undefined> {
    const { rows } = await this.db.query<ArticleRow>('SELECT * FROM articles WHERE id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async getMany(ids: string[]): Promise<ArticleRecord[]> {
    const { rows } = await this.db.query<ArticleRow>('SELECT * FROM articles WHERE id = ANY($1::text[])', [ids]);
    return rows.map(toRecord);
  }

  async missing(ids: string[]): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      'SELECT id FROM unnest($1::text[]) AS wanted (id) WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = wanted.id)',
      [ids],
    );
    return rows.map((r) => r.id);
  }

  async put(record: ArticleRecord): Promise<void> {
    await this.db.transaction(async (client) => {
      const previous = await client.query<{ revision: string }>('SELECT revision FROM articles WHERE id = $1 FOR UPDATE', [record.id]);
      await client.query(
        `INSERT INTO articles (id, title, input_text, input_html, source_url, clean_text, revision, clean_chars, category, tags,
                               published_at, published, voices, expires_at, created_at, updated_at, chapters)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, input_text = EXCLUDED.input_text, input_html = EXCLUDED.input_html,
           source_url = EXCLUDED.source_url, clean_text = EXCLUDED.clean_text, revision = EXCLUDED.revision,
           clean_chars = EXCLUDED.clean_chars, category = EXCLUDED.category, tags = EXCLUDED.tags,
           published_at = EXCLUDED.published_at, published = EXCLUDED.published, voices = EXCLUDED.voices,
           expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at, chapters = EXCLUDED.chapters`,
        [
          record.id, record.title ?? null, record.text ?? null, record.html ?? null, record.url ?? null, record.cleanText,
          record.revision, record.cleanChars, record.category ?? null, record.tags ?? [], record.publishedAt ?? null,
          record.published !== false, record.voices ?? [], record.expiresAt ?? null, record.createdAt, record.updatedAt,
          record.chapters ? JSON.stringify(record.chapters) : null,
        ],
      );
      const before = previous.rows[0]?.revision;
      if (before !== record.revision) {
        if (before) {
          await client.query('UPDATE article_revisions SET superseded_at = now() WHERE article_id = $1 AND revision = $2', [record.id, before]);
        }
        await client.query(
          `INSERT INTO article_revisions (article_id, revision) VALUES ($1, $2)
           ON CONFLICT (article_id, revision) DO UPDATE SET superseded_at = NULL`,
          [record.id, record.revision],
        );
      }
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.db.transaction(async (client) => {
      await client.query('UPDATE article_revisions SET superseded_at = now() WHERE article_id = $1 AND superseded_at IS NULL', [id]);
      const { rowCount } = await client.query('DELETE FROM articles WHERE id = $1', [id]);
      return (rowCount ?? 0) > 0;
    });
  }

  async list(query: ArticleListQuery): Promise<ArticleSummary[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      values.push(value);
      where.push(sql.replace('?', `$${values.length}`));
    };
    if (query.publishedOnly ?? true) where.push('published');
    if (query.category !== undefined) add('category = ?', query.category);
    if (query.tag !== undefined) add('tags @> ARRAY[?]::text[]', query.tag);
    if (query.idPrefix !== undefined) add("id LIKE ? || '%'", query.idPrefix.replace(/[\\%_]/g, '\\$&'));
    values.push(query.limit);
    const { rows } = await this.db.query<ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY coalesce(published_at, created_at) DESC, id LIMIT $${values.length}`,
      values,
    );
    return rows.map(toSummary);
  }

  async deleteExpired(now: Date): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>('DELETE FROM articles WHERE expires_at <= $1 RETURNING id', [now]);
    return rows.map((r) => r.id);
  }

  async addPending(articleId: string, voices: VoiceId[]): Promise<void> {
    await this.db.query(
      `INSERT INTO pending_generation (article_id, voices) VALUES ($1, $2)
       ON CONFLICT (article_id) DO UPDATE SET voices = ARRAY(SELECT DISTINCT unnest(pending_generation.voices || EXCLUDED.voices))`,
      [articleId, voices],
    );
  }

  async listPending(limit: number): Promise<PendingGeneration[]> {
    const { rows } = await this.db.query<{ article_id: string; voices: string[]; requested_at: Date }>(
      'SELECT article_id, voices, requested_at FROM pending_generation ORDER BY requested_at LIMIT $1',
      [limit],
    );
    return rows.map((r) => ({ articleId: r.article_id, voices: r.voices.filter(isVoiceId), requestedAt: r.requested_at.toISOString() }));
  }

  async removePending(articleId: string): Promise<void> {
    await this.db.query('DELETE FROM pending_generation WHERE article_id = $1', [articleId]);
  }
}

const iso = (d: Date | null): string | undefined => (d ? d.toISOString() : undefined);

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title ?? undefined,
    category: row.category ?? undefined,
    tags: row.tags.length ? row.tags : undefined,
    publishedAt: iso(row.published_at),
    published: row.published,
    revision: row.revision,
    cleanChars: row.clean_chars,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function toRecord(row: ArticleRow): ArticleRecord {
  const record: ArticleRecord = {
    ...toSummary(row),
    cleanText: row.clean_text,
    voices: row.voices.filter(isVoiceId),
  };
  if (row.input_text !== null) record.text = row.input_text;
  if (row.input_html !== null) record.html = row.input_html;
  if (row.source_url !== null) record.url = row.source_url;
  if (row.expires_at) record.expiresAt = row.expires_at.toISOString();
  if (row.chapters) record.chapters = row.chapters;
  return dropUndefined(record);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
