// What goes into the stream, and the rule every instance applies to read it back. The rule must
// give the same answer on every instance for the same entries, or their models drift apart:
// it depends only on the entries and their order, never on local time or local state.
import { SpamsiftError, type Comment, type CommentInput, type Label } from '../index.js';
import { idTime } from './stream-id.js';

export const EVENT_VERSION = '1';
/**
 * A learn() retried after a lost reply can put the same event in the stream twice. Repeats of an
 * event id are skipped when they come within this much stream time (the Redis clock) of the first,
 * which is far longer than learn() ever retries.
 */
export const DEDUP_WINDOW_MS = 10 * 60 * 1000;

export type EventOp = 'learn' | 'unlearn';

export interface LearnEvent {
  /** Stream entry id. */
  id: string;
  /** Event number from the site's counter: consecutive, so a gap in what was read shows. */
  seq: number;
  /** Random id chosen by the writer; a re-delivered copy has the same one. */
  eid: string;
  op: EventOp;
  /** For 'learn'; for 'unlearn' it is absent. */
  label?: Label;
  comment: Comment;
}

/** The comment fields the pipeline reads: CMS records carry many more, and the stream keeps none of them. */
const COMMENT_KEYS = ['id', 'content', 'contentFormat', 'author', 'request', 'target', 'createdAt', 'type'] as const;

/** The part of a (validated) comment that is written to the stream, as JSON text. */
export function encodeComment(input: CommentInput): string {
  if (typeof input === 'string') return JSON.stringify({ content: input });
  const kept: Record<string, unknown> = {};
  for (const key of COMMENT_KEYS) if (input[key] !== undefined) kept[key] = input[key];
  return JSON.stringify(kept);
}

function malformed(id: string, why: string): SpamsiftError {
  return new SpamsiftError('E_EVENT_MALFORMED', `stream entry ${id} is not a spamsift event (${why}); every instance skips it.`, `events.${id}`);
}

/** Reads one stream entry; a coded error (never a throw) when it is not an event this version wrote. */
export function decodeEvent(id: string, fields: Record<string, string>): LearnEvent | SpamsiftError {
  if (fields['v'] !== EVENT_VERSION) return malformed(id, `version ${JSON.stringify(String(fields['v']).slice(0, 20))}, this spamsift reads ${EVENT_VERSION}`);
  const seq = Number(fields['seq']);
  if (!Number.isSafeInteger(seq) || seq < 1) return malformed(id, 'no event number');
  const eid = fields['eid'];
  if (typeof eid !== 'string' || eid === '' || eid.length > 100) return malformed(id, 'no event id');
  const op = fields['op'];
  if (op !== 'learn' && op !== 'unlearn') return malformed(id, 'unknown operation');
  const label = fields['label'];
  if (op === 'learn' && label !== 'spam' && label !== 'ham') return malformed(id, 'no label');
  let comment: unknown;
  try {
    comment = JSON.parse(fields['comment'] ?? '');
  } catch {
    return malformed(id, 'comment is not JSON');
  }
  if (typeof comment !== 'object' || comment === null || Array.isArray(comment)) return malformed(id, 'comment is not an object');
  const event: LearnEvent = { id, seq, eid, op, comment: comment as Comment };
  if (op === 'learn') event.label = label as Label;
  return event;
}

/** Event ids seen in the last DEDUP_WINDOW_MS of stream time, oldest first. */
export class SeenEvents {
  private readonly seen = new Map<string, number>();

  /** True when `eid` already came within the window before stream entry `id`; otherwise records it. */
  repeat(eid: string, id: string): boolean {
    const now = idTime(id);
    for (const [old, time] of this.seen) {
      if (time >= now - DEDUP_WINDOW_MS) break;
      this.seen.delete(old);
    }
    if (this.seen.has(eid)) return true;
    this.seen.set(eid, now);
    return false;
  }

  toJSON(): [string, number][] {
    return [...this.seen];
  }

  static from(entries: readonly [string, number][]): SeenEvents {
    const s = new SeenEvents();
    for (const [eid, time] of entries) s.seen.set(eid, time);
    return s;
  }
}
