/**
 * Measurement units as printed in Vietnamese news and how a newsreader says them.
 * Source: Nghị định 86/2012/NĐ-CP (đơn vị đo pháp định, SI names in Vietnamese spelling:
 * mét, ki lô gam, héc ta, oát, vôn, héc) and common press usage (km/h, kWh, µg/m3).
 * Keys are case-sensitive: "MW" mê ga oát, "mW" mi li oát.
 */
export const UNITS: Readonly<Record<string, string>> = {
  km: 'ki lô mét', 'km2': 'ki lô mét vuông', 'km²': 'ki lô mét vuông', m: 'mét', m2: 'mét vuông', 'm²': 'mét vuông',
  m3: 'mét khối', 'm³': 'mét khối', dm: 'đề xi mét', cm: 'xăng ti mét', cm2: 'xăng ti mét vuông', cm3: 'xăng ti mét khối',
  mm: 'mi li mét', 'µm': 'mi crô mét', nm: 'na nô mét', ha: 'héc ta', kg: 'ki lô gam', g: 'gam', mg: 'mi li gam',
  'µg': 'mi crô gam', lít: 'lít', l: 'lít', L: 'lít', ml: 'mi li lít', 'km/h': 'ki lô mét trên giờ', 'km/giờ': 'ki lô mét trên giờ',
  'm/s': 'mét trên giây', 'µg/m3': 'mi crô gam trên mét khối', 'µg/m³': 'mi crô gam trên mét khối',
  // Stack emissions are given per normal cubic metre (QCVN 19:2024/BTNMT): "mg/Nm³".
  Nm3: 'mét khối chuẩn', 'Nm³': 'mét khối chuẩn', 'mg/Nm3': 'mi li gam trên mét khối chuẩn', 'mg/Nm³': 'mi li gam trên mét khối chuẩn',
  'µg/Nm3': 'mi crô gam trên mét khối chuẩn', 'µg/Nm³': 'mi crô gam trên mét khối chuẩn',
  'm3/s': 'mét khối trên giây', 'm³/s': 'mét khối trên giây', '°C': 'độ xê', 'ºC': 'độ xê', '℃': 'độ xê', '°F': 'độ ép', '℉': 'độ ép', '°': 'độ',
  // Storm positions in bulletins ("20,1°N; 107,5°E"): the degree and its hemisphere.
  '°N': 'độ vĩ bắc', '°S': 'độ vĩ nam', '°E': 'độ kinh đông', '°W': 'độ kinh tây',
  'độ C': 'độ xê', 'oC': 'độ xê', W: 'oát', kW: 'ki lô oát', KW: 'ki lô oát', MW: 'mê ga oát', GW: 'gi ga oát',
  kWh: 'ki lô oát giờ', KWh: 'ki lô oát giờ', MWh: 'mê ga oát giờ', GWh: 'gi ga oát giờ', kWp: 'ki lô oát đỉnh',
  MWp: 'mê ga oát đỉnh', V: 'vôn', kV: 'ki lô vôn', KV: 'ki lô vôn', mAh: 'mi li am pe giờ',
  Hz: 'héc', kHz: 'ki lô héc', MHz: 'mê ga héc', GHz: 'gi ga héc', KB: 'ki lô bai', MB: 'mê ga bai', GB: 'gi ga bai',
  TB: 'tê ra bai', Mbps: 'mê ga bít trên giây', Gbps: 'gi ga bít trên giây', inch: 'inh', cc: 'xê xê', ppm: 'pê pê em',
  '%': 'phần trăm', '‰': 'phần nghìn', tạ: 'tạ', yến: 'yến', tấn: 'tấn',
  dB: 'đề xi ben', 'Ω': 'ôm', kΩ: 'ki lô ôm', mmHg: 'mi li mét thủy ngân', 'mmol/l': 'mi li mol trên lít', 'mg/l': 'mi li gam trên lít', 'g/l': 'gam trên lít', 'mg/dl': 'mi li gam trên đề xi lít', km3: 'ki lô mét khối',
  // Engines, time, pressure, energy and doses (Nghị định 86/2012/NĐ-CP; health and motoring news).
  hp: 'mã lực', HP: 'mã lực', CV: 'mã lực', ms: 'mi li giây', 'µs': 'mi crô giây', Nm: 'niu tơn mét', kN: 'ki lô niu tơn',
  Pa: 'pát can', kPa: 'ki lô pát can', MPa: 'mê ga pát can', atm: 'át mốt phe', kcal: 'ki lô ca lo', cal: 'ca lo',
  mmol: 'mi li mol', 'mg/kg': 'mi li gam trên ki lô gam', 'ml/kg': 'mi li lít trên ki lô gam', 'g/kg': 'gam trên ki lô gam',
  'ml/giờ': 'mi li lít trên giờ', 'ml/h': 'mi li lít trên giờ', 'l/s': 'lít trên giây', 'kg/m2': 'ki lô gam trên mét vuông',
  'kg/m3': 'ki lô gam trên mét khối', 'g/m3': 'gam trên mét khối', 'mg/m3': 'mi li gam trên mét khối', kbps: 'ki lô bít trên giây',
  'vòng/phút': 'vòng trên phút', 'l/p': 'lần trên phút', 'l/ph': 'lần trên phút', 'lần/p': 'lần trên phút', 'lần/ph': 'lần trên phút', 'nhịp/phút': 'nhịp trên phút', Mb: 'mê ga bít', Gb: 'gi ga bít', Kb: 'ki lô bít', mSv: 'mi li xi vớt',
  'cm³': 'xăng ti mét khối', 'cm²': 'xăng ti mét vuông', dm2: 'đề xi mét vuông', 'dm²': 'đề xi mét vuông', dm3: 'đề xi mét khối',
  'dm³': 'đề xi mét khối', mm2: 'mi li mét vuông', 'mm²': 'mi li mét vuông', mm3: 'mi li mét khối', 'mm³': 'mi li mét khối',
  TW: 'tê ra oát', TWh: 'tê ra oát giờ', mV: 'mi li vôn', mA: 'mi li am pe', kA: 'ki lô am pe', '°K': 'độ ken vin', MVA: 'mê ga vôn am pe', kVA: 'ki lô vôn am pe',
  // Blood counts in health news (Bộ Y tế result sheets): "bạch cầu 15 G/L", "hồng cầu 4,5 T/L".
  'G/L': 'gi ga trên lít', 'T/L': 'tê ra trên lít', 'g/dL': 'gam trên đề xi lít', 'g/dl': 'gam trên đề xi lít',
  // Cameras and video in technology news: "200MP", "30fps".
  MP: 'mê ga pixel', fps: 'khung hình trên giây',
  // Interest rates in market news: "giảm 50 bps" (basis points).
  bps: 'điểm cơ bản',
  // Lab values, radiation, air pressure and links in health, science and tech news
  // ("creatinin 150 µmol/L", "vitamin D 15 ng/ml", "0,2 µSv/h", "1.013 hPa", "1,5 Tbps").
  mol: 'mol', 'µmol': 'mi crô mol', 'µmol/l': 'mi crô mol trên lít', 'ng/ml': 'na nô gam trên mi li lít', ng: 'na nô gam',
  mcg: 'mi crô gam', 'U/L': 'đơn vị trên lít', 'µSv': 'mi crô xi vớt', Sv: 'xi vớt', hPa: 'héc tô pát can',
  Tbps: 'tê ra bít trên giây', oz: 'ao xơ', Wh: 'oát giờ',
  // Particle energies in physics news ("1,2 MeV", "13,6 TeV" at the LHC).
  eV: 'e léc tron vôn', keV: 'ki lô e léc tron vôn', MeV: 'mê ga e léc tron vôn', GeV: 'gi ga e léc tron vôn', TeV: 'tê ra e léc tron vôn',
  // Commodity quotes: "arabica 320 cent/lb" (ICE New York prices coffee per pound).
  lb: 'pao', lbs: 'pao',
  // Imperial lengths and speeds of foreign news, freight and gas quotes, battery packs and
  // trace gases ("cao 6 ft", "60 mph", "200 CBM", "3 USD/MMBtu", "100 Ah", "400 ppb").
  ft: 'phít', mph: 'dặm trên giờ', CBM: 'mét khối', MMBtu: 'triệu bê tê u', MMBTU: 'triệu bê tê u', bbl: 'thùng',
  Ah: 'am pe giờ', dBA: 'đề xi ben a', gr: 'gam', kJ: 'ki lô giun', MJ: 'mê ga giun', ppb: 'pê pê bê', Wp: 'oát đỉnh', GWp: 'gi ga oát đỉnh',
  // Floor areas of real-estate listings and print and screen densities of tech news, letters by the
  // table ("căn hộ 75 sqm", "máy in 1.200 dpi", "màn hình 460 ppi").
  sqm: 'mét vuông', dpi: 'đê pê i', ppi: 'pê pê i',
};

