// The exported model is an untrusted file once it leaves the process: everything read back is
// checked, and a bad model throws a coded error before any moderator state is touched.
import { SpamsiftError, describeValue } from './errors.js';
import { LANGUAGES, type Language } from './options.js';
import { tokenListLength } from './bayes/serialize.js';

export const MODEL_FORMAT = 'spamsift-model';
export const MODEL_VERSION = 1;
/**
 * JSON text longer than this (in UTF-16 code units, as JS measures strings) is refused before
 * parsing: JSON.parse needs several times the text's size in memory. It must stay below V8's
 * longest string (2^29 − 24 units), or no string could ever reach it and the check would be dead.
 */
export const MAX_MODEL_BYTES = 256 * 1024 * 1024;
/** A real model nests a few levels; anything deeper is an attack on the parser's stack. */
export const MAX_MODEL_DEPTH = 16;
/**
 * What a model may declare. Loading costs time and memory in proportion to these counts, not to
 * the file's bytes (a file of short numbers or one-letter tokens is dense), so they are checked
 * before anything is built: a model over them is refused with E_MODEL_TOO_LARGE at once.
 * A site's real model is far below them: the default vocabulary cap is 200,000 tokens, and a
 * comment contributes about 20 to 200 distinct tokens (docs/security.md: measured costs).
 */
export const MAX_MODEL_VOCABULARY = 2_000_000;
export const MAX_MODEL_DOCUMENTS = 1_000_000;
/** Sum over documents of their distinct tokens. */
export const MAX_MODEL_TOKENS = 20_000_000;

/** Limits for reading an untrusted model; the defaults suit any real site's model. */
export interface ModelLimits {
  /** Longest model JSON text accepted (code units); default MAX_MODEL_BYTES. */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects accepted; default MAX_MODEL_DEPTH. */
  maxDepth?: number;
  /** Most vocabulary tokens accepted; default MAX_MODEL_VOCABULARY. */
  maxVocabulary?: number;
  /** Most learned documents accepted; default MAX_MODEL_DOCUMENTS. */
  maxDocuments?: number;
  /** Most document tokens (summed over documents) accepted; default MAX_MODEL_TOKENS. */
  maxTokens?: number;
}

export interface SpamsiftModel {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Stemmer language the tokens were made with: a model only fits moderators of the same language. */
  language: Language;
  createdAt: string;
  /** The classifier's own state (see bayes/). */
  bayes: unknown;
}

function corrupt(message: string, path = 'model'): never {
  throw new SpamsiftError('E_MODEL_CORRUPT', `${message} Export a model again with moderator.exportModel().`, path);
}

function tooLarge(message: string, path: string, expected: string, received: string): never {
  throw new SpamsiftError('E_MODEL_TOO_LARGE', message, path, { expected, received });
}

/**
 * Linear scan of JSON text before JSON.parse: nesting depth (so the parser's stack cannot be
 * exhausted), the number of values (commas outside strings) and of strings, so the parsed arrays
 * cannot hold more than the declared-count limits allow: JSON.parse's memory is bounded by them.
 */
function checkShape(text: string, maxDepth: number, maxValues: number, maxStrings: number): void {
  let depth = 0;
  let values = 0;
  let strings = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
      if (++strings > maxStrings) {
        tooLarge(`model JSON holds more than ${maxStrings} strings, more than any model within the limits declares.`, 'model', `at most ${maxStrings} strings`, `more than ${maxStrings}`);
      }
    } else if (c === 44 /* , */) {
      if (++values > maxValues) {
        tooLarge(`model JSON holds more than ${maxValues} values, more than any model within the limits declares.`, 'model', `at most ${maxValues} values`, `more than ${maxValues}`);
      }
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) {
        throw new SpamsiftError('E_MODEL_TOO_LARGE', `model JSON nests deeper than ${maxDepth} levels; it is not a spamsift model.`, 'model');
      }
    } else if (c === 125 || c === 93) depth--;
  }
}

