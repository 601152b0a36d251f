// tokenize: words from the normalized text and the classifier's word tokens.
import type { Stemmer } from './stem.js';

export { ENGLISH_STOP_WORDS } from './natural.js';
export { createStemmer, memoizeStemmer, DEFAULT_STEM_CACHE_SIZE, MAX_STEMMED_LENGTH, type CachedStemmer, type Stemmer, type StemmerOptions } from './stem.js';
export { splitWords, tokenizeWords } from './words.js';

/** Classifier tokens for a word sequence: stems and bigrams of stems. */
export function wordTokens(words: readonly string[], stem: Stemmer): string[] {
  const out: string[] = [];
  let prev = '';
  for (const w of words) {
    const s = stem(w);
    out.push(s);
    if (prev) out.push(`${prev} ${s}`);
    prev = s;
  }
  return out;
}
