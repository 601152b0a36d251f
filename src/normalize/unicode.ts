// Unicode clean-up: lone surrogates, invisible characters, look-alike letters, NFKC.
// Hand-written (not a confusables package) because this runs on every non-ASCII comment, and the
// full Unicode confusables table (6,000+ pairs) folds letters of real words in every script; we
// fold only what spammers use to dodge Latin word filters, and only inside Latin words.
// Pure-ASCII text, most comments, skips all of it after one scan.

const NON_ASCII = /[^\x00-\x7f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Format characters (Cf: zero-width, bidi controls, soft hyphen, BOM, tags) and the blank fillers
// that render as nothing (Hangul fillers, braille blank, combining grapheme joiner, variation selectors).
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u180B-\u180D\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** Removes invisible characters; counts those that could only serve to hide or split words. */
function removeInvisible(text: string): { text: string; count: number } {
  if (!INVISIBLE.test(text)) return { text, count: 0 };
  let count = 0;
  const last = text.length - 1;
  const out = text.replace(INVISIBLE_ALL, (ch: string, offset: number) => {
    const code = ch.codePointAt(0) ?? 0;
    const prev = offset > 0 ? text.charCodeAt(offset - 1) : 0;
    // Emoji presentation selectors, and joiners after non-ASCII (emoji ZWJ sequences, ZWNJ in
    // Persian or Indic words, emoji tag flags), are how honest text is written.
    const selector = (code >= 0xfe00 && code <= 0xfe0f) || code >= 0xe0100;
    const joiner = (code === 0x200c || code === 0x200d || (code >= 0xe0020 && code <= 0xe007f)) && prev > 0x7f;
    // A byte-order mark at either end is a copy-paste artefact (YouTube exports end most comments with one).
    const bom = code === 0xfeff && (offset === 0 || offset === last);
    if (!selector && !joiner && !bom) count++;
    return '';
  });
  return { text: out, count };
}

// Styled Latin: math alphanumerics, full-width, enclosed and small letters. NFKC folds most; the
// small capitals and negative squared/circled letters it leaves are folded by STYLED below.
const STYLED_HINT =
  /[\u1D00-\u1D2B\u1D2C-\u1D6A\u2070-\u209F\u2100-\u214F\u2460-\u24FF\uA730-\uA731\uFF01-\uFF5E\u0250-\u02AF\u{1D400}-\u{1D7FF}\u{1F100}-\u{1F1E5}]/u;
const FOREIGN_HINT = /[\u0370-\u03FF\u0400-\u04FF\u0500-\u052F\u0530-\u058F]/u;
const SUSPECT = new RegExp(`${STYLED_HINT.source}|${FOREIGN_HINT.source}`, 'u');

function pairs(from: string, to: string): Array<[string, string]> {
  const a = [...from];
  const b = [...to];
  return a.map((ch, i) => [ch, b[i] ?? ch]);
}

// Latin-script look-alikes: always folded (nobody writes English in small capitals by accident).
const STYLED = new Map<string, string>([
  ...pairs('ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢɑɡıȷ', 'abcdefghijklmnopqrstuvwyzagij'),
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

const WORD = /[\p{L}\p{M}\p{N}\u24B6-\u24E9\u{1F130}-\u{1F189}]+/gu;
const LATIN_LETTER = /[A-Za-z]/;
const LETTER = /\p{L}/u;

/** Most Latin letters than Cyrillic, Greek or Armenian ones: an all-look-alike word is a disguise. */
function isLatinText(text: string): boolean {
  let latin = 0;
  let foreign = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) latin++;
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
  return removeInvisible(input.replace(LONE_SURROGATE, '\uFFFD')).text;
}

/** Well-formed, visible, NFKC text with look-alike letters in Latin words folded. Never throws. */
export function cleanUnicode(input: string): UnicodeResult {
  if (!NON_ASCII.test(input)) return { text: input, invisible: 0, lookalikes: [] };
  const wellFormed = input.replace(LONE_SURROGATE, '\uFFFD');
  const { text: visible, count } = removeInvisible(wellFormed);
  const lookalikes: string[] = [];
  let text = visible;
  if (SUSPECT.test(text)) {
    const latinText = isLatinText(text);
    text = text.replace(WORD, (w: string, offset: number) => {
      if (!NON_ASCII.test(w) || inAddress(visible, offset, offset + w.length)) return w;
      const r = foldWord(w, latinText);
      if (r.folded) addReported(lookalikes, r.word.toLowerCase());
      return r.word;
    });
  }
  return { text: text.normalize('NFKC'), invisible: count, lookalikes };
}
