// Ways to turn per-token counts into one spam score, measured in bench/bayes-variants.mjs (see
// the README): multinomial naive Bayes over distinct tokens (a sum of log-likelihood ratios),
// Robinson's per-token probabilities combined with Fisher's chi-square test (SpamBayes,
// bogofilter), and the plain sum of Robinson's per-token log-odds. Each returns raw evidence in
// log-odds units that calibration maps to a probability. The scorer owns reusable buffers: a
// classify call allocates nothing per token.
import { TOKEN_GRAM, tokenText } from '../tokenize/index.js';
import type { BayesToken, ClassifierTokens, Label } from '../types.js';
import { TokenCounts, asTokens, type BayesStore, type StoreTokens, type StoreTotals } from './store.js';
import type { TokenWeights } from './weights.js';

export interface CombineConfig {
  method: 'multinomial' | 'robinson' | 'sumlogit';
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
  /** Raw log-odds toward spam (before calibration): the sum of the tokens' weights (and the class prior). */
  raw: number;
  /** Distinct known tokens that took part. */
  used: number;
  /** Trained weights' bias, added after the length normalization: x = bias + raw / used^power (0 without). */
  bias: number;
  /**
   * The disguise tokens' share (isDisguiseToken): their summed weight and how many took part, so
   * the caller can tell what the comment scores undisguised. Zero when the method does not add
   * weights (robinson), where no share can be taken out.
   */
  disguise: { raw: number; used: number };
  /** The strongest tokens of each side (weights: the tokens' own log-likelihood ratios), worked out when read. */
  explanation: Explanation;
}

export interface Scorer {
  /**
   * Scores `tokens`; an n-gram's weight is credited to its word in the explanation, and each
   * explained token's `position` is its place in the list given (through `origin` when the list
   * scored is an expansion that dropped kinds). With `explain` false the explanation is empty:
   * nothing is copied for it (bulk scoring that never reads it).
   */
  score(store: BayesStore, tokens: StoreTokens, origin?: readonly number[] | null, trained?: TokenWeights | null, explain?: boolean): Evidence;
  /**
   * Scores a learned document as if it had never been learned: the exact leave-one-out score
   * that calibration is fitted on (no explanation). Null when the id is unknown. The sum runs
   * over sorted weights, so the result does not depend on the order tokens are stored in.
   */
  scoreLearned(store: BayesStore, docId: string, label: Label): { raw: number; used: number } | null;
}

/** The empty explanation's positions and weights (options.explain false). */
const NONE: readonly number[] = Object.freeze([]);

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

/**
 * The `k` explained tokens of one sign with the largest |weight|, in one pass with small insertion
 * lists (k is about 6), allocating only the returned tokens.
 */
class Strongest {
  private readonly k: number;
  private readonly position: Int32Array;
  private readonly weight: Float64Array;
  private size = 0;

  constructor(k: number) {
    this.k = k;
    this.position = new Int32Array(k);
    this.weight = new Float64Array(k);
  }

  reset(): void {
    this.size = 0;
  }

  /** Offers the token at `position` with signed weight `w` (|w| > 0). */
  offer(position: number, w: number): void {
    const { k, weight } = this;
    const m = Math.abs(w);
    if (this.size === k && m <= Math.abs(weight[k - 1] as number)) return;
    let j = this.size < k ? this.size++ : k - 1;
    while (j > 0 && Math.abs(weight[j - 1] as number) < m) {
      weight[j] = weight[j - 1] as number;
      this.position[j] = this.position[j - 1] as number;
      j--;
    }
    weight[j] = w;
    this.position[j] = position;
  }

  tokens(tokens: ClassifierTokens, origin: readonly number[] | null, scale: number): BayesToken[] {
    const out: BayesToken[] = [];
    for (let j = 0; j < this.size; j++) {
      const p = this.position[j] as number;
      out.push({ token: tokenText(tokens, p), weight: (this.weight[j] as number) * scale, position: origin === null ? p : (origin[p] as number) });
    }
    return out;
  }
}

/** Buffers an explanation is worked out in, one set per scorer (cleared after each use). */
class ExplainScratch {
  credit = new Float64Array(64);
  marked = new Uint8Array(64);
  touched = new Int32Array(64);
  readonly spam: Strongest;
  readonly ham: Strongest;

  constructor(k: number) {
    this.spam = new Strongest(k);
    this.ham = new Strongest(k);
  }

