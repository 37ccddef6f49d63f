/**
 * Words whose presence next to a number decides how it is read (date vs range vs ratio,
 * Roman numeral vs word). Gathered from the way VnExpress, Tuổi Trẻ, Thanh Niên and Báo Gia
 * Lai write dates and counts; lower case, matched against the 1–3 words before a number.
 */

/**
 * Words that may stand before a date but also before a score or a count ("từ", "và",
 * "trước"): they make "20-7" a date only when no score evidence says otherwise.
 */
export const DATE_BEFORE_WEAK: ReadonlySet<string> = new Set([
  'từ', 'đến', 'tới', 'vào', 'trước', 'sau', 'hạn', 'lúc', 'kể từ', 'dịp', 'qua', 'nay', 'và', 'hoặc',
]);

/** Before "20-7" or "20/7": a day of the month follows. */
export const DATE_BEFORE: ReadonlySet<string> = new Set([
  ...DATE_BEFORE_WEAK,
  'ngày', 'mùng', 'mồng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rạng sáng', 'hôm', 'hôm nay',
  'chiều tối', 'sáng sớm', 'cuối ngày', 'đầu ngày',
  'trước ngày', 'sau ngày', 'hết ngày', 'đến hết', 'tới hết', 'đến cuối', 'đêm qua', 'thứ hai', 'thứ ba', 'thứ tư',
  'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'ngày mai', 'hôm qua', 'đêm ngày', 'rạng',
  // Holidays named by their date: "Quốc khánh 2/9", "nghỉ lễ 30/4", "Quốc tế Thiếu nhi 1/6".
  'quốc khánh', 'lễ', 'nghỉ lễ', 'dịp lễ', 'ngày lễ', 'thiếu nhi', 'phụ nữ', 'quốc tế lao động', 'sự kiện',
  // Parades and anniversaries named by their date: "lễ duyệt binh 2/9", "diễu hành 30/4", "chào mừng 3/2".
  'duyệt binh', 'diễu binh', 'diễu hành', 'chào mừng', 'mừng',
  // Events dated by the verb before them: "có hiệu lực 1/7", "khai giảng 5/9", "hôm kia 3/4".
  'hiệu lực', 'khai giảng', 'khai mạc', 'bế mạc', 'hôm kia', 'giao thừa',
  // Shows are dated too: "đêm diễn 10/11", "công chiếu 30/4", "ra rạp 2/9", "lên sóng 5/1".
  'đêm diễn', 'buổi diễn', 'đêm nhạc', 'đêm chung kết', 'công chiếu', 'khởi chiếu', 'ra rạp', 'lên sóng',
  // Market sessions are dated: "trong phiên 5/11", "phiên giao dịch 12/3", "kết phiên 8/10".
  'phiên', 'phiên giao dịch', 'kết phiên', 'đầu phiên', 'cuối phiên', 'phiên hôm',
]);

/**
 * Streets, squares and institutions named after a date: "đường 3/2", "Quảng trường 2/9",
 * "Sân vận động 19/8". The date is a name ("đường Ba Tháng Hai"), said without "mùng".
 */
export const DATE_NAME_BEFORE: ReadonlySet<string> = new Set([
  'đường', 'phố', 'đại lộ', 'quảng trường', 'cầu', 'công viên', 'sân vận động', 'svđ', 'nhà văn hóa', 'nhà văn hoá',
  'nhà thi đấu', 'nhà hát', 'hội trường', 'bệnh viện', 'chợ', 'bến xe', 'khu phố', 'cung văn hóa', 'cung văn hoá',
  'rạp', 'rạp chiếu phim', 'khu tập thể', 'hồ bơi', 'nhà máy', 'xí nghiệp', 'hợp tác xã', 'khu di tích',
]);

/** A stretch of road, not a street: "quãng đường 2/3" is a share of it; a film "ra rạp 1/3" opens that day. */
export const NOT_DATE_NAME: ReadonlySet<string> = new Set(['quãng đường', 'chặng đường', 'nửa đường', 'đoạn đường', 'con đường', 'ra rạp']);

