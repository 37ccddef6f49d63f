/**
 * "Nothing unspeakable reaches an engine": for articles full of digits, currency symbols,
 * units, single letters, initials and codes, the chunks sent to a provider (exactly
 * chunkSentences' output) hold only words and prosody punctuation, and every last-resort
 * reading is reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSentences, prepareArticle } from '../../src/text/pipeline.js';
import type { ArticleInput } from '../../src/text/types.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

const ARTICLES: Array<[string, ArticleInput]> = [
  ['tricky article (text)', { text: read('text/guarantee/tricky-article.txt') }],
  ['Đắk Lắk article (HTML)', { html: read('articles/dak-lak-ca-phe.html') }],
  ['Đắk Lắk article (scraped text)', { text: read('articles/dak-lak-ca-phe.txt') }],
  ['Gia Lai page (HTML with site furniture)', { html: read('text/extract/tinh-dong-nam.html') }],
  ['scraped page (text)', { text: read('text/extract/nong-nghiep-scraped.txt') }],
];

const DIGIT = /\d/;
const CURRENCY = /[$€£¥₫₩₹₽₭฿₱¢₺₣%‰]/u;
/** A letter standing alone that is not a Vietnamese word ("ở", "a" are): a consonant, or any capital. */
const SINGLE_LETTER = /(?<![\p{L}\p{M}'’])(?:[b-df-hj-np-tvwxzđB-DF-HJ-NP-TVWXZĐ]|\p{Lu})(?![\p{L}\p{M}'’])/u;
/** Everything an engine may receive: Latin letters, marks, spaces, prosody punctuation. */
const SPEAKABLE = /^[\p{Script=Latin}\p{M}\s,.;:!?…()"“”'‘’«»\-–—]*$/u;

describe.each(ARTICLES)('%s', (_name, input) => {
  const prepared = prepareArticle(input);

  it.each([300, 5000])('sends only speakable text in chunks of %i bytes', (maxBytes) => {
    const chunks = chunkSentences(prepared.sentences, { maxBytes });
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      expect(chunk.text, chunk.text).not.toMatch(DIGIT);
      expect(chunk.text, chunk.text).not.toMatch(CURRENCY);
      expect(chunk.text, chunk.text).not.toMatch(SINGLE_LETTER);
      expect(chunk.text, chunk.text).toMatch(SPEAKABLE);
    }
  });
});

describe('fallback warnings', () => {
  const prepared = prepareArticle({ text: read('text/guarantee/tricky-article.txt') });
  const warnings = prepared.sentences.flatMap((s) => s.warnings.map((w) => ({ ...w, sentence: s.text })));

  it('reports each token read by the last-resort pass, with what it became', () => {
    expect(warnings).toContainEqual(expect.objectContaining({ token: 'SJC', spokenAs: 'ét gi xê' }));
    expect(warnings).toContainEqual(expect.objectContaining({ token: '₭', spokenAs: 'kíp' }));
    expect(warnings).toContainEqual(expect.objectContaining({ token: '©', spokenAs: '' }));
  });

  it('reports the token in the sentence it occurs in, once per sentence', () => {
    for (const w of warnings) expect(w.sentence).toContain(w.token);
    for (const s of prepared.sentences) {
      const keys = s.warnings.map((w) => `${w.token}→${w.spokenAs}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('reports nothing that a rule or the lexicon reads', () => {
    const tokens = warnings.map((w) => w.token);
    for (const ruled of ['UBND', 'CSGT', 'K', 'Th', 'L', 'B', 'D', '20-7', '62tr5', '$', '€', 'ĐT']) expect(tokens).not.toContain(ruled);
  });
});
