// Shape tokens: what a comment's text says outside its words. The word scanner keeps letters and
// digits only, so a currency sign, a percent, an emoji, `18+` or a price glued to its unit
// (`150p`, `5k`) never reaches the classifier, and a phone number or a short code is a word seen
// once. A linear SVM over character n-grams of the whole text sees all of them; these tokens give
// naive Bayes the same signals in a form that carries across sites: the *kind* of number (its
// length band, whether it is money, a percentage, a phone-like run), the symbols used, and the
// masked shape of every chunk that is not a plain word (`£1000` → `£9`, `150p/msg` → `9a/a`).
// They name categories, never a corpus's wording: no token here holds a letter of the text.
//
// Self-contained (text in, token texts out) so it can be wired into the pipeline's synthetic tokens
// at one point (src/features/tokens.ts), and measured leave-one-corpus-out before that
// (bench/loco.mjs, the 'shapes' variants). Linear: one pass over the code points, bounded output.

/** Which families of shape tokens to emit (the bench measures each). */
export interface ShapeOptions {
  /** `num:`: digit-run length bands, money, percentages, phone-like runs, digits glued to letters or `+`. */
  numbers: boolean;
  /** `sym:`: each distinct symbol (currency signs, emoji, `&`, `#`, `*`, `@`, …). */
  symbols: boolean;
  /** `chunk:`: the masked shape of each whitespace-separated chunk that holds a digit or a symbol. */
  chunks: boolean;
  /** `punct:`: runs of `!`, `?`, `.` (two or more), and all-caps words (a count band). */
  emphasis: boolean;
  /** Digit runs shorter than this get no length-band token (`num:1`, `num:3` are in most comments). */
  minBand?: number;
  /** Distinct tokens at most (default MAX_SHAPE_TOKENS). */
  max?: number;
}

// Picked leave-one-corpus-out (docs/quality-session5.md): emphasis (`!!`, all-caps words) helped no
// corpus left out, the caps band the pipeline already has says most of it; length bands of short
// numbers (1–4 digits, in most comments) added size and nothing held out.
export const DEFAULT_SHAPE_OPTIONS: Readonly<ShapeOptions> = Object.freeze({ numbers: true, symbols: true, chunks: true, emphasis: false, minBand: 5 });

/** Distinct tokens one comment may add: a flood of symbols is a few tokens, not thousands. */
export const MAX_SHAPE_TOKENS = 8;
/** Only the start of a very long text is read (a chunk shape is about the first screenful). */
const MAX_SHAPE_TEXT = 4096;
/** A chunk's shape is cut at this many classes (a long URL-like run stays one bounded token). */
const MAX_CHUNK_SHAPE = 10;

const enum Cls {
  Space,
  Upper,
  Lower,
  /** A letter without case (Han, Arabic, …) or a mark. */
  Letter,
  Digit,
  /** Sentence punctuation that frames words: . , ; : ! ? ' " ( ) [ ] - and their typographic forms. */
  Punct,
  Symbol,
}

const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const PUNCT = /[.,;:!?'"()[\]{}\-\u2010-\u2015\u2018-\u201f\u2026\u00ab\u00bb\u00a1\u00bf]/u;
// Variation selectors, zero-width joiners and skin-tone modifiers belong to the emoji before them.
const EMOJI_PART = /[\ufe0e\ufe0f\u200d\u{1f3fb}-\u{1f3ff}]/u;
const CURRENCY = /\p{Sc}/u;
/** A whitespace-separated chunk (linear: no backtracking). */
const CHUNK = /\S+/gu;
/** A digit or a symbol: anything but letters, marks, spaces, framing punctuation and emoji joiners. */
const INTERESTING = /[^\s\p{L}\p{M}.,;:!?'"()[\]{}\-\u2010-\u2015\u2018-\u201f\u2026\u00ab\u00bb\u00a1\u00bf\u200d\ufe0e\ufe0f]/u;

/** The class of each ASCII code unit, worked out once (readChunk classifies every character of a chunk). */
const ASCII_CLASS = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    table[c] =
      c >= 97 && c <= 122 ? Cls.Lower
      : c >= 65 && c <= 90 ? Cls.Upper
      : c >= 48 && c <= 57 ? Cls.Digit
      : c <= 32 || c === 127 ? Cls.Space
      : PUNCT.test(String.fromCharCode(c)) ? Cls.Punct
      : Cls.Symbol;
  }
  return table;
})();

function classify(ch: string): Cls {
  const c = ch.charCodeAt(0);
  // ASCII first: most comment text, answered by a table with no Unicode-property test.
  if (c < 128) return ASCII_CLASS[c] as Cls;
  if (SPACE.test(ch)) return Cls.Space;
  if (DIGIT.test(ch)) return Cls.Digit;
  if (LETTER.test(ch)) return UPPER.test(ch) ? Cls.Upper : LOWER.test(ch) ? Cls.Lower : Cls.Letter;
  if (PUNCT.test(ch)) return Cls.Punct;
  return Cls.Symbol;
}