/** Before "6-7": a level, count or amount, never a date ("cấp 6-7", "khoảng 3-4", "lớp 10-12"). */
export const RANGE_BEFORE: ReadonlySet<string> = new Set([
  'cấp', 'mức', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'tầm', 'chừng', 'độ', 'lớp', 'tầng', 'số', 'điểm', 'top', 'nhóm',
  'mất', 'chỉ', 'tới gần', 'từ khoảng', 'giật cấp', 'bậc', 'size', 'cỡ', 'hạng', 'loại', 'tuổi', 'xếp', 'đạt', 'tăng', 'giảm',
  // Indices and scores whose levels are ranged in weather, health and exam news: "(UV 8-10)", "pH 6-8".
  'uv', 'aqi', 'ph', 'bmi', 'ielts', 'chỉ số',
  // Centuries are spans, never dates: "thế kỷ 11-12".
  'thế kỷ', 'thế kỉ',
]);

/** An index whose levels are ranged with "từ" between: "chỉ số UV từ 8-10", "gió giật cấp từ 8-9" (a level, not 8 October). */
export const INDEX_BEFORE_FROM: ReadonlySet<string> = new Set(['uv', 'u vê', 'aqi', 'ph', 'bmi', 'chỉ số', 'cấp', 'giật cấp', 'bậc']);

/**
 * Scores printed with an English decimal point: after them "từ 5.5" is a band, not the fifth of
 * May ("IELTS từ 5.5 trở lên", "GPA từ 3.2"). Lower case, looked for a few words back.
 */
export const DECIMAL_SCORE_BEFORE: ReadonlySet<string> = new Set([
  'ielts', 'toefl', 'toeic', 'gpa', 'sat', 'band', 'aptis', 'vstep', 'pte', 'học bạ', 'điểm',
]);

/**
 * Shopping events named by a double day ("flash sale 12.12", "ngày hội mua sắm 9.9", "siêu sale
 * 11.11"): after one of these words a dotted pair of equal day and month is the date.
 */
export const SALE_DAY_BEFORE: ReadonlySet<string> = new Set([
  'sale', 'flash sale', 'siêu sale', 'mega sale', 'săn sale', 'mua sắm', 'khuyến mãi', 'khuyến mại', 'ưu đãi',
  'giảm giá', 'chương trình', 'ngày hội', 'lễ hội', 'đại tiệc', 'sự kiện', 'ngày đôi', 'dịp', 'đợt', 'độc thân',
]);

/**
 * The sexagenary year names ("năm Giáp Thìn", "năm Ất Tỵ") of lunar dates in obituaries and
 * festival news: after "ngày 8/9" they make it a date ("nhằm ngày 8/9 năm Giáp Thìn").
 */
export const LUNAR_STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
export const LUNAR_BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** Before "9/9": a count out of a total, read "chín trên chín". */
export const RATIO_BEFORE: ReadonlySet<string> = new Set([
  'đạt', 'hoàn thành', 'vượt', 'thắng', 'thứ', 'hạng', 'xếp', 'xếp thứ', 'xếp hạng', 'đứng thứ', 'đứng', 'top',
  // House and alley numbers: "hẻm 12/3", "số nhà 45/7" read "trên", never a date.
  'hẻm', 'kiệt', 'ngõ', 'ngách', 'số nhà', 'nhà số', 'hẻm số', 'ngõ số',
]);

/**
 * Before "15/63": a rank or an address, read "trên" even for a small pair ("thứ 3/10",
 * "hẻm 12/3", "số 3/4"); unlike RATIO_BEFORE, not "đạt" ("đạt 3/4 kế hoạch" is ba phần tư).
 */
export const RANK_BEFORE: ReadonlySet<string> = new Set([
  'thứ', 'hạng', 'xếp', 'xếp thứ', 'xếp hạng', 'đứng thứ', 'đứng', 'top', 'số', 'bậc', 'bậc lương',
  'hẻm', 'kiệt', 'ngõ', 'ngách', 'số nhà', 'nhà số', 'hẻm số', 'ngõ số',
  // A mark out of a scale in reviews: "đạt điểm 9/10 trên IGN", "được chấm 4/5", "đánh giá 3/5".
  'điểm', 'điểm số', 'chấm', 'chấm điểm', 'đánh giá',
]);

