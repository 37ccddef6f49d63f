/**
 * Single letters and initials, read with their Vietnamese names (data/letters.ts):
 * anonymised people in crime and court news ("bị can Nguyễn Văn K." → "ca", "ông Th." →
 * "tê hát"), letters as names ("chữ D", "vitamin B", "điểm b khoản 2"), and administrative
 * prefixes before a place or a number ("Q. Ba Đình" → "quận Ba Đình", "tx. Tân Uyên",
 * "kp. 4"). Letters glued into codes ("A1", "D.C.", "P.L") are read by the acronym class.
 */
import { PERSON_BEFORE, TITLE_HEADS } from '../data/context-words.js';
import { ADMIN_PREFIXES, NUMBERED_PREFIXES, DIGRAPH_INITIAL_NAMES, DIGRAPH_INITIALS, GREEK_LETTER_NAMES, LETTER_NAMES, Y_WORD_AFTER, Y_WORD_BEFORE } from '../data/letters.js';
import { ABBREVIATIONS } from '../data/abbreviations.js';
import { precededBy, wordAfter } from './context.js';
import { isForeignWord } from './lexicon.js';
import type { SemioticClass } from './types.js';

const PREFIXES = Object.keys(ADMIN_PREFIXES)
  .flatMap((p) => [p, p.toUpperCase(), p[0].toUpperCase() + p.slice(1)])
  .filter((p, i, all) => all.indexOf(p) === i)
  .sort((a, b) => b.length - a.length)
  .join('|');
const INITIALS = [...DIGRAPH_INITIALS].sort((a, b) => b.length - a.length).join('|');
/** Lower-case letters that are never a Vietnamese word alone (vowels are: "a", "ô", "y"…). */
const LOWER_CONSONANT = '[b-df-hj-np-tvwxzđ]';

const PATTERN = new RegExp(
  // Not inside a word or a code ("A1", "VPBank", "GD-ĐT", "P.L"): a space or an opening mark
  // before it (a short ASCII lookbehind, much cheaper than a Unicode-property one).
  // An apostrophe opens a quote only when no letter is glued before it ("Noo's" is a possessive).
  String.raw`(?<=^|[\s(\[“"‘:;,!?…–—]|(?<![\p{L}\p{N}])')(?:` +
    String.raw`(?<prefix>${PREFIXES})\.\s?(?=\p{Lu}[\p{Ll}\p{M}]|\d|(?<place>\p{Lu}{2,})(?![\p{L}\p{N}]))` +
    // "…, H. Ia Grai, T. Gia Lai": T. after an address item names the province (see isProvinceT).
    String.raw`|(?<province>T)\.(?=\s?\p{Lu}[\p{Ll}\p{M}])` +
    String.raw`|(?<initial>${INITIALS}|[A-ZĐ])\.(?![\p{L}\p{M}\p{N}])` +
    String.raw`|(?<letter>[A-ZĐ]|${LOWER_CONSONANT})(?![\p{L}\p{M}\p{N}]|[.&\-/'’][\p{L}\p{N}])` +
    ')',
  'gu',
);

