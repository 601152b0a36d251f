import { describe, expect, it } from 'vitest';
import { DocTable } from '../../src/bayes/doc-table.js';
// A seeded generator, so a failing sequence can be replayed.
import { mulberry32 as random } from '../../src/evaluate/random.js';

const ODD_IDS = ['', 'a', '__proto__', 'constructor', 'привет', '\u{1F600}', '\uD800', 'x'.repeat(300), '12345', 'id with spaces'];

describe('DocTable (document slots by document id)', () => {
  it('finds each id it holds, its slot, and nothing else, through growth', () => {
    const table = new DocTable(777);
    const ids = [...ODD_IDS];
    for (let i = 0; i < 5000; i++) ids.push(`youtube:${i}`, `ü${i}😀`);
    ids.forEach((id, slot) => table.set(id, slot));
    expect(table.size).toBe(ids.length);
    ids.forEach((id, slot) => {
      expect(table.get(id)).toBe(slot);
      expect(table.idOf(slot)).toBe(id);
    });
    expect(table.get('youtube:')).toBe(-1);
    expect(table.get('a\u0000')).toBe(-1);
    expect(table.get('toString')).toBe(-1);
  });

  it('holds numbered ids by their prefix and number, and gives every id back as it was learned', () => {
    const table = new DocTable(99);
    // Prefixes repeat (so they are taken), numbers of every length, leading zeros, numbers too long
    // for a double, ids learned before their prefix was taken, and ids that only look numbered.
    const ids = ['p-1', 'p-2', 'p-3', '0', '00', '007', '7', '10', 'p-0', 'p-00', 'p-01', 'p-', 'p-1e5', 'p-1.5', 'p--1', 'p-+1'];
    ids.push('p-999999999999999', 'p-1000000000000000', 'p-18074837038342775', 'p-99999999999999999999', 'x:00000000000000000001');
    for (let i = 0; i < 300; i++) ids.push(`site${i % 7}:${i * 7919}`, `${'q'.repeat(1 + (i % 70))}${i}`, `${i + 11}`);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id, slot) => table.set(id, slot));
    expect(table.size).toBe(ids.length);
    ids.forEach((id, slot) => {
      expect(table.get(id)).toBe(slot);
      expect(table.idOf(slot)).toBe(id);
    });
    for (const other of ['p-4', 'p-001', 'p-1 ', ' p-1', 'p-18074837038342776', '08', 'site0:1', 'site7:0', `${'q'.repeat(69)}1`, '11a']) expect(table.get(other)).toBe(-1);
    // Removed and learned again (relabels), in any order.
    ids.forEach((id, slot) => {
      if (slot % 3 === 0) expect(table.delete(id)).toBe(slot);
    });
    ids.forEach((id, slot) => expect(table.get(id)).toBe(slot % 3 === 0 ? -1 : slot));
    ids.forEach((id, slot) => {
      if (slot % 3 === 0) table.set(id, slot);
    });
    ids.forEach((id, slot) => {
      expect(table.get(id)).toBe(slot);
      expect(table.idOf(slot)).toBe(id);
    });
  });

  it('keeps at most 256 prefixes, and ids past that in code units', () => {
    const table = new DocTable(5);
    const ids: string[] = [];
    for (let p = 0; p < 400; p++) for (let i = 0; i < 3; i++) ids.push(`prefix${p}/${i + 1}`);
    ids.forEach((id, slot) => table.set(id, slot));
    ids.forEach((id, slot) => {
      expect(table.get(id)).toBe(slot);
      expect(table.idOf(slot)).toBe(id);
    });
  });

  it('agrees with a Map through seeded learns, unlearns and slot reuse, whatever its seed', () => {
    for (const seed of [1, 2, 3, -5, 0x7fffffff]) {
      const next = random(seed);
      const table = new DocTable(seed);
      const model = new Map<string, number>();
      const free: number[] = [];
      let slots = 0;
      for (let step = 0; step < 20_000; step++) {
        // Few distinct ids, so ids are removed and learned again often (relabels), and long runs of
        // probes form and are shifted back on removal.
        const pick = next();
        const id = pick < 0.1 ? (ODD_IDS[Math.floor(pick * 10 * ODD_IDS.length)] as string) : pick < 0.5 ? `c${Math.floor(next() * 3000)}` : `c-${Math.floor(next() * 30)}x${Math.floor(next() * 100)}`;
        const held = model.get(id);
        if (held !== undefined && next() < 0.6) {
          expect(table.delete(id)).toBe(held);
          model.delete(id);
          free.push(held);
        } else if (held === undefined) {
          const slot = free.pop() ?? slots++;
          table.set(id, slot);
          model.set(id, slot);
        } else {
          expect(table.get(id)).toBe(held);
        }
      }
      expect(table.size).toBe(model.size);
      for (const [id, slot] of model) {
        expect(table.get(id)).toBe(slot);
        expect(table.idOf(slot)).toBe(id);
      }
      for (let i = 0; i < 3000; i++) if (!model.has(`c${i}`)) expect(table.get(`c${i}`)).toBe(-1);
      expect(table.delete('never held')).toBe(-1);
    }
  });
});
