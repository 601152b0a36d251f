import { describe, expect, it } from 'vitest';
import { COMPACT_FROM, COMPACT_IDS, NARROW_IDS, PairTable } from '../../src/bayes/pair-table.js';
// A seeded generator, so a failing sequence can be replayed.
import { mulberry32 as random } from '../../src/evaluate/random.js';

/** Pairs of small word ids with the bigram ids a store would give them (each bigram newer than its words). */
function pairs(count: number, firstId: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let k = 0; k < count; k++) out.push([(k * 7919) % 5000, (k * 104729) % 4999, firstId + k]);
  const seen = new Set<string>();
  return out.filter(([a, b]) => !seen.has(`${a} ${b}`) && (seen.add(`${a} ${b}`), true));
}

function expectHolds(table: PairTable, held: [number, number, number][]): void {
  for (const [a, b, id] of held) expect(table.get(a, b)).toBe(id);
  const visited = new Map<number, string>();
  table.forEach((a, b, id) => visited.set(id, `${a} ${b}`));
  expect(visited.size).toBe(held.length);
  for (const [a, b, id] of held) expect(visited.get(id)).toBe(`${a} ${b}`);
}

describe('PairTable (bigram ids by word-id pair)', () => {
  it('finds each pair it was given, and no other, through growth', () => {
    const table = new PairTable();
    const held = pairs(20_000, 5000);
    for (const [a, b, id] of held) table.put(a, b, id);
    expect(table.size).toBe(held.length);
    expectHolds(table, held);
    expect(table.get(held[1]![1], held[1]![0])).toBe(-1); // order matters: (b, a) is another bigram
    expect(table.get(NARROW_IDS + 3, 1)).toBe(-1);
  });

  it('keeps every pair when ids outgrow the narrow slots, the largest ids included', () => {
    const table = new PairTable(3000);
    const held = pairs(2000, 1000); // ids 1000 .. 2999 fit
    for (const [a, b, id] of held) table.put(a, b, id);
    expectHolds(table, held);
    const more: [number, number, number][] = [
      [2999, 3000, 3001],
      [4000, 4001, 2 ** 31 - 1],
      [2 ** 31 - 3, 2 ** 31 - 2, 2 ** 31 - 1 - 5],
    ];
    for (const [a, b, id] of more) table.put(a, b, id);
    expectHolds(table, [...held, ...more]);
    // The largest narrow ids decode whole (the id's 21 bits split 11 / 10 across a slot's two numbers).
    const narrow = new PairTable();
    narrow.put(NARROW_IDS - 2, NARROW_IDS - 3, NARROW_IDS - 1);
    narrow.put(0, 0, 0);
    expectHolds(narrow, [[NARROW_IDS - 2, NARROW_IDS - 3, NARROW_IDS - 1], [0, 0, 0]]);
  });

  it('keeps every pair in the compact layout (2^18 slots and more), the largest compact ids included, and leaves it for larger ids', () => {
    const next = random(13);
    const table = new PairTable();
    const held: [number, number, number][] = [];
    const seen = new Set<number>();
    // Enough pairs for 2^19 slots: the table passes through the compact layout's first two sizes.
    const count = Math.ceil(2 ** (COMPACT_FROM + 1) * 0.7);
    while (held.length < count) {
      // Word ids from a small range (real bigrams share their words) and from all of the narrow range.
      const a = next() < 0.5 ? Math.floor(next() * 3000) : Math.floor(next() * COMPACT_IDS);
      const b = next() < 0.5 ? Math.floor(next() * 3000) : Math.floor(next() * COMPACT_IDS);
      if (seen.has(a * COMPACT_IDS + b)) continue;
      seen.add(a * COMPACT_IDS + b);
      held.push([a, b, held.length === 0 ? COMPACT_IDS - 1 : held.length]);
    }
    held.push([COMPACT_IDS - 1, COMPACT_IDS - 1, 0], [0, 0, COMPACT_IDS - 2]);
    const layouts = new Set<string>();
    for (const [a, b, id] of held) {
      table.put(a, b, id);
      layouts.add(table.layout);
    }
    expect([...layouts]).toEqual(['narrow', 'compact']);
    expect(table.size).toBe(held.length);
    // Counted, not one expect a pair: 367k of them took half a minute.
    const wrong = (pairs: [number, number, number][]): number => {
      let n = 0;
      for (const [a, b, id] of pairs) if (table.get(a, b) !== id) n++;
      const byId = new Map(pairs.map(([a, b, id]) => [id, a * NARROW_IDS + b]));
      let visits = 0;
      table.forEach((a, b, id) => {
        visits++;
        if (byId.get(id) !== a * NARROW_IDS + b) n++;
      });
      return n + Math.abs(visits - pairs.length);
    };
    expect(wrong(held)).toBe(0);
    let absent = 0;
    let found = 0;
    while (absent < 20_000) {
      const a = Math.floor(next() * 3000);
      const b = Math.floor(next() * COMPACT_IDS);
      if (seen.has(a * COMPACT_IDS + b)) continue;
      absent++;
      if (table.get(a, b) !== -1) found++;
    }
    expect(found).toBe(0);
    expect(table.get(NARROW_IDS + 3, 1)).toBe(-1);
    expect(table.get(COMPACT_IDS, 1)).toBe(-1);
    // An id past the compact range (every pair moves to the narrow layout), then past the narrow one (to the wide layout).
    const more: [number, number, number][] = [
      [5, 6, COMPACT_IDS],
      [COMPACT_IDS, COMPACT_IDS + 1, NARROW_IDS - 1],
      [7, 8, 2 ** 31 - 1],
    ];
    for (const [k, pair] of more.entries()) {
      table.put(...pair);
      held.push(pair);
      expect(table.layout).toBe(k < 2 ? 'narrow' : 'wide');
      expect(wrong(held)).toBe(0);
    }
  });
});