/**
 * Marks read after a number only when glued to it: hotel stars ("khách sạn 5*", "resort 4★")
 * and the degree sign typed as a spaced zero, as pasted from Word ("35 0C").
 */
export const GLUED_MARKS: Readonly<Record<string, string>> = { '*': 'sao', '★': 'sao' };
export const SPACED_DEGREE = '0C';

/**
 * Units printed in lower case or another case, as in product specs and informal news
 * ("4gb", "110v", "2kw", "60hz", "80db"): each stands for the unit it spells.
 */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  gb: 'GB', mb: 'MB', kb: 'KB', tb: 'TB', tw: 'TW', twh: 'TWh', kw: 'kW', Kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', Kwh: 'kWh', mwh: 'MWh',
  hz: 'Hz', khz: 'kHz', mhz: 'MHz', Mhz: 'MHz', ghz: 'GHz', Ghz: 'GHz', db: 'dB', DB: 'dB', mah: 'mAh', mbps: 'Mbps',
  gbps: 'Gbps', v: 'V', kv: 'kV', w: 'W', KG: 'kg', Kg: 'kg', KM: 'km', CM: 'cm', MM: 'mm', ML: 'ml', '°c': '°C',
  '°f': '°F', '°k': '°K', 'mmol/L': 'mmol/l', 'mg/L': 'mg/l', 'g/L': 'g/l', 'mg/dL': 'mg/dl', 'Km/h': 'km/h', 'KM/H': 'km/h', M2: 'm2', M3: 'm3',
  'µmol/L': 'µmol/l', 'ng/mL': 'ng/ml', mL: 'ml', 'u/l': 'U/L', 'UI/L': 'U/L', tbps: 'Tbps',
  // The Greek mu (U+03BC) typed for the micro sign (U+00B5): "2,5 μm", "50 μg/m3".
  'μm': 'µm', 'μg': 'µg', 'μg/m3': 'µg/m3', 'μg/m³': 'µg/m³', 'μs': 'µs', 'μmol': 'µmol', 'μmol/l': 'µmol/l',
  'μmol/L': 'µmol/l', 'μSv': 'µSv',
};

