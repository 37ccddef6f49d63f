/**
 * Phone numbers, read digit by digit in their printed groups: "0905 123 456" →
 * "không chín không năm, một hai ba, bốn năm sáu"; hotlines "1900 1234", "+84 ...".
 */
import { PHONE_ABBREVIATIONS } from '../data/codes.js';
import { readDigits } from './cardinal.js';
import type { SemioticClass } from './types.js';

/** Words after which 111–116 is a service number, not an amount ("nhà số 115" is an address). */
const EMERGENCY_CUES = ['gọi ngay', 'gọi ngay số', 'quay số', 'bấm số', 'số khẩn cấp', 'gọi số', 'gọi vào số', 'gọi đến số', 'gọi tới số', 'gọi', 'tổng đài', 'đường dây nóng', 'hotline', 'đầu số', 'cấp cứu', 'cứu hỏa', 'cứu nạn', 'cảnh sát']
  .flatMap((cue) => [cue, cue[0].toUpperCase() + cue.slice(1)])
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Between two service numbers of a list. */
const EMERGENCY_LIST = String.raw`(?:,\s?|\s(?:hoặc|và|hay)\s)`;

const PATTERN = new RegExp(
  // The lookahead lets the engine skip positions that cannot start a phone number; each
  // alternative opens with its own cheap lookahead, so a digit that starts none fails at once.
  String.raw`(?=[+(\d])(?:` +
  [
    // Mobile and landline: 0 + 9–10 digits, grouped by spaces or dots, or +84.
    String.raw`(?=[+(0])(?<![\p{L}\p{N}.,])(?:\+84|\(\+84\)|\(0\d{2,3}\)|0)[\s-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}(?![\p{N}]|[.,-]\d)`,
    // Foreign numbers: "+81 80-3590-8168", "(+1) 202 555 0100", "+1.800.555.1234", an area code in
    // brackets "+1 (415) 555-0123" (a Vietnamese +84 is read above).
    String.raw`(?=[+(])(?<![\p{L}\p{N}.,])\(?\+(?!84)(?<cc>[1-9]\d{0,2})\)?[\s.-]?(?:\(\d{1,4}\)|\d{1,4})(?:[\s.-]\d{2,4}){1,4}(?![\p{N}]|[.,-]\d)`,
    // Card numbers: four groups of four digits, "4111 2222 3333 4444", "1234-5678-9012-3456".
    String.raw`(?=\d)(?<![\p{L}\p{N}.,])(?<card>\d{4}(?<sep>[ -])\d{4}\k<sep>\d{4}\k<sep>\d{4})(?![\p{N}]|[.,-]\d)`,
    // Hotlines 1800/1900 + 4–6 digits.
    String.raw`(?=1)(?<![\p{L}\p{N}.,])1[89]00[\s.]?\d{3,4}(?:[\s.]?\d{2,3})?(?![\p{N}]|[.,]\d)`,
    // Emergency numbers 111–116 after a calling word or service: "gọi 113", "Cấp cứu 115", "113/114/115".
    // The cue is looked for behind the digits, so only a "1" starts the costly part.
    String.raw`(?=11[1-6])(?<=(?:^|[\s(,;:])(?:${EMERGENCY_CUES})\s)(?<service>11[1-6](?:\/11[1-6])*)(?![\p{N}]|[.,]\d)`,
    // …and the rest of a list they start: "gọi 113, 114 hoặc 115".
    String.raw`(?=11[1-6])(?<=(?:${EMERGENCY_CUES})\s11[1-6](?:${EMERGENCY_LIST}11[1-6])*${EMERGENCY_LIST})(?<listed>11[1-6])(?![\p{N}]|[.,]\d)`,
  ].join('|') + ')',
  'gu',
);

/**
 * @example verbalize "gọi 0905 123 456" → "gọi không chín không năm, một hai ba, bốn năm sáu"
 */
export const phoneClass: SemioticClass = {
  name: 'phone',
  needsDigits: true,
  pattern: PATTERN,
  // A phone number starts with 0, +84, a bracket, 1800/1900, or is an emergency number.
  trigger: /(?:^|[^\d.,])(?:0\d|\+\d|\(|1[89]00)|11[1-6]|\d{4}[ -]\d{4}[ -]\d{4}/,
  verbalize(m) {
    const g = m.groups ?? {};
    if (g.service) return g.service.split('/').map(readDigits).join(', ');
    if (g.listed) return readDigits(g.listed);
    const raw = m[0];
    if (g.cc) return readForeign(raw, g.cc);
    if (g.card) return readCard(g.card);
    const digits = raw.replace(/\D/g, '');
    // Vietnamese numbers have 10 digits (11 for old landlines, +84 drops the 0); hotlines 8–10.
    const international = raw.startsWith('+') || raw.startsWith('(+');
    const national = international ? digits.length >= 10 && digits.length <= 12 : digits.length >= 10 && digits.length <= 11;
    const hotline = raw.startsWith('1') && digits.length >= 8;
    if (!national && !hotline) return undefined;
    const groups = raw.replace(/^\(?\+84\)?/, '+84 ').replace(/[()]/g, ' ').split(/[\s.-]+/).filter(Boolean);
    return groups.map((g) => (g === '+84' ? 'cộng tám tư' : readDigits(g))).join(', ');
  },
};

/** "+81 80-3590-8168" → "cộng tám một, tám không, ba năm chín không, …": country code, then each group. */
function readForeign(raw: string, cc: string): string | undefined {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return undefined;
  const groups = raw.replace(/^\(?\+\d+\)?/, '').split(/[\s.-]+/).filter(Boolean);
  return [`cộng ${readDigits(cc)}`, ...groups.map(readDigits)].join(', ');
}

/** Four groups of years ("2020-2021-2022-2023") are a list of years, not a card. */
const YEAR = /^(?:19|20)\d\d$/;

/** "4111 2222 3333 4444" → "bốn một một một, hai hai hai hai, …", group by group. */
function readCard(card: string): string | undefined {
  const groups = card.split(/[ -]/);
  return groups.every((g) => YEAR.test(g)) ? undefined : groups.map(readDigits).join(', ');
}

const CUES = Object.keys(PHONE_ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|');

/**
 * "ĐT 0905 123 456", "ĐT: (0269) 382…", "SĐT 0912…": the abbreviation before a phone number
 * is "điện thoại" (elsewhere "ĐT" is đội tuyển or đường tỉnh). Runs before the phone class,
 * while the number is still digits.
 * @example verbalize "ĐT 0905 123 456" → "điện thoại 0905 123 456"
 */
export const phoneCueClass: SemioticClass = {
  name: 'phone-cue',
  needsDigits: true,
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CUES})(?=\.?\s?:?\s?(?:\+84|\(\+?\d|0\d|1[89]00))`, 'gu'),
  trigger: new RegExp(`(?:${CUES})\\.?\\s?:?\\s?[+(01]`),
  verbalize: (m) => PHONE_ABBREVIATIONS[m[0]],
};