/** After "9/9": a count of items, read "trên" rather than "phần". */
export const RATIO_AFTER: ReadonlySet<string> = new Set([
  'chỉ', 'tiêu', 'chỉ tiêu', 'tiêu chí', 'xã', 'huyện', 'tỉnh', 'trận', 'bàn', 'phiếu', 'đội', 'người', 'câu', 'môn',
  'đơn', 'hộ', 'thành', 'ca', 'trường', 'phường', 'thôn', 'làng', 'lần', 'điểm', 'nhiệm',
  // Attempts and items counted in sports and exams: "2/5 quả penalty", "3/4 cú sút", "8/10 bài".
  // Not members of a group: "2/3 đại biểu" is a share, "phần".
  'quả', 'cú', 'pha', 'lượt', 'ván', 'set', 'loạt', 'bài',
  // A rating out of its scale: "đạt 4/5 sao".
  'sao',
]);

/**
 * People counted out of a group after a fraction, one or two words: "4/5 ứng viên", "3/10 học
 * sinh" are a count out of a total ("bốn trên năm"); a vote's threshold stays a share ("2/3 đại
 * biểu", and "2/3 số xã" with "số": "phần").
 */
export const PEOPLE_RATIO_AFTER: ReadonlySet<string> = new Set([
  'ứng viên', 'học sinh', 'sinh viên', 'thí sinh', 'thành viên', 'bệnh nhân', 'cầu thủ', 'giáo viên',
  'nhân viên', 'công nhân', 'vận động viên', 'hành khách', 'du khách', 'khách hàng', 'trẻ', 'em', 'nạn nhân',
]);

/**
 * Chip and GPU families before a model number (lower case, as `wordsBefore` gives them):
 * "RTX 4090/4080" are two models said with a pause (not "trên"), "Dimensity 9300+" is plus.
 */
export const MODEL_FAMILY_BEFORE: ReadonlySet<string> = new Set([
  'rtx', 'gtx', 'rx', 'geforce', 'radeon', 'dimensity', 'exynos', 'snapdragon', 'helio', 'kirin', 'tensor', 'xeon',
]);

/** Codes whose grade is a run of pluses said by its count, and how the code is said: the sunscreen UVA grade "PA++++". */
export const PLUS_RATING_CODES: Readonly<Record<string, string>> = { PA: 'pê a' };

/** After a number pair: a unit or magnitude, so "4-6 triệu" is a range, not 4 June. */
export const RANGE_AFTER: ReadonlySet<string> = new Set([
  'triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'trăm', 'chục', 'đồng', 'người', 'tuổi', 'năm', 'tháng', 'ngày', 'giờ',
  'phút', 'giây', 'tuần', 'lần', 'con', 'căn', 'hộ', 'km', 'cm', 'mm', 'kg', 'tấn', 'ha', 'lít', 'độ', 'mét',
  'cây', 'chiếc', 'xe', 'phòng', 'học', 'sinh', 'học sinh', 'điểm', 'bàn', 'đội', 'cái', 'bậc', 'tầng', 'km/h',
  'usd', 'ca', 'vụ', 'suất', 'lượt', 'gói', 'sào', 'm', 'g', 'mg', 'kw', 'mw', 'cấp', 'bước', 'loại',
  // Counted in match reports: "4-5 cầu thủ", "thắng 3-4 trận liên tiếp".
  'trận', 'cầu', 'cú', 'pha', 'quả', 'thẻ', 'ván', 'cổ', 'khán', 'cđv',
  // Medal tallies and entries: "giành 90-110 HCV", "3-5 huy chương", "20-25 VĐV".
  'hcv', 'hcb', 'hcđ', 'huy', 'vđv',
]);

