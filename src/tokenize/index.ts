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

/** Classifier tokens for a word sequence: stems and bigrams of stems, in order (stem, then the bigram it ends). */
export function wordTokens(words: readonly string[], stem: Stemmer): string[] {
  const n = words.length;
  if (n === 0) return [];
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
