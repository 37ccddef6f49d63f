/**
 * What a bulletin says around its articles, as a newsreader of a provincial paper's morning
 * podcast says it. `{…}` are filled in; numbers stay digits, which the text front end reads
 * ("ngày 1 tháng 12 năm 2026" → "ngày một tháng mười hai năm hai nghìn không trăm hai mươi sáu",
 * "có 5 tin" → "có năm tin"; checked with `tts-reader normalize`).
 */
export const BULLETIN_PHRASES = {
  title: 'Bản tin sáng {weekday}, ngày {day} tháng {month} năm {year}',
  titleOfCategory: 'Bản tin {category} sáng {weekday}, ngày {day} tháng {month} năm {year}',
  greeting: 'Kính chào quý vị và các bạn.',
  count: 'Bản tin hôm nay có {count} tin.',
  /** Said before each article's title: one article, the first, those between, the last. */
  only: 'Tin chính hôm nay:',
  first: 'Tin đầu tiên:',
  next: 'Tin tiếp theo:',
  last: 'Và tin cuối cùng:',
  outro: 'Bản tin đến đây là kết thúc. Cảm ơn quý vị và các bạn đã lắng nghe.',
} as const;

/** Day names by `Date.getUTCDay()` (0 = Sunday), as written in a dateline. */
export const WEEKDAYS: readonly string[] = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
