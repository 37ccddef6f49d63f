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

export const CONTEXT_READINGS: ReadonlyMap<string, readonly ContextReading[]> = new Map([
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
  ['ĐH', [{ after: /^ (?:[IVXL]{2,}|X|V|lần thứ)(?![\p{L}\p{N}])/u, say: 'đại hội' }]],
  // "Phòng CS PCCC&CNCH", "lực lượng CS cơ động": police (cảnh sát) by the unit after or before it.
  ['CS', [{
    before: new Set(['phòng', 'cục', 'lực lượng', 'đội', 'trung đoàn', 'bộ tư lệnh', 'trại giam', 'sĩ quan']),
    after: /^ (?:PCCC|PC|ĐT|HS|KT|GT|CĐ|QLHC|MT|cơ động|phòng|giao thông|hình sự|kinh tế|điều tra|môi trường|truy nã|quản lý)(?![\p{L}\p{N}])/u,
    say: 'cảnh sát',
  }]],
  // "CT UBND huyện": the chair of a people's committee or council (CT01 is a motorway, read elsewhere).
  ['CT', [{ after: /^ (?:UBND|HĐND|UBMTTQ|MTTQ|HĐQT|HĐTV|nước|Quốc hội)(?![\p{L}\p{N}])/u, say: 'chủ tịch' }]],
  // "Theo TT 01", "TT số 12": a circular named by its number (a town is named by a word, "TT. Phú Hòa").
  ['TT', [{ after: /^ (?:số )?\d/u, say: 'thông tư' }]],
  // "UV BTV Tỉnh ủy": a member of a Party committee; elsewhere UV is ultraviolet ("chỉ số UV").
  // "bảng xếp hạng QS 2025": the QS university ranking, spelled (elsewhere QS is quân sự).
  ['QS', [{
    // "… thế giới theo QS", "châu Á theo QS": a ranking attributed to its publisher.
    before: new Set(['xếp hạng', 'bảng xếp hạng', 'bxh', 'hạng', 'top', 'thế giới theo', 'châu á theo']),
    after: /^ (?:World|Asia|Stars|Quacquarelli|\d{4})/u,
    say: 'quy ét',
  }]],
  // "trên BĐ III", "mức BĐ2": a flood alert level in hydrological bulletins (elsewhere bộ đội).
  ['BĐ', [{ before: new Set(['trên', 'dưới', 'mức', 'xấp xỉ', 'vượt']), after: /^ (?:[IV]{1,3}|\d)(?![\p{L}\p{N}])/u, say: 'báo động' }]],
  // "Phật đản PL 2568": the Buddhist era (a pháp lệnh is named by its title, not by a year).
  ['PL', [{ after: /^\.? ?25\d\d(?!\d)/u, say: 'phật lịch' }]],
  ['UV', [{ after: /^ (?:BTV|BCH|BCT|UBKT|TW|TƯ|Ban|Bộ)(?![\p{L}\p{N}])/u, say: 'ủy viên' }]],
]);
