// Naive Bayes sums evidence as if tokens were independent, so its raw log-odds are far too
// confident, and by how much depends on the site (a forum's spam is not a video site's). Each
// classifier therefore calibrates itself on its own data: exact leave-one-out scores of a sample
// of its learned documents (cheap for counts: subtract the document, score it) are fitted with
// Platt scaling, pulled toward defaults measured on the benchmark corpora so that a small
// training set cannot produce a wild fit.

export interface Calibration {
  /** probability = sigmoid(slope · x + offset), x = raw / used^power. */
  slope: number;
  offset: number;
  /**
   * Where the site's own ham tail sits, as calibrated spam probabilities its learned ham reach
   * out of sample (the scores the calibration is fitted on): `budget` is the score its top
   * hamTailBudget share reach, `placed` its top hamTailAim · hamTailBudget. The verdict moves its spam cut only
   * when the classifier alone would block more than the budget (`budget` over the cut), and then
   * to `placed` (placeSpamCut in src/verdict/decide.ts). Absent when off, or when the learned set
   * has too little ham to say (hamTail).
   */
  hamTail?: { budget: number; placed: number };
}

export interface FitOptions {
  /** The defaults the fit is pulled toward. */
  prior: Calibration;
  /** Weight of the pull, in documents: with about this many documents the data and the prior weigh the same. */
  priorStrength: number;
  smoothTargets?: boolean;
}

/**
 * Platt scaling by Newton's method on the log-loss, with Platt's target smoothing (labels
 * become (n+1)/(n+2) and 1/(n+2), so separable data gives a finite slope) and a quadratic pull
 * toward the prior. Deterministic for the same inputs in the same order.
 */
export function fitCalibration(xs: readonly number[], spam: readonly boolean[], options: FitOptions): Calibration {
  const n = xs.length;
  let positives = 0;
  for (const s of spam) if (s) positives++;
  const smooth = options.smoothTargets !== false;
  const high = smooth ? (positives + 1) / (positives + 2) : 1;
  const low = smooth ? 1 / (n - positives + 2) : 0;
  const prior = options.prior;
  // The pull is a quadratic penalty with the curvature of `priorStrength` maximally unsure documents.
  const lambda = options.priorStrength * 0.25;

  /** Penalized log-loss; the fit only ever moves to a lower value. */
  function loss(a: number, b: number): number {
    let sum = 0.5 * lambda * ((a - prior.slope) ** 2 + (b - prior.offset) ** 2);
    for (let i = 0; i < n; i++) {
      const z = a * (xs[i] as number) + b;
      const t = spam[i] ? high : low;
      // log(1 + e^z) − t·z, computed without overflow.
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t * z;
    }
    return sum;
  }

  let a = prior.slope;
  let b = prior.offset;
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = lambda * (a - prior.slope);
    let gb = lambda * (b - prior.offset);
    let haa = lambda;
    let hab = 0;
    let hbb = lambda;
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const d = p - (spam[i] ? high : low);
      const w = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Damped Newton: halve the step until the loss does not rise (flat, nearly separable data
    // would otherwise overshoot).
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-6) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current) break;
    a -= step * da;
    b -= step * db;
    const moved = Math.abs(step * da) + Math.abs(step * db);
    current = next;
    if (moved < 1e-9) break;
  }
  return { slope: a, offset: b };
}

/**
 * Where the site's own ham tail sits: the calibrated probability of the ham score with a share
 * `share` of the sample's ham above it (the k-th highest, k = floor(share · ham)). The scores are
 * out of sample (exact leave-one-out, or cross-fitted halves for NB-LR), so this estimates what
 * share of the site's future ham a cut at that probability would pass over. `tail` says how
 * it is read (HamTailMode): 'order', the order statistic alone, undefined when the sample has
 * fewer than 1/share ham (a small site keeps the fixed thresholds); the others add an
 * exponential fit of the top ham (extrapolatedTail), which also speaks for a small site.
 * Undefined when share is 0. Ties and order do not matter: the scores are sorted, so the result is a function of the
 * sample's multiset (issue 9 §3).
 */
