/** Where a listener stopped in an article: the second (in that voice) and the sentence (in any voice). */
export interface RememberedPosition {
  ms: number;
  /** The sentence index: timings differ between voices, sentences do not. */
  index: number;
  voice: string;
  /** When it was saved (ms since 1970), to forget the oldest first. */
  at: number;
}

const STORAGE_KEY = 'tts-reader.positions';
/** Positions kept on the listener's device; the oldest go first. */
const MAX_ARTICLES = 50;

/** The listener's remembered position in an article, if any (storage may be blocked). */
export function readPosition(storage: Pick<Storage, 'getItem'> | undefined, articleId: string): RememberedPosition | undefined {
  const entry = readAll(storage)[articleId];
  return entry && Number.isFinite(entry.ms) && Number.isInteger(entry.index) ? entry : undefined;
}

/**
 * Remembers a position (or, with `undefined`, forgets it: the article was heard to the end).
 * Keeps at most 50 articles; silently does nothing where storage is blocked.
 * @example storePosition(localStorage, 'bai-1', { ms: 151_000, index: 12, voice: 'north-female', at: Date.now() })
 */
export function storePosition(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, articleId: string, position: RememberedPosition | undefined): void {
  const all = readAll(storage);
  if (position) all[articleId] = position;
  else delete all[articleId];
  const kept = Object.entries(all).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_ARTICLES);
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // blocked or full storage only costs the listener the offer to resume
  }
}

function readAll(storage: Pick<Storage, 'getItem'> | undefined): Record<string, RememberedPosition> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, RememberedPosition>) : {};
  } catch {
    return {};
  }
}
