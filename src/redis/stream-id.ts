// Redis stream ids ("<ms>-<seq>") compared as numbers: string order is wrong once the ms part
// gains a digit, and the parts can exceed 2^53, so they are compared as BigInt.

export const START_ID = '0-0';

const STREAM_ID = /^(\d{1,20})-(\d{1,20})$/;

export function isStreamId(value: unknown): value is string {
  return typeof value === 'string' && STREAM_ID.test(value);
}

function parts(id: string): [bigint, bigint] {
  const m = STREAM_ID.exec(id);
  if (m === null) return [0n, 0n];
  return [BigInt(m[1] as string), BigInt(m[2] as string)];
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareIds(a: string, b: string): number {
  const [am, as] = parts(a);
  const [bm, bs] = parts(b);
  if (am !== bm) return am < bm ? -1 : 1;
  return as === bs ? 0 : as < bs ? -1 : 1;
}

/** Milliseconds part: the Redis server's clock when the entry was added. */
export function idTime(id: string): number {
  return Number(parts(id)[0]);
}
