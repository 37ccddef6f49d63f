import { createHash } from 'node:crypto';
import type { Lexicon } from '../text/types.js';

export interface SiteLexicon {
  entries: Lexicon;
  /** Changes whenever the entries change. */
  version: string;
}

/**
 * The editors' site lexicon (word → pronunciation). Implementations:
 * `lexicon-store.file.ts` (one JSON file, the default) and `lexicon-store.postgres.ts`;
 * both pass `tests/storage/lexicon-store.conformance.ts`.
 */
export interface LexiconStore {
  get(): Promise<SiteLexicon>;
  /** Replaces every entry at once. */
  put(entries: Lexicon): Promise<SiteLexicon>;
}

/** Entries in a stable order, with the version that names them. */
export function versionLexicon(entries: Lexicon): SiteLexicon {
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const version = createHash('sha256').update(JSON.stringify(Object.entries(sorted))).digest('hex').slice(0, 16);
  return { entries: sorted, version };
}
