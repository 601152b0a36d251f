// Unicode clean-up: lone surrogates, text under directional overrides, invisible characters,
// look-alike letters, NFKC. Toward what a reader sees:
// - explicit bidi controls are applied (bidi.ts) before they are removed, so letters stored
//   backwards under U+202E are read in the order they are shown;
// - every Default_Ignorable_Code_Point and format (Cf) character is removed, by Unicode property
//   rather than by a list (a list always misses one: U+17B4 hid every word it sat in);
// - look-alike letters are folded from Unicode's confusables data (confusables.ts), each
//   mixed-script word toward its majority script.
// Pure-ASCII text, most comments, skips all of it after one scan.
import { applyBidi, hasExplicitDirection } from './bidi.js';
import { codePointLength, isLetterChar, isWordCharAt } from './chars.js';
import { FROM_LATIN, hasLookalike, TO_LATIN, scriptOf, type Script } from './confusables.js';
import { dropHairSpaces, readBoxedLetters, readForeignDigits, readIdeographicStops } from './rendered.js';

const NON_ASCII = /[^\x00-\x7f]/;

// What renders as nothing: Default_Ignorable_Code_Point (zero-width, bidi controls, soft hyphen,
// variation selectors, Hangul fillers, Khmer inherent vowels, tags…), the other format characters,
// and the braille blank that fonts draw empty. One native regex scan, linear.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/u;
const INVISIBLE_ALL = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/gu;
const ONLY_INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]*$/u;
const SURROGATE = /[\uD800-\uDFFF]/;
// Lone surrogates (no `u` flag: the units are looked at one by one).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Letters of right-to-left scripts: where they are, directional marks are how the text is written. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

function isDirectional(cp: number): boolean {
  return cp === 0x61c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** Tag characters U+E0020..U+E007F spell subdivision flags right after 🏴 (U+1F3F4); anywhere else they smuggle hidden text. */
function isFlagTag(text: string, offset: number): boolean {
  let i = offset;
  while (i >= 2 && text.charCodeAt(i - 2) === 0xdb40 && text.charCodeAt(i - 1) >= 0xdc20 && text.charCodeAt(i - 1) <= 0xdc7f && offset - i < 64) i -= 2;
  return i >= 2 && text.charCodeAt(i - 2) === 0xd83c && text.charCodeAt(i - 1) === 0xdff4;
}

/** Whether removing this invisible character undid an obfuscation (it is counted) or honest text. */
function isObfuscation(cp: number, text: string, offset: number, rtlText: boolean): boolean {
  // Emoji presentation selectors, and joiners after non-ASCII (emoji ZWJ sequences, ZWNJ in
  // Persian or Indic words), are how honest text is written; so are directional marks and
  // embeddings in text with Hebrew or Arabic letters.
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || cp >= 0xe0100) return false;
  const prev = offset > 0 ? text.charCodeAt(offset - 1) : 0;
  if ((cp === 0x200c || cp === 0x200d) && prev > 0x7f) return false;
  if (rtlText && isDirectional(cp)) return false;
  if (cp >= 0xe0020 && cp <= 0xe007f) return !isFlagTag(text, offset);
  // A byte-order mark at either end (other invisible characters aside) is a copy-paste artefact
  // (YouTube exports end most comments with one).
  if (cp !== 0xfeff) return true;
  const atStart = offset <= 8 && ONLY_INVISIBLE.test(text.slice(0, offset));
  return !(atStart || (text.length - offset <= 9 && ONLY_INVISIBLE.test(text.slice(offset + 1))));
}

interface Scan {
  text: string;
  invisible: number;
  /** Paragraphs whose letters explicit directional controls had stored out of display order. */
  reordered: number;
}

/** Lone surrogates become U+FFFD, text under bidi controls is put in display order, invisible characters go (counted). */
function scanChars(input: string): Scan {
  const wellFormed = SURROGATE.test(input) ? input.replace(LONE_SURROGATE, '\uFFFD') : input;
  const { text, reordered } = hasExplicitDirection(wellFormed) ? applyBidi(wellFormed) : { text: wellFormed, reordered: 0 };
  if (!INVISIBLE.test(text)) return { text, invisible: 0, reordered };
  const rtlText = RTL_LETTER.test(text);
  let invisible = 0;
  const out = text.replace(INVISIBLE_ALL, (ch: string, offset: number) => {
    const cp = ch.codePointAt(0) as number;
    // Controls that reordered text are counted once, as the reordering (OBFUSCATION_REVERSED).
    if (!(reordered > 0 && isDirectional(cp)) && isObfuscation(cp, text, offset, rtlText)) invisible++;
    return '';
  });
  return { text: out, invisible, reordered };
}

