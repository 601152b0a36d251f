// features: joins the tokenize and links output into what rules and the classifier read.
// Everything here is computed once per comment so that no rule rescans the text.
import { extractLinks, type LinkCache } from '../links/index.js';
import { tokenTexts, tokenizeWords, type Stemmer } from '../tokenize/index.js';
import type { ClassifierTokens, EmailAddress, Features, Link, NormalizedComment, TextStats, WordFacts } from '../types.js';
import { textStats } from './stats.js';
import { buildTokens } from './tokens.js';

export { textStats } from './stats.js';
export { buildTokens, type TokenInput } from './tokens.js';

export interface FeatureContext {
  stem: Stemmer;
  /** The moderator's bounded memo of hosts and link words (optional). */
  links?: LinkCache;
}

/** Features as a class so the text view of the tokens is a getter on the prototype (no closure per comment). */
class CommentFeatures implements Features {
  constructor(
    readonly normalized: NormalizedComment,
    readonly words: string[],
    readonly classifierTokens: ClassifierTokens,
    readonly links: Link[],
    readonly emails: EmailAddress[],
    readonly totalLinks: number,
    readonly stats: TextStats,
  ) {}

  /** The text form is for people and bench/: built on each read, from the typed tokens. */
  get tokens(): string[] {
    return tokenTexts(this.classifierTokens);
  }
}

/**
 * The comment's features. `wordEntries`, when given, receives the word memo entry of each body
 * word (the moderator hands them to the rules stage: CommentFacts.wordEntries). `spare`: room in
 * the token list for entries the caller appends and then trims (TokenInput.spare).
 */
export function extractFeatures(normalized: NormalizedComment, context: FeatureContext, wordEntries?: (WordFacts | undefined)[], spare = 0): Features {
  const words = tokenizeWords(normalized.body);
  const { links, emails, totalLinks = links.length } = extractLinks(normalized, context.links);
  const stats = textStats(normalized.body.text, words.length);
  const tokens = buildTokens({ words, stem: context.stem, links, emails, totalLinks, stats, obfuscation: normalized.body.obfuscation, text: normalized.body.text, wordEntries, spare });
  return new CommentFeatures(normalized, words, tokens, links, emails, totalLinks, stats);
}
