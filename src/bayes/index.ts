// The naive-Bayes classifier the moderator owns. Learning is by document id, so moderator
// feedback can be repeated, flipped or withdrawn and the counts stay exact; scoring is a
// calibrated spam probability with the tokens that moved it most.
import { SpamsiftError } from '../errors.js';
import { parseTokenTexts } from '../tokenize/index.js';
import type { BayesResult, ClassifierTokens, Label } from '../types.js';
import { fitCalibration, hamTailOfSorted, sortedHamScores, type Calibration, type HamTailMode } from './calibrate.js';
import { createScorer, type CombineConfig, type Evidence } from './combine.js';
import { GramMemo, boundTokens, expand, type ExpandConfig } from './expand.js';
import { ReadResult, ScoredResult } from './result.js';
import { configFingerprint, encodeFitted, type FittedState } from './fitted.js';
import { readBayesModel, snapshotToJSON, type BayesModelJSON } from './serialize.js';
import { MemoryStore, TokenCounts, asTokens, type BayesStore, type StoreSnapshot, type StoreTokens } from './store.js';
import { fitTrained, type TokenWeights } from './weights.js';
import { fitTrainedVariant, usesCalibrationVariant, type CalibrationScoresConfig } from './calibration-scores.js';

export { FLAG_DISGUISE, FLAG_RULE, MemoryStore, TokenCounts, asTokens, type BayesStore, type StoreSnapshot, type StoreTokens, type StoreTotals } from './store.js';
export { readBayesModel, decodeTokenList, encodeTokenList, BAYES_FORMAT, BAYES_VERSION, type BayesModelJSON, type BayesModelJSONv1 } from './serialize.js';
export { FITTED_VERSION, type FittedJSON } from './fitted.js';
export { boundTokens, expand, expandTokens, type ExpandConfig, type Expansion } from './expand.js';
export { fitCalibration, hamTail, type Calibration, type HamTailMode } from './calibrate.js';
export { chi2Q, createScorer, Explanation, type CombineConfig, type Evidence, type Scorer } from './combine.js';
export { fitTrained, scoreIds, type FitDocument, type TokenWeights, type TrainedConfig } from './weights.js';

/** The measured choice of tokens, combining rule and calibration (see the README's Bayes section). */
export interface BayesConfig extends ExpandConfig, CombineConfig, CalibrationScoresConfig {
  /** Default calibration, probability = sigmoid(slope · x + offset), fitted on the benchmark corpora's folds. */
  slope: number;
  offset: number;
  /** x = raw log-odds / (known tokens)^power: long comments repeat evidence, so their sum overstates it. */
  power: number;
  /** Fit the calibration on this many leave-one-out scores of the learned documents (0: always use the defaults). */
  calibrationSample: number;
  /** How many documents' worth of weight the default calibration keeps in the fit. */
  priorStrength: number;
  /** Platt's target smoothing in the fit (labels (n+1)/(n+2) and 1/(n+2) instead of 1 and 0). */
  smoothTargets: boolean;
  /** NB-LR (weights.ts): SGD epochs of the per-token trust weights; 0 keeps plain naive Bayes. */
  lrEpochs: number;
  lrRate: number;
  lrL2: number;
  /** Whether rule-hit tokens get trust weights too (false: they keep their plain ratio, as the verdict adds rule points besides). */
  lrRules: boolean;
  /** SGD epochs of the two half models whose cross-fitted scores the calibration is fitted on. */
  lrHalfEpochs: number;
  /**
   * Share of the site's own ham (scored out of sample) the verdict may block on the classifier's
   * word alone (issue 9 §5's budget): when its estimate says the fixed spam cut blocks more, the
   * verdict moves the cut (Calibration.hamTail). 0: off, the fixed thresholds everywhere.
   */
  hamTailBudget: number;
  /** Where the moved cut goes: above the top hamTailAim · hamTailBudget of the site's ham (stricter than the budget, 0 < aim ≤ 1). */
  hamTailAim: number;
  /** How the tail is read from the sample (calibrate.ts hamTail). */
  hamTailMode: HamTailMode;
}