  /** Room for a query of `n` tokens. */
  fit(n: number): this {
    if (this.credit.length < n) {
      let size = this.credit.length;
      while (size < n) size *= 2;
      this.credit = new Float64Array(size);
      this.marked = new Uint8Array(size);
      this.touched = new Int32Array(size);
    }
    return this;
  }
}

/** The scorer's buffers as one scoring left them: entries [0, size) of counts and weights. */
interface ScoredBuffers {
  counts: TokenCounts;
  weights: Float64Array;
  size: number;
}

/**
 * The strongest tokens of one scoring, worked out the first time they are read (issue 13:
 * explanations built only when read; a verdict's BAYES evidence is read on demand, and bulk
 * scoring never reads it). The (position, weight) pairs that took part are read from the
 * scorer's own buffers while they still hold this scoring, and copied out by `detach()`, which
 * the scorer calls before it reuses them: a verdict read before the next check (check, then
 * JSON.stringify) copies nothing, one kept for later is copied when the next scoring starts, as
 * every scoring used to be. Credits and picks the pairs in the order the scorer had them, so
 * the same tokens with the same weights either way.
 */
export class Explanation {
  /** Multiplies every reported weight (classify's calibration scale); 1 leaves them as scored. */
  scale = 1;
  private sides: { spam: BayesToken[]; ham: BayesToken[] } | null = null;

  constructor(
    private readonly tokens: ClassifierTokens,
    /** The pairs that took part (weight 0: did not), until detached or read; then null. */
    private buffers: ScoredBuffers | null,
    private readonly origin: readonly number[] | null,
    /** The scorer's scratch buffers: read() runs to the end before anything else can use them. */
    private readonly scratch: ExplainScratch,
    /** The same pairs copied out of the buffers (detach), zero weights left out. */
    private positions: readonly number[] = NONE,
    private weights: readonly number[] = NONE,
  ) {}

  /**
   * Copies the pairs out of the scorer's buffers (unless already read): the scorer is about to
   * reuse them. The plain arrays are a few tens of numbers, which V8 allocates faster than typed
   * arrays, each made once at its size (counted first) rather than grown by push; the weights
   * array starts as a double array (the literal), so storing weights into it converts nothing.
   */
  detach(): void {
    const b = this.buffers;
    if (b === null) return;
    this.buffers = null;
    if (this.sides !== null) return;
    const { counts, weights, size } = b;
    let k = 0;
    for (let i = 0; i < size; i++) if ((weights[i] as number) !== 0) k++;
    const positions = new Array<number>(k);
    const taken: number[] = [0.5];
    taken.length = k;
    for (let i = 0, j = 0; i < size; i++) {
      const w = weights[i] as number;
      if (w === 0) continue;
      positions[j] = counts.positions[i] as number;
      taken[j++] = w;
    }
    this.positions = positions;
    this.weights = taken;
  }

  spamTokens(): BayesToken[] {
    return this.read().spam;
  }

  hamTokens(): BayesToken[] {
    return this.read().ham;
  }

  private read(): { spam: BayesToken[]; ham: BayesToken[] } {
    if (this.sides !== null) return this.sides;
    const { tokens, buffers } = this;
    const { credit, marked, touched, spam, ham } = this.scratch.fit(tokens.length);
    // An n-gram's weight is credited to the word it was cut from (a pair of weight 0 took no part).
    let n = 0;
    const size = buffers === null ? this.positions.length : buffers.size;
    for (let i = 0; i < size; i++) {
      const w = (buffers === null ? this.weights[i] : buffers.weights[i]) as number;
      if (w === 0) continue;
      const p = (buffers === null ? this.positions[i] : buffers.counts.positions[i]) as number;
      const target = tokens.kind[p] === TOKEN_GRAM && (tokens.a[p] as number) >= 0 ? (tokens.a[p] as number) : p;
      if (marked[target] === 0) {
        marked[target] = 1;
        touched[n++] = target;
      }
      credit[target] = (credit[target] as number) + w;
    }
    this.buffers = null;
    spam.reset();
    ham.reset();
    for (let j = 0; j < n; j++) {
      const target = touched[j] as number;
      const w = credit[target] as number;
      if (w > 0) spam.offer(target, w);
      else if (w < 0) ham.offer(target, w);
      credit[target] = 0;
      marked[target] = 0;
    }
    this.sides = { spam: spam.tokens(tokens, this.origin, this.scale), ham: ham.tokens(tokens, this.origin, this.scale) };
    return this.sides;
  }
}

