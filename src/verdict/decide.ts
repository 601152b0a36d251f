import type { BayesResult, BayesToken, Decision, Reason, RuleHit, Thresholds, Verdict } from '../types.js';
import { RULE_CENTER, RULE_SLOPE, bayesLogOdds, combineTrainedScore, logit, sigmoid, trainedLogOdds } from './score.js';
import { LazyReason } from './lazy-reason.js';
import { oneDecimal, twoDecimals } from './fixed.js';
import type { ExplainedTokenText } from './token-text.js';

export interface DecideOptions {
  thresholds: Thresholds;
  bayesWeight: number;
  /** False: the BAYES reason carries no evidence strings (bulk scoring). Default true. */
  explain?: boolean;
  /**
   * How far (in the verdict's log-odds) the spam cut sits above the spam threshold on this site:
   * spamCutShift of the site's ham tail, worked out once per fitted calibration. Absent or 0:
   * the fixed thresholds.
   */
  spamShift?: number;
}

const BAYES_EVIDENCE_TOKENS = 6;

/**
 * Appends the strongest tokens of one side as a reader sees them (tokens the reader does not
 * need, such as stop words, left out): `spam: "cheap" (+1.23)`. Runs when a verdict's BAYES
 * evidence is first read (JSON.stringify reads it), once per explained token: indexed loops and
 * one template per line, into the one list both sides fill.
 */
function sideEvidence(out: string[], prefix: 'spam: ' | 'ham: ', tokens: readonly BayesToken[], tokenText: ExplainedTokenText | undefined): void {
  let shown = 0;
  for (let i = 0; i < tokens.length && shown < BAYES_EVIDENCE_TOKENS; i++) {
    const t = tokens[i] as BayesToken;
    const text = tokenText ? tokenText(t) : t.token;
    if (text === null) continue;
    out.push(`${prefix}${text} (${t.weight >= 0 ? '+' : '−'}${twoDecimals(Math.abs(t.weight))})`);
    shown++;
  }
}

/** The BAYES reason's evidence: the spam side's tokens, then the ham side's. */
function bayesEvidence(bayes: BayesResult, tokenText: ExplainedTokenText | undefined): string[] {
  const out: string[] = [];
  sideEvidence(out, 'spam: ', bayes.spamTokens, tokenText);
  sideEvidence(out, 'ham: ', bayes.hamTokens, tokenText);
  return out;
}

function bayesReason(bayes: BayesResult, odds: number, tokenText: ExplainedTokenText | undefined, explain: boolean): Reason {
  const description = `Naive Bayes trained on this site's moderated comments gives ${oneDecimal(bayes.probability * 100)}% spam`;
  // Expressed in rule points so a moderator can compare it with the rules' contributions.
  const points = Math.round((odds / RULE_SLOPE) * 100) / 100;
  // Without explanations (bulk scoring) the evidence is empty: a plain reason, nothing deferred.
  if (!explain) return { id: 'BAYES', group: 'bayes', points, description, evidence: [] };
  // Evidence strings are built when read (lazy-reason.ts); the reason's data and JSON are the same.
  return new LazyReason('BAYES', 'bayes', points, description, () => bayesEvidence(bayes, tokenText));
}

/** Strongest first (by size of points), ties by id. */
function byStrength(a: Reason, b: Reason): number {
  return Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id);
}

/** Reasons up to this many are sorted by insertion below; more by the engine's sort. */
const INSERTION_SORT_MAX = 8;

/**
 * Sorts the reasons by byStrength, stably. A verdict has a few reasons (a youtube comment one to
 * three), and for those the engine's `sort` call (it copies the array out and back) costs more
 * than the comparisons: an insertion sort does them in place. Both sorts are stable and the
 * comparator is a consistent order (a size, then a collation; points are finite: rule scores and
 * options are refused otherwise), so the order is the same.
 */