/** Before a Roman numeral: "lần thứ VIII", "thế kỷ XX", "khóa XIII", "quý III". */
export const ROMAN_BEFORE: ReadonlySet<string> = new Set([
  'bđ', 'báo động', 'khóa', 'khoá', 'khoản', 'đoạn', 'điểm', 'điều', 'hồi', 'màn', 'cảnh', 'phụ lục số', 'thứ', 'lần thứ', 'thế kỷ', 'thế kỉ', 'kỷ', 'quý', 'đại hội', 'loại', 'hạng', 'kỳ', 'kì', 'phần',
  'chương', 'mục', 'tập', 'giai đoạn', 'cấp', 'nhóm', 'vùng', 'quân khu', 'đợt', 'khu vực', 'phiên', 'tiểu đoàn',
  'trung đoàn', 'sư đoàn', 'quân đoàn', 'bảng', 'đề', 'phụ lục', 'số', 'nhiệm kỳ', 'hội nghị', 'trung ương',
  'mùa', 'vòng', 'đội', 'lớp', 'bậc', 'tuyến', 'mức', 'liên khu', 'quốc hội', 'vua', 'giáo hoàng', 'đời',
  'olympic', 'festival', 'liên hoan', 'hội thao', 'hội diễn', 'thi', 'cuộc thi', 'lễ hội', 'tiết', 'kỳ họp',
  // Wards of Mekong towns and Saigon's old districts are numbered in Roman: "Phường I, TP Vĩnh Long", "quận I".
  'quận', 'phường',
  // School terms written short: "điểm HK I", "HK II" (học kỳ).
  'hk',
]);

/** Before a number: the number is an ordinal ("thứ 1" → "thứ nhất"). */
export const ORDINAL_BEFORE: ReadonlySet<string> = new Set(['thứ', 'lần thứ', 'hạng thứ', 'người thứ', 'ngày thứ']);

/**
 * Before a capital letter and a dot: a person, so "ông H." or "bị can Nguyễn Văn K." is an
 * initial, never an administrative prefix ("H. Đức Cơ" huyện). Crime and court reports
 * anonymise people this way.
 */
export const PERSON_BEFORE: ReadonlySet<string> = new Set([
  'ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'bé', 'cô', 'chú', 'bác', 'cụ', 'thím', 'dì', 'cậu', 'mợ', 'dượng',
  'đối tượng', 'bị can', 'bị cáo', 'nghi phạm', 'nghi can', 'nạn nhân', 'tài xế', 'lái xe', 'sinh viên', 'học sinh',
  'thầy', 'cô giáo', 'bệnh nhân', 'người', 'vợ', 'chồng', 'con', 'mẹ', 'bố', 'cha', 'nữ sinh', 'nam sinh',
  'thiếu nữ', 'thanh niên', 'phạm nhân', 'can phạm', 'tên', 'gã', 'ả', 'chủ', 'chủ xe', 'bạn', 'giáo viên', 'bác sĩ',
  'nhân viên', 'công nhân', 'kế toán', 'giám đốc', 'cán bộ', 'chiến sĩ', 'bệnh nhi', 'sản phụ', 'cụ ông', 'cụ bà',
  'người dân', 'hộ', 'gia đình', 'nhà', 'họ', 'bị hại', 'người bị hại', 'đương sự', 'nguyên đơn', 'bị đơn',
]);

/** First words of titles: "P.Giám đốc" is phó giám đốc, "Q.Chủ tịch" quyền chủ tịch (not ward, district). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(['Chủ', 'Giám', 'Trưởng', 'Bí', 'Hiệu', 'Tổng', 'Chánh', 'Viện', 'Thủ', 'Chỉ', 'Phó']);

/** Before a flight or train number: its digits are read one by one ("chuyến bay VN254"). */
export const VEHICLE_BEFORE: ReadonlySet<string> = new Set(['chuyến bay', 'chuyến', 'tàu', 'đoàn tàu', 'số hiệu', 'hiệu', 'mác tàu', 'máy bay']);

/**
 * Before a building's code ("chung cư CT3", "tòa P2", "nhà H1") or a grid slot ("vị trí P1"):
 * letters spelled, not a road or an administrative prefix.
 */
