// Session 16: characters that a reader reads as plain letters, digits or dots but that the rest of
// the normalizer left as something else. Each function is a separate pass with its own gate (a
// cheap test that most comments fail), so plain text pays one scan at most:
// - boxed letters: parenthesized letters (⒱⒤⒜, which NFKC would turn into `(v)(i)(a)`) and regional
//   indicator letters set apart so that they do not pair into a flag (🇻​🇮​🇦: each drawn as a boxed
//   letter) are the letters they show;
// - a hair space (U+200A, 1/24 em) between two letters is not seen as a space;
// - decimal digits of any script (٠١٢, ०१२) are the digits they are, so a phone number or a price
//   reads the same whatever digits it is written in;
// - an ideographic full stop between the labels of a host (`shop。example`) is the dot browsers
//   read there (IDNA maps it), so the link stage finds the host in running text.
// The first three are disguises in Latin text and are reported (invisible characters, look-alike
// words), so disguise costs points; digits in a text written in their own script are not reported.

/** Parenthesized small letters U+249C..U+24B5 (⒜..⒵) and regional indicators U+1F1E6..U+1F1FF (as surrogate pairs). */
const BOXED_HINT = /[\u249C-\u24B5]|\uD83C[\uDDE6-\uDDFF]/;
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;

function isRegionalAt(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 0xd83c) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdde6 && d <= 0xddff;
}

export interface BoxedLetters {
  text: string;
  /** The words spelled in boxed letters, lowercased (look-alike words). */
  words: string[];
}

/**
 * Parenthesized letters and unpaired regional indicators as the letters they show. Regional
 * indicators pair left to right into flags where they touch (`🇺🇸🇬🇧` stays two flags); one set
 * apart by an invisible character, a space or anything else is drawn as a boxed letter. Run
 * before invisible characters are removed, since they are what keeps the indicators apart.
 */
export function readBoxedLetters(input: string): BoxedLetters {
  if (!BOXED_HINT.test(input)) return { text: input, words: [] };
  const words: string[] = [];
  let word = '';
  let out = '';
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c >= 0x249c && c <= 0x24b5) {
      const letter = String.fromCharCode(0x61 + c - 0x249c);
      out += letter;
      word += letter;
      i++;
      continue;
    }
    if (isRegionalAt(input, i)) {
      if (isRegionalAt(input, i + 2)) {
        // A flag: two indicators drawn as one picture.
        out += input.slice(i, i + 4);
        i += 4;
        if (word !== '') words.push(word);
        word = '';
        continue;
      }
      const letter = String.fromCharCode(0x41 + input.charCodeAt(i + 1) - 0xdde6);
      out += letter;
      word += letter.toLowerCase();
      i += 2;
      continue;
    }
    // Invisible characters between boxed letters keep the word going; anything else ends it.
    if (word !== '' && !INVISIBLE.test(String.fromCodePoint(input.codePointAt(i) as number))) {
      words.push(word);
      word = '';
    }
    out += input.charAt(i);
    i++;
  }
  if (word !== '') words.push(word);
  return { text: out, words: words.filter((w) => w.length >= 2) };
}

const HAIR_SPACE = /(?<=\p{L})\u200A(?=\p{L})/gu;

/** Hair spaces between two letters removed; how many were. */
export function dropHairSpaces(text: string): { text: string; removed: number } {
  if (!text.includes('\u200A')) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(HAIR_SPACE, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}

// Decimal digits outside ASCII: a first gate without the `u` flag over the blocks that hold \p{Nd}
// (BMP U+0660..U+1C59, U+A620..U+ABF9, full-width; astral ones by their high surrogates, emoji's
// U+D83C/U+D83D left out so that emoji comments skip the pass), then the exact class.
const DIGIT_HINT = /[\u0660-\u1C59\uA620-\uABF9\uFF10-\uFF19]|[\uD801\uD803-\uD807\uD818\uD81A\uD81B\uD833\uD835\uD838-\uD83A]|\uD83E[\uDFF0-\uDFF9]/;
const FOREIGN_DIGIT = /(?![0-9])\p{Nd}/gu;
const ONE_DIGIT = /^\p{Nd}$/u;
/** Letters other than Latin: where they are, digits of their script are how the text is written. */
const NON_LATIN_LETTER = /(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])\p{L}/u;

const digitValues = new Map<string, string>();

/** The value of a decimal digit: its distance from the first digit of its block of ten (\p{Nd} comes in aligned runs of ten). */
function digitValue(ch: string): string {
  let v = digitValues.get(ch);
  if (v === undefined) {
    const cp = ch.codePointAt(0) as number;
    let start = cp;
    while (start > 0 && ONE_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    v = String((cp - start) % 10);
    digitValues.set(ch, v);
  }
  return v;
}

/**
 * Decimal digits of every script as ASCII digits (`٠٨٠٠` → `0800`), so every rule that reads
 * numbers (phones, prices, amounts) reads them. Reported as a look-alike word when the text has no
 * letter of another script than Latin: digits of another script in English are a disguise.
 */
export function readForeignDigits(text: string, lookalikes: string[]): string {
  if (!DIGIT_HINT.test(text)) return text;
  let changed = '';
  const out = text.replace(FOREIGN_DIGIT, (ch: string) => {
    const d = digitValue(ch);
    changed += d;
    return d;
  });
  if (changed !== '' && !NON_LATIN_LETTER.test(out) && lookalikes.length < 64) lookalikes.push(changed);
  return out;
}

const IDEOGRAPHIC_STOP = /(?<=[A-Za-z0-9-])\u3002(?=[A-Za-z])/g;

/** An ideographic full stop between two ASCII host labels (`shop。example`) as `.`: IDNA reads it so. */
export function readIdeographicStops(text: string): string {
  if (!text.includes('\u3002')) return text;
  return text.replace(IDEOGRAPHIC_STOP, '.');
}
