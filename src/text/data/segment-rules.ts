/**
 * Language data for the sentence splitter (segment.ts), as printed in Vietnamese news
 * (VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí, VTV, Báo Gia Lai).
 */
import { ADMIN_PREFIXES } from './letters.js';

/** Place prefixes of two letters or more in every case: "tx. Tân Uyên", "Tp. Hồ Chí Minh", "KP. 4". */
const PLACE_PREFIXES = Object.keys(ADMIN_PREFIXES)
  .filter((p) => p.length > 1)
  .flatMap((p) => [p, p.toUpperCase(), p[0].toUpperCase() + p.slice(1)]);

/**
 * Words after which a period does not end a sentence, even before a capital:
 * titles and place prefixes ("TP. Kon Tum", "TS. Phạm Thị Hà", "GS.TS. Nguyễn Văn A").
 * Compared case-sensitively with the word (or the dotted token) before the dot. They still
 * end it before a sentence opener ("…của UBND TP. Theo kế hoạch, …", see SENTENCE_OPENERS).
 * Company suffixes (Inc., Ltd., Corp.) are left out: they close a name, and usually a sentence.
 * Source: the titles and places tables in data/abbreviations/ plus common Latin shorthand.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...PLACE_PREFIXES, 'P', 'Q', 'H', 'X', 'GS', 'PGS', 'TS', 'ThS', 'Ths', 'TSKH', 'BS', 'Bs', 'KS', 'KTS',
  'LS', 'DS', 'NSND', 'NSƯT', 'NGƯT', 'NGND', 'TTND', 'TTƯT', 'NNND', 'NNƯT', 'CN', 'ĐD', 'Th', 'St', 'Mr', 'Mrs', 'Ms',
  'Dr', 'Prof', 'Co', 'No', 'Tel', 'Fax', 'Đ/c', 'đ/c', 'TM', 'KT', 'TL', 'TUQ', 'Ts', 'Gs', 'Pgs', 'Ks', 'Ls', 'PV', 'BSCKI', 'BSCKII', 'CKI',
  'CKII', 'CK1', 'CK2', 'BSCK1', 'BSCK2', 'TS.BS', 'ThS.BS', 'GS.TS', 'PGS.TS', 'GS.TSKH', 'BS.CKI', 'BS.CKII', 'Th.S',
  'Nxb', 'NXB', 'tr', 'Tr', 'ĐT', 'Đt', 'đt',
]);

/**
 * Capitalised words that open a sentence in news and never start a place or a person's
 * name when a lower-case word follows them ("Theo kế hoạch", "Trong đó,", "Ông từng").
 * After an abbreviation ("…trình UBND TP. Hiện các sở…") such a word means the dot ended
 * the sentence; a place or name goes on in capitals ("TP. Hồ Chí Minh", "Q. Ba Đình").
 * Title heads are left out: "Q. Chủ tịch" is an acting chairman (quyền chủ tịch).
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'Theo', 'Trong', 'Tại', 'Hiện', 'Sau', 'Trước', 'Ngoài', 'Đây', 'Đó', 'Điều', 'Việc', 'Các', 'Những', 'Nhiều',
  'Mỗi', 'Mọi', 'Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Cùng', 'Cũng', 'Khi', 'Nếu', 'Vì', 'Do', 'Để', 'Nhưng', 'Tuy',
  'Song', 'Riêng', 'Còn', 'Ngày', 'Sáng', 'Chiều', 'Tối', 'Đêm', 'Trưa', 'Hôm', 'Lúc', 'Tháng', 'Tuần', 'Dự', 'Kết',
  'Ông', 'Bà', 'Anh', 'Chị', 'Em', 'Cháu', 'Bên', 'Qua', 'Về', 'Với', 'Đồng', 'Giá', 'Nội', 'Người', 'Chúng', 'Tôi',
  'Họ', 'Thời', 'Từ', 'Đến', 'Ngay', 'Nhờ', 'Bởi', 'Thế', 'Như', 'Vậy', 'Thậm', 'Đặc', 'Mặc', 'Dù', 'Không', 'Chưa',
  'Đã', 'Đang', 'Sẽ', 'Vừa', 'Mới', 'Tất', 'Toàn', 'Hầu', 'Phần', 'Số', 'Lực', 'Cơ', 'Lãnh', 'Đoàn', 'Hội', 'Kể',
  'Gần', 'Khoảng', 'Hơn', 'Thông', 'Được', 'Bị', 'Có', 'Là', 'Này', 'Nay', 'Tiếp', 'Cuối', 'Đầu', 'Bước',
  'Tình', 'Dịp', 'Mục', 'Nguồn', 'Nhân', 'Chính', 'Ban', 'Sở', 'Bộ', 'Công',
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