export const SPELLED_CODE_BEFORE: ReadonlySet<string> = new Set([
  'chung cư', 'tòa', 'toà', 'tòa nhà', 'toà nhà', 'nhà', 'block', 'dãy', 'dãy nhà', 'tháp', 'khu nhà', 'tập thể',
  'vị trí', 'xuất phát ở vị trí',
]);

/** Words after which a dotted "1.5" is a decimal (a magnitude or a currency), not a version. */
/** After "1.5": a magnitude or a currency, so the dot is an English decimal point. */
export const DECIMAL_CONTEXT: ReadonlySet<string> = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'usd', 'đồng', 'đô', 'euro', 'điểm', 'lần']);

/** Before "4.0", "2.1": a version or a numbered section, read with "chấm". */
export const VERSION_BEFORE: ReadonlySet<string> = new Set([
  'phiên bản', 'version', 'bản', 'ios', 'android', 'windows', 'web', 'công nghiệp', 'điều', 'khoản', 'mục', 'phần',
  'chương', 'bảng', 'hình', 'biểu đồ', 'tiêu chí', 'phụ lục', 'bước', 'nhiệm vụ', 'giai đoạn', 'chỉ tiêu', 'ghi chú',
  // Standards and software of technology news: "Bluetooth 5.3", "USB 3.2", "HDMI 2.1", "macOS 14.2".
  'bluetooth', 'usb', 'hdmi', 'pcie', 'wi-fi', 'wifi', 'macos', 'ipados', 'watchos', 'linux', 'chrome', 'firefox',
  'python', 'node', 'java', 'php', 'chuẩn', 'firmware', 'cập nhật',
  // Game balance updates: "patch 14.5", "bản vá 14.10".
  'patch', 'bản vá',
  // AI model generations: "Gemini 1.5 Pro", "Claude 3.5 Sonnet", "Llama 3.1" (chấm, not phẩy).
  'gemini', 'claude', 'llama', 'grok', 'qwen', 'deepseek', 'mistral', 'gpt', 'chatgpt', 'sonnet', 'opus', 'haiku',
  'tiểu mục', 'tiết', 'mẫu', 'mẫu số',
]);

/**
 * After "điểm 2.1": a part of a legal text, so "điểm" numbers a section ("điểm 2.1 mục 2",
 * "hai chấm một"), not a mark ("điểm 8.5 môn Toán").
 */
export const SECTION_AFTER: ReadonlySet<string> = new Set(['khoản', 'mục', 'tiểu', 'phần', 'điều', 'chương', 'phụ', 'tiết']);

/** After a name like "Đề án 06" the next word is a function word, not a counted noun. */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  'của', 'về', 'là', 'đã', 'được', 'và', 'tại', 'ở', 'theo', 'với', 'này', 'do', 'cho', 'có', 'năm', 'sẽ', 'đang',
]);

/** "/24h" was already read by the time class: a number word after "/" is a per-period divisor. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'trăm', 'không',
]);

/** Words after which even a numeral in lower case is a number: "thế kỉ xix", "chương vii". */
export const LOWER_ROMAN_BEFORE: ReadonlySet<string> = new Set([
  'thế kỷ', 'thế kỉ', 'chương', 'phần', 'mục', 'khoản', 'điều', 'đoạn', 'phụ lục', 'khóa', 'khoá', 'thứ', 'lần thứ',
  'kỳ họp thứ', 'đại hội',
]);

/** Southern "18g", "7g sáng": a bare "g" is an hour only next to a clock word, else grams. */
export const G_HOUR_BEFORE: ReadonlySet<string> = new Set(['lúc', 'vào lúc', 'từ lúc', 'đến lúc', 'tới lúc', 'khoảng lúc']);

/**
 * "Vào lúc 10:30 phút ngày 5/3", "khoảng 14:20 phút": press copy prints a clock time with
 * "phút" after it; without such a word before it (or a part of the day or a date after it,
 * `G_HOUR_AFTER` and "ngày") "10:15 phút" is minutes and seconds of a race.
 */
export const CLOCK_MINUTES_BEFORE: ReadonlySet<string> = new Set([
  ...G_HOUR_BEFORE, 'khoảng', 'vào khoảng', 'hồi', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng',
]);