// Styled Latin: math alphanumerics, full-width, enclosed and small letters. NFKC folds most; the
// small capitals and negative squared/circled letters it leaves are folded by STYLED below.
// Superscripts and subscripts (`CO₂`, `m²`) are left to the final NFKC and not reported: they are
// chemistry and units far more often than disguise.
const STYLED_HINT =
  /[\u0250-\u02AF\u1D00-\u1D2B\u2100-\u214F\u2460-\u24FF\uA730-\uA731\uFF01-\uFF5E\u{1D400}-\u{1D7FF}\u{1F100}-\u{1F1E5}]/u;

function pairs(from: string, to: string): Array<[string, string]> {
  const a = [...from];
  const b = [...to];
  return a.map((ch, i) => [ch, b[i] ?? ch]);
}

// Latin-script look-alikes: always folded (nobody writes English in small capitals by accident).
const STYLED = new Map<string, string>([
  // Not the Turkish dotless ı: it is a letter of real words.
  ...pairs('ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢɑɡ', 'abcdefghijklmnoprstuvwyzag'),
  // Negative circled and negative squared capitals: U+1F150.. and U+1F170.. (NFKC leaves them).
  ...Array.from({ length: 26 }, (_, i): [string, string] => [String.fromCodePoint(0x1f150 + i), String.fromCharCode(0x41 + i)]),
  ...Array.from({ length: 26 }, (_, i): [string, string] => [String.fromCodePoint(0x1f170 + i), String.fromCharCode(0x41 + i)]),
]);

const LATIN_LETTER = /[A-Za-z]/;
const LETTER = /^\p{L}$/u;

/** Whether a letter of `script` (or a Latin letter, looked up for `other`) has a look-alike across the script border. */
function isAmbiguous(ch: string, script: Script, other: Script | undefined): boolean {
  if (script !== 'latin') return TO_LATIN.has(ch);
  const back = FROM_LATIN.get(other ?? 'cyrillic');
  return back !== undefined && back.has(ch);
}

/** The scripts a tally counts, by index; a tally keeps the order in which its scripts were first counted. */
const SCRIPTS: readonly Script[] = ['latin', 'cyrillic', 'greek', 'armenian', 'other'];
const SCRIPT_INDEX: ReadonlyMap<Script, number> = new Map(SCRIPTS.map((s, k): [Script, number] => [s, k]));

// For the code points below U+0800 (one UTF-16 unit each), what textScript asks of a letter, worked
// out once from the same functions: its script's index, and whether it is ambiguous alone
// (isAmbiguous(ch, script, undefined)); 0xff for a code point that is not a letter (\p{L}).
const SCRIPT_TABLED = 0x800;
const NOT_LETTER = 0xff;
const AMBIGUOUS_ALONE = 0x80;
const LETTER_CLASS = new Uint8Array(SCRIPT_TABLED);
for (let cp = 0; cp < SCRIPT_TABLED; cp++) {
  const ch = String.fromCharCode(cp);
  const letter = cp < 0x80 ? LATIN_LETTER.test(ch) : LETTER.test(ch);
  const s = scriptOf(cp);
  LETTER_CLASS[cp] = letter ? (SCRIPT_INDEX.get(s) as number) | (isAmbiguous(ch, s, undefined) ? AMBIGUOUS_ALONE : 0) : NOT_LETTER;
}

/** The script with most letters in a tally (counts by script index, the indexes in first-counted order); ties go to the first counted. */
function topOf(counts: Int32Array, order: readonly number[]): Script | undefined {
  let best: Script | undefined;
  let most = 0;
  for (const k of order) {
    if ((counts[k] as number) > most) {
      best = SCRIPTS[k];
      most = counts[k] as number;
    }
  }
  return best;
}

/**
 * The script the text is written in: the one with most letters that have no look-alike in
 * another script (a disguise uses only look-alikes, so it cannot tip this count), else the one
 * with most letters. Every character of a text with a look-alike (any Russian comment) is read
 * here, so letters below U+0800 come from LETTER_CLASS and the tallies are five counters kept with
 * the order each script was first counted (a tie goes to the first, as it did in the Map tallies
 * this replaced): the same answer as the
 * per-character regex test and Map updates, at a fraction of the cost.
 */
