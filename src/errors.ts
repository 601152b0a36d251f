// One error class for every misuse of the API. Callers branch on `code`, never on the message;
// `path`, `expected` and `received` say the same things as the message, as data (valibot's issues).

export type SpamsiftErrorCode =
  /** check()/learn() got something that is not a comment object or string. */
  | 'E_INVALID_COMMENT'
  /** createModerator() or a function got an option of the wrong type or range, or an unknown option. */
  | 'E_INVALID_OPTION'
  /** A rule object (added by the caller) is malformed, or one of its own examples fails. */
  | 'E_INVALID_RULE'
  /** learn() got a label other than 'spam' or 'ham'. */
  | 'E_INVALID_LABEL'
  /** A model object or file was made by an unsupported version. */
  | 'E_MODEL_VERSION'
  /** A model object or file is truncated, edited or otherwise not a spamsift model. */
  | 'E_MODEL_CORRUPT'
  /** A model file is larger or deeper than the configured limits, or declares more than they allow. */
  | 'E_MODEL_TOO_LARGE'
  /** spamsift/redis: Redis cannot be reached (at start, or now): learning is refused, checks go on locally. */
  | 'E_REDIS_UNAVAILABLE'
  /** spamsift/redis: the shared moderator was closed. */
  | 'E_REDIS_CLOSED'
  /** spamsift/redis: a snapshot (in Redis or a file) is truncated, edited or for another key. */
  | 'E_SNAPSHOT_CORRUPT'
  /** spamsift/redis: events this instance needs were trimmed and no readable snapshot covers them. */
  | 'E_REPLICATION_GAP'
  /** spamsift/redis: a stream entry is not a spamsift event (skipped by every instance alike). */
  | 'E_EVENT_MALFORMED';

/** What was expected and what was received, for callers that report errors without parsing messages. */
export interface SpamsiftErrorDetails {
  expected?: string;
  /** The received value as described for people (`a string of 900 characters`, `number 5`): never a copy of large or hostile input. */
  received?: string;
}

/**
 * The brand that marks a SpamsiftError whichever copy of the class made it: the ESM and the CJS
 * builds (or two bundles of one version) each have their own class, so `instanceof` alone would
 * say no to an error from the other copy. Symbol.for gives both copies the same key.
 */
const BRAND = Symbol.for('spamsift.SpamsiftError');

export class SpamsiftError extends Error {
  readonly code: SpamsiftErrorCode;
  /** Where the problem is, e.g. `options.thresholds.spam` or `model.bayes.counts`. */
  readonly path: string | undefined;
  readonly expected: string | undefined;
  readonly received: string | undefined;

  constructor(code: SpamsiftErrorCode, message: string, path?: string, details: SpamsiftErrorDetails = {}) {
    super(`spamsift: ${message}`);
    this.name = 'SpamsiftError';
    this.code = code;
    this.path = path;
    this.expected = details.expected;
    this.received = details.received;
  }

  /**
   * `instanceof SpamsiftError` is true for an error from any copy of the class (the ESM and CJS
   * builds, the spamsift/evaluate subpath's bundled input checks), the same test as isSpamsiftError.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isSpamsiftError(value);
  }
}

Object.defineProperty(SpamsiftError.prototype, BRAND, { value: true });

/** True for a SpamsiftError from this or any other build of spamsift loaded in the process. */
export function isSpamsiftError(value: unknown): value is SpamsiftError {
  // The class's own test, not `instanceof` (which would call Symbol.hasInstance above, i.e. this).
  if (Function.prototype[Symbol.hasInstance].call(SpamsiftError, value)) return true;
  if (!(value instanceof Error)) return false;
  try {
    return (value as unknown as Record<symbol, unknown>)[BRAND] === true && typeof (value as { code?: unknown }).code === 'string';
  } catch {
    // A Proxy whose get trap throws is not one of ours.
    return false;
  }
}

/** Describes a received value for error messages without echoing large or hostile input. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  // A function's String() is its source (and may throw), a symbol's its description: neither is echoed.
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  const text = String(value);
  return text.length > 40 ? `${typeof value} of ${text.length} digits` : `${typeof value} ${text}`;
}
