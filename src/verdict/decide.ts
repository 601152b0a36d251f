import type { BayesResult, BayesToken, Decision, Reason, RuleHit, Thresholds, Verdict } from '../types.js';
import { RULE_SLOPE, bayesLogOdds, combineScore, combineTrainedScore } from './score.js';

export interface DecideOptions {
  thresholds: Thresholds;
  bayesWeight: number;
}

const BAYES_EVIDENCE_TOKENS = 6;

function formatToken(t: BayesToken): string {
  const sign = t.weight >= 0 ? '+' : '−';
  return `${t.token} (${sign}${Math.abs(t.weight).toFixed(2)})`;
}

function bayesReason(bayes: BayesResult, odds: number): Reason {
  const pct = (bayes.probability * 100).toFixed(1);
  return {
    id: 'BAYES',
    group: 'bayes',
    // Expressed in rule points so a moderator can compare it with the rules' contributions.
    points: Math.round((odds / RULE_SLOPE) * 100) / 100,
    description: `Naive Bayes trained on this site's moderated comments gives ${pct}% spam`,
    evidence: [
      ...bayes.spamTokens.slice(0, BAYES_EVIDENCE_TOKENS).map((t) => `spam: ${formatToken(t)}`),
      ...bayes.hamTokens.slice(0, BAYES_EVIDENCE_TOKENS).map((t) => `ham: ${formatToken(t)}`),
    ],
  };
}

function toDecision(score: number, t: Thresholds): Decision {
  if (score >= t.spam) return 'spam';
  if (score >= t.moderate) return 'moderate';
  return 'ham';
}

/**
 * Scores are rounded to 12 decimals before they are compared or returned. The sigmoid of a sum of
 * points lands a few ulps off the value its arithmetic is exactly worth (5 points untrained is
 * 0.9 in exact arithmetic and 0.8999999999999999 in floating point), and a threshold written with
 * up to 12 decimals must mean what it says: exactly 5 points is spam at the default 0.9.
 */
function roundScore(score: number): number {
  return Math.round(score * 1e12) / 1e12;
}

/** Combines rule hits and the Bayes result into the verdict a moderator reads. */
export function decide(hits: readonly RuleHit[], bayes: BayesResult | null, skipped: string[], options: DecideOptions): Verdict {
  let points = 0;
  for (const hit of hits) points += hit.points;
  const odds = bayes ? bayesLogOdds(bayes, options.bayesWeight) : 0;
  const score = roundScore(bayes ? combineTrainedScore(points, odds) : combineScore(points, odds));
  const reasons: Reason[] = hits.map((h) => ({ id: h.id, group: h.group, points: h.points, description: h.description, evidence: h.evidence }));
  if (bayes) reasons.push(bayesReason(bayes, odds));
  reasons.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
  const decision = toDecision(score, options.thresholds);
  return { decision, score, discard: decision === 'spam' && score >= options.thresholds.discard, reasons, skipped };
}
