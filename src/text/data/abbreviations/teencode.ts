/**
 * Chat shorthand of social posts quoted in the news (teencode), read as the words they stand
 * for. Only forms that are no other word, unit or code in lower case: "ko" không, "dc"/"đc"
 * được, "vs" với, "ntn" như thế nào. Not "k" alone (a thousand, "5k"): see TEENCODE_K_BEFORE.
 */
export const TEENCODE: Readonly<Record<string, string>> = {
  ko: 'không', dc: 'được', đc: 'được', vs: 'với', ntn: 'như thế nào',
};

/** After a lone "k": the verbs it negates in chat ("k biết", "k có", "k sao"), so it is "không". */
export const TEENCODE_K_BEFORE: ReadonlySet<string> = new Set([
  'biết', 'có', 'được', 'sao', 'phải', 'thể', 'nên', 'cần', 'muốn', 'thích', 'hiểu', 'ai', 'ăn', 'đi', 'làm', 'nói',
  'thấy', 'nghe', 'tin', 'chịu', 'dám', 'còn', 'bao', 'hề', 'ngờ', 'rõ',
]);