/** Length band of a digit run: 1–2, 3–4, 5–6 (short codes), 7–9, 10+ (phone numbers, account numbers). */
function digitBand(n: number): string {
  if (n <= 2) return '1';
  if (n <= 4) return '3';
  if (n <= 6) return '5';
  if (n <= 9) return '7';
  return '10';
}

interface Piece {
  cls: Cls;
  text: string;
}

/** The masked shape of a chunk: letters a/A, a digit run 9 with its band, symbols as themselves, runs collapsed. */
function chunkShape(pieces: readonly Piece[]): string {
  let shape = '';
  let classes = 0;
  let i = 0;
  while (i < pieces.length && classes < MAX_CHUNK_SHAPE) {
    const { cls, text } = pieces[i] as Piece;
    let j = i + 1;
    if (cls === Cls.Upper || cls === Cls.Lower || cls === Cls.Letter || cls === Cls.Digit) {
      // A word-like run: Upper/Lower/Letter collapse to one class each, digits count toward a band.
      while (j < pieces.length && (pieces[j] as Piece).cls === cls) j++;
      shape += cls === Cls.Digit ? `9${digitBand(j - i)}` : cls === Cls.Upper ? 'A' : 'a';
    } else {
      while (j < pieces.length && (pieces[j] as Piece).text === text) j++;
      shape += j - i > 1 ? `${text}+` : text;
    }
    classes++;
    i = j;
  }
  return shape;
}

/** Strips framing punctuation off both ends of a chunk (`(std`, `now!`, `"free"`). */
function trimPunct(pieces: Piece[]): Piece[] {
  let from = 0;
  let to = pieces.length;
  while (from < to && (pieces[from] as Piece).cls === Cls.Punct) from++;
  while (to > from && (pieces[to - 1] as Piece).cls === Cls.Punct) to--;
  return pieces.slice(from, to);
}

/** Number tokens of one chunk: digit-run bands, money, percent, glued units, `18+`, phone-like runs. */
function numberTokens(pieces: readonly Piece[], out: Set<string>, minBand: number): number {
  let digitsInChunk = 0;
  for (let i = 0; i < pieces.length; ) {
    if ((pieces[i] as Piece).cls !== Cls.Digit) {
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && (pieces[j] as Piece).cls === Cls.Digit) j++;
    digitsInChunk += j - i;
    if (j - i >= minBand) out.add(`num:${digitBand(j - i)}`);
    const before = i > 0 ? (pieces[i - 1] as Piece) : null;
    const after = j < pieces.length ? (pieces[j] as Piece) : null;
    // Money: a currency sign right before or after the run (`£5`, `5€`, and `9.99$` at its last run).
    if ((before !== null && CURRENCY.test(before.text)) || (after !== null && CURRENCY.test(after.text))) out.add('num:money');
    if (after?.text === '%') out.add('num:percent');
    if (after?.text === '+') out.add('num:plus');
    if (after && (after.cls === Cls.Lower || after.cls === Cls.Upper || after.cls === Cls.Letter)) out.add('num:unit');
    if (before && (before.cls === Cls.Lower || before.cls === Cls.Upper || before.cls === Cls.Letter)) out.add('num:code');
    i = j;
  }
  return digitsInChunk;
}

/** A chunk that is one digit run or one repeated symbol (its shape would repeat a num: or sym: token). */
function isPlain(pieces: readonly Piece[]): boolean {
  const first = pieces[0] as Piece;
  return pieces.every((p) => (first.cls === Cls.Digit ? p.cls === Cls.Digit : p.text === first.text));
}

/** A chunk of digits and separators only (`0800`, `123-4567`, `(020)`): part of a number written in groups. */
function isDigitGroup(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => p.cls === Cls.Digit) && pieces.every((p) => p.cls === Cls.Digit || p.text === '-' || p.text === '.' || p.text === '(' || p.text === ')' || p.text === '+');
}

/** JavaScript's `\s` as code units (what the CHUNK pattern splits on). */
function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ASCII code units that are a digit or a symbol (INTERESTING), by code. */
const ASCII_INTERESTING = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = INTERESTING.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/**
 * Whether the code unit at `i` starts a digit or a symbol (INTERESTING). The scripts most comments
 * are written in are answered by ranges (letters of Latin, Cyrillic, Han, Hangul; combining marks);
 * anything else by the Unicode pattern on that one code point. Same answer as the pattern, faster.
 */
function interestingAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_INTERESTING[c] === 1;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f)) return false;
  if ((c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return false;
  return INTERESTING.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** Index of the first code unit at or after `from` that is a digit or a symbol, or -1. */
function nextInteresting(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (interestingAt(text, i)) return i;
  return -1;
}

/** State carried from one chunk to the next. */
interface ShapeState {
  out: Set<string>;
  options: Readonly<ShapeOptions>;
  capsWords: number;
  /** Digits in the run of digit-group chunks so far (a phone number written `0800 123 4567`). */
  groupDigits: number;
}

function addRun(state: ShapeState, runChar: string, runLength: number): void {
  if (state.options.emphasis && runLength >= 2 && (runChar === '!' || runChar === '?' || runChar === '.')) state.out.add(`punct:${runChar}${runChar}`);
}

/** `sym:` and each ASCII character, built once: a URL chunk names its `/` and `=` again and again. */
const ASCII_SYM: readonly string[] = Array.from({ length: 128 }, (_, c) => `sym:${String.fromCharCode(c)}`);

/**
 * The tokens of the whitespace-free chunk `text[start, end)`; `follows` says whether it directly
 * follows the last chunk read (only spaces between). Read by index rather than sliced and iterated:
 * the code points are the string iterator's (a surrogate pair is one, a lone half is one), without
 * the slice and the iterator (every URL of a comment is read here).
 */
function readChunk(text: string, start: number, end: number, follows: boolean, state: ShapeState): void {
  const { out, options } = state;
  const chunk: Piece[] = [];
  let runChar = '';
  let runLength = 0;
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const ch = pair ? text.slice(i, i + 2) : (text[i] as string);
    i += pair ? 2 : 1;
    // Every EMOJI_PART code point is at or above U+200D: the pattern runs only for those.
    if (c >= 0x200d && EMOJI_PART.test(ch)) continue;
    if (ch === runChar) runLength++;
    else {
      addRun(state, runChar, runLength);
      runChar = ch;
      runLength = 1;
    }
    const cls = classify(ch);
    if (cls === Cls.Symbol && options.symbols && ch !== '_') out.add(c < 128 ? (ASCII_SYM[c] as string) : `sym:${ch}`);
    chunk.push({ cls, text: ch });
  }
  addRun(state, runChar, runLength);
  const core = trimPunct(chunk);
  if (options.emphasis && core.filter((p) => p.cls === Cls.Upper).length >= 2 && core.every((p) => p.cls === Cls.Upper || p.cls === Cls.Digit)) state.capsWords++;
  let digits = 0;
  if (core.some((p) => p.cls === Cls.Digit || p.cls === Cls.Symbol)) {
    if (options.numbers) digits = numberTokens(core, out, options.minBand ?? 1);
    // A chunk that is only a number, or only one symbol, says nothing its num:/sym: token does not.
    if (options.chunks && !isPlain(core)) out.add(`chunk:${chunkShape(core)}`);
  }
  state.groupDigits = digits > 0 && isDigitGroup(chunk) ? (follows ? state.groupDigits : 0) + digits : 0;
  if (options.numbers && (digits >= 9 || state.groupDigits >= 9)) out.add('num:phone');
}

/**
 * Shape tokens of a comment's text (case kept: the normalized `text`, not the folded one), in
 * their text form (`kind:value`, synthetic tokens), distinct, at most MAX_SHAPE_TOKENS. Never
 * throws; linear in the text length.
 */
export function textShapes(text: string, options: Readonly<ShapeOptions> = DEFAULT_SHAPE_OPTIONS): string[] {
  // Cut before a pair's high surrogate, never between its halves (a lone half would read as a symbol).
  const cut = MAX_SHAPE_TEXT - (((text.charCodeAt(MAX_SHAPE_TEXT - 1) & 0xfc00) === 0xd800) ? 1 : 0);
  const source = text.length > MAX_SHAPE_TEXT ? text.slice(0, cut) : text;
  const state: ShapeState = { out: new Set<string>(), options, capsWords: 0, groupDigits: 0 };
  const max = options.max ?? MAX_SHAPE_TOKENS;
  if (options.emphasis) {
    // Emphasis reads every chunk (all-caps words, `!!`): the plain, slower path (bench/ only).
    for (const raw of source.match(CHUNK) ?? []) {
      if (state.out.size >= max) break;
      readChunk(raw, 0, raw.length, true, state);
    }
    if (state.capsWords > 0) state.out.add(state.capsWords === 1 ? 'punct:caps1' : state.capsWords <= 3 ? 'punct:caps2' : 'punct:caps4');
    return [...state.out].slice(0, max);
  }
  // Most chunks are plain words: a scan of code units finds the next digit or symbol, and only
  // the chunk around it is read code point by code point.
  let lastEnd = -1;
  let i = nextInteresting(source, 0);
  while (i >= 0 && state.out.size < max) {
    let start = i;
    while (start > 0 && !isSpaceUnit(source.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < source.length && !isSpaceUnit(source.charCodeAt(end))) end++;
    let follows = lastEnd >= 0;
    for (let k = lastEnd; follows && k < start; k++) if (!isSpaceUnit(source.charCodeAt(k))) follows = false;
    readChunk(source, start, end, follows, state);
    lastEnd = end;
    i = nextInteresting(source, end);
  }
  return [...state.out].slice(0, max);
}
