/** Odd input must never crash the front end or break its invariants. */
import { describe, expect, it } from 'vitest';
import { chunkSentences } from '../../src/text/chunk.js';
import { normalizeAligned, normalizeSentence } from '../../src/text/normalize/index.js';
import { prepareArticle } from '../../src/text/pipeline.js';
import { segmentText } from '../../src/text/segment.js';

/** A seeded generator (mulberry32), so failures are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Sáng', '20-7', '4.857', '5,8', '%', 'UBND', 'TP.', 'HCM', '.', '!', '?', '…', '...', '\n', '\n\n', ' ', '  ', '-', '/',
  '“', '”', '(', ')', 'km', '1/3', '0905 123 456', 'a@b.vn', 'x', '😀', '中文', '\u0301', '\u200B', '\u00A0', 'VIII', 'thứ',
  '2020-2025', 'Q.3', 'đồng/kg', '$', '0h30', 'A.', 'mạnh.Nông', '100/2019/NĐ-CP', '---', '***', '\t', 'ĐT:', '24/7',
];

function randomText(next: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.5 ? ' ' : '');
  return s;
}

describe('front end on random input', () => {
  const next = random(2024);
  const texts = Array.from({ length: 300 }, () => randomText(next, 1 + Math.floor(next() * 40)));

  it('segments with exact offsets and no blank sentences', () => {
    for (const text of texts) {
      for (const s of segmentText(text)) {
        expect(text.slice(s.charStart, s.charEnd)).toBe(s.text);
        expect(s.text.trim()).toBe(s.text);
        expect(s.text).not.toBe('');
      }
    }
  });

  it('normalizes without throwing and without leaving digits', () => {
    for (const text of texts) {
      const spoken = normalizeSentence(text);
      expect(spoken).not.toMatch(/\d/);
    }
  });

  it('aligns every spoken word to a span of the input, in order', () => {
    for (const text of texts) {
      const { spoken, words } = normalizeAligned(text);
      const runs = [...spoken.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m.index);
      expect(words.map((w) => w.spokenStart)).toEqual(runs);
      words.forEach((w, i) => {
        expect(0 <= w.charStart && w.charStart < w.charEnd && w.charEnd <= text.length).toBe(true);
        if (i > 0) expect(w.charStart >= words[i - 1].charStart && w.charEnd >= words[i - 1].charEnd).toBe(true);
      });
    }
  });

  it('prepares and chunks any article within the limits', () => {
    for (const text of texts) {
      const prepared = prepareArticle({ text });
      prepared.sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
      });
      for (const c of chunkSentences(prepared.sentences, { maxBytes: 40 })) expect(Buffer.byteLength(c.text)).toBeLessThanOrEqual(40);
    }
  });

  it('accepts HTML that is not well formed', () => {
    const html = '<p>Sáng 20-7 <b>hội nghị<p>Có 5 người</div></span><script>x(</p>';
    expect(prepareArticle({ html }).sentences.map((s) => s.spoken)).toEqual(['Sáng hai mươi tháng bảy hội nghị', 'Có năm người']);
  });
});
