// The classifier's id cache by word-memo key (ClassifierTokens.keys, issue 13's word memo): a
// store fed keyed token lists must count exactly what a store fed the same tokens as text counts,
// through churn, id compaction, pruning, a memo that starts its numbering over, and lists keyed
// by two different memos.
import { describe, expect, it } from 'vitest';
import { MemoryStore, TokenCounts } from '../../src/bayes/index.js';
import { mulberry32 } from '../../src/evaluate/index.js';
import { RESERVED_KEYS, TokenList, WordMemo, memoizeStemmer, parseTokenTexts, pushWordTokens, tokenText, tokenTexts, type CachedStemmer } from '../../src/tokenize/index.js';
import type { Label } from '../../src/types.js';

function randomDocs(n: number, seed: number): { id: string; words: string[]; label: Label }[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const spam = random() < 0.4;
    const words = Array.from({ length: 2 + Math.floor(random() * 12) }, () => `${spam ? 's' : 'h'}${Math.floor(random() * 40)}`);
    if (random() < 0.5) words.push(`shared${Math.floor(random() * 5)}`, `unique${i}`);
    return { id: `doc${i}`, words, label: spam ? 'spam' : 'ham' };
  });
}

/** A stemmer over a WordMemo with a small key space (so numbering starts over during a test). */
function memoStemmer(maxKeys: number, capacity = 1000): CachedStemmer {
  const memo = new WordMemo((w) => w.replace(/\d$/, ''), capacity, maxKeys);
  return Object.assign((w: string) => memo.entry(w).stem, { cachedCount: () => memo.size, entry: (w: string) => memo.entry(w), numbering: () => memo.numbering });
}

function keyed(words: string[], stem: CachedStemmer): TokenList {
  const list = new TokenList();
  pushWordTokens(words, stem, list);
  return list;
}

function counts(store: MemoryStore, list: TokenList): Record<string, [number, number]> {
  const out = new TokenCounts();
  store.lookup(list, out);
  const result: Record<string, [number, number]> = {};
  for (let i = 0; i < out.size; i++) result[tokenText(list, out.positions[i]!)] = [out.spam[i]!, out.ham[i]!];
  return result;
}

describe('word ids cached by memo key', () => {
  it.each([
    { name: 'one numbering', maxKeys: 1 << 18, capacity: 100_000 },
    { name: 'numbering started over many times, memo generations turning', maxKeys: 37, capacity: 50 },
  ])('count what text tokens count through churn and compaction: $name', ({ maxKeys, capacity }) => {
    const docs = randomDocs(3000, 11);
    const stem = memoStemmer(maxKeys, capacity);
    const store = new MemoryStore(100_000);
    const plain = new MemoryStore(100_000);
    docs.forEach((d) => store.add(d.id, keyed(d.words, stem), d.label));
    docs.forEach((d) => plain.add(d.id, tokenTexts(keyed(d.words, stem)), d.label));
    // Two thirds removed: more dead ids than live ones, so the store renumbers its ids.
    docs.forEach((d, i) => {
      if (i % 3 === 0) return;
      store.remove(d.id);
      plain.remove(d.id);
    });
    for (const d of docs.slice(0, 400)) {
      const list = keyed(d.words, stem);
      expect(counts(store, list)).toEqual(counts(plain, list));
    }
    docs.slice(0, 60).forEach((d) => store.add(d.id, keyed(d.words, stem), d.label));
    docs.slice(0, 60).forEach((d) => plain.add(d.id, tokenTexts(keyed(d.words, stem)), d.label));
    for (const d of docs.slice(0, 400)) {
      const list = keyed(d.words, stem);
      expect(counts(store, list)).toEqual(counts(plain, list));
    }
    expect(store.snapshot()).toEqual(plain.snapshot());
  });

  it('keeps lists keyed by two memos apart (same keys, other words)', () => {
    const a = memoStemmer(1 << 18);
    const b = memoStemmer(1 << 18);
    const store = new MemoryStore(1000);
    store.add('x', keyed(['apple', 'pear'], a), 'spam');
    store.add('y', keyed(['plum', 'fig'], b), 'ham');
    // b's keys 0 and 1 are plum and fig; a's are apple and pear.
    expect(counts(store, keyed(['plum', 'fig'], b))).toEqual({ plum: [0, 1], fig: [0, 1], 'plum fig': [0, 1] });
    expect(counts(store, keyed(['apple', 'pear'], a))).toEqual({ apple: [1, 0], pear: [1, 0], 'apple pear': [1, 0] });
    expect(counts(store, keyed(['plum', 'apple'], b))).toEqual({ plum: [0, 1], apple: [1, 0] });
  });

  it('forgets a cached "unknown" once the word is learned', () => {
    const stem = memoStemmer(1 << 18);
    const store = new MemoryStore(1000);
    store.add('x', keyed(['apple', 'pear'], stem), 'spam');
    expect(counts(store, keyed(['kiwi', 'apple'], stem))).toEqual({ apple: [1, 0] });
    store.add('y', keyed(['kiwi', 'fig'], stem), 'ham');
    expect(counts(store, keyed(['kiwi', 'apple'], stem))).toEqual({ kiwi: [0, 1], apple: [1, 0] });
  });

  it('keeps cached ids and "unknown" answers apart while other words are learned', () => {
    const stem = memoStemmer(1 << 18);
    const store = new MemoryStore(1000);
    store.add('x', keyed(['apple', 'pear'], stem), 'spam');
    // apple and pear cached as known, kiwi as unknown.
    expect(counts(store, keyed(['kiwi', 'apple', 'pear'], stem))).toEqual({ apple: [1, 0], pear: [1, 0], 'apple pear': [1, 0] });
    // New words (fig, plum) are created: apple's cached id stays good, kiwi's "unknown" goes stale.
    store.add('y', keyed(['fig', 'apple', 'plum'], stem), 'ham');
    store.add('z', keyed(['kiwi'], stem), 'ham');
    expect(counts(store, keyed(['kiwi', 'apple', 'pear', 'fig'], stem))).toEqual({ kiwi: [0, 1], apple: [1, 1], pear: [1, 0], 'apple pear': [1, 0], fig: [0, 1] });
    // Learning from a list whose words are all cached creates nothing and counts them.
    store.add('w', keyed(['apple', 'pear'], stem), 'spam');
    expect(counts(store, keyed(['apple', 'pear'], stem))).toEqual({ apple: [2, 1], pear: [2, 0], 'apple pear': [2, 0] });
  });

  it('gives no keys for a list made while the memo started over', () => {
    const stem = memoStemmer(3);
    const list = keyed(['a1', 'b1', 'c1', 'd1', 'e1'], stem);
    expect(list.keyOwner).toBeUndefined();
    expect(list.keys).toEqual([]);
    const next = keyed(['d1', 'e1'], stem); // remembered since the numbering started over
    expect(next.keyOwner).toBe(stem.numbering());
  });
});

