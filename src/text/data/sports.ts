/**
 * Sports words that decide how a number pair is read: after "thắng", "tỷ số"… "2-1" is a
 * score ("hai - một"), not a date or a range. Gathered from match reports in Thể thao Việt
 * Nam, VnExpress Thể thao and Bóng đá; lower case.
 */

/** Before "2-1": a score, read "hai - một". */
export const SCORE_BEFORE: ReadonlySet<string> = new Set([
  'thắng', 'thua', 'hòa', 'hoà', 'tỷ số', 'tỉ số', 'cách biệt', 'với tỷ số', 'với tỉ số', 'thắng đậm', 'thua đậm',
  'đánh bại', 'vượt qua', 'cầm hòa', 'cầm hoà', 'chung cuộc', 'kết thúc', 'dẫn', 'dẫn trước', 'gỡ hòa', 'thất bại',
  'hiệp', 'đè bẹp', 'nhấn chìm', 'vùi dập', 'giành chiến thắng', 'thắng lợi',
]);

