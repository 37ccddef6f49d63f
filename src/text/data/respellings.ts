/**
 * Vietnamese respellings of foreign words, brands and acronyms said as words ("YouTube" diu
 * túp, "ASEAN" a xê an, "SEA Games" xi gêm, "Index" in đéc): what a Vietnamese newsreader
 * says, written in Vietnamese sounds for the offline engines (espeak-ng, and the sherpa-onnx
 * models it phonemizes), which cannot read English words.
 *
 * What belongs here: an entry whose reading is a pronunciation of the written word itself,
 * respelled in Vietnamese syllables (including English letter names: "CEO" xi i âu).
 * What does not: Vietnamese expansions ("UBND" ủy ban nhân dân, "USD" đô la mỹ, currency
 * names, units) and letters spelled with Vietnamese letter names ("WHO" vê kép hát o,
 * "IMF" i em ép): those stay in the abbreviation tables (data/abbreviations/). An entry that
 * is mostly letters or an expansion keeps its reading there with the foreign word as written
 * ("AFF Cup" a ép ép Cup); the word is listed here ("Cup", "Index"),
 * and the respelling class also reads such entries whole with the word respelled
 * (normalize/lexicon.ts).
 *
 * By default (cloud engines, benchmarks) these words are left as written, like any foreign
 * name, and kept from the letter speller; `normalizeAligned(s, { respellForeign: true })`
 * applies this table right after the site lexicon. Keys are case-sensitive; each also
 * matches in capitals ("FACEBOOK") unless a key written that way exists.
 */
export const FOREIGN_RESPELLINGS: Readonly<Record<string, string>> = {
  // International bodies and trade blocs said as words (VTV/VOV newsreader practice).
  ASEAN: 'a xê an', UNESCO: 'u nét xcô', NATO: 'na tô', UNICEF: 'u ni xép', APEC: 'a pếch', ASEM: 'a xem',
  OPEC: 'ô pếch', NASA: 'na sa', RCEP: 'ạc xép', COP: 'cốp', BRICS: 'bờ rích', Fed: 'phét', FED: 'phét',
  INTERPOL: 'in tơ pôn', Interpol: 'in tơ pôn', AIPA: 'ai pa', JICA: 'gi ca', KOICA: 'cô i ca', ISO: 'i xô',
  PAPI: 'pa pi', QUAD: 'quát', Quad: 'quát', AUKUS: 'âu cớt', NAFTA: 'náp ta', TASS: 'tát',
  // Brands, platforms and media words.
  iPhone: 'ai phôn', iPad: 'ai pát', YouTube: 'diu túp', Youtube: 'diu túp', Facebook: 'phây búc', TikTok: 'tíc tóc',
  Zalo: 'da lô', Google: 'gu gồ', ChatGPT: 'chát giê pê tê', IMAX: 'ai mắc', MAX: 'mắc', Website: 'oép sai', website: 'oép sai',
  email: 'i meo', Email: 'i meo', 'e-mail': 'i meo', 'E-mail': 'i meo', online: 'on lai', Online: 'on lai',
  livestream: 'lai xờ trim', Fax: 'phách', VietGAP: 'việt gáp', GlobalGAP: 'gờ lô bồ gáp',
  // Technology words said as English words or with English letter names.
  'Wi-Fi': 'oai phai', WiFi: 'oai phai', Wifi: 'oai phai', IT: 'ai ti', ID: 'ai đi', IoT: 'ai ô ti', CEO: 'xi i âu',
  VIP: 'vi ai pi', PR: 'pi a', SIM: 'sim', RAM: 'ram', ROM: 'rom', LED: 'lét', OLED: 'ô lét', PIN: 'pin',
  DDoS: 'đi đốt', DoS: 'đốt', eKYC: 'i kây xi', APP: 'áp', App: 'áp', 'M&A': 'em en ây', 'R&D': 'a en đi',
  B2B: 'bi tu bi', VNeID: 'vê en e ai đi',
  // Esports organisations said as words ("GAM Esports thắng T1").
  GAM: 'gam', PUBG: 'pấp gi',
  // Screen panels said as words ("Tivi QLED 75 inch", like OLED).
  QLED: 'kiu lét',
  // Market indices said with the English word (VTV market reports).
  'VN-Index': 'vê en in đéc', VNIndex: 'vê en in đéc', 'HNX-Index': 'hát en ích in đéc',
  // Language tests said as words.
  IELTS: 'ai en', TOEIC: 'tô ích', TOEFL: 'tô phồn',
  // Sport: competitions and bodies.
  'V-League': 'vê lích', 'V.League': 'vê lích', 'SEA Games': 'xi gêm', 'SEA GAMES': 'xi gêm',
  'Para Games': 'pa ra gêm', 'ASEAN Cup': 'a xê an cúp', 'ASEAN CUP': 'a xê an cúp', ASIAD: 'a xi át',
  FIFA: 'phi pha', UEFA: 'u ê pha', VAR: 'va', Cup: 'cúp', CUP: 'cúp',
  // Markets and money: exchange and index names, the euro.
  HoSE: 'hô se', HOSE: 'hô se', UPCoM: 'úp côm', Index: 'in đéc', Euro: 'ơ rô', euro: 'ơ rô', RON: 'ron',
  // Currency names written in their own spelling after an amount ("100 baht", "500 rupee").
  baht: 'bạt', won: 'uôn', yen: 'yên', rupee: 'ru pi', rupiah: 'ru pi a', ringgit: 'ring git', peso: 'pê xô', riel: 'riên',
};
