// A learned document's distinct token ids, packed: sorted ascending and written as the gaps
// between them in LEB128 varints (7 bits a byte, the high bit set on every byte but a number's
// last). The store keeps every learned document this way so that unlearn and relabel stay exact;
// at 4 bytes an id the arena was the largest structure of a trained moderator (4 MB of the four
// shared corpora's 969k learned tokens), and a document's ids, sorted, mostly differ by a few
// thousand: two bytes a gap, often one. Written here (not a library) because it is a few lines
// over our own typed arrays, read on the learn and refit paths.
//
// A document's order of ids is free to change: every sum over a document's tokens is taken in
// fixed point (weights.ts), so it is the same in any order.

/** Bytes a LEB128 varint of `n` (below 2^32) takes at most. */
export const MAX_VARINT_BYTES = 5;

/**
 * Writes `ids[0 .. n)` (sorted ascending, distinct, each below 2^32) as varint gaps at `bytes[at ..]`
 * (room for MAX_VARINT_BYTES · n bytes is the caller's) and returns where they end.
 */
export function writeIds(bytes: Uint8Array, at: number, ids: ArrayLike<number>, n: number): number {
  let previous = 0;
  let p = at;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    let gap = id - previous;
    previous = id;
    while (gap >= 0x80) {
      bytes[p++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    bytes[p++] = gap;
  }
  return p;
}

/** Reads `count` ids written by writeIds at `bytes[at ..]` into `out[outAt ..]`; returns where they end in `bytes`. */
export function readIds(bytes: Uint8Array, at: number, count: number, out: Uint32Array | Int32Array, outAt: number): number {
  let id = 0;
  let p = at;
  for (let i = 0; i < count; i++) {
    let byte = bytes[p++] as number;
    let gap = byte & 0x7f;
    let shift = 7;
    while (byte >= 0x80) {
      byte = bytes[p++] as number;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    id += gap;
    out[outAt + i] = id;
  }
  return p;
}

/**
 * A document's record: its id count as a varint, then the ids as writeIds writes them (room for
 * MAX_VARINT_BYTES · (n + 1) bytes is the caller's); returns where it ends. The count in the
 * record (one byte below 128 ids) replaced a Uint32 per document slot beside the arena.
 */
export function writeRecord(bytes: Uint8Array, at: number, ids: ArrayLike<number>, n: number): number {
  let p = at;
  let count = n;
  while (count >= 0x80) {
    bytes[p++] = (count & 0x7f) | 0x80;
    count >>>= 7;
  }
  bytes[p++] = count;
  return writeIds(bytes, p, ids, n);
}

/** The id count of the record at `bytes[at ..]`. */
export function recordCount(bytes: Uint8Array, at: number): number {
  let p = at;
  let byte = bytes[p++] as number;
  let count = byte & 0x7f;
  for (let shift = 7; byte >= 0x80; shift += 7) {
    byte = bytes[p++] as number;
    count += (byte & 0x7f) * 2 ** shift;
  }
  return count;
}

/** Reads the ids of the record at `bytes[at ..]` (recordCount of them) into `out[outAt ..]`; returns where the record ends. */
export function readRecord(bytes: Uint8Array, at: number, out: Uint32Array | Int32Array, outAt: number): number {
  let p = at;
  while ((bytes[p] as number) >= 0x80) p++;
  return readIds(bytes, p + 1, recordCount(bytes, at), out, outAt);
}