function textScript(text: string): Script | undefined {
  const plain = new Int32Array(SCRIPTS.length);
  const all = new Int32Array(SCRIPTS.length);
  const plainOrder: number[] = [];
  const allOrder: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const length = cp > 0xffff ? 2 : 1;
    let k: number;
    let ambiguous: boolean;
    if (cp < SCRIPT_TABLED) {
      const c = LETTER_CLASS[cp] as number;
      i += length;
      if (c === NOT_LETTER) continue;
      k = c & ~AMBIGUOUS_ALONE;
      ambiguous = (c & AMBIGUOUS_ALONE) !== 0;
    } else {
      const ch = text.slice(i, i + length);
      i += length;
      if (!isLetterChar(ch, cp)) continue;
      const s = scriptOf(cp);
      k = SCRIPT_INDEX.get(s) as number;
      ambiguous = isAmbiguous(ch, s, undefined);
    }
    if ((all[k] as number) === 0) allOrder.push(k);
    all[k] = (all[k] as number) + 1;
    if (ambiguous) continue;
    if ((plain[k] as number) === 0) plainOrder.push(k);
    plain[k] = (plain[k] as number) + 1;
  }
  return topOf(plain, plainOrder) ?? topOf(all, allOrder);
}

interface Letters {
  latin: number;
  /** Latin letters with no look-alike in `other`. */
  plainLatin: number;
  /** The non-Latin script of the word, when there is one; `mixed` when there are several. */
  other: Script | undefined;
  mixed: boolean;
  foreign: number;
  /** Non-Latin letters with no Latin look-alike. */
  plainForeign: number;
}

function countLetters(chars: readonly string[]): Letters {
  const l: Letters = { latin: 0, plainLatin: 0, other: undefined, mixed: false, foreign: 0, plainForeign: 0 };
  for (const ch of chars) {
    const cp = ch.codePointAt(0) as number;
    if (!isLetterChar(ch, cp)) continue;
    const s = scriptOf(cp);
    if (s === 'latin') {
      l.latin++;
      continue;
    }
    l.foreign++;
    if (l.other === undefined) l.other = s;
    else if (l.other !== s) l.mixed = true;
    if (!TO_LATIN.has(ch)) l.plainForeign++;
  }
  if (l.other !== undefined) for (const ch of chars) if (scriptOf(ch.codePointAt(0) as number) === 'latin' && !isAmbiguous(ch, 'latin', l.other)) l.plainLatin++;
  return l;
}

/**
 * The script a word is folded toward, or undefined to leave it: its majority script by letters
 * that have no look-alike (`пpивет` is Russian, `pаypal` English); when those tie (`Тhе`, all
 * look-alikes) the script of the text around it. A word with no Latin letter is folded to Latin
 * only where the text is Latin (a Russian `сор` in a Russian sentence is Russian) or when its
 * alphabet is one comments are not written in (Cherokee, Lisu capitals in an English comment).
 */
function targetScript(l: Letters, around: Script | undefined): Script | undefined {
  if (l.other === undefined) return undefined;
  const canLatin = l.plainForeign === 0;
  const canForeign = !l.mixed && l.plainLatin === 0 && FROM_LATIN.has(l.other);
  if (l.latin === 0) return canLatin && l.foreign >= 2 && (around === 'latin' || around === undefined || (l.other === 'other' && around !== l.other)) && (l.other === 'other' || l.foreign >= 3) ? 'latin' : undefined;
  if (l.plainLatin > l.plainForeign) return canLatin ? 'latin' : undefined;
  if (l.plainForeign > l.plainLatin) return canForeign ? l.other : undefined;
  if (around === l.other && canForeign) return l.other;
  return canLatin ? 'latin' : canForeign ? l.other : undefined;
}

/**
 * A word of Cyrillic-block characters (U+0400..U+052F) and ASCII digits only: every letter it has
 * is Cyrillic and none is Latin or styled, so in a text that is not Latin (nor letterless)
 * targetScript leaves it (l.latin 0, l.other 'cyrillic') and foldWord returns it unchanged. The
 * answer foldWord would reach for every word of a Russian comment, without spreading it into
 * characters and counting them.
 */
