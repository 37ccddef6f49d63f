/**
 * Spelling with Vietnamese letter names, for acronyms no lexicon knows: "ATM" → "a tê em mờ".
 */
import { LETTER_NAMES } from '../data/letters.js';
import { readDigits } from './cardinal.js';

/**
 * @example spellLetters('UBKT') //=> 'u bê ca tê'
 */
export function spellLetters(word: string): string {
  const out: string[] = [];
  for (const ch of word) {
    const name = LETTER_NAMES[ch.toUpperCase()];
    if (name) out.push(name);
    else if (ch >= '0' && ch <= '9') out.push(readDigits(ch));
    else if (/\p{L}/u.test(ch)) out.push(ch);
  }
  return out.join(' ');
}