export const DEFAULT_BAYES_CONFIG: Readonly<BayesConfig> = Object.freeze({
  bigrams: true,
  synthetic: true,
  rules: true,
  // Character n-grams only for handle-like words (letters mixed with digits or '_'): n-grams of
  // long plain words cost telegram-ru 12 points of spam caught at ≤ 0.5 % ham blocked, leave-one-
  // corpus-out, and helped no held-out corpus (docs/quality.md).
  charGrams: 'odd',
  gramSizes: [3, 4],
  gramMinLength: 4,
  oddLength: Number.POSITIVE_INFINITY,
  shapes: false,
  // Multinomial NB over distinct tokens (binarized, Wang & Manning's NB): picked leave-one-corpus-out
  // over Robinson's f(w) sum on three of four held-out corpora.
  method: 'multinomial',
  alpha: 1,
  prior: true,
  strength: 1,
  minDeviation: 0,
  maxTokens: Number.POSITIVE_INFINITY,
  explain: 6,
  // The prior each site's own fit is pulled toward, weighing as priorStrength (2) documents: fitted
  // by bench/calibrate.mjs (10-fold, seed 42) for the f(w) sum before issue 9 and not refitted for
  // the multinomial; a site's fit moves away from it after a few dozen learned comments.
  slope: 0.6654,
  offset: -3.1338,
  power: 0.5,
  calibrationSample: 4000,
  priorStrength: 2,
  smoothTargets: false,
  // NB-LR (Wang & Manning's log-count ratios under a logistic regression), 10 epochs: picked
  // leave-one-corpus-out over plain NB, complement NB and cheaper reweightings; the 10-fold study
  // picks 10 epochs for three of the four held-out corpora and 40 for the fourth, at a quarter of
  // 40's cost (docs/quality.md, docs/quality-session4.md).
  lrEpochs: 10,
  lrRate: 0.05,
  lrL2: 1e-4,
  lrRules: true,
  // The half models only place the calibration (the model scored with is the full fit): 3 epochs
  // there rank exactly as 10 do, leave-one-corpus-out, and cut the refit by a third
  // (docs/quality-session6.md).
  lrHalfEpochs: 3,
  // Issue 9 §5: at most 0.5 % of ham blocked on every site, out of fold. The move is triggered by
  // the budget; the tail is the larger of its order statistic and an exponential fit of the top
  // ham, and the cut goes above the top 0.6 of the budget's share (aim 0.6: the order statistic of
  // a small sample is a noisy, low estimate). A site with fewer learned ham than the budget needs
  // to be one comment of its sample (200) keeps the fixed cut ('max-known'): reading the fit past
  // such a sample held 10-17 % of spam at 150 comments and blurred the pooled ranking (the lead's
  // measurement at merge, docs/quality-session9.md §6).
  // Session 7 could not pick an aim: on whole corpora only instagram-scam triggers the move. On
  // the learning curve (150/400/1,000-comment subsamples, docs/quality-session9.md) every corpus
  // but sms does, and leave-one-corpus-out picks this pair over aims 1/0.8/0.4 and the order
  // statistic alone for all four held-out corpora.
  hamTailBudget: 0.005, // the moderator passes options.bayes.hamBlockedBudget (the same default)
  hamTailAim: 0.6,
  hamTailMode: 'max-known',
});

export interface ClassifierOptions {
  minExamplesPerClass: number;
  maxVocabulary: number;
  /** Where counts live; default a MemoryStore capped at maxVocabulary. */
  store?: BayesStore & { snapshot(): StoreSnapshot };
  /** Variants for measurement (bench/); the defaults are what measured best. */
  config?: Partial<BayesConfig>;
}

export interface Readiness {
  ready: boolean;
  spam: number;
  ham: number;
  needed: number;
}

export interface Classifier {
  /** Learns a document's tokens (typed, or text forms) under `docId`; learning the same id again replaces it (relabel). */
  learn(docId: string, tokens: StoreTokens, label: Label): void;
  /** Removes a learned document exactly; false when the id is unknown. */
  unlearn(docId: string): boolean;
  readiness(): Readiness;
  /** Null until readiness().ready. */
  classify(tokens: StoreTokens): BayesResult | null;
  /**
   * classify() for a caller that only reads the result and never copies, serializes or hands it
   * out (the moderator's check()): the same values, with `spamTokens` and `hamTokens` as getters
   * on the prototype rather than own properties (ReadResult in result.ts). With `explain` false
   * (options.explain, bulk scoring) both are empty: nothing is kept to work them out from.
   */
  classifyToRead(tokens: StoreTokens, explain?: boolean): BayesResult | null;
  /** Raw evidence before calibration, for fitting the calibration in bench/. Null until ready. */
  evidence(tokens: StoreTokens): Evidence | null;
  /** The calibration classify() uses now (refitted from the learned documents after any change). */
  calibration(): Calibration;
  /**
   * Does now the refit the first scoring after a change would do (NB-LR weights and calibration),
   * so a caller can pay it off the request path after a batch of learns. Scores are identical
   * whether or not it is called: it only moves when the work happens.
   */
  refit(): void;
  /**
   * JSON-serializable state (named keys, its own format and version). With `fitted`, it also
   * carries the refit's result (fitted.ts), refitting first if needed, so a loader skips the refit.
   */
  toJSON(options?: { fitted?: boolean }): BayesModelJSON;
}

/**
 * Distinct tokens one learned comment may add. A real comment has tens (the shared corpora: about
 * 50 on average); a long article a few thousand words. The bound keeps a handful of learned
 * comments from flooding the vocabulary cap (issue 12).
 */
