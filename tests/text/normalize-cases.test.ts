/**
 * Thin runner for the per-class normalize case files:
 * tests/fixtures/text/normalize/<class>.txt, one `input~expected` per line, `#` comments.
 * Expected text is compared after folding case and punctuation, as a listener would hear it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeSentence } from '../../src/text/normalize/index.js';

const DIR = join(import.meta.dirname, '../fixtures/text/normalize');

/** What a listener hears: lower case, no punctuation, single spaces. */
const spokenWords = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  const cases = readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [input, expected] = line.split('~');
      return { input: input.trim(), expected: (expected ?? '').trim() };
    });
  describe(`normalize: ${file.replace(/\.txt$/, '')}`, () => {
    it.each(cases)('$input', ({ input, expected }) => {
      expect(spokenWords(normalizeSentence(input))).toBe(spokenWords(expected));
    });
  });
}
