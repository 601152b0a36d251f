// Metric functions against values computed by hand.
import { describe, expect, it } from 'vitest';
import { computeMetrics, emptyConfusion, matthews, rocAuc, rocCurve, spamCaughtAt } from '../../src/evaluate/index.js';

describe('matthews', () => {
  it.each([
    // (tp·tn − fp·fn) / √((tp+fp)(tp+fn)(tn+fp)(tn+fn))
    { input: [90, 5, 95, 10], expected: (90 * 95 - 5 * 10) / Math.sqrt(95 * 100 * 100 * 105) },
    { input: [50, 0, 50, 0], expected: 1 },
    { input: [0, 50, 0, 50], expected: -1 },
    { input: [25, 25, 25, 25], expected: 0 },
    { input: [0, 0, 60, 40], expected: 0 }, // nothing predicted spam: an empty margin
    { input: [6, 2, 3, 1], expected: (18 - 2) / Math.sqrt(8 * 7 * 5 * 4) },
  ])('tp,fp,tn,fn = $input → $expected', ({ input, expected }) => {
    const [tp, fp, tn, fn] = input as [number, number, number, number];
    expect(matthews(tp, fp, tn, fn)).toBeCloseTo(expected, 12);
  });
});

describe('rocAuc', () => {
  it.each([
    { spam: [0.9, 0.8], ham: [0.1, 0.2], expected: 1 },
    { spam: [0.1, 0.2], ham: [0.9, 0.8], expected: 0 },
    // pairs (spam > ham): 0.9 beats 0.5,0.3 (2); 0.4 beats 0.3 (1) → 3 of 4
    { spam: [0.9, 0.4], ham: [0.5, 0.3], expected: 0.75 },
    // ties count half: 0.5 vs 0.5 → 0.5, 0.5 vs 0.2 → 1 → 1.5 of 2
    { spam: [0.5], ham: [0.5, 0.2], expected: 0.75 },
    { spam: [0.5, 0.5], ham: [0.5, 0.5], expected: 0.5 },
  ])('spam $spam / ham $ham → $expected', ({ spam, ham, expected }) => {
    expect(rocAuc(spam, ham)).toBeCloseTo(expected, 12);
  });

  it('is NaN without one of the classes', () => {
    expect(rocAuc([], [0.2])).toBeNaN();
  });

  it('agrees with the area under rocCurve', () => {
    const spam = [0.95, 0.9, 0.7, 0.7, 0.4, 0.35];
    const ham = [0.8, 0.7, 0.3, 0.2, 0.1, 0.05, 0.01];
    const curve = rocCurve(spam, ham);
    let area = 0;
    for (let i = 1; i < curve.length; i++) area += ((curve[i]!.fpr - curve[i - 1]!.fpr) * (curve[i]!.tpr + curve[i - 1]!.tpr)) / 2;
    expect(area).toBeCloseTo(rocAuc(spam, ham), 12);
    expect(curve.at(-1)).toMatchObject({ fpr: 1, tpr: 1 });
  });
});

describe('computeMetrics', () => {
  it('counts moderate as not spam and reports its share', () => {
    const c = emptyConfusion();
    Object.assign(c.spam, { spam: 8, moderate: 1, ham: 1 });
    Object.assign(c.ham, { spam: 1, moderate: 2, ham: 7 });
    const m = computeMetrics(c, [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.6, 0.1], [0.95, 0.6, 0.6, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(m).toMatchObject({ n: 20, accuracy: (8 + 9) / 20, spamRecall: 0.8, hamBlocked: 0.1, moderateShare: 3 / 20, spamMissed: 0.1, precision: 8 / 9, f1: 16 / 19 });
    expect(m.mcc).toBeCloseTo(matthews(8, 1, 9, 2), 12);
    // score ≥ 0.5: 9 spam and 3 ham positive
    expect(m.mccAtHalf).toBeCloseTo(matthews(9, 3, 7, 1), 12);
  });
});

describe('spamCaughtAt', () => {
  const ham = Array.from({ length: 200 }, (_, i) => i / 200); // 0 .. 0.995
  it('moves the threshold above the highest ham scores the budget does not allow', () => {
    // 0.5 % of 200 ham: one ham may be blocked, so the threshold sits just above the second highest (0.99).
    expect(spamCaughtAt([0.999, 0.995, 0.992, 0.99, 0.5], ham, 0.005)).toBe(0.6);
    // 1 %: two ham blocked, above 0.985.
    expect(spamCaughtAt([0.999, 0.995, 0.992, 0.99, 0.5], ham, 0.01)).toBe(0.8);
  });
  it('never splits a tie: spam tied with a ham above the budget is not caught', () => {
    expect(spamCaughtAt([1, 1, 0.2], [1, 1, 0, 0], 0.25)).toBe(0);
    expect(spamCaughtAt([1, 1, 0.2], [1, 1, 0.5, 0], 0.5)).toBeCloseTo(2 / 3, 12);
  });
  it('is NaN without both classes', () => {
    expect(spamCaughtAt([], [0.1], 0.01)).toBeNaN();
  });
});
