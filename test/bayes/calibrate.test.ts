// Calibration recovers a known logistic relation and falls back on its prior when data is thin.
import { describe, expect, it } from 'vitest';
import { createClassifier, fitCalibration, hamTail } from '../../src/bayes/index.js';
import { mulberry32 } from '../../src/evaluate/index.js';

function synthetic(n: number, slope: number, offset: number, seed: number) {
  const random = mulberry32(seed);
  const xs: number[] = [];
  const spam: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const x = (random() - 0.5) * 12;
    xs.push(x);
    spam.push(random() < 1 / (1 + Math.exp(-(slope * x + offset))));
  }
  return { xs, spam };
}

describe('fitCalibration', () => {
  it.each([
    { slope: 0.5, offset: -1 },
    { slope: 1.5, offset: 0.5 },
  ])('recovers slope $slope and offset $offset from 20,000 points', ({ slope, offset }) => {
    const { xs, spam } = synthetic(20_000, slope, offset, 5);
    const fit = fitCalibration(xs, spam, { prior: { slope: 1, offset: 0 }, priorStrength: 2, smoothTargets: false });
    expect(fit.slope).toBeCloseTo(slope, 1);
    expect(fit.offset).toBeCloseTo(offset, 1);
  });

  it('stays at the prior with no data and near it with separable data', () => {
    const prior = { slope: 0.9, offset: -0.8 };
    expect(fitCalibration([], [], { prior, priorStrength: 2 })).toEqual(prior);
    const fit = fitCalibration([-3, -2, 2, 3], [false, false, true, true], { prior, priorStrength: 2, smoothTargets: false });
    expect(Number.isFinite(fit.slope)).toBe(true);
    expect(fit.slope).toBeGreaterThan(prior.slope);
    expect(fit.slope).toBeLessThan(20);
  });
});

describe('classifier calibration', () => {
  it('is refitted as documents are learned and gives probabilities, not raw sums', () => {
    const c = createClassifier({ minExamplesPerClass: 5, maxVocabulary: 10_000 });
    const random = mulberry32(9);
    for (let i = 0; i < 60; i++) {
      const spam = i % 2 === 0;
      const words = Array.from({ length: 8 }, () => `${spam && random() < 0.6 ? 'buy' : 'song'}${Math.floor(random() * 20)}`);
      c.learn(`d${i}`, words, spam ? 'spam' : 'ham');
    }
    const first = c.calibration();
    expect(Number.isFinite(first.slope) && Number.isFinite(first.offset)).toBe(true);
    expect(c.calibration()).toBe(first); // no change, no refit
    for (let i = 60; i < 80; i++) c.learn(`d${i}`, [`buy${i % 20}`], 'spam');
    expect(c.calibration()).not.toEqual(first);
    const p = c.classify(['buy1', 'buy2', 'buy3', 'buy4', 'buy5', 'buy6'])!.probability;
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(1);
  });
});

