/**
 * Acronyms that look like Vietnamese syllables but stay acronyms even in text written in
 * capitals: in "EU CẤM NHẬP KHẨU" or "DỰ ÁN BOT" they are not the words "eu", "bót". Every
 * other syllable-shaped token in a capitalised headline is read as a word ("AI LÀ TRIỆU
 * PHÚ", "CA SĨ"). Chosen from the single-token lexicon entries that pass the syllable test
 * (see tests/text/caps.test.ts), keeping those whose word reading is rare in headlines.
 */
export const CAPS_ACRONYMS: ReadonlySet<string> = new Set([
  'EU', 'UN', 'IT', 'BOT', 'COP', 'CAT', 'VIP', 'RON', 'MU', 'SIM',
]);

/**
 * Acronyms that look like syllables and are acronyms only before certain words in text
 * written in capitals: "CA TỈNH GIA LAI" is công an tỉnh, "CA SĨ" stays the word ca. The
 * set lists the following word (lower case) that makes the token an acronym.
 */
export const CAPS_ACRONYMS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // Police units are named by their administrative level (Luật Công an nhân dân 2018, Điều 17).
  ['CA', new Set(['tỉnh', 'tp', 'thành', 'huyện', 'quận', 'xã', 'phường', 'thị', 'tx', 'tt', 'tphcm', 'tp.hcm'])],
  // Thi hành án is named by its kind or level ("CỤC THA DÂN SỰ"); "THA BỔNG", "THA THỨ" are the word tha.
  ['THA', new Set(['dân', 'hình', 'tỉnh', 'tp', 'thành', 'huyện', 'quận', 'thị', 'tx', 'quân', 'khu', 'vụ'])],
]);

/**
 * Kickers printed in capitals in brackets before a headline ("[VIDEO] …", "(CLIP) …",
 * "[INFOGRAPHIC] …"): said as words. Other bracketed capitals there are agency tags or
 * acronyms ("(PLO)-", "(TTXVN)") and stay for the acronym classes.
 */
export const KICKER_WORDS: ReadonlySet<string> = new Set([
  'VIDEO', 'CLIP', 'LIVE', 'PHOTO', 'PHOTOS', 'INFOGRAPHIC', 'INFOGRAPHICS', 'PODCAST', 'EMAGAZINE', 'MAGAZINE', 'HOT',
  'NEW', 'GALLERY', 'LONGFORM', 'INTERACTIVE', 'MEGASTORY', 'TRAILER', 'TEASER', 'REVIEW', 'UPDATE', 'BREAKING',
]);
