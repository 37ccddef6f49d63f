/**
 * Currency symbols and money shorthand as printed in Vietnamese news, and what a newsreader
 * says. Symbols may stand before or after the amount ("$99", "25₫", "€5", "30¥").
 * Sources: Ngân hàng Nhà nước exchange-rate tables (Vietnamese currency names), press usage.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'đô la', US$: 'đô la mỹ', '€': 'ơ rô', '£': 'bảng anh', '¥': 'yên', '₫': 'đồng', '₩': 'uôn', '₹': 'ru pi',
  '₽': 'rúp', '₭': 'kíp', '฿': 'bạt', '₱': 'pê xô', '¢': 'xu', '₺': 'li ra', 'S$': 'đô la xinh ga po', 'A$': 'đô la úc',
  'C$': 'đô la ca na đa', 'HK$': 'đô la hồng kông', '₣': 'phrăng',
  // Prefixed dollars and the yuan as Asian and Pacific news prints them, and the bitcoin sign.
  'NZ$': 'đô la niu di lân', 'NT$': 'đô la đài loan', 'CN¥': 'nhân dân tệ', 'RMB¥': 'nhân dân tệ', '₿': 'bitcoin',
};

/**
 * Short forms after a number: "50.000đ" đồng, "5tr" triệu, "800k" nghìn, "2t" tỷ; in market
 * and business tables "1,5 tr.đ" triệu đồng, "300 ng.đ" nghìn đồng, "2 tr.USD".
 */
export const MONEY_SUFFIXES: Readonly<Record<string, string>> = {
  đ: 'đồng', Đ: 'đồng', VNĐ: 'đồng', VND: 'đồng', vnđ: 'đồng', vnd: 'đồng', tr: 'triệu', k: 'nghìn', K: 'nghìn', t: 'tỷ',
  'tr.đ': 'triệu đồng', 'tr.đồng': 'triệu đồng', 'Tr.đ': 'triệu đồng', 'ng.đ': 'nghìn đồng', 'tr.USD': 'triệu đô la mỹ',
  'tỷ.đ': 'tỷ đồng', M: 'triệu',
  // "xe tải 2,5T": tonnes, only after a weight word (money.ts); elsewhere "Xiaomi 13T" is a model.
  T: 'tấn',
};

/**
 * After "2,5M": what a social or entertainment count counts ("2,5M view", "1,5M
 * subscriber"), or a currency; elsewhere a capital M may be metres in a headline ("100M").
 */
export const MILLION_AFTER: ReadonlySet<string> = new Set([
  'view', 'views', 'lượt', 'follower', 'followers', 'follow', 'subscriber', 'subscribers', 'sub', 'like', 'likes',
  'người', 'fan', 'stream', 'streams', 'usd', 'đô', 'euro', 'đồng', 'lần', 'bản', 'vé', 'tài', 'thành',
]);

/**
 * Magnitudes written as letters after a number, and the next one down for the digits that
 * follow them: "3tr5" is 3 triệu 500 nghìn, "1t2" 1 tỷ 200 triệu, "5k5" 5 nghìn 500.
 */
export const SHORTHAND_MAGNITUDES: Readonly<Record<string, { word: string; below: string }>> = {
  tr: { word: 'triệu', below: 'nghìn' }, t: { word: 'tỷ', below: 'triệu' }, k: { word: 'nghìn', below: '' },
  K: { word: 'nghìn', below: '' },
};

/** Before "2t": a weight, so "xe tải 2t" is two tonnes, not two billion. */
/**
 * "trừ 4đ GPLX", "được cộng 2đ": after a word that adds or takes away points a small number's
 * đ is điểm (a licence's points, an exam's marks), not đồng. `POINTS_MAYBE_BEFORE` only with
 * a points word in the sentence (`POINTS_CONTEXT`: "được 9đ môn toán").
 */
export const POINTS_BEFORE: ReadonlySet<string> = new Set(['trừ', 'cộng', 'bị trừ', 'cộng thêm', 'trừ thêm', 'bị trừ mất']);
export const POINTS_MAYBE_BEFORE: ReadonlySet<string> = new Set(['được', 'đạt', 'mất', 'bị', 'chỉ được', 'chỉ đạt']);
export const POINTS_CONTEXT = /GPLX|giấy phép lái xe|bằng lái|điểm|ưu tiên|khuyến khích|môn |bài thi|\bthi\b/iu;

