/**
 * Word alignment for highlighting: every spoken word points at the written token it was
 * read from, all words are covered, in order, and the spans never go backwards.
 */
import { describe, expect, it } from 'vitest';
import { normalizeAligned } from '../../src/text/normalize/index.js';
import { prepareArticle } from '../../src/text/pipeline.js';
import type { WordAlignment } from '../../src/text/types.js';

/** Each spoken word with the written text it points at. */
function pairs(sentence: string): Array<[string, string]> {
  const { spoken, words } = normalizeAligned(sentence);
  return words.map((w) => [spoken.slice(w.spokenStart, w.spokenEnd), sentence.slice(w.charStart, w.charEnd)]);
}

/** The invariants every alignment keeps, whatever the input. */
function expectWellFormed(spoken: string, words: readonly WordAlignment[], textLength: number, offset = 0): void {
  const letterRuns = [...spoken.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
  expect(words.map((w) => [w.spokenStart, w.spokenEnd])).toEqual(letterRuns); // every word, in order
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    expect(w.charStart).toBeGreaterThanOrEqual(offset);
    expect(w.charEnd).toBeLessThanOrEqual(offset + textLength);
    expect(w.charEnd).toBeGreaterThan(w.charStart);
    if (i > 0) {
      expect(w.charStart).toBeGreaterThanOrEqual(words[i - 1].charStart);
      expect(w.charEnd).toBeGreaterThanOrEqual(words[i - 1].charEnd);
    }
  }
}

describe('normalizeAligned: which token each spoken word came from', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Sáng 20-7, UBND tỉnh họp.', [
      ['Sáng', 'Sáng'], ['hai', '20-7'], ['mươi', '20-7'], ['tháng', '20-7'], ['bảy', '20-7'],
      ['ủy', 'UBND'], ['ban', 'UBND'], ['nhân', 'UBND'], ['dân', 'UBND'], ['tỉnh', 'tỉnh'], ['họp', 'họp'],
    ]],
    ['Đội xếp thứ 4.', [['Đội', 'Đội'], ['xếp', 'xếp'], ['thứ', 'thứ'], ['tư', '4']]],
    ['Giá 50.000đ/kg', [
      ['Giá', 'Giá'], ['năm', '50.000đ'], ['mươi', '50.000đ'], ['nghìn', '50.000đ'], ['đồng', '50.000đ'],
      ['một', '/kg'], ['ki', '/kg'], ['lô', '/kg'], ['gam', '/kg'],
    ]],
    ['HLV Park Hang-seo', [
      ['huấn', 'HLV'], ['luyện', 'HLV'], ['viên', 'HLV'], ['Park', 'Park'], ['Hang', 'Hang'], ['seo', 'seo'],
    ]],
    ['Tháng 12/2024 lạm phát thấp', [
      ['Tháng', 'Tháng'], ['mười', '12/2024'], ['hai', '12/2024'], ['năm', '12/2024'], ['hai', '12/2024'],
      ['nghìn', '12/2024'], ['không', '12/2024'], ['trăm', '12/2024'], ['hai', '12/2024'], ['mươi', '12/2024'],
      ['tư', '12/2024'], ['lạm', 'lạm'], ['phát', 'phát'], ['thấp', 'thấp'],
    ]],
  ])('%s', (sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it('keeps offsets into the input when it is not yet clean (NFD, line breaks, zero-width)', () => {
    const sentence = 'Ho\u0300a Bi\u0300nh\ncó 25\u200B xã.';
    const { spoken, words } = normalizeAligned(sentence);
    expect(spoken).toBe('Hòa Bình có hai mươi lăm xã.');
    expectWellFormed(spoken, words, sentence.length);
    expect(words.map((w) => sentence.slice(w.charStart, w.charEnd))).toEqual([
      'Ho\u0300a', 'Bi\u0300nh', 'có', '25', '25', '25', 'xã',
    ]);
  });

  it('is well formed on every kind of token', () => {
    for (const sentence of [
      'U23 Việt Nam thắng 2-1 tối 20/7/2024 tại SVĐ Mỹ Đình.',
      'Giá vàng SJC tăng 1,5% lên 82,5 triệu đồng/lượng, ĐT 0905 123 456.',
      'Ngày 15/3, Nghị định 100/2019/NĐ-CP có hiệu lực; phạt 4-6 triệu đồng.',
      'Xe 81B-123.45 chạy 120km/h trên QL14 lúc 6h15.',
      '— Theo toasoan@baogialai.vn, v.v. &  ~5 km…',
    ]) {
      const { spoken, words } = normalizeAligned(sentence);
      expectWellFormed(spoken, words, sentence.length);
    }
  });
});

describe('prepareArticle: words point into the clean article text', () => {
  it('offsets are absolute, like the sentence offsets', () => {
    const prepared = prepareArticle({ text: 'Tiêu đề\n\nSáng 20-7, hội nghị khai mạc. Có 4.857 đảng viên.' });
    for (const s of prepared.sentences) {
      expectWellFormed(s.spoken, s.words, s.text.length, s.charStart);
    }
    const last = prepared.sentences[2];
    const tokens = last.words.map((w) => prepared.text.slice(w.charStart, w.charEnd));
    expect(tokens).toEqual(['Có', ...Array(7).fill('4.857'), 'đảng', 'viên']);
  });
});
