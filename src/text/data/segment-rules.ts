/**
 * Language data for the sentence splitter (segment.ts), as printed in Vietnamese news
 * (VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí, VTV, Báo Gia Lai).
 */
import { ADMIN_PREFIXES } from './letters.js';

/** Place prefixes of two letters or more in every case: "tx. Tân Uyên", "Tp. Hồ Chí Minh", "KP. 4". */
export const PLACE_PREFIXES: readonly string[] = Object.keys(ADMIN_PREFIXES)
  .filter((p) => p.length > 1)
  .flatMap((p) => [p, p.toUpperCase(), p[0].toUpperCase() + p.slice(1)]);

/** Signature authorities before the signer's office: "KT. Chủ tịch", "TM. Ban Thường vụ", "TL.", "TUQ.". */
export const SIGNATURE_MARKS: ReadonlySet<string> = new Set(['TM', 'KT', 'TL', 'TUQ']);

/**
 * Words after which a period does not end a sentence, even before a capital:
 * titles and place prefixes ("TP. Kon Tum", "TS. Phạm Thị Hà", "GS.TS. Nguyễn Văn A").
 * Compared case-sensitively with the word (or the dotted token) before the dot. They still
 * end it before a sentence opener ("…của UBND TP. Theo kế hoạch, …", see SENTENCE_OPENERS).
 * Company suffixes (Inc., Ltd., Corp.) are left out: they close a name, and usually a sentence;
 * "Co." goes on only before "Ltd" (NAME_PREFIXES). "vs." joins two sides ("Man City vs. Arsenal").
 * Source: the titles and places tables in data/abbreviations/ plus common Latin shorthand.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...PLACE_PREFIXES, 'P', 'Q', 'H', 'X', 'GS', 'PGS', 'TS', 'ThS', 'Ths', 'TSKH', 'BS', 'Bs', 'KS', 'KTS',
  'LS', 'DS', 'NSND', 'NSƯT', 'NGƯT', 'NGND', 'TTND', 'TTƯT', 'NNND', 'NNƯT', 'CN', 'ĐD', 'Th', 'St', 'Mr', 'Mrs', 'Ms',
  'Dr', 'Prof', 'Co', 'No', 'Tel', 'Fax', 'Đ/c', 'đ/c', ...SIGNATURE_MARKS, 'Ts', 'Gs', 'Pgs', 'Ks', 'Ls', 'PV',
  'vs', 'Vs', 'NS', 'NCS', 'KTV', 'Lm', 'HT', 'ĐĐ', 'VS', 'AHLĐ', 'BSNT', 'BV', 'BVĐK',
  'BSCKI', 'BSCKII', 'CKI', 'CKII', 'CK1', 'CK2', 'BSCK1', 'BSCK2', 'TS.BS', 'ThS.BS', 'GS.TS', 'PGS.TS', 'GS.TSKH',
  'BS.CKI', 'BS.CKII', 'Th.S',
  'Nxb', 'NXB', 'tr', 'Tr', 'ĐT', 'Đt', 'đt',
]);

/**
 * Capitalised words that open a sentence in news and never start a place or a person's
 * name when a lower-case word follows them ("Theo kế hoạch", "Trong đó,", "Ông từng").
 * After an abbreviation ("…trình UBND TP. Hiện các sở…") such a word means the dot ended
 * the sentence; a place or name goes on in capitals ("TP. Hồ Chí Minh", "Q. Ba Đình").
 * Title heads are left out (OFFICE_HEADS): "Q. Chủ tịch" is an acting chairman (quyền chủ tịch).
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'Theo', 'Trong', 'Tại', 'Hiện', 'Sau', 'Trước', 'Ngoài', 'Đây', 'Đó', 'Điều', 'Việc', 'Các', 'Những', 'Nhiều',
  'Mỗi', 'Mọi', 'Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Cùng', 'Cũng', 'Khi', 'Nếu', 'Vì', 'Do', 'Để', 'Nhưng', 'Tuy',
  'Song', 'Riêng', 'Còn', 'Ngày', 'Sáng', 'Chiều', 'Tối', 'Đêm', 'Trưa', 'Hôm', 'Lúc', 'Tháng', 'Tuần', 'Dự', 'Kết',
  'Ông', 'Bà', 'Anh', 'Chị', 'Em', 'Cháu', 'Bên', 'Qua', 'Về', 'Với', 'Đồng', 'Giá', 'Nội', 'Người', 'Chúng', 'Tôi',
  'Họ', 'Thời', 'Từ', 'Đến', 'Ngay', 'Nhờ', 'Bởi', 'Thế', 'Như', 'Vậy', 'Thậm', 'Đặc', 'Mặc', 'Dù', 'Không', 'Chưa',
  'Đã', 'Đang', 'Sẽ', 'Vừa', 'Mới', 'Tất', 'Toàn', 'Hầu', 'Phần', 'Số', 'Lực', 'Cơ', 'Lãnh', 'Đoàn', 'Hội', 'Kể',
  'Gần', 'Khoảng', 'Hơn', 'Thông', 'Được', 'Bị', 'Có', 'Là', 'Này', 'Nay', 'Tiếp', 'Cuối', 'Đầu', 'Bước',
  'Tình', 'Dịp', 'Mục', 'Nguồn', 'Nhân', 'Chính', 'Ban', 'Sở', 'Bộ', 'Công', 'Vợ', 'Chồng', 'Gia', 'Mẹ', 'Bố',
  'Con', 'Hàng', 'Buổi', 'Cuộc', 'Lễ', 'Dịch', 'Ngành', 'Lượng', 'Vụ', 'Sự', 'Tai', 'Thiệt', 'Kế', 'Nhà', 'Xe',
  'Mức', 'Cán', 'Đề', 'Hoạt', 'Hệ', 'Tỉnh', 'Huyện', 'Xã', 'Phường', 'Quận', 'Trận', 'Đội', 'Cầu', 'Phiên', 'Tòa',
]);

/**
 * Places of one syllable after a place prefix of two letters or more ("TP. Huế cho biết").
 * Any other Vietnamese word that goes on in lower case after "TP.", "TX.", "TT." opens a
 * sentence ("…gửi UBND TP. Thành phố sẽ…", "…Sở Y tế TP. Bộ Y tế cũng…"): place names are
 * capitalised syllable by syllable, and foreign ones ("TP. Paris đã…") are no Vietnamese
 * syllables. Titles are left out: after them a given name goes on ("TS. Thành cho biết").
 */
