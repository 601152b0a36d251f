// PLACEHOLDER (replaced by the tokenize work).
import type { Language } from '../options.js';
import type { NormalizedText } from '../types.js';

export type Stemmer = (word: string) => string;

export function createStemmer(language: Language): Stemmer {
  void language;
  return (w) => w;
}

/** Lowercase, folded words of every script, in order. */
export function tokenizeWords(text: NormalizedText): string[] {
  return text.folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

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
