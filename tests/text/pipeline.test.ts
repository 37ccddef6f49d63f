import { describe, expect, it } from 'vitest';
import { FRONTEND_VERSION, chunkSentences, lexiconFingerprint, prepareArticle } from '../../src/text/pipeline.js';
import { extractArticle } from '../../src/text/extract.js';
import { normalizeSentence } from '../../src/text/normalize/index.js';

const ARTICLE = [
  'Chính trị',
  'Sơ kết giữa nhiệm kỳ Đại hội lần thứ VIII',
  'Theo dõi Báo Gia Lai trên Google News',
  '0:00 / 0:00',
  '(GLO)- Sáng 20-7, UBND tỉnh tổ chức hội nghị. Có 4.857 đảng viên tham dự!',
  '…',
  'Các đại biểu tham dự hội nghị. Ảnh: P.L',
  'Các đại biểu tham dự hội nghị. Ảnh: P.L',
  'Có thể bạn quan tâm',
].join('\n');

describe('prepareArticle', () => {
  const prepared = prepareArticle({ text: ARTICLE });

  it('extracts, segments and normalizes top to bottom', () => {
    expect(prepared.text).toBe(
      'Sơ kết giữa nhiệm kỳ Đại hội lần thứ VIII\n\nSáng 20-7, UBND tỉnh tổ chức hội nghị. Có 4.857 đảng viên tham dự!\n\nCác đại biểu tham dự hội nghị.',
    );
    expect(prepared.sentences.map((s) => s.spoken)).toEqual([
      'Sơ kết giữa nhiệm kỳ Đại hội lần thứ tám',
      'Sáng hai mươi tháng bảy, ủy ban nhân dân tỉnh tổ chức hội nghị.',
      'Có bốn nghìn tám trăm năm mươi bảy đảng viên tham dự!',
      'Các đại biểu tham dự hội nghị.',
    ]);
  });

  it('keeps offsets into the clean text and paragraph numbers', () => {
    for (const s of prepared.sentences) expect(prepared.text.slice(s.charStart, s.charEnd)).toBe(s.text);
    expect(prepared.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it('drops sentences with nothing to say and re-indexes the rest', () => {
    const p = prepareArticle({ text: 'Tiêu đề\n\nCâu một. !!! Câu hai.' });
    expect(p.sentences.map((s) => [s.index, s.text])).toEqual([[0, 'Tiêu đề'], [1, 'Câu một.'], [2, 'Câu hai.']]);
    expect(extractArticle({ text: 'Tiêu đề\n…\n***\nCâu.' }).text).toBe('Tiêu đề\n\nCâu.');
  });

  it('applies the site lexicon before built-in rules', () => {
    const p = prepareArticle({ text: 'Đến Pleiku và gặp UBND.' }, { lexicon: { Pleiku: 'Plây Cu', UBND: 'ủy ban' } });
    expect(p.sentences[0].spoken).toBe('Đến Plây Cu và gặp ủy ban.');
  });

  it('gives the same clean text for decomposed and composed input', () => {
    const nfd = prepareArticle({ text: 'Hòa Bình có 25 xã.'.normalize('NFD') });
    expect(nfd.text).toBe('Hòa Bình có 25 xã.');
    expect(nfd.sentences[0].spoken).toBe('Hòa Bình có hai mươi lăm xã.');
  });

  it('feeds chunkSentences', () => {
    const chunks = chunkSentences(prepared.sentences, { maxBytes: 5000 });
    expect(chunks.map((c) => c.text)).toEqual(prepared.sentences.map((s) => s.spoken));
  });

  it('exposes a front-end version for cache keys', () => {
    expect(FRONTEND_VERSION).toMatch(/\d+\.\d+\.\d+/);
  });
});

describe('lexiconFingerprint', () => {
  const lexicon = { Pleiku: 'Plây Cu', 'Kon Tum': 'Con Tum' };

  it('is empty when no entry occurs in the text', () => {
    expect(lexiconFingerprint(lexicon, 'Hà Nội mưa to.')).toBe('');
    expect(lexiconFingerprint(undefined, 'Pleiku')).toBe('');
  });

  it('changes only for articles that use the edited entry', () => {
    const edited = { ...lexicon, Pleiku: 'Plei Cu' };
    expect(lexiconFingerprint(edited, 'Về Pleiku.')).not.toBe(lexiconFingerprint(lexicon, 'Về Pleiku.'));
    expect(lexiconFingerprint(edited, 'Về Kon Tum.')).toBe(lexiconFingerprint(lexicon, 'Về Kon Tum.'));
  });

  it('does not depend on key order', () => {
    const reversed = { 'Kon Tum': 'Con Tum', Pleiku: 'Plây Cu' };
    expect(lexiconFingerprint(reversed, 'Pleiku, Kon Tum')).toBe(lexiconFingerprint(lexicon, 'Pleiku, Kon Tum'));
  });
});

describe('site lexicon in normalizeSentence', () => {
  it('matches whole words only and longest first', () => {
    const lexicon = { 'Ia Grai': 'Ia Rai', Ia: 'Ya' };
    expect(normalizeSentence('Huyện Ia Grai và xã Ia Dom.', { lexicon })).toBe('Huyện Ia Rai và xã Ya Dom.');
    expect(normalizeSentence('Xã Iapa.', { lexicon })).toBe('Xã Iapa.');
  });

  it('matches a word inside a hyphenated compound', () => {
    expect(normalizeSentence('Tuyến Pleiku-Kon Tum.', { lexicon: { Pleiku: 'Plây Cu' } })).toBe('Tuyến Plây Cu, Kon Tum.');
  });

  it('ignores empty keys', () => {
    expect(normalizeSentence('Có 2 xã.', { lexicon: { '': 'x' } })).toBe('Có hai xã.');
  });
});
