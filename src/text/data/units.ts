/**
 * Measurement units as printed in Vietnamese news and how a newsreader says them.
 * Source: Nghị định 86/2012/NĐ-CP (đơn vị đo pháp định, SI names in Vietnamese spelling:
 * mét, ki lô gam, héc ta, oát, vôn, héc) and common press usage (km/h, kWh, µg/m3).
 * Keys are case-sensitive: "MW" mê ga oát, "mW" mi li oát.
 */
export const UNITS: Readonly<Record<string, string>> = {
  km: 'ki lô mét', 'km2': 'ki lô mét vuông', 'km²': 'ki lô mét vuông', m: 'mét', m2: 'mét vuông', 'm²': 'mét vuông',
  m3: 'mét khối', 'm³': 'mét khối', dm: 'đề xi mét', cm: 'xen ti mét', cm2: 'xen ti mét vuông', cm3: 'xen ti mét khối',
  mm: 'mi li mét', 'µm': 'mi crô mét', nm: 'na nô mét', ha: 'héc ta', kg: 'ki lô gam', g: 'gam', mg: 'mi li gam',
  'µg': 'mi crô gam', lít: 'lít', l: 'lít', L: 'lít', ml: 'mi li lít', 'km/h': 'ki lô mét trên giờ', 'km/giờ': 'ki lô mét trên giờ',
  'm/s': 'mét trên giây', 'µg/m3': 'mi crô gam trên mét khối', 'µg/m³': 'mi crô gam trên mét khối',
  'm3/s': 'mét khối trên giây', 'm³/s': 'mét khối trên giây', '°C': 'độ xê', 'ºC': 'độ xê', '°F': 'độ ép', '°': 'độ',
  'độ C': 'độ xê', 'oC': 'độ xê', W: 'oát', kW: 'ki lô oát', KW: 'ki lô oát', MW: 'mê ga oát', GW: 'gi ga oát',
  kWh: 'ki lô oát giờ', KWh: 'ki lô oát giờ', MWh: 'mê ga oát giờ', GWh: 'gi ga oát giờ', kWp: 'ki lô oát đỉnh',
  MWp: 'mê ga oát đỉnh', V: 'vôn', kV: 'ki lô vôn', KV: 'ki lô vôn', mAh: 'mi li am pe giờ',
  Hz: 'héc', kHz: 'ki lô héc', MHz: 'mê ga héc', GHz: 'gi ga héc', KB: 'ki lô bai', MB: 'mê ga bai', GB: 'gi ga bai',
  TB: 'tê ra bai', Mbps: 'mê ga bít trên giây', Gbps: 'gi ga bít trên giây', inch: 'inh', cc: 'xê xê', ppm: 'pê pê em',
  '%': 'phần trăm', '‰': 'phần nghìn', tạ: 'tạ', yến: 'yến', tấn: 'tấn',
  dB: 'đề xi ben', 'Ω': 'ôm', kΩ: 'ki lô ôm', mmHg: 'mi li mét thủy ngân', 'mmol/l': 'mi li mol trên lít', 'mg/l': 'mi li gam trên lít', 'g/l': 'gam trên lít', 'mg/dl': 'mi li gam trên đề xi lít', km3: 'ki lô mét khối',
};

/** Units safe to expand without a number before them ("mỗi ha", "/kg"): multi-letter, unambiguous. */
export const BARE_UNITS: ReadonlySet<string> = new Set([
  'km', 'km2', 'km²', 'm2', 'm²', 'm3', 'm³', 'cm', 'mm', 'ha', 'kg', 'mg', 'ml', 'kWh', 'MWh', 'MW', 'kW', 'GW',
  'km/h', 'm/s', 'µg/m3', '°C', 'Mbps', 'GB', 'MB', 'tấn', 'lít', 'tạ', 'yến', 'm',
]);

/** Words that may follow "/" in a rate ("đồng/người/tháng"): read "một người, một tháng". */
export const RATE_WORDS: ReadonlySet<string> = new Set([
  'người', 'tháng', 'năm', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'giây', 'lượt', 'hộ', 'con', 'cây', 'chiếc', 'suất',
  'ca', 'sào', 'lần', 'gói', 'hộp', 'chai', 'căn', 'phòng', 'học sinh', 'khẩu', 'vé', 'đêm', 'km', 'kg', 'tấn', 'lít',
  'ha', 'm2', 'm²', 'm3', 'm³', 'kWh', 'USD', 'thùng', 'tạ', 'yến', 'cái', 'bao', 'trái', 'quả', 'liều', 'lượng', 'tiết',
  'buổi', 'chuyến', 'km2', 'cm', 'm', 'ml', 'bộ', 'xe', 'máy', 'thửa', 'lô', 'công', 'mẫu', 'gam', 'g', 'lạng', 'cân',
]);

/** After "/", these are a denominator of time or distance and read "trên" (km/giờ, m/giây). */
export const PER_WORDS_TREN: ReadonlySet<string> = new Set(['giờ', 'giây', 'phút', 'h', 's']);
