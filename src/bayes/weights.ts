// NB-LR (Wang & Manning 2012, "Baselines and Bigrams", with a logistic loss instead of their SVM's
// hinge): the naive-Bayes log-count ratio r of each token stays the evidence, and a logistic
// regression over the features r_i·x_i/√used learns how much to trust each token (w_i, starting at
// 1, i.e. at naive Bayes). A token's weight in a score is then w_i·r_i. Naive Bayes counts every
// token as independent evidence; the regression discounts tokens that always come together and
// lifts the ones that separate the classes on their own. Picked leave-one-corpus-out against the
// plain ratios, complement NB, weight normalization and cheaper reweightings (docs/quality.md,
// "Complement NB and NB-SVM"; docs/quality-session4.md for the integrated version).
//
// Determinism (issue 9 §3): the fit is a pure function of the learned set. Documents are visited
// in the order of a hash of their ids, each epoch reshuffled by a generator with a fixed seed, and
// a document's sum is taken in fixed point (integers add exactly, in any order), so the order in
// which a store happens to keep a document's tokens, or the ids a model round trip renumbers them
// to, cannot move a bit of the result.
import type { Label } from '../types.js';
import { fitCalibration, type Calibration } from './calibrate.js';
import { FLAG_DISGUISE, FLAG_RULE } from './store.js';
import { mulberry32 } from '../evaluate/random.js';

/** A learned document as the fit reads it: its label and its distinct token ids in the store. */
export interface FitDocument {
  label: Label;
  ids: Uint32Array;
}

export interface TrainedConfig {
  alpha: number;
  power: number;
  /** SGD passes over the learned documents (0: no regression, plain naive Bayes). */
  lrEpochs: number;
  lrRate: number;
  /** L2 penalty on the trust weights w (toward 0, as Wang & Manning), applied where a token is seen. */
  lrL2: number;
  /** Whether rule-hit tokens are reweighted too (false: their trust stays 1, the plain ratio). */
  lrRules: boolean;
  /**
   * Averaged SGD (Polyak): the trust weights and bias are the mean of their values at the end of
   * each epoch from this one on (1-based; 0 or absent: the last epoch's values, no averaging).
   */
  lrAverageFrom?: number;
  /** Wang & Manning's interpolation: trust = (1 − β)·1 + β·w, between naive Bayes (β 0) and the fit (β 1, absent). */
  lrBeta?: number;
  /** Calibration: documents scored by the cross-fitted halves, their pull toward the defaults. */
  calibrationSample: number;
  priorStrength: number;
  smoothTargets: boolean;
}

/** A fitted model over store ids: score x = bias + Σ weight[id] / used^power over the known tokens. */
export interface TokenWeights {
  /**
   * w_i·r_i per store id (0 for ids no learned document has). Valid until the store changes. The
   * model a classifier keeps holds them in 32 bits (4 bytes a vocabulary id; a score needs no more).
   */
  weight: Float64Array | Float32Array;
  bias: number;
}

