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
  /**
   * The model scored with: 'full' (absent) fits it on every document, a third fit besides the two
   * cross-fitted halves; 'halves' takes the halves' mean instead (cheaper refit; measured in
   * docs/quality-session6.md).
   */
  lrModel?: 'full' | 'halves';
  /** Epochs of the two cross-fitted half models (absent: lrEpochs); fewer make the refit cheaper. */
  lrHalfEpochs?: number;
  /**
   * The step of the last epoch (absent: lrRate throughout): the step goes linearly from lrRate at
   * the first epoch to this at the last, large steps early and small ones late at the same number
   * of epochs (measured in docs/quality-session19.md).
   */
  lrRateEnd?: number;
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

/**
 * Math.round(x) for the fixed-point sums, without its data-dependent branch: floor(x + 0.5) is
 * the same integer for every |x| < 2^52 except just below a half, where x + 0.5 can round up (the
 * double below 0.5 gives 1); the exact test n − 0.5 > x corrects that, a branch that is never
 * taken in practice. Only the sign of a zero can differ, and a sum started at +0 cannot tell.
 * Math.round's own branch mispredicts on about half the tokens, and this sum is the NB-LR fit's
 * inner loop (in a micro-benchmark of that loop, about 2.4× faster).
 */
export function roundHalfUp(x: number): number {
  const n = Math.floor(x + 0.5);
  return n - 0.5 > x ? n - 1 : n;
}

/**
 * Per-token document counts of a set of members, and the totals the log-count ratio needs. The
 * refit counts each cross-fitted half once and adds the two for the full model (the same integers
 * a count over all documents gives), instead of a third pass over every document's tokens.
 */
export interface MemberCounts {
  spam: Uint32Array;
  ham: Uint32Array;
  spamDocs: number;
  hamDocs: number;
  spamTokens: number;
  hamTokens: number;
  /** Distinct tokens the members have. */
  vocabulary: number;
}

export function countMembers(docs: readonly FitDocument[], members: readonly number[], idSpace: number): MemberCounts {
  const spam = new Uint32Array(idSpace);
  const ham = new Uint32Array(idSpace);
  const c: MemberCounts = { spam, ham, spamDocs: 0, hamDocs: 0, spamTokens: 0, hamTokens: 0, vocabulary: 0 };
  // Distinct tokens counted as they first appear (no pass over the id space).
  let vocabulary = 0;
  for (let j = 0; j < members.length; j++) {
    const doc = docs[members[j] as number] as FitDocument;
    const ids = doc.ids;
    const n = ids.length;
    const side = doc.label === 'spam' ? spam : ham;
    for (let q = 0; q < n; q++) {
      const id = ids[q] as number;
      if ((spam[id] as number) + (ham[id] as number) === 0) vocabulary++;
      side[id] = (side[id] as number) + 1;
    }
    if (doc.label === 'spam') {
      c.spamDocs++;
      c.spamTokens += n;
    } else {
      c.hamDocs++;
      c.hamTokens += n;
    }
  }
  c.vocabulary = vocabulary;
  return c;
}

/** The counts of two disjoint member sets together: element sums over the id space. */
function addCounts(a: MemberCounts, b: MemberCounts): MemberCounts {
  const n = a.spam.length;
  const spam = new Uint32Array(n);
  const ham = new Uint32Array(n);
  let vocabulary = 0;
  for (let id = 0; id < n; id++) {
    const s = (a.spam[id] as number) + (b.spam[id] as number);
    const h = (a.ham[id] as number) + (b.ham[id] as number);
    spam[id] = s;
    ham[id] = h;
    if (s + h !== 0) vocabulary++;
  }
  return { spam, ham, spamDocs: a.spamDocs + b.spamDocs, hamDocs: a.hamDocs + b.hamDocs, spamTokens: a.spamTokens + b.spamTokens, hamTokens: a.hamTokens + b.hamTokens, vocabulary };
}

/**
 * The packing buffers of fitOn, made once per refit and reused by its three fits (two halves and
 * the full model): fresh typed arrays of this size cost more than the packing itself (zero-filled
 * allocation and the first touch of every page; in a profile of the youtube refit, the
 * allocations and first writes were about a fifth of it). Each getter returns a view of at least
 * the asked length's capacity; `local` comes back cleared.
 */
