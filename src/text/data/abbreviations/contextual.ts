/**
 * Abbreviations with two common readings, told apart by the words right before them (1–3
 * words, lower case). The lexicon reading stays the default; these rules only switch it.
 * "Công ty CP" is cổ phần but "các cơ quan thuộc CP" is Chính phủ; "BTC giải" is ban tổ
 * chức but "Bộ trưởng BTC" Bộ Tài chính; "năm 208 TCN" is trước Công nguyên but "Trường TCN"
 * trung cấp nghề. Source: press usage at VnExpress, Tuổi Trẻ, Báo Chính phủ.
 */
export interface ContextReading {
  /** Words (lower case, up to three) that may stand right before the abbreviation. */
  readonly before?: ReadonlySet<string>;
  /** Or what follows it ("ĐH XIV": a congress is numbered, a university is not). */
  readonly after?: RegExp;
  /** Or an amount right before it ("10 BTC", "0,5 BTC": a coin is counted, a committee is not; a year is no amount). */
  readonly afterAmount?: boolean;
  /** But never when this follows ("3 BTC giải đấu": committees of an event are counted too). */
  readonly unlessAfter?: RegExp;
  readonly say: string;
}

/**
 * A circular's number as it is cited: "TT số 29", "TT 01/2025/…", a zero-padded "TT 01", or a
 * number before what a circular does ("TT 200 về chế độ kế toán"); not "khu TT 5", "TT 24/7".
 */
const CIRCULAR_NUMBER_AFTER =
  /^ (?:số \d|\d{1,4}\/(?:19|20)\d\d|0\d(?!\d)|\d{1,3}(?=,? (?:của|về|hướng dẫn|quy định|sửa đổi|năm|ngày|có hiệu lực|được|đã|thay thế)(?![\p{L}])))/u;

/** The fields centres are named by ("TT Y tế", "TT Kiểm soát bệnh tật", "TT GDNN-GDTX"). */
const CENTRE_FIELDS_AFTER =
  /^ (?:[Yy] tế|Văn hóa|Văn hoá|Kiểm soát|Giáo dục|Dạy nghề|Hành chính|Thương mại|Hội nghị|Bồi dưỡng|Huấn luyện|Phục vụ|Điều hành|Quan trắc|Khuyến nông|Dịch vụ|Phát triển|Đăng kiểm|Cấp cứu|Giám định|Ngoại ngữ|Tin học|Thể dục|Truyền thông|Nghiên cứu|Bảo trợ|Công tác xã hội|Phòng chống|Xúc tiến|Quỹ đất|YT|GDNN|GDTX|VH|TDTT|KSBT)(?![\p{L}\p{N}])/u;

