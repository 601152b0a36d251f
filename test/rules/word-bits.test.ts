// Session 19b: rules that read a word list's bits from the shared scan instead of looking each word
// up themselves (firstWordOfClass, MACHINE_WORDS' M_FIRST_PERSON, the registered
// lists' gates). A gate may never drop a hit, so each bit must be set exactly when a word of its
// list is among the comment's words (the words the rule walked: Features.words, already folded and
// lower-cased, so every case and folded form a rule matches is a word of its list here). Checked on
// every catalog example and cold-start fixture, and on comments made of each list's own words in
// the cases people write them (lower, Title, UPPER), through the word memo entries and without.
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index.js';
import { readComment } from '../../src/input.js';
import { createLinkCache } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import { FIRST_PERSON } from '../../src/rules/catalog/flattery-words.js';
import { M_FIRST_PERSON } from '../../src/rules/catalog/machine-words.js';
import { firstWordOfClass, listRolesOf, scanOf } from '../../src/rules/catalog/scan.js';
import { sealScanLists } from '../../src/rules/catalog/scan-lists.js';
import { WORD_CLASSES, type WordClass } from '../../src/rules/catalog/word-classes.js';
import { createRuleInput } from '../../src/rules/rule-input.js';
import { createStemmer } from '../../src/tokenize/index.js';
import { catalogAndFixtureComments } from './catalog-comments.js';
import type { CommentInput, Features, WordFacts } from '../../src/types.js';

function title(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Catalog examples, cold-start fixtures, and every list word and class word in three cases. */
function comments(): CommentInput[] {
  const out: CommentInput[] = catalogAndFixtureComments();
  const words = new Set<string>(FIRST_PERSON);
  for (const list of sealScanLists()) for (const w of list.roles.keys()) words.add(w);
  for (const name of Object.keys(WORD_CLASSES) as WordClass[]) for (const w of WORD_CLASSES[name]) words.add(w);
  const all = [...words];
  // A few words a comment: each alone, and beside others (order and repetition matter to first-of).
  for (let i = 0; i < all.length; i += 5) {
    const group = all.slice(i, i + 5);
    out.push({ content: group.join(' ') });
    out.push({ content: `Hello, ${group.map(title).join(' and ')}!` });
    out.push({ content: group.map((w) => w.toUpperCase()).join(', ') });
  }
  return out;
}

describe('word list bits in the shared scan', () => {
  const stem = createStemmer('auto');
  const links = createLinkCache();
  const lists = sealScanLists();
  const classes = Object.keys(WORD_CLASSES) as WordClass[];
  const all = comments();

  it('listRolesOf gives each registered list the or of its words\' roles, on list-word comments in three cases', () => {
    let nonzero = 0;
    const wrong: string[] = [];
    for (const comment of all) {
      const entries: (WordFacts | undefined)[] = [];
      const features: Features = extractFeatures(normalizeComment(readComment(comment), { maxLength: 100_000 }), { stem, links }, entries);
      for (const input of [features, createRuleInput(features, entries)]) {
        for (const list of lists) {
          let or = 0;
          for (const w of features.words) or |= list.roles.get(w) ?? 0;
          if (listRolesOf(input, list) !== or) wrong.push(`${features.words.join(' ')}: ${listRolesOf(input, list)} != ${or}`);
          if (or !== 0) nonzero++;
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(nonzero).toBeGreaterThan(3000);
  });

  it('firstWordOfClass is the first word its class names', () => {
    let found = 0;
    for (const comment of all) {
      const entries: (WordFacts | undefined)[] = [];
      const features: Features = extractFeatures(normalizeComment(readComment(comment), { maxLength: 100_000 }), { stem, links }, entries);
      for (const input of [features, createRuleInput(features, entries)]) {
        for (const name of classes) {
          const expected = features.words.find((w) => WORD_CLASSES[name].includes(w)) ?? '';
          expect(firstWordOfClass(input, name)).toBe(expected);
          if (expected !== '') found++;
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("the scan's M_FIRST_PERSON bit is set exactly when a FIRST_PERSON word is present", () => {
    let present = 0;
    for (const comment of all) {
      const entries: (WordFacts | undefined)[] = [];
      const features: Features = extractFeatures(normalizeComment(readComment(comment), { maxLength: 100_000 }), { stem, links }, entries);
      const expected = features.words.some((w) => FIRST_PERSON.has(w));
      expect((scanOf(createRuleInput(features, entries)).machineWords & M_FIRST_PERSON) !== 0).toBe(expected);
      expect((scanOf(features).machineWords & M_FIRST_PERSON) !== 0).toBe(expected);
      if (expected) present++;
    }
    expect(present).toBeGreaterThan(100);
  });
});