export class FitScratch {
  private localBuffer = new Int32Array(0);
  private localIdsBuffer = new Int32Array(0);
  private wrBuffer = new Float64Array(0);
  private tokensBuffer = new Int32Array(0);

  local(n: number): Int32Array {
    if (this.localBuffer.length < n) this.localBuffer = new Int32Array(n);
    else this.localBuffer.fill(0, 0, n);
    return this.localBuffer.subarray(0, n);
  }

  localIds(n: number): Int32Array {
    if (this.localIdsBuffer.length < n) this.localIdsBuffer = new Int32Array(n);
    return this.localIdsBuffer.subarray(0, n);
  }

  wr(n: number): Float64Array {
    if (this.wrBuffer.length < n) this.wrBuffer = new Float64Array(n);
    return this.wrBuffer.subarray(0, n);
  }

  tokens(n: number): Int32Array {
    if (this.tokensBuffer.length < n) this.tokensBuffer = new Int32Array(n);
    return this.tokensBuffer.subarray(0, n);
  }
}

/**
 * One model fitted on `members` (indexes into docs, counted in `counts`), its weights in an array
 * of `Out` over the store's ids. Null when a class is missing there.
 *
 * The epochs touch each evidence token of each document twice, so they run over flat typed arrays
 * built once: the members' tokens renumbered densely in order of first appearance (common tokens
 * get small numbers and share cache lines; a store's ids are spread over its whole vocabulary),
 * each document's label and length scale, and each token's trust weight and ratio side by side
 * (one cache line for both). The renumbering changes where a weight is kept, not any operation on
 * it, so the result is bit for bit that of the plain loop over store ids.
 */
export function fitOn<Out extends Float64Array | Float32Array>(docs: readonly FitDocument[], members: readonly number[], counts: MemberCounts, flags: Uint8Array, config: TrainedConfig, Out: { new (length: number): Out }, scratch: FitScratch): { weight: Out; bias: number } | null {
  const { spam, ham, spamDocs, hamDocs, spamTokens, hamTokens, vocabulary } = counts;
  if (spamDocs === 0 || hamDocs === 0) return null;
  const idSpace = spam.length;
  const a = config.alpha;
  // The multinomial log-likelihood ratio of combine.ts, per token; log(k + a) from a table for the
  // small counts nearly every token has (the same numbers Math.log gives each time).
  const shift = Math.log(hamTokens + a * vocabulary) - Math.log(spamTokens + a * vocabulary);
  const logTable = new Float64Array(256);
  for (let k = 0; k < logTable.length; k++) logTable[k] = Math.log(k + a);
  const logCount = (k: number): number => (k < 256 ? (logTable[k] as number) : Math.log(k + a));
  const ratioOf = (id: number): number => {
    const v = logCount(spam[id] as number) - logCount(ham[id] as number) + shift;
    // A disguise token counts toward spam or not at all (store.ts isDisguiseToken), here as in scoring.
    return ((flags[id] as number) & FLAG_DISGUISE) !== 0 && v < 0 ? 0 : v;
  };
  const fixedMask = config.lrRules ? 0 : FLAG_RULE;
  // The members' evidence tokens (r ≠ 0) in local numbers, packed once, each ratio worked out
  // where its token first appears; with rule tokens held fixed (lrRules false), the positions of
  // trainable ones marked. local[id]: 0 not seen yet, −1 no evidence, l + 1 local number l.
  const m = members.length;
  const total = spamTokens + hamTokens;
  // Buffers shared by the refit's three fits (FitScratch); every entry read below is written first,
  // except local[], which is cleared.
  const local = scratch.local(idSpace);
  const localIds = scratch.localIds(Math.min(total, idSpace));
  // Trust weight w_l at 2l, ratio r_l at 2l + 1.
  const wr = scratch.wr(2 * Math.min(total, idSpace));
  let size = 0;
  const tokens = scratch.tokens(total);
  const trainable = fixedMask === 0 ? null : new Uint8Array(total);
  const start = new Int32Array(m + 1);
  const scale = new Float64Array(m);
  const target = new Uint8Array(m);
  let p = 0;
  for (let j = 0; j < m; j++) {
    const doc = docs[members[j] as number] as FitDocument;
    const ids = doc.ids;
    for (let q = 0; q < ids.length; q++) {
      const id = ids[q] as number;
      let l = local[id] as number;
      if (l === 0) {
        const v = ratioOf(id);
        if (v === 0) {
          local[id] = -1;
          continue;
        }
        localIds[size] = id;
        wr[2 * size] = 1;
        wr[2 * size + 1] = v;
        l = ++size;
        local[id] = l;
      } else if (l < 0) continue;
      tokens[p] = 2 * (l - 1);
      if (trainable !== null) trainable[p] = ((flags[id] as number) & fixedMask) === 0 ? 1 : 0;
      p++;
    }
    start[j + 1] = p;
    const used = p - (start[j] as number);
    scale[j] = used === 0 ? 0 : 1 / Math.pow(used, config.power);
    target[j] = doc.label === 'spam' ? 1 : 0;
  }
  const trust = wr.subarray(0, 2 * size);
  const bias = descend(trust, { tokens, trainable, start, scale, target }, config, Math.log(spamDocs / hamDocs));
  const beta = config.lrBeta ?? 1;
  const weight = new Out(idSpace);
  for (let l = 0; l < size; l++) {
    const w = trust[2 * l] as number;
    weight[localIds[l] as number] = (beta === 1 ? w : 1 - beta + beta * w) * (trust[2 * l + 1] as number);
  }
  return { weight, bias };
}

