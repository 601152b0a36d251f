// The naive-Bayes classifier the moderator owns. Learning is by document id, so moderator
// feedback can be repeated, flipped or withdrawn and the counts stay exact; scoring is a
// calibrated spam probability with the tokens that moved it most.
import { SpamsiftError } from '../errors.js';
import type { BayesResult, Label } from '../types.js';
import { createScorer, type CombineConfig, type Evidence } from './combine.js';
import { expandTokens, type ExpandConfig } from './expand.js';
import { readBayesModel, snapshotToJSON, type BayesModelJSON } from './serialize.js';
import { MemoryStore, type BayesStore, type StoreSnapshot } from './store.js';

export { MemoryStore, TokenCounts, type BayesStore, type StoreSnapshot, type StoreTotals } from './store.js';
export { readBayesModel, BAYES_FORMAT, BAYES_VERSION, type BayesModelJSON } from './serialize.js';
export { expandTokens, type ExpandConfig } from './expand.js';
export { chi2Q, createScorer, type CombineConfig, type Evidence, type Scorer } from './combine.js';

/** The measured choice of tokens, combining rule and calibration (see the README's Bayes section). */
export interface BayesConfig extends ExpandConfig, CombineConfig {
  /** Calibration: probability = sigmoid(slope · raw log-odds + offset), fitted on cross-validation folds. */
  slope: number;
  offset: number;
}

export const DEFAULT_BAYES_CONFIG: Readonly<BayesConfig> = Object.freeze({
  bigrams: true,
  synthetic: true,
  rules: true,
  charGrams: 'odd',
  gramSizes: [3, 4],
  gramMinLength: 4,
  oddLength: 10,
  method: 'multinomial',
  alpha: 1,
  prior: true,
  strength: 0.45,
  minDeviation: 0.1,
  maxTokens: 150,
  explain: 6,
  slope: 1,
  offset: 0,
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
  /** Learns a document's tokens under `docId`; learning the same id again replaces it (relabel). */
  learn(docId: string, tokens: readonly string[], label: Label): void;
  /** Removes a learned document exactly; false when the id is unknown. */
  unlearn(docId: string): boolean;
  readiness(): Readiness;
  /** Null until readiness().ready. */
  classify(tokens: readonly string[]): BayesResult | null;
  /** Raw evidence before calibration, for fitting the calibration in bench/. Null until ready. */
  evidence(tokens: readonly string[]): Evidence | null;
  /** JSON-serializable state (named keys, its own format and version). */
  toJSON(): BayesModelJSON;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function createClassifier(options: ClassifierOptions, model?: unknown): Classifier {
  const config: BayesConfig = { ...DEFAULT_BAYES_CONFIG, ...options.config };
  // A model is read completely before any state exists, so a bad one leaves nothing half-built.
  const snapshot = model === undefined ? undefined : readBayesModel(model);
  const store = options.store ?? new MemoryStore(options.maxVocabulary);
  if (snapshot) {
    for (const doc of snapshot.documents) {
      store.add(doc.id, doc.tokens.map((id) => snapshot.vocabulary[id] as string), doc.label);
    }
  }
  const needed = options.minExamplesPerClass;
  const scorer = createScorer(config);

  function readiness(): Readiness {
    const t = store.totals();
    // One document of each class is the least any formula can work with, whatever the option says.
    return { ready: t.spamDocs >= Math.max(needed, 1) && t.hamDocs >= Math.max(needed, 1), spam: t.spamDocs, ham: t.hamDocs, needed };
  }

  function evidence(tokens: readonly string[]): Evidence | null {
    if (!readiness().ready) return null;
    return scorer.score(store, expandTokens(tokens, config));
  }

  return {
    learn(docId, tokens, label) {
      if (typeof docId !== 'string' || docId === '') throw new SpamsiftError('E_INVALID_COMMENT', 'a learned document needs a non-empty id.', 'docId');
      store.add(docId, expandTokens(tokens, config), label);
    },
    unlearn: (docId) => store.remove(docId),
    readiness,
    evidence,
    classify(tokens) {
      const e = evidence(tokens);
      if (e === null) return null;
      return { probability: sigmoid(config.slope * e.raw + config.offset), spamTokens: e.spamTokens, hamTokens: e.hamTokens };
    },
    toJSON: () => snapshotToJSON(store.snapshot()),
  };
}
