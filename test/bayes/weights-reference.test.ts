// The NB-LR fit (src/bayes/weights.ts) runs over packed, densely renumbered arrays with a
// branch-free rounding, for speed. Neither may change a bit of what it computes: this file keeps
// the fit's plain form (one loop over store ids, Math.round) and compares every option with it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BAYES_CONFIG, FLAG_DISGUISE, FLAG_RULE, fitCalibration, fitTrained, scoreIds, type FitDocument, type TokenWeights, type TrainedConfig } from '../../src/bayes/index.js';
import { roundHalfUp } from '../../src/bayes/weights.js';
import { mulberry32 } from '../../src/evaluate/random.js';

const PRIOR = { slope: DEFAULT_BAYES_CONFIG.slope, offset: DEFAULT_BAYES_CONFIG.offset };
const FIXED = 4294967296;

/** The fit as first written (session 4): Float64 arrays over every store id, Math.round. */
function plainFit(docs: readonly FitDocument[], members: readonly number[], idSpace: number, flags: Uint8Array, config: TrainedConfig): TokenWeights | null {
  const spam = new Uint32Array(idSpace);
  const ham = new Uint32Array(idSpace);
  let spamDocs = 0;
  let hamDocs = 0;
  let spamTokens = 0;
  let hamTokens = 0;
  for (const k of members) {
    const doc = docs[k]!;
    const side = doc.label === 'spam' ? spam : ham;
    for (const id of doc.ids) side[id] = side[id]! + 1;
    if (doc.label === 'spam') {
      spamDocs++;
      spamTokens += doc.ids.length;
    } else {
      hamDocs++;
      hamTokens += doc.ids.length;
    }
  }
  if (spamDocs === 0 || hamDocs === 0) return null;
  let vocabulary = 0;
  for (let id = 0; id < idSpace; id++) if (spam[id]! + ham[id]! > 0) vocabulary++;
  const a = config.alpha;
  const shift = Math.log(hamTokens + a * vocabulary) - Math.log(spamTokens + a * vocabulary);
  const r = new Float64Array(idSpace);
  for (let id = 0; id < idSpace; id++) {
    if (spam[id]! + ham[id]! === 0) continue;
    const v = Math.log(spam[id]! + a) - Math.log(ham[id]! + a) + shift;
    r[id] = (flags[id]! & FLAG_DISGUISE) !== 0 && v < 0 ? 0 : v;
  }
  const w = new Float64Array(idSpace).fill(1);
  let bias = Math.log(spamDocs / hamDocs);
  const fixedMask = config.lrRules ? 0 : FLAG_RULE;
  const order = members.map((_, j) => j);
  const random = mulberry32(0x5eed9);
  const averageFrom = config.lrAverageFrom ?? 0;
  const sumW = averageFrom > 0 && averageFrom <= config.lrEpochs ? new Float64Array(idSpace) : null;
  let sumBias = 0;
  const rateEnd = config.lrRateEnd ?? config.lrRate;
  for (let epoch = 0; epoch < config.lrEpochs; epoch++) {
    // The step falls linearly from lrRate at the first epoch to lrRateEnd at the last.
    const rate = config.lrEpochs === 1 ? config.lrRate : config.lrRate + ((rateEnd - config.lrRate) * epoch) / (config.lrEpochs - 1);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const j of order) {
      const doc = docs[members[j]!]!;
      const ids = Array.from(doc.ids).filter((id) => r[id] !== 0);
      if (ids.length === 0) continue;
      const sj = 1 / Math.pow(ids.length, config.power);
      let fixed = 0;
      for (const id of ids) fixed += Math.round(w[id]! * r[id]! * FIXED);
      const g = 1 / (1 + Math.exp(-(bias + (fixed / FIXED) * sj))) - (doc.label === 'spam' ? 1 : 0);
      for (const id of ids) if ((flags[id]! & fixedMask) === 0) w[id] = w[id]! - rate * (g * r[id]! * sj + config.lrL2 * w[id]!);
      bias -= rate * g;
    }
    if (sumW !== null && epoch + 1 >= averageFrom) {
      for (let id = 0; id < idSpace; id++) sumW[id] = sumW[id]! + w[id]!;
      sumBias += bias;
    }
  }
  if (sumW !== null) {
    const n = config.lrEpochs - averageFrom + 1;
    for (let id = 0; id < idSpace; id++) w[id] = sumW[id]! / n;
    bias = sumBias / n;
  }
  const beta = config.lrBeta ?? 1;
  if (beta !== 1) for (let id = 0; id < idSpace; id++) w[id] = 1 - beta + beta * w[id]!;
  for (let id = 0; id < idSpace; id++) w[id] = w[id]! * r[id]!;
  return { weight: w, bias };
}

