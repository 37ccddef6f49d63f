/**
 * Stock tickers and bracketed codes. Market news prints tickers that the lexicon also
 * knows as Vietnamese abbreviations ("NVL" nguyên vật liệu, "HSG" học sinh giỏi, "VND"
 * đồng, "HCM"): in a list of tickers or after "mã", "cổ phiếu" they are spelled. A code in
 * brackets after a name ("Hoa Sen (HSG)", "Bitcoin (BTC)") names that thing, so it is
 * spelled too (when the lexicon would expand it), and a bracketed gloss that only repeats the words just said ("so với cùng
 * kỳ (YoY)", "Tổ chức Y tế Thế giới (WHO)") is not read twice.
 */
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { CODE_KINDS, TICKER_AFTER, TICKER_BEFORE } from '../data/context-words.js';
import { LETTER_NAMES } from '../data/letters.js';
import { readUnit } from './measure.js';
import { spellLetters } from './spell.js';
import type { SemioticClass } from './types.js';

const TICKER = /^[A-Z]{3}$/;
/** "cổ phiếu" → "[Cc]ổ phiếu": a sentence may open with the word. */
const eitherCase = (word: string): string => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
/** Up to four lower-case words between the ticker word and the list ("cổ phiếu ngân hàng như"). */
const LIST_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${[...TICKER_BEFORE].map(eitherCase).join('|')})(?:\s+[\p{Ll}\p{M}]+){0,4}\s*:?\s+` +
    String.raw`(?:[A-Z][A-Z0-9]{1,4}(?:\s*\([^()]{0,24}\))?\s*(?:,|;|\s(?:và|hoặc))\s*)*$`,
  'u',
);
/**
 * A signed change or a limit move right after: "NVL -8,5%" (already "âm …"), "HSG tăng trần", "cùng tăng trần";
 * or the list the code stands in ends in one ("HPG, HSG, NKG tăng trần"), or in a ticker
 * word ("NVL, DIG, DXG là các mã bất động sản").
 */
const CHANGE_AFTER = new RegExp(
  String.raw`^(?:\s*(?:,|;|\svà|\shoặc)\s*[A-Z][A-Z0-9]{2,4})*` +
    String.raw`(?:\s*\(?\s*(?:(?:cùng|đều|đồng loạt|cũng)\s)?(?:âm|cộng|${[...TICKER_AFTER].join('|')})|\s(?:đều\s)?là\s(?:các\s|những\s)?(?:mã|cổ phiếu))(?![\p{L}])`,
  'u',
);

/** Syllables of the letter names: a reading made only of them already spells the code ("OTP" ô tê pê). */
const LETTER_SYLLABLES: ReadonlySet<string> = new Set([
  ...Object.values(LETTER_NAMES).flatMap((name) => name.split(' ')),
  ...['ô', 'ây', 'ai', 'đi', 'bi', 'xi', 'kây', 'oai', 'ết', 'rờ', 'dê', 'cu', 'ơ'],
]);
export const isSpelling = (reading: string): boolean => reading.split(' ').every((w) => LETTER_SYLLABLES.has(w));

/**
 * True when a three-letter code stands where market news puts tickers: after a ticker word,
 * in a list that follows one, or before a price move.
 * @example isTickerContext('Cổ phiếu VIC, NVL tăng', 15, 18) //=> true
 */
export function isTickerContext(token: string, text: string, start: number, end: number): boolean {
  const reading = ABBREVIATIONS.get(token);
  if (!TICKER.test(token) || CODE_KINDS.has(token) || (reading !== undefined && isSpelling(reading))) return false;
  return LIST_BEFORE.test(text.slice(Math.max(0, start - 120), start)) || CHANGE_AFTER.test(text.slice(end, end + 60));
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase();

/** The reading's first words (up to three) were just said: "so với cùng kỳ (YoY)". */
function repeatsBefore(reading: string, before: string): boolean {
  const head = reading.split(' ').slice(0, 3).join(' ');
  return fold(before).replace(/\s+/g, ' ').includes(fold(head));
}

/** The reading expands the letters, one word each ("HSG" học sinh giỏi), not says them ("IMF" i em ép). */
function isInitialism(token: string, reading: string): boolean {
  const words = fold(reading).split(' ');
  return words.length === token.length && words.every((w, i) => w[0] === token[i].toLowerCase());
}

/** The bracket is matched first, then looked behind: a lookbehind at every position is slow. */
// Vietnamese codes hold Đ and marked capitals: "Nghệ sĩ Ưu tú (NSƯT)", "Đại học Quốc gia (ĐHQG)".
// A dotted place code too: "Thành phố Hồ Chí Minh (TP.HCM)".
const GLOSS = /\((?<=[\p{L}\p{N}%]\s?\()\s*([A-ZĐa-z][A-Za-z0-9ĐĂÂÊÔƠƯ]{1,5}(?:\.[A-ZĐ]{2,4})?)\s*\)/gu;
/** A name ends right before the bracket: one of its last two words is capitalised ("Quốc gia (NCC)"). */
const CAPITALISED_BEFORE = /(?:^|\s)\p{Lu}[\p{L}\p{M}]*(?:\s[\p{L}\p{M}]+)?\s?$/u;

/**
 * A bracketed code after what it names: dropped when it repeats the words just said, spelled
 * when it is a three-letter code after a name; anything else is left to the abbreviations.
 * @example verbalize "Thép Hòa Phát (HSG)" → "(hát ét giê)"
 * @example verbalize "tăng 3% so với cùng kỳ (YoY)" → ""
 */
export const glossClass: SemioticClass = {
  name: 'gloss',
  pattern: GLOSS,
  trigger: /\([A-ZĐa-z]/,
  verbalize(m, ctx) {
    const reading = ABBREVIATIONS.get(m[1]) ?? readUnit(m[1]);
    if (!reading) return undefined;
    const before = ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start);
    if (reading.includes(' ') && repeatsBefore(reading, before)) return '';
    // "(VOV)": the lexicon's own spelling ("vê ô vê"), as the bare code is read.
    const spelled = isSpelling(reading) ? reading : spellLetters(m[1]);
    if (TICKER.test(m[1]) && isInitialism(m[1], reading) && CAPITALISED_BEFORE.test(before)) return `(${spelled})`;
    return undefined;
  },
};
