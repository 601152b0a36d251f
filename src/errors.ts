// One error class for every misuse of the API. Callers branch on `code`, never on the message.

export type SpamsiftErrorCode =
  /** check()/learn() got something that is not a comment object or string. */
  | 'E_INVALID_COMMENT'
  /** createModerator() or a function got an option of the wrong type or range. */
  | 'E_INVALID_OPTION'
  /** A rule object (added by the caller) is malformed. */
  | 'E_INVALID_RULE'
  /** learn() got a label other than 'spam' or 'ham'. */
  | 'E_INVALID_LABEL'
  /** A model object or file was made by an unsupported version. */
  | 'E_MODEL_VERSION'
  /** A model object or file is truncated, edited or otherwise not a spamsift model. */
  | 'E_MODEL_CORRUPT'
  /** A model file is larger or deeper than the configured limits. */
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

export class SpamsiftError extends Error {
  readonly code: SpamsiftErrorCode;
  /** Where the problem is, e.g. `options.thresholds.spam` or `model.bayes.counts`. */
  readonly path: string | undefined;

  constructor(code: SpamsiftErrorCode, message: string, path?: string) {
    super(`spamsift: ${message}`);
    this.name = 'SpamsiftError';
    this.code = code;
    this.path = path;
  }
}

export function isSpamsiftError(value: unknown): value is SpamsiftError {
  return value instanceof SpamsiftError;
}

/** Describes a received value for error messages without echoing large or hostile input. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  // A function's String() is its source (and may throw), a symbol's its description: neither is echoed.
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  const text = String(value);
  return text.length > 40 ? `${typeof value} of ${text.length} digits` : `${typeof value} ${text}`;
}
