/**
 * Words that put a sentence in aviation news, so a bare "A321" or "B787" there is an
 * aircraft model ("đội bay gồm 20 chiếc A321"), not a code. Lower case; compared against
 * the lower-cased sentence as substrings, so the list holds only words that are no part of
 * other words.
 */
export const AVIATION_WORDS: readonly string[] = [
  'máy bay', 'tàu bay', 'chuyến bay', 'đội bay', 'hãng bay', 'hàng không', 'sân bay', 'cất cánh', 'hạ cánh',
  'phi công', 'airbus', 'boeing', 'vietjet', 'vietnam airlines', 'bamboo airways', 'thân rộng', 'thân hẹp',
];
