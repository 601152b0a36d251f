import { describe, expect, it } from 'vitest';
import { TextTable } from '../../src/bayes/text-table.js';

describe('TextTable (token ids by kind and text)', () => {
  it('finds each (kind, text) it was given, and nothing else, through growth', () => {
    const table = new TextTable(12345);
    const texts = ['', 'a', 'ab', '__proto__', 'constructor', 'привет', 'ö', '\u{1F600}', '\uD800', 'x'.repeat(300)];
    for (let i = 0; i < 5000; i++) texts.push(`w${i}`, `ü${i}😀`);
    texts.forEach((text, i) => table.add(i % 3, text, 7 * i));
    texts.forEach((text, i) => {
      expect(table.get(i % 3, text)).toBe(7 * i);
      expect(table.get((i % 3) + 1, text)).toBe(-1);
    });
    expect(table.get(0, 'w')).toBe(-1);
    expect(table.get(0, 'a\u0000')).toBe(-1);
    expect(table.size).toBe(texts.length);
    for (let e = 0; e < table.size; e++) {
      expect(table.text(e)).toBe(texts[e]);
      expect(table.idAt(e)).toBe(7 * e);
    }
  });

  it('gives the same answers whatever its seed', () => {
    const a = new TextTable(1);
    const b = new TextTable(-99);
    for (let i = 0; i < 2000; i++) {
      a.add(0, `t${i}`, i);
      b.add(0, `t${i}`, i);
    }
    for (let i = 0; i < 2500; i++) expect(a.get(0, `t${i}`)).toBe(b.get(0, `t${i}`));
  });
});
