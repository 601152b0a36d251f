// The exported model is an untrusted file once it leaves the process: everything read back is
// checked, and a bad model throws a coded error before any moderator state is touched.
import { SpamsiftError, describeValue } from './errors.js';
import { LANGUAGES, type Language } from './options.js';

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

/** Limits for reading an untrusted model; the defaults suit any real site's model. */
export interface ModelLimits {
  /** Longest model JSON text accepted (code units); default MAX_MODEL_BYTES. */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects accepted; default MAX_MODEL_DEPTH. */
  maxDepth?: number;
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

/** Linear scan of JSON text for nesting depth, so JSON.parse never sees a stack-exhausting input. */
function checkDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) {
        throw new SpamsiftError('E_MODEL_TOO_LARGE', `model JSON nests deeper than ${maxDepth} levels; it is not a spamsift model.`, 'model');
      }
    } else if (c === 125 || c === 93) depth--;
  }
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
  let data = value;
  if (typeof value === 'string') {
    if (value.length > maxBytes) {
      throw new SpamsiftError('E_MODEL_TOO_LARGE', `model JSON is ${value.length} characters, over the limit of ${maxBytes}.`, 'model');
    }
    checkDepth(value, maxDepth);
    try {
      data = JSON.parse(value);
    } catch (error) {
      corrupt(`model is not valid JSON (${(error as Error).message}).`);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) corrupt(`model must be an object, received ${describeValue(data)}.`);
  const m = data as Record<string, unknown>;
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
  return m as unknown as SpamsiftModel;
}
