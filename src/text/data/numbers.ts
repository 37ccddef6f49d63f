/**
 * Vietnamese number words as data (after NeMo's vi `digit.tsv`, `ties.tsv`, `magnitudes.tsv`).
 * Context variants (một/mốt, bốn/tư, năm/lăm, mười/mươi, linh) live here, not in code.
 */

/** 0–9 read alone: "7" → "bảy". */
export const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Units digit after "mươi" (tens ≥ 20): 21 "hai mươi mốt", 24 "hai mươi tư", 25 "hai mươi lăm". */
export const UNIT_AFTER_MUOI: Readonly<Record<number, string>> = { 1: 'mốt', 4: 'tư', 5: 'lăm' };

/** Units digit after "mười" (10–19): 15 "mười lăm"; 11 stays "mười một", 14 "mười bốn". */
export const UNIT_AFTER_MUOI_TEEN: Readonly<Record<number, string>> = { 5: 'lăm' };

export const TEN = 'mười';
export const TENS = 'mươi';
export const HUNDRED = 'trăm';
/** Read between hundreds and a units digit when the tens digit is 0: 105 "một trăm linh năm". */
export const ZERO_TENS = 'linh';
/** Read for an inner group whose hundreds digit is 0: 1.004 "một nghìn không trăm linh bốn". */
export const ZERO_HUNDREDS = 'không trăm';

/** Names of the 3-digit groups from the right; after "tỷ" the cycle repeats ("nghìn tỷ"). */
export const GROUP_SCALES = ['', 'nghìn', 'triệu'] as const;
export const BILLION = 'tỷ';

/** Ordinals that differ from cardinals: "thứ 1" → "thứ nhất", "thứ 4" → "thứ tư". */
export const ORDINAL_EXCEPTIONS: Readonly<Record<number, string>> = { 1: 'nhất', 4: 'tư' };

/** After "hạng", "giải": 1 nhất, 2 nhì, 4 tư ("hạng 1" → "hạng nhất", "giải 2" → "giải nhì"). */
export const RANK_EXCEPTIONS: Readonly<Record<number, string>> = { 1: 'nhất', 2: 'nhì', 4: 'tư' };

/**
 * After "hạng 4", "giải 2": a counted noun, so the number counts it ("khách sạn hạng 4 sao",
 * "giải 2 bài toán", "giải 1 triệu đồng") and is no rank.
 */
export const RANK_COUNTED_AFTER: ReadonlySet<string> = new Set([
  'sao', 'bài', 'câu', 'môn', 'triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'trăm', 'đồng', 'usd', 'người', 'đội', 'vụ', 'con',
  'chiếc', 'cái', 'tấn', 'kg', 'suất', 'phần', 'lượt', 'lần', 'vé', 'đề', 'phương', 'ẩn', 'hệ', 'dạng',
]);

/** Month names that differ from the plain cardinal: "tháng 4" → "tháng tư". */
export const MONTH_EXCEPTIONS: Readonly<Record<number, string>> = { 4: 'tư' };

/** Days 1–10 take "mùng" in Vietnamese dates: "2/9" → "mùng hai tháng chín". */
export const DAY_PREFIX_MAX = 10;
export const DAY_PREFIX = 'mùng';
/** Lunar months said by name after "tháng": "ngày 3 tháng Chạp" is mùng ba. */
export const LUNAR_MONTH_NAMES: readonly string[] = ['Giêng', 'Chạp'];
/**
 * Months written as capitalised number words, as obituaries and lunar dates print them ("ngày 5
 * tháng Mười Một", "tháng Tư"); only capitalised, so "5 tháng năm nay" stays a count.
 */
export const MONTH_WORD_NAMES: readonly string[] = [
  'Mười Một', 'Mười Hai', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Một',
];

export const DECIMAL_SEPARATOR_WORD = 'phẩy';
export const MINUS_WORD = 'âm';

/** Unicode vulgar fractions, as numerator and denominator ("½ giờ", "2¾ lần"). */
export const VULGAR_FRACTIONS: Readonly<Record<string, readonly [string, string]>> = {
  '½': ['1', '2'], '⅓': ['1', '3'], '⅔': ['2', '3'], '¼': ['1', '4'], '¾': ['3', '4'], '⅕': ['1', '5'], '⅖': ['2', '5'],
  '⅗': ['3', '5'], '⅘': ['4', '5'], '⅙': ['1', '6'], '⅚': ['5', '6'], '⅐': ['1', '7'], '⅛': ['1', '8'], '⅜': ['3', '8'],
  '⅝': ['5', '8'], '⅞': ['7', '8'], '⅑': ['1', '9'], '⅒': ['1', '10'],
};
