// The rules' per-comment context (CommentFacts, RuleInput in types.ts): catalog rules read shared
// work from the context, added rules never see it, nothing is stamped on the Features object, and
// every remembered answer is the answer computed afresh.
import { describe, expect, it } from 'vitest';
import { CATALOG, createModerator, type Features, type Rule } from '../../src/index.js';
import { extractFeatures } from '../../src/features/index.js';
import { readComment } from '../../src/input.js';
import { createLinkCache } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import { scoreRules } from '../../src/rules/index.js';
import { createRuleInput } from '../../src/rules/rule-input.js';
import { createStemmer } from '../../src/tokenize/index.js';
import type { RuleInput, WordFacts } from '../../src/types.js';

const spam = 'Work from home and earn $500 a day, message me on whatsapp https://wa.me/123456 or visit http://bit.ly/x1 and http://cheap.weebly.com';

describe('the rules context', () => {
  it('catalog rules get a rule input with facts; added rules get the frozen Features object itself', () => {
    const seen: unknown[] = [];
    const probe = (id: string): Rule => ({
      id,
      group: 'custom',
      score: 0,
      description: 'records what its test was given',
      test: (f) => {
        seen.push(f);
        return [];
      },
      examples: { hit: [], miss: [] },
    });
    const features = createModerator().analyze(spam).features;
    scoreRules(features, [probe('CUSTOM_CATALOG_LIKE'), probe('CUSTOM_ADDED')], { failures: [], firstAdded: 1 });
    const [asCatalog, asAdded] = seen as [RuleInput, Features];
    expect(asCatalog).not.toBe(features);
    expect(asCatalog.facts).toBeDefined();
    expect(asCatalog.words).toBe(features.words);
    expect(asCatalog.links).toBe(features.links);
    expect(asCatalog.tokens).toEqual(features.tokens);
    expect(asAdded).toBe(features);
    expect('facts' in asAdded).toBe(false);
    expect(Object.isFrozen(features)).toBe(true);
  });

  it('fills the facts once per comment and never stamps the Features object', () => {
    const m = createModerator();
    const { features, hits } = m.analyze(spam);
    expect(hits.length).toBeGreaterThan(2);
    expect(Object.keys({ ...features }).sort()).toEqual(['classifierTokens', 'emails', 'links', 'normalized', 'stats', 'totalLinks', 'words']);
    expect(Object.getOwnPropertySymbols(features)).toEqual([]);
  });

  it('an added rule freezes the features, but not the word memo entries the catalog scan reads', () => {
    const added: Rule = { id: 'CUSTOM_NOTHING', group: 'custom', score: 0, description: 'never hits', test: () => [], examples: { hit: [], miss: ['x'] } };
    const entries: (WordFacts | undefined)[] = [];
    const features = extractFeatures(normalizeComment(readComment(spam), { maxLength: 100_000 }), { stem: createStemmer('en'), links: createLinkCache() }, entries);
    expect(entries.length).toBe(features.words.length);
    const hits = scoreRules(features, [...CATALOG, added], { failures: [], firstAdded: CATALOG.length, wordEntries: entries });
    expect(hits.length).toBeGreaterThan(2);
    expect(Object.isFrozen(features)).toBe(true);
    const filled = entries.filter((e): e is WordFacts => e !== undefined);
    expect(filled.length).toBeGreaterThan(10);
    expect(filled.every((e) => e.scanInfo !== undefined && !Object.isFrozen(e))).toBe(true);
  });

  it('gives the same hits with and without the word memo entries (every catalog example)', () => {
    const m = createModerator();
    const comments = CATALOG.flatMap((r) => [...r.examples.hit, ...r.examples.miss]);
    for (const comment of comments) {
      const { features, hits } = m.analyze(comment);
      const bare = scoreRules(features, m.rules, { failures: [] });
      expect(bare).toEqual(hits);
    }
  });

  it('every catalog rule gives the same evidence from the facts other rules filled as when it computes them itself', () => {
    // Session 18a: the link facts (post host, author URL links, post topic) are kept per comment; a
    // rule reading them after every other rule has run must see what it would have computed alone.
    const m = createModerator();
    const comments = CATALOG.flatMap((r) => [...r.examples.hit, ...r.examples.miss]);
    let compared = 0;
    for (const comment of comments) {
      const { features } = m.analyze(comment);
      const input = createRuleInput(features);
      const shared = CATALOG.map((r) => r.test(input));
      const again = CATALOG.map((r) => r.test(input));
      CATALOG.forEach((r, i) => {
        const alone = r.test(features);
        expect(shared[i], r.id).toEqual(alone);
        expect(again[i], r.id).toEqual(alone);
        if (alone.length > 0) compared++;
      });
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('leaves the features token list as the features stage made it (rule tokens are the analysis list only)', () => {
    const { features, classifierTokens, hits } = createModerator().analyze(spam);
    expect(hits.length).toBeGreaterThan(0);
    expect(classifierTokens.length).toBe(features.classifierTokens.length + hits.length);
    expect(features.tokens.some((t) => t.startsWith('rule:'))).toBe(false);
  });
});
