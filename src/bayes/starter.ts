// The starter model: a second, read-only classifier loaded from counts learned on public corpora
// (src/bayes/starter-model.json, rebuilt by scripts/build-starter.mjs). It is never written to:
// a site's own learning goes to the site's classifier, and the starter only lends evidence until
// that classifier has grown (the schedule is in src/verdict/starter.ts). Loaded through the same
// reader as any exported model, so a corrupt or foreign starter is refused with the usual codes.
import { readFileSync } from 'node:fs';
import { SpamsiftError } from '../errors.js';
import type { BayesResult } from '../types.js';
import type { StoreTokens } from './store.js';
import { createClassifier } from './index.js';

/**
 * The shipped file sits beside this module (src/bayes/) and beside the bundles in dist/ (tsup
 * copies it there), so one relative URL finds it from source and from the package. It is a file,
 * not a module, so that importing spamsift loads none of its 600 KB: only a moderator created
 * with `starter: true` reads it, each time (nothing is kept at module level).
 */
const STARTER_FILE = './starter-model.json';

interface StarterFile {
  about: unknown;
  model: unknown;
}

function readShipped(): StarterFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(new URL(STARTER_FILE, import.meta.url), 'utf8'));
  } catch (error) {
    throw new SpamsiftError('E_MODEL_CORRUPT', `the starter model shipped with spamsift (${STARTER_FILE} beside its code) cannot be read: ${(error as Error).message}`, 'options.starter');
  }
  if (typeof parsed !== 'object' || parsed === null || !('model' in parsed) || !('about' in parsed)) {
    throw new SpamsiftError('E_MODEL_CORRUPT', `the starter model shipped with spamsift (${STARTER_FILE}) is not a starter file.`, 'options.starter');
  }
  return parsed as StarterFile;
}

/** The shipped starter model, an exported model object (checked by readModel like any other). */
export function shippedStarterModel(): unknown {
  return readShipped().model;
}

/** Where the shipped starter's counts came from: corpora, licences, attribution, build date. */
export function starterAbout(): unknown {
  return readShipped().about;
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
