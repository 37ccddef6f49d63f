/**
 * Thin runner for the per-class normalize case files:
 * tests/fixtures/text/normalize/<class>.txt, one `input~expected` per line, `#` comments.
 * - Expected text is compared after folding case and punctuation, as a listener hears it.
 * - `{a|b}` in the expected text offers alternatives (an empty one means "nothing"), for
 *   readings newsreaders say both ways ("hạng {nhì|hai}").
 * - A known gap is kept visible: `KNOWN(reason) input~expected`. The runner asserts that it
 *   still fails, so fixing it makes the test fail until the marker is removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeSentence } from '../../src/text/normalize/index.js';

const DIR = join(import.meta.dirname, '../fixtures/text/normalize');

/** What a listener hears: lower case, no punctuation, single spaces. */
const spokenWords = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Every reading a template allows: "hạng {nhì|hai}" → ["hạng nhì", "hạng hai"]. */
function expand(template: string): string[] {
  let out = [''];
  for (const part of template.split(/(\{[^}]*\})/)) {
    const alternatives = part.startsWith('{') ? part.slice(1, -1).split('|') : [part];
    out = out.flatMap((prefix) => alternatives.map((a) => prefix + a));
  }
  return out.map(spokenWords);
}

interface Case {
  input: string;
  expected: string;
  known?: string;
}

const KNOWN = /^KNOWN\(([^)]+)\)\s+/;

function parseCase(line: string): Case {
  const known = KNOWN.exec(line);
  const body = known ? line.slice(known[0].length) : line;
  const split = body.lastIndexOf('~');
  if (split < 0) throw new Error(`case without "~": ${line}`);
  return { input: body.slice(0, split).trim(), expected: body.slice(split + 1).trim(), known: known?.[1] };
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  const cases = readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map(parseCase);
  const passing = cases.filter((c) => !c.known);
  const known = cases.filter((c) => c.known);
  describe(`normalize: ${file.replace(/\.txt$/, '')}`, () => {
    if (passing.length) {
      it.each(passing)('$input', ({ input, expected }) => {
        const got = spokenWords(normalizeSentence(input));
        expect(expand(expected), `got: ${got}`).toContain(got);
      });
    }
    if (known.length) {
      it.each(known)('known gap ($known): $input', ({ input, expected }) => {
        expect(expand(expected)).not.toContain(spokenWords(normalizeSentence(input)));
      });
    }
  });
}
