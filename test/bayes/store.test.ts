// The memory store's invariants: counts are sums over documents, leave-one-out scoring equals
// really removing the document, and the calibration sample does not depend on learning order.
import { describe, expect, it } from 'vitest';
import { createScorer, DEFAULT_BAYES_CONFIG, MemoryStore, TokenCounts, expandTokens } from '../../src/bayes/index.js';
import { mulberry32 } from '../../src/evaluate/index.js';
import { TOKEN_RULE, TOKEN_SYNTHETIC, TOKEN_WORD, TokenList, parseTokenTexts } from '../../src/tokenize/index.js';
import type { Label } from '../../src/types.js';

function randomDocs(n: number, seed: number): { id: string; tokens: string[]; label: Label }[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const spam = random() < 0.4;
    const tokens = Array.from({ length: 2 + Math.floor(random() * 12) }, () => `${spam ? 's' : 'h'}${Math.floor(random() * 30)}`);
    if (random() < 0.5) tokens.push(`shared${Math.floor(random() * 5)}`, `unique${i}`);
    return { id: `doc${i}`, tokens, label: spam ? 'spam' : 'ham' };
  });
}

function countsOf(store: MemoryStore, tokens: string[]): Record<string, [number, number]> {
  const out = new TokenCounts();
  store.lookup(tokens, out);
  const result: Record<string, [number, number]> = {};
  for (let i = 0; i < out.size; i++) result[tokens[out.positions[i]!]!] = [out.spam[i]!, out.ham[i]!];
  return result;
}


