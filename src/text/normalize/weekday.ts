/**
 * Spans of weekdays in notices and schedules: "thứ 2 - thứ 6", "thứ 2-6", "T2-T6", "T2 - CN", "từ T6 đến CN"
 * → "thứ hai đến thứ sáu", "thứ hai đến chủ nhật" (a spaced dash elsewhere is only a pause,
 * and "T2" alone is left to the month shorthand "T2/2024").
 */
import type { SemioticClass } from './types.js';

/** Weekdays by their printed number; Sunday is "CN" (chủ nhật). */
const WEEKDAYS: Readonly<Record<string, string>> = { 2: 'hai', 3: 'ba', 4: 'tư', 5: 'năm', 6: 'sáu', 7: 'bảy' };
const SUNDAY = /^(?:CN|[Cc]hủ nhật)$/;

const DAY = String.raw`(?:[Tt]hứ\s?|T)([2-7])`;
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${DAY}(\s?[-–]\s?|\s(?:đến|tới)\s)(?:${DAY}|([2-7])|(CN|[Cc]hủ nhật))(?![\p{L}\p{N}]|\/\d)`,
  'gu',
);

const YEAR_AFTER = /^ (?:năm )?\d{4}(?!\d)/;

const day = (n: string): string => `thứ ${WEEKDAYS[n]}`;

/** @example verbalize "từ thứ 2 - thứ 6" → "từ thứ hai đến thứ sáu" */
export const weekdaySpanClass: SemioticClass = {
  name: 'weekday-span',
  needsDigits: true,
  pattern: PATTERN,
  trigger: /(?:thứ\s?|T)[2-7](?:\s?[-–]|\s(?:đến|tới)\s)/i,
  verbalize(m, { text, end }) {
    const [first, joint, second, bare, sunday] = [m[1], m[2], m[3], m[4], m[5]];
    // "từ T6 đến CN": the printed word stays; "thứ 2 đến thứ 6" is read by the ordinals already.
    const word = /\p{L}/u.test(joint) ? joint.trim() : 'đến';
    if (/\p{L}/u.test(joint) && bare) return undefined;
    // "T2-6" is not printed; "thứ 2-6" is.
    if (bare && m[0][0] === 'T') return undefined;
    // "giai đoạn T2-T4 năm 2025": months of a year, not weekdays.
    if (m[0][0] === 'T' && YEAR_AFTER.test(text.slice(end, end + 10))) return undefined;
    const last = sunday && SUNDAY.test(sunday) ? 'chủ nhật' : day(second ?? bare);
    if (Number(second ?? bare ?? 8) <= Number(first)) return undefined;
    return `${day(first)} ${word} ${last}`;
  },
};

/** A weekday printed by its number ("thứ 7", "T7") or by its word ("thứ Bảy"). */
const LIST_DAY = String.raw`(?:(?:[Tt]hứ\s?|T)[2-7]|[Tt]hứ\s(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy))`;
const LIST_JOINT = String.raw`(?:,\s?|\s(?:và|hoặc)\s)`;
const LIST_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${LIST_DAY}(?:${LIST_JOINT}${LIST_DAY})*${LIST_JOINT}CN(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * Weekdays listed up to Sunday: "T7, CN", "thứ 7 và CN", "T2, T4, T6 và CN" → "thứ bảy, chủ
 * nhật" (CN alone is công nghiệp; after a weekday it is Sunday, and the T-days are weekdays).
 * @example verbalize "mở cửa T7, CN" → "mở cửa thứ bảy, chủ nhật"
 */
export const weekdayListClass: SemioticClass = {
  name: 'weekday-list',
  pattern: LIST_PATTERN,
  trigger: /CN/,
  verbalize: (m) =>
    m[0].replace(/(?:[Tt]hứ\s?|T)([2-7])/g, (_, n: string) => day(n)).replace(/CN$/, 'chủ nhật'),
};
