// Code-point tests for the hand-written scanners. A `u`-flag regex run over a whole comment costs
// ~25 ns a character in V8 (its classes are checked code point by code point with surrogate
// handling); these helpers answer ASCII with comparisons and test only the rare non-ASCII code
// point against a one-character Unicode pattern, so a scan costs a few ns a character.

const WORD_CHAR = /^[\p{L}\p{M}\p{N}\u24B6-\u24E9\u{1F130}-\u{1F189}]$/u;
const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// The three patterns' answers for every code unit below U+0800 (Latin, Greek, Cyrillic, Armenian,
// Hebrew, Arabic: one code unit, one code point), worked out once from the patterns themselves,
// so a lookup gives exactly what the test gives. A Russian comment is all such characters, and
// the one-character regex test (a slice and a `u`-flag match, ~40 ns) per character was the
// largest single cost of normalizing it (look-alike folding scans every character of the text).
const TABLED = 0x800;
const IS_WORD = 1;
const IS_LETTER = 2;
const IS_LETTER_OR_DIGIT = 4;
const CLASSES = new Uint8Array(TABLED);
for (let c = 0; c < TABLED; c++) {
  const ch = String.fromCharCode(c);
  CLASSES[c] = (WORD_CHAR.test(ch) ? IS_WORD : 0) | (LETTER.test(ch) ? IS_LETTER : 0) | (LETTER_OR_DIGIT.test(ch) ? IS_LETTER_OR_DIGIT : 0);
}

/** Whether `ch`, one code point (`cp`), is a letter (\p{L}): from the table below U+0800. */
export function isLetterChar(ch: string, cp: number): boolean {
  return cp < TABLED ? ((CLASSES[cp] as number) & IS_LETTER) !== 0 : LETTER.test(ch);
}

/** Length in UTF-16 units of the code point at `i` (2 for a surrogate pair, else 1; 0 past the end). */
export function codePointLength(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Start index of the code point that ends just before `i` (handles surrogate pairs). */
export function previousCodePoint(s: string, i: number): number {
  if (i >= 2) {
    const d = s.charCodeAt(i - 1);
    const c = s.charCodeAt(i - 2);
    if (d >= 0xdc00 && d <= 0xdfff && c >= 0xd800 && c <= 0xdbff) return i - 2;
  }
  return i - 1;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function testAt(s: string, i: number, pattern: RegExp): boolean {
  return pattern.test(s.slice(i, i + codePointLength(s, i)));
}

/** Letter, mark, number, or an enclosed/negative-squared Latin letter, at `i`. */
export function isWordCharAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiAlnum(c) : c < TABLED ? ((CLASSES[c] as number) & IS_WORD) !== 0 : testAt(s, i, WORD_CHAR);
}

export function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiLetter(c) : c < TABLED ? ((CLASSES[c] as number) & IS_LETTER) !== 0 : testAt(s, i, LETTER);
}

export function isLetterOrDigitAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c < 0x80 ? isAsciiAlnum(c) : c < TABLED ? ((CLASSES[c] as number) & IS_LETTER_OR_DIGIT) !== 0 : testAt(s, i, LETTER_OR_DIGIT);
}
