// features: joins the tokenize and links output into what rules and the classifier read.
// Everything here is computed once per comment so that no rule rescans the text.
import { extractLinks } from '../links/index.js';
import { tokenizeWords, type Stemmer } from '../tokenize/index.js';
import type { Features, NormalizedComment } from '../types.js';
import { textStats } from './stats.js';
import { buildTokens } from './tokens.js';

export { textStats } from './stats.js';
export { buildTokens, type TokenInput } from './tokens.js';

export interface FeatureContext {
  stem: Stemmer;
}

export function extractFeatures(normalized: NormalizedComment, context: FeatureContext): Features {
  const words = tokenizeWords(normalized.body);
  const { links, emails, totalLinks = links.length } = extractLinks(normalized);
  const stats = textStats(normalized.body.text, words.length);
  const tokens = buildTokens({ words, stem: context.stem, links, emails, totalLinks, stats, obfuscation: normalized.body.obfuscation });
  return { normalized, words, tokens, links, emails, totalLinks, stats };
}