export const ONE_SYLLABLE_PLACES: ReadonlySet<string> = new Set(['Huế', 'Vinh', 'HUẾ', 'VINH', 'Hue']);

/**
 * Heads of an office's name that never start a place: after "TP.", "TX.", "TT." they open a
 * sentence even before a capital ("…lãnh đạo Sở Y tế TP. Bộ Y tế cũng…"). Not "Hội" (TP. Hội
 * An), "Ban" (Ban Mê Thuột) or "Thành" (TP. Thành Đô).
 */
export const OFFICE_NAME_HEADS: readonly string[] = ['Bộ', 'Sở', 'Cục', 'Viện', 'Bệnh', 'Tòa', 'Đảng', 'Công', 'Tỉnh'];

/**
 * Common Vietnamese surnames: an initial right after one is a middle name's, and the given
 * name follows ("chị Nguyễn T. Hà cho biết"), unless a sentence opener does ("…Lê H. Tại…").
 */
export const SURNAMES: ReadonlySet<string> = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Đinh', 'Đoàn', 'Lâm', 'Trương', 'Cao', 'Lương', 'Trịnh', 'Đào', 'Tạ', 'Quách', 'Châu', 'Tô', 'Mạc', 'Kiều',
]);

/**
 * Heads of an office or a title: after "TP." or "TS." they open a sentence ("…về UBND TP. Chủ
 * tịch UBND…"), after a one-letter prefix they are the title it heads ("Q. Chủ tịch" quyền chủ
 * tịch, "P. Giám đốc" phó giám đốc), so they are kept out of SENTENCE_OPENERS.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'Chủ', 'Bí', 'Phó', 'Giám', 'Trưởng', 'Thường', 'Ủy', 'Tổng', 'Thủ',
]);

/**
 * Words that say who spoke: a quote closed by a dash attribution in capitals ("…!” – Thủ
 * tướng nhấn mạnh.", "…” - Lan chia sẻ.") is one sentence with it. Matched as whole words.
 */
