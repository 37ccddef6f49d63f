import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateWordTimings, type EstimateInput } from '../../src/synthesis/estimate-word-timings.js';
import { prepareArticle } from '../../src/text/pipeline.js';

/** The written token each estimated word points at. */
const tokensOf = (sentence: EstimateInput, words: { charStart: number; charEnd: number }[]) =>
  words.map((w) => sentence.text.slice(w.charStart - sentence.charStart, w.charEnd - sentence.charStart));

describe('estimateWordTimings', () => {
  it('gives each plain Vietnamese word one syllable and the words of "20-7" and "UBND" to those tokens', () => {
    const sentence = { text: 'Sáng 20-7, UBND tỉnh họp.', charStart: 100, spoken: 'Sáng hai mươi tháng bảy, ủy ban nhân dân tỉnh họp.' };
    const words = estimateWordTimings(sentence, { startMs: 1000, endMs: 4000 });
    expect(tokensOf(sentence, words)).toEqual(['Sáng', '20-7', '20-7', '20-7', '20-7', 'UBND', 'UBND', 'UBND', 'UBND', 'tỉnh', 'họp']);
    expect(words[0]).toMatchObject({ startMs: 1000, charStart: 100, charEnd: 104 });
    expect(words.at(-1)!.endMs).toBe(4000);
    // 11 syllables and one comma pause (one slot): 250 ms a slot.
    expect(words[4]).toMatchObject({ startMs: 2000, endMs: 2250 });
    expect(words[5].startMs).toBe(2500);
  });

  it('splits the spoken words between neighbouring non-words by their length', () => {
    // "125" (five words) and "2,5%" (four words) are separated only by plain words.
    const sentence = { text: 'Có 125 đại biểu, chiếm 2,5%.', charStart: 0, spoken: 'Có một trăm hai mươi lăm đại biểu, chiếm hai phẩy năm phần trăm.' };
    expect(tokensOf(sentence, estimateWordTimings(sentence, { startMs: 0, endMs: 3000 }))).toEqual(
      ['Có', '125', '125', '125', '125', '125', 'đại', 'biểu', 'chiếm', '2,5%', '2,5%', '2,5%', '2,5%', '2,5%'],
    );
    // "đồng/kg" is two tokens: "đồng" is found among the spoken words, "kg" takes the rest.
    const money = { text: 'Giá 1.500.000 đồng/kg.', charStart: 0, spoken: 'Giá một triệu năm trăm nghìn đồng một ki lô gam.' };
    const counts = tokensOf(money, estimateWordTimings(money, { startMs: 0, endMs: 1000 })).reduce<Record<string, number>>((c, t) => {
      c[t] = (c[t] ?? 0) + 1;
      return c;
    }, {});
    expect(counts).toEqual({ Giá: 1, '1.500.000': 5, đồng: 1, kg: 4 });
  });

  it('matches written words to a lexicon reading and ignores case and punctuation', () => {
    const sentence = { text: 'ĐẮK LẮK: "Pleiku" mưa lớn!', charStart: 7, spoken: 'đắk lắk: "Plây Cu" mưa lớn!' };
    expect(tokensOf(sentence, estimateWordTimings(sentence, { startMs: 0, endMs: 1000 }))).toEqual(['ĐẮK', 'LẮK', 'Pleiku', 'Pleiku', 'mưa', 'lớn']);
  });

  it('uses the front end alignment when the sentence has one', () => {
    const text = 'Ngày 2/9 nghỉ.';
    const spoken = 'Ngày mùng hai tháng chín nghỉ.';
    const link = (word: string, token: string) => ({ spokenStart: spoken.indexOf(word), spokenEnd: spoken.indexOf(word) + word.length, charStart: 50 + text.indexOf(token), charEnd: 50 + text.indexOf(token) + token.length });
    const sentence = { text, charStart: 50, spoken, words: [link('Ngày', 'Ngày'), link('mùng', '2/9'), link('hai', '2/9'), link('tháng', '2/9'), link('chín', '2/9'), link('nghỉ', 'nghỉ')] };
    const words = estimateWordTimings(sentence, { startMs: 0, endMs: 600 });
    expect(words.map((w) => [w.startMs, w.endMs])).toEqual([[0, 100], [100, 200], [200, 300], [300, 400], [400, 500], [500, 600]]);
    expect(tokensOf(sentence, words)).toEqual(['Ngày', '2/9', '2/9', '2/9', '2/9', 'nghỉ']);
  });

  it.each([
    ['no spoken words', { text: '…', charStart: 0, spoken: '' }, { startMs: 0, endMs: 500 }],
    ['no duration', { text: 'Chào.', charStart: 0, spoken: 'Chào.' }, { startMs: 800, endMs: 800 }],
  ])('returns no words for %s', (_name, sentence, span) => {
    expect(estimateWordTimings(sentence, span)).toEqual([]);
  });

  it('keeps every word of a real article ordered, inside its sentence and its time span', () => {
    const fixture = readFileSync(path.join(import.meta.dirname, '../fixtures/articles/dak-lak-ca-phe.txt'), 'utf8');
    const article = prepareArticle({ text: fixture });
    let checked = 0;
    for (const sentence of article.sentences) {
      const span = { startMs: sentence.index * 5000, endMs: sentence.index * 5000 + 4000 };
      const words = estimateWordTimings(sentence, span);
      // One entry per spoken word.
      // One timed word per spoken word of the front end's alignment.
      expect(words).toHaveLength(sentence.words.length);
      let last = span.startMs;
      for (const word of words) {
        expect(word.startMs).toBeGreaterThanOrEqual(last);
        expect(word.endMs).toBeGreaterThan(word.startMs);
        expect(word.charStart).toBeGreaterThanOrEqual(sentence.charStart);
        expect(word.charEnd).toBeLessThanOrEqual(sentence.charEnd);
        // A written token: a word, a number, or what a rate or symbol is read from ("/ha" → "một héc ta").
        expect(article.text.slice(word.charStart, word.charEnd)).toMatch(/^[/]?[\p{L}\p{N}%&+$€₫]/u);
        last = word.endMs;
      }
      expect(last).toBe(span.endMs);
      checked += words.length;
    }
    expect(checked).toBeGreaterThan(200);
  });
});
