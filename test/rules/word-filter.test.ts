// word-filter.ts: the scan's table and AUTHOR_NAME_KEYWORDS skip their Map lookup for a word the
// filter rejects, so the filter may never reject one of its own words (a dropped hit otherwise).
import { describe, expect, it } from 'vitest';
import { sealScanLists } from '../../src/rules/catalog/scan-lists.js';
import { CATALOG } from '../../src/rules/index.js';
import { VOCABULARY, COMMERCIAL_WORDS } from '../../src/rules/catalog/vocabulary.js';
import { WORD_CLASSES } from '../../src/rules/catalog/word-classes.js';
import { mayHold, wordFilter } from '../../src/rules/catalog/word-filter.js';

describe('word filter', () => {
  it('passes every one of its words: the lists, the classes, the vocabulary, and odd shapes', () => {
    void CATALOG; // importing the catalog registers its lists
    const words = new Set<string>(['', 'a', 'ab', 'abc', '😀', 'a😀b', 'ё', 'тест', 'テスト', 'x'.repeat(300)]);
    for (const list of sealScanLists()) for (const w of list.roles.keys()) words.add(w);
    for (const list of Object.values(WORD_CLASSES)) for (const w of list) words.add(w);
    for (const c of VOCABULARY) for (const w of [...c.strong, ...c.weak]) words.add(w);
    for (const w of COMMERCIAL_WORDS) words.add(w);
    const filter = wordFilter(words);
    const dropped = [...words].filter((w) => !mayHold(filter, w));
    expect(dropped).toEqual([]);
    expect(words.size).toBeGreaterThan(3000);
  });

  it('rejects most other words (it is worth its cost)', () => {
    const filter = wordFilter(Array.from({ length: 5000 }, (_, i) => `key${i}word`));
    let passed = 0;
    for (let i = 0; i < 5000; i++) if (mayHold(filter, `other${i}text`)) passed++;
    expect(passed).toBeLessThan(1000);
    // An empty filter holds nothing.
    expect(mayHold(wordFilter([]), 'anything')).toBe(false);
  });
});
