/**
 * Encodes text as windows-1258, as old Vietnamese CMSs wrote it: the vowel letters with
 * circumflex, breve and horn (â ê ô ă ơ ư) are single bytes, the five tone marks are
 * separate combining bytes after them.
 */
import iconv from 'iconv-lite';

const LETTER_MARKS = /[\u0302\u0306\u031B]/;

export function encodeWindows1258(text: string): Buffer {
  const decomposed = text.normalize('NFD');
  const out: string[] = [];
  // A base letter followed by its combining marks: letter marks composed, tone marks kept apart.
  for (const [, base, marks] of decomposed.matchAll(/(\P{M})(\p{M}*)/gu)) {
    const letter = [...marks].filter((m) => LETTER_MARKS.test(m)).join('');
    const tones = [...marks].filter((m) => !LETTER_MARKS.test(m)).join('');
    out.push((base + letter).normalize('NFC') + tones);
  }
  return iconv.encode(out.join(''), 'windows-1258');
}
