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
import { TOKEN_BIGRAM, TOKEN_GRAM, TOKEN_WORD, WORD_PART, parseTokenTexts, tokenText } from '../tokenize/index.js';
import type { BayesResult, BayesToken, ClassifierTokens } from '../types.js';
import { DEFAULT_BAYES_CONFIG, createClassifier, expand } from './index.js';

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
    // A token the classifier does not count on its own (a disguise token set aside) is left out;
    // one of weight 0 stays, as it still counts among the known tokens that divide the sum.
    if (e === null || e.used !== 1) continue;
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

/**
 * Scores comments with a checked table. Words are looked up by their text, word pairs by their
 * first word then their second (no string is built per pair: this runs on every check of an
 * untrained moderator), other tokens by their text form. Which tokens were already counted is
 * kept by stamping table entries with a per-check number, not by a Set per check.
 */
export function createTableStarter(table: StarterTableJSON): StarterClassifier {
  const words = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  const others = new Map<string, number>();
  const probe = parseTokenTexts(table.tokens);
  for (let i = 0; i < table.tokens.length; i++) {
    const kind = probe.kind[i];
    if (kind === TOKEN_WORD) words.set(table.tokens[i] as string, i);
    else if (kind === TOKEN_BIGRAM) {
      const first = probe.text[probe.a[i] as number] as string;
      let inner = pairs.get(first);
      if (inner === undefined) pairs.set(first, (inner = new Map()));
      inner.set(probe.text[probe.b[i] as number] as string, i);
    } else others.set(table.tokens[i] as string, i);
  }
  // Character n-grams are not pipeline tokens: the classifier adds them (expand.ts), so a table
  // read off a full site model (not the shipped one, which keeps words and pairs) needs them too.
  let grams = false;
  for (const t of table.tokens) if (t.charCodeAt(0) === 126 /* ~ */) grams = true;
  const { weights, slope, offset, bias, power } = table;
  const stamp = new Uint32Array(table.tokens.length);
  let check = 0;
  return {
    classify(given) {
      const tokens = grams ? expand(given, DEFAULT_BAYES_CONFIG).tokens : given;
      // A new number for this check (wrapping after 4 billion checks clears the stamps once).
      if (++check === 0xffffffff) {
        stamp.fill(0);
        check = 1;
      }
      const found: number[] = [];
      let raw = 0;
      for (let i = 0; i < tokens.length; i++) {
        const kind = tokens.kind[i];
        let at: number | undefined;
        if (kind === TOKEN_WORD) {
          // A word that is only part of a word pair is not a token of its own.
          if (((tokens.b[i] as number) & WORD_PART) !== 0) continue;
          at = words.get(tokens.text[i] as string);
        } else if (kind === TOKEN_BIGRAM) {
          at = pairs.get(tokens.text[tokens.a[i] as number] as string)?.get(tokens.text[tokens.b[i] as number] as string);
        } else if (others.size > 0) at = others.get(tokenText(tokens, i));
        if (at === undefined || stamp[at] === check) continue;
        stamp[at] = check;
        raw += weights[at] as number;
        // An n-gram's weight is credited to its word's position (as the classifier credits it).
        found.push(at, kind === TOKEN_GRAM ? (tokens.a[i] as number) : i);
      }
      const known = found.length / 2;
      // As the classifier reports them: each token's share of the calibrated log-odds.
      const scale = slope / Math.pow(Math.max(known, 1), power);
      const probability = 1 / (1 + Math.exp(-(slope * bias + raw * scale + offset)));
      const spamTokens: BayesToken[] = [];
      const hamTokens: BayesToken[] = [];
      for (let k = 0; k < found.length; k += 2) {
        const at = found[k] as number;
        const weight = (weights[at] as number) * scale;
        (weight >= 0 ? spamTokens : hamTokens).push({ token: table.tokens[at] as string, position: found[k + 1] as number, weight });
      }
      return { probability, spamTokens: spamTokens.sort(byWeight), hamTokens: hamTokens.sort(byWeight) };
    },
  };
}