/** The packed members of one fit: document j's tokens are tokens[start[j]] … tokens[start[j + 1] − 1]. */
interface PackedDocuments {
  /** Each token as the index of its trust weight in wr (2l for local number l: the epochs' address, worked out once here). */
  tokens: Int32Array;
  /** Null when every token is trainable. */
  trainable: Uint8Array | null;
  start: Int32Array;
  scale: Float64Array;
  target: Uint8Array;
}

/**
 * The SGD epochs from `bias` over `wr` (trust weight w_l at 2l, ratio r_l at 2l + 1): updates the
 * trust weights in place and returns the bias.
 */
function descend(wr: Float64Array, docs: PackedDocuments, config: TrainedConfig, bias: number): number {
  const { tokens, trainable, start, scale, target } = docs;
  const m = scale.length;
  const l2 = config.lrL2;
  const rateEnd = config.lrRateEnd ?? config.lrRate;
  // Filled by a loop: Int32Array.from over an array-like with a mapping callback cost about 3 %
  // of the SGD epochs in the youtube refit's profile.
  const order = new Int32Array(m);
  for (let j = 0; j < m; j++) order[j] = j;
  const random = mulberry32(SEED);
  const averageFrom = config.lrAverageFrom ?? 0;
  const averaging = averageFrom > 0 && averageFrom <= config.lrEpochs;
  const sumW = averaging ? new Float64Array(wr.length / 2) : null;
  let sumBias = 0;
  for (let epoch = 0; epoch < config.lrEpochs; epoch++) {
    const rate = config.lrEpochs === 1 ? config.lrRate : config.lrRate + ((rateEnd - config.lrRate) * epoch) / (config.lrEpochs - 1);
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
        const at = tokens[q] as number;
        fixed += roundHalfUp((wr[at] as number) * (wr[at + 1] as number) * FIXED);
      }
      const sj = scale[j] as number;
      // The logistic 1 / (1 + e^−x) written out, without a call per document and epoch that
      // the youtube and telegram-ru refit profiles showed at 4–6 % of the fit.
      const g = 1 / (1 + Math.exp(-(bias + (fixed / FIXED) * sj))) - (target[j] as number);
      if (trainable === null) {
        for (let q = from; q < to; q++) {
          const at = tokens[q] as number;
          const w = wr[at] as number;
          wr[at] = w - rate * (g * (wr[at + 1] as number) * sj + l2 * w);
        }
      } else {
        for (let q = from; q < to; q++) {
          if (trainable[q] === 0) continue;
          const at = tokens[q] as number;
          const w = wr[at] as number;
          wr[at] = w - rate * (g * (wr[at + 1] as number) * sj + l2 * w);
        }
      }
      bias -= rate * g;
    }
    if (sumW !== null && epoch + 1 >= averageFrom) {
      for (let l = 0; l < sumW.length; l++) sumW[l] = (sumW[l] as number) + (wr[2 * l] as number);
      sumBias += bias;
    }
  }
  if (sumW === null) return bias;
  const n = config.lrEpochs - averageFrom + 1;
  for (let l = 0; l < sumW.length; l++) wr[2 * l] = (sumW[l] as number) / n;
  return sumBias / n;
}

