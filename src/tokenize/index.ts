// tokenize: words from the normalized text and the classifier's word tokens.
import type { Stemmer } from './stem.js';

export { ENGLISH_STOP_WORDS } from './natural.js';
export { createStemmer, memoizeStemmer, DEFAULT_STEM_CACHE_SIZE, MAX_STEMMED_LENGTH, type CachedStemmer, type Stemmer, type StemmerOptions } from './stem.js';
export { splitWords, tokenizeWords } from './words.js';

/**
 * Longest word kept whole as a classifier token. Longer ones (keyboard mashing, base64, padding)
 * are cut and marked with `…`: the classifier still learns "this long garbage", and neither the
 * model nor a verdict's evidence ever carries a megabyte token.
 */
export const MAX_TOKEN_LENGTH = 64;

function capToken(word: string): string {
  let end = MAX_TOKEN_LENGTH;
  const last = word.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never half a surrogate pair
  return `${word.slice(0, end)}…`;
}

function stemOrCap(word: string, stem: Stemmer): string {
  return word.length > MAX_TOKEN_LENGTH ? capToken(word) : stem(word);
}

/** First code unit of a script written without spaces: Han, kana, Thai, Lao, Khmer, Myanmar (splitWords keeps their runs apart). */
function isUnspaced(word: string): boolean {
  const c = word.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0xd840 && c <= 0xd87f)
  );
}

/**
 * A run of a script without spaces is a whole phrase, not a word: as one token it would almost
 * never repeat. Its character bigrams (the run itself when shorter) are what a classifier can
 * learn from; code points, so a bigram never splits a surrogate pair.
 */
function pushCharBigrams(run: string, out: string[]): void {
  const chars = Array.from(run.length > 4 * MAX_TOKEN_LENGTH ? run.slice(0, 4 * MAX_TOKEN_LENGTH) : run);
  if (chars.length < 3) {
    out.push(chars.join(''));
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
}

/**
 * Classifier tokens for a word sequence: stems and bigrams of stems, in order (stem, then the
 * bigram it ends). With a stemmer that asks for it (language 'auto'), runs of scripts written
 * without spaces become character bigrams and take no part in word bigrams.
 */
export function wordTokens(words: readonly string[], stem: Stemmer): string[] {
  const n = words.length;
  if (n === 0) return [];
  if (stem.unspacedGrams === true && words.some(isUnspaced)) return mixedTokens(words, stem);
  // Sized once: this runs for every comment and growing the array by push is measurably slower.
  const out = new Array<string>(2 * n - 1);
  let prev = stemOrCap(words[0] ?? '', stem);
  out[0] = prev;
  let k = 1;
  for (let i = 1; i < n; i++) {
    const s = stemOrCap(words[i] ?? '', stem);
    out[k++] = s;
    out[k++] = `${prev} ${s}`;
    prev = s;
  }
  return out;
}

function mixedTokens(words: readonly string[], stem: Stemmer): string[] {
  const out: string[] = [];
  let prev: string | null = null;
  for (const word of words) {
    if (isUnspaced(word)) {
      pushCharBigrams(word, out);
      prev = null;
      continue;
    }
    const s = stemOrCap(word, stem);
    out.push(s);
    if (prev !== null) out.push(`${prev} ${s}`);
    prev = s;
  }
  return out;
}
