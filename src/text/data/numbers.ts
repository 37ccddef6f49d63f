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

/** Month names that differ from the plain cardinal: "tháng 4" → "tháng tư". */
export const MONTH_EXCEPTIONS: Readonly<Record<number, string>> = { 4: 'tư' };

/** Days 1–10 take "mùng" in Vietnamese dates: "2/9" → "mùng hai tháng chín". */
export const DAY_PREFIX_MAX = 10;
export const DAY_PREFIX = 'mùng';

export const DECIMAL_SEPARATOR_WORD = 'phẩy';
export const MINUS_WORD = 'âm';