/** A document's score under `model` (the raw x that calibration maps), summed in fixed point. */
export function scoreIds(model: TokenWeights, ids: Uint32Array, power: number): number {
  let used = 0;
  let fixed = 0;
  const weight = model.weight;
  for (let q = 0; q < ids.length; q++) {
    const v = weight[ids[q] as number] as number;
    // Unknown to the model, or a disguise token on the ham side (its ratio was set to 0): not evidence.
    if (v === 0) continue;
    used++;
    fixed += roundHalfUp(v * FIXED);
  }
  return model.bias + fixed / FIXED / Math.pow(Math.max(used, 1), power);
}

/**
 * The trained weights for the whole learned set and their calibration. A trained model has no
 * exact leave-one-out score, so the calibration is cross-fitted: the documents (in hash order) are
 * dealt into two halves, each half's model scores the other half, and Platt scaling is fitted on
 * those scores, pulled toward `prior`.
 */
export function fitTrained(docs: readonly FitDocument[], idSpace: number, flags: Uint8Array, config: TrainedConfig, prior: Calibration): { model: TokenWeights; calibration: Calibration; sample: { xs: number[]; spam: boolean[] } } | null {
  const all = docs.map((_, k) => k);
  const halves: number[][] = [[], []];
  all.forEach((k) => (halves[k % 2] as number[]).push(k));
  const halfConfig = config.lrHalfEpochs === undefined ? config : { ...config, lrEpochs: config.lrHalfEpochs };
  const halfCounts = halves.map((members) => countMembers(docs, members, idSpace));
  const full = addCounts(halfCounts[0] as MemberCounts, halfCounts[1] as MemberCounts);
  // Sized for the full fit first, so the halves' fits reuse what it will use.
  const scratch = new FitScratch();
  const most = full.spamTokens + full.hamTokens;
  scratch.local(idSpace);
  scratch.localIds(Math.min(most, idSpace));
  scratch.wr(2 * Math.min(most, idSpace));
  scratch.tokens(most);
  const fits = halves.map((members, h) => fitOn(docs, members, halfCounts[h] as MemberCounts, flags, halfConfig, Float64Array, scratch));
  const fitAll = (): { weight: Float32Array; bias: number } | null => fitOn(docs, all, full, flags, config, Float32Array, scratch);
  const model = config.lrModel === 'halves' ? meanOf(fits[0] ?? null, fits[1] ?? null, idSpace) ?? fitAll() : fitAll();
  if (model === null) return null;
  const xs: number[] = [];
  const spam: boolean[] = [];
  for (const [fitHalf, scoreHalf] of [[0, 1], [1, 0]] as const) {
    const half = fits[fitHalf] ?? null;
    if (half === null) continue;
    for (const k of (halves[scoreHalf] as number[]).slice(0, Math.ceil(config.calibrationSample / 2))) {
      const doc = docs[k] as FitDocument;
      xs.push(scoreIds(half, doc.ids, config.power));
      spam.push(doc.label === 'spam');
    }
  }
  const calibration = xs.length === 0 ? prior : fitCalibration(xs, spam, { prior, priorStrength: config.priorStrength, smoothTargets: config.smoothTargets });
  // The cross-fitted scores go out with the fit: the tail placement (calibrate.ts) reads them.
  return { model, calibration, sample: { xs, spam } };
}

/**
 * lrModel 'halves': the model is the two cross-fitted half models' mean (a token only one half
 * has keeps that half's weight), so the refit runs two half fits instead of three fits. Null
 * when a half has no model (a class missing there).
 */
function meanOf(a: TokenWeights | null, b: TokenWeights | null, idSpace: number): TokenWeights | null {
  if (a === null || b === null) return null;
  const weight = new Float32Array(idSpace);
  for (let id = 0; id < idSpace; id++) {
    const x = a.weight[id] as number;
    const y = b.weight[id] as number;
    weight[id] = x !== 0 && y !== 0 ? (x + y) / 2 : x + y;
  }
  return { weight, bias: (a.bias + b.bias) / 2 };
}
