import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/text/segment.js';

/**
 * Case files: `input~sentence || sentence || …`, one per line, "\n" in the input is a line
 * break. A known gap is kept visible: `KNOWN(reason) input~expected`; the runner asserts that
 * it still fails, so fixing it makes the test fail until the marker is removed.
 */
const DIR = join(import.meta.dirname, '../fixtures/text/segment');
const KNOWN = /^KNOWN\(([^)]+)\)\s+/;

function parseCase(line: string) {
  const known = KNOWN.exec(line);
  const body = known ? line.slice(known[0].length) : line;
  const split = body.lastIndexOf('~');
  if (split < 0) throw new Error(`case without "~": ${line}`);
  const [input, expected] = [body.slice(0, split), body.slice(split + 1)];
  return { input: input.replace(/\\n/g, '\n'), expected: expected.split(' || ').map((s) => s.trim().replace(/\\n/g, '\n')), known: known?.[1] };
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  const cases = readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map(parseCase);
  const passing = cases.filter((c) => !c.known);
  const known = cases.filter((c) => c.known);
  describe(`segmentText: ${file}`, () => {
    if (passing.length) {
      it.each(passing)('$input', ({ input, expected }) => {
        expect(segmentText(input).map((s) => s.text)).toEqual(expected);
      });
    }
    if (known.length) {
      it.each(known)('known gap ($known): $input', ({ input, expected }) => {
        expect(segmentText(input).map((s) => s.text)).not.toEqual(expected);
      });
    }
  });
}

describe('segmentText: no text is lost or repeated', () => {
  const inputs = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(DIR, f), 'utf8').split('\n'))
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => parseCase(line).input);
  it.each(inputs)('%s', (input) => {
    const sentences = segmentText(input);
    expect(sentences.map((s) => s.text).join('').replace(/\s+/g, '')).toBe(input.replace(/\s+/g, ''));
    for (let i = 1; i < sentences.length; i++) expect(sentences[i].charStart).toBeGreaterThanOrEqual(sentences[i - 1].charEnd);
  });
});

describe('segmentText: offsets and paragraphs', () => {
  it('points every sentence back into the text', () => {
    const text = '  Tiêu đề\n\nSáng 20-7, hội nghị khai mạc. Có 4.857 đảng viên!\n\n“Tốt lắm.” Hết.  ';
    for (const s of segmentText(text)) expect(text.slice(s.charStart, s.charEnd)).toBe(s.text);
  });

  it('numbers paragraphs by blank lines and sentences contiguously', () => {
    const sentences = segmentText('Tiêu đề\n\nCâu một. Câu hai.\n\nCâu ba.');
    expect(sentences.map((s) => [s.index, s.paragraph])).toEqual([[0, 0], [1, 1], [2, 1], [3, 2]]);
  });

  it('keeps a single line break inside the same paragraph', () => {
    expect(segmentText('Dòng một\nDòng hai').map((s) => s.paragraph)).toEqual([0, 0]);
  });

  it('returns nothing for blank text', () => {
    expect(segmentText(' \n\n ')).toEqual([]);
  });

  it('handles long text linearly (no quadratic scan)', () => {
    const text = 'Có 4.857 đảng viên tại TP. Pleiku. '.repeat(20000);
    const t0 = performance.now();
    expect(segmentText(text)).toHaveLength(20000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
