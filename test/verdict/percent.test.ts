import { describe, expect, it } from 'vitest';
import { oneDecimal, twoDecimals } from '../../src/verdict/fixed.js';

/** The double `k` units in the last place away from `x`. */
function ulps(x: number, k: number): number {
  const buf = new Float64Array([x]);
  const bits = new BigInt64Array(buf.buffer);
  bits[0] = (bits[0] as bigint) + BigInt(k);
  return buf[0] as number;
}

const FORMATS = [
  { name: 'oneDecimal', format: oneDecimal, digits: 1 },
  { name: 'twoDecimals', format: twoDecimals, digits: 2 },
] as const;

describe.each(FORMATS)('$name reads as toFixed($digits)', ({ format, digits }) => {
  it('agrees with toFixed at and around every tie and boundary up to 100, and past it', () => {
    const wrong: number[] = [];
    const step = 10 ** digits;
    // Every tie (k + .5) / 10^d, every boundary k / 10^d and the halves between, 8 ulps each side;
    // up to 100, then spread ties up to and past the 10^4 where toFixed takes over.
    const bases: number[] = [];
    for (let k = 0; k <= 100 * step; k++) bases.push(k / (2 * step), k / step, (k + 0.5) / step);
    for (let k = 0; k <= 20_000; k += 7) bases.push(k / 2 + 0.5 / step, (k * 1.37) / step, 9_999 + k / 20_000);
    for (const base of bases) {
      for (let u = -8; u <= 8; u++) {
        const x = ulps(base, u);
        if (format(x) !== x.toFixed(digits)) wrong.push(x);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with toFixed on spread values and outside [0, 10^4]', () => {
    let seed = 12345;
    const wrong: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const x = (seed / 2147483648) * (i % 2 === 0 ? 100 : 12_000);
      if (format(x) !== x.toFixed(digits)) wrong.push(x);
    }
    for (const x of [0, -0, 100, 0.25, 0.05, 0.005, 0.125, 99.95, 99.995, 5e-324, 1e-7, -1, -0.004, 100.04, 9_999.995, 10_000, 10_000.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) {
      if (format(x) !== x.toFixed(digits)) wrong.push(x);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the formats on values a verdict shows', () => {
  it('rounds as toFixed does', () => {
    expect(oneDecimal(12.25)).toBe('12.3');
    expect(oneDecimal(99.99)).toBe('100.0');
    expect(twoDecimals(0.125)).toBe('0.13');
    expect(twoDecimals(1.005)).toBe('1.00');
    expect(twoDecimals(0.07)).toBe('0.07');
    expect(twoDecimals(3.999)).toBe('4.00');
  });
});
