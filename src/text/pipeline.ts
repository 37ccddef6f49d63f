/**
 * The text front end, top to bottom: extract → NFC → segment → normalize. Chunking is a
 * separate step (chunk.ts) because it depends on the provider's limits.
 */
import { createHash } from 'node:crypto';
import { extractArticle } from './extract.js';
import { normalizeAligned } from './normalize/index.js';
import { segmentText } from './segment.js';
import type { ArticleInput, FrontEndOptions, Lexicon, PreparedArticle, SpokenSentence } from './types.js';
import { cleanUnicode } from './unicode.js';

export { chunkSentences } from './chunk.js';

/**
 * Version of the front end's output; part of the audio cache key. Bump it whenever the
 * spoken text for the same input can change (rules, tables, segmentation).
 */
export const FRONTEND_VERSION = 'vi-frontend-2.14.0';

/**
 * Prepares an article for synthesis. Sentences whose spoken form is empty (only
 * punctuation) are dropped and the rest re-indexed, so indices stay contiguous. Each
 * sentence carries its word alignment (offsets into `text`) and its fallback warnings.
 * @example prepareArticle({ text: 'Sáng 20-7, hội nghị khai mạc.' }).sentences[0].spoken
 * //=> 'Sáng hai mươi tháng bảy, hội nghị khai mạc.'
 */
export function prepareArticle(input: ArticleInput, options: FrontEndOptions = {}): PreparedArticle {
  const clean = extractArticle(input, { siteRules: options.siteRules });
  const text = cleanUnicode(clean.text);
  const sentences: SpokenSentence[] = [];
  for (const sentence of segmentText(text)) {
    // The text went through cleanUnicode above, but a sentence may span a single line break.
    const clean = !sentence.text.includes('\n');
    const { spoken, words, warnings } = normalizeAligned(sentence.text, {
      lexicon: options.lexicon,
      respellForeign: options.respellForeign,
      clean,
    });
    if (!/[\p{L}\p{N}]/u.test(spoken)) continue;
    const at = sentence.charStart;
    const absolute = words.map((w) => ({ ...w, charStart: w.charStart + at, charEnd: w.charEnd + at }));
    sentences.push({ ...sentence, index: sentences.length, spoken, words: absolute, warnings });
  }
  return { title: clean.title, text, sentences };
}

/**
 * A short hash of the site-lexicon entries that occur in `text` ('' when none do), for
 * the audio cache key: editing an entry only changes the keys of articles that use it.
 * @example lexiconFingerprint({ Pleiku: 'Plây Cu' }, 'Về Pleiku') // a 16-hex-digit hash
 * @example lexiconFingerprint({ Pleiku: 'Plây Cu' }, 'Về Hà Nội') //=> ''
 */
export function lexiconFingerprint(lexicon: Lexicon | undefined, text: string): string {
  if (!lexicon) return '';
  const used = Object.keys(lexicon)
    .filter((key) => key.trim() !== '' && text.includes(key))
    .sort()
    .map((key) => [key, lexicon[key]]);
  if (used.length === 0) return '';
  return createHash('sha256').update(JSON.stringify(used)).digest('hex').slice(0, 16);
}
