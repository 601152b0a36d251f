// PLACEHOLDER (replaced by the Bayes work): never ready.
import type { BayesResult, Label } from '../types.js';

export interface ClassifierOptions {
  minExamplesPerClass: number;
  maxVocabulary: number;
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
  /** JSON-serializable state (named keys). */
  toJSON(): unknown;
}

export function createClassifier(options: ClassifierOptions, model?: unknown): Classifier {
  void model;
  return {
    learn() {},
    unlearn: () => false,
    readiness: () => ({ ready: false, spam: 0, ham: 0, needed: options.minExamplesPerClass }),
    classify: () => null,
    toJSON: () => ({}),
  };
}