export function hamTail(calibration: Calibration, xs: readonly number[], spam: readonly boolean[], share: number, tail: HamTailMode = 'order'): number | undefined {
  if (!(share > 0)) return undefined;
  return hamTailOfSorted(sortedHamScores(calibration, xs, spam), share, tail);
}

/**
 * The calibrated ham scores of a sample, highest first: what hamTail reads. A caller that asks
 * hamTail several things of one calibration and sample (withTail in src/bayes/index.ts asks three)
 * sorts them once here and passes them to hamTailOfSorted.
 */
export function sortedHamScores(calibration: Calibration, xs: readonly number[], spam: readonly boolean[]): number[] {
  const ham: number[] = [];
  for (let i = 0; i < xs.length; i++) if (!spam[i]) ham.push(calibration.slope * (xs[i] as number) + calibration.offset);
  ham.sort((a, b) => b - a);
  return ham;
}

/** hamTail over sortedHamScores' list (read, not changed). */
export function hamTailOfSorted(ham: readonly number[], share: number, tail: HamTailMode = 'order'): number | undefined {
  if (!(share > 0)) return undefined;
  const k = Math.floor(share * ham.length);
  const order = k < 1 ? undefined : (ham[k] as number);
  // 'max-sample': the fit read no further out than the sample can say anything about (the share of
  // one ham past its highest, 1 / (n + 1)), however small the budget's share.
  // 'max-known' reads as 'max' here: the gate on the budget's order statistic is the caller's.
  const beyond = tail === 'order' ? undefined : extrapolatedTail(ham, tail === 'max-sample' ? Math.max(share, 1 / (ham.length + 1)) : share);
  const z = (tail === 'max' || tail === 'max-known' || tail === 'max-sample') && order !== undefined && beyond !== undefined ? Math.max(order, beyond) : order ?? beyond;
  return z === undefined ? undefined : 1 / (1 + Math.exp(-z));
}

/**
 * How hamTail reads the tail: 'order', the order statistic only (before session 9);
 * 'extrapolate', the exponential fit only where the sample is too small for the order
 * statistic; 'max', the larger of the two at every size (the default: an order statistic of a
 * few ham is a noisy, low estimate); 'max-known', as 'max' but only where the sample has enough
 * ham for the budget's order statistic (at least 1 / budget: 200 at 0.5 %), no estimate below
 * (the default; the caller applies the gate, src/bayes/index.ts withTail); 'max-sample', as 'max'
 * with the fit read no further than one ham past the sample (measured, not kept:
 * docs/quality-session9.md).
 */
export type HamTailMode = 'order' | 'extrapolate' | 'max' | 'max-sample' | 'max-known';

/**
 * The calibrated log-odds that a share `share` of the site's ham would exceed, read from an
 * exponential fit of the sample's upper tail (peaks over a threshold): the m highest of n ham
 * scores above the (m+1)-th, u, have mean excess θ (the exponential's maximum-likelihood scale),
 * so P(score > u + t) ≈ (m / n) · e^(−t/θ), and the share is reached at u + θ · ln(m / (n · share)).
 * m = ⌈√n⌉, the usual square-root rule for the number of order statistics in a tail fit (no
 * constant picked on a corpus). It says where the tail goes when the sample is too small for the
 * share to be an order statistic (n < 1 / share: a site with fewer than 200 learned ham at the
 * 0.5 % budget). Undefined with fewer than 3 ham or no spread among the top ones.
 */
function extrapolatedTail(sortedHam: readonly number[], share: number): number | undefined {
  const n = sortedHam.length;
  if (n < 3) return undefined;
  const m = Math.min(Math.ceil(Math.sqrt(n)), n - 1);
  const u = sortedHam[m] as number;
  let excess = 0;
  for (let i = 0; i < m; i++) excess += (sortedHam[i] as number) - u;
  const theta = excess / m;
  if (!(theta > 0)) return undefined;
  return u + theta * Math.log(m / (n * share));
}
