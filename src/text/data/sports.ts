/**
 * Sports words that decide how a number pair is read: after "thắng", "tỷ số"… "2-1" is a
 * score ("hai - một"), not a date or a range. Gathered from match reports in Thể thao Việt
 * Nam, VnExpress Thể thao, Bóng đá and VTV Thể thao (football, futsal, tennis, volleyball,
 * badminton, basketball); lower case.
 */

/** In the clause before "2-1" (team names may stand between): a score, read "hai - một". */
export const SCORE_BEFORE: ReadonlySet<string> = new Set([
  'thắng', 'thua', 'hòa', 'hoà', 'tỷ số', 'tỉ số', 'cách biệt', 'với tỷ số', 'với tỉ số', 'thắng đậm', 'thua đậm',
  'đánh bại', 'vượt qua', 'cầm hòa', 'cầm hoà', 'chung cuộc', 'kết thúc', 'dẫn', 'dẫn trước', 'gỡ hòa', 'gỡ hoà',
  'thất bại', 'hiệp', 'đè bẹp', 'nhấn chìm', 'vùi dập', 'giành chiến thắng', 'thắng lợi', 'luân lưu', 'loạt luân lưu',
  'loạt sút', 'đá luân lưu', 'penalty', 'nâng tỷ số', 'nâng tỉ số', 'rút ngắn', 'quật ngã', 'hạ gục', 'thủng lưới',
  'ngược dòng', 'thắng ngược', 'thua ngược', 'để thua', 'bị cầm hòa', 'bị cầm hoà', 'set', 'ván', 'đại thắng',
  'thảm bại', 'hủy diệt', 'huỷ diệt', 'áp đảo', 'chiến thắng', 'trận thắng', 'trận thua', 'trận hòa', 'trận hoà',
  'tỉ số chung cuộc', 'tỷ số chung cuộc', 'sau loạt', 'vượt qua đối thủ', 'thắng sát nút', 'thắng nhọc',
  // Vote tallies read like scores: "Thượng viện bỏ phiếu 52-48", "biểu quyết 7-2" (yes–no, not a range).
  'bỏ phiếu', 'biểu quyết', 'tỷ lệ phiếu', 'tỉ lệ phiếu', 'với tỷ lệ phiếu', 'với số phiếu',
]);

/**
 * Right after "5-4": the pair is a score ("5-4 trên chấm luân lưu", "2-1 nghiêng về đội
 * khách", "1-1 sau 90 phút"). Matched against the start of the text after the pair.
 */
export const SCORE_AFTER: readonly string[] = [
  'trên chấm', 'trên loạt', 'sau loạt', 'luân lưu', 'sau hiệp', 'ở hiệp', 'trong hiệp', 'sau 90', 'sau 120',
  'nghiêng về', 'cho đội', 'trước đội', 'trên sân', 'penalty', 'pen', 'sau thời gian', 'ở set', 'sau set',
  'trong set', 'bàn thắng', 'ở lượt', 'lượt đi', 'lượt về', 'phạt đền', 'phản lưới',
];

/**
 * Words that make a sentence a match report: there a bare "2-1" with no date word and no
 * unit after it is a score. Only fairly specific words: "giải" or "bảng" alone are not.
 */
export const SPORTS_CONTEXT: readonly string[] = [
  'trận', 'trận đấu', 'bàn thắng', 'ghi bàn', 'bàn gỡ', 'hiệp một', 'hiệp hai', 'hiệp phụ', 'tỷ số', 'tỉ số',
  'đội tuyển', 'đội khách', 'đội chủ nhà', 'chủ nhà', 'câu lạc bộ', 'clb', 'hlv', 'huấn luyện viên', 'cầu thủ',
  'thủ môn', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'v-league', 'v.league', 'ngoại hạng', 'premier league', 'la liga',
  'champions league', 'lượt đi', 'lượt về', 'vòng bảng', 'chung kết', 'bán kết', 'tứ kết', 'vô địch', 'penalty',
  'phạt đền', 'luân lưu', 'sân nhà', 'sân khách', 'tay vợt', 'set', 'bóng chuyền', 'bóng rổ', 'futsal', 'cầu lông',
  'quần vợt', 'tennis', 'aff cup', 'sea games', 'world cup', 'asian cup', 'fc', 'u17', 'u19', 'u20', 'u21', 'u22', 'u23',
];

/**
 * Before a pair: a numbered part, so "Điều 5-7", "vòng 3-4" is a span, not a match result,
 * even between two capitalised names.
 */
export const NUMBERED_PART: ReadonlySet<string> = new Set([
  'điều', 'khoản', 'chương', 'mục', 'phần', 'tập', 'kỳ', 'bài', 'lớp', 'phòng', 'tầng', 'số', 'tổ', 'khu', 'đợt',
  'vòng', 'bảng', 'phụ', 'trang', 'câu', 'quận', 'phường', 'thôn', 'ấp', 'km', 'quốc', 'ql', 'khối', 'hạng', 'tuổi',
]);

/**
 * Words that follow a score in running text ("thắng 2-1 trước Thái Lan", "hòa 1-1 ở
 * lượt đi"). In a match report a pair with no score word is a score only when one of
 * these, punctuation or a name follows; a noun after it ("4-5 cầu thủ") makes it a range.
 */
export const SCORE_FOLLOWERS: ReadonlySet<string> = new Set([
  'trước', 'ở', 'tại', 'sau', 'trong', 'cho', 'nhờ', 'và', 'khi', 'để', 'qua', 'nghiêng', 'với', 'rồi', 'thì', 'là',
  'của', 'khép', 'giúp', 'đã', 'được', 'vào', 'ngay', 'chung', 'kết', 'đến', 'lên', 'xuống', 'thành',
]);

/**
 * Marks after a score or a minute in live coverage and match reports: "2-1 (pen)",
 * "Xuân Son 34' (p)", "(og)" for an own goal, "(aet)" after extra time.
 */
export const MATCH_MARKS: Readonly<Record<string, string>> = {
  pen: 'phạt đền', Pen: 'phạt đền', PEN: 'phạt đền', p: 'phạt đền', P: 'phạt đền', 'phạt đền': 'phạt đền',
  og: 'phản lưới nhà', OG: 'phản lưới nhà', 'o.g.': 'phản lưới nhà', 'phản lưới': 'phản lưới nhà',
  aet: 'sau hiệp phụ', AET: 'sau hiệp phụ', hp: 'sau hiệp phụ',
};

/**
 * Match statistics printed as pairs in live coverage ("Số cú sút: 12-8", "phạt góc 6-4",
 * "kiểm soát bóng 58% - 42%"): a pair after one of these, or after it and a colon, is
 * home–away, said with a pause, never a date or a range.
 */
export const MATCH_STATS: ReadonlySet<string> = new Set([
  'cú sút', 'số cú sút', 'sút', 'dứt điểm', 'sút trúng đích', 'trúng đích', 'đích', 'phạt góc', 'quả phạt góc',
  'việt vị', 'phạm lỗi', 'lỗi', 'thẻ vàng', 'thẻ đỏ', 'cứu thua', 'đường chuyền', 'chuyền bóng', 'kiểm soát bóng',
  'cầm bóng', 'tranh chấp', 'rê bóng', 'tắc bóng', 'đánh đầu', 'ném biên', 'sút xa', 'cơ hội',
]);