// Not "mỗi"/"hằng": "25g chất xơ mỗi ngày" is grams; "ngày" only before a date ("7g ngày 5-11").
export const G_HOUR_AFTER: ReadonlySet<string> = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'cùng', 'rạng']);

/**
 * What is weighed in grams in recipes, health, gold and drug-seizure news: after the last
 * figure of "từ 5g đến 10g muối" it makes the range grams, though a range of bare "g" is
 * otherwise read as hours ("từ 7g đến 17g").
 */
export const G_GRAM_AFTER: ReadonlySet<string> = new Set([
  'muối', 'đường', 'bột', 'gạo', 'thịt', 'cá', 'tôm', 'rau', 'đậu', 'hạt', 'nấm', 'gừng', 'tỏi', 'ớt', 'bơ', 'sữa',
  'mỡ', 'dầu', 'trà', 'chè', 'cà', 'mật', 'men', 'chất', 'đạm', 'protein', 'xơ', 'béo', 'canxi', 'sắt', 'vitamin',
  'thuốc', 'dược', 'vàng', 'bạc', 'ma', 'heroin', 'ketamine', 'cần',
]);

/**
 * Words before a race time in athletics, swimming, cycling and marathon reports: after them
 * "34:07" is minutes and seconds ("thời gian 34:07", "về đích sau 2:08:15"), not a clock.
 */
export const RACE_TIME_BEFORE: ReadonlySet<string> = new Set([
  'thời gian', 'với thời gian', 'thành tích', 'với thành tích', 'đạt thành tích', 'về đích', 'về đích sau', 'cán đích',
  'cán đích sau', 'về nhất', 'kỷ lục', 'thời gian chạy',
]);

/**
 * Before "1/2000", "1/500": a map or plan scale, "một trên hai nghìn" (never January 2000,
 * never "một phần năm trăm"): "quy hoạch chi tiết tỷ lệ 1/500", "bản đồ 1/2000".
 */
export const MAP_SCALE_BEFORE: ReadonlySet<string> = new Set([
  'tỷ lệ', 'tỉ lệ', 'bản đồ', 'quy hoạch', 'tỷ lệ bản đồ', 'tỉ lệ bản đồ', 'bản vẽ',
]);

/** Before "1:10", "2:1": a scale, ratio or score, never a clock or a race time. */
export const COLON_RATIO_BEFORE: ReadonlySet<string> = new Set(['tỷ lệ', 'tỉ lệ', 'tỷ số', 'tỉ số', 'tỷ lệ bản đồ']);

/**
 * Ticker words of market news (CafeF, VnEconomy): a three-letter code after them, or in the
 * list they open ("cổ phiếu ngân hàng như TCB, MBB, ACB"), is a ticker, spelled.
 */
export const TICKER_BEFORE: ReadonlySet<string> = new Set(['mã', 'cổ phiếu', 'ticker', 'sàn']);

/** Kinds of code that follow "mã" without being tickers: "mã OTP", "mã PIN" keep their reading. */
export const CODE_KINDS: ReadonlySet<string> = new Set(['OTP', 'PIN', 'CVV', 'CVC', 'SKU', 'ZIP', 'BIN', 'HEX', 'OTT']);

/** Limit moves after a ticker ("HSG tăng trần", "NVL nằm sàn"); a signed change is found by its sign. */
export const TICKER_AFTER: ReadonlySet<string> = new Set(['tăng trần', 'kịch trần', 'giảm sàn', 'nằm sàn', 'lên trần', 'xuống sàn']);

/** Before "JN.1", "KP.2": a virus lineage, read "gi en nờ chấm một" (not "khu phố hai"). */
export const VARIANT_BEFORE: ReadonlySet<string> = new Set([
  'biến chủng', 'biến thể', 'chủng', 'dòng', 'nhánh', 'phụ biến thể', 'biến thể phụ', 'virus', 'chủng virus',
]);

/**
 * First words of an abbreviation's reading that mean only themselves, so the same word just
 * before it is not said twice: "Đường ĐT 769" → "đường tỉnh", "khu KCN" → "khu công nghiệp"
 * ("Phòng PCCC" keeps both: the department of fire prevention).
 */
