// PLACEHOLDER (replaced): joins tokenize and links output into the features rules and bayes read.
import { extractLinks } from '../links/index.js';
import { tokenizeWords, wordTokens, type Stemmer } from '../tokenize/index.js';
import type { Features, NormalizedComment } from '../types.js';

export interface FeatureContext {
  stem: Stemmer;
}

export function extractFeatures(normalized: NormalizedComment, context: FeatureContext): Features {
  const words = tokenizeWords(normalized.body);
  const { links, emails } = extractLinks(normalized);
  const text = normalized.body.text;
  return {
    normalized,
    words,
    tokens: wordTokens(words, context.stem),
    links,
    emails,
    stats: { length: text.length, letters: 0, upperShare: 0, longestRun: 0, words: words.length },
  };
}