/** A drawn number as the lottery class has read it, digit by digit: "ĐB: 45821" → "ĐB: bốn năm tám …". */
const DIGIT_WORD = '(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)';
const DRAWN_AFTER = new RegExp(String.raw`^:? ${DIGIT_WORD} ${DIGIT_WORD} ${DIGIT_WORD}(?![\p{L}])`, 'u');
/** The month just said ("ngày mùng hai tháng hai DL"): a date of the solar calendar follows. */
const MONTHS_SAID = ['một', 'giêng', 'hai', 'ba', 'tư', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai', 'chạp'].map((m) => `tháng ${m}`);

export const CONTEXT_READINGS: ReadonlyMap<string, readonly ContextReading[]> = new Map([
  // "Tết DL.2024", "ngày 2/2 DL": the solar calendar (dương lịch), as ÂL is the lunar; elsewhere du lịch.
  ['DL', [
    { after: /^\.?(?:1[89]|20)\d\d(?![\p{N}]|[.,]\d)/u, say: 'dương lịch' },
    { before: new Set([...MONTHS_SAID, 'tết']), say: 'dương lịch' },
  ]],
  ['CP', [{
    before: new Set(['thuộc', 'của', 'thủ tướng', 'phó thủ tướng', 'văn phòng', 'nghị định', 'nghị quyết', 'chỉ thị', 'thành viên', 'trình']),
    say: 'chính phủ',
  }]],
  ['BTC', [
    { before: new Set(['bộ trưởng', 'thứ trưởng', 'lãnh đạo bộ']), say: 'bộ tài chính' },
    // Crypto news: "giá BTC", "USD/BTC" (already "đô la mỹ trên"), "nắm giữ BTC" is the coin, spelled.
    { before: new Set(['giá', 'bitcoin', 'usd', 'trên', 'mỹ trên', 'nắm giữ', 'sở hữu', 'đồng', 'mua', 'bán', 'ví']), say: 'bê tê xê' },
    // "đòi tiền chuộc 10 BTC", "0,5 BTC": an amount of the coin.
    { afterAmount: true, unlessAfter: /^ (?:giải|cuộc|chương trình|hội|lễ|sự kiện|các|của)(?![\p{L}])/u, say: 'bê tê xê' },
  ]],
  ['TCN', [{ before: new Set(['trường', 'hệ', 'bằng']), say: 'trung cấp nghề' }]],
  // "ĐH XIV", "ĐH lần thứ XIII": a Party congress, not a university.
  // "ĐH nhiệm kỳ 2025-2030", "ĐH Đảng bộ", "ĐH TDTT": a congress has a term or a body after it.
  ['ĐH', [{ after: /^ (?:[IVXL]{2,}|X|V|lần thứ|nhiệm kỳ|Đảng bộ|Công đoàn|Hội|TDTT|thể dục thể thao|đại biểu)(?![\p{L}\p{N}])/u, say: 'đại hội' }]],
  // "Trường TH Lê Lợi", "cấp TH": a school level (elsewhere TH is spelled, "TH true MILK").
  // "Khoa Ngoại TH", "Nội TH": a general ward (tổng hợp).
  ['TH', [
    { before: new Set(['trường', 'cấp', 'bậc', 'khối', 'học sinh', 'giáo viên']), say: 'tiểu học' },
    { before: new Set(['ngoại', 'nội', 'khoa ngoại', 'khoa nội']), say: 'tổng hợp' },
  ]],
  // "người bệnh THA", "tăng huyết áp (THA)": hypertension in health news (elsewhere thi hành án).
  ['THA', [{
    before: new Set(['bệnh', 'người bệnh', 'bệnh nhân', 'mắc', 'bị', 'điều trị', 'tiền sử', 'người bị', 'kiểm soát', 'huyết áp']),
    after: /^ (?:và (?:ĐTĐ|đái tháo đường|tiểu đường)|, ĐTĐ|, đái tháo đường)/u,
    say: 'tăng huyết áp',
  }]],
  // Job notices: "tuyển 30 CN may", "200 CN" are workers counted (elsewhere CN is công nghiệp).
  ['CN', [{ afterAmount: true, unlessAfter: /^ (?:cao|sạch|hỗ trợ|phụ trợ|chế biến|nặng|nhẹ)(?![\p{L}])/u, say: 'công nhân' }]],
  // Labour export: "diện TTS kỹ năng", "tuyển TTS đi Nhật" are thực tập sinh (elsewhere TTS is spelled, text to speech).
  ['TTS', [{
    before: new Set(['diện', 'tuyển', 'tuyển dụng', 'các', 'đưa', 'nhận', 'lao động', 'đơn hàng', 'chương trình']),
    after: /^ (?:kỹ năng|đi|sang|tại|Việt Nam|người Việt|ngành)(?![\p{L}])/u,
    say: 'thực tập sinh',
  }]],
  // Lottery results: "Giải ĐB", "ĐB: 45821" (the drawn number already read digit by digit) are the
  // special prize (elsewhere đại biểu).
  ['ĐB', [{ before: new Set(['giải', 'g', 'g.']), after: DRAWN_AFTER, say: 'đặc biệt' }]],
  // "thi TN THPT" tốt nghiệp; "Đoàn TN", "đoàn viên TN" thanh niên.
  ['TN', [
    { after: /^ (?:THPT|trung học)(?![\p{L}\p{N}])/u, say: 'tốt nghiệp' },
    { before: new Set(['đoàn', 'đoàn viên', 'hội liên hiệp', 'tháng', 'ban']), say: 'thanh niên' },
  ]],
  // "BBT ban hành chỉ thị", "Thường trực BBT": the Party Secretariat; elsewhere an editorial board.
  ['BBT', [{
    before: new Set(['thường trực', 'chính trị và', 'chỉ thị của', 'kết luận của', 'quy định của']),
    after: /^ (?:Trung ương|TW|TƯ|khóa|ban hành|đã ban hành)(?![\p{L}\p{N}])/u,
    say: 'ban bí thư',
  }]],
  // "BTV của đài", "nữ BTV", "BTV thời sự": a newsroom editor; elsewhere a Party standing committee.
  ['BTV', [{
    before: new Set(['nữ', 'nam', 'nhà báo']),
    after: /^ (?:của (?:đài|kênh|chương trình|báo|tạp chí|nhà xuất bản|NXB)|VTV|VOV|HTV|truyền hình|thời sự|chương trình|dẫn)(?![\p{L}\p{N}])/u,
    say: 'biên tập viên',
  }]],
  // "Trưởng BKS", "HĐQT và BKS": a company's supervisory board (elsewhere a number plate).
  ['BKS', [{ before: new Set(['trưởng', 'thành viên', 'phó', 'hđqt và', 'trưởng ban']), say: 'ban kiểm soát' }]],
  // "trường PTTH": the old name of upper secondary school (elsewhere radio and television).
  ['PTTH', [{ before: new Set(['trường', 'học sinh', 'bậc', 'cấp']), say: 'phổ thông trung học' }]],
  // "trận CK", "lọt vào CK AFF Cup": a final (elsewhere CK is chứng khoán).
  ['CK', [{
    before: new Set(['trận', 'vòng', 'lọt vào', 'vào đến', 'tiến vào', 'vé vào', 'tấm vé vào', 'trận đấu']),
    after: /^ (?:lượt đi|lượt về|SEA Games|AFF|World Cup|Champions League|Euro|EURO|Asian Cup|U23)(?![\p{L}\p{N}])/u,
    say: 'chung kết',
  }, {
    // Statistics releases: "tăng 8,2% so với CK" is the same period a year before.
    before: new Set(['so với', 'so cùng', 'so với cùng']),
    say: 'cùng kỳ',
  }]],
  // Budget reports: "bằng 105,6% DT", "vượt DT": the estimate (dự toán) after a share or a comparison.
  ['DT', [{ before: new Set(['phần trăm', 'so với', 'vượt', 'so']), say: 'dự toán' }]],
  // "đạt 98% KH", "vượt KH đề ra": the plan (kế hoạch) after a share or a comparison.
  ['KH', [{ before: new Set(['phần trăm', 'so với', 'vượt', 'theo']), say: 'kế hoạch' }]],
  // "hãng HK", "Cảng HK Pleiku": aviation (elsewhere HK is học kỳ).
  ['HK', [{ before: new Set(['hãng', 'cảng', 'ngành', 'cục', 'tổng công ty', 'an ninh', 'giá vé']), say: 'hàng không' }]],
  // "vụ HT", "lúa HT": the summer–autumn crop (elsewhere HT is hiệu trưởng).
  ['HT', [{ before: new Set(['vụ', 'lúa', 'vụ lúa', 'đông xuân và', 'đx và']), say: 'hè thu' }]],
  // "đồng bào DTTS và MN": mountain areas (elsewhere MN is mầm non).
  ['MN', [{ before: new Set(['dtts và', 'thiểu số và', 'vùng', 'vùng dtts và', 'khu vực']), say: 'miền núi' }]],
  // "Hội ND xã" nông dân; "Tòa án ND" nhân dân.
  ['ND', [{ before: new Set(['hội']), say: 'nông dân' }, { before: new Set(['tòa án', 'ủy ban', 'công an']), say: 'nhân dân' }]],
  // Amounts in Hong Kong dollars and pesos: "1.000 HKD" (elsewhere HKD is hộ kinh doanh), "100 PHP".
  ['HKD', [{ afterAmount: true, say: 'đô la hồng kông' }]],
  ['PHP', [{ afterAmount: true, say: 'pê xô phi líp pin' }]],
  // "Phòng CS PCCC&CNCH", "lực lượng CS cơ động": police (cảnh sát) by the unit after or before it.
  ['CS', [{
    before: new Set(['phòng', 'cục', 'lực lượng', 'đội', 'trung đoàn', 'bộ tư lệnh', 'trại giam', 'sĩ quan']),
    after: /^ (?:PCCC|PC|ĐT|HS|KT|GT|CĐ|QLHC|MT|cơ động|phòng|giao thông|hình sự|kinh tế|điều tra|môi trường|truy nã|quản lý)(?![\p{L}\p{N}])/u,
    say: 'cảnh sát',
  }]],
  // "CT UBND huyện": the chair of a people's committee or council (CT01 is a motorway, read elsewhere).
  // "CT nước sạch", "CT nước thải" are works (công trình), "CT khuyến mãi" a programme, not the state president.
  ['CT', [{ after: /^ (?:khuyến mãi|khuyến mại|ưu đãi|truyền hình|Truyền hình|học bổng|nghệ thuật|hành động)(?![\p{L}\p{N}])/u, say: 'chương trình' }, { after: /^ (?:nước sạch|nước thải|thủy lợi|thuỷ lợi|giao thông|trọng điểm|xây dựng)(?![\p{L}\p{N}])/u, say: 'công trình' }, { after: /^ (?:UBND|HĐND|UBMTTQ|MTTQ|HĐQT|HĐTV|nước(?! (?:sạch|thải|ngầm|mặt|uống|sinh hoạt|tưới|mưa|máy))|Quốc hội)(?![\p{L}\p{N}])/u, say: 'chủ tịch' }]],
  // "Theo TT 01", "TT số 12": a circular named by its number (a town is named by a word, "TT. Phú Hòa").
  // An emergency line is a centre's number ("TT 115" trung tâm), not a circular's.
  ['TT', [
    { after: CIRCULAR_NUMBER_AFTER, say: 'thông tư' },
    { after: /^ 11[1-6](?!\d)/u, say: 'trung tâm' },
    { after: /^ Huế(?![\p{L}])/u, say: 'thừa thiên' },
    // "TT Y tế huyện", "TT Văn hóa - Thể thao": a centre named by its field (a town by a place name).
    { after: CENTRE_FIELDS_AFTER, say: 'trung tâm' },
    // "TT Phú Hòa có 5 tổ dân phố": before a place name of capitalised syllables, a town (thị trấn).
    { after: /^ \p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+(?![\p{L}])/u, say: 'thị trấn' },
  ]],
  // "UV BTV Tỉnh ủy": a member of a Party committee; elsewhere UV is ultraviolet ("chỉ số UV").
  // "bảng xếp hạng QS 2025": the QS university ranking, spelled (elsewhere QS is quân sự).
  ['QS', [{
    // "… thế giới theo QS", "châu Á theo QS": a ranking attributed to its publisher.
    before: new Set(['xếp hạng', 'bảng xếp hạng', 'bxh', 'hạng', 'top', 'thế giới theo', 'châu á theo']),
    after: /^ (?:World|Asia|Stars|Quacquarelli|\d{4})/u,
    say: 'quy ét',
  }]],
  // "trên BĐ III", "mức BĐ2": a flood alert level in hydrological bulletins (elsewhere bộ đội).
  ['BĐ', [{ before: new Set(['trên', 'dưới', 'mức', 'xấp xỉ', 'vượt']), after: /^ (?:[IV]{1,3}|\d|một|hai|ba)(?![\p{L}\p{N}])/u, say: 'báo động' }]],
  // "Phật đản PL 2568": the Buddhist era (a pháp lệnh is named by its title, not by a year).
  // Not before an amount: "Quỹ PL 2500 tỷ đồng" is no year.
  ['PL', [{ after: /^\.? ?25\d\d(?![\d]|[.,]\d| (?:tỷ|tỉ|triệu|nghìn|ngàn|đồng|USD|ha|tấn|người)(?![\p{L}]))/u, say: 'phật lịch' }]],
  // Only the Party's own bodies: "chỉ số UV Bộ Y tế khuyến cáo" is still ultraviolet.
  ['UV', [{
    after: /^ (?:BTV|BCH|BCT|UBKT|TW|TƯ|Ban (?:Thường vụ|Chấp hành|Bí thư|thường vụ|chấp hành)|Bộ Chính trị)(?![\p{L}\p{N}])/u,
    say: 'ủy viên',
  }]],
  // Customs tariff lines: "mã HS 8703", "nhóm HS 0901" is the Harmonized System, spelled (elsewhere học sinh).
  // A tariff line has four digits or more (a class of pupils is counted before HS, not after it).
  ['HS', [{ after: /^ \d{4}(?:[.\d]*)(?![\p{L}])/u, say: 'hát ét' }]],
  // "CA, QĐ, BĐBP": among the armed forces QĐ is the army, not a decision.
  ['QĐ', [{ after: /^,? (?:BĐBP|DQTV|BP|BĐ|bộ đội|dân quân)(?![\p{L}])/u, say: 'quân đội' }]],
  // Case notes: "tiền sử THA, ĐTĐ", "bệnh nhân THA độ 2", "bị THA" is tăng huyết áp (elsewhere thi hành án;
  // the law says "người phải thi hành án", not "bị").
  ['THA', [{
    before: new Set(['tiền sử', 'bệnh', 'bệnh nhân', 'người bệnh', 'mắc', 'bị', 'điều trị', 'thuốc', 'biến chứng', 'bệnh lý', 'nền']),
    after: /^(?:,? (?:ĐTĐ|RLLM|suy tim|tiểu đường|đái tháo đường)| độ [1-3I])(?![\p{L}\p{N}])/u,
    say: 'tăng huyết áp',
  }]],
]);
