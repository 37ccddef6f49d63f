/**
 * Abbreviations with two common readings, told apart by the words right before them (1–3
 * words, lower case). The lexicon reading stays the default; these rules only switch it.
 * "Công ty CP" is cổ phần but "các cơ quan thuộc CP" is Chính phủ; "BTC giải" is ban tổ
 * chức but "Bộ trưởng BTC" Bộ Tài chính; "năm 208 TCN" is trước Công nguyên but "Trường TCN"
 * trung cấp nghề. Source: press usage at VnExpress, Tuổi Trẻ, Báo Chính phủ.
 */
export interface ContextReading {
  /** Words (lower case, up to three) that may stand right before the abbreviation. */
  readonly before: ReadonlySet<string>;
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
  ]],
  ['TCN', [{ before: new Set(['trường', 'hệ', 'bằng']), say: 'trung cấp nghề' }]],
]);
