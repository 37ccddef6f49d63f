import { describe, expect, it } from 'vitest';
import type { SpokenSentence } from '../../src/text/types.js';
import { timeWordsByEngine } from '../../src/synthesis/word-timings.js';

const sentence: SpokenSentence = {
  index: 0,
  text: 'Sáng 20-7, UBND tỉnh họp.',
  charStart: 100,
  charEnd: 125,
  paragraph: 0,
  spoken: 'Sáng hai mươi tháng bảy, ủy ban nhân dân tỉnh họp.',
};
/** Where each spoken word starts in `spoken`. */
const starts = [...sentence.spoken.matchAll(/\p{L}+/gu)].map((m) => m.index);

describe('word timings from the engine', () => {
  it('takes each word start from the engine, ends it at the next, and points every spoken word at its written token', () => {
    const engineWords = starts.map((spokenStart, i) => ({ startMs: 1000 + i * 200, spokenStart, spokenEnd: spokenStart + 2 }));
    const { words, timing } = timeWordsByEngine({ sentence, startMs: 990, speechEndMs: 3500, endMs: 3850, engineWords });
    expect(timing).toBe('exact');
    expect(words).toHaveLength(starts.length);
    expect(words.map((w) => w.startMs)).toEqual(starts.map((_, i) => 1000 + i * 200));
    expect(words.at(-1)!.endMs).toBe(3500);
    // "hai mươi tháng bảy" all point at "20-7"; "ủy ban nhân dân" at "UBND".
    const written = words.map((w) => 'x'.repeat(100).concat(sentence.text).slice(w.charStart, w.charEnd));
    expect(written).toEqual(['Sáng', '20-7', '20-7', '20-7', '20-7', 'UBND', 'UBND', 'UBND', 'UBND', 'tỉnh', 'họp']);
  });

  it('places a word the engine did not report between its neighbours', () => {
    const engineWords = starts.map((spokenStart, i) => ({ startMs: 1000 + i * 200, spokenStart, spokenEnd: spokenStart + 2 })).filter((_, i) => i !== 3);
    const { words, timing } = timeWordsByEngine({ sentence, startMs: 990, speechEndMs: 3500, endMs: 3850, engineWords });
    expect(timing).toBe('exact');
    expect(words[3].startMs).toBe(1600);
    expect(words[2].endMs).toBe(words[3].startMs);
  });

  it('estimates the sentence, and says so, when the engine reported too few words', () => {
    const { words, timing } = timeWordsByEngine({ sentence, startMs: 990, speechEndMs: 3500, endMs: 3850, engineWords: [{ startMs: 1000, spokenStart: 0, spokenEnd: 4 }] });
    expect(timing).toBe('estimated');
    expect(words[0].startMs).toBe(990);
    expect(words.at(-1)!.endMs).toBe(3500);
  });
});
