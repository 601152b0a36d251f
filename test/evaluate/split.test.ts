// Folds must be reproducible, stratified and a partition; the chronological split must cut
// every group at its own 70 %.
import { describe, expect, it } from 'vitest';
import { chronologicalSplit, mulberry32, stratifiedKFold, splitCorpus } from '../../src/evaluate/index.js';
import type { Label } from '../../src/types.js';

const labels: Label[] = Array.from({ length: 103 }, (_, i) => (i % 3 === 0 ? 'spam' : 'ham'));

describe('mulberry32', () => {
  it('is a fixed sequence for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(first[0]);
  });
});

describe('stratifiedKFold', () => {
  const folds = stratifiedKFold(labels, 10, 42);

  it('tests every item exactly once and never trains on it in the same fold', () => {
    const tested = folds.flatMap((f) => f.test).sort((a, b) => a - b);
    expect(tested).toEqual(labels.map((_, i) => i));
    for (const f of folds) {
      expect(f.train.length + f.test.length).toBe(labels.length);
      expect(f.train.some((i) => f.test.includes(i))).toBe(false);
    }
  });

  it('keeps the spam share in every fold (±1 item)', () => {
    const spam = labels.filter((l) => l === 'spam').length;
    for (const f of folds) {
      const s = f.test.filter((i) => labels[i] === 'spam').length;
      expect(Math.abs(s - spam / 10)).toBeLessThanOrEqual(1);
    }
  });

  it('depends on the seed only', () => {
    expect(stratifiedKFold(labels, 10, 42)).toEqual(folds);
    expect(stratifiedKFold(labels, 10, 7)).not.toEqual(folds);
  });
});

describe('chronologicalSplit', () => {
  it('trains on the earlier 70 % of each group by date', () => {
    const items = [
      { subset: 'a', time: 5 }, { subset: 'a', time: 1 }, { subset: 'a', time: 3 }, { subset: 'a', time: 2 },
      { subset: 'a', time: 4 }, { subset: 'a', time: 6 }, { subset: 'a', time: 7 }, { subset: 'a', time: 9 },
      { subset: 'a', time: 8 }, { subset: 'a', time: 10 },
      { subset: 'b', time: 100 }, { subset: 'b', time: 50 }, { subset: 'b', time: 75 },
    ];
    const { train, test } = chronologicalSplit(items, 0.7);
    // a: times 1..7 train (indexes 1,3,2,4,0,5,6), 8..10 test (8,7,9); b: round(2.1) = 2 → 50,75 train
    expect(train).toEqual([0, 1, 2, 3, 4, 5, 6, 11, 12]);
    expect(test).toEqual([7, 8, 9, 10]);
  });

  it('keeps corpus order for a group with an undated item', () => {
    const items = [{ time: 3 }, { time: null }, { time: 1 }, { time: 2 }].map((x) => ({ subset: 'v', ...x }));
    expect(chronologicalSplit(items, 0.5)).toEqual({ train: [0, 1], test: [2, 3] });
  });
});

describe('splitCorpus', () => {
  it('rejects bad options with coded errors', () => {
    const items = [{ comment: 'a', label: 'spam' as const }];
    for (const options of [{ folds: 1 }, { folds: 2.5 }, { seed: 0.5 }, { split: 'chrono' as const, trainShare: 1 }]) {
      expect(() => splitCorpus(items, options)).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    }
  });

  it('reads createdAt in every accepted form for the chronological split', () => {
    const items = [
      { comment: { content: 'x', createdAt: '2020-01-03T00:00:00Z' }, label: 'ham' as const },
      { comment: { content: 'x', createdAt: new Date('2020-01-01T00:00:00Z') }, label: 'ham' as const },
      { comment: { content: 'x', createdAt: Date.parse('2020-01-02T00:00:00Z') }, label: 'spam' as const },
      { comment: { content: 'x', createdAt: '2020-01-04T00:00:00Z' }, label: 'spam' as const },
    ];
    expect(splitCorpus(items, { split: 'chrono', trainShare: 0.5 })).toEqual([{ train: [1, 2], test: [0, 3] }]);
  });
});
