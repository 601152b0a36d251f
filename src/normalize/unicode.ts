// Unicode clean-up: lone surrogates, invisible characters, look-alike letters, NFKC.
// Hand-written (not a confusables package) because this runs on every non-ASCII comment, and the
// full Unicode confusables table (6,000+ pairs) folds letters of real words in every script; we
// fold only what spammers use to dodge Latin word filters, and only inside Latin words.
// Pure-ASCII text, most comments, skips all of it after one scan.
import { codePointLength, isWordCharAt } from './chars.js';

const NON_ASCII = /[^\x00-\x7f]/;

// Format characters (Cf: zero-width, bidi controls, soft hyphen, BOM, tags, musical and shorthand
// format controls) and the blank fillers that render as nothing (Hangul fillers, braille blank,
// combining grapheme joiner, variation selectors). Tested with comparisons in one hand-written
// pass rather than `\p{Cf}` regexes: that pass also fixes lone surrogates and spots look-alike
// ranges, and runs several times faster than the three regex scans it replaces.
function isInvisibleBmp(c: number): boolean {
  if (c < 0x2000) {
    return (
      c === 0xad || c === 0x34f || (c >= 0x600 && c <= 0x605) || c === 0x61c || c === 0x6dd || c === 0x70f ||
      c === 0x890 || c === 0x891 || c === 0x8e2 || c === 0x115f || c === 0x1160 || (c >= 0x180b && c <= 0x180f)
    );
  }
  if (c < 0x2100) return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206f);
  return c === 0x2800 || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff || c === 0xffa0 || (c >= 0xfff9 && c <= 0xfffb);
}

function isInvisibleAstral(cp: number): boolean {
  return (
    cp === 0xe0001 || (cp >= 0xe0020 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x13430 && cp <= 0x1343f) || cp === 0x110bd || cp === 0x110cd
  );
}

/** Characters that may be look-alikes: IPA and small capitals, Greek to Armenian, letterlike, enclosed, full-width, math. */
function isSuspect(cp: number): boolean {
  return (
    (cp >= 0x250 && cp <= 0x2af) || (cp >= 0x370 && cp <= 0x58f) || (cp >= 0x1d00 && cp <= 0x1d2b) || (cp >= 0x2100 && cp <= 0x214f) || (cp >= 0x2460 && cp <= 0x24ff) || cp === 0xa730 || cp === 0xa731 || (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0x1f100 && cp <= 0x1f1e5)
  );
}

/** Whether removing this invisible character undid an obfuscation (it is counted) or honest text. */
function isObfuscation(cp: number, prev: number, atEdge: boolean): boolean {
  // Emoji presentation selectors, and joiners after non-ASCII (emoji ZWJ sequences, ZWNJ in
  // Persian or Indic words), are how honest text is written.
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || cp >= 0xe0100) return false;
  if ((cp === 0x200c || cp === 0x200d) && prev > 0x7f) return false;
  // A byte-order mark at either end is a copy-paste artefact (YouTube exports end most comments with one).
  return !(cp === 0xfeff && atEdge);
}

/** Low surrogate of a tag character U+E0020..U+E007F (high surrogate U+DB40). */
function isTagLow(c: number): boolean {
  return c >= 0xdc20 && c <= 0xdc7f;
}

interface Scan {
  text: string;
  invisible: number;
  suspect: boolean;
}

/** One pass: lone surrogates become U+FFFD, invisible characters go (counted), look-alike ranges are noticed. */
function scanChars(text: string): Scan {
  const n = text.length;
  let out = '';
  let from = 0;
  let invisible = 0;
  let suspect = false;
  // Tag characters spell subdivision flags after 🏴; anywhere else they smuggle hidden text.
  let tagsHonest = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xad) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        const isTag = cp >= 0xe0020 && cp <= 0xe007f;
        if (isTag && !(i >= 2 && text.charCodeAt(i - 2) === 0xdb40 && isTagLow(text.charCodeAt(i - 1)))) {
          tagsHonest = i > 0 && text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdfff;
        }
        if (isInvisibleAstral(cp)) {
          out += text.slice(from, i);
          from = i + 2;
          if (isTag ? !tagsHonest : isObfuscation(cp, i > 0 ? text.charCodeAt(i - 1) : 0, false)) invisible++;
        } else if (!suspect && isSuspect(cp)) suspect = true;
        i++;
        continue;
      }
      out += `${text.slice(from, i)}\uFFFD`;
      from = i + 1;
    } else if (isInvisibleBmp(c)) {
      out += text.slice(from, i);
      from = i + 1;
      if (isObfuscation(c, i > 0 ? text.charCodeAt(i - 1) : 0, i === 0 || i === n - 1)) invisible++;
    } else if (!suspect && isSuspect(c)) suspect = true;
  }
  return { text: from === 0 ? text : out + text.slice(from), invisible, suspect };
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