function ownValue(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/**
 * Checks the counts the Bayes part declares and the lengths of its arrays against the limits,
 * reading nothing but lengths: nothing is built before a model is known to fit. The structure
 * itself is checked afterwards, strictly, by the classifier's reader.
 */
function checkDeclaredSize(bayes: unknown, maxVocabulary: number, maxDocuments: number, maxTokens: number): void {
  const check = (count: number, limit: number, path: string, what: string): void => {
    if (count > limit) tooLarge(`${path} declares ${count} ${what}, over the limit of ${limit}.`, path, `at most ${limit}`, `${count}`);
  };
  const vocabulary = ownValue(bayes, 'vocabulary');
  if (Array.isArray(vocabulary)) check(vocabulary.length, maxVocabulary, 'model.bayes.vocabulary', 'tokens');
  const documents = ownValue(bayes, 'documents');
  for (const key of ['ids', 'labels', 'tokens']) {
    const list = ownValue(documents, key);
    if (Array.isArray(list)) check(list.length, maxDocuments, `model.bayes.documents.${key}`, 'documents');
  }
  const declared = ownValue(ownValue(bayes, 'totals'), 'tokens');
  if (typeof declared === 'number' && Number.isSafeInteger(declared)) check(declared, maxTokens, 'model.bayes.totals.tokens', 'document tokens');
  const lists = ownValue(documents, 'tokens');
  if (Array.isArray(lists)) {
    let sum = 0;
    // Version 1 lists are arrays of gaps, version 2 lists strings of them.
    for (const list of lists) {
      if (Array.isArray(list)) sum += list.length;
      else if (typeof list === 'string') sum += tokenListLength(list);
    }
    check(sum, maxTokens, 'model.bayes.documents.tokens', 'document tokens');
  }
}

/** The number of tokens in a checked model's vocabulary (0 when it has none). */
export function modelVocabularySize(model: SpamsiftModel): number {
  const vocabulary = ownValue(model.bayes, 'vocabulary');
  return Array.isArray(vocabulary) ? vocabulary.length : 0;
}

function readLimit(value: unknown, fallback: number, path: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new SpamsiftError('E_INVALID_OPTION', `${path} must be a whole number ≥ 1, received ${describeValue(value)}.`, path);
  }
  return value;
}

/** Accepts a model object or its JSON text and returns the checked envelope. */
export function readModel(value: unknown, limits: ModelLimits = {}): SpamsiftModel {
  if (typeof limits !== 'object' || limits === null) {
    throw new SpamsiftError('E_INVALID_OPTION', `limits must be an object, received ${describeValue(limits)}.`, 'limits');
  }
  const maxBytes = readLimit(limits.maxBytes, MAX_MODEL_BYTES, 'limits.maxBytes');
  const maxDepth = readLimit(limits.maxDepth, MAX_MODEL_DEPTH, 'limits.maxDepth');
  const maxVocabulary = readLimit(limits.maxVocabulary, MAX_MODEL_VOCABULARY, 'limits.maxVocabulary');
  const maxDocuments = readLimit(limits.maxDocuments, MAX_MODEL_DOCUMENTS, 'limits.maxDocuments');
  const maxTokens = readLimit(limits.maxTokens, MAX_MODEL_TOKENS, 'limits.maxTokens');
  let data = value;
  if (typeof value === 'string') {
    if (value.length > maxBytes) {
      tooLarge(`model JSON is ${value.length} characters, over the limit of ${maxBytes}.`, 'model', `at most ${maxBytes} characters`, `${value.length}`);
    }
    // A byte-order mark is what some editors and Windows tools put first; it is not part of the JSON.
    const text = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
    // The vocabulary, three arrays of documents and their token lists, plus the envelope's few keys;
    // strings: the vocabulary, the ids, the labels and (version 2) the token lists.
    checkShape(text, maxDepth, maxTokens + maxVocabulary + 3 * maxDocuments + 64, maxVocabulary + 3 * maxDocuments + 64);
    try {
      data = JSON.parse(text);
    } catch (error) {
      corrupt(`model is not valid JSON (${(error as Error).message}).`);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) corrupt(`model must be an object, received ${describeValue(data)}.`);
  // Own properties only, copied once: the envelope is read from the model, never from a prototype.
  const m: Record<string, unknown> = {};
  for (const key of ['format', 'version', 'language', 'createdAt', 'bayes']) m[key] = ownValue(data, key);
  if (m['format'] !== MODEL_FORMAT) corrupt(`model.format must be "${MODEL_FORMAT}", received ${describeValue(m['format'])}.`, 'model.format');
  if (m['version'] !== MODEL_VERSION) {
    throw new SpamsiftError(
      'E_MODEL_VERSION',
      `model version ${describeValue(m['version'])} is not supported by this spamsift (reads version ${MODEL_VERSION}).`,
      'model.version',
    );
  }
  if (!LANGUAGES.includes(m['language'] as Language)) corrupt(`model.language must be one of ${LANGUAGES.join(', ')}.`, 'model.language');
  if (typeof m['createdAt'] !== 'string') corrupt('model.createdAt must be a string.', 'model.createdAt');
  if (typeof m['bayes'] !== 'object' || m['bayes'] === null) corrupt('model.bayes must be an object.', 'model.bayes');
  checkDeclaredSize(m['bayes'], maxVocabulary, maxDocuments, maxTokens);
  return m as unknown as SpamsiftModel;
}
