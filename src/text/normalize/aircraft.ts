/**
 * Aircraft models, as aviation desks and newsreaders say them: a Boeing's three digits one by
 * one ("Boeing 787-9" → "bảy tám bảy chín", "B737 MAX" → "bê bảy ba bảy"), an Airbus's family
 * digit and then its two-digit type ("A321neo" → "a ba hai mươi mốt neo", "A350-900" → "a ba năm
 * mươi chín trăm"), not an amount ("bảy trăm tám mươi bảy") nor a range ("747-400").
 * A bare "A321" or "B787" is a model only in aviation news (data/aviation.ts).
 */
import { AVIATION_WORDS } from '../data/aviation.js';
import { readCardinal, readDigits } from './cardinal.js';
import { spellLetters } from './spell.js';
import type { SemioticClass } from './types.js';

/** "Boeing 787", "B787", "A321" with a glued "neo"/"ceo" and a dashed variant ("-9", "-300ER"). */
const PATTERN =
  /(?<![\p{L}\p{N}])(?:(Boeing )|(B)|(A))(?:(?<=Boeing )(7[0-8]7)|(?<=B)(7[0-8]7)|(?<=A)(3[0-8]\d))(neo|ceo)?(?:-(\d{1,3}))?(?=[A-Z]{0,3}(?![\p{Ll}\p{N}]))/gu;

const inAviation = (text: string): boolean => {
  const lower = text.toLowerCase();
  return AVIATION_WORDS.some((w) => lower.includes(w));
};

/** "321" → "ba hai mươi mốt", "350" → "ba năm mươi", "300" → "ba trăm": the family, then the type. */
function readAirbusType(digits: string): string {
  if (digits.endsWith('00')) return readCardinal(digits);
  const type = digits.slice(1);
  return `${readDigits(digits[0])} ${type[0] === '0' ? readDigits(type) : readCardinal(type)}`;
}

/** @example verbalize "Boeing 787-10" → "Boeing bảy tám bảy mười" */
export const aircraftClass: SemioticClass = {
  name: 'aircraft',
  needsDigits: true,
  pattern: PATTERN,
  trigger: {
    test: (text: string) => /A3\d\d[cn]eo/.test(text) || (/(?:Boeing |\bB)7\d7|\bA3\d\d/.test(text) && inAviation(text)),
  },
  verbalize(m) {
    const [, boeing, b, , afterBoeing, afterB, airbus, suffix, variant] = m;
    const model = airbus ? `a ${readAirbusType(airbus)}` : `${boeing ? 'Boeing' : b && 'bê'} ${readDigits(afterBoeing ?? afterB)}`;
    return [model, suffix, variant && readCardinal(variant)].filter(Boolean).join(' ');
  },
};

/** "ATR72", "ATR 72-500": a turboprop's seat class is a number, glued or not ("a tê e rờ bảy mươi hai"). */
export const atrClass: SemioticClass = {
  name: 'aircraft',
  needsDigits: true,
  pattern: /(?<![\p{L}\p{N}])ATR ?(42|72)(?:-(\d{3}))?(?![\p{L}\p{N}])/gu,
  trigger: /ATR ?[47]2/,
  verbalize: (m) => [spellLetters('ATR'), readCardinal(m[1]), m[2] && readCardinal(m[2])].filter(Boolean).join(' '),
};