/** Learns `docs`, removes two thirds of them, and learns the kept third into a fresh store to compare with. */
function churn(docs: { id: string; tokens: string[]; label: Label }[]): { store: MemoryStore; fresh: MemoryStore; probe: string[] } {
  const store = new MemoryStore(100_000);
  docs.forEach((d) => store.add(d.id, d.tokens, d.label));
  docs.forEach((d, i) => {
    if (i % 3) store.remove(d.id);
  });
  const fresh = new MemoryStore(100_000);
  docs.filter((_, i) => i % 3 === 0).forEach((d) => fresh.add(d.id, d.tokens, d.label));
  return { store, fresh, probe: [...new Set(docs.flatMap((d) => d.tokens))] };
}
describe('MemoryStore', () => {
  it('counts each token once per document, in the documents that contain it', () => {
    const store = new MemoryStore(100);
    store.add('a', ['x', 'y', 'x'], 'spam');
    store.add('b', ['x'], 'ham');
    store.add('c', ['y', 'z'], 'spam');
    expect(countsOf(store, ['x', 'y', 'z', 'w', 'x'])).toEqual({ x: [1, 1], y: [2, 0], z: [1, 0] });
    expect(store.totals()).toEqual({ spamDocs: 2, hamDocs: 1, spamTokens: 4, hamTokens: 1, vocabulary: 3 });
    expect(store.labelOf('a')).toBe('spam');
    expect(store.labelOf('nope')).toBeUndefined();
  });

  it('settle() changes nothing a caller sees, however often it comes between learns and unlearns', () => {
    // Three new tokens a document, so the arrays settle() cut fill up and grow again between settles.
    const docs = randomDocs(4000, 11).map((d, i) => ({ ...d, id: i % 2 === 0 ? `site:${i}` : d.id, tokens: [...d.tokens, `a${i}`, `b${i}`, `c${i}`] }));
    const settled = new MemoryStore(100_000);
    const plain = new MemoryStore(100_000);
    docs.forEach((d, i) => {
      for (const store of [settled, plain]) store.add(d.id, d.tokens, d.label);
      if (i % 5 === 4) for (const store of [settled, plain]) store.remove((docs[i - 2] as { id: string }).id);
      if (i % 700 === 350 || (i > 3900 && i % 7 === 0)) settled.settle();
    });
    settled.settle();
    settled.settle();
    const probe = [...new Set(docs.flatMap((d) => d.tokens))];
    expect(countsOf(settled, probe)).toEqual(countsOf(plain, probe));
    expect(settled.totals()).toEqual(plain.totals());
    expect(settled.snapshot()).toEqual(plain.snapshot());
    for (const d of docs.slice(0, 50)) expect(settled.labelOf(d.id)).toBe(plain.labelOf(d.id));
  });

  it('survives arena compaction under heavy churn with exact counts', () => {
    const { store, fresh, probe } = churn(randomDocs(3000, 7));
    expect(countsOf(store, probe)).toEqual(countsOf(fresh, probe));
    expect(store.totals()).toEqual(fresh.totals());
  });

  it('counts across the 8-bit cells\' spill point (255) exactly, one document at a time, up and down', () => {
    const store = new MemoryStore(10_000);
    const spamOf = (token: string): number | undefined => countsOf(store, [token])[token]?.[0];
    for (let i = 0; i < 300; i++) {
      store.add(`s${i}`, ['often', i % 2 === 0 ? 'even' : 'odd'], 'spam');
      expect(spamOf('often')).toBe(i + 1);
    }
    store.add('h', ['often'], 'ham');
    expect(countsOf(store, ['often'])['often']).toEqual([300, 1]);
    for (let i = 299; i >= 0; i--) {
      store.remove(`s${i}`);
      expect(spamOf('often') ?? 0).toBe(i);
    }
    expect(countsOf(store, ['often'])['often']).toEqual([0, 1]);
    store.remove('h');
    expect(store.totals().vocabulary).toBe(0);
  });

  it('counts past 65,535 documents exactly (cells spill over), through id compaction and back', () => {
    const store = new MemoryStore(100_000);
    const learned = new Map<string, { tokens: string[]; label: Label }>();
    const learn = (id: string, tokens: string[], label: Label): void => {
      store.add(id, tokens, label);
      learned.set(id, { tokens, label });
    };
    const forget = (id: string): void => {
      store.remove(id);
      learned.delete(id);
    };
    /** The counts a plain count over the learned documents gives. */
    const expected = (tokens: string[]): Record<string, [number, number]> => {
      const out: Record<string, [number, number]> = {};
      for (const { tokens: own, label } of learned.values()) for (const t of new Set(own)) if (tokens.includes(t)) (out[t] ??= [0, 0])[label === 'spam' ? 0 : 1]++;
      return out;
    };
    const probe = ['common', 'seventh', 'other'];
    for (let i = 0; i < 80_000; i++) learn(`c${i}`, ['common', i % 7 === 0 ? 'seventh' : 'other'], i % 10 === 0 ? 'ham' : 'spam');
    expect(countsOf(store, probe)).toEqual(expected(probe));
    expect(countsOf(store, probe)['common']).toEqual([72_000, 8_000]);
    // Tokens learned and forgotten again leave dead ids behind: enough of them renumber the live ones.
    for (let i = 0; i < 10_000; i++) store.add(`d${i}`, [`once${i}`], 'spam');
    for (let i = 0; i < 10_000; i++) store.remove(`d${i}`);
    expect(countsOf(store, probe)).toEqual(expected(probe));
    const counts = new TokenCounts();
    expect(store.lookupDocument('c1', counts)).toBe(true);
    expect(Array.from(counts.spam.subarray(0, counts.size)).sort((a, b) => a - b)).toEqual([expected(['other'])['other']![0], 72_000]);
    // Back under 65,535, then over again.
    for (let i = 0; i < 80_000; i += 2) forget(`c${i}`);
    expect(countsOf(store, probe)).toEqual(expected(probe));
    for (let i = 0; i < 80_000; i += 2) learn(`c${i}`, ['common'], 'spam');
    expect(countsOf(store, probe)).toEqual(expected(probe));
    expect(store.totals().vocabulary).toBe(3);
  });

  it('samples the same documents in the same order whatever the learning order', () => {
    const docs = randomDocs(300, 3);
    const forward = new MemoryStore(10_000);
    const backward = new MemoryStore(10_000);
    docs.forEach((d) => forward.add(d.id, d.tokens, d.label));
    [...docs].reverse().forEach((d) => backward.add(d.id, d.tokens, d.label));
    expect(backward.sample(50)).toEqual(forward.sample(50));
    expect(forward.sample(50)).toHaveLength(50);
    expect(forward.sample(1000)).toHaveLength(300);
  });

  it('orders documents whose id hashes collide by id, whatever the learning order', () => {
    // FNV-1a as the store hashes ids: find two ids with the same 32-bit hash.
    const fnv = (text: string): number => {
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined; i++) {
      const id = `doc${i}`;
      const other = seen.get(fnv(id));
      if (other !== undefined) pair = [other, id];
      else seen.set(fnv(id), id);
    }
    const ids = [...pair, 'a', 'b', 'c'];
    const forward = new MemoryStore(100);
    const backward = new MemoryStore(100);
    ids.forEach((id, i) => forward.add(id, ['w'], i % 2 === 0 ? 'spam' : 'ham'));
    [...ids].reverse().forEach((id) => backward.add(id, ['w'], ids.indexOf(id) % 2 === 0 ? 'spam' : 'ham'));
    const order = forward.sample(10).map((d) => d.id);
    expect(backward.sample(10).map((d) => d.id)).toEqual(order);
    expect(order.indexOf(pair[0] < pair[1] ? pair[0] : pair[1])).toBe(order.indexOf(pair[0] < pair[1] ? pair[1] : pair[0]) - 1);
    expect(forward.documents().map((d) => d.id)).toEqual(order);
  });
});