function isPlainCyrillic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x400 && c <= 0x52f) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** Folds one word, or returns it unchanged when it is honest text in its own script. */
function foldWord(word: string, around: Script | undefined): { word: string; folded: boolean } {
  if (around !== undefined && around !== 'latin' && isPlainCyrillic(word)) return { word, folded: false };
  const styled = STYLED_HINT.test(word);
  const base = styled ? word.normalize('NFKC') : word;
  // Styled Latin (small capitals, negative squared letters) is Latin whatever the rest.
  const chars = [...base].map((ch) => STYLED.get(ch) ?? ch);
  const target = targetScript(countLetters(chars), around);
  let out = '';
  if (target === 'latin') for (const ch of chars) out += scriptOf(ch.codePointAt(0) as number) === 'latin' ? ch : (TO_LATIN.get(ch) ?? ch);
  else if (target !== undefined) {
    const back = FROM_LATIN.get(target) as ReadonlyMap<string, string>;
    for (const ch of chars) out += back.get(ch) ?? ch;
  } else out = chars.join('');
  if (out === word) return { word, folded: false };
  // Full-width `２０１３年` is how Japanese is typed: a look-alike only when letters were changed into another script's.
  return { word: out, folded: target !== undefined || LATIN_LETTER.test(out) };
}

export interface UnicodeResult {
  text: string;
  invisible: number;
  /** Paragraphs put in display order because directional controls had stored them reversed. */
  reordered: number;
  /** Folded words, lowercased. */
  lookalikes: string[];
  /** True when `text` is known to be ASCII (the fast paths below): no later pass need look for non-ASCII characters. */
  ascii: boolean;
}

const MAX_REPORTED = 64;

export function addReported(list: string[], word: string): void {
  if (list.length < MAX_REPORTED && !list.includes(word)) list.push(word);
}

/** A word that is part of a host, path or e-mail address: folding it would hide an IDN homograph from the links stage. */
function inAddress(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = text.charCodeAt(end);
  if (before === 0x2e || before === 0x2f || before === 0x40) return true; // . / @
  if (after === 0x2f || after === 0x40) return true;
  return after === 0x2e && LETTER.test(text.charAt(end + 1));
}

/** Well-formed text without invisible characters (for link targets: no folding, no NFKC). */
export function removeInvisibleChars(input: string): string {
  if (!NON_ASCII.test(input)) return input;
  return scanChars(input).text;
}

/**
 * Folds the look-alikes of every word (letters, marks, numbers) that has a non-ASCII character.
 * A hand-written scan rather than `replace` with a `u` regex: that costs ~25 ns a character on
 * long link floods, this a few, and it has no regexp stack to overflow on a million-letter word.
 */
function foldWords(text: string, lookalikes: string[]): string {
  const around = textScript(text);
  const n = text.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let nonAscii = false;
    while (i < n && isWordCharAt(text, i)) {
      if (text.charCodeAt(i) > 0x7f) nonAscii = true;
      i += codePointLength(text, i);
    }
    if (!nonAscii || inAddress(text, start, i)) continue;
    const word = text.slice(start, i);
    const r = foldWord(word, around);
    if (r.word === word) continue;
    if (r.folded) addReported(lookalikes, r.word.toLowerCase());
    out += text.slice(from, start) + r.word;
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Without a byte-order mark at either end: the copy-paste artefact most YouTube exports carry. */
function withoutEdgeBoms(input: string): string {
  let a = 0;
  let b = input.length;
  while (a < b && input.charCodeAt(a) === 0xfeff) a++;
  while (b > a && input.charCodeAt(b - 1) === 0xfeff) b--;
  return a === 0 && b === input.length ? input : input.slice(a, b);
}

/** Well-formed, visible, NFKC text with look-alike letters in Latin words folded. Never throws. */
export function cleanUnicode(raw: string): UnicodeResult {
  if (!NON_ASCII.test(raw)) return { text: raw, invisible: 0, reordered: 0, lookalikes: [], ascii: true };
  // Fast path for the most common non-ASCII comment: ASCII text with a BOM at the end (never counted).
  const input = withoutEdgeBoms(raw);
  if (input !== raw && !NON_ASCII.test(input)) return { text: input, invisible: 0, reordered: 0, lookalikes: [], ascii: true };
  const boxed = readBoxedLetters(input);
  const scanned = scanChars(boxed.text);
  const { reordered } = scanned;
  const hair = dropHairSpaces(scanned.text);
  const visible = hair.text;
  const invisible = scanned.invisible + hair.removed;
  const lookalikes: string[] = boxed.words.slice(0, MAX_REPORTED);
  const suspect = STYLED_HINT.test(visible) || hasLookalike(visible);
  const text = suspect ? foldWords(visible, lookalikes) : visible;
  return { text: readIdeographicStops(readForeignDigits(text.normalize('NFKC'), lookalikes)), invisible, reordered, lookalikes, ascii: false };
}
