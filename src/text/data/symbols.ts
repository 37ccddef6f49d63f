/**
 * Symbols that may still stand in a sentence after every rule, and what is said for them.
 * The last-resort pass (normalize/fallback.ts) reads these and drops anything else that is
 * not a letter or prosody punctuation, reporting each one so an editor can add an entry.
 */
export const SYMBOL_NAMES: Readonly<Record<string, string>> = {
  '@': 'a còng', '§': 'điều', '№': 'số', '©': '', '®': '', '™': '', '†': '', '‡': '', '¶': '', '•': '', '·': '',
  '√': 'căn', '∞': 'vô cực', '≈': 'xấp xỉ', '≠': 'khác', '×': 'nhân', '÷': 'chia', '→': '', '←': '', '↑': 'tăng',
  '↓': 'giảm', '★': '', '☆': '', '✓': '', '✔': '', '❤': '', '♥': '', '/': '', '\\': '', '[': '', ']': '', '{': '', '}': '',
  '²': 'bình phương', '³': 'lập phương', '<': 'nhỏ hơn', '>': 'lớn hơn', '+': 'cộng', '$': 'đô la', '#': '', '*': '', '_': '', '|': '', '^': '', '`': '', '~': '',
};

/** Punctuation an engine uses for prosody and never reads aloud: kept as it is. */
export const PROSODY_PUNCTUATION = ',.;:!?…()"“”\'‘’«»-–—';
