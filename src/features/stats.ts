// Shape of the readable text: how long, how shouted, how stretched (`soooooo`, `!!!!!!!!`).
import type { TextStats } from '../types.js';

/** Letter classes of code points below LETTER_TABLE_END: 0 not a letter, 1 upper case, 2 lower case, 3 letter without case. */
const LETTER_TABLE_END = 0x530;
/**
 * Built once at load from the same Unicode classes the exact passes use (\p{L}, \p{Lu}, \p{Ll}),
 * so the table cannot disagree with them; read-only afterwards. Latin, Greek and Cyrillic text
 * (most comments that are not ASCII) is then counted in the one loop.
 */
const LETTER_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(LETTER_TABLE_END);
  for (let c = 0; c < LETTER_TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    if (!/\p{L}/u.test(ch)) continue;
    table[c] = /\p{Lu}/u.test(ch) ? 1 : /\p{Ll}/u.test(ch) ? 2 : 3;
  }
  return table;
})();

/**
 * Code points outside the table that are never letters (\p{L}): General Punctuation (U+2000..206F),
 * arrows through symbols and box drawing (U+2190..2BFF), and the emoji and pictograph planes
 * (U+1F000..1FBFF). Comments decorate with these (box art, ♥, emoji, typographic dashes); without
 * this test one of them sent the whole text through the three Unicode-class passes. A test
 * checks every code point of these ranges against \p{L}.
 */
export function isNeverLetter(c: number): boolean {
  return (c >= 0x2000 && c < 0x2070) || (c >= 0x2190 && c < 0x2c00) || (c >= 0x1f000 && c < 0x1fc00);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

const ASCII_UPPER = 1;
const ASCII_LOWER = 2;
const ASCII_SPACE = 3;
/** What the loop below needs to know of an ASCII code unit: upper or lower case letter, space (isSpace), or neither (0). */
const ASCII_KIND: Uint8Array = (() => {
  const table = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) table[c] = c >= 65 && c <= 90 ? ASCII_UPPER : c >= 97 && c <= 122 ? ASCII_LOWER : isSpace(c) ? ASCII_SPACE : 0;
  return table;
})();

/**
 * One pass over the text. Letters below U+0530 (ASCII, Latin, Greek, Cyrillic) are counted in the
 * loop, and symbols that are never letters (isNeverLetter) skipped; when the text has anything else, letters and cases are counted by three Unicode-class
 * passes instead (UTF-16 units: an astral letter counts twice, which no band notices). Runs of whitespace do not count as
 * repeated characters: double spaces are layout, not emphasis.
 *
 * ASCII code units (most of any comment) are read from one table (ASCII_KIND): a space is one
 * test, a letter's case is added without a branch, and the longest run is only compared when a
 * run grows. Session 18 measured this loop at about three quarters of the time of the one it
 * replaced (blog texts 4.4 → 3.2 µs, youtube 0.72 → 0.53 µs; docs/speed-session18c.md).
 */
export function textStats(text: string, words: number): TextStats {
  /** Letters without case (counted apart: `letters` is the sum at the end). */
  let caseless = 0;
  let upper = 0;
  let lower = 0;
  // Set by a code unit the table does not cover: then the exact Unicode passes count letters.
  let beyondTable = false;
  let longestRun = 0;
  let run = 0;
  let prev = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      const kind = ASCII_KIND[c] as number;
      if (kind === ASCII_SPACE) {
        prev = -1;
        continue;
      }
      // Counted without a branch on the letter's case (kind 1: upper, 2: lower, 0: neither).
      upper += kind & 1;
      lower += kind >> 1;
    } else {
      if (c < LETTER_TABLE_END) {
        const cls = LETTER_CLASS[c] as number;
        if (cls === 1) upper++;
        else if (cls === 2) lower++;
        else if (cls === 3) caseless++;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
        if (!isNeverLetter(c)) beyondTable = true;
      } else if (!isNeverLetter(c)) beyondTable = true;
      if (isSpace(c)) {
        prev = -1;
        continue;
      }
    }
    if (c === prev) {
      if (++run > longestRun) longestRun = run;
    } else {
      run = 1;
      prev = c;
      if (longestRun === 0) longestRun = 1;
    }
  }
  let letters = upper + lower + caseless;
  if (beyondTable) {
    // Bounded runs: an unbounded `+` over a 5 MB run of combining marks overflows V8's regex stack.
    const onlyLetters = text.replace(/\P{L}{1,1024}/gu, '');
    letters = onlyLetters.length;
    upper = onlyLetters.replace(/\P{Lu}{1,1024}/gu, '').length;
    lower = onlyLetters.replace(/\P{Ll}{1,1024}/gu, '').length;
  }
  const cased = upper + lower;
  return { length: text.length, letters, upperShare: cased === 0 ? 0 : upper / cased, casedLetters: cased, longestRun, words };
}
