// Calibration recovers a known logistic relation and falls back on its prior when data is thin.
import { describe, expect, it } from 'vitest';
import { createClassifier, fitCalibration } from '../../src/bayes/index.js';
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
