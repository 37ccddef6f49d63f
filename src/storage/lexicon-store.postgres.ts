import type { Lexicon } from '../text/types.js';
import { versionLexicon, type LexiconStore, type SiteLexicon } from './lexicon-store.js';
import type { Database } from './postgres/database.js';

/** The site lexicon in PostgreSQL: one row per entry, replaced in one transaction. */
export class PostgresLexiconStore implements LexiconStore {
  constructor(private readonly db: Database) {}

  async get(): Promise<SiteLexicon> {
    const { rows } = await this.db.query<{ word: string; pronunciation: string }>('SELECT word, pronunciation FROM lexicon_entries');
    return versionLexicon(Object.fromEntries(rows.map((r) => [r.word, r.pronunciation])));
  }

  async put(entries: Lexicon): Promise<SiteLexicon> {
    const lexicon = versionLexicon(entries);
    const words = Object.keys(lexicon.entries);
    await this.db.transaction(async (client) => {
      await client.query('DELETE FROM lexicon_entries');
      if (words.length) {
        await client.query('INSERT INTO lexicon_entries (word, pronunciation) SELECT * FROM unnest($1::text[], $2::text[])', [
          words,
          words.map((w) => lexicon.entries[w]),
        ]);
      }
    });
    return lexicon;
  }
}
