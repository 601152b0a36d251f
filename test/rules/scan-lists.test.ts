// The rule word lists registered with the shared scan (scan-lists.ts): a rule reads
// listRolesOf(f, LIST) where it read rolesOfWords(f.words, roles) before, so the two must agree on
// every comment, whichever lists share a packed field, through the word memo entries and without.
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index.js';
import { readComment } from '../../src/input.js';
import { createLinkCache } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import { rolesOfWords } from '../../src/rules/catalog/fold-words.js';
import { listRolesOf } from '../../src/rules/catalog/scan.js';
import { LIST_FIELDS, registerScanList, sealScanLists } from '../../src/rules/catalog/scan-lists.js';
import { createRuleInput } from '../../src/rules/rule-input.js';
import { createStemmer } from '../../src/tokenize/index.js';
import { catalogAndFixtureComments } from './catalog-comments.js';
import type { CommentInput, Features, WordFacts } from '../../src/types.js';

/** Every catalog example and every cold-start fixture comment: the lists' own words in context. */
const comments = catalogAndFixtureComments;

describe('rule word lists in the shared scan', () => {
  // Importing the catalog registered every list; the first scan sealed the registry.
  const lists = sealScanLists();

  it('registers the catalog lists, packed into the fields without overlapping', () => {
    expect(lists.length).toBeGreaterThanOrEqual(9);
    const used = new Array<number>(LIST_FIELDS).fill(0);
    for (const list of lists) {
      const bits = list.mask << list.shift;
      expect(list.field).toBeLessThan(LIST_FIELDS);
      expect(bits >>> list.shift).toBe(list.mask);
      expect(bits).toBeLessThan(2 ** 30);
      expect(used[list.field]! & bits).toBe(0);
      used[list.field]! |= bits;
    }
  });

  it('gives every list the roles rolesOfWords gives, on every example and cold-start comment, with and without memo entries', () => {
    const stem = createStemmer('auto');
    const links = createLinkCache();
    let nonzero = 0;
    // One set of memo entries per run, so the second pass reads each word's cached scan info.
    for (let pass = 0; pass < 2; pass++) {
      for (const comment of comments()) {
        const entries: (WordFacts | undefined)[] = [];
        const features: Features = extractFeatures(normalizeComment(readComment(comment), { maxLength: 100_000 }), { stem, links }, entries);
        const input = createRuleInput(features, entries);
        for (const list of lists) {
          const expected = rolesOfWords(features.words, list.roles);
          expect(listRolesOf(input, list)).toBe(expected);
          expect(listRolesOf(features, list)).toBe(expected);
          if (expected !== 0) nonzero++;
        }
      }
    }
    // The comments do hold the lists' words: the test compares something.
    expect(nonzero).toBeGreaterThan(500);
  });

  it('refuses a list registered after the scan built its table', () => {
    expect(() => registerScanList(new Map([['word', 1]]))).toThrow(/already built its table/);
  });
});
