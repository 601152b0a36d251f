// Every Redis key of one site lives under `spamsift:{<key>}:`. The braces are a Redis Cluster
// hash tag: all of a site's keys land in one slot, so the scripts that touch several of them run.
import { SpamsiftError } from '../index.js';
import { describeValue } from './describe.js';

export interface SiteKeys {
  /** The site key as the caller gave it. */
  site: string;
  /** Stream of learn/unlearn events. */
  events: string;
  /** Counter of events written: each event carries the next value, so a missing one shows. */
  seq: string;
  /** Hash: snapshot position (stream id) → snapshot text. */
  snapshots: string;
  /** Sorted set: snapshot position scored by the event number it covers. */
  snapshotIndex: string;
}

const SITE_KEY = /^[A-Za-z0-9_.:-]{1,128}$/;

export function siteKeys(key: unknown): SiteKeys {
  if (typeof key !== 'string' || !SITE_KEY.test(key)) {
    throw new SpamsiftError(
      'E_INVALID_OPTION',
      `key must be 1 to 128 characters of letters, digits, "_", ".", ":" or "-", received ${describeValue(key)}.`,
      'key',
    );
  }
  const prefix = `spamsift:{${key}}:`;
  return { site: key, events: `${prefix}events`, seq: `${prefix}seq`, snapshots: `${prefix}snapshots`, snapshotIndex: `${prefix}snapshot-index` };
}
