// Learned documents' ids (the caller's comment ids) by the store's document slot, and the slot of
// an id: the ids packed in one byte arena, found through an open-addressing table of slots. A
// Map<string, number> cost about 75 bytes a document over the four shared corpora (an entry and a
// string object with its header, for ids of 23 code units on average): 2.07 MB of a moderator
// trained on them. Here an id costs its code units (one byte each below 0x80) and a length
// byte, four bytes of start, and its table slot (4 bytes, at most three quarters of them in use).
//
// Most ids a CMS sends are numbers, or a number after a fixed prefix (`site:123`, `tg-ru-45`): an
// id that ends in digits and whose prefix (everything before its number) the table has seen twice
// running is held as the prefix's number in a small table of prefixes and the number as a varint,
// 2–8 bytes where its code units took 10–30 (the four shared corpora's ids: 0.74 → 0.2 MB).
//
// Written here rather than taken from a library for the same reasons as text-table.ts (a few lines
// over our own typed arrays; slots are the store's own numbers). Unlike that table, entries are
// removed one by one (unlearn, relabel): a removed id's slot is emptied by shifting later entries
// of its probe run back (no tombstones), and its bytes are garbage until the arena is rewritten.
// Only learn, unlearn, relabel and labelOf look ids up; check() never does.
import { trimmed, unitAt, unitBytes, writeUnits } from './text-table.js';

/** The table grows past this share of its slots in use. */
const MAX_LOAD = 0.75;
/** Code units made into a string at once (well below any engine's limit on arguments). */
const CHUNK = 4096;
/** Prefixes held at most (a store's ids share a few), and the longest one held (code units). */
const MAX_PREFIXES = 256;
const MAX_PREFIX_LENGTH = 64;
/** Digits of an id's number at most: below 10^15, every such number is exact in a double. */
const MAX_DIGITS = 15;

/**
 * Where `id`'s number starts: the last MAX_DIGITS digits at most, without leading zeros (so the
 * number written in decimal is the id's tail again; a lone `0` is a number); id.length when it
 * does not end in a digit.
 */
function numberStart(id: string): number {
  const end = id.length;
  let j = end;
  while (j > 0 && end - j < MAX_DIGITS) {
    const c = id.charCodeAt(j - 1);
    if (c < 0x30 || c > 0x39) break;
    j--;
  }
  while (j < end - 1 && id.charCodeAt(j) === 0x30) j++;
  return j;
}

/** LEB128 varint at `bytes[p ..]` (below 2^53), and the bytes it takes. */
function readVarint(bytes: Uint8Array, p: number): number {
  let byte = bytes[p] as number;
  let n = byte & 0x7f;
  for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
    byte = bytes[++p] as number;
    n += (byte & 0x7f) * scale;
  }
  return n;
}

function varintBytes(n: number): number {
  let bytes = 1;
  for (; n >= 0x80; n = Math.floor(n / 0x80)) bytes++;
  return bytes;
}

/** LEB128 varint of `n` at `bytes[p ..]`; returns where it ends. */
function writeVarint(bytes: Uint8Array, p: number, n: number): number {
  while (n >= 0x80) {
    bytes[p++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 0x80);
  }
  bytes[p++] = n;
  return p;
}

export class DocTable {
  /**
   * Each id as a varint header, then: for an even header h, its h / 2 code units as varints
   * (text-table.ts); for an odd one, the id is prefixes[(h − 1) / 2] followed by the number in the
   * varint that comes next (numberStart).
   */
  private bytes = new Uint8Array(4096);
  private end = 0;
  private garbage = 0;
  /** Per document slot: where its id starts in `bytes` (meaningful only while the slot is held). */
  private start = new Uint32Array(256);
  /** Per table slot: document slot + 1, 0 when empty. */
  private slots = new Int32Array(256);
  /** Ids held. */
  size = 0;
  /** idOf's code units (reused). */
  private units = new Uint16Array(64);
  /** Prefixes of numbered ids, in the order they were first held twice running; never dropped (at most MAX_PREFIXES). */
  private readonly prefixes: string[] = [];
  private readonly prefixAt = new Map<string, number>();
  /** The prefix of the last numbered id held: a prefix is taken into `prefixes` when the next one repeats it. */
  private lastPrefix: string | undefined = undefined;
  /** find's query: the index of its prefix in `prefixes` (−1: none) and its number. */
  private queryPrefix = -1;
  private queryNumber = 0;
  /** Seeds the hash per table (placement only: nothing observable depends on it), as text-table.ts does. */
  private readonly seed: number;

