import { describe, expect, it } from 'vitest';
import { NARROW_IDS, PairTable } from '../../src/bayes/pair-table.js';

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
});
