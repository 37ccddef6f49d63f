/**
 * The shape of a Vietnamese syllable: onset + rhyme + tone. Used to tell a word written in
 * capitals ("ĐI", "GIA LAI") from an acronym ("CSGT", "HAGL"). Rhymes are written without
 * the tone mark (vowel quality marks kept: ă â ê ô ơ ư). Source: the rhyme table of the
 * Tiếng Việt 1 textbook (vần) and Đoàn Thiện Thuật, Ngữ âm tiếng Việt (2003), ch. 4.
 */

/** Initial consonants as spelled (longest first when matching). */
export const ONSETS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

/** Every rhyme (vần) as spelled, without tone. After "qu" the rhyme starts after the u. */
export const RHYMES: readonly string[] = [
  'a', 'ai', 'ao', 'au', 'ay', 'am', 'an', 'ang', 'anh', 'ap', 'at', 'ac', 'ach',
  'ăm', 'ăn', 'ăng', 'ăp', 'ăt', 'ăc',
  'âu', 'ây', 'âm', 'ân', 'âng', 'âp', 'ât', 'âc',
  'e', 'eo', 'em', 'en', 'eng', 'ep', 'et', 'ec',
  'ê', 'êu', 'êm', 'ên', 'ênh', 'êp', 'êt', 'êch',
  'i', 'ia', 'iu', 'im', 'in', 'inh', 'ip', 'it', 'ich',
  'iêu', 'iêm', 'iên', 'iêng', 'iêp', 'iêt', 'iêc',
  'o', 'oi', 'om', 'on', 'ong', 'op', 'ot', 'oc', 'oong', 'ooc',
  'oa', 'oai', 'oao', 'oay', 'oam', 'oan', 'oang', 'oanh', 'oap', 'oat', 'oac', 'oach',
  'oăm', 'oăn', 'oăng', 'oăt', 'oăc',
  'oe', 'oeo', 'oen', 'oet',
  'ô', 'ôi', 'ôm', 'ôn', 'ông', 'ôp', 'ôt', 'ôc',
  'ơ', 'ơi', 'ơm', 'ơn', 'ơp', 'ơt',
  'u', 'ua', 'ui', 'um', 'un', 'ung', 'up', 'ut', 'uc',
  'uân', 'uâng', 'uât', 'uây',
  'uê', 'uêch', 'uênh',
  'uôi', 'uôm', 'uôn', 'uông', 'uôt', 'uôc',
  'uơ', 'uy', 'uya', 'uyu', 'uych', 'uynh', 'uyt', 'uyên', 'uyêt',
  'ư', 'ưa', 'ưi', 'ưu', 'ưm', 'ưn', 'ưng', 'ưt', 'ưc',
  'ươi', 'ươu', 'ươm', 'ươn', 'ương', 'ươp', 'ươt', 'ươc',
  'y', 'yêu', 'yêm', 'yên', 'yêt', 'ynh', 'yt', 'ych', 'yu',
];

/** Rhymes spelled with y that occur only after "qu" ("quỳnh", "quýt"; elsewhere "uynh", "uyt"). */
export const QU_ONLY_RHYMES: readonly string[] = ['ynh', 'yt', 'ych', 'yu'];

/** Codas after which only the sắc and nặng tones occur ("cấp", "học"; never "cap" with huyền). */
export const STOP_CODAS: readonly string[] = ['p', 't', 'c', 'ch'];

/**
 * Syllables of Central Highlands place names spelled outside the Kinh rules (k before o,
 * a final k), as printed in headlines without marks: "KON TUM", "DAK LAK", "KON PLONG".
 */
export const HIGHLAND_SYLLABLES: ReadonlySet<string> = new Set(['kon', 'dak', 'lak', 'krong', 'mang', 'plong']);
