// The public shapes of spamsift/redis.
import type { CommentInput, Label, Rule, SpamsiftError, SpamsiftModel, Verdict } from '../index.js';
import type { EventOp } from './events.js';

export interface AppliedEvent {
  /** Stream entry id. */
  id: string;
  /** Event number (consecutive across the site). */
  seq: number;
  op: EventOp;
  label?: Label;
  /** True when the event repeated one already applied and was skipped. */
  duplicate: boolean;
}

export interface SharedStatus {
  /** Both connections to Redis are up. */
  connected: boolean;
  /** Stream id of the last event applied ('0-0': none). */
  position: string;
  /** Event number of the last event applied (0: none). */
  seq: number;
  /** The last problem met (also passed to onError), if any. */
  lastError: SpamsiftError | undefined;
}

export interface SnapshotInfo {
  position: string;
  seq: number;
  /** Size of the snapshot text in characters. */
  size: number;
  /** Stream entries trimmed because every kept snapshot is past them. */
  trimmed: number;
}

export interface SharedModerator {
  /** Scores a comment with the local model. Synchronous; never touches Redis. */
  check(comment: CommentInput): Verdict;
  /** Resolves with the stream id once the event is in the stream; the local model has it after the next sync(). */
  learn(comment: CommentInput, label: Label): Promise<string>;
  /** Like learn(): forgetting a comment that was never learned is a harmless no-op event. */
  unlearn(comment: CommentInput): Promise<string>;
  /** Resolves when this instance has applied every event written before the call. */
  sync(): Promise<void>;
  /** Writes the model and the stream position it covers to Redis (and to snapshotFile when set). */
  snapshot(): Promise<SnapshotInfo>;
  exportModel(): SpamsiftModel;
  status(): SharedStatus;
  /** The active rules of the local moderator. */
  readonly rules: readonly Rule[];
  /** Stops tailing and closes both connections; check() goes on working on the last model. */
  close(): Promise<void>;
}
