// Options of connectModerator, filled once like the core's setDefaults.
import { SpamsiftError, type ModeratorOptions } from '../index.js';
import { describeValue } from './describe.js';
import type { AppliedEvent } from './types.js';

export interface ConnectOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379` (`rediss://` for TLS; user and password in the URL). */
  url: string;
  /** The site: instances with the same key share one model; other keys never mix with it. */
  key: string;
  /** Moderator options, the same on every instance of a site (a `model` is refused: snapshots seed instances). */
  options?: ModeratorOptions;
  /** File a snapshot is also written to, and read from when Redis is down at start. */
  snapshotFile?: string;
  /** Snapshots kept in Redis (the stream is kept back to the oldest). Default 2. */
  keepSnapshots?: number;
  /** How long connectModerator waits for Redis before failing (or starting from snapshotFile). Default 5,000 ms. */
  connectTimeoutMs?: number;
  /** A write or query to Redis that gets no reply for this long fails (a hung Redis refuses learns instead of stalling them). Default 10,000 ms. */
  commandTimeoutMs?: number;
  /** sync() (and the catch-up at start) fails when no event was applied for this long while behind. Default 30,000 ms. */
  syncTimeoutMs?: number;
  /** Told of what the instance copes with on its own: Redis lost, a corrupt snapshot skipped, a malformed event skipped. Must not throw. */
  onError?: (error: SpamsiftError) => void;
  /** Told of every event this instance applied (or skipped as a repeat), in stream order. */
  onApply?: (event: AppliedEvent) => void;
}

export interface ResolvedConnectOptions {
  url: string;
  key: string;
  options: ModeratorOptions;
  snapshotFile: string | undefined;
  keepSnapshots: number;
  connectTimeoutMs: number;
  syncTimeoutMs: number;
  commandTimeoutMs: number;
  onError: (error: SpamsiftError) => void;
  onApply: ((event: AppliedEvent) => void) | undefined;
}

function invalid(path: string, expected: string, received: unknown): never {
  throw new SpamsiftError('E_INVALID_OPTION', `${path} must be ${expected}, received ${describeValue(received)}.`, path);
}

function whole(value: unknown, path: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) invalid(path, `a whole number ≥ ${min}`, value);
  return value;
}

function callback<T>(value: unknown, path: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') invalid(path, 'a function', value);
  return value as T;
}

export function readConnectOptions(input: unknown): ResolvedConnectOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) invalid('options', 'an object with url and key', input);
  const o = input as Record<string, unknown>;
  const url = o['url'];
  if (typeof url !== 'string' || !/^rediss?:\/\//.test(url)) invalid('url', 'a redis:// or rediss:// URL', url);
  const options = o['options'] ?? {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) invalid('options.options', 'moderator options (an object)', options);
  if ((options as ModeratorOptions).model !== undefined) {
    throw new SpamsiftError(
      'E_INVALID_OPTION',
      'options.options.model is not used by a shared moderator: its model comes from the site\'s snapshots and events. Learn the comments, or start one instance from a snapshotFile.',
      'options.options.model',
    );
  }
  const snapshotFile = o['snapshotFile'];
  if (snapshotFile !== undefined && (typeof snapshotFile !== 'string' || snapshotFile === '')) invalid('snapshotFile', 'a file path', snapshotFile);
  return {
    url,
    key: o['key'] as string,
    options: options as ModeratorOptions,
    snapshotFile: snapshotFile as string | undefined,
    keepSnapshots: whole(o['keepSnapshots'], 'keepSnapshots', 2, 1),
    connectTimeoutMs: whole(o['connectTimeoutMs'], 'connectTimeoutMs', 5000, 1),
    syncTimeoutMs: whole(o['syncTimeoutMs'], 'syncTimeoutMs', 30_000, 1),
    commandTimeoutMs: whole(o['commandTimeoutMs'], 'commandTimeoutMs', 10_000, 1),
    onError: callback<(error: SpamsiftError) => void>(o['onError'], 'onError') ?? (() => undefined),
    onApply: callback<(event: AppliedEvent) => void>(o['onApply'], 'onApply'),
  };
}