export function createScorer(config: CombineConfig): Scorer {
  const counts = new TokenCounts();
  let weights = new Float64Array(64);
  const scratch = new ExplainScratch(config.explain);
  // log(k + alpha) for the small counts nearly every token has.
  const logTable = new Float64Array(1024);
  for (let k = 0; k < logTable.length; k++) logTable[k] = Math.log(k + config.alpha);
  const logCount = (k: number): number => (k < 1024 ? (logTable[k] as number) : Math.log(k + config.alpha));

  /** The counts buffer holds the query's counts (or a learned document's); returns the totals, both without the left-out document when given. */
  function prepare(store: BayesStore, leaveOut: Label | undefined): StoreTotals {
    if (weights.length < counts.size) weights = new Float64Array(counts.positions.length);
    const t = store.totals();
    if (leaveOut === undefined) return t;
    const own = leaveOut === 'spam' ? counts.spam : counts.ham;
    let vanished = 0;
    let kept = 0;
    for (let i = 0; i < counts.size; i++) {
      own[i] = (own[i] as number) - 1;
      // A token only this document had is unknown without it.
      if (own[i] === 0 && (leaveOut === 'spam' ? counts.ham[i] : counts.spam[i]) === 0) {
        vanished++;
        continue;
      }
      counts.positions[kept] = counts.positions[i] as number;
      counts.ids[kept] = counts.ids[i] as number;
      counts.spam[kept] = counts.spam[i] as number;
      counts.ham[kept] = counts.ham[i] as number;
      counts.disguise[kept] = counts.disguise[i] as number;
      kept++;
    }
    const size = counts.size;
    counts.size = kept;
    return {
      spamDocs: t.spamDocs - (leaveOut === 'spam' ? 1 : 0),
      hamDocs: t.hamDocs - (leaveOut === 'ham' ? 1 : 0),
      spamTokens: t.spamTokens - (leaveOut === 'spam' ? size : 0),
      hamTokens: t.hamTokens - (leaveOut === 'ham' ? size : 0),
      vocabulary: t.vocabulary - vanished,
    };
  }

  function explain(tokens: ClassifierTokens, raw: number, used: number, bias: number, origin: readonly number[] | null, additive: boolean, keep: boolean): Evidence {
    const disguise = { raw: 0, used: 0 };
    if (additive) {
      for (let i = 0; i < counts.size; i++) {
        if (counts.disguise[i] !== 1) continue;
        const w = weights[i] as number;
        if (w === 0) continue;
        disguise.raw += w;
        disguise.used++;
      }
    }
    if (!keep) return { raw, used, bias, disguise, explanation: new Explanation(tokens, null, origin, scratch) };
    // The explanation reads the pairs from the buffers until the next scoring detaches it.
    reading = new Explanation(tokens, { counts, weights, size: counts.size }, origin, scratch);
    return { raw, used, bias, disguise, explanation: reading };
  }

  /**
   * With a left-out document, its weights are summed in sorted order so the leave-one-out score
   * does not depend on the order the store keeps tokens in (explanations are not needed there).
   */
  function canonical(leaveOut: Label | undefined): void {
    if (leaveOut !== undefined) weights.subarray(0, counts.size).sort();
  }

  /** Multinomial: fills the weights, returns the raw sum. */
  function multinomial(store: BayesStore, leaveOut: Label | undefined): number {
    const t = prepare(store, leaveOut);
    const a = config.alpha;
    const shift = Math.log(t.hamTokens + a * t.vocabulary) - Math.log(t.spamTokens + a * t.vocabulary);
    const { spam, ham, size } = counts;
    for (let i = 0; i < size; i++) weights[i] = logCount(spam[i] as number) - logCount(ham[i] as number) + shift;
    const dropped = spamSideOnly();
    canonical(leaveOut);
    let raw = config.prior ? Math.log(t.spamDocs / t.hamDocs) : 0;
    for (let i = 0; i < size; i++) raw += weights[i] as number;
    used = size - dropped;
    return raw;
  }

  /**
   * NB-LR (weights.ts): each known token's fitted weight w_i·r_i; the bias stands in for the prior.
   * A disguise token the fit set aside (weight 0) is not a known token here either.
   */
  function trainedSum(trained: TokenWeights): number {
    const { ids, size } = counts;
    if (weights.length < size) weights = new Float64Array(counts.positions.length);
    let dropped = 0;
    for (let i = 0; i < size; i++) {
      const w = trained.weight[ids[i] as number] as number;
      weights[i] = w;
      if (w === 0 && counts.disguise[i] === 1) dropped++;
    }
    dropped += spamSideOnly();
    let raw = 0;
    for (let i = 0; i < size; i++) raw += weights[i] as number;
    used = size - dropped;
    return raw;
  }

  /**
   * Disguise tokens (isDisguiseToken) count toward spam or not at all: a disguise never lowers a
   * score. Returns how many were set aside, so they do not count as known tokens either.
   */
  function spamSideOnly(): number {
    const { disguise, size } = counts;
    let dropped = 0;
    for (let i = 0; i < size; i++) {
      if (disguise[i] === 1 && (weights[i] as number) < 0) {
        weights[i] = 0;
        dropped++;
      }
    }
    return dropped;
  }

  /** Robinson's f(w): the token's spam share among documents, pulled toward 0.5 with `strength`. */
  function robinsonWeights(t: StoreTotals): number {
    const s = config.strength;
    const { spam, ham, size } = counts;
    let kept = 0;
    for (let i = 0; i < size; i++) {
      const ps = (spam[i] as number) / t.spamDocs;
      const ph = (ham[i] as number) / t.hamDocs;
      const n = (spam[i] as number) + (ham[i] as number);
      const f = (s * 0.5 + n * (ps / (ps + ph))) / (s + n);
      // A disguise token on the ham side counts for nothing (spamSideOnly).
      if (Math.abs(f - 0.5) < config.minDeviation || (counts.disguise[i] === 1 && f < 0.5)) {
        weights[i] = 0;
      } else {
        weights[i] = Math.log(f / (1 - f));
        kept++;
      }
    }
    if (kept > config.maxTokens) {
      // Keep only the strongest: zero the weights below the maxTokens-th largest |weight|.
      const magnitudes = Array.from(weights.subarray(0, size), Math.abs).sort((x, y) => y - x);
      const floor = magnitudes[config.maxTokens - 1] as number;
      kept = 0;
      for (let i = 0; i < size; i++) {
        if (Math.abs(weights[i] as number) < floor || kept >= config.maxTokens) weights[i] = 0;
        else if (weights[i] !== 0) kept++;
      }
    }
    return kept;
  }

  /** Robinson/Fisher: fills the weights, returns the chi-square indicator's log-odds. */
  function robinson(store: BayesStore, leaveOut: Label | undefined): number {
    const n = robinsonWeights(prepare(store, leaveOut));
    canonical(leaveOut);
    used = n;
    if (n === 0) return 0;
    let sumLogF = 0;
    let sumLog1F = 0;
    for (let i = 0; i < counts.size; i++) {
      const w = weights[i] as number;
      if (w === 0) continue;
      // log f and log(1 − f) from the log-odds w = log(f / (1 − f)), without recomputing f.
      sumLogF -= Math.log1p(Math.exp(-w));
      sumLog1F -= Math.log1p(Math.exp(w));
    }
    // SpamBayes: the chi-square tails of the spam-ward and ham-ward evidence.
    const spamward = 1 - chi2Q(-2 * sumLog1F, 2 * n);
    const hamward = 1 - chi2Q(-2 * sumLogF, 2 * n);
    const indicator = Math.min(Math.max((spamward - hamward + 1) / 2, 1e-9), 1 - 1e-9);
    return Math.log(indicator / (1 - indicator));
  }

  /** Naive-Bayes sum of Robinson's per-token log-odds (Graham's combining over every token): fills the weights, returns the sum. */
  function sumLogit(store: BayesStore, leaveOut: Label | undefined): number {
    const t = prepare(store, leaveOut);
    used = robinsonWeights(t);
    canonical(leaveOut);
    let raw = config.prior ? Math.log(t.spamDocs / t.hamDocs) : 0;
    for (let i = 0; i < counts.size; i++) raw += weights[i] as number;
    return raw;
  }

  /** Known tokens that took part in the last combine call. */
  let used = 0;
  /** The last explanation still reading counts and weights: detached before they are reused. */
  let reading: Explanation | null = null;
  const release = (): void => {
    if (reading !== null) reading.detach();
    reading = null;
  };
  const combine = config.method === 'robinson' ? robinson : config.method === 'sumlogit' ? sumLogit : multinomial;

  return {
    score(store, given, origin, trained, keep = true) {
      release();
      const tokens = asTokens(given);
      store.lookup(tokens, counts);
      if (trained) return explain(tokens, trainedSum(trained), used, trained.bias, origin ?? null, true, keep);
      const raw = combine(store, undefined);
      return explain(tokens, raw, used, 0, origin ?? null, combine !== robinson, keep);
    },
    scoreLearned(store, docId, label) {
      release();
      if (!store.lookupDocument(docId, counts)) return null;
      const raw = combine(store, label);
      return { raw, used };
    },
  };
}
