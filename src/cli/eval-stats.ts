// Numbers shared by the eval table and the HTML report: per-rule hit rates in the shape of
// SpamAssassin's STATISTICS files, and the formatting both use.
import type { Rule, Thresholds } from '../index.js';
import type { EvaluationResult } from '../evaluate/index.js';

export interface RuleStat {
  id: string;
  group: string;
  /** The rule's points, or null for reasons that are not rules (BAYES). */
  score: number | null;
  description: string;
  spamHits: number;
  hamHits: number;
  /** Share of the spam (ham) test comments the rule hit. */
  spamShare: number;
  hamShare: number;
  /** SpamAssassin's S/O: spamShare / (spamShare + hamShare); 1 = hits only spam, 0 = only ham. */
  so: number;
}

type RuleInfo = Pick<Rule, 'id' | 'group' | 'score' | 'description'>;

export function ruleStats(result: EvaluationResult, rules: readonly RuleInfo[]): RuleStat[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const c = result.confusion;
  const spamTotal = c.spam.ham + c.spam.moderate + c.spam.spam;
  const hamTotal = c.ham.ham + c.ham.moderate + c.ham.spam;
  return result.reasonHits.map((hit) => {
    const rule = byId.get(hit.id);
    const spamShare = spamTotal === 0 ? 0 : hit.spam / spamTotal;
    const hamShare = hamTotal === 0 ? 0 : hit.ham / hamTotal;
    return {
      id: hit.id,
      group: rule?.group ?? (hit.id === 'BAYES' ? 'bayes' : ''),
      score: rule ? rule.score : null,
      description: rule?.description ?? (hit.id === 'BAYES' ? 'the naive Bayes classifier (a reason on every verdict once trained)' : ''),
      spamHits: hit.spam,
      hamHits: hit.ham,
      spamShare,
      hamShare,
      so: spamShare + hamShare === 0 ? 0 : spamShare / (spamShare + hamShare),
    };
  });
}

/** Catalog rules that never fired on the test comments: candidates for review. */
export function silentRules(result: EvaluationResult, rules: readonly RuleInfo[]): RuleInfo[] {
  const seen = new Set(result.reasonHits.map((h) => h.id));
  return rules.filter((r) => !seen.has(r.id));
}

