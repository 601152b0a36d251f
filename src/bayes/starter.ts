// The starter model: a second, read-only classifier loaded from counts learned on public corpora
// (src/bayes/starter-model.ts, rebuilt by scripts/build-starter.mjs). It is never written to:
// a site's own learning goes to the site's classifier, and the starter only lends evidence until
// that classifier has grown (the schedule is in src/verdict/starter.ts). Loaded through the same
// reader as any exported model, so a corrupt or foreign starter is refused with the usual codes.
import type { BayesResult } from '../types.js';
import type { StoreTokens } from './store.js';
import { createClassifier } from './index.js';
import { STARTER_MODEL_JSON } from './starter-model.js';

export { STARTER_ABOUT } from './starter-model.js';

/** The shipped starter model as exported-model JSON text (checked by readModel like any other). */
export function shippedStarterModel(): string {
  return STARTER_MODEL_JSON;
}

export interface StarterClassifier {
  /** The starter's calibrated view of a comment's tokens (never null: the starter is trained). */
  classify(tokens: StoreTokens): BayesResult;
}

/**
 * `bayes` is the Bayes part of a model already checked by readModel. The vocabulary cap is the
 * model's own size: the starter is never pruned further and never learns.
 */
export function createStarterClassifier(bayes: unknown, vocabulary: number): StarterClassifier {
  const classifier = createClassifier({ minExamplesPerClass: 1, maxVocabulary: Math.max(vocabulary, 100) }, bayes);
  if (!classifier.readiness().ready) {
    throw new TypeError('starter model must hold spam and ham documents');
  }
  return {
    classify(tokens) {
      return classifier.classify(tokens) as BayesResult;
    },
  };
}
