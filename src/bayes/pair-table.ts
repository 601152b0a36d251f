// Bigram ids by the ids of their two words, for the store: an open-addressing table of typed
// arrays, so scoring a bigram builds no string. The largest typed array of a trained store (the
// four shared corpora's 181k bigrams in 262k slots): three 32-bit numbers a slot [a, b, id] cost
// 3 MB there. While every id is below 2^21 (two million: a store at the default vocabulary cap
// stays far below it), a slot packs the three into two numbers, 21 bits each, and the table takes
// two thirds of that; the first id past that rewrites it into three numbers a slot for good.
//
// Written here (not a library) because it is a few lines over our own typed arrays, keyed by the
// store's own ids, and read on the check path of every bigram.

/** Ids below this fit a narrow slot's 21-bit fields. */
export const NARROW_IDS = 1 << 21;
const LOW = NARROW_IDS - 1;

/** Hash of a word-id pair (ids are small integers: multiply to spread them). */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
}

export class PairTable {
  /**
   * Narrow: per slot [a | (id & 0x7ff) << 21, b | (id >>> 11) << 21]; wide: [a, b, id]. The last
   * number of a slot is −1 when it is empty (a narrow one's is below 2^31, a wide one's an id).
   */
  private slots: Int32Array;
  /** Numbers a slot: 2 narrow, 3 wide. */
  private width = 2;
  /** Pairs held. */
  size = 0;
  /** Ids at or past this make the table wide (NARROW_IDS; tests pass a small one). */
  private readonly narrowIds: number;

  constructor(narrowIds = NARROW_IDS) {
    this.narrowIds = Math.min(narrowIds, NARROW_IDS);
    this.slots = new Int32Array(2 * 1024).fill(-1);
  }

  private get capacity(): number {
    return this.slots.length / this.width;
  }

  /** The id of the bigram (a, b), or -1. */
  get(a: number, b: number): number {
    const slots = this.slots;
    if (this.width === 2) {
      const mask = (slots.length >> 1) - 1;
      for (let h = pairHash(a, b) & mask; ; h = (h + 1) & mask) {
        const y = slots[2 * h + 1] as number;
        if (y === -1) return -1;
        const x = slots[2 * h] as number;
        if ((x & LOW) === a && (y & LOW) === b) return (x >>> 21) | ((y >>> 21) << 11);
      }
    }
    const mask = slots.length / 3 - 1;
    for (let h = pairHash(a, b) & mask; ; h = (h + 1) & mask) {
      const id = slots[h * 3 + 2] as number;
      if (id === -1) return -1;
      if (slots[h * 3] === a && slots[h * 3 + 1] === b) return id;
    }
  }

  /** Adds the bigram (a, b) with `id`; the caller knows it is not there yet (a, b and id are ids, below 2^31). */
  put(a: number, b: number, id: number): void {
    if (this.width === 2 && (a >= this.narrowIds || b >= this.narrowIds || id >= this.narrowIds)) this.rehash(this.capacity, 3);
    if ((this.size + 1) * 4 > this.capacity * 3) this.rehash(2 * this.capacity, this.width);
    this.place(a, b, id);
    this.size++;
  }

  private place(a: number, b: number, id: number): void {
    const slots = this.slots;
    const width = this.width;
    const mask = slots.length / width - 1;
    let h = pairHash(a, b) & mask;
    while (slots[h * width + width - 1] !== -1) h = (h + 1) & mask;
    if (width === 2) {
      slots[2 * h] = a | ((id & 0x7ff) << 21);
      slots[2 * h + 1] = b | ((id >>> 11) << 21);
    } else {
      slots[h * 3] = a;
      slots[h * 3 + 1] = b;
      slots[h * 3 + 2] = id;
    }
  }

  /** Calls `visit(a, b, id)` for every pair held (in slot order). */
  forEach(visit: (a: number, b: number, id: number) => void): void {
    eachPair(this.slots, this.width, visit);
  }

  /** Every pair placed again in `capacity` slots of `width` numbers. */
  private rehash(capacity: number, width: number): void {
    const old = this.slots;
    const oldWidth = this.width;
    this.width = width;
    this.slots = new Int32Array(width * capacity).fill(-1);
    eachPair(old, oldWidth, (a, b, id) => this.place(a, b, id));
  }
}

/** Calls `visit(a, b, id)` for every pair held in `slots` of `width` numbers each. */
function eachPair(slots: Int32Array, width: number, visit: (a: number, b: number, id: number) => void): void {
  if (width === 2) {
    for (let s = 0; s < slots.length; s += 2) {
      const y = slots[s + 1] as number;
      if (y === -1) continue;
      const x = slots[s] as number;
      visit(x & LOW, y & LOW, (x >>> 21) | ((y >>> 21) << 11));
    }
    return;
  }
  for (let s = 0; s < slots.length; s += 3) if (slots[s + 2] !== -1) visit(slots[s] as number, slots[s + 1] as number, slots[s + 2] as number);
}
