// The object catalog and list rules receive on one comment (RuleInput in types.ts): the comment's
// Features, field for field, plus that comment's CommentFacts. A class, so every comment's view has
// one shape and the text view of the tokens stays a getter on the prototype.
import type { ClassifierTokens, CommentFacts, EmailAddress, Features, Link, NormalizedComment, RuleInput, TextStats, WordFacts } from '../types.js';

const NO_ENTRIES: readonly (WordFacts | undefined)[] = Object.freeze([]);

class CommentView implements RuleInput {
  readonly normalized: NormalizedComment;
  readonly words: string[];
  readonly classifierTokens: ClassifierTokens;
  readonly links: Link[];
  readonly emails: EmailAddress[];
  readonly totalLinks?: number;
  readonly stats: TextStats;

  constructor(
    private readonly features: Features,
    readonly facts: CommentFacts,
  ) {
    this.normalized = features.normalized;
    this.words = features.words;
    this.classifierTokens = features.classifierTokens;
    this.links = features.links;
    this.emails = features.emails;
    if (features.totalLinks !== undefined) this.totalLinks = features.totalLinks;
    this.stats = features.stats;
  }

  get tokens(): string[] {
    return this.features.tokens;
  }
}

/**
 * A comment's rule input with empty facts. `wordEntries` must be the word memo's entries of
 * `features.words` in order (pushWordTokens), or absent.
 */
export function createRuleInput(features: Features, wordEntries?: readonly (WordFacts | undefined)[]): RuleInput {
  const entries = wordEntries !== undefined && wordEntries.length === features.words.length ? wordEntries : NO_ENTRIES;
  return new CommentView(features, { scan: undefined, bodyLinks: undefined, ownLinks: undefined, privateRequest: undefined, wordRoles: undefined, postHost: undefined, authorLinks: undefined, postTopic: undefined, messengerLinks: undefined, nameWords: undefined, wordEntries: entries });
}