// Cyrillic, Greek and Armenian letters that look like Latin ones: folded only where the word is Latin.
const FOREIGN = new Map<string, string>([
  ...pairs('аеорсухіјѕԁԛԝѵһӏүвнкмт', 'aeopcyxijsdqwvhlybhkmt'),
  ...pairs('АВЕКМНОРСТУХІЈЅԀԚԜҮҺѴӀ', 'ABEKMHOPCTYXIJSDQWYHVI'),
  ...pairs('αβεικνορτυχϲϳωγ', 'abeiknoptuxcjwy'),
  ...pairs('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ', 'ABEZHIKMNOPTYXC'),
  ...pairs('օսոցհ', 'oungh'),
]);

const LATIN_LETTER = /[A-Za-z]/;
const LETTER = /\p{L}/u;

/** More Latin letters than Cyrillic, Greek or Armenian ones: there, an all-look-alike word is a disguise. */
function isLatinText(text: string): boolean {
  let latin = 0;
  let foreign = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    else if (c >= 0x370 && c <= 0x58f) foreign++;
  }
  return latin > foreign;
}

/** Folds one word, or returns it unchanged when it is honest text in its own script. */
function foldWord(word: string, latinText: boolean): { word: string; folded: boolean } {
  const styled = STYLED_HINT.test(word);
  const base = styled ? word.normalize('NFKC') : word;
  let styledOnly = ''; // look-alikes of the Latin script folded
  let all = ''; // and Cyrillic/Greek/Armenian look-alikes too
  let foreignFolded = false;
  let foreignLeft = false;
  let hasLatin = false;
  let letters = 0;
  for (const ch of base) {
    letters++;
    const s = STYLED.get(ch);
    if (s !== undefined) {
      styledOnly += s;
      all += s;
      continue;
    }
    const f = FOREIGN.get(ch);
    if (f !== undefined) {
      styledOnly += ch;
      all += f;
      foreignFolded = true;
      continue;
    }
    if (LATIN_LETTER.test(ch)) hasLatin = true;
    else if (ch.charCodeAt(0) > 0x7f && LETTER.test(ch)) foreignLeft = true;
    styledOnly += ch;
    all += ch;
  }
  // Only a word that becomes all Latin was a disguise: `пpивет` with one Latin p is Russian.
  const disguised = foreignFolded && !foreignLeft && (hasLatin || (latinText && letters >= 3));
  const out = disguised ? all : styledOnly;
  if (out === word) return { word, folded: false };
  // Full-width `２０１３年` is how Japanese is typed: a look-alike only when Latin letters come out.
  return { word: out, folded: LATIN_LETTER.test(out) };
}

export interface UnicodeResult {
  text: string;
  invisible: number;
  /** Folded words, lowercased. */
  lookalikes: string[];
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
  const latinText = isLatinText(text);
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
    const r = foldWord(word, latinText);
    if (r.word === word) continue;
    if (r.folded) addReported(lookalikes, r.word.toLowerCase());
    out += text.slice(from, start) + r.word;
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Well-formed, visible, NFKC text with look-alike letters in Latin words folded. Never throws. */
export function cleanUnicode(input: string): UnicodeResult {
  if (!NON_ASCII.test(input)) return { text: input, invisible: 0, lookalikes: [] };
  const { text: visible, invisible, suspect } = scanChars(input);
  const lookalikes: string[] = [];
  const text = suspect ? foldWords(visible, lookalikes) : visible;
  return { text: text.normalize('NFKC'), invisible, lookalikes };
}