/**
 * Units read even with no number before them ("tính theo km", "đơn vị: m3"): several
 * letters, never a word or an initial (so not "m", "g", "ha", "MB").
 */
export const STANDALONE_UNITS: ReadonlySet<string> = new Set([
  'km', 'km2', 'km²', 'm2', 'm²', 'm3', 'm³', 'cm', 'mm', 'kg', 'mg', 'ml', 'kWh', 'MWh', 'GWh', 'MW', 'kW', 'GW',
  'km/h', 'm/s', 'µg/m3', 'µg/m³', '°C', 'Mbps', 'Gbps', 'GB', 'kV', 'MHz', 'GHz', 'mmHg', 'mg/l', 'cm2', 'cm3',
]);

/** Units safe to expand without a number before them ("mỗi ha", "/kg"): multi-letter, unambiguous. */
export const BARE_UNITS: ReadonlySet<string> = new Set([
  'km', 'km2', 'km²', 'm2', 'm²', 'm3', 'm³', 'cm', 'mm', 'ha', 'kg', 'mg', 'ml', 'kWh', 'MWh', 'MW', 'kW', 'GW',
  'km/h', 'm/s', 'µg/m3', '°C', 'Mbps', 'GB', 'MB', 'tấn', 'lít', 'tạ', 'yến', 'm',
]);

