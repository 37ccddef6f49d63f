/**
 * Vietnamese names of Latin letters, used to spell unknown acronyms: "ATM" → "a tê em mờ".
 * Source: the Vietnamese alphabet as taught in schools (Bộ GD-ĐT, Thông tư 32/2018/TT-BGDĐT,
 * "bảng chữ cái tiếng Việt"), plus the usual press readings of F, J, W, Z.
 */
export const LETTER_NAMES: Readonly<Record<string, string>> = {
  A: 'a', Ă: 'á', Â: 'ớ', B: 'bê', C: 'xê', D: 'dê', Đ: 'đê', E: 'e', Ê: 'ê', F: 'ép', G: 'giê', H: 'hát', I: 'i',
  J: 'gi', K: 'ca', L: 'e lờ', M: 'em mờ', N: 'en nờ', O: 'o', Ô: 'ô', Ơ: 'ơ', P: 'pê', Q: 'quy', R: 'e rờ',
  S: 'ét', T: 'tê', U: 'u', Ư: 'ư', V: 'vê', W: 'vê kép', X: 'ích', Y: 'i dài', Z: 'dét',
};
