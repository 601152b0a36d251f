// spamsift/redis: many app instances, one learned model, replicated through a Redis stream.
// A subpath of its own so the core stays a pure library: only this entry imports `redis`.
export { connectModerator } from './connect.js';
export type { ConnectOptions } from './options.js';
export type { AppliedEvent, SharedModerator, SharedStatus, SnapshotInfo } from './types.js';
export { DEDUP_WINDOW_MS, EVENT_VERSION, type EventOp } from './events.js';
export { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot.js';
