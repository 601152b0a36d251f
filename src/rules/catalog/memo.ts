// Work that several rules share (the word scan, the de-duplicated body links, the request to write
// privately) is computed once per comment and kept in that comment's CommentFacts (types.ts): the
// explicit per-comment context scoreRules creates and hands the catalog's rules as
// `RuleInput.facts`, so it lives exactly as long as the comment and nothing is stamped on the
// Features object. A test called with plain Features (the catalog's own tests, helpers run
// outside scoreRules) has no facts and computes each one itself: the same answer, not remembered.
import type { CommentFacts, Features, RuleInput, WordFacts } from '../../types.js';

/** The comment's facts when `features` is a rule input (scoreRules), else undefined. */
function factsOf(features: Features): CommentFacts | undefined {
  return (features as Partial<RuleInput>).facts;
}

/** The shared facts kept per comment: one slot each (types.ts CommentFacts). */
export type FactSlot = 'scan' | 'bodyLinks' | 'ownLinks' | 'privateRequest' | 'wordRoles' | 'postHost' | 'authorLinks' | 'postTopic' | 'messengerLinks' | 'nameWords';

/**
 * The comment's fact in `slot` (the word scan, the de-duplicated body links, the links not to
 * well-known sites, the request to write privately, the words' role bits, the link facts of
 * link-facts.ts and topic-slug.ts), computed by `compute`
 * on first use.
 * `compute` takes the features rather than closing over them, so a hit on the memo allocates nothing.
 */
export function memoFact<T>(features: Features, slot: FactSlot, compute: (features: Features) => T): T {
  const facts = factsOf(features);
  if (facts === undefined) return compute(features);
  // Each slot by name rather than `facts[slot]`: a keyed access with a varying key is V8's generic
  // (megamorphic) path, and the scan's slot alone is read by a dozen rules on every comment.
  switch (slot) {
    case 'scan':
      return (facts.scan ??= compute(features)) as T;
    case 'bodyLinks':
      return (facts.bodyLinks ??= compute(features)) as T;
    case 'ownLinks':
      return (facts.ownLinks ??= compute(features)) as T;
    case 'privateRequest':
      return (facts.privateRequest ??= compute(features)) as T;
    case 'wordRoles':
      return (facts.wordRoles ??= compute(features)) as T;
    case 'postHost':
      return (facts.postHost ??= compute(features)) as T;
    case 'authorLinks':
      return (facts.authorLinks ??= compute(features)) as T;
    case 'postTopic':
      return (facts.postTopic ??= compute(features)) as T;
    case 'messengerLinks':
      return (facts.messengerLinks ??= compute(features)) as T;
    case 'nameWords':
      return (facts.nameWords ??= compute(features)) as T;
  }
}

/** The word memo's entries of the comment's words (same index as `features.words`), or undefined. */
export function wordEntriesOf(features: Features): readonly (WordFacts | undefined)[] | undefined {
  const entries = factsOf(features)?.wordEntries;
  return entries !== undefined && entries.length === features.words.length ? entries : undefined;
}