describe('MemoryStore with typed tokens (issue 13)', () => {
  /** Documents whose tokens are words, bigrams of those words, synthetic and rule tokens, in text form. */
  function mixedDocs(n: number, seed: number): { id: string; tokens: string[]; label: Label }[] {
    return randomDocs(n, seed).map((d, i) => {
      const tokens: string[] = [];
      d.tokens.forEach((t, k) => {
        tokens.push(t);
        if (k > 0) tokens.push(`${d.tokens[k - 1]} ${t}`);
      });
      tokens.push(`links:${i % 3}`, `rule:TEXT_R${i % 4}`, `~<${d.tokens[0]}`);
      return { ...d, tokens };
    });
  }

  it('keeps bigram, synthetic and rule counts exact through churn, id compaction and pruning', () => {
    const docs = mixedDocs(4000, 21);
    // Removing two thirds leaves more dead ids than live ones: the ids are compacted.
    const { store, fresh, probe } = churn(docs);
    expect(countsOf(store, probe)).toEqual(countsOf(fresh, probe));
    expect(store.totals()).toEqual(fresh.totals());
    expect(store.snapshot()).toEqual(fresh.snapshot());
    // Learning again after compaction finds the same ids' counts.
    docs.slice(0, 30).forEach((d) => store.add(d.id, d.tokens, d.label));
    docs.slice(0, 30).forEach((d) => fresh.add(d.id, d.tokens, d.label));
    expect(countsOf(store, probe)).toEqual(countsOf(fresh, probe));
  });

  it('reads a token\'s kind from its field, never from its text', () => {
    // Typed entries whose texts look like other kinds: a synthetic fact with a space, a rule id
    // with a colon, a word with a colon. Each is its own token, distinct from the look-alike.
    const list = new TokenList();
    list.push(TOKEN_SYNTHETIC, 'a b', -1, 0);
    list.push(TOKEN_RULE, 'X:Y', -1, 0);
    list.push(TOKEN_WORD, 'rule:X', -1, 0);
    const store = new MemoryStore(100);
    store.add('typed', list, 'spam');
    store.add('text', ['a b', 'rule:X:Y', 'x'], 'ham');
    // The text forms: a bigram of a and b (a different token from the fact 'a b'), the same rule X:Y, a word x.
    expect(store.totals().vocabulary).toBe(5);
    const out = new TokenCounts();
    store.lookup(list, out);
    expect([out.size, out.spam[0], out.ham[0], out.spam[1], out.ham[1], out.spam[2], out.ham[2]]).toEqual([3, 1, 0, 1, 1, 1, 0]);
    // The export names them by their text forms; the rule token reads back as a rule.
    expect(store.snapshot().vocabulary).toEqual(expect.arrayContaining(['a b', 'rule:X:Y', 'rule:X', 'x']));
  });

  it('prunes to the same vocabulary whether tokens come typed or as text', () => {
    const docs = mixedDocs(600, 4);
    const a = new MemoryStore(500);
    const b = new MemoryStore(500);
    docs.forEach((d) => a.add(d.id, d.tokens, d.label));
    docs.forEach((d) => b.add(d.id, parseTokenTexts(d.tokens), d.label));
    expect(a.totals().vocabulary).toBeLessThanOrEqual(500);
    expect(a.snapshot()).toEqual(b.snapshot());
    // A bigram whose words were pruned is still found by its words' ids.
    const bigrams = a.snapshot().vocabulary.filter((t) => t.includes(' '));
    expect(bigrams.length).toBeGreaterThan(0);
    expect(Object.keys(countsOf(a, bigrams))).toEqual(bigrams);
  });
});

describe('leave-one-out scoring', () => {
  it('equals the score after really removing the document', () => {
    const config = { ...DEFAULT_BAYES_CONFIG };
    for (const method of ['multinomial', 'robinson', 'sumlogit'] as const) {
      const scorer = createScorer({ ...config, method });
      const docs = randomDocs(200, 11);
      const store = new MemoryStore(100_000);
      docs.forEach((d) => store.add(d.id, expandTokens(d.tokens, config), d.label));
      for (const doc of store.sample(25)) {
        const loo = scorer.scoreLearned(store, doc.id, doc.label)!;
        const without = new MemoryStore(100_000);
        docs.filter((d) => d.id !== doc.id).forEach((d) => without.add(d.id, expandTokens(d.tokens, config), d.label));
        const real = scorer.score(without, expandTokens(docs.find((d) => d.id === doc.id)!.tokens, config));
        // Equal up to summation order (the leave-one-out sum runs over sorted weights).
        expect(Math.abs(loo.raw - real.raw)).toBeLessThan(1e-6 * Math.max(1, Math.abs(real.raw)));
        expect(loo.used).toBe(real.used);
      }
      expect(scorer.scoreLearned(store, 'unknown', 'spam')).toBeNull();
    }
  });

  it('does not depend on the order documents were learned in', () => {
    const scorer = createScorer(DEFAULT_BAYES_CONFIG);
    const docs = randomDocs(200, 5);
    const forward = new MemoryStore(100_000);
    const backward = new MemoryStore(100_000);
    docs.forEach((d) => forward.add(d.id, d.tokens, d.label));
    [...docs].reverse().forEach((d) => backward.add(d.id, [...d.tokens].reverse(), d.label));
    for (const { id, label } of forward.sample(40)) expect(scorer.scoreLearned(backward, id, label)).toEqual(scorer.scoreLearned(forward, id, label));
  });
});