export const MAX_DOCUMENT_TOKENS = 2_000;

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function createClassifier(options: ClassifierOptions, model?: unknown): Classifier {
  const config: BayesConfig = { ...DEFAULT_BAYES_CONFIG, ...options.config };
  // A model is read completely before any state exists, so a bad one leaves nothing half-built.
  const snapshot = model === undefined ? undefined : readBayesModel(model);
  const store = options.store ?? new MemoryStore(options.maxVocabulary);
  const fingerprint = configFingerprint(config);
  let restored: FittedState | undefined;
  let vocabularyTokens: ClassifierTokens | undefined;
  if (snapshot) {
    // The vocabulary's text forms are parsed into typed tokens once, here at the file boundary
    // (entry i of the list is vocabulary[i]); documents name their tokens by those positions.
    vocabularyTokens = parseTokenTexts(snapshot.vocabulary);
    store.addMany(vocabularyTokens, snapshot.documents.map((doc) => ({ id: doc.id, label: doc.label, positions: doc.tokens })));
    // A fitted block made with other settings is ignored (refit as usual); so is one for a store
    // that did not come out as the file describes it (a cap that pruned it while loading).
    const t = store.totals();
    if (snapshot.fitted?.config === fingerprint && t.vocabulary === snapshot.vocabulary.length && t.spamDocs + t.hamDocs === snapshot.documents.length) restored = snapshot.fitted;
  }
  const needed = options.minExamplesPerClass;
  const scorer = createScorer(config);
  const grams = new GramMemo(config);

  function readiness(): Readiness {
    const t = store.totals();
    // One document of each class is the least any formula can work with, whatever the option says.
    return { ready: t.spamDocs >= Math.max(needed, 1) && t.hamDocs >= Math.max(needed, 1), spam: t.spamDocs, ham: t.hamDocs, needed };
  }

  function evidence(tokens: StoreTokens): Evidence | null {
    if (!readiness().ready) return null;
    refit();
    const expanded = expand(asTokens(tokens), config, grams);
    return scorer.score(store, expanded.tokens, expanded.origin, trained);
  }

  const prior: Calibration = { slope: config.slope, offset: config.offset };
  /**
   * The calibration fitted on the learned set as it is now, or null when the set changed since.
   * Every learn/unlearn that changes the set clears it, and the next scoring refits from the
   * learned documents alone (a hash-chosen sample, exact leave-one-out scores): so a score is a
   * function of the learned set, never of the order it was learned in, of earlier checks, or of
   * an export. The cost (a few milliseconds for the 4,000-document sample) is paid once per
   * batch of changes, by the first check after it.
   */
  let fitted: Calibration | null = null;
  /** NB-LR weights fitted on the learned set as it is now (with `fitted`), or null when stale or off. */
  let trained: TokenWeights | null = null;
  const normalize = (e: { raw: number; used: number; bias?: number }): number => (e.bias ?? 0) + e.raw / Math.pow(Math.max(e.used, 1), config.power);

  function fit(): Calibration {
    const t = store.totals();
    const xs: number[] = [];
    const spam: boolean[] = [];
    for (const doc of store.sample(config.calibrationSample)) {
      // Leaving out a class's only document would leave nothing to compare with.
      if ((doc.label === 'spam' ? t.spamDocs : t.hamDocs) < 2) continue;
      const e = scorer.scoreLearned(store, doc.id, doc.label);
      if (e === null) continue;
      xs.push(normalize(e));
      spam.push(doc.label === 'spam');
    }
    return xs.length === 0 ? prior : withTail(fitCalibration(xs, spam, { prior, priorStrength: config.priorStrength, smoothTargets: config.smoothTargets }), xs, spam);
  }

  /** The calibration with where the site's ham tail sits (when hamTailShare is on and the sample can say). */
  function withTail(c: Calibration, xs: readonly number[], spam: readonly boolean[]): Calibration {
    if (!(config.hamTailBudget > 0)) return c;
    // 'max-known' (the default): a site with too few learned ham for the budget to be a comment of
    // its own sample (its order statistic) keeps the fixed cut.
    // The sample's ham scores sorted once for the three readings (hamTail would sort them each time).
    const ham = sortedHamScores(c, xs, spam);
    if (config.hamTailMode === 'max-known' && hamTailOfSorted(ham, config.hamTailBudget, 'order') === undefined) return c;
    const budget = hamTailOfSorted(ham, config.hamTailBudget, config.hamTailMode);
    const placed = hamTailOfSorted(ham, config.hamTailBudget * Math.min(Math.max(config.hamTailAim, 0), 1), config.hamTailMode);
    return budget === undefined || placed === undefined ? c : { ...c, hamTail: { budget, placed } };
  }

  /**
   * With NB-LR on, the trained weights and their cross-fitted calibration, refitted at the same
   * defined point as the plain calibration: the first scoring after any change of the learned set.
   */
  function refit(): void {
    if (fitted !== null) return;
    // Learning has paused: the store gives back its room for growth (issue 13's memory bound).
    store.settle?.();
    if (config.lrEpochs > 0) {
      const result = (usesCalibrationVariant(config) ? fitTrainedVariant : fitTrained)(store.documents(), store.idSpace(), store.tokenFlags(), config, prior);
      if (result !== null) {
        trained = result.model;
        fitted = config.calibrationSample === 0 ? prior : withTail(result.calibration, result.sample.xs, result.sample.spam);
        return;
      }
    }
    trained = null;
    fitted = config.calibrationSample === 0 ? prior : fit();
  }

  /** The calibration for the learned set as it is now; `ready` is the caller's readiness. */
  function calibration(ready: boolean): Calibration {
    if (!ready) return prior;
    refit();
    return fitted as Calibration;
  }

  function changed(): void {
    fitted = null;
    trained = null;
  }

  /**
   * Store ids of a vocabulary's first `size` parsed tokens, by position (-1 where the store has no
   * counts for one); the bigrams' word parts parseTokenTexts puts after them are not entries.
   */
  function storeIds(tokens: ClassifierTokens, size: number): Int32Array {
    const counts = new TokenCounts();
    store.lookup(tokens, counts);
    const ids = new Int32Array(size).fill(-1);
    for (let k = 0; k < counts.size; k++) {
      const p = counts.positions[k] as number;
      if (p < size) ids[p] = counts.ids[k] as number;
    }
    return ids;
  }

  // The loaded model's fit, as a refit would make it: its weights moved from vocabulary positions to store ids.
  if (restored !== undefined && vocabularyTokens !== undefined) {
    if (restored.weights === null) trained = null;
    else {
      const ids = storeIds(vocabularyTokens, restored.weights.length);
      const weight = new Float32Array(store.idSpace());
      for (let p = 0; p < ids.length; p++) if ((ids[p] as number) >= 0) weight[ids[p] as number] = restored.weights[p] as number;
      trained = { weight, bias: restored.bias };
    }
    fitted = restored.calibration;
  }

  function score(tokens: StoreTokens, Result: typeof ScoredResult | typeof ReadResult, explain = true): BayesResult | null {
    if (!readiness().ready) return null;
    const c = calibration(true);
    const expanded = expand(asTokens(tokens), config, grams);
    const e = scorer.score(store, expanded.tokens, expanded.origin, trained, explain);
    // Token weights are reported as their share of the calibrated log-odds, so they add up
    // (with the offset) to logit(probability) and read on the same scale as the verdict.
    // (The explanation applies the scale when it is read: the same products, built on demand.)
    e.explanation.scale = c.slope / Math.pow(Math.max(e.used, 1), config.power);
    const probability = sigmoid(c.slope * normalize(e) + c.offset);
    if (e.disguise.used === 0) return new Result(probability, undefined, e.explanation);
    const plain = { raw: e.raw - e.disguise.raw, used: e.used - e.disguise.used, bias: e.bias };
    return new Result(probability, sigmoid(c.slope * normalize(plain) + c.offset), e.explanation);
  }

  return {
    learn(docId, tokens, label) {
      if (typeof docId !== 'string' || docId === '') throw new SpamsiftError('E_INVALID_COMMENT', 'a learned document needs a non-empty id.', 'docId');
      store.add(docId, boundTokens(expand(asTokens(tokens), config, grams).tokens, MAX_DOCUMENT_TOKENS), label);
      changed();
    },
    unlearn(docId) {
      const removed = store.remove(docId);
      if (removed) changed();
      return removed;
    },
    readiness,
    evidence,
    calibration: () => calibration(readiness().ready),
    refit() {
      if (readiness().ready) refit();
    },
    classify(tokens) {
      return score(tokens, ScoredResult);
    },
    classifyToRead(tokens, explain) {
      return score(tokens, ReadResult, explain);
    },
    toJSON(options) {
      // By default the fit is not exported: it is a function of the documents, refitted from them.
      const snapshot = store.snapshot();
      const json = snapshotToJSON(snapshot);
      if (options?.fitted !== true || !readiness().ready) return json;
      refit();
      let weights: Float32Array | null = null;
      if (trained !== null) {
        const ids = storeIds(parseTokenTexts(snapshot.vocabulary), snapshot.vocabulary.length);
        weights = new Float32Array(ids.length);
        for (let p = 0; p < ids.length; p++) if ((ids[p] as number) >= 0) weights[p] = trained.weight[ids[p] as number] as number;
      }
      json.fitted = encodeFitted(snapshot, fingerprint, weights, trained?.bias ?? 0, fitted as Calibration);
      return json;
    },
  };
}