export const SPEECH_VERBS: readonly string[] = [
  'nói', 'cho biết', 'chia sẻ', 'khẳng định', 'nhấn mạnh', 'tâm sự', 'kể', 'bày tỏ', 'hỏi', 'đáp', 'trả lời',
  'giải thích', 'thừa nhận', 'nhận định', 'cho hay', 'bộc bạch', 'nhớ lại', 'tiết lộ', 'phát biểu', 'tuyên bố',
  'cảnh báo', 'nhận xét', 'đánh giá', 'lưu ý', 'khuyến cáo', 'viết', 'xác nhận', 'bình luận', 'cho rằng', 'phân tích',
  'quả quyết', 'thốt lên', 'than', 'kết luận', 'đề nghị', 'yêu cầu', 'chỉ đạo', 'trấn an', 'động viên', 'dặn',
];

/** Words that head a numbered line: "Điều 1. Phạm vi điều chỉnh", "Chương II. Quy định chung". */
export const LIST_HEADS: ReadonlySet<string> = new Set([
  'Điều', 'Chương', 'Mục', 'Phần', 'Bước', 'Câu', 'Bài', 'Khoản', 'ĐIỀU', 'CHƯƠNG', 'MỤC', 'PHẦN',
]);

/** Characters that close a sentence and stay with it: quotes and brackets. */
export const CLOSERS = new Set(['"', '\'', '”', '’', '»', ')', ']', '}']);

/**
 * Words that open an item of an address, the item before a one-letter prefix: after "H. Ia
 * Grai, " or "huyện Chư Păh, " the letter T is "tỉnh", not an initial ("…, T. Gia Lai").
 */
export const ADDRESS_ITEM_HEADS: readonly string[] = [
  ...Object.keys(ADMIN_PREFIXES).flatMap((p) => [`${p.toUpperCase()}.`, `${p[0].toUpperCase()}${p.slice(1)}.`, `${p}.`]),
  'xã', 'huyện', 'phường', 'quận', 'thị xã', 'thị trấn', 'thành phố', 'thôn', 'Thôn', 'làng', 'Làng', 'ấp', 'Ấp',
  'tổ', 'Tổ', 'khu phố', 'Khu phố', 'bản', 'Bản', 'buôn', 'Buôn', 'số', 'Số',
];

/**
 * How a lead-in before a colon ends when it announces a list: after "…cho thấy: 1." the
 * first item follows even when no second item does on the line ("Số bàn thắng: 3." is a value).
 */
export const LIST_LEADS: readonly string[] = [
  'gồm', 'sau', 'sau đây', 'cho thấy', 'nêu rõ', 'quy định', 'cụ thể', 'là', 'đó là', 'yêu cầu', 'đề nghị', 'kiến nghị',
  'chỉ đạo', 'thống nhất', 'lưu ý', 'khuyến cáo', 'kết luận', 'thông báo', 'đề ra', 'nhiệm vụ', 'giải pháp',
];

/**
 * Words before a degree named as a degree, not as a title before a name: "…có bằng ThS. Luận
 * văn của ông…", "…nhận học vị TS. Kết quả…". After them the degree goes on only before a name.
 */
export const DEGREE_WORDS: readonly string[] = ['bằng', 'học vị', 'học hàm', 'trình độ', 'tốt nghiệp', 'danh hiệu'];

/** Abbreviations of NON_FINAL_ABBREVIATIONS that go on only before a number: "tr. 45", "No. 1", "ĐT. 0269…". */
export const NUMBER_PREFIXES: ReadonlySet<string> = new Set(['tr', 'No', 'Tel', 'Fax', 'ĐT', 'Đt', 'đt']);

/**
 * Abbreviations of NON_FINAL_ABBREVIATIONS that go on only before a name, in capitals ("PV.
 * Hoàng Lan"), or a word of this list ("PV. Báo Gia Lai", "PV. Dân trí"); before a capitalised
 * word and a lower-case one they end the sentence ("…trao đổi với PV. Vợ ông cũng…", "…với
 * Toyota Motor Co. Toyota sẽ…", but "Co. Ltd.").
 */
export const NAME_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  Co: ['Ltd'],
  // Cử nhân before a full name; after a weekday it is chủ nhật ("…từ thứ Hai đến CN. Vé…").
  CN: [],
  // Bệnh viện before its name in capitals: "BV. Chợ Rẫy", not "…đến BV. Bác sĩ cho biết…".
  BV: [],
  BVĐK: [],
  PV: ['Báo', 'Đài', 'Tạp', 'Truyền', 'Dân', 'Thông', 'Tuổi', 'Lao', 'Tiền', 'Sài', 'Pháp', 'Nhân'],
};