export const WEIGHT_BEFORE: ReadonlySet<string> = new Set([
  'xe', 'tải', 'xe tải', 'trọng tải', 'tải trọng', 'nặng', 'khối lượng', 'sản lượng', 'hàng', 'chở', 'gạo', 'cá', 'rác',
  'cẩu', 'xe cẩu', 'sức nâng', 'xe ben',
]);

/**
 * Around "4K", "8K": a screen or video resolution ("bốn ca"), not four thousand. Looked for
 * among the words before the number in its clause, or right after it ("4K HDR").
 */
export const RESOLUTION_CONTEXT: ReadonlySet<string> = new Set([
  'độ phân giải', 'phân giải', 'màn hình', 'video', 'quay', 'tivi', 'tv', 'camera', 'máy quay', 'phim', 'chiếu',
  'hình ảnh', 'chuẩn', 'livestream', 'hdr', 'uhd', 'oled', 'qled', 'fps', 'ultra', 'hd',
]);

/**
 * Before "285K", "14900K": a processor's model ("hai trăm tám mươi lăm ca"), not an amount.
 * The word right before the number, lower case; a token with digits there ("Core i9 14900K",
 * "Ultra 9 285K") says the same.
 */
export const MODEL_K_BEFORE: ReadonlySet<string> = new Set(['core', 'ultra', 'ryzen', 'chip', 'cpu', 'intel', 'xeon', 'threadripper']);

/**
 * Gold and silver words: after them "24K", "18K" are karats ("hai mươi tư ca", not twenty-four
 * thousand) and "9999", "999.9" the fineness, said digit by digit ("vàng nhẫn 9999").
 */
export const GOLD_BEFORE: ReadonlySet<string> = new Set([
  'vàng', 'vàng nhẫn', 'nhẫn vàng', 'vàng miếng', 'vàng ta', 'vàng tây', 'vàng trắng', 'vàng hồng', 'vàng trang sức',
  'nhẫn', 'nhẫn tròn', 'nhẫn trơn', 'tròn trơn', 'nhẫn tròn trơn', 'vàng nhẫn tròn', 'bạc', 'trang sức', 'nữ trang', 'vàng ép vỉ', 'vàng nguyên liệu',
  // Jewellery is sold by its karat too: "dây chuyền 14K", "bông tai 18K".
  'dây chuyền', 'bông tai', 'khuyên tai', 'lắc tay', 'lắc chân', 'vòng tay', 'vòng cổ', 'mặt dây chuyền', 'nhẫn cưới',
]);

/**
 * Race words of running news: among the words before "5K", "21K" the K is a distance in
 * kilometres, said "năm ca" as runners say it, not five thousand ("cự ly 5K, 10K và 21K").
 */
export const RACE_DISTANCE_BEFORE: ReadonlySet<string> = new Set([
  'cự ly', 'cự li', 'marathon', 'giải chạy', 'chạy bộ', 'đường chạy', 'runner', 'vận động viên chạy', 'half marathon',
  'chặng', 'nội dung chạy', 'trail',
]);

/**
 * Currency codes of exchange-rate news (ISO 4217 as Vietcombank and NHNN boards print them,
 * plus coins): a pair of them across a slash is a rate, "USD/VND" → "… trên …"; other
 * acronyms there ("ADN/DNA") are not.
 */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'VND', 'VNĐ', 'EUR', 'JPY', 'CNY', 'NDT', 'RMB', 'GBP', 'KRW', 'THB', 'SGD', 'AUD', 'CAD', 'CHF', 'RUB', 'INR',
  'TWD', 'MYR', 'IDR', 'LAK', 'KHR', 'HKD', 'NZD', 'PHP', 'BTC', 'ETH', 'USDT', 'XAU',
]);

/** Codes printed before the amount in finance copy ("USD 5", "VND 50 tỷ"), said after it. */
export const PREFIX_CODES: Readonly<Record<string, string>> = {
  USD: 'đô la mỹ', VND: 'đồng', VNĐ: 'đồng', EUR: 'ơ rô', GBP: 'bảng anh',
};

/** Before "5K": a slogan of rules named by their initial (Bộ Y tế's "thông điệp 5K"), "năm ca", not five thousand. */
export const K_RULE_BEFORE: ReadonlySet<string> = new Set(['quy tắc', 'thông điệp', 'nguyên tắc', 'khẩu hiệu']);
