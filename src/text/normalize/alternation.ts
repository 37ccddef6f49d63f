/**
 * Builds a regex alternation from many literal words as a trie: "km|km/h|kg" becomes
 * "k(?:m(?:\/h)?|g)". The engine then checks one character per step instead of trying every
 * word in turn, which matters for the unit and lexicon tables (hundreds of entries) tried at
 * every number or capital. A longer word always wins over its prefix.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([ch, child]) => escapeChar(ch) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // The word may stop here: try the longer words first, then nothing.
  return branches.length === 1 && [...node.children.values()][0].children.size === 0 && branches[0].length <= 2
    ? `${body}?`
    : `(?:${branches.join('|')})?`;
}

/**
 * @example toAlternation(['km', 'km/h', 'kg']) //=> 'k(?:m(?:\\/h)?|g)'
 */
export function toAlternation(words: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  return emit(root);
}
