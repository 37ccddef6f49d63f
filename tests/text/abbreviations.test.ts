import { describe, expect, it } from 'vitest';
import {
  ABBREVIATIONS, ABBREVIATION_PHRASES, ABBREVIATION_TABLES, CODE_PREFIXES, DOCUMENT_PARTS,
} from '../../src/text/data/abbreviations.js';
import { LETTER_NAMES } from '../../src/text/data/letters.js';
import { UNITS } from '../../src/text/data/units.js';
import { normalizeSentence } from '../../src/text/normalize/index.js';

const allEntries = (): Array<[string, string]> => ABBREVIATION_TABLES.flatMap((t) => Object.entries(t));

describe('abbreviation lexicon data', () => {
  it('has several hundred entries', () => {
    expect(ABBREVIATIONS.size + ABBREVIATION_PHRASES.size).toBeGreaterThan(500);
  });

  it('never gives one key two different readings across domain tables', () => {
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const [key, value] of allEntries()) {
      if (seen.has(key) && seen.get(key) !== value) conflicts.push(`${key}: ${seen.get(key)} | ${value}`);
      seen.set(key, value);
    }
    expect(conflicts).toEqual([]);
  });

  it('expands only to speakable words: no digits, symbols or leftover acronyms', () => {
    for (const table of [...ABBREVIATION_TABLES, DOCUMENT_PARTS, CODE_PREFIXES, UNITS, LETTER_NAMES]) {
      for (const [key, value] of Object.entries(table)) {
        expect(value, key).toMatch(/^[\p{L} ]+$/u);
        expect(value, key).not.toMatch(/\p{Lu}{2,}/u);
      }
    }
  });

  it('is used by normalize for every single-token entry', () => {
    const missed = [...ABBREVIATIONS]
      .filter(([key, value]) => !normalizeSentence(`Theo ${key} tỉnh`).toLowerCase().includes(value.toLowerCase()))
      .map(([key]) => key);
    expect(missed).toEqual([]);
  });
});