const VOWEL = /^[AEIOUY]$/;
const TITLE_AFTER = new RegExp(`^(?:${[...TITLE_HEADS].join('|')})(?![\\p{L}])`, 'u');
/** "Nguyễn Văn ", "anh Tuấn ": a name (two words, the last capitalised) right before. */
const NAME_BEFORE = /(?:^|\s)([\p{L}\p{M}]+) \p{Lu}[\p{Ll}\p{M}]+ $/u;
const LOWER_WORD_AFTER = /^ [\p{Ll}]/u;
const NAME_AFTER = /^ \p{Lu}[\p{Ll}\p{M}]/u;
/** Only closing quotes or brackets left: the initial ends the sentence ("…là anh Lê Văn T."). */
const SENTENCE_END = /^["”’')\]]*\s*$/;

/**
 * Spells a letter or an initial with its Vietnamese names.
 * @example readLetters('Th') //=> 'tê hát'
 */
export function readLetters(letters: string): string {
  return [...letters].map((ch) => LETTER_NAMES[ch.toUpperCase()] ?? ch).join(' ');
}

/** A person, not a place, stands before: "ông H.", "Nguyễn Văn H.", "anh Tuấn H." (not "Tại H."). */
export function isPersonBefore(text: string, start: number): boolean {
  if (precededBy(text, start, PERSON_BEFORE)) return true;
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return name !== null && (/^\p{Lu}/u.test(name[1]) || PERSON_BEFORE.has(name[1]));
}

/** The people of a place: "người dân X. Ia Pa" is the commune's, not a person's initial. */
const RESIDENTS: ReadonlySet<string> = new Set(['người dân', 'bà con', 'nhân dân', 'cử tri', 'hộ dân']);

/** An address item earlier in the clause list: "xã Ia Dêr, H. Ia Grai, " or "huyện Tân Thạnh, ". */
const ADDRESS_ITEM_BEFORE = /(?:^|[\s,(])(?:huyện|quận|thị xã|thành phố|H\.|Q\.|TX\.|TP\.)\s?\p{Lu}[^,;.()]*,\s?$/u;

/** "T." before a place name is tỉnh right after a district in an address ("…, H. Ia Grai, T. Gia Lai"). */
function isProvinceT(text: string, start: number): boolean {
  return ADDRESS_ITEM_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** The dot after an initial is said as a sentence end only where the sentence ends. */
function dotAfter(text: string, end: number): string {
  return SENTENCE_END.test(text.slice(end)) ? '.' : '';
}

/** @example verbalize "Bị can Nguyễn Văn K. bị bắt" → "Bị can Nguyễn Văn ca bị bắt" */
export const letterClass: SemioticClass = {
  name: 'letter',
  pattern: PATTERN,
  trigger: /(?:^|[\s([“"'‘:;,!?…–—])(?:[A-Za-zĐđ](?![A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF])|(?:[TtKk][PpXxTt]|[A-Z][a-z]{1,2})\.)/,
  verbalize(m, { text, start, end }) {
    const g = m.groups ?? {};
    if (isForeignWord(text, start, start + 1)) return undefined; // the V of "V-League", left as written
    if (g.prefix) {
      // "TT.Huế", "TP.HCM": a lexicon entry as a whole.
      if (!m[0].endsWith(' ') && ABBREVIATIONS.has(text.slice(start).split(/[\s,;:()]/, 1)[0].replace(/\.$/, ''))) return undefined;
      // "tp.HCM": a lower-case prefix before capitals only for a place the lexicon knows, not any
      // acronym ("P.TGĐ" is a deputy's title).
      if (g.place && (g.prefix !== g.prefix.toLowerCase() || !ABBREVIATIONS.has(g.place))) return undefined;
      const single = g.prefix.length === 1;
      // "P.Giám đốc", "Q. Chủ tịch": before a title P is "phó" and Q "quyền".
      const title = TITLE_AFTER.exec(text.slice(end, end + 12));
      if (title && (g.prefix === 'P' || g.prefix === 'Q')) return `${g.prefix === 'P' ? 'phó' : 'quyền'} `;
      // "anh Lê Văn H. Đức": an initial before a name, not "huyện"; "phạt H. 12 năm": before a count.
      const numberAfter = /^\d/.test(text.slice(end, end + 1)) && !NUMBERED_PREFIXES.has(g.prefix.toLowerCase());
      if (single && g.prefix === g.prefix.toUpperCase() && (numberAfter || (isPersonBefore(text, start) && !precededBy(text, start, RESIDENTS)))) {
        return `${readLetters(g.prefix)}${m[0].endsWith(' ') ? ' ' : ''}`;
      }
      // "P.301, tầng 3": no ward is numbered past a hundred; three digits are a room.
      if (g.prefix === 'P' && /^\d{3,4}(?!\d)/.test(text.slice(end, end + 5))) return 'phòng ';
      return `${ADMIN_PREFIXES[g.prefix.toLowerCase()]} `;
    }
    if (g.province) {
      if (isProvinceT(text, start)) return text[end] === ' ' ? 'tỉnh' : 'tỉnh ';
      return text[end] === ' ' ? readLetters('T') : undefined; // "T.Long" glued is left to the codes
    }
    if (g.initial) return (DIGRAPH_INITIAL_NAMES[g.initial] ?? readLetters(g.initial)) + dotAfter(text, end);
    const letter = g.letter as string;
    // "A cho biết", "Y tế": a capital vowel before a lower-case word is the word itself.
    if (VOWEL.test(letter) && LOWER_WORD_AFTER.test(text.slice(end, end + 2))) return letter.toLowerCase();
    // "Trường ĐH Y Hà Nội", "Y Dược": the word y (medicine).
    if (letter === 'Y' && (precededBy(text, start, Y_WORD_BEFORE) || Y_WORD_AFTER.has(wordAfter(text, end)))) return 'y';
    // "Y Moan", "ông Y Thông": the Ê Đê and Jrai men's name word before a capitalised name.
    if (letter === 'Y' && NAME_AFTER.test(text.slice(end, end + 3))) return 'y';
    return readLetters(letter);
  },
};

const GREEK = Object.keys(GREEK_LETTER_NAMES).join('');

/**
 * Greek letters in health, science and finance news ("β-thalassemia", "tia α", "hệ số β"),
 * by the names Vietnamese speakers use.
 * @example verbalize "bệnh β-thalassemia" → "bệnh bê ta thalassemia"
 */
export const greekLetterClass: SemioticClass = {
  name: 'greek-letter',
  pattern: new RegExp(`[${GREEK}]`, 'gu'),
  trigger: new RegExp(`[${GREEK}]`, 'u'),
  verbalize: (m) => ` ${GREEK_LETTER_NAMES[m[0]]} `,
};
