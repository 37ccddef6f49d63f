/**
 * Versioned schema migrations, applied in order at start (see database.ts). Never edit a
 * released migration: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, revisions, lexicon, outbox',
    sql: `
      CREATE TABLE articles (
        id text PRIMARY KEY,
        title text,
        input_text text,
        input_html text,
        source_url text,
        clean_text text NOT NULL,
        revision text NOT NULL,
        clean_chars integer NOT NULL,
        category text,
        tags text[] NOT NULL DEFAULT '{}',
        published_at timestamptz,
        published boolean NOT NULL DEFAULT true,
        voices text[] NOT NULL DEFAULT '{}',
        expires_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX articles_listing ON articles ((coalesce(published_at, created_at)) DESC);
      CREATE INDEX articles_category ON articles (category, (coalesce(published_at, created_at)) DESC);
      CREATE INDEX articles_tags ON articles USING gin (tags);
      CREATE INDEX articles_expiry ON articles (expires_at) WHERE expires_at IS NOT NULL;

      -- Every revision an article has had: which audio it referenced, and when it stopped.
      CREATE TABLE article_revisions (
        article_id text NOT NULL,
        revision text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz,
        PRIMARY KEY (article_id, revision)
      );

      CREATE TABLE lexicon_entries (
        word text PRIMARY KEY,
        pronunciation text NOT NULL
      );

      CREATE TABLE pending_generation (
        article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        voices text[] NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    name: 'pre-generation batches',
    sql: `
      CREATE TABLE batches (
        id text PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        total integer NOT NULL,
        ready integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        callback_url text
      );
      CREATE TABLE batch_items (
        batch_id text NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        key text NOT NULL,
        article_id text NOT NULL,
        voice text NOT NULL,
        state text NOT NULL CHECK (state IN ('pending', 'ready', 'failed')),
        error text
      );
      CREATE INDEX batch_items_pending ON batch_items (key) WHERE state = 'pending';
      CREATE INDEX batch_items_failed ON batch_items (batch_id) WHERE state = 'failed';
      -- How recent jobs ended, for batches created while their job was ending.
      CREATE TABLE settled_keys (
        key text PRIMARY KEY,
        state text NOT NULL,
        error text,
        settled_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 3,
    name: 'bulletin chapters',
    sql: `
      -- A bulletin (an article made of other articles): [{articleId, title, paragraph}].
      ALTER TABLE articles ADD COLUMN chapters jsonb;
    `,
  },
];
