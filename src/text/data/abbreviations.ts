/**
 * The built-in press abbreviation lexicon: every domain table merged into one lookup.
 * Keys are case-sensitive as printed ("TS." is a title, "Ts" is not an acronym); later
 * tables do not override earlier ones silently — see tests/text/abbreviations.test.ts.
 */
import { EDUCATION_HEALTH } from './abbreviations/education-health.js';
import { ECONOMY } from './abbreviations/economy.js';
import { GOVERNMENT } from './abbreviations/government.js';
import { INTERNATIONAL_MEDIA } from './abbreviations/international-media.js';
import { MEASURES_ERAS } from './abbreviations/measures-eras.js';
import { ECONOMY_EDUCATION_EXTRA, ORGANISATIONS } from './abbreviations/organisations.js';
import { PLACES_SPORTS } from './abbreviations/places-sports.js';
import { SECURITY_LAW } from './abbreviations/security-law.js';
import { TITLES } from './abbreviations/titles.js';

import { SIGNATURE_AUTHORITY } from './abbreviations/documents.js';

export { DOCUMENT_PARTS, DOCUMENT_TYPE_CODES } from './abbreviations/documents.js';

/** The domain tables, in lookup priority order (first wins on a shared key). */
export const ABBREVIATION_TABLES: ReadonlyArray<Readonly<Record<string, string>>> = [
  GOVERNMENT, TITLES, EDUCATION_HEALTH, SECURITY_LAW, ECONOMY, PLACES_SPORTS, INTERNATIONAL_MEDIA, ORGANISATIONS,
  ECONOMY_EDUCATION_EXTRA, MEASURES_ERAS, SIGNATURE_AUTHORITY,
];

/** The token reader sees a token whose first letters hold an ASCII capital or Đ (normalize/abbreviation.ts). */
const TOKEN_HEAD = /^[a-zđ\d]*[A-ZĐ]/;
/**
 * Keys the token reader can see: one token with a capital letter ("UBND", "TP.HCM", "Covid-19").
 * The others ("ÂL", a decimal comma "PM2,5") are matched as phrases.
 */
const isToken = (key: string): boolean => !key.includes(' ') && !key.includes(',') && TOKEN_HEAD.test(key);

/** All single-token abbreviations with a capital letter. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = buildMap(isToken);
/** Multi-word or lower-case entries ("SEA Games", "TP. HCM", "v.v."), matched as whole phrases. */
export const ABBREVIATION_PHRASES: ReadonlyMap<string, string> = buildMap((key) => !isToken(key));

/**
 * Headlines print every entry in capitals ("AFF CUP", "FACEBOOK"): each key also matches
 * in capitals, unless a key written that way already exists.
 */
function buildMap(keep: (key: string) => boolean): Map<string, string> {
  const map = new Map<string, string>();
  for (const table of ABBREVIATION_TABLES) {
    for (const [key, value] of Object.entries(table)) if (keep(key) && !map.has(key)) map.set(key, value);
  }
  const allKeys = new Set(ABBREVIATION_TABLES.flatMap((t) => Object.keys(t)));
  for (const [key, value] of [...map]) {
    const upper = key.toUpperCase();
    if (upper !== key && !allKeys.has(upper) && keep(upper) && /\p{L}{2}/u.test(key)) map.set(upper, value);
  }
  return map;
}

/**
 * Prefixes that take a number or a name in the same token: "QL14" quốc lộ mười bốn,
 * "P.5" phường năm, "Q.Bình Thạnh" quận Bình Thạnh, "ĐT670" đường tỉnh sáu trăm bảy mươi.
 * Source: Luật Đường bộ 2024 (road classes); press usage for wards and districts.
 */
export const CODE_PREFIXES: Readonly<Record<string, string>> = {
  // "NĐ168", "NQ57": a decree or resolution named by its number in headlines.
  NĐ: 'nghị định', NQ: 'nghị quyết', QĐ: 'quyết định',
  QL: 'quốc lộ', ĐT: 'đường tỉnh', TL: 'tỉnh lộ', HL: 'hương lộ', ĐH: 'đường huyện', P: 'phường', Q: 'quận',
  H: 'huyện', X: 'xã', TP: 'thành phố', Tp: 'thành phố', TX: 'thị xã', TT: 'thị trấn', KP: 'khu phố', F: 'ép',
  U: 'u', CT: 'cao tốc', COP: 'cốp', SEA: 'xi', APEC: 'a pếch', ASEAN: 'a xê an', G: 'giê', Km: 'ki lô mét', KM: 'ki lô mét', km: 'ki lô mét',
  // Petrol grades as printed on price notices: "RON92", "E5 RON92".
  RON: 'ron',
  // A legislature with its term: "QH15", "UBTVQH15" (also in "27/2024/QH15") → "quốc hội khóa mười lăm".
  QH: 'quốc hội khóa', UBTVQH: 'ủy ban thường vụ quốc hội khóa',
  // Flood alert levels in hydrological bulletins (Quyết định 05/2020/QĐ-TTg): "trên BĐ3 0,5 m".
  BĐ: 'báo động',
  // Chart positions in entertainment news: "No.1 Billboard" is số một.
  No: 'số',
  // Admissions wishes "NV1" (nguyện vọng một) and patients numbered in outbreak reports "BN91".
  NV: 'nguyện vọng', BN: 'bệnh nhân',
  // Military regions are numbered (Quân khu 1–9): "Bộ Tư lệnh QK7", "Trường Quân sự QK5".
  QK: 'quân khu',
  // School terms numbered in report cards and exam news: "điểm HK1", "thi HK2" (học kỳ).
  HK: 'học kỳ',
};

/**
 * Prefixes read only before a dot and a name ("H. Đức Cơ", "X. Ia Grai"): districts and
 * communes have names, not numbers, so glued to digits H and X are letters ("H2O", "24H2",
 * "GDDR6X", "H1/2025").
 */
export const NAMED_ONLY_PREFIXES: ReadonlySet<string> = new Set(['H', 'X']);
