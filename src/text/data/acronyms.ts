/**
 * Acronyms that look like Vietnamese syllables but stay acronyms even in text written in
 * capitals: in "EU CẤM NHẬP KHẨU" or "DỰ ÁN BOT" they are not the words "eu", "bót". Every
 * other syllable-shaped token in a capitalised headline is read as a word ("AI LÀ TRIỆU
 * PHÚ", "CA SĨ"). Chosen from the single-token lexicon entries that pass the syllable test
 * (see tests/text/caps.test.ts), keeping those whose word reading is rare in headlines.
 */
export const CAPS_ACRONYMS: ReadonlySet<string> = new Set([
  'EU', 'UN', 'IT', 'BOT', 'COP', 'CAT', 'THA', 'VIP', 'RON', 'MU', 'SIM',
]);
