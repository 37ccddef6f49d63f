/**
 * Hashtags and handles in social-media news: the words run together in the tag are said
 * apart ("#SaveTheOcean" → "Save The Ocean", "#VietNam_VoDich" → "Viet Nam Vo Dich"), the
 * sign is not said ("@sontungmtp" is the account's name, not "a còng"); "#1" before a
 * number is "số" (a rank). E-mail addresses were read before (url.ts).
 */
import { ABBREVIATIONS } from '../data/abbreviations.js';
import type { SemioticClass } from './types.js';


const PATTERN = /(?<![\p{L}\p{N}&#])#(?<tag>[\p{L}\p{M}\p{N}_]+)|(?<![\p{L}\p{N}@.])@(?<handle>[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)/gu;

/** Splits a run-together tag at case changes and underscores: "VietNamVoDich" → "Viet Nam Vo Dich". */
export function splitTag(tag: string): string {
  return tag
    .replace(/_+/g, ' ')
    .replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')
    .replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .replace(/(\p{L})(?=\d)|(\d)(?=\p{L})/gu, '$1$2 ')
    .trim();
}

/** @example verbalize "Chiến dịch #SaveTheOcean" → "Chiến dịch Save The Ocean" */
export const hashtagClass: SemioticClass = {
  name: 'hashtag',
  pattern: PATTERN,
  trigger: /[#@]/,
  verbalize(m) {
    const handle = m.groups?.handle;
    if (handle) return splitTag(handle.replace(/\./g, ' '));
    const tag = m.groups?.tag as string;
    if (/^\d+$/.test(tag)) return `số ${tag}`;
    // "#TikTok": a name the lexicon knows is left whole for it, not split at its capitals.
    return ABBREVIATIONS.has(tag) ? tag : splitTag(tag);
  },
};