describe('hamTail (where the site\'s ham tail sits)', () => {
  const identity = { slope: 1, offset: 0 };
  const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

  it('is the calibrated score of the k-th highest ham, k = floor(share · ham), whatever the order', () => {
    const xs: number[] = [];
    const spam: boolean[] = [];
    for (let i = 0; i < 1000; i++) {
      xs.push(i / 100, 20 + i);
      spam.push(false, true);
    }
    expect(hamTail(identity, xs, spam, 0.003)).toBe(sigmoid(9.96));
    const order = xs.map((_, i) => i);
    const random = mulberry32(3);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    expect(hamTail(identity, order.map((i) => xs[i] as number), order.map((i) => spam[i] as boolean), 0.003)).toBe(sigmoid(9.96));
    expect(hamTail({ slope: 2, offset: -1 }, xs, spam, 0.005)).toBe(sigmoid(2 * 9.94 - 1));
  });

  it('says nothing when off or when the sample has fewer than 1/share ham', () => {
    const xs = Array.from({ length: 300 }, (_, i) => i / 10);
    const spam = xs.map(() => false);
    expect(hamTail(identity, xs, spam, 0)).toBeUndefined();
    expect(hamTail(identity, xs, spam, 0.003)).toBeUndefined();
    expect(hamTail(identity, xs, spam, 0.005)).toBe(sigmoid(29.8));
  });

  it('comes with the classifier\'s calibration once it has enough ham, the same for any learning order', () => {
    const docs: { id: string; tokens: string[]; label: 'spam' | 'ham' }[] = [];
    const random = mulberry32(11);
    const pick = (words: string[]): string[] => words.filter(() => random() < 0.4);
    const hamWords = ['video', 'song', 'love', 'great', 'thanks', 'watch', 'music', 'nice', 'earn', 'money'];
    const spamWords = ['earn', 'money', 'click', 'free', 'profit', 'invest', 'dm', 'channel', 'love', 'video'];
    for (let i = 0; i < 450; i++) docs.push({ id: `h${i}`, tokens: [...pick(hamWords), `h${i % 37}`], label: 'ham' });
    for (let i = 0; i < 150; i++) docs.push({ id: `s${i}`, tokens: [...pick(spamWords), `s${i % 23}`], label: 'spam' });
    const learnAll = (list: typeof docs, config = {}) => {
      const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 10_000, config });
      for (const d of list) c.learn(d.id, d.tokens, d.label);
      return c.calibration();
    };
    const forward = learnAll(docs);
    expect(forward.hamTail).toBeDefined();
    expect(forward.hamTail!.placed).toBeGreaterThanOrEqual(forward.hamTail!.budget);
    expect(learnAll([...docs].reverse())).toEqual(forward);
    expect(learnAll(docs, { hamTailBudget: 0 }).hamTail).toBeUndefined();
    // 150 ham: too few for the budget's order statistic. The default keeps the fixed cut there;
    // 'max' reads the tail's fit instead.
    expect(learnAll(docs.slice(300), { hamTailMode: 'order' }).hamTail).toBeUndefined();
    expect(learnAll(docs.slice(300)).hamTail).toBeUndefined();
    const small = learnAll(docs.slice(300), { hamTailMode: 'max' });
    expect(small.hamTail).toBeDefined();
    expect(learnAll([...docs.slice(300)].reverse(), { hamTailMode: 'max' })).toEqual(small);
  });

  // Ham logits at the quantiles of an exponential of scale 1: the share q of them lies above −ln q.
  const exponentialHam = (n: number): number[] => Array.from({ length: n }, (_, i) => -Math.log((i + 0.5) / n));
  const logit = (p: number): number => Math.log(p / (1 - p));

  it('extrapolates an exponential tail past a sample too small for the share', () => {
    const xs = exponentialHam(100);
    const spam = xs.map(() => false);
    expect(hamTail(identity, xs, spam, 0.005, 'order')).toBeUndefined();
    // The 0.5 % point of the exponential is −ln 0.005 = 5.30, past the sample's highest (5.30 too at n = 100).
    expect(logit(hamTail(identity, xs, spam, 0.005, 'extrapolate')!)).toBeCloseTo(-Math.log(0.005), 1);
    expect(hamTail(identity, xs, spam, 0.005, 'max')).toBe(hamTail(identity, xs, spam, 0.005, 'extrapolate'));
    // A stricter share goes further out, by the fitted scale times the log of the ratio.
    expect(logit(hamTail(identity, xs, spam, 0.001, 'extrapolate')!)).toBeCloseTo(-Math.log(0.001), 1);
    // Order does not matter (the scores are sorted first).
    expect(hamTail(identity, [...xs].reverse(), spam, 0.005, 'extrapolate')).toBe(hamTail(identity, xs, spam, 0.005, 'extrapolate'));
  });

  it("'extrapolate' fits the tail only past the sample, 'max' takes the larger of fit and order statistic, 'order' the order statistic alone", () => {
    const xs = exponentialHam(1000);
    const spam = xs.map(() => false);
    const order = hamTail(identity, xs, spam, 0.005, 'order')!;
    expect(logit(order)).toBeCloseTo(xs[5] as number, 9);
    expect(hamTail(identity, xs, spam, 0.005)).toBe(order);
    expect(hamTail(identity, xs, spam, 0.005, 'extrapolate')).toBe(order);
    // Here the fit (5.29, the true point 5.30) is above the order statistic (5.20): 'max' reads the fit.
    const larger = hamTail(identity, xs, spam, 0.005, 'max')!;
    expect(larger).toBeGreaterThan(order);
    expect(logit(larger)).toBeCloseTo(-Math.log(0.005), 1);
    // Where the order statistic is the higher (a lump of ham at the top), 'max' keeps it.
    const lumped = [...xs.slice(0, 990), ...Array(10).fill(9)];
    expect(hamTail(identity, lumped, spam, 0.005, 'max')).toBe(hamTail(identity, lumped, spam, 0.005, 'order'));
  });

  it('says nothing from fewer than three ham or ham with no spread at the top', () => {
    expect(hamTail(identity, [1, 2, 9], [false, false, true], 0.005, 'extrapolate')).toBeUndefined();
    expect(hamTail(identity, [1, 1, 1, 1, 1], [false, false, false, false, false], 0.005, 'extrapolate')).toBeUndefined();
  });
});