/** fitTrained in its plain form: the full model in 32 bits, the cross-fitted halves' calibration. */
function plainFitTrained(docs: readonly FitDocument[], idSpace: number, flags: Uint8Array, config: TrainedConfig) {
  const all = docs.map((_, k) => k);
  const full = plainFit(docs, all, idSpace, flags, config)!;
  const halves = [all.filter((k) => k % 2 === 0), all.filter((k) => k % 2 === 1)];
  const xs: number[] = [];
  const spam: boolean[] = [];
  for (const [fit, score] of [[0, 1], [1, 0]] as const) {
    const half = plainFit(docs, halves[fit]!, idSpace, flags, { ...config, lrEpochs: config.lrHalfEpochs ?? config.lrEpochs });
    if (half === null) continue;
    for (const k of halves[score]!.slice(0, Math.ceil(config.calibrationSample / 2))) {
      xs.push(scoreIds(half, docs[k]!.ids, config.power));
      spam.push(docs[k]!.label === 'spam');
    }
  }
  const calibration = fitCalibration(xs, spam, { prior: PRIOR, priorStrength: config.priorStrength, smoothTargets: config.smoothTargets });
  return { weight: Float32Array.from(full.weight), bias: full.bias, calibration };
}

/** 300 documents over 2,000 ids, long-tailed like words: a few common, most rare; some ids flagged. */
function corpus(seed: number): { docs: FitDocument[]; flags: Uint8Array } {
  const random = mulberry32(seed);
  const docs: FitDocument[] = [];
  for (let i = 0; i < 300; i++) {
    const spam = random() < 0.35;
    const ids = new Set<number>();
    const n = 2 + Math.floor(random() * 30);
    while (ids.size < n) {
      const id = Math.floor(2000 * random() ** 3);
      // Spam leans on even ids, ham on odd ones.
      ids.add(random() < 0.7 ? (id & ~1) | (spam ? 0 : 1) : id);
    }
    docs.push({ label: spam ? 'spam' : 'ham', ids: Uint32Array.from(ids) });
  }
  const flags = new Uint8Array(2000);
  for (let id = 0; id < 2000; id += 37) flags[id] = FLAG_DISGUISE;
  for (let id = 5; id < 2000; id += 41) flags[id] = flags[id]! | FLAG_RULE;
  return { docs, flags };
}

describe('the packed NB-LR fit', () => {
  const base: TrainedConfig = { ...DEFAULT_BAYES_CONFIG, calibrationSample: 200 };
  it.each([
    ['the defaults', {}],
    ['rule tokens held fixed', { lrRules: false }],
    ['averaged SGD from epoch 4', { lrAverageFrom: 4 }],
    ["Wang & Manning's β 0.5", { lrBeta: 0.5 }],
    ['3 epochs, rate 0.2 to 0.1, L2 1e-2', { lrEpochs: 3, lrRate: 0.2, lrRateEnd: 0.1, lrL2: 1e-2 }],
    ['a fixed step of 0.05 (before session 19)', { lrRate: 0.05, lrRateEnd: 0.05 }],
    ['one epoch', { lrEpochs: 1, lrHalfEpochs: 1 }],
    ['half models as many epochs as the model', { lrHalfEpochs: 10 }],
  ])('gives the plain loop\'s weights, bias and calibration bit for bit: %s', (_, change) => {
    const config = { ...base, ...change };
    for (const seed of [1, 2]) {
      const { docs, flags } = corpus(seed);
      const packed = fitTrained(docs, 2000, flags, config, PRIOR)!;
      const plain = plainFitTrained(docs, 2000, flags, config);
      expect(packed.model.weight).toEqual(plain.weight);
      expect(packed.model.bias).toBe(plain.bias);
      expect(packed.calibration).toEqual(plain.calibration);
    }
  });
});

describe('roundHalfUp', () => {
  const same = (x: number): boolean => roundHalfUp(x) === Math.round(x);
  it('is Math.round (up to the sign of a zero) at the halves, the binade edges and the double below 0.5', () => {
    const edges = [0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 0.5000000000000001, 2 ** 36 - 0.5, 2 ** 36 + 0.5, -(2 ** 36) - 0.5, 2 ** 51 + 0.5, -(2 ** 51) + 0.5, 2 ** 52 - 0.5];
    for (const x of edges) expect(same(x), String(x)).toBe(true);
  });

  it('is Math.round on a million seeded values of the fixed-point sums\' range', () => {
    const random = mulberry32(99);
    let differ = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const x = (random() - 0.5) * 2 ** (1 + Math.floor(random() * 48));
      if (!same(x)) differ++;
    }
    expect(differ).toBe(0);
  });
});
