/**
 * Maps an offset in `source` to the same character in `target`, where the two differ only
 * in whitespace (a sentence of the manifest and where `findSentence` found it in the host
 * page's text: line breaks, indentation, doubled spaces). Used to light a word of the
 * sentence in the host page.
 * @example mapTextOffset('Hai câu.', 'Hai\n   câu.', 4) //=> 7
 */
export function mapTextOffset(source: string, target: string, offset: number): number {
  const space = /\s/;
  let i = 0;
  let j = 0;
  while (i < offset && j < target.length) {
    if (space.test(source[i]) || space.test(target[j])) {
      while (i < offset && space.test(source[i])) i++;
      while (j < target.length && space.test(target[j])) j++;
      continue;
    }
    i++;
    j++;
  }
  return j;
}
