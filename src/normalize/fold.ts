// The `folded` text: lowercase, leetspeak read as letters, spaced-out letters joined. It exists for
// vocabulary matching only, so it may read a digit as a letter, but it must never turn honest
// tokens into words: plain numbers (`2013`, `100%`), versions (`mp3`, `win10`, `1st`, `weton88`),
// e-mail addresses and URLs are left alone. A token is read as leetspeak only when a run of
// digits/symbols sits between two letters (`v1agra`, `c1al1s`, `ca$h`), and then every leet
// character in it is read (`v14gr4` → `viagra`).
import { createRequire } from 'node:module';
import { codePointLength, isLetterAt, isLetterOrDigitAt, previousCodePoint } from './chars.js';
import { addReported } from './unicode.js';

// tldts (the link stage's public-suffix list) tells a host's last label from a word's tail, so
// `casi.no` is left for the link stage while `mo.ney` is read as a word. Through require(), not
// import: see src/tokenize/natural.ts (Node's CommonJS export lexer).
const require = createRequire(import.meta.url);
const { parse } = require('tldts') as typeof import('tldts');

const LEET = new Map<string, string>([
  ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'],
  ['@', 'a'], ['$', 's'], ['!', 'i'], ['|', 'l'], ['€', 'e'],
]);

// A letter, a run of digit/symbol characters, a letter: a gate before any per-token work. Letters
// are approximated by ASCII letters and any non-ASCII unit, without the `u` flag: a superset of
// \p{L} (so nothing is missed) that V8 scans several times faster.
const LEET_HINT = /[a-z\u00aa-\uffff][0-9@$!|€]+[a-z\u00aa-\uffff]/;
// Hosts, URLs and e-mail addresses: a scheme, `www.`, or a dot followed by letters (`x.com`, `a@b.org`).
const URL_LIKE = /:\/\/|^www\.|\.[a-z]{2,}/;
// `u` class loops are bounded (V8 overflows its backtrack stack on runs of millions of letters).
const RUN = /[\p{L}\p{N}@$!|€]{1,256}/gu;
const INTERIOR_LEET = /\p{L}[013457@$!|€]+\p{L}/u;
const ANY_DIGIT = /\d/;
const UNMAPPED_DIGIT = /[2689]/;
const LETTER = /\p{L}/u;

function isLeetChar(ch: string): boolean {
  return LEET.has(ch);
}

/** Reads one run of letters and leet characters, or returns it as is. */
function foldRun(run: string, leetWords: string[]): string {
  // Symbols at the edges are punctuation (`wow!`, `$100`), not letters.
  let start = 0;
  let end = run.length;
  while (start < end && !LETTER.test(run.charAt(start)) && !ANY_DIGIT.test(run.charAt(start))) start++;
  while (end > start && !LETTER.test(run.charAt(end - 1)) && !ANY_DIGIT.test(run.charAt(end - 1))) end--;
  const core = run.slice(start, end);
  if (!INTERIOR_LEET.test(core) || UNMAPPED_DIGIT.test(core)) return run;
  let folded = '';
  for (const ch of core) folded += LEET.get(ch) ?? ch;
  addReported(leetWords, folded);
  return run.slice(0, start) + folded + run.slice(end);
}

function foldChunk(chunk: string, leetWords: string[]): string {
  if (!LEET_HINT.test(chunk) || URL_LIKE.test(chunk)) return chunk;
  return chunk.replace(RUN, (run: string) => (isLeetChar(run) ? run : foldRun(run, leetWords)));
}

/** What `\s` matches (no `u` flag): chunks are the runs between these, as `\S+` finds them. */
function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Every whitespace-delimited chunk read by foldChunk, as `lower.replace(/\S+/g, …)` would, but only
 * the chunks around a LEET_HINT match are visited: foldChunk returns any other chunk unchanged, and
 * a long comment with one `mp3` or `2nd` need not cost a callback per word. A match's digit/symbol
 * run is never whitespace, so the chunk around its second character is the one that matched.
 */
