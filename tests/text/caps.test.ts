/** The syllable test behind reading text in capitals (normalize/syllable.ts, normalize/caps.ts). */
import { describe, expect, it } from 'vitest';
import { CAPS_ACRONYMS } from '../../src/text/data/acronyms.js';
import { isSyllable } from '../../src/text/normalize/syllable.js';

describe('isSyllable', () => {
  it.each(['ĐI', 'BẦU', 'CỬ', 'NGƯỜI', 'GIẾT', 'QUỐC', 'KHUYA', 'NGHIÊNG', 'GÌN', 'GIẾNG', 'THUỞ', 'OANH', 'QUỲNH', 'HUỲNH', 'Y'])(
    'accepts the word %s',
    (w) => expect(isSyllable(w)).toBe(true),
  );

  it.each(['GIA', 'LAI', 'TIN', 'NGHIEN', 'THUONG', 'KHANH'])('accepts %s typed without accents', (w) => {
    expect(isSyllable(w)).toBe(true);
  });

  it.each(['CSGT', 'HAGL', 'UBND', 'THPT', 'SJC', 'FDI', 'WHO', 'HCM', 'TP', 'ĐT', 'BIDV'])('rejects the acronym %s', (w) => {
    expect(isSyllable(w)).toBe(false);
  });

  it.each(['CÀP', 'HỌCC', 'KA', 'GHA', 'CE', 'NGƯT', 'TYT', 'BYT'])('rejects %s: tone, coda or spelling rules forbid it', (w) => {
    expect(isSyllable(w)).toBe(false);
  });

  it('keeps in the caps-acronym list only tokens that would otherwise be read as words', () => {
    expect([...CAPS_ACRONYMS].filter((a) => !isSyllable(a))).toEqual([]);
  });
});
