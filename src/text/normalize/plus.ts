/**
 * A plus glued after a product or service name is part of the name, said "plus" as brands
 * say it ("Galaxy S24+", "QHD+", "Disney+", "Apple TV+"); a spaced or leading plus is left
 * to the symbol pass ("cộng"), a plus after a bare number too ("10.000+"), and one after a lone
 * letter ("điểm A+", "nhóm máu O+", "K+").
 */
import type { SemioticClass } from './types.js';

/** @example verbalize "màn hình QHD+" → "màn hình QHD plus" (the name is read by later classes) */
export const productPlusClass: SemioticClass = {
  name: 'product-plus',
  // The plus first, then the name behind it (a lookbehind tried at every position is slow).
  pattern: /\+(?<=(?:^|[\s(“"])[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\+)(?=$|[\s,.;:!?)”"])/gu,
  // A plain search for "+" first: a class-led pattern is tried at every position of every text.
  trigger: { test: (text: string) => text.includes('+') && /\p{L}\+|\p{Lu}\p{N}+\+/u.test(text) },
  // A lone letter is a grade, a blood group or a channel ("điểm A+", "nhóm máu O+", "K+"): "cộng".
  verbalize: (_m, { text, start }) => (LONE_LETTER_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ? undefined : ' plus'),
};

const LONE_LETTER_BEFORE = /(?:^|[\s(“"])(?:[A-Z]|AB)$/u;