export function foldLeet(lower: string, leetWords: string[]): string {
  if (!LEET_HINT.test(lower)) return lower;
  return rewriteChunks(lower, new RegExp(LEET_HINT.source, 'g'), isRegexSpace, (chunk) => foldChunk(chunk, leetWords));
}

/**
 * `lower` with each whitespace-delimited chunk around a `finder` match (global) replaced by
 * `rewrite(chunk)`; the other chunks are never visited. A match's second character lies inside its
 * chunk (both finders put a non-space there), so the chunk is the run of non-spaces around it.
 */
function rewriteChunks(lower: string, finder: RegExp, isSpace: (c: number) => boolean, rewrite: (chunk: string) => string): string {
  const n = lower.length;
  let out = '';
  let from = 0;
  for (let m = finder.exec(lower); m !== null; m = finder.exec(lower)) {
    const inside = m.index + 1;
    let start = inside;
    while (start > from && !isSpace(lower.charCodeAt(start - 1))) start--;
    let end = inside + 1;
    while (end < n && !isSpace(lower.charCodeAt(end))) end++;
    const chunk = lower.slice(start, end);
    const rewritten = rewrite(chunk);
    if (rewritten !== chunk) {
      out += lower.slice(from, start) + rewritten;
      from = end;
    }
    finder.lastIndex = end;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

// Four or more single letters apart: `v i a g r a`, `v.i.a.g.r.a`, `c-i-a-l-i-s`: between two
// letters, one to three separators; a run ends at 64 letters. A hand-written scan (each character
// looked at a bounded number of times): the `u` regex it replaces cost ~25 ns a character on long
// link floods full of `a.b-c` shapes.
const MAX_SEPARATORS = 3;
const MAX_SPACED_LETTERS = 64;
// Gate: four letters with separators between them, letters approximated without the `u` flag.
const SPACED_HINT = /[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff]/;

function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0xb7 || c === 0x2022;
}

/** A letter standing alone at `i` (no letter or digit touching it): its length, else 0. */
function singleLetterAt(s: string, i: number): number {
  if (!isLetterAt(s, i)) return 0;
  const len = codePointLength(s, i);
  if (isLetterOrDigitAt(s, i + len)) return 0;
  return i > 0 && isLetterOrDigitAt(s, previousCodePoint(s, i)) ? 0 : len;
}

export function joinSpaced(lower: string, spacedWords: string[]): string {
  if (!SPACED_HINT.test(lower)) return lower;
  const n = lower.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    const first = singleLetterAt(lower, i);
    if (first === 0) {
      i++;
      continue;
    }
    let word = lower.slice(i, i + first);
    let count = 1;
    let end = i + first;
    while (count < MAX_SPACED_LETTERS) {
      let k = end;
      while (k < n && k - end < MAX_SEPARATORS && isSeparator(lower.charCodeAt(k))) k++;
      if (k === end) break;
      const len = singleLetterAt(lower, k);
      if (len === 0) break;
      word += lower.slice(k, k + len);
      count++;
      end = k + len;
    }
    if (count >= 4) {
      addReported(spacedWords, word);
      out += lower.slice(from, i) + word;
      from = end;
    }
    i = end;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

// Diacritics and combining marks on Latin letters, and the Turkish dotless ı, dropped for
// matching: `víagra`, `v̇iagra` and `vıagra` are read as `viagra` by anyone who reads them. Only
// after a Latin letter: Cyrillic `й` and Greek accents are letters of their own alphabets.
// Session 16: marks from the other combining blocks too (enclosing circles and keycaps U+20DD..,
// U+1AB0.., U+1DC0.., half marks U+FE20..), and the letters drawn with a stroke or a bar through
// them (`ø ł đ ħ ŧ ƀ ɨ ɇ ɍ ƶ ǥ ʉ`), which no decomposition separates but every reader reads through.
const MARK_HINT = /[\u00C0-\u024F\u0268\u0289\u0300-\u036F\u1AB0-\u1AFF\u1D7D\u1DC0-\u1DFF\u1E00-\u1EFF\u20D0-\u20FF\uA741\uFE20-\uFE2F]/;
const LATIN_MARKS = /([a-z])\p{M}{1,32}/gu;
const DOTLESS_I = /\u0131/g;
const STROKED_LETTER = /[\u00F8\u0111\u0127\u0142\u0167\u0180\u019A\u01B6\u01E5\u023C\u0247\u0249\u024D\u024F\u0268\u0289\u1D7D\uA741]/g;
const STROKED: Readonly<Record<string, string>> = {
  '\u00F8': 'o', '\u0111': 'd', '\u0127': 'h', '\u0142': 'l', '\u0167': 't', '\u0180': 'b', '\u019A': 'l', '\u01B6': 'z',
  '\u01E5': 'g', '\u023C': 'c', '\u0247': 'e', '\u0249': 'j', '\u024D': 'r', '\u024F': 'y', '\u0268': 'i', '\u0289': 'u',
  '\u1D7D': 'p', '\uA741': 'k',
};

/** `lower` with marks on Latin letters removed; the words that changed go to `words`. Only chunks around a marked letter are looked at. */
export function foldMarks(lower: string, words: string[]): string {
  if (!MARK_HINT.test(lower)) return lower;
  const finder = new RegExp(MARK_HINT.source, 'g');
  let out = '';
  let from = 0;
  for (let m = finder.exec(lower); m !== null; m = finder.exec(lower)) {
    let start = m.index;
    while (start > from && m.index - start < 256 && !isPlainSpace(lower.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < lower.length && end - m.index < 256 && !isPlainSpace(lower.charCodeAt(end))) end++;
    const chunk = lower.slice(start, end);
    const plain = chunk.normalize('NFD').replace(LATIN_MARKS, '$1').replace(DOTLESS_I, 'i').replace(STROKED_LETTER, (ch) => STROKED[ch] ?? ch).normalize('NFC');
    if (plain !== chunk) {
      addReported(words, plain);
      out += lower.slice(from, start) + plain;
      from = end;
    }
    finder.lastIndex = end;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

// Separators inside a word, joined for matching: `via-gra`, `vi|agra`, `via~gra`, `vi,agra`,
// `vi/agra`, `vi.agra`, `mo.ney`. A chunk is joined only when it is letters and separators alone
// (no URL, address, number or path). `~ | , · • *` never sit inside an honest word; `-` joins
// compounds (`e-mail`, `well-known`) into one matching word, harmless since learning and checking
// read them alike. `.` and `/` are ambiguous: `and/or` and `tonight.busy` (a missing space) are
// two words, `comp/uter` and `inves.tment` one. Where a piece is one to three letters the chunk is
// read as one word (`vi.agra`, `mo.ney`), except a last piece that is a real top-level domain
// (`casi.no`, `example.com`: the link stage reads those). Where every piece is longer, the joined
// word is added after the chunk and the pieces stay, so honest text keeps its words and a split
// spam word is still seen (what the reader sees is both readings at once).
const LETTERS_AND_SEPARATORS = /^[\p{L}~|,·•*\-/._]{3,512}$/u;
const SEPARATOR = /[~|,·•*\-/._]/u;
const JOIN_HINT = /\p{L}[~|,·•*\-/._]\p{L}/u;
const PIECE = /\p{L}+|[~|,·•*\-/._]/gu;

type Join = 'replace' | 'add' | 'keep';

/** A last piece that tldts knows as an ICANN top-level domain (`com`, `no`, `shop`), so the chunk may be a host. */
function isTopLevelDomain(label: string): boolean {
  return parse(`x.${label}`).isIcann === true;
}

function joinKind(pieces: string[], seps: string[]): Join {
  if (seps.some((s) => '~|,·•*'.includes(s))) return 'replace';
  if (seps.every((s) => s === '-' || s === '_')) return 'replace';
  if (seps.includes('.') && isTopLevelDomain(pieces[pieces.length - 1] as string)) return 'keep';
  return pieces.some((p) => [...p].length <= 3) ? 'replace' : 'add';
}

// Gate and finder: a letter, a separator, a letter, with letters approximated without the `u`
// flag (a superset of \p{L} that V8 scans several times faster), as the other gates here.
const JOIN_AT = '[a-z\\u00aa-\\uffff][~|,\\u00b7\\u2022*\\-/._][a-z\\u00aa-\\uffff]';
const JOIN_GATE = new RegExp(JOIN_AT);

/** ASCII whitespace and no-break space: what ends a chunk for the mark and separator passes. */
function isPlainSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

/** Characters that make a chunk an address, a number or a path, never a separated word. */
function hasAddressChar(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if ((c >= 48 && c <= 58) || c === 64 || c === 63 || c === 61 || c === 38 || c === 37 || c === 35) return true; // digits : @ ? = & % #
  }
  return false;
}

/** One whitespace-delimited chunk, joined when it is a separated word. */
function joinChunk(chunk: string, words: string[]): string {
  if (chunk.length > 512 || !JOIN_HINT.test(chunk)) return chunk;
  let end = chunk.length;
  while (end > 0 && '!?.,:;'.includes(chunk.charAt(end - 1))) end--;
  const core = chunk.slice(0, end);
  // Session 16: tested without the sentence's own end (`ce-na?` is a question, not a URL query).
  // Only for the separators that never end a sentence: `do.Interested?` stays a missing space.
  if (hasAddressChar(core) || (end < chunk.length && hasAddressChar(chunk) && /[./]/.test(core))) return chunk;
  if (!LETTERS_AND_SEPARATORS.test(core)) return chunk;
  const parts = core.match(PIECE) ?? [];
  const pieces = parts.filter((p) => !SEPARATOR.test(p) || p.length > 1);
  const seps = parts.filter((p) => p.length === 1 && SEPARATOR.test(p));
  // Letters, one separator, letters, and so on: two separators in a row or one at an end is no word.
  if (pieces.length !== seps.length + 1 || SEPARATOR.test(core.charAt(0)) || parts.some((p, i) => SEPARATOR.test(p) && SEPARATOR.test(parts[i + 1] ?? 'x'))) return chunk;
  // Single letters apart (`c-i-a-l-i-s`) are joinSpaced's to read and report.
  if (pieces.every((p) => [...p].length === 1)) return chunk;
  const kind = joinKind(pieces, seps);
  if (kind === 'keep') return chunk;
  const joined = pieces.join('');
  addReported(words, joined);
  return kind === 'replace' ? joined + chunk.slice(end) : `${chunk} ${joined}`;
}

/**
 * `lower` with separated words joined; the joined words go to `words`. Only the chunks around a
 * gate match are looked at (most comments have none, and most chunks of those that do are words).
 */
export function joinSeparated(lower: string, words: string[]): string {
  if (!JOIN_GATE.test(lower)) return lower;
  return rewriteChunks(lower, new RegExp(JOIN_AT, 'g'), isPlainSpace, (chunk) => joinChunk(chunk, words));
}

// Session 16: the hyphen (U+2010; NFKC has made the non-breaking U+2011 one), the hyphenation
// point (U+2027) and the katakana middle dot (U+30FB) between two Latin letters are drawn as the
// `-` and `·` that joinSeparated reads through: `via‐gra`, `vi‧agra` read as `via-gra`, `vi·agra`.
const SEPARATOR_HINT = /[\u2010\u2027\u30FB]/;
const HYPHEN_IN_WORD = /(?<=[a-z])\u2010(?=[a-z])/g;
const DOT_IN_WORD = /(?<=[a-z])[\u2027\u30FB](?=[a-z])/g;

/** Other scripts' hyphens and middle dots inside a Latin word as the ASCII hyphen and the middle dot. */
export function unifySeparators(lower: string): string {
  if (!SEPARATOR_HINT.test(lower)) return lower;
  return lower.replace(HYPHEN_IN_WORD, '-').replace(DOT_IN_WORD, '\u00B7');
}
