import { describe, expect, it } from 'vitest';
import { cleanUnicode } from '../../src/text/unicode.js';

describe('cleanUnicode', () => {
  it('composes, drops zero-width characters and turns odd spaces into spaces', () => {
    expect(cleanUnicode('Ho\u0300a\u00A0Bi\u0300nh\u200B')).toBe('Hòa Bình');
  });

  it('turns CRLF and Unicode line separators into line breaks, a paragraph separator into a blank line', () => {
    expect(cleanUnicode('Một.\r\nHai.\u2028Ba.\u2029Bốn.')).toBe('Một.\nHai.\nBa.\n\nBốn.');
  });
});