function sortReasons(reasons: Reason[]): void {
  if (reasons.length > INSERTION_SORT_MAX) {
    reasons.sort(byStrength);
    return;
  }
  for (let i = 1; i < reasons.length; i++) {
    const r = reasons[i] as Reason;
    let j = i - 1;
    while (j >= 0 && byStrength(reasons[j] as Reason, r) > 0) {
      reasons[j + 1] = reasons[j] as Reason;
      j--;
    }
    reasons[j + 1] = r;
  }
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

/**
 * How far (in the verdict's log-odds) the spam cut moves up on this site. The classifier alone
 * gives the site's ham tail (Calibration.hamTail: the scores its top shares of learned ham reach
 * out of sample) a trained score; when the budget's tail is over the spam threshold, the fixed cut
 * would block more of this site's ham than the budget, and the cut moves to the placed tail's
 * score (issue 9 §5: a fixed probability cannot hold a ham-blocked rate on sites whose scores
 * differ). 0 when the budget's tail is below the cut, absent, or there is no moderation band to
 * hold the comments in.
 */
export function spamCutShift(options: DecideOptions, hamTail: { budget: number; placed: number } | undefined): number {
  const t = options.thresholds;
  if (hamTail === undefined || !(t.spam > t.moderate)) return 0;
  const cut = logit(t.spam);
  const alone = (p: number): number => trainedLogOdds(0, bayesLogOdds({ probability: p, spamTokens: [], hamTokens: [] }, options.bayesWeight));
  if (!(alone(hamTail.budget) > cut)) return 0;
  return Math.max(0, alone(hamTail.placed) - cut);
}

/**
 * The trained score with the spam cut moved up by `shift` log-odds and the moderation band
 * stretched to meet it: below the moderate threshold nothing changes, the band [moderate, spam +
 * shift) maps linearly onto [moderate, spam), and above it scores move down by `shift`. Monotone,
 * so the ranking is the classifier's and the rules' own; comments the move keeps from being
 * blocked are held for moderation, not published.
 */
function placeSpamCut(z: number, shift: number, t: DecideOptions['thresholds']): number {
  if (shift === 0) return sigmoid(z);
  const zm = logit(t.moderate);
  const zs = logit(t.spam);
  if (z <= zm) return sigmoid(z);
  if (z >= zs + shift) return sigmoid(z - shift);
  return sigmoid(zm + ((z - zm) * (zs - zm)) / (zs + shift - zm));
}

/** The trained score of `points` and the classifier's log-odds on this site (the spam cut placed). */
function trainedScore(points: number, odds: number, shift: number, t: DecideOptions['thresholds']): number {
  return shift === 0 ? combineTrainedScore(points, odds) : placeSpamCut(trainedLogOdds(points, odds), shift, t);
}

/** The score of the comment as it would read undisguised: no obfuscation points, no disguise tokens. */
function undisguisedScore(points: number, bayes: BayesResult | null, options: DecideOptions, shift: number): number {
  if (!bayes) return untrainedScore(points);
  const probability = bayes.undisguisedProbability ?? bayes.probability;
  return trainedScore(points, bayesLogOdds({ ...bayes, probability }, options.bayesWeight), shift, options.thresholds);
}

/**
 * Combines rule hits and the Bayes result into the verdict a moderator reads. `starter` (the
 * starter model's reason, src/verdict/starter.ts) counts as rule points: it is already damped,
 * capped and faded, so it adds on the rules' scale whether or not the site's classifier is ready;
 * it can hold a comment, never make it spam. `vocabulary`, asked only when an untrained verdict
 * would be spam: vocabularyHold's VOCABULARY_HOLDS reason when the comment's only evidence is a
 * trade's words in one place; then the comment is held, never blocked, and the reason says why.
 */
export function decide(
  hits: readonly RuleHit[],
  bayes: BayesResult | null,
  skipped: string[],
  options: DecideOptions,
  tokenText?: ExplainedTokenText,
  starter?: Reason,
  vocabulary?: () => Reason | undefined,
): Verdict {
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
  const t = options.thresholds;
  const shift = bayes ? (options.spamShift ?? 0) : 0;
  let score = bayes ? trainedScore(points, odds, shift, t) : untrainedScore(points);
  // A disguise holds a comment, it never blocks one by itself: when only the obfuscation points
  // or the classifier's disguise tokens (undisguisedProbability) carry a comment over the spam
  // threshold, it stops just below it (moderate). Spam that is spam
  // undisguised keeps its verdict (what the normalizer undid reads as the plain text), and a reader's
  // borderline comment with a stray invisible or look-alike character is held, not blocked.
  const disguised = disguise > 0 || bayes?.undisguisedProbability !== undefined;
  if (disguised && score >= t.spam && t.spam > t.moderate && undisguisedScore(points - disguise, bayes, options, shift) < t.spam) {
    score = Math.max(t.moderate, t.spam - DISGUISE_MARGIN);
  }
  // The starter holds, it never blocks (src/verdict/starter.ts): a comment that would not be spam
  // without its points (by the same two tests as above) stops just below the spam threshold.
  if (starter && starter.points > 0 && score >= t.spam && t.spam > t.moderate) {
    const spamWithout =
      (bayes ? trainedScore(withoutStarter, odds, shift, t) : untrainedScore(withoutStarter)) >= t.spam && !(disguised && undisguisedScore(withoutStarter - disguise, bayes, options, shift) < t.spam);
    if (!spamWithout) score = Math.max(t.moderate, t.spam - DISGUISE_MARGIN);
  }
  // Vocabulary holds, it never blocks by itself (vocabulary-holds.ts): untrained, a comment whose
  // only evidence is a trade's words in one place, with no link or e-mail in its text to reach
  // anyone, stops just below the spam threshold, and the reason says why it was held.
  const vocabularyHeld = vocabulary !== undefined && !bayes && score >= t.spam && t.spam > t.moderate ? vocabulary() : undefined;
  if (vocabularyHeld) score = Math.max(t.moderate, t.spam - DISGUISE_MARGIN);
  const reasons: Reason[] = hits.map((h) => ({ id: h.id, group: h.group, points: h.points, description: h.description, evidence: h.evidence }));
  if (bayes) reasons.push(bayesReason(bayes, odds, tokenText, options.explain !== false));
  if (starter) reasons.push(starter);
  if (vocabularyHeld) reasons.push(vocabularyHeld);
  sortReasons(reasons);
  const decision = toDecision(score, options.thresholds);
  return { decision, score, discard: decision === 'spam' && score >= options.thresholds.discard, reasons, skipped };
}
