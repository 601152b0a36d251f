import { describe, expect, it } from 'vitest';
import { percentOneDecimal } from '../../src/verdict/decide.js';

/** The double `k` units in the last place away from `x`. */
function ulps(x: number, k: number): number {
  const buf = new Float64Array([x]);
  const bits = new BigInt64Array(buf.buffer);
  bits[0] = (bits[0] as bigint) + BigInt(k);
  return buf[0] as number;
}

describe('percentOneDecimal: the BAYES description reads as toFixed(1)', () => {
  it('agrees with toFixed(1) at and around every tie and boundary up to 100', () => {
    const wrong: number[] = [];
    for (let k = 0; k <= 2000; k++) {
      for (const base of [k / 20, k / 10, (k + 0.5) / 10]) {
        for (let u = -8; u <= 8; u++) {
          const x = ulps(base, u);
          if (x >= 0 && x <= 100 && percentOneDecimal(x) !== x.toFixed(1)) wrong.push(x);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with toFixed(1) on spread values and outside [0, 100]', () => {
    let seed = 12345;
    const wrong: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const x = (seed / 2147483648) * 100;
      if (percentOneDecimal(x) !== x.toFixed(1)) wrong.push(x);
    }
    for (const x of [0, -0, 100, 0.25, 0.05, 99.95, 5e-324, 1e-7, -1, 100.04, Number.NaN, Number.POSITIVE_INFINITY]) {
      if (percentOneDecimal(x) !== x.toFixed(1)) wrong.push(x);
    }
    expect(wrong).toEqual([]);
    expect(percentOneDecimal(12.25)).toBe('12.3');
    expect(percentOneDecimal(99.99)).toBe('100.0');
  });
});
