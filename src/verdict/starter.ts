// How much the starter model may say. The starter was trained on other sites' comments (public
// corpora), so its word is weaker than the site's own, and every constant here was picked
// leave-one-corpus-out (bench/starter-loco.mjs, docs/starter-model.md):
//  - shifted: its calibration is fitted on its own corpora (a quarter spam, in-domain), and on a
//    corpus it has not seen its log-odds come out low for spam and ham alike, so STARTER_BIAS is
//    added before anything else;
//  - damped and one-sided: converted to rule points at STARTER_POINTS_PER_LOGIT, never below 0
//    (out of domain its ham side is unreliable: letting it subtract up to 1 point cost 10-40
//    points of held-out spam flagged) and never above STARTER_MAX_POINTS, which alone reaches
//    exactly the moderate threshold (3 points = 0.5) and never spam (5 points): a comment is
//    decided spam only when rules or the site's own classifier add at least 2 more points;
//  - never alone: with no rule hit it gives at most STARTER_ALONE_MAX_POINTS, just under the
//    moderate threshold: out of domain a generic comment ("Great post, thanks for sharing!", a
//    line of code) can read like another corpus's spam, and the starter alone held five of the
//    project's ham fixtures (session 4, picked leave-one-corpus-out with the other constants;
//    were STARTER_MAX_POINTS under it, the lower cap would apply);
//  - session 5 (docs/cold-start-session5.md): 1 point per logit and bias +4 (were 1.5 and +3),
//    with a 4,000-token starter, picked by bench/starter-grid.mjs --alone on all four corpora
//    after the weak contact and offer rules;
//  - session 6 (docs/cold-start-session6.md): 0.35 points per logit, bias +6, a 16,000-token
//    starter, silent on a comment it knows no token of (STARTER_MIN_KNOWN), picked by
//    bench/starter-grid.mjs --alone on all four corpora with the rule that it never blocks and
//    with held ham bounded (fixtures, everyday sentences, ≤ 3 % of each corpus's ham);
//  - session 10 (docs/cold-start-session10.md): bias +5.5 (was +6), the same grid's pick on all
//    four corpora once session 10's rules give more of their spam points of their own; held out,
//    constants picked on the other three flag 52.5 / 56.4 / 50.4 / 56.7 % (instagram-scam / sms /
//    telegram-ru / youtube);
//  - fading: multiplied by STARTER_FADE / (STARTER_FADE + n), n = comments the site has learned
//    (spam + ham). 1 with nothing learned, 1/2 at 50, 1/5 at 200, 1/21 at 1,000: the site's own
//    counts outweigh it as they grow. A function of the learned counts only, so deterministic;
//  - retired: from STARTER_RETIRED_AFTER learned comments on it is not consulted at all (at most
//    0.14 points there, beside a classifier fitted on a thousand of the site's own comments), so
//    a trained moderator pays nothing for it;
//  - session 6 (docs/cold-start-session6.md): it holds, it never blocks. Its points may lift a
//    comment to moderate, but the verdict is spam only when it is spam without them
//    (src/verdict/decide.ts), so ham decided spam is the rules' and the site classifier's alone.
import type { BayesResult, Reason } from '../types.js';
import type { ExplainedTokenText } from './token-text.js';
import { LazyReason } from './lazy-reason.js';
import { oneDecimal, twoDecimals } from './fixed.js';
import { logit } from './score.js';

export const STARTER_POINTS_PER_LOGIT = 0.35;
export const STARTER_BIAS = 5.5;
export const STARTER_MAX_POINTS = 3;
/** The most it gives a comment no rule hit: below the moderate threshold (3), so alone it never holds. */
export const STARTER_ALONE_MAX_POINTS = 2.9;
export const STARTER_FADE = 50;
/** Calibrated log-odds beyond this are taken as this: a starter sure of itself is still a starter. */
const STARTER_CLAMP = 12;

/**
 * A starter that knows fewer of a comment's tokens than this says nothing about it: its
 * probability there is its prior plus the bias, the same for every such comment (a comment in a
 * language its corpora lack), which would only add a constant to whatever the rules found.
 */
export const STARTER_MIN_KNOWN = 1;

/** From this many learned comments on, the starter is not consulted (its points would be ≤ 0.14). */
export const STARTER_RETIRED_AFTER = 1000;

/** Whether the starter still has a word once the site has learned `learned` comments. */
export function starterActive(learned: number): boolean {
  return learned < STARTER_RETIRED_AFTER;
}

/** The starter's weight once the site has learned `learned` comments. */
export function starterFade(learned: number): number {
  return STARTER_FADE / (STARTER_FADE + Math.max(0, learned));
}

/**
 * Rule points the starter adds for a comment it scored `probability`, with `learned` site
 * comments; `rulesHit` is false when no rule gave the comment a point (then the starter alone
 * stays under the moderate threshold); `known` is how many of the comment's tokens it knows.
 */
export function starterPoints(probability: number, learned: number, rulesHit = true, known = Number.POSITIVE_INFINITY): number {
  if (known < STARTER_MIN_KNOWN) return 0;
  const l = Math.min(Math.max(logit(probability), -STARTER_CLAMP), STARTER_CLAMP);
  // With no rule hit the lower of the two caps applies (bench/starter-grid.mjs computes it so).
  const max = rulesHit ? STARTER_MAX_POINTS : Math.min(STARTER_MAX_POINTS, STARTER_ALONE_MAX_POINTS);
  const p = Math.min(Math.max((l + STARTER_BIAS) * STARTER_POINTS_PER_LOGIT, 0), max);
  return Math.round(p * starterFade(learned) * 100) / 100;
}

/** The starter's reason, in rule points, with its strongest words (`text` shows a token as the reader sees it, null to hide it). */
export function starterReason(bayes: BayesResult, learned: number, text: ExplainedTokenText, rulesHit = true): Reason {
  // The starter reports every token it knows (src/bayes/starter-table.ts), on one side or the other.
  const known = bayes.spamTokens.length + bayes.hamTokens.length;
  const points = starterPoints(bayes.probability, learned, rulesHit, known);
  // Built when read (lazy-reason.ts): on an untrained moderator this reason is on every verdict.
  const evidence = (): string[] => {
    const out: string[] = [];
    for (const [side, tokens] of [['spam', bayes.spamTokens], ['ham', bayes.hamTokens]] as const) {
      let n = 0;
      for (const t of tokens) {
        if (n === 4) break;
        const shown = text(t);
        if (shown === null) continue;
        out.push(`${side}: ${shown}`);
        n++;
      }
    }
    return out;
  };
  const fade = starterFade(learned);
  return new LazyReason(
    'BAYES_STARTER',
    'bayes',
    points,
      `Starter model (public comment corpora, not this site) gives ${oneDecimal(bayes.probability * 100)}% spam from ${known} known tokens; ` +
      `shifted, damped and capped to 0..${rulesHit ? STARTER_MAX_POINTS : Math.min(STARTER_MAX_POINTS, STARTER_ALONE_MAX_POINTS)} points${rulesHit ? '' : ' (no rule hit)'}, weight ${twoDecimals(fade)} after ${learned} comments learned here; ` +
      'it can hold a comment, never make it spam',
    evidence,
  );
}
