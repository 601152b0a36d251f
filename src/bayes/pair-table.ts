// Bigram ids by the ids of their two words, for the store: an open-addressing table of typed
// arrays, so scoring a bigram builds no string. The largest typed array of a trained store (the
// four shared corpora's 181k bigrams in 262k slots). Three layouts, by the ids held and the
// table's size:
//
// - wide: three 32-bit numbers a slot [a, b, id], once any id reaches NARROW_IDS;
// - narrow: while every id is below NARROW_IDS (about two million: a store at the default
//   vocabulary cap stays far below it), the three 21-bit numbers packed into two 32-bit ones;
// - compact (issue 13's memory bound): ids below COMPACT_IDS (about a million) in a table of 2^18
//   to 2^20 slots, 48 bits a slot (3 MB → 2 MB → 1.5 MB there). The pair (a, b), 40 bits, is first
//   mixed by a bijection (three Feistel rounds on its two 20-bit halves); the slot the probe starts
//   from stands for the top log2(slots) bits of the result (18 to 20), so a slot keeps only the
//   other 22 to 20 bits, the id (20 bits) and how far the pair sits from that slot (6 bits; 63
//   means "look in `far`", which a load of three quarters at most practically never reaches).
//   Pairs are never removed one by one, so none ever moves.
//
// Written here (not a library) because it is a few lines over our own typed arrays, keyed by the
// store's own ids, and read on the check path of every bigram.

/** Ids below this fit a narrow slot's 21-bit fields. */
export const NARROW_IDS = 1 << 21;
const LOW = NARROW_IDS - 1;
/** Ids below this fit a compact slot's 20-bit fields (2^20 − 1 itself marks a compact slot empty). */
export const COMPACT_IDS = (1 << 20) - 1;
/** The compact layout's table sizes (log2 of the slots): at 2^18 or more, what a slot keeps of a pair fits 22 bits. */
export const COMPACT_FROM = 18;
const COMPACT_TO = 20;
/** A compact slot's distance field: this value means the distance is in `far`. */
const FAR = 63;

/** Hash of a word-id pair (ids are small integers: multiply to spread them). */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
}

/** A Feistel round's function: 20 well-mixed bits of `x` (below 2^20) under `key`. */
function round(x: number, key: number): number {
  return Math.imul(x ^ key, 0x9e3779b1) >>> 12;
}

const K1 = 0x2545f491;
const K2 = 0x68e31da4;
const K3 = 0x1b873593;

export class PairTable {
  /**
   * Narrow: per slot [a | (id & 0x7ff) << 21, b | (id >>> 11) << 21]; wide: [a, b, id]. The last
   * number of a slot is −1 when it is empty (a narrow one's is below 2^31, a wide one's an id).
   * Empty in the compact layout.
   */
  private slots: Int32Array;
  /** Numbers a slot: 2 narrow, 3 wide. */
  private width = 2;
  /**
   * The compact layout's slots (null in the others), three 16-bit numbers each: the first two
   * are id | distance << 20 | (kept bits & 0x3f) << 26, the third the kept bits >>> 6. A slot
   * whose first two are 0xffff is empty.
   */
  private compact: Uint16Array | null = null;
  /** log2 of the compact layout's slots. */
  private bits = 0;
  /** Distances of FAR or more from the start of the probe, by compact slot. */
  private far = new Map<number, number>();
  /** Pairs held. */
  size = 0;
  /** The largest id put (a word's or a bigram's): the compact layout holds ids below COMPACT_IDS. */
  private largest = 0;
  /** Ids at or past this make the table wide (NARROW_IDS; tests pass a small one). */
  private readonly narrowIds: number;

  constructor(narrowIds = NARROW_IDS) {
    this.narrowIds = Math.min(narrowIds, NARROW_IDS);
    this.slots = new Int32Array(2 * 1024).fill(-1);
  }

  /** The layout in use (for tests and probes). */
  get layout(): 'narrow' | 'wide' | 'compact' {
    return this.compact !== null ? 'compact' : this.width === 2 ? 'narrow' : 'wide';
  }

  private get capacity(): number {
    return this.compact !== null ? this.compact.length / 3 : this.slots.length / this.width;
  }

