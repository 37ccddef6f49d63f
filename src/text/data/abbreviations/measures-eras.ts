/**
 * Abbreviations that stand next to numbers: eras after a year ("179 TCN"), health readings
 * ("SpO2 95%") and real-estate listings ("căn hộ 3PN"). Sources: history textbooks of Bộ
 * GD-ĐT (TCN, SCN), Bộ Y tế bulletins (SpO2), property listings of VnExpress and Dân trí.
 */
export const MEASURES_ERAS: Readonly<Record<string, string>> = {
  TCN: 'trước công nguyên', SCN: 'sau công nguyên', SpO2: 'ét pê ô hai', PN: 'phòng ngủ',
  // Festival and lunar dates ("15/1 ÂL", also "15/8 âl"); blood counts in hospital reports ("Hb 7 g/dL").
  ÂL: 'âm lịch', âl: 'âm lịch', Hb: 'hát bê',
  // Lottery result tables: the special prize's row ("G.ĐB: 45821").
  'G.ĐB': 'giải đặc biệt',
  // A car's outer size in specification tables: "kích thước D x R x C lần lượt 4.595 x 1.750 x 1.730 mm".
  'D x R x C': 'dài nhân rộng nhân cao', 'DxRxC': 'dài nhân rộng nhân cao',
};
