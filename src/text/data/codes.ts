/**
 * Words that say a number is a code or a phone number, read digit by digit ("mã số thuế
 * 5900123456" → "năm chín không không…"), not an amount ("2500000000 đồng" is a cardinal).
 * Lower case, as they stand after acronyms are expanded ("MST" → "mã số thuế").
 * Sources: Luật Quản lý thuế 2019 (mã số thuế), Luật Căn cước 2023 (số định danh),
 * Thông tư 39/2014/TT-NHNN (số tài khoản), press usage for hotlines and order codes.
 */
export const CODE_BEFORE: ReadonlySet<string> = new Set([
  'mã', 'mã số', 'mã số thuế', 'số tài khoản', 'tài khoản', 'tài khoản số', 'số hiệu', 'số định danh', 'định danh',
  'căn cước', 'căn cước công dân', 'chứng minh nhân dân', 'chứng minh thư', 'hộ chiếu', 'số hộ chiếu',
  'số điện thoại', 'điện thoại', 'hotline', 'đường dây nóng', 'tổng đài', 'số máy', 'imei', 'số seri', 'seri', 'serial',
  'mã vạch', 'mã đơn', 'mã vận đơn', 'mã bưu chính', 'mã bưu điện', 'số hợp đồng', 'mã hồ sơ', 'số hồ sơ', 'số lô',
  'mã giao dịch', 'mã doanh nghiệp', 'số báo danh', 'mã sinh viên', 'mã học sinh', 'mã hàng', 'mã sản phẩm',
  'mã ngành', 'mã trường', 'mã xét tuyển', 'mã nhóm ngành', 'mã tỉnh',
  'số khung', 'số máy', 'số thẻ',
  // Admissions codes (Thông tư 09/2022/TT-BGDĐT, danh mục ngành): "mã ngành 7480201", "mã xét tuyển 7720101".
  'mã ngành', 'mã trường', 'mã xét tuyển', 'mã số ngành', 'mã bệnh nhân', 'mã số bệnh nhân', 'mã chuyến bay',
  // Lottery results: the winning number is read digit by digit ("giải đặc biệt 12345").
  'giải đặc biệt', 'vé số', 'dãy số', 'số trúng thưởng', 'mã dự thưởng', 'vé trúng', 'thẻ số', 'mã thẻ', 'số sim', 'zalo', 'da lô', 'mã xác thực', 'mã otp', 'otp', 'mã pin',
  // "OTP" as the letter reader says it, before the digits are read ("mã OTP 123456").
  'ô tê pê', 'mã ô tê pê',
  // Customs: declaration numbers and HS tariff codes ("tờ khai số 105…", "mã HS 8703" after HS is spelled).
  'tờ khai', 'tờ khai số', 'số tờ khai', 'hải quan số', 'hát ét', 'mã hát ét', 'nhóm hát ét',
]);

/** Before a short number: a service line, said digit by digit ("tổng đài 1022", "đầu số 1900"). */
/**
 * Words after which even three or four digits are a code, never a count or a year: the case
 * numbers charity columns print ("gửi về Báo Dân trí, mã số 4567", "MS 2024.123").
 * Every entry starts with "mã": the cardinal class looks for that word first (cardinal-class.ts).
 */
export const SHORT_CODE_BEFORE: ReadonlySet<string> = new Set(['mã số', 'mã hồ sơ', 'mã bệnh nhân']);

export const HOTLINE_BEFORE: ReadonlySet<string> = new Set([
  'tổng đài', 'đường dây nóng', 'hotline', 'số điện thoại', 'đầu số', 'gọi số', 'gọi tổng đài', 'số máy lẻ',
]);

/**
 * Text-message short codes: "Soạn tin DK V120 gửi 191", "nhắn tin … gửi 9123": after "gửi" in a
 * sentence that sends a message (SMS_WORDS) the short code is said digit by digit.
 */
export const SMS_SEND_BEFORE: ReadonlySet<string> = new Set(['gửi', 'gửi đến', 'gửi tới', 'gửi về']);
/** Words that go on after a short code ("gửi 191 để đăng ký"); any other word is what a count counts. */
export const SMS_CODE_GOES_ON: ReadonlySet<string> = new Set(['để', 'hoặc', 'và', 'miễn', 'với', 'theo', 'từ', 'trước', 'sau', 'thì']);
export const SMS_WORDS = /(?:soạn|nhắn) tin|tin nhắn|(?:^|\s)(?:soạn|nhắn)\s|SMS|ét em ét|cú pháp/iu;

/**
 * Before a number: a phone number follows, so "ĐT 0905 123 456" is điện thoại (elsewhere
 * ĐT is đội tuyển or đường tỉnh).
 */
export const PHONE_CUES: ReadonlySet<string> = new Set([
  'gọi', 'liên hệ', 'liên lạc', 'hotline', 'số', 'số máy', 'điện thoại', 'di động', 'zalo', 'nhắn tin', 'sđt', 'fax', 'phách', 'da lô',
]);

/** Abbreviations that mean "phone" only next to a phone number ("ĐT 0905…"; "ĐT Việt Nam" is đội tuyển). */
export const PHONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ĐT: 'điện thoại', Đt: 'điện thoại', đt: 'điện thoại', ĐTDĐ: 'điện thoại di động', DĐ: 'di động', SĐT: 'số điện thoại',
  Tel: 'điện thoại', TEL: 'điện thoại', Hotline: 'hotline', Mobile: 'di động', Zalo: 'Zalo',
};

/**
 * Lottery prize names (xổ số kiến thiết tables, Vietlott): after "Giải nhất:", "giải đặc biệt
 * về", "G7:" the winning numbers are read digit by digit, as the draw announces them.
 */
export const LOTTERY_PRIZE = String.raw`(?:giải|G\.?)\s?(?:đặc biệt|ĐB|nhất|nhì|ba|tư|bốn|năm|sáu|bảy|tám)|G\.?[1-8]|giải\s[1-8]|ĐB`;

/** After a winning number: an amount or a count, so "giải nhất là 500 triệu" is not a draw. */
export const LOTTERY_NOT_BEFORE: ReadonlySet<string> = new Set([
  'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'đồng', 'usd', 'đô', 'vé', 'suất', 'người', 'lượt', 'giải', 'tờ', 'lần', 'kỳ',
]);

/**
 * Words that may follow a drawn number ("giải đặc biệt 12345 thuộc về…", "về 98765 và…"); any
 * other lower-case word after it is what a count counts ("Giải ba: 150 học sinh"), not a draw.
 */
export const DRAW_GOES_ON: ReadonlySet<string> = new Set([
  'và', 'thuộc', 'về', 'của', 'tại', 'ở', 'được', 'đã', 'là', 'trúng', 'cho', 'hoặc', 'mở', 'xổ',
]);
