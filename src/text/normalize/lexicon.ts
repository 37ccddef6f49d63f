/**
 * Whole-word lexicon lookups: the editors' site lexicon (applied first, so it can override
 * any built-in rule), the foreign-word respellings for the offline engines (applied right
 * after it, on request) and the built-in multi-word phrases ("TP. HCM", "AFF Cup").
 */
import type { Lexicon } from '../types.js';
import { ABBREVIATION_PHRASES, ABBREVIATIONS } from '../data/abbreviations.js';
import { FOREIGN_RESPELLINGS } from '../data/respellings.js';
import { toAlternation } from './alternation.js';
import type { SemioticClass } from './types.js';

/** Escapes a character for use inside a character class. */
const escapeInClass = (ch: string): string => ch.replace(/[\]\\^-]/g, '\\$&');

/**
 * Builds a class that replaces each key of `entries` when it stands as a whole word.
 * `wholeToken`: the key must not be glued to more of a code ("Bộ GD" is not read inside "Bộ GD&ĐT");
 * a string instead lists the glue characters that make a longer token (a character class body).
 */
export function makeLexiconClass(
  name: string,
  entries: ReadonlyMap<string, string>,
  wholeToken: boolean | string = false,
): SemioticClass | undefined {
  if (entries.size === 0) return undefined;
  const keys = [...entries.keys()].sort((a, b) => b.length - a.length);
  // A lookahead on the keys' first letters lets the engine skip most positions cheaply.
  const first = [...new Set(keys.map((k) => String.fromCodePoint(k.codePointAt(0) as number)))].map(escapeInClass).join('');
  const pattern = new RegExp(
    // A short ASCII lookbehind for the word start: a Unicode-property one at every candidate letter is slow.
    String.raw`(?=[${first}])(?<=^|[\s(\[{"“'‘/:;,.!?…–—+*#-])(?:${toAlternation(keys)})(?![\p{L}\p{N}]${wholeToken ? `|[${wholeToken === true ? '&.\\-/' : wholeToken}][\\p{L}\\p{N}]` : ''})`,
    'gu',
  );
  return { name, pattern, verbalize: (m, ctx) => withFinalDot(m[0], entries.get(m[0]), ctx.text.slice(ctx.end)) };
}

const SENTENCE_END = /^["”’')\]]*\s*$/;

/** A key's own dot at the sentence end is also the full stop: "…, tiêu v.v." → "… vân vân.". */
function withFinalDot(key: string, reading: string | undefined, after: string): string | undefined {
  return reading !== undefined && key.endsWith('.') && !reading.endsWith('.') && SENTENCE_END.test(after) ? `${reading}.` : reading;
}

// One compiled class per lexicon object: the same site lexicon is reused across sentences.
const compiled = new WeakMap<Lexicon, SemioticClass | undefined>();

/**
 * The site lexicon as a class (cached per lexicon object).
 * @example siteLexiconClass({ Pleiku: 'Plây Cu' }) verbalizes "Pleiku" → "Plây Cu"
 */
export function siteLexiconClass(lexicon: Lexicon): SemioticClass | undefined {
  if (!compiled.has(lexicon)) {
    const entries = new Map(Object.entries(lexicon).filter(([k, v]) => k.trim() !== '' && typeof v === 'string'));
    compiled.set(lexicon, makeLexiconClass('site-lexicon', entries));
  }
  return compiled.get(lexicon);
}

/** Built-in phrases with spaces, e.g. "TP. HCM" → "thành phố hồ chí minh". */
export const phraseClass = makeLexiconClass('phrase', ABBREVIATION_PHRASES, true) as SemioticClass;

/** The respelled words, each also in capitals for headlines ("FACEBOOK"), unless a key is written that way. */
export const FOREIGN_WORDS: ReadonlyMap<string, string> = (() => {
  const map = new Map(Object.entries(FOREIGN_RESPELLINGS));
  for (const [key, value] of Object.entries(FOREIGN_RESPELLINGS)) {
    const upper = key.toUpperCase();
    if (!map.has(upper) && /\p{L}{2}/u.test(key)) map.set(upper, value);
  }
  return map;
})();

/**
 * Abbreviation entries whose reading keeps a respelled word as written ("VN-Index" vê en
 * Index, "AFF Cup" a ép ép Cup, "EUR" euro), with that word respelled ("vê en in đéc"): the
 * respelling class reads them whole, before the word alone would be taken out of the code.
 */
function respelledEntries(): Map<string, string> {
  const derived = new Map<string, string>();
  for (const table of [ABBREVIATIONS, ABBREVIATION_PHRASES]) {
    for (const [key, reading] of table) {
      const words = reading.split(' ');
      if (FOREIGN_WORDS.has(key) || !words.some((w) => FOREIGN_WORDS.has(w))) continue;
      derived.set(key, words.map((w) => FOREIGN_WORDS.get(w) ?? w).join(' '));
    }
  }
  return new Map([...FOREIGN_WORDS, ...derived]);
}

/**
 * Foreign words, brands and acronyms said as words, respelled in Vietnamese sounds for
 * engines that cannot read English (data/respellings.ts): "YouTube" → "diu túp",
 * "VN-Index" → "vê en in đéc". Applied only with `respellForeign`.
 */
// Not inside an address or a dotted code ("Google.com", "email@…"; "V.League" is a key of its own); a
// word glued by a dash or a slash is still the word ("ChatGPT-4o", "UPCoM-Index", "EUR/USD").
export const foreignRespellingClass = makeLexiconClass('foreign-respelling', respelledEntries(), '.&@') as SemioticClass;

const FOREIGN_PATTERN = (makeLexiconClass('foreign-word', FOREIGN_WORDS, true) as SemioticClass).pattern;
const LONGEST_FOREIGN = Math.max(...[...FOREIGN_WORDS.keys()].map((k) => k.length));

/** Is `token` itself an entry of the respelling table (not just inside one)? */
export function isForeignEntry(token: string): boolean {
  return FOREIGN_WORDS.has(token);
}

/**
 * True when `text.slice(start, end)` lies inside a foreign word of the respelling table
 * ("ASEAN", the "SEA" of "SEA Games"): by default it is left as written, so the acronym
 * and letter readers leave it alone.
 */
export function isForeignWord(text: string, start: number, end: number): boolean {
  if (FOREIGN_WORDS.has(text.slice(start, end))) return true;
  const pattern = FOREIGN_PATTERN; // used synchronously, so one compiled pattern serves every call
  pattern.lastIndex = Math.max(0, start - LONGEST_FOREIGN);
  for (let m = pattern.exec(text); m !== null && m.index <= start; m = pattern.exec(text)) {
    if (m.index + m[0].length >= end) return true;
  }
  return false;
}
