import { describe, expect, it } from 'vitest';
import { isLetterAt, isLetterChar, isLetterOrDigitAt, isWordCharAt } from '../../src/normalize/chars.js';

// chars.ts answers code units below U+0800 from a table made from its patterns: the table must
// give what the patterns give, for every BMP code unit (the table's and the pattern's ranges both).
describe('character class tables', () => {
  it('match the one-character patterns on every BMP code unit', () => {
    const word = /^[\p{L}\p{M}\p{N}\u24B6-\u24E9\u{1F130}-\u{1F189}]$/u;
    const letter = /^\p{L}$/u;
    const letterOrDigit = /^[\p{L}\p{N}]$/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isWordCharAt(ch, 0) !== word.test(ch) || isLetterAt(ch, 0) !== letter.test(ch) || isLetterOrDigitAt(ch, 0) !== letterOrDigit.test(ch) || isLetterChar(ch, c) !== letter.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