describe('fixed keys of constant synthetic tokens and rule hits', () => {
  it('count what the same tokens read by text count', async () => {
    const { createModerator } = await import('../../src/index.js');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const items = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'comments.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { content: string; label: Label });
    const m = createModerator();
    const lists = items.map(({ content }) => m.analyze(content).classifierTokens as TokenList);
    const keyedStore = new MemoryStore(100_000);
    const textStore = new MemoryStore(100_000);
    let reserved = 0;
    lists.forEach((list, i) => {
      expect(list.keyOwner).toBeDefined();
      list.keys.forEach((k, j) => {
        if (k === undefined || k >= RESERVED_KEYS) return;
        reserved++;
        expect([3, 4]).toContain(list.kind[j]); // synthetic or rule
      });
      keyedStore.add(`d${i}`, list, items[i]!.label);
      textStore.add(`d${i}`, tokenTexts(list), items[i]!.label);
    });
    expect(reserved).toBeGreaterThan(items.length);
    // Read twice: the second time every keyed id comes from the cache.
    for (let pass = 0; pass < 2; pass++) {
      for (const list of lists) expect(counts(keyedStore, list)).toEqual(counts(textStore, parseTokenTexts(tokenTexts(list))));
    }
  });
});

describe('WordMemo', () => {
  it('gives a word one key while it is remembered, and each word its own', () => {
    const memo = new WordMemo((w) => w.toUpperCase(), 3);
    const first = memo.entry('a');
    expect(memo.entry('a')).toBe(first);
    expect(memo.entry('b').key).not.toBe(first.key);
    // The young generation fills and turns old: a word used again keeps its entry.
    memo.entry('c');
    expect(memo.entry('a')).toEqual({ stem: 'A', key: first.key });
    expect(memo.size).toBeLessThanOrEqual(6);
  });

  it('starts its numbering over with a new owner object when keys run out', () => {
    const memo = new WordMemo((w) => w, 100, 2);
    const owner = memo.numbering;
    // Keys below RESERVED_KEYS name fixed tokens (constant synthetic tokens, rules), never words.
    expect([memo.entry('a').key, memo.entry('b').key]).toEqual([RESERVED_KEYS, RESERVED_KEYS + 1]);
    expect(memo.entry('c').key).toBe(RESERVED_KEYS);
    expect(memo.numbering).not.toBe(owner);
    expect(Object.isFrozen(memo.numbering)).toBe(true);
  });

  it('finds every word of a large generation again, words that share a prefix or a hash slot included', () => {
    // 6,000 words in one generation: the table grows from 64 slots past 8,192, and words of one
    // to four letters (many equal in the low bits of their hash) probe past each other.
    const words: string[] = [];
    for (let i = 0; words.length < 6000; i++) words.push(i.toString(36), `${i.toString(36)}é`);
    const memo = new WordMemo((w) => `${w}!`, 10_000);
    const first = words.map((w) => memo.entry(w));
    expect(new Set(first.map((e) => e.key)).size).toBe(words.length);
    expect(memo.size).toBe(words.length);
    // Looked up with copies built afresh (not the strings the memo holds), as a comment's words are.
    words.forEach((w, i) => {
      const again = memo.entry(`${w} `.slice(0, -1));
      expect(again).toBe(first[i]);
      expect(again.stem).toBe(`${w}!`);
    });
    expect(memo.size).toBe(words.length);
  });

  it('is what memoizeStemmer stems through', () => {
    const stem = memoizeStemmer((w) => `${w}-s`, 10);
    expect(stem('x')).toBe('x-s');
    expect(stem.entry('x')).toEqual({ stem: 'x-s', key: RESERVED_KEYS });
  });
});
