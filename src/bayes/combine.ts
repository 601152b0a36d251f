// Two ways to turn per-token counts into one spam score, both measured in bench/ (see the
// README): multinomial naive Bayes over distinct tokens (a sum of log-likelihood ratios), and
// Robinson's per-token probabilities combined with Fisher's chi-square test (SpamBayes,
// bogofilter). Both return raw evidence in log-odds units that calibration maps to a probability.
import type { BayesToken } from '../types.js';
import type { BayesStore } from './store.js';

export interface CombineConfig {
  method: 'multinomial' | 'robinson';
  /** Additive smoothing of the multinomial counts. */
  alpha: number;
  /** Add the log of the learned spam/ham ratio (the class prior). */
  prior: boolean;
  /** Robinson: strength of the 0.5 prior on a token's probability (SpamBayes 0.45). */
  strength: number;
  /** Robinson: ignore tokens whose probability is within this of 0.5 (SpamBayes 0.1). */
  minDeviation: number;
  /** Robinson: use at most this many strongest tokens (SpamBayes 150). */
  maxTokens: number;
  /** Tokens kept for the explanation, per side. */
  explain: number;
}

export interface Evidence {
  /** Raw log-odds toward spam (before calibration). */
  raw: number;
  /** Distinct known tokens that took part. */
  used: number;
  spamTokens: BayesToken[];
  hamTokens: BayesToken[];
}

/** Keeps the `k` entries with the largest |weight| in a small sorted array (k is about 8). */
function keepStrongest(list: BayesToken[], token: string, weight: number, k: number): void {
  const strength = Math.abs(weight);
  if (list.length === k && Math.abs((list[k - 1] as BayesToken).weight) >= strength) return;
  let i = list.length < k ? list.length : k - 1;
  while (i > 0 && Math.abs((list[i - 1] as BayesToken).weight) < strength) i--;
  list.splice(i, 0, { token, weight });
  if (list.length > k) list.pop();
}

/** Upper tail of the chi-square distribution with an even number of degrees of freedom. */
export function chi2Q(x2: number, degrees: number): number {
  const m = x2 / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < degrees / 2; i++) {
    term *= m / i;
    sum += term;
  }
  return Math.min(sum, 1);
}

export function multinomialEvidence(store: BayesStore, tokens: readonly string[], config: CombineConfig): Evidence {
  const totals = store.totals();
  const a = config.alpha;
  const logDenominator = Math.log(totals.hamTokens + a * totals.vocabulary) - Math.log(totals.spamTokens + a * totals.vocabulary);
  let raw = config.prior ? Math.log(totals.spamDocs / totals.hamDocs) : 0;
  let used = 0;
  const spamTokens: BayesToken[] = [];
  const hamTokens: BayesToken[] = [];
  const k = config.explain;
  store.visit(tokens, (token, spam, ham) => {
    const weight = Math.log((spam + a) / (ham + a)) + logDenominator;
    raw += weight;
    used++;
    if (weight > 0) keepStrongest(spamTokens, token, weight, k);
    else if (weight < 0) keepStrongest(hamTokens, token, weight, k);
  });
  return { raw, used, spamTokens, hamTokens };
}

export function robinsonEvidence(store: BayesStore, tokens: readonly string[], config: CombineConfig): Evidence {
  const totals = store.totals();
  const s = config.strength;
  const probabilities: number[] = [];
  const names: string[] = [];
  store.visit(tokens, (token, spam, ham) => {
    const ps = spam / totals.spamDocs;
    const ph = ham / totals.hamDocs;
    const n = spam + ham;
    const f = (s * 0.5 + n * (ps / (ps + ph))) / (s + n);
    if (Math.abs(f - 0.5) < config.minDeviation) return;
    probabilities.push(f);
    names.push(token);
  });
  let order = probabilities.map((_, i) => i);
  if (order.length > config.maxTokens) {
    order.sort((i, j) => Math.abs((probabilities[j] as number) - 0.5) - Math.abs((probabilities[i] as number) - 0.5));
    order = order.slice(0, config.maxTokens);
  }
  let sumLogF = 0;
  let sumLog1F = 0;
  const spamTokens: BayesToken[] = [];
  const hamTokens: BayesToken[] = [];
  for (const i of order) {
    const f = probabilities[i] as number;
    sumLogF += Math.log(f);
    sumLog1F += Math.log(1 - f);
    const weight = Math.log(f / (1 - f));
    if (weight > 0) keepStrongest(spamTokens, names[i] as string, weight, config.explain);
    else keepStrongest(hamTokens, names[i] as string, weight, config.explain);
  }
  const n = order.length;
  if (n === 0) return { raw: 0, used: 0, spamTokens, hamTokens };
  // SpamBayes: H and S are the chi-square tails of the ham-ward and spam-ward evidence.
  const spamward = 1 - chi2Q(-2 * sumLog1F, 2 * n);
  const hamward = 1 - chi2Q(-2 * sumLogF, 2 * n);
  const indicator = (spamward - hamward + 1) / 2;
  const clipped = Math.min(Math.max(indicator, 1e-9), 1 - 1e-9);
  return { raw: Math.log(clipped / (1 - clipped)), used: n, spamTokens, hamTokens };
}
