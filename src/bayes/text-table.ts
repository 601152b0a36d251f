// Token ids by (kind, text) for the store: the texts packed in one byte arena, found through an
// open-addressing table of typed arrays. A Map<string, number> per kind cost about 69 bytes a
// text (an entry, and a string object with its header) where the four shared corpora hold 62k
// word, n-gram, synthetic and rule texts: 3.6 MB of a trained moderator, for texts that are read
// back only on the rare paths that list them (export, pruning, id compaction). Here a text costs
// its code units (one byte each below 0x80), four bytes of start and id, and its slot (4 bytes,
// at most three quarters of the slots in use).
//
// Written here rather than taken from a library: it is a few lines over our own typed arrays,
// sits on the check path (the n-gram and synthetic tokens of every comment are found through
// it), and must give ids the store numbers itself.

/** The table grows past this share of its slots in use (a probe mostly reads one cache line). */
const MAX_LOAD = 0.75;
/**
 * Bits of a slot that number its entry: 33.5 million texts, where a store holds at most its
 * vocabulary cap (options.ts MAX_VOCABULARY, 10 million) live and as many dead before it compacts.
 */
const ENTRY_BITS = 25;
const ENTRY_MASK = (1 << ENTRY_BITS) - 1;

/** The code unit whose varint starts at `p` (at most three bytes: a code unit is below 2^16). */
export function unitAt(bytes: Uint8Array, p: number): number {
  let byte = bytes[p] as number;
  let unit = byte & 0x7f;
  for (let shift = 7; byte >= 0x80; shift += 7) {
    byte = bytes[++p] as number;
    unit |= (byte & 0x7f) << shift;
  }
  return unit;
}

/** The bytes of a code unit's varint (writeUnits writes the shortest form). */
export function unitBytes(unit: number): number {
  return unit < 0x80 ? 1 : unit < 0x4000 ? 2 : 3;
}

/** Writes `text`'s code units as varints at `bytes[p ..]` (room for 3 bytes a code unit is the caller's); returns where they end. */
export function writeUnits(bytes: Uint8Array, p: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    let unit = text.charCodeAt(i);
    while (unit >= 0x80) {
      bytes[p++] = (unit & 0x7f) | 0x80;
      unit >>>= 7;
    }
    bytes[p++] = unit;
  }
  return p;
}

/**
 * Texts by entry number (dense, in the order they were added) with the id each was given, and
 * the entry of a (kind, text) found by hash. Entries are never removed one by one: the store
 * rebuilds the table when it renumbers its ids.
 */
export class TextTable {
  /** Each text's code units, LEB128 varints (ASCII: one byte each); entry e is bytes[start[e] .. start[e + 1]). */
  private bytes = new Uint8Array(4096);
  private start = new Uint32Array(1025);
  private ids = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  /** Entries made. */
  size = 0;
  /**
   * Per slot: entry + 1 in the low ENTRY_BITS (0: empty), the top bits of the text's hash above
   * them, so a probe compares a text only when those match (one in 128 others). A whole hash
   * beside each slot cost 4 bytes a slot more; with none, a probe past synthetic tokens that share
   * a prefix (`tld:com`, `tld:net`) compared them code unit by code unit (blog check() +5 %).
   */
  private slots = new Int32Array(1024);
  /**
   * Seeds the hash (per table, never observable: ids are numbered in the order texts arrive), so
   * texts crafted to collide on one table do not collide on another.
   */
  private readonly seed: number;

  constructor(seed: number) {
    this.seed = seed | 0;
  }

  /** FNV-1a over the kind and the text's code units, from the table's seed. */
  private hash(kind: number, text: string): number {
    let h = Math.imul(0x811c9dc5 ^ this.seed ^ kind, 0x01000193);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  /** Whether entry `e` holds `text` (its kind compared by the caller). */
  private holds(e: number, text: string): boolean {
    const bytes = this.bytes;
    let p = this.start[e] as number;
    const end = this.start[e + 1] as number;
    for (let i = 0; i < text.length; i++) {
      if (p >= end) return false;
      const unit = unitAt(bytes, p);
      if (unit !== text.charCodeAt(i)) return false;
      p += unitBytes(unit);
    }
    return p === end;
  }

  /** The id given to (kind, text), or -1. */
  get(kind: number, text: string): number {
    const h = this.hash(kind, text);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const slot = slots[s] as number;
      if (slot === 0) return -1;
      const e = (slot & ENTRY_MASK) - 1;
      if (slot >>> ENTRY_BITS === h >>> ENTRY_BITS && this.kinds[e] === kind && this.holds(e, text)) return this.ids[e] as number;
    }
  }

  /** Adds (kind, text) with `id`; the caller knows it is not there yet. */
  add(kind: number, text: string, id: number): void {
    const e = this.size++;
    if (e + 1 >= this.ids.length) {
      // A quarter more (settle() leaves no room): at most a fifth unused.
      const n = Math.ceil(this.ids.length * 1.25) + 1;
      this.ids = grown(this.ids, new Int32Array(n));
      this.kinds = grown(this.kinds, new Uint8Array(n));
      this.start = grown(this.start, new Uint32Array(n + 1));
    }
    let p = this.start[e] as number;
    if (p + 3 * text.length > this.bytes.length) {
      // A quarter more each time (as the store's id arena): at most a fifth of the bytes unused.
      let n = Math.ceil(this.bytes.length * 1.25);
      while (p + 3 * text.length > n) n = Math.ceil(n * 1.25);
      this.bytes = grown(this.bytes, new Uint8Array(n));
    }
    this.start[e + 1] = writeUnits(this.bytes, p, text);
    this.ids[e] = id;
    this.kinds[e] = kind;
    if (this.size + 1 > this.slots.length * MAX_LOAD) this.rehash(2 * this.slots.length);
    else this.place(this.hash(kind, text), e);
  }

  private place(h: number, e: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = (e + 1) | ((h >>> ENTRY_BITS) << ENTRY_BITS);
  }

  /** Every entry placed again in `capacity` slots (the new entry included). */
  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    for (let e = 0; e < this.size; e++) this.place(this.hash(this.kinds[e] as number, this.text(e)), e);
  }

  /** Entry `e`'s text. */
  text(e: number): string {
    const bytes = this.bytes;
    const end = this.start[e + 1] as number;
    let text = '';
    for (let p = this.start[e] as number; p < end; ) {
      const unit = unitAt(bytes, p);
      text += String.fromCharCode(unit);
      p += unitBytes(unit);
    }
    return text;
  }

  /** The entries' arrays cut to what they hold (the slots keep their size); the next add grows them again. */
  settle(): void {
    this.bytes = trimmed(this.bytes, this.start[this.size] as number, 4096);
    this.start = trimmed(this.start, this.size + 1, 1025);
    this.ids = trimmed(this.ids, this.size, 1024);
    this.kinds = trimmed(this.kinds, this.size, 1024);
  }

  /** Entry `e`'s id. */
  idAt(e: number): number {
    return this.ids[e] as number;
  }
}

/** `array`, or its first `length` entries (at least `least`) in an array of their own when it is longer. */
export function trimmed<T extends Uint32Array | Uint8Array | Int32Array>(array: T, length: number, least: number): T {
  const n = Math.max(length, least);
  return array.length > n ? (array.slice(0, n) as T) : array;
}

function grown<T extends Uint8Array | Uint32Array | Int32Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
