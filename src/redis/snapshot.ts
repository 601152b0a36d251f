// A snapshot is the model at one stream position, plus what replay needs to go on from there
// exactly as the instances that never stopped (the recent event ids, for the duplicate rule).
// Text form: one JSON header line, then the model JSON. The header carries a SHA-256 of the
// model text, so a truncated or edited snapshot is refused rather than loaded half-right.
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { SpamsiftError } from '../index.js';
import { describeValue } from './describe.js';
import { isStreamId } from './stream-id.js';

export const SNAPSHOT_FORMAT = 'spamsift-redis-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  site: string;
  /** Stream id of the last event the model includes ('0-0': none). */
  position: string;
  /** Event number of that event (0: none). */
  seq: number;
  seen: [string, number][];
  /** The exported model's JSON text, as createModerator({ model }) reads it. */
  model: string;
}

interface Header {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  site: string;
  position: string;
  seq: number;
  seen: [string, number][];
  sha256: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function encodeSnapshot(snapshot: Snapshot): string {
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    site: snapshot.site,
    position: snapshot.position,
    seq: snapshot.seq,
    seen: snapshot.seen,
    sha256: sha256(snapshot.model),
  };
  return `${JSON.stringify(header)}\n${snapshot.model}`;
}

function corrupt(where: string, why: string): SpamsiftError {
  return new SpamsiftError('E_SNAPSHOT_CORRUPT', `snapshot ${where} is unusable: ${why}.`, where);
}

function isSeen(value: unknown): value is [string, number][] {
  return Array.isArray(value) && value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && Number.isFinite(e[1]));
}

/** Checks a snapshot's text; a coded error (returned, so callers can try the next one) when it is unusable. */
export function decodeSnapshot(text: unknown, site: string, where: string): Snapshot | SpamsiftError {
  if (typeof text !== 'string') return corrupt(where, `expected text, found ${describeValue(text)}`);
  const newline = text.indexOf('\n');
  if (newline < 0) return corrupt(where, 'no header line');
  let header: Partial<Header>;
  try {
    header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
  } catch {
    return corrupt(where, 'the header is not JSON');
  }
  if (typeof header !== 'object' || header === null) return corrupt(where, 'the header is not an object');
  if (header.format !== SNAPSHOT_FORMAT || header.version !== SNAPSHOT_VERSION) return corrupt(where, `not a ${SNAPSHOT_FORMAT} version ${SNAPSHOT_VERSION}`);
  if (header.site !== site) return corrupt(where, `it belongs to site ${describeValue(header.site)}, not ${JSON.stringify(site)}`);
  if (!isStreamId(header.position) || !Number.isSafeInteger(header.seq) || (header.seq as number) < 0) return corrupt(where, 'the position is missing');
  if (!isSeen(header.seen)) return corrupt(where, 'the recent event ids are missing');
  const model = text.slice(newline + 1);
  if (header.sha256 !== sha256(model)) return corrupt(where, 'the model does not match its checksum (truncated or edited)');
  return { site, position: header.position, seq: header.seq as number, seen: header.seen, model };
}

/** Reads a snapshot file: undefined when there is none yet, a coded error when it is unusable. */
export async function readSnapshotFile(path: string, site: string): Promise<Snapshot | SpamsiftError | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return corrupt(`file ${path}`, `it cannot be read (${(error as Error).message})`);
  }
  return decodeSnapshot(text, site, `file ${path}`);
}

/** Writes next to the target and renames, so a crash mid-write leaves the previous file whole. */
export async function writeSnapshotFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}