/** Words that may follow "/" in a rate ("đồng/người/tháng"): read "một người, một tháng". */
export const RATE_WORDS: ReadonlySet<string> = new Set([
  'người', 'tháng', 'năm', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'giây', 'lượt', 'hộ', 'con', 'cây', 'chiếc', 'suất',
  'ca', 'sào', 'lần', 'gói', 'hộp', 'chai', 'căn', 'phòng', 'học sinh', 'khẩu', 'vé', 'đêm', 'km', 'kg', 'tấn', 'lít', 'h', 's', 'min',
  'ha', 'm2', 'm²', 'm3', 'm³', 'kWh', 'USD', 'thùng', 'tạ', 'yến', 'cái', 'bao', 'trái', 'quả', 'liều', 'lượng', 'tiết',
  'buổi', 'chuyến', 'km2', 'cm', 'm', 'ml', 'bộ', 'xe', 'máy', 'thửa', 'lô', 'công', 'mẫu', 'gam', 'g', 'lạng', 'cân',
  // Farm seasons and batches: "25 tấn/ha/vụ", "3 lứa/năm".
  'vụ', 'lứa', 'mùa',
  // Plant capacities per day and night: "10.000 m³/ngày.đêm", "/ngày-đêm", "/ngày đêm".
  'ngày đêm', 'ngày.đêm', 'ngày-đêm',
]);

/**
 * After "/", groups and places a count is shared among, per item ("một") even after a two-word
 * counter: "30 học sinh/lớp", "5 bệnh nhân/giường", "3 cán bộ/xã" (Thông tư 26/2023 on class sizes).
 */
export const PER_GROUP_WORDS: ReadonlySet<string> = new Set([
  'lớp', 'trường', 'giường', 'bàn', 'nhóm', 'đội', 'tổ', 'xã', 'phường', 'huyện', 'tỉnh', 'khoa', 'phòng', 'hộ', 'ca', 'kíp',
]);

/** Periods a dose or an intake is counted in: after a letter they are a rate, "vitamin D/ngày" (not "K/g" kính gửi). */
export const PER_PERIOD_WORDS: ReadonlySet<string> = new Set(['ngày', 'tuần', 'tháng', 'năm', 'giờ', 'bữa', 'lần', 'liều']);

/** After "/", a magnitude word is a population or sample size, "trên": "35 bác sĩ/vạn dân", "5 ca/triệu dân". */
export const PER_MAGNITUDE_WORDS: ReadonlySet<string> = new Set(['nghìn', 'ngàn', 'vạn', 'triệu']);

/** Short words after "/" in price tables, and what they stand for: "10.000 đồng/cp" → "một cổ phiếu", "/ccq" (fund units). */
export const RATE_SHORT_WORDS: Readonly<Record<string, string>> = {
  cp: 'cổ phiếu', CP: 'cổ phiếu', ccq: 'chứng chỉ quỹ', 'ngày.đêm': 'ngày đêm', 'ngày-đêm': 'ngày đêm',
};

/** After "/", these are a denominator of time or distance and read "trên" (km/giờ, m/giây). */
export const PER_WORDS_TREN: ReadonlySet<string> = new Set(['giờ', 'giây', 'phút', 'h', 's', 'min']);

/** Units written out as one word, as fines and lab reports print them ("0,25 miligam/lít khí thở"). */
export const SPELLED_UNIT_WORDS: readonly string[] = ['miligam', 'microgam', 'micrôgam', 'mililit', 'mililít', 'kilôgam', 'kilogam'];

/** Volumes after a unit: a concentration, "trên" ("mg/lít", "g/l"); after money a price, "một" ("đồng/lít"). */
export const PER_VOLUME_TREN: ReadonlySet<string> = new Set(['lít', 'l', 'ml', 'dl', 'm3', 'm³', 'cm3', 'cm³']);

/** Short time units after "/" ("5€/h", "m/s", "vòng/min" in engine specs) and how they are said. */
export const PER_TIME_UNITS: Readonly<Record<string, string>> = { h: 'giờ', s: 'giây', p: 'phút', min: 'phút' };
