// Metric functions over (label, decision, score) triples. 'spam' is the only positive class:
// a comment sent to 'moderate' counts as "not blocked", the way a site experiences it.
import type { Decision, Label } from '../types.js';

/** Counts by true label and decision. */
export interface Confusion {
  spam: Record<Decision, number>;
  ham: Record<Decision, number>;
}

export interface Metrics {
  /** Comments tested. */
  n: number;
  /** Share of comments whose decision matches the label, with 'moderate' counted as not spam. */
  accuracy: number;
  /** Share of spam decided 'spam'. */
  spamRecall: number;
  /** Share of ham decided 'spam': the cost a site pays in lost comments. */
  hamBlocked: number;
  /** Share of all comments decided 'moderate' (a person has to look). */
  moderateShare: number;
  /** Share of spam that reached 'ham' (not even moderated). */
  spamMissed: number;
  precision: number;
  f1: number;
  /** Matthews correlation, positive = decided 'spam'. */
  mcc: number;
  /** Matthews correlation with positive = score ≥ 0.5: "spam or unsure vs ham", comparable with p ≥ 0.5 classifiers. */
  mccAtHalf: number;
  /** Area under the ROC curve of the score (ties count half). */
  auc: number;
  /** Share of ham decided 'moderate': the moderation queue a site pays for in people's time. */
  hamHeld: number;
  /** Spam caught with the spam threshold moved so that at most 0.5 % of ham is blocked (see spamCaughtAt). */
  spamAtHalfPercent: number;
  /** The same with at most 1 % of ham blocked. */
  spamAtOnePercent: number;
}

export function emptyConfusion(): Confusion {
  return { spam: { ham: 0, moderate: 0, spam: 0 }, ham: { ham: 0, moderate: 0, spam: 0 } };
}

/** Matthews correlation coefficient from a 2×2 table; 0 when a margin is empty. */
export function matthews(tp: number, fp: number, tn: number, fn: number): number {
  const denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return denominator === 0 ? 0 : (tp * tn - fp * fn) / denominator;
}

/**
 * ROC AUC by the rank-sum (Mann–Whitney) identity with average ranks for ties: the chance that a
 * random spam scores above a random ham. NaN when a class is missing.
 */
export function rocAuc(spamScores: readonly number[], hamScores: readonly number[]): number {
  const nS = spamScores.length;
  const nH = hamScores.length;
  if (nS === 0 || nH === 0) return Number.NaN;
  const all: { score: number; spam: boolean }[] = [];
  for (const score of spamScores) all.push({ score, spam: true });
  for (const score of hamScores) all.push({ score, spam: false });
  all.sort((a, b) => a.score - b.score);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]?.score === all[i]?.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]?.spam) rankSum += averageRank;
    i = j;
  }
  return (rankSum - (nS * (nS + 1)) / 2) / (nS * nH);
}

/** ROC curve points (false-positive rate, true-positive rate), thresholds from high to low. */
export function rocCurve(spamScores: readonly number[], hamScores: readonly number[]): { fpr: number; tpr: number; threshold: number }[] {
  const all = [...spamScores.map((score) => ({ score, spam: true })), ...hamScores.map((score) => ({ score, spam: false }))];
  all.sort((a, b) => b.score - a.score);
  const points = [{ fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY }];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < all.length; ) {
    const threshold = all[i]?.score ?? 0;
    while (i < all.length && all[i]?.score === threshold) {
      if (all[i]?.spam) tp++;
      else fp++;
      i++;
    }
    points.push({ fpr: hamScores.length ? fp / hamScores.length : 0, tpr: spamScores.length ? tp / spamScores.length : 0, threshold });
  }
  return points;
}

/**
 * The operating point a site cares about: the share of spam scoring at or above the lowest
 * threshold at which at most `maxHamBlocked` of the ham does. A threshold never splits tied
 * scores, so a score shared by spam and ham counts for both or neither. NaN when a class is missing.
 */
export function spamCaughtAt(spamScores: readonly number[], hamScores: readonly number[], maxHamBlocked: number): number {
  if (spamScores.length === 0 || hamScores.length === 0) return Number.NaN;
  const allowed = Math.floor(maxHamBlocked * hamScores.length + 1e-9);
  const ham = Float64Array.from(hamScores).sort();
  // Lowest threshold t with #{ham ≥ t} ≤ allowed: just above the (allowed+1)-th highest ham score.
  const limit = hamScores.length - 1 - allowed;
  if (limit < 0) return 1;
  const highestKeptHam = ham[limit] as number;
  let caught = 0;
  for (const s of spamScores) if (s > highestKeptHam) caught++;
  return caught / spamScores.length;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** All metrics from a confusion table and the scores of each class. */
export function computeMetrics(confusion: Confusion, spamScores: readonly number[], hamScores: readonly number[]): Metrics {
  const tp = confusion.spam.spam;
  const fn = confusion.spam.moderate + confusion.spam.ham;
  const fp = confusion.ham.spam;
  const tn = confusion.ham.moderate + confusion.ham.ham;
  const n = tp + fn + fp + tn;
  let tpHalf = 0;
  for (const s of spamScores) if (s >= 0.5) tpHalf++;
  let fpHalf = 0;
  for (const s of hamScores) if (s >= 0.5) fpHalf++;
  const precision = ratio(tp, tp + fp);
  return {
    n,
    accuracy: ratio(tp + tn, n),
    spamRecall: ratio(tp, tp + fn),
    hamBlocked: ratio(fp, fp + tn),
    moderateShare: ratio(confusion.spam.moderate + confusion.ham.moderate, n),
    spamMissed: ratio(confusion.spam.ham, tp + fn),
    precision,
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    mcc: matthews(tp, fp, tn, fn),
    mccAtHalf: matthews(tpHalf, fpHalf, hamScores.length - fpHalf, spamScores.length - tpHalf),
    auc: rocAuc(spamScores, hamScores),
    hamHeld: ratio(confusion.ham.moderate, fp + tn),
    spamAtHalfPercent: spamCaughtAt(spamScores, hamScores, 0.005),
    spamAtOnePercent: spamCaughtAt(spamScores, hamScores, 0.01),
  };
}

/** Adds one tested comment to a confusion table. */
export function countDecision(confusion: Confusion, label: Label, decision: Decision): void {
  confusion[label][decision]++;
}
