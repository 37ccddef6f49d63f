import { describe, expect, it } from 'vitest';
import { chunkSentences, splitSpoken } from '../../src/text/chunk.js';
import type { SpokenSentence } from '../../src/text/types.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const spoken = (...texts: string[]): SpokenSentence[] =>
  texts.map((text, index) => ({ index, text, spoken: text, charStart: 0, charEnd: text.length, paragraph: 0, words: [], warnings: [] }));
/** Words of a text, to check that parts re-join to the sentence and no word is cut. */
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const LONG =
  'Đối với công tác an sinh xã hội, Đảng ủy Khối đã vận động các tổ chức, cá nhân ủng hộ chương trình Mái ấm biên cương ' +
  'với tổng số tiền trên năm phẩy tám tỷ đồng để xây dựng một trăm linh ba căn nhà; trị giá mỗi căn nhà từ năm mươi ' +
  'đến bảy mươi lăm triệu đồng: cho hộ nghèo, gia đình chính sách, người có công khó khăn về nhà ở trên địa bàn tỉnh.';

describe('chunkSentences', () => {
  it('keeps a sentence that fits as one chunk, part 0', () => {
    const chunks = chunkSentences(spoken('Xin chào các bạn.', 'Hôm nay trời đẹp.'), { maxBytes: 5000 });
    expect(chunks).toEqual([
      { index: 0, sentenceIndex: 0, part: 0, text: 'Xin chào các bạn.', spokenOffset: 0 },
      { index: 1, sentenceIndex: 1, part: 0, text: 'Hôm nay trời đẹp.', spokenOffset: 0 },
    ]);
  });

  it.each([60, 80, 100, 150, 200, 300])('splits a long sentence within %i UTF-8 bytes, never mid-word', (maxBytes) => {
    const chunks = chunkSentences(spoken(LONG), { maxBytes });
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(bytes(c.text)).toBeLessThanOrEqual(maxBytes);
    expect(chunks.flatMap((c) => words(c.text))).toEqual(words(LONG));
    expect(chunks.map((c) => c.part)).toEqual(chunks.map((_, i) => i));
    expect(new Set(chunks.map((c) => c.sentenceIndex))).toEqual(new Set([0]));
  });

  it('counts bytes, not characters: Vietnamese letters take 2–3 bytes', () => {
    const text = 'Người dân được hưởng lợi từ những chính sách mới. '.repeat(3).trim();
    expect(text.length).toBeLessThan(160);
    const chunks = chunkSentences(spoken(text), { maxBytes: 100 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(bytes(c.text)).toBeLessThanOrEqual(100);
  });

  it('prefers clause punctuation over word boundaries', () => {
    const parts = splitSpoken('Sáng nay trời mưa to, chiều nắng nhẹ, tối trời trở lạnh.', { maxBytes: 40 });
    expect(parts).toEqual(['Sáng nay trời mưa to,', 'chiều nắng nhẹ,', 'tối trời trở lạnh.']);
  });

  it('splits at semicolons and colons too', () => {
    expect(splitSpoken('Một hai ba bốn; năm sáu bảy tám: chín mười.', { maxBytes: 24 })).toEqual([
      'Một hai ba bốn;', 'năm sáu bảy tám:', 'chín mười.',
    ]);
  });

  it('honours a code-point limit as well as bytes', () => {
    const chunks = chunkSentences(spoken(LONG), { maxBytes: 10_000, maxChars: 50 });
    for (const c of chunks) expect([...c.text].length).toBeLessThanOrEqual(50);
    expect(chunks.flatMap((c) => words(c.text))).toEqual(words(LONG));
  });

  it('cuts an absurd over-long word by code points without crashing', () => {
    const word = 'ă'.repeat(50) + '😀'.repeat(5);
    const chunks = chunkSentences(spoken(word), { maxBytes: 16 });
    for (const c of chunks) expect(bytes(c.text)).toBeLessThanOrEqual(16);
    expect(chunks.map((c) => c.text).join('')).toBe(word);
    expect(chunks.every((c) => !c.text.includes('\uFFFD'))).toBe(true);
  });

  it('numbers chunks across sentences in reading order', () => {
    const chunks = chunkSentences(spoken('Ngắn.', LONG, 'Hết.'), { maxBytes: 120 });
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
    expect(chunks[0]).toMatchObject({ sentenceIndex: 0, part: 0, text: 'Ngắn.' });
    expect(chunks[chunks.length - 1]).toMatchObject({ sentenceIndex: 2, part: 0, text: 'Hết.' });
    const middle = chunks.filter((c) => c.sentenceIndex === 1);
    expect(middle.map((c) => c.part)).toEqual(middle.map((_, i) => i));
  });

  it.each([40, 60, 100])('gives each part its offset in the spoken sentence (%i bytes)', (maxBytes) => {
    const text = ` ${LONG.replace(', ', ',   ')} `;
    const chunks = chunkSentences(spoken(text), { maxBytes });
    expect(chunks.length).toBeGreaterThan(1);
    let previousEnd = 0;
    for (const c of chunks) {
      expect(text.slice(c.spokenOffset, c.spokenOffset + c.text.length)).toBe(c.text);
      expect(c.spokenOffset).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(previousEnd, c.spokenOffset).trim()).toBe(''); // nothing skipped but spaces
      previousEnd = c.spokenOffset + c.text.length;
    }
    expect(text.slice(previousEnd).trim()).toBe('');
  });

  it('skips empty spoken text', () => {
    expect(chunkSentences(spoken('   '), { maxBytes: 100 })).toEqual([]);
  });

  it('rejects limits that cannot hold one code point', () => {
    expect(() => chunkSentences(spoken('a'), { maxBytes: 2 })).toThrow(RangeError);
    expect(() => chunkSentences(spoken('a'), { maxBytes: 100, maxChars: 0 })).toThrow(RangeError);
  });
});
