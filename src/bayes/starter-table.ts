// The starter as a table: one fitted weight per token, and the calibration, instead of the learned
// documents. A classifier built from an exported model (createClassifier) scores a comment as
//   p = sigmoid(slope · (bias + Σ w_t / used^power) + offset)
// over the distinct known tokens t (NB-LR, weights.ts), so once it is fitted the documents are
// no longer needed to score: the weights are read off it once (starterTableFromModel) and the
// table scores the same. Why a table: loading 11,000 learned documents and fitting NB-LR on them
// took about 0.35 s at createModerator and 0.5 s on the first check; a table loads in a few
// milliseconds and scores a comment with one Map lookup per token, which a default-on starter
// needs (docs/cold-start-session6.md).
import { SpamsiftError } from '../errors.js';
import type { Language } from '../options.js';
import { TOKEN_WORD, WORD_PART, parseTokenTexts, tokenText } from '../tokenize/index.js';
import type { BayesResult, BayesToken, ClassifierTokens } from '../types.js';
import { createClassifier } from './index.js';

export const STARTER_TABLE_FORMAT = 'spamsift-starter';
export const STARTER_TABLE_VERSION = 1;

/** The starter's file form: named keys, its own format and version. */
export interface StarterTableJSON {
  format: typeof STARTER_TABLE_FORMAT;
  version: typeof STARTER_TABLE_VERSION;
  /** The moderator language its tokens were made with. */
  language: Language;
  slope: number;
  offset: number;
  bias: number;
  power: number;
  /** Token text forms (words and word pairs) and their fitted weights, position by position. */
  tokens: string[];
  weights: number[];
}

/** Weights are kept to 1e-4: a comment's sum moves by far less than the calibration's own error. */
const WEIGHT_DIGITS = 1e4;

function corrupt(path: string, expected: string, received: unknown): never {
  throw new SpamsiftError('E_MODEL_CORRUPT', `the starter table's ${path} must be ${expected}; rebuild it with scripts/build-starter.mjs.`, `options.starter.${path}`, {
    expected,
    received: typeof received === 'object' ? (received === null ? 'null' : Array.isArray(received) ? 'array' : 'object') : `${typeof received} ${String(received).slice(0, 40)}`,
  });
}

/** True when `value` claims to be a starter table (then readStarterTable checks the rest). */
export function isStarterTable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === STARTER_TABLE_FORMAT;
}

/** Checks a starter table completely before anything is built from it. */
export function readStarterTable(value: unknown): StarterTableJSON {
  if (!isStarterTable(value)) corrupt('format', `"${STARTER_TABLE_FORMAT}"`, (value as { format?: unknown } | null)?.format);
  const t = value as Record<string, unknown>;
  if (t['version'] !== STARTER_TABLE_VERSION) {
    throw new SpamsiftError('E_MODEL_VERSION', `the starter table is version ${String(t['version'])}; this spamsift reads version ${STARTER_TABLE_VERSION}.`, 'options.starter.version');
  }
  if (typeof t['language'] !== 'string') corrupt('language', 'a language', t['language']);
  for (const key of ['slope', 'offset', 'bias', 'power'] as const) {
    if (typeof t[key] !== 'number' || !Number.isFinite(t[key])) corrupt(key, 'a finite number', t[key]);
  }
  const tokens = t['tokens'];
  const weights = t['weights'];
  if (!Array.isArray(tokens) || !tokens.every((s) => typeof s === 'string' && s !== '')) corrupt('tokens', 'an array of token texts', tokens);
  if (!Array.isArray(weights) || weights.length !== tokens.length || !weights.every((w) => typeof w === 'number' && Number.isFinite(w))) {
    corrupt('weights', `an array of ${tokens.length} finite numbers`, weights);
  }
  if (new Set(tokens).size !== tokens.length) corrupt('tokens', 'distinct token texts', 'a repeated token');
  return t as unknown as StarterTableJSON;
}

/**
 * The table of a classifier built from an exported model's Bayes part (checked by readModel):
 * its calibration and each vocabulary token's fitted weight, read as the evidence of a comment
 * holding that token alone. Slow (it builds and fits the classifier); done once per starter.
 */
export function starterTableFromModel(bayes: unknown, vocabulary: number, language: Language): StarterTableJSON {
  const classifier = createClassifier({ minExamplesPerClass: 1, maxVocabulary: Math.max(vocabulary, 100) }, bayes);
  if (!classifier.readiness().ready) {
    throw new SpamsiftError('E_MODEL_CORRUPT', 'a starter model must hold spam and ham documents.', 'options.starter');
  }
  const texts = (bayes as { vocabulary: string[] }).vocabulary;
  const empty = classifier.evidence(parseTokenTexts([]));
  const calibration = classifier.calibration();
  const tokens: string[] = [];
  const weights: number[] = [];
  for (const text of texts) {
    const e = classifier.evidence(parseTokenTexts([text]));
    // A token the classifier does not count on its own (a disguise token set aside) has no weight here either.
    if (e === null || e.used !== 1 || e.raw === 0) continue;
    tokens.push(text);
    weights.push(Math.round(e.raw * WEIGHT_DIGITS) / WEIGHT_DIGITS);
  }
  return {
    format: STARTER_TABLE_FORMAT,
    version: STARTER_TABLE_VERSION,
    language,
    slope: calibration.slope,
    offset: calibration.offset,
    bias: empty?.bias ?? 0,
    power: 0.5,
    tokens,
    weights,
  };
}

export interface StarterClassifier {
  /** The starter's calibrated view of a comment's tokens, its strongest words as evidence. */
  classify(tokens: ClassifierTokens): BayesResult;
}

const byWeight = (a: BayesToken, b: BayesToken): number => Math.abs(b.weight) - Math.abs(a.weight);

/** Scores comments with a checked table: each distinct token looked up by its text form. */
export function createTableStarter(table: StarterTableJSON): StarterClassifier {
  const index = new Map<string, number>();
  table.tokens.forEach((t, i) => index.set(t, i));
  const { weights, slope, offset, bias, power } = table;
  return {
    classify(tokens) {
      const seen = new Set<number>();
      const found: BayesToken[] = [];
      let raw = 0;
      for (let i = 0; i < tokens.length; i++) {
        // A word that is only part of a word pair is not a token of its own.
        if (tokens.kind[i] === TOKEN_WORD && ((tokens.b[i] as number) & WORD_PART) !== 0) continue;
        const at = index.get(tokenText(tokens, i));
        if (at === undefined || seen.has(at)) continue;
        seen.add(at);
        raw += weights[at] as number;
        found.push({ token: table.tokens[at] as string, position: i, weight: weights[at] as number });
      }
      // As the classifier reports them: each token's share of the calibrated log-odds.
      const scale = slope / Math.pow(Math.max(seen.size, 1), power);
      const probability = 1 / (1 + Math.exp(-(slope * bias + raw * scale + offset)));
      const spamTokens: BayesToken[] = [];
      const hamTokens: BayesToken[] = [];
      for (const t of found) {
        t.weight *= scale;
        (t.weight >= 0 ? spamTokens : hamTokens).push(t);
      }
      return { probability, spamTokens: spamTokens.sort(byWeight), hamTokens: hamTokens.sort(byWeight) };
    },
  };
}
