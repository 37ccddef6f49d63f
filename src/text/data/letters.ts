/**
 * Vietnamese names of letters, used for initials ("Nguyễn Văn K." → "ca"), single letters
 * ("chữ D", "vitamin B", "điểm b khoản 2"), codes ("10A2") and unknown acronyms ("ATM" →
 * "a tê em mờ"). One reading per letter, the one VTV/VOV newsreaders use for acronyms.
 * Source: the alphabet as taught in schools (Thông tư 32/2018/TT-BGDĐT, "bảng chữ cái"),
 * with the press readings of the Latin letters Vietnamese lacks (F, J, W, Z).
 *
 * | letter | reading | also heard |          | letter | reading | also heard |
 * |---|---|---|---|---|---|---|
 * | A | a | | | N | en nờ | nờ |
 * | B | bê | bờ | | O | o | |
 * | C | xê | cờ | | P | pê | pờ |
 * | D | đê | dê, dờ | | Q | quy | cu |
 * | Đ | đê | đờ | | R | e rờ | rờ |
 * | E | e | | | S | ét | ét xì, sờ |
 * | F | ép | ép phờ | | T | tê | tờ |
 * | G | giê | gờ | | U | u | |
 * | H | hát | hắt, hờ | | V | vê | vờ |
 * | I | i | i ngắn | | W | vê kép | đắp liu, đúp lơ vê |
 * | J | gi | giây | | X | ích | ích xì, xờ |
 * | K | ca | | | Y | i dài | i |
 * | L | e lờ | lờ | | Z | dét | giét |
 * | M | em mờ | mờ | | Ă Â Ê Ô Ơ Ư | á ớ ê ô ơ ư | |
 */
export const LETTER_NAMES: Readonly<Record<string, string>> = {
  A: 'a', Ă: 'á', Â: 'ớ', B: 'bê', C: 'xê', D: 'đê', Đ: 'đê', E: 'e', Ê: 'ê', F: 'ép', G: 'giê', H: 'hát', I: 'i',
  J: 'gi', K: 'ca', L: 'e lờ', M: 'em mờ', N: 'en nờ', O: 'o', Ô: 'ô', Ơ: 'ơ', P: 'pê', Q: 'quy', R: 'e rờ',
  S: 'ét', T: 'tê', U: 'u', Ư: 'ư', V: 'vê', W: 'vê kép', X: 'ích', Y: 'i dài', Z: 'dét',
};

/**
 * Greek letters as printed in health, science and finance news ("tia α", "biến chủng
 * Delta", "hệ số β"), said as Vietnamese speakers say them.
 */
export const GREEK_LETTER_NAMES: Readonly<Record<string, string>> = {
  α: 'an pha', β: 'bê ta', γ: 'gam ma', δ: 'đen ta', Δ: 'đen ta', ε: 'ép xi lon', θ: 'tê ta', λ: 'lam đa',
  μ: 'muy', µ: 'muy', π: 'pi', σ: 'xích ma', Σ: 'xích ma', τ: 'tô', φ: 'phi', ω: 'ô mê ga', Ω: 'ô mê ga',
};

/**
 * Initials written with two or three letters for one Vietnamese consonant ("ông Th.", "chị
 * Ng.", "bị can Kh."): said as the consonant is named in schools' phonics ("thờ", "ngờ",
 * "khờ"), not letter by letter ("tê hát"; "ca hát" would be a word).
 */
export const DIGRAPH_INITIAL_NAMES: Readonly<Record<string, string>> = {
  Ch: 'chờ', Gh: 'gờ', Gi: 'giờ', Kh: 'khờ', Ng: 'ngờ', Ngh: 'ngờ', Nh: 'nhờ', Ph: 'phờ', Qu: 'quờ', Th: 'thờ', Tr: 'trờ',
};
export const DIGRAPH_INITIALS: readonly string[] = Object.keys(DIGRAPH_INITIAL_NAMES);

/**
 * Administrative prefixes written as an abbreviation before a place name or a number
 * ("Q. Ba Đình", "P. Bến Thành", "tx. Tân Uyên", "kp. 4", "H. Ia Grai, T. Gia Lai"). Source: Luật Tổ chức chính
 * quyền địa phương 2015 (units) and press usage; keys are lower case.
 */
export const ADMIN_PREFIXES: Readonly<Record<string, string>> = {
  p: 'phường', q: 'quận', h: 'huyện', x: 'xã', t: 'tỉnh', tp: 'thành phố', tx: 'thị xã', tt: 'thị trấn', kp: 'khu phố',
};
/**
 * The prefixes whose units are numbered ("Q.1", "P. 12", "kp. 4"). Districts and communes
 * are not, so "H. 12" is an initial before a count ("tuyên phạt H. 12 năm tù"), not "huyện".
 */
export const NUMBERED_PREFIXES: ReadonlySet<string> = new Set(['p', 'q', 'kp']);

/**
 * "Y" is the word y (medicine), not the letter, in school and body names ("Trường ĐH Y Hà
 * Nội", "ngành Y", "Y Dược", "Sở Y tế"): the words before it, and the words after it.
 */
export const Y_WORD_BEFORE: ReadonlySet<string> = new Set([
  'đh', 'đại học', 'trường', 'học viện', 'ngành', 'khoa', 'cao đẳng', 'cđ', 'trung cấp', 'sở', 'bộ', 'viện', 'giới', 'nền',
]);
export const Y_WORD_AFTER: ReadonlySet<string> = new Set(['dược', 'khoa', 'tế', 'học', 'sinh', 'tá', 'sĩ', 'đức', 'bác']);

/**
 * Blood groups in hospital and blood-drive news: "nhóm máu O Rh(-)", "Rh+". The Rhesus factor
 * is said "rê sút", its sign as the word for it (Viện Huyết học - Truyền máu TƯ: "Rh âm").
 */
export const RHESUS_READING = 'rê sút';
export const RHESUS_SIGNS: Readonly<Record<string, string>> = { '-': 'âm', '−': 'âm', '+': 'dương' };
