/**
 * Words after which a period does not end a sentence, even before a capital:
 * titles and place prefixes as printed in Vietnamese news ("TP. Kon Tum", "TS. Phạm Thị Hà",
 * "GS.TS. Nguyễn Văn A"). Compared case-sensitively with the word before the dot.
 * Source: the titles and places tables in data/abbreviations/ plus common Latin shorthand.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'TP', 'Tp', 'TX', 'TT', 'P', 'Q', 'H', 'X', 'KP', 'GS', 'PGS', 'TS', 'ThS', 'Ths', 'TSKH', 'BS', 'Bs', 'KS', 'KTS',
  'LS', 'DS', 'NSND', 'NSƯT', 'NGƯT', 'NGND', 'TTND', 'TTƯT', 'CN', 'ĐD', 'Th', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof',
  'Co', 'Ltd', 'Inc', 'No', 'Tel', 'Fax', 'Đ/c', 'đ/c', 'Ts', 'Gs', 'PV', 'BSCKI', 'BSCKII', 'CKI', 'CKII',
  'TS.BS', 'ThS.BS', 'GS.TS', 'PGS.TS', 'GS.TSKH', 'BS.CKI', 'BS.CKII', 'Nxb', 'NXB', 'tr', 'Tr',
  'ĐT', 'Đt', 'đt',
]);

/** Characters that close a sentence and stay with it: quotes and brackets. */
export const CLOSERS = new Set(['"', '\'', '”', '’', '»', ')', ']', '}']);