export function percent(x: number, digits = 1): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(digits)} %` : 'n/a';
}

export function decimal(x: number, digits = 3): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

export function count(x: number): string {
  return Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a';
}

export interface MetricRow {
  name: string;
  value: string;
  /** Range over the folds, when there were several. */
  spread: string;
  note: string;
}

/** The metrics table rows, in the order the Bayes issue defines them. */
export function metricRows(result: EvaluationResult): MetricRow[] {
  const m = result.metrics;
  const range = (pick: (x: EvaluationResult['metrics']) => number, format: (x: number) => string): string => {
    if (result.perRun.length < 2) return '';
    const values = result.perRun.map(pick).filter(Number.isFinite);
    return values.length === 0 ? '' : `${format(Math.min(...values))} – ${format(Math.max(...values))}`;
  };
  return [
    { name: 'accuracy', value: percent(m.accuracy), spread: range((x) => x.accuracy, percent), note: "'moderate' counts as not spam" },
    { name: 'spam recall', value: percent(m.spamRecall), spread: range((x) => x.spamRecall, percent), note: "spam decided 'spam'" },
    { name: 'ham blocked', value: percent(m.hamBlocked, 2), spread: range((x) => x.hamBlocked, (v) => percent(v, 2)), note: "ham decided 'spam': comments a site loses" },
    { name: 'ham held', value: percent(m.hamHeld, 2), spread: range((x) => x.hamHeld, (v) => percent(v, 2)), note: "ham decided 'moderate': the moderation queue" },
    { name: 'spam missed', value: percent(m.spamMissed), spread: range((x) => x.spamMissed, percent), note: "spam decided 'ham': not even moderated" },
    { name: 'sent to moderate', value: percent(m.moderateShare), spread: range((x) => x.moderateShare, percent), note: 'a person has to look' },
    { name: 'precision', value: decimal(m.precision), spread: range((x) => x.precision, decimal), note: '' },
    { name: 'F1', value: decimal(m.f1), spread: range((x) => x.f1, decimal), note: '' },
    { name: 'MCC', value: decimal(m.mcc), spread: range((x) => x.mcc, decimal), note: "positive = decided 'spam'" },
    { name: 'MCC (score ≥ 0.5)', value: decimal(m.mccAtHalf), spread: range((x) => x.mccAtHalf, decimal), note: 'spam or moderate vs ham' },
    { name: 'ROC AUC', value: decimal(m.auc, 4), spread: range((x) => x.auc, (v) => decimal(v, 4)), note: 'of the score' },
    { name: 'spam at ≤0.5 % ham', value: percent(m.spamAtHalfPercent), spread: '', note: 'spam caught, threshold moved so ≤ 0.5 % of ham is blocked' },
    { name: 'spam at ≤1 % ham', value: percent(m.spamAtOnePercent), spread: '', note: 'the same at ≤ 1 % of ham blocked' },
    { name: 'training', value: `${count(result.trainPerSecond)} comments/s`, spread: '', note: 'learn(), whole pipeline' },
    { name: 'checking', value: `${count(result.checkPerSecond)} comments/s`, spread: '', note: 'check(), whole pipeline' },
  ];
}

export function describeSplit(result: EvaluationResult, trainShare: number): string {
  return result.split === 'chrono'
    ? `chronological split: the earlier ${Math.round(trainShare * 100)} % of each subset trains, the rest tests`
    : `${result.runs}-fold stratified cross-validation, seed ${result.seed}`;
}

/** What happened to each class at the thresholds the run used, as a site owner counts it. */
export interface ClassOutcome {
  total: number;
  /** Decided ham: published. */
  passed: number;
  /** Decided moderate: a person looks. */
  held: number;
  /** Decided spam, discard included. */
  blocked: number;
  /** Decided spam with a score at or above the discard threshold: deleted unseen where auto-delete is on. */
  discarded: number;
}

export function classOutcomes(result: EvaluationResult, thresholds: Thresholds): { spam: ClassOutcome; ham: ClassOutcome } {
  const empty = (): ClassOutcome => ({ total: 0, passed: 0, held: 0, blocked: 0, discarded: 0 });
  const out = { spam: empty(), ham: empty() };
  for (const p of result.predictions) {
    const o = out[p.label];
    o.total++;
    if (p.decision === 'ham') o.passed++;
    else if (p.decision === 'moderate') o.held++;
    else {
      o.blocked++;
      if (p.score >= thresholds.discard) o.discarded++;
    }
  }
  return out;
}

/** The thresholds the operating-point table shows, besides the run's own. */
export const OPERATING_THRESHOLDS: readonly number[] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999];

export interface OperatingPoint {
  threshold: number;
  /** Spam scoring at or above the threshold: blocked if it were the spam threshold. */
  spamCaught: number;
  /** Spam and ham between the run's moderate threshold and this one: the moderation queue if this were the spam threshold (null when it is not above moderate). */
  spamHeld: number | null;
  hamHeld: number | null;
  /** Ham scoring at or above the threshold: blocked if it were the spam threshold, deleted unseen if it were the discard threshold. */
  hamAtOrAbove: number;
  /** Which of the run's thresholds this is. */
  current: (keyof Thresholds)[];
}

function sortedAscending(scores: readonly number[]): Float64Array {
  return Float64Array.from(scores).sort();
}

/** Scores at or above t in an ascending array (binary search: corpora can have a million scores). */
function atOrAbove(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

/** Counts at each threshold of OPERATING_THRESHOLDS and of the run's thresholds, ascending. */
export function operatingPoints(spamScores: readonly number[], hamScores: readonly number[], thresholds: Thresholds): OperatingPoint[] {
  const spam = sortedAscending(spamScores);
  const ham = sortedAscending(hamScores);
  const keys: (keyof Thresholds)[] = ['moderate', 'spam', 'discard'];
  const all = [...new Set([...OPERATING_THRESHOLDS, ...keys.map((k) => thresholds[k])])].sort((a, b) => a - b);
  const spamAtModerate = atOrAbove(spam, thresholds.moderate);
  const hamAtModerate = atOrAbove(ham, thresholds.moderate);
  return all.map((t) => {
    const spamCaught = atOrAbove(spam, t);
    const hamAtOrAbove = atOrAbove(ham, t);
    const above = t > thresholds.moderate;
    return {
      threshold: t,
      spamCaught,
      spamHeld: above ? spamAtModerate - spamCaught : null,
      hamHeld: above ? hamAtModerate - hamAtOrAbove : null,
      hamAtOrAbove,
      current: keys.filter((k) => thresholds[k] === t),
    };
  });
}

/** "8 of 951 (0.84 %)": counts first, since a site owner thinks in comments. */
export function countOf(part: number, total: number, digits = 1): string {
  return `${count(part)} of ${count(total)} (${percent(total === 0 ? 0 : part / total, digits)})`;
}
