/**
 * Whole-word lexicon lookups: the editors' site lexicon (applied first, so it can override
 * any built-in rule) and the built-in multi-word phrases ("SEA Games", "TP. HCM").
 */
import type { Lexicon } from '../types.js';
import { ABBREVIATION_PHRASES } from '../data/abbreviations.js';
import { toAlternation } from './alternation.js';
import type { SemioticClass } from './types.js';

/** Escapes a character for use inside a character class. */
const escapeInClass = (ch: string): string => ch.replace(/[\]\\^-]/g, '\\$&');

/**
 * Builds a class that replaces each key of `entries` when it stands as a whole word.
 * `wholeToken`: the key must not be glued to more of a code ("Bộ GD" is not read inside "Bộ GD&ĐT").
 */
export function makeLexiconClass(
  name: string,
  entries: ReadonlyMap<string, string>,
  wholeToken = false,
): SemioticClass | undefined {
  if (entries.size === 0) return undefined;
  const keys = [...entries.keys()].sort((a, b) => b.length - a.length);
  // A lookahead on the keys' first letters lets the engine skip most positions cheaply.
  const first = [...new Set(keys.map((k) => String.fromCodePoint(k.codePointAt(0) as number)))].map(escapeInClass).join('');
  const pattern = new RegExp(
    // A short ASCII lookbehind for the word start: a Unicode-property one at every candidate letter is slow.
    String.raw`(?=[${first}])(?<=^|[\s(\[{"“'‘/:;,.!?…–—+*#-])(?:${toAlternation(keys)})(?![\p{L}\p{N}]${wholeToken ? '|[&.\\-/][\\p{L}\\p{N}]' : ''})`,
    'gu',
  );
  return { name, pattern, verbalize: (m) => entries.get(m[0]) };
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

/** Built-in phrases with spaces, e.g. "SEA Games" → "xi gêm". */
export const phraseClass = makeLexiconClass('phrase', ABBREVIATION_PHRASES, true) as SemioticClass;