  constructor(seed: number) {
    this.seed = seed | 0;
  }

  /** FNV-1a over the id's code units, from the table's seed. */
  private hash(id: string): number {
    let h = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    return h;
  }

  /**
   * Whether document slot `doc` holds `id` (queryPrefix and queryNumber are its own). An id held
   * before its prefix was taken stays in code units: those are compared as they are.
   */
  private holds(doc: number, id: string): boolean {
    const bytes = this.bytes;
    let p = this.start[doc] as number;
    const header = readVarint(bytes, p);
    p += varintBytes(header);
    if ((header & 1) === 1) return (header - 1) / 2 === this.queryPrefix && readVarint(bytes, p) === this.queryNumber;
    const length = header / 2;
    if (length !== id.length) return false;
    for (let i = 0; i < length; i++) {
      const unit = unitAt(bytes, p);
      if (unit !== id.charCodeAt(i)) return false;
      p += unitBytes(unit);
    }
    return true;
  }

  /** The table slot holding `id`, or -1. */
  private find(id: string): number {
    this.parse(id, false);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = this.hash(id) & mask; ; s = (s + 1) & mask) {
      const doc = slots[s] as number;
      if (doc === 0) return -1;
      if (this.holds(doc - 1, id)) return s;
    }
  }

  /** The document slot of `id`, or -1 when it is not held. */
  get(id: string): number {
    const s = this.find(id);
    return s < 0 ? -1 : (this.slots[s] as number) - 1;
  }

  /** Holds `id` at document slot `doc`; the caller knows the id is not held and the slot is free. */
  set(id: string, doc: number): void {
    if (doc >= this.start.length) {
      // A quarter more (settle() leaves no room): at most a fifth unused.
      let n = Math.ceil(this.start.length * 1.25);
      while (n <= doc) n = Math.ceil(n * 1.25);
      const next = new Uint32Array(n);
      next.set(this.start);
      this.start = next;
    }
    const room = 5 + 3 * id.length;
    if (this.end + room > this.bytes.length) this.makeRoom(room);
    this.start[doc] = this.end;
    this.parse(id, true);
    if (this.queryPrefix >= 0) this.end = writeVarint(this.bytes, writeVarint(this.bytes, this.end, 2 * this.queryPrefix + 1), this.queryNumber);
    else this.end = writeUnits(this.bytes, writeVarint(this.bytes, this.end, 2 * id.length), id);
    this.size++;
    if (this.size > this.slots.length * MAX_LOAD) this.rehash(2 * this.slots.length);
    this.place(this.hash(id), doc);
  }

  /** Drops `id`; its document slot, or -1 when it was not held. */
  delete(id: string): number {
    let s = this.find(id);
    if (s < 0) return -1;
    const slots = this.slots;
    const doc = (slots[s] as number) - 1;
    const from = this.start[doc] as number;
    const to = this.endOf(doc);
    if (to === this.end) this.end = from;
    else this.garbage += to - from;
    this.size--;
    // Backward-shift deletion: each later entry of the probe run that may sit in the hole moves
    // into it, so every held id stays reachable from its home slot without tombstones.
    const mask = slots.length - 1;
    slots[s] = 0;
    for (let t = (s + 1) & mask; slots[t] !== 0; t = (t + 1) & mask) {
      const home = this.hash(this.idOf((slots[t] as number) - 1)) & mask;
      // The entry at t may move to s when its home is not cyclically in (s, t].
      if ((t - home + slots.length) % slots.length >= (t - s + slots.length) % slots.length) {
        slots[s] = slots[t] as number;
        slots[t] = 0;
        s = t;
      }
    }
    return doc;
  }

  /**
   * Sets queryPrefix and queryNumber for `id`: its prefix's index (−1 when it has none held, or
   * no number) and its number. With `learning`, a prefix that repeats the last numbered id's is
   * taken into the prefixes (while there is room).
   */
  private parse(id: string, learning: boolean): void {
    this.queryPrefix = -1;
    const at = numberStart(id);
    if (at === id.length || at > MAX_PREFIX_LENGTH) return;
    const prefix = id.slice(0, at);
    let index = this.prefixAt.get(prefix);
    if (learning) {
      if (index === undefined && prefix === this.lastPrefix && this.prefixes.length < MAX_PREFIXES) {
        index = this.prefixes.length;
        this.prefixes.push(prefix);
        this.prefixAt.set(prefix, index);
      }
      this.lastPrefix = prefix;
    }
    if (index === undefined) return;
    let number = 0;
    for (let i = at; i < id.length; i++) number = number * 10 + (id.charCodeAt(i) - 0x30);
    this.queryPrefix = index;
    this.queryNumber = number;
  }

  /**
   * The id held at document slot `doc`. Its code units are gathered in a reused buffer and made
   * into a string a chunk at a time: a refit reads every learned document's id, and a string
   * grown a code unit at a time cost about four times as much.
   */
  idOf(doc: number): string {
    const bytes = this.bytes;
    let p = this.start[doc] as number;
    const header = readVarint(bytes, p);
    p += varintBytes(header);
    if ((header & 1) === 1) return `${this.prefixes[(header - 1) / 2] as string}${readVarint(bytes, p)}`;
    const length = header / 2;
    if (this.units.length < length) this.units = new Uint16Array(Math.max(length, 2 * this.units.length));
    const units = this.units;
    for (let i = 0; i < length; i++) {
      const unit = unitAt(bytes, p);
      units[i] = unit;
      p += unitBytes(unit);
    }
    let id = '';
    for (let i = 0; i < length; i += CHUNK) id += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
    return id;
  }

  /** Where document slot `doc`'s bytes end. */
  private endOf(doc: number): number {
    const bytes = this.bytes;
    let p = this.start[doc] as number;
    const header = readVarint(bytes, p);
    p += varintBytes(header);
    if ((header & 1) === 1) return p + varintBytes(readVarint(bytes, p));
    const length = header / 2;
    for (let i = 0; i < length; i++) p += unitBytes(unitAt(bytes, p));
    return p;
  }

  /** The arena cut to what it holds (its garbage too) and the starts to `slots` document slots; the table's slots keep their size. */
  settle(slots: number): void {
    this.bytes = trimmed(this.bytes, this.end, 4096);
    this.start = trimmed(this.start, slots, 256);
  }

  private place(h: number, doc: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = doc + 1;
  }

  /** Every held id placed again in `capacity` slots. */
  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = new Int32Array(capacity);
    for (let s = 0; s < old.length; s++) {
      const doc = (old[s] as number) - 1;
      if (doc >= 0) this.place(this.hash(this.idOf(doc)), doc);
    }
  }

  /**
   * Room for `room` more bytes: the arena a quarter larger (or more), as the store's other arenas
   * grow, or, when at least half of it is garbage, the held ids copied into a fresh one.
   */
  private makeRoom(room: number): void {
    if (this.garbage * 2 < this.end) {
      let n = Math.ceil(this.bytes.length * 1.25);
      while (this.end + room > n) n = Math.ceil(n * 1.25);
      const next = new Uint8Array(n);
      next.set(this.bytes.subarray(0, this.end));
      this.bytes = next;
      return;
    }
    let n = this.bytes.length;
    while (this.end - this.garbage + room > n) n = Math.ceil(n * 1.25);
    const next = new Uint8Array(n);
    let p = 0;
    const slots = this.slots;
    for (let s = 0; s < slots.length; s++) {
      const doc = (slots[s] as number) - 1;
      if (doc < 0) continue;
      const from = this.start[doc] as number;
      const to = this.endOf(doc);
      next.set(this.bytes.subarray(from, to), p);
      this.start[doc] = p;
      p += to - from;
    }
    this.bytes = next;
    this.end = p;
    this.garbage = 0;
  }
}
