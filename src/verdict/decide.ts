import type { BayesResult, BayesToken, Decision, Reason, RuleHit, Thresholds, Verdict } from '../types.js';
import { RULE_CENTER, RULE_SLOPE, bayesLogOdds, combineTrainedScore } from './score.js';
import { LazyReason } from './lazy-reason.js';
import type { ExplainedTokenText } from './token-text.js';

export interface DecideOptions {
  thresholds: Thresholds;
  bayesWeight: number;
  /** False: the BAYES reason carries no evidence strings (bulk scoring). Default true. */
  explain?: boolean;
}

const BAYES_EVIDENCE_TOKENS = 6;

function formatToken(t: BayesToken, text: string): string {
  const sign = t.weight >= 0 ? '+' : '−';
  return `${text} (${sign}${Math.abs(t.weight).toFixed(2)})`;
}

/** The strongest tokens of one side as a reader sees them (tokens the reader does not need, such as stop words, left out). */
function sideEvidence(side: 'spam' | 'ham', tokens: readonly BayesToken[], tokenText: ExplainedTokenText | undefined): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (out.length === BAYES_EVIDENCE_TOKENS) break;
    const text = tokenText ? tokenText(t) : t.token;
    if (text !== null) out.push(`${side}: ${formatToken(t, text)}`);
  }
  return out;
}

function bayesReason(bayes: BayesResult, odds: number, tokenText: ExplainedTokenText | undefined, explain: boolean): Reason {
  const pct = (bayes.probability * 100).toFixed(1);
  // Evidence strings are built when read (lazy-reason.ts); the reason's data and JSON are the same.
  return new LazyReason(
    'BAYES',
    'bayes',
    // Expressed in rule points so a moderator can compare it with the rules' contributions.
    Math.round((odds / RULE_SLOPE) * 100) / 100,
    `Naive Bayes trained on this site's moderated comments gives ${pct}% spam`,
    explain ? () => [...sideEvidence('spam', bayes.spamTokens, tokenText), ...sideEvidence('ham', bayes.hamTokens, tokenText)] : () => [],
  );
}

function toDecision(score: number, t: Thresholds): Decision {
  if (score >= t.spam) return 'spam';
  if (score >= t.moderate) return 'moderate';
  return 'ham';
}

/**
 * Obfuscation rules whose hit says what the comment is selling, not only that it was disguised:
 * a spam word written to slip past filters, text hidden from readers for search engines. They
 * keep their full weight (they can block).
 */
const CONTENT_DISGUISES: ReadonlySet<string> = new Set(['OBFUSCATION_SPAM_WORD', 'OBFUSCATION_HIDDEN_TEXT']);

/** How far below the spam threshold a comment carried there by its disguise (or the starter) alone stops. */
const DISGUISE_MARGIN = 1e-6;

/** e^RULE_SLOPE: the odds one rule point multiplies by (3, as RULE_SLOPE is ln 9 / 2). */
const ODDS_PER_POINT = Math.round(Math.exp(RULE_SLOPE) * 1e12) / 1e12;

/**
 * The untrained score sigmoid(RULE_SLOPE · (points − RULE_CENTER)), computed as odds so that it
 * is exact where thresholds sit: 3^(points − center) is an exact power for whole points, so 5
 * points is exactly 0.9 (spam at the default threshold), not the sigmoid's 0.8999999999999999,
 * and 3 points exactly 0.5. Each side uses the form whose division is exact there.
 */
function untrainedScore(points: number): number {
  const d = points - RULE_CENTER;
  return d >= 0 ? 1 - 1 / (1 + ODDS_PER_POINT ** d) : 1 / (1 + ODDS_PER_POINT ** -d);
}

/** The score of the comment as it would read undisguised: no obfuscation points, no disguise tokens. */
function undisguisedScore(points: number, bayes: BayesResult | null, options: DecideOptions): number {
  if (!bayes) return untrainedScore(points);
  const probability = bayes.undisguisedProbability ?? bayes.probability;
  return combineTrainedScore(points, bayesLogOdds({ ...bayes, probability }, options.bayesWeight));
}

/**
 * Combines rule hits and the Bayes result into the verdict a moderator reads. `starter` (the
 * starter model's reason, src/verdict/starter.ts) counts as rule points: it is already damped,
 * capped and faded, so it adds on the rules' scale whether or not the site's classifier is ready;
 * it can hold a comment, never make it spam.
 */
export function decide(hits: readonly RuleHit[], bayes: BayesResult | null, skipped: string[], options: DecideOptions, tokenText?: ExplainedTokenText, starter?: Reason): Verdict {
  let points = starter?.points ?? 0;
  // The same sum without the starter, added in the same order as a moderator without one adds it.
  let withoutStarter = 0;
  let disguise = 0;
  for (const hit of hits) {
    points += hit.points;
    withoutStarter += hit.points;
    if (hit.group === 'obfuscation' && !CONTENT_DISGUISES.has(hit.id)) disguise += hit.points;
  }
  const odds = bayes ? bayesLogOdds(bayes, options.bayesWeight) : 0;
  let score = bayes ? combineTrainedScore(points, odds) : untrainedScore(points);
  // A disguise holds a comment, it never blocks one by itself: when only the obfuscation points
  // or the classifier's disguise tokens (undisguisedProbability) carry a comment over the spam
  // threshold, it stops just below it (moderate). Spam that is spam
  // undisguised keeps its verdict (what the normalizer undid reads as the plain text), and a reader's
  // borderline comment with a stray invisible or look-alike character is held, not blocked.
  const t = options.thresholds;
  const disguised = disguise > 0 || bayes?.undisguisedProbability !== undefined;
  if (disguised && score >= t.spam && t.spam > t.moderate && undisguisedScore(points - disguise, bayes, options) < t.spam) {
    score = Math.max(t.moderate, t.spam - DISGUISE_MARGIN);
  }
  // The starter holds, it never blocks (src/verdict/starter.ts): a comment that would not be spam
  // without its points (by the same two tests as above) stops just below the spam threshold.
  if (starter && starter.points > 0 && score >= t.spam && t.spam > t.moderate) {
    const spamWithout =
      (bayes ? combineTrainedScore(withoutStarter, odds) : untrainedScore(withoutStarter)) >= t.spam && !(disguised && undisguisedScore(withoutStarter - disguise, bayes, options) < t.spam);
    if (!spamWithout) score = Math.max(t.moderate, t.spam - DISGUISE_MARGIN);
  }
  const reasons: Reason[] = hits.map((h) => ({ id: h.id, group: h.group, points: h.points, description: h.description, evidence: h.evidence }));
  if (bayes) reasons.push(bayesReason(bayes, odds, tokenText, options.explain !== false));
  if (starter) reasons.push(starter);
  reasons.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
  const decision = toDecision(score, options.thresholds);
  return { decision, score, discard: decision === 'spam' && score >= options.thresholds.discard, reasons, skipped };
}
