// Other scores to fit the NB-LR model's calibration (and the site's ham tail, calibrate.ts) on
// than the two cross-fitted halves of weights.ts fitTrained. Measured, not the default
// (docs/quality-session8.md): the halves score each document with a model of half the learned
// set, which scores less sharply than the model of the whole set that check() uses, and both
// variants here are closer to the full model:
//  - 'loo': the full model scores each sampled document with that document's own counts taken
//    out of every log-count ratio (and of the totals and vocabulary the ratios are measured
//    against): a token only this document has is no longer known, a rare one loses the count it
//    brought. The trust weights stay the full fit's (an exact leave-one-out would refit the
//    regression per document). No half model is fitted at all.
//  - k cross-fitted folds (calibrationFolds > 2): each document scored by a model of the other
//    (k − 1)/k of the learned set, at k fits instead of two.
//
// Determinism (issue 9 §3): documents in the store's hash order, sums in fixed point as scoreIds
// takes them, so neither the order of learning nor the order a store keeps tokens in moves a bit.
import { fitCalibration, type Calibration } from './calibrate.js';
import { FitScratch, countMembers, fitOn, roundHalfUp, scoreIds, type FitDocument, type MemberCounts, type TokenWeights, type TrainedConfig } from './weights.js';
import { FLAG_DISGUISE } from './store.js';

/** Fixed-point scale of the order-free sums (weights.ts's). */
const FIXED = 4294967296;

/** What the leave-one-out scores read: the full fit's counts (documents per class with each token), its model, and the ratio's constants. */
export interface LooInput extends MemberCounts {
  /** The full model's w·r per store id (0: not evidence), and its bias. */
  weight: Float64Array | Float32Array;
  bias: number;
  flags: Uint8Array;
  alpha: number;
  power: number;
}

/**
 * The full model's score of `ids` (a learned document labeled `spam` or not) with the document's
 * own counts left out of the log-count ratios. A token's trust weight is read back from the full
 * model as weight / ratio (the fit stores their product).
 */
export function looScore(input: LooInput, ids: Uint32Array, spam: boolean): number {
  const { alpha: a, weight, flags } = input;
  const n = ids.length;
  // Tokens only this document has leave the vocabulary with it.
  let alone = 0;
  for (let q = 0; q < n; q++) {
    const id = ids[q] as number;
    if ((input.spam[id] as number) + (input.ham[id] as number) === 1) alone++;
  }
  const vocabulary = input.vocabulary - alone;
  const spamTokens = input.spamTokens - (spam ? n : 0);
  const hamTokens = input.hamTokens - (spam ? 0 : n);
  const fullShift = Math.log(input.hamTokens + a * input.vocabulary) - Math.log(input.spamTokens + a * input.vocabulary);
  const shift = Math.log(hamTokens + a * vocabulary) - Math.log(spamTokens + a * vocabulary);
  let used = 0;
  let fixed = 0;
  for (let q = 0; q < n; q++) {
    const id = ids[q] as number;
    const v = weight[id] as number;
    if (v === 0) continue;
    const s = input.spam[id] as number;
    const h = input.ham[id] as number;
    if (s + h === 1) continue;
    const full = Math.log(s + a) - Math.log(h + a) + fullShift;
    if (full === 0) continue;
    const trust = v / full;
    let r = Math.log(s - (spam ? 1 : 0) + a) - Math.log(h - (spam ? 0 : 1) + a) + shift;
    // A disguise token counts toward spam or not at all (store.ts isDisguiseToken), as in the fit.
    if (((flags[id] as number) & FLAG_DISGUISE) !== 0 && r < 0) r = 0;
    if (r === 0) continue;
    used++;
    fixed += roundHalfUp(trust * r * FIXED);
  }
  return input.bias + fixed / FIXED / Math.pow(Math.max(used, 1), input.power);
}

/** The variants' switches (BayesConfig): absent, the halves of fitTrained. */
export interface CalibrationScoresConfig {
  /** 'loo': the full model's leave-one-out-like scores; 'halves' (absent): the cross-fitted halves (or calibrationFolds). */
  calibrationScores?: 'halves' | 'loo';
  /** Cross-fitting folds for the calibration's scores (absent or 2: fitTrained's halves). */
  calibrationFolds?: number;
}

/** Whether `config` asks for one of these variants rather than fitTrained's halves. */
export function usesCalibrationVariant(config: CalibrationScoresConfig): boolean {
  return config.calibrationScores === 'loo' || (config.calibrationFolds ?? 2) > 2;
}

type Fitted = { model: TokenWeights; calibration: Calibration; sample: { xs: number[]; spam: boolean[] } };

/** fitTrained's result with the calibration fitted on the variant's scores (usesCalibrationVariant). */
export function fitTrainedVariant(docs: readonly FitDocument[], idSpace: number, flags: Uint8Array, config: TrainedConfig & CalibrationScoresConfig, prior: Calibration): Fitted | null {
  const all = docs.map((_, k) => k);
  const counts = countMembers(docs, all, idSpace);
  const scratch = new FitScratch();
  const model = fitOn(docs, all, counts, flags, config, Float32Array, scratch);
  if (model === null) return null;
  const xs: number[] = [];
  const spam: boolean[] = [];
  if (config.calibrationScores === 'loo') {
    const input: LooInput = { ...counts, weight: model.weight, bias: model.bias, flags, alpha: config.alpha, power: config.power };
    for (const doc of docs.slice(0, config.calibrationSample)) {
      const isSpam = doc.label === 'spam';
      // Leaving out a class's only document would leave nothing to compare with.
      if ((isSpam ? counts.spamDocs : counts.hamDocs) < 2) continue;
      xs.push(looScore(input, doc.ids, isSpam));
      spam.push(isSpam);
    }
  } else {
    const k = config.calibrationFolds ?? 2;
    const foldConfig = config.lrHalfEpochs === undefined ? config : { ...config, lrEpochs: config.lrHalfEpochs };
    for (let f = 0; f < k; f++) {
      const rest = all.filter((j) => j % k !== f);
      const fit = fitOn(docs, rest, countMembers(docs, rest, idSpace), flags, foldConfig, Float64Array, scratch);
      if (fit === null) continue;
      for (const j of all.filter((j) => j % k === f).slice(0, Math.ceil(config.calibrationSample / k))) {
        const doc = docs[j] as FitDocument;
        xs.push(scoreIds(fit, doc.ids, config.power));
        spam.push(doc.label === 'spam');
      }
    }
  }
  const calibration = xs.length === 0 ? prior : fitCalibration(xs, spam, { prior, priorStrength: config.priorStrength, smoothTargets: config.smoothTargets });
  return { model, calibration, sample: { xs, spam } };
}
