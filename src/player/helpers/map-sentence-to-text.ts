/** Collapses whitespace runs to one space, so DOM text and manifest text compare equal. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Finds a sentence in a page's text, ignoring differences in whitespace, searching forward
 * from `from` first (sentences are read in order) and then from the start. Returns the
 * [start, end) offsets in `haystack`, or undefined.
 * @example findSentence('Một câu.  Hai câu.', 'Hai câu.', 0) //=> [10, 18]
 */
export function findSentence(haystack: string, sentence: string, from = 0): [number, number] | undefined {
  const words = collapseWhitespace(sentence).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('\\s+'), 'g');
  for (const start of from > 0 ? [from, 0] : [0]) {
    pattern.lastIndex = start;
    const match = pattern.exec(haystack);
    if (match) return [match.index, match.index + match[0].length];
  }
  return undefined;
}