/** Fixed-point scale of the order-free sums: 2^32 keeps 1e-9 precision and sums far below 2^53. */
const FIXED = 4294967296;
const SEED = 0x5eed9;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** One model fitted on `members` (indexes into docs). Null when a class is missing there. */
function fitOn(docs: readonly FitDocument[], members: readonly number[], idSpace: number, flags: Uint8Array, config: TrainedConfig): TokenWeights | null {
  const spam = new Uint32Array(idSpace);
  const ham = new Uint32Array(idSpace);
  let spamDocs = 0;
  let hamDocs = 0;
  let spamTokens = 0;
  let hamTokens = 0;
  for (const k of members) {
    const doc = docs[k] as FitDocument;
    const side = doc.label === 'spam' ? spam : ham;
    for (const id of doc.ids) side[id] = (side[id] as number) + 1;
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
  for (let id = 0; id < idSpace; id++) if ((spam[id] as number) + (ham[id] as number) > 0) vocabulary++;
  const a = config.alpha;
  // The multinomial log-likelihood ratio of combine.ts, per token.
  const shift = Math.log(hamTokens + a * vocabulary) - Math.log(spamTokens + a * vocabulary);
  const r = new Float64Array(idSpace);
  for (let id = 0; id < idSpace; id++) {
    const s = spam[id] as number;
    const h = ham[id] as number;
    if (s + h === 0) continue;
    const v = Math.log(s + a) - Math.log(h + a) + shift;
    // A disguise token counts toward spam or not at all (store.ts isDisguiseToken), here as in scoring.
    r[id] = ((flags[id] as number) & FLAG_DISGUISE) !== 0 && v < 0 ? 0 : v;
  }
  const w = new Float64Array(idSpace).fill(1);
  let bias = Math.log(spamDocs / hamDocs);
  const rate = config.lrRate;
  const l2 = config.lrL2;
  const fixedMask = config.lrRules ? 0 : FLAG_RULE;
  // The members' evidence tokens (r ≠ 0) packed once into one array, trainable ones marked, with
  // each document's label and length scale: the epochs then run over flat typed arrays.
  const m = members.length;
  let total = 0;
  for (const k of members) total += (docs[k] as FitDocument).ids.length;
  const tokens = new Int32Array(total);
  const trainable = new Uint8Array(total);
  const start = new Int32Array(m + 1);
  const scale = new Float64Array(m);
  const target = new Uint8Array(m);
  let p = 0;
  for (let j = 0; j < m; j++) {
    const doc = docs[members[j] as number] as FitDocument;
    for (const id of doc.ids) {
      if (r[id] === 0) continue;
      tokens[p] = id;
      trainable[p] = ((flags[id] as number) & fixedMask) === 0 ? 1 : 0;
      p++;
    }
    start[j + 1] = p;
    const used = p - (start[j] as number);
    scale[j] = used === 0 ? 0 : 1 / Math.pow(used, config.power);
    target[j] = doc.label === 'spam' ? 1 : 0;
  }
  const order = Int32Array.from({ length: m }, (_, j) => j);
  const random = mulberry32(SEED);
  const averageFrom = config.lrAverageFrom ?? 0;
  const averaging = averageFrom > 0 && averageFrom <= config.lrEpochs;
  const sumW = averaging ? new Float64Array(idSpace) : null;
  let sumBias = 0;
  for (let epoch = 0; epoch < config.lrEpochs; epoch++) {
    for (let i = m - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (let o = 0; o < m; o++) {
      const j = order[o] as number;
      const from = start[j] as number;
      const to = start[j + 1] as number;
      if (from === to) continue;
      let fixed = 0;
      for (let q = from; q < to; q++) {
        const id = tokens[q] as number;
        fixed += Math.round((w[id] as number) * (r[id] as number) * FIXED);
      }
      const sj = scale[j] as number;
      const g = sigmoid(bias + (fixed / FIXED) * sj) - (target[j] as number);
      for (let q = from; q < to; q++) {
        if (trainable[q] === 0) continue;
        const id = tokens[q] as number;
        w[id] = (w[id] as number) - rate * (g * (r[id] as number) * sj + l2 * (w[id] as number));
      }
      bias -= rate * g;
    }
    if (sumW !== null && epoch + 1 >= averageFrom) {
      for (let id = 0; id < idSpace; id++) sumW[id] = (sumW[id] as number) + (w[id] as number);
      sumBias += bias;
    }
  }
  if (sumW !== null) {
    const n = config.lrEpochs - averageFrom + 1;
    for (let id = 0; id < idSpace; id++) w[id] = (sumW[id] as number) / n;
    bias = sumBias / n;
  }
  const beta = config.lrBeta ?? 1;
  if (beta !== 1) for (let id = 0; id < idSpace; id++) w[id] = 1 - beta + beta * (w[id] as number);
  for (let id = 0; id < idSpace; id++) w[id] = (w[id] as number) * (r[id] as number);
  return { weight: w, bias };
}

/** A document's score under `model` (the raw x that calibration maps), summed in fixed point. */
export function scoreIds(model: TokenWeights, ids: Uint32Array, power: number): number {
  let used = 0;
  let fixed = 0;
  for (const id of ids) {
    const v = model.weight[id] as number;
    // Unknown to the model, or a disguise token on the ham side (its ratio was set to 0): not evidence.
    if (v === 0) continue;
    used++;
    fixed += Math.round(v * FIXED);
  }
  return model.bias + fixed / FIXED / Math.pow(Math.max(used, 1), power);
}

/**
 * The trained weights for the whole learned set and their calibration. A trained model has no
 * exact leave-one-out score, so the calibration is cross-fitted: the documents (in hash order) are
 * dealt into two halves, each half's model scores the other half, and Platt scaling is fitted on
 * those scores, pulled toward `prior`.
 */
export function fitTrained(docs: readonly FitDocument[], idSpace: number, flags: Uint8Array, config: TrainedConfig, prior: Calibration): { model: TokenWeights; calibration: Calibration } | null {
  const all = docs.map((_, k) => k);
  const full = fitOn(docs, all, idSpace, flags, config);
  if (full === null) return null;
  const model: TokenWeights = { weight: Float32Array.from(full.weight), bias: full.bias };
  const halves: number[][] = [[], []];
  all.forEach((k) => (halves[k % 2] as number[]).push(k));
  const xs: number[] = [];
  const spam: boolean[] = [];
  for (const [fitHalf, scoreHalf] of [[0, 1], [1, 0]] as const) {
    const half = fitOn(docs, halves[fitHalf] as number[], idSpace, flags, config);
    if (half === null) continue;
    for (const k of (halves[scoreHalf] as number[]).slice(0, Math.ceil(config.calibrationSample / 2))) {
      const doc = docs[k] as FitDocument;
      xs.push(scoreIds(half, doc.ids, config.power));
      spam.push(doc.label === 'spam');
    }
  }
  const calibration = xs.length === 0 ? prior : fitCalibration(xs, spam, { prior, priorStrength: config.priorStrength, smoothTargets: config.smoothTargets });
  return { model, calibration };
}
