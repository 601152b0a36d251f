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
        const id = next() < 0.1 ? (ODD_IDS[Math.floor(next() * ODD_IDS.length)] as string) : `c${Math.floor(next() * 3000)}`;
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