  /** The id of the bigram (a, b), or -1. */
  get(a: number, b: number): number {
    if (this.compact !== null) return a < COMPACT_IDS && b < COMPACT_IDS ? this.getCompact(a, b) : -1;
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

  private getCompact(a: number, b: number): number {
    const cells = this.compact as Uint16Array;
    const shift = 20 - this.bits;
    // The Feistel rounds (as `mix` does; inlined on the check path).
    const x = a ^ round(b, K1);
    const y = b ^ round(x, K2);
    const z = x ^ round(y, K3);
    const kept = ((z & ((1 << shift) - 1)) << 20) | y;
    const low = kept & 0x3f;
    const high = kept >>> 6;
    const mask = (1 << this.bits) - 1;
    for (let s = z >>> shift, d = 0; ; s = (s + 1) & mask, d++) {
      const first = cells[3 * s] as number;
      const second = cells[3 * s + 1] as number;
      if ((first & second) === 0xffff) return -1;
      if (second >>> 10 === low && cells[3 * s + 2] === high) {
        const distance = (second >>> 4) & FAR;
        if (distance === FAR ? this.far.get(s) === d : distance === d) return first | ((second & 0xf) << 16);
      }
    }
  }

  /** Adds the bigram (a, b) with `id`; the caller knows it is not there yet (a, b and id are ids, below 2^31). */
  put(a: number, b: number, id: number): void {
    this.largest = Math.max(this.largest, a, b, id);
    if (this.width === 2 && this.largest >= this.narrowIds) this.rehash(this.capacity, 3);
    else if (this.compact !== null && this.largest >= COMPACT_IDS) this.rehash(this.capacity, 2);
    if ((this.size + 1) * 4 > this.capacity * 3) this.rehash(2 * this.capacity, this.width);
    this.place(a, b, id);
    this.size++;
  }

  private place(a: number, b: number, id: number): void {
    if (this.compact !== null) {
      this.placeCompact(a, b, id);
      return;
    }
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

  private placeCompact(a: number, b: number, id: number): void {
    const cells = this.compact as Uint16Array;
    const shift = 20 - this.bits;
    const [z, y] = mix(a, b);
    const kept = ((z & ((1 << shift) - 1)) << 20) | y;
    const mask = (1 << this.bits) - 1;
    let s = z >>> shift;
    let d = 0;
    while (((cells[3 * s] as number) & (cells[3 * s + 1] as number)) !== 0xffff) {
      s = (s + 1) & mask;
      d++;
    }
    if (d >= FAR) this.far.set(s, d);
    cells[3 * s] = id & 0xffff;
    cells[3 * s + 1] = (id >>> 16) | (Math.min(d, FAR) << 4) | ((kept & 0x3f) << 10);
    cells[3 * s + 2] = kept >>> 6;
  }

  /** Calls `visit(a, b, id)` for every pair held (in slot order). */
  forEach(visit: (a: number, b: number, id: number) => void): void {
    eachPair({ slots: this.slots, width: this.width, compact: this.compact, bits: this.bits, far: this.far }, visit);
  }

  /**
   * Every pair placed again in `capacity` slots (a power of two) of the layout for it and `width`,
   * in the old table's slot order (so the new table is the one placing them one by one gives).
   * The pairs go straight from the old arrays into the new ones: collecting them first through
   * forEach into a growing array of numbers took 3 % of a fresh moderator's learn() on youtube
   * (the table doubles about five times there).
   */
  private rehash(capacity: number, width: number): void {
    const old: Layout = { slots: this.slots, width: this.width, compact: this.compact, bits: this.bits, far: this.far };
    const bits = Math.log2(capacity);
    this.width = width;
    this.far = new Map();
    if (width === 2 && bits >= COMPACT_FROM && bits <= COMPACT_TO && this.largest < COMPACT_IDS) {
      this.bits = bits;
      this.compact = new Uint16Array(3 * capacity).fill(0xffff);
      this.slots = new Int32Array(0);
    } else {
      this.compact = null;
      this.slots = new Int32Array(width * capacity).fill(-1);
    }
    eachPair(old, (a, b, id) => this.place(a, b, id));
  }
}

/** A table's arrays, as rehash reads the old ones while it fills the new. */
interface Layout {
  readonly slots: Int32Array;
  readonly width: number;
  readonly compact: Uint16Array | null;
  readonly bits: number;
  readonly far: ReadonlyMap<number, number>;
}

/** The compact layout's bijection on a pair of 20-bit numbers: three Feistel rounds; [top half, bottom half]. */
function mix(a: number, b: number): [number, number] {
  const x = a ^ round(b, K1);
  const y = b ^ round(x, K2);
  return [x ^ round(y, K3), y];
}

/** mix's inverse. */
function unmix(z: number, y: number): [number, number] {
  const x = z ^ round(y, K3);
  const b = y ^ round(x, K2);
  return [x ^ round(b, K1), b];
}

/** Calls `visit(a, b, id)` for every pair held in `layout`, in slot order. */
function eachPair(layout: Layout, visit: (a: number, b: number, id: number) => void): void {
  const { slots, width, compact } = layout;
  if (compact !== null) {
    const shift = 20 - layout.bits;
    const mask = (1 << layout.bits) - 1;
    for (let s = 0; s <= mask; s++) {
      const first = compact[3 * s] as number;
      const second = compact[3 * s + 1] as number;
      if ((first & second) === 0xffff) continue;
      const distance = (second >>> 4) & FAR;
      const home = (s - (distance === FAR ? (layout.far.get(s) as number) : distance)) & mask;
      const kept = ((compact[3 * s + 2] as number) << 6) | (second >>> 10);
      const [a, b] = unmix((home << shift) | (kept >>> 20), kept & 0xfffff);
      visit(a, b, first | ((second & 0xf) << 16));
    }
    return;
  }
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
