import { describe, expect, it } from 'vitest';
import { MAX_VARINT_BYTES, readIds, readRecord, recordCount, writeIds, writeRecord } from '../../src/bayes/id-arena.js';

describe('id arena (varint gaps of sorted ids)', () => {
  it.each([
    { name: 'empty', ids: [] as number[] },
    { name: 'small gaps', ids: [0, 1, 2, 127, 128, 300] },
    { name: 'every varint length', ids: [5, 200, 20_000, 3_000_000, 300_000_000, 0xffffffff] },
  ])('reads back what it wrote: $name', ({ ids }) => {
    const bytes = new Uint8Array(MAX_VARINT_BYTES * ids.length + 3).fill(0xee);
    const end = writeIds(bytes, 3, ids, ids.length);
    const out = new Uint32Array(ids.length + 1);
    expect(readIds(bytes, 3, ids.length, out, 1)).toBe(end);
    expect(Array.from(out.subarray(1))).toEqual(ids);
  });

  it('takes one byte for a gap below 128 and two below 16,384', () => {
    const bytes = new Uint8Array(16);
    expect(writeIds(bytes, 0, [127], 1)).toBe(1);
    expect(writeIds(bytes, 0, [128], 1)).toBe(2);
    expect(writeIds(bytes, 0, [1000, 1127, 17_510], 3)).toBe(2 + 1 + 2);
  });

  it.each([0, 1, 127, 128, 300, 20_000])('a record of %i ids: its count, its ids, and where it ends', (n) => {
    const ids = Array.from({ length: n }, (_, i) => i * 37 + (i % 5));
    const bytes = new Uint8Array(MAX_VARINT_BYTES * (n + 1) + 2).fill(0xee);
    const end = writeRecord(bytes, 2, ids, n);
    expect(end).toBe(2 + (n < 128 ? 1 : n < 16_384 ? 2 : 3) + (writeIds(new Uint8Array(MAX_VARINT_BYTES * n), 0, ids, n)));
    expect(recordCount(bytes, 2)).toBe(n);
    const out = new Uint32Array(n);
    expect(readRecord(bytes, 2, out, 0)).toBe(end);
    expect(Array.from(out)).toEqual(ids);
  });
});
