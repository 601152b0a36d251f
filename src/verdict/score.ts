// Rule points and the Bayes probability meet in log-odds space, so each can move the other:
// SpamAssassin-style points keep their meaning (≈3 points: unsure, ≈5 points: spam) and a
// confident classifier can still outvote a single weak rule.
import type { BayesResult } from '../types.js';

/** Points at which an untrained moderator is exactly unsure (score 0.5). */
export const RULE_CENTER = 3;
/** Log-odds per rule point: 2 points above the center give 0.9 (ln 9 / 2). */
export const RULE_SLOPE = Math.log(9) / 2;
/** Bayes log-odds are clamped so one extreme classifier output cannot erase every rule. */
const BAYES_CLAMP = 12;

export function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  return Math.log(q / (1 - q));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Log-odds that the Bayes result adds, after weighting and clamping. */
export function bayesLogOdds(bayes: BayesResult, weight: number): number {
  const l = logit(bayes.probability);
  return weight * Math.min(Math.max(l, -BAYES_CLAMP), BAYES_CLAMP);
}

/** Spam probability from total rule points and the (optional) Bayes log-odds. */
export function combineScore(points: number, bayesOdds: number): number {
  return sigmoid(RULE_SLOPE * (points - RULE_CENTER) + bayesOdds);
}