export const SAME_WORD_HEADS: ReadonlySet<string> = new Set(['đường', 'khu', 'cụm']);

/** Words a crop variety code follows ("lúa OM5451", "giống lúa IR 50404", "gạo ST25"): see normalize/variety.ts. */
export const VARIETY_BEFORE: ReadonlySet<string> = new Set(['lúa', 'giống', 'gạo', 'nếp', 'ngô', 'bắp']);

/** Words a flight number follows when printed apart from its airline code ("chuyến bay VN 7325"). */
export const FLIGHT_BEFORE: ReadonlySet<string> = new Set(['chuyến bay', 'số hiệu', 'mã chuyến bay']);

/**
 * Product lines whose models take a letter after the number: "iPhone 6s", "Galaxy S10e"
 * ("sáu ét", not six seconds). Lower case, as the word before the model is compared; with
 * the respelling for offline engines, "iPhone" is already "ai phôn" here (data/respellings.ts).
 */
export const PRODUCT_LINE_BEFORE: ReadonlySet<string> = new Set([
  'iphone', 'ipad', 'ai phôn', 'ai pát', 'galaxy', 'note', 'redmi', 'xiaomi', 'oppo', 'vivo', 'realme', 'nokia', 'pixel', 'moto', 'honor',
  'watch', 'series', 'mi', 'poco', 'reno', 'lumia', 'xperia',
]);

/** Video heights: "1080p", "720p" are a resolution ("pê"), never minutes. */
export const VIDEO_RESOLUTIONS: ReadonlySet<string> = new Set(['144', '240', '360', '480', '540', '720', '1080', '1440', '2160', '4320']);

/**
 * People named by their birth decade ("cô gái 9x", "thế hệ 10x", "sĩ tử 2k7"): after these
 * words "9x" is "chín x", not nine times, and "2k7" "hai ca bảy", not 2,700.
 */
export const GENERATION_BEFORE: ReadonlySet<string> = new Set([
  'thế hệ', 'gen', 'lứa', 'cô gái', 'chàng trai', 'cô nàng', 'anh chàng', 'bạn trẻ', 'các bạn', 'giới trẻ', 'teen',
  'sĩ tử', 'thí sinh', 'học sinh', 'sinh viên', 'người', 'những người', 'nữ', 'nam', 'mẹ', 'bố', 'ông bố', 'bà mẹ',
  'doanh nhân', 'ca sĩ', 'diễn viên', 'cặp đôi', 'hot girl', 'hotgirl', 'hot boy', 'tân binh', 'nữ sinh', 'nam sinh',
  'đời', 'dân', 'bạn', 'thủ khoa', 'cầu thủ', 'giám đốc', 'chủ quán', 'nhà báo', 'kỹ sư', 'bác sĩ', 'giáo viên',
]);

/** Before a stage name printed in capitals ("ca sĩ ERIK", "rapper MONO", "nhóm nhạc AMEE"): a name said as a word. */
export const STAGE_NAME_BEFORE: ReadonlySet<string> = new Set([
  'ca sĩ', 'nam ca sĩ', 'nữ ca sĩ', 'rapper', 'nữ rapper', 'nam rapper', 'nghệ sĩ', 'giọng ca', 'nhóm nhạc', 'ban nhạc',
  'nhạc sĩ', 'producer', 'dj', 'idol', 'hot girl', 'hot boy', 'diễn viên', 'vũ công', 'nhóm', 'girlgroup', 'boygroup',
]);

/** Groups of countries widened by a plus: "OPEC+", "BRICS+" are "OPEC cộng" (a product's plus is "plus"). */
export const GROUP_PLUS: ReadonlySet<string> = new Set(['OPEC', 'BRICS', 'ASEAN', 'APEC', 'G7', 'G20', 'EU', 'NATO']);

/** Words that put a sentence in earthquake news, so "M6.4" there is a magnitude (lower case, substrings). */
export const QUAKE_WORDS: readonly string[] = ['động đất', 'dư chấn', 'địa chấn', 'tâm chấn', 'chấn tiêu', 'richter', 'sóng thần'];
