// The classifier's counts sit behind this interface so that a shared store (Redis, for many app
// instances) can replace the in-memory one without touching the classifier. The store also
// remembers which tokens each document contributed: that is what makes relabel and unlearn exact.
import type { Label } from '../types.js';

export interface StoreTotals {
  spamDocs: number;
  hamDocs: number;
  /** Sum over documents of their distinct (kept) tokens, per class. */
  spamTokens: number;
  hamTokens: number;
  /** Distinct tokens with a non-zero count. */
  vocabulary: number;
}

/**
 * A caller-owned buffer the store fills on lookup (reused across calls, so scoring allocates
 * nothing per token): entry k is the k-th distinct known token.
 */
export class TokenCounts {
  size = 0;
  /** Index of the token in the looked-up array. */
  positions = new Int32Array(64);
  /** Spam and ham documents that contain the token. */
  spam = new Uint32Array(64);
  ham = new Uint32Array(64);

  /** Makes room for `n` entries and empties the buffer. */
  reset(n: number): void {
    this.size = 0;
    if (n <= this.positions.length) return;
    let size = this.positions.length;
    while (size < n) size *= 2;
    this.positions = new Int32Array(size);
    this.spam = new Uint32Array(size);
    this.ham = new Uint32Array(size);
  }
}

export interface BayesStore {
  /** Fills `out` with the counts of each distinct token of `tokens` that has counts (unknown tokens are skipped). */
  lookup(tokens: readonly string[], out: TokenCounts): void;
  totals(): StoreTotals;
  /** The label a document was learned with, or undefined when it was not learned. */
  labelOf(docId: string): Label | undefined;
  /** Learns a document (duplicates in `tokens` count once); a document with the same id is removed first. */
  add(docId: string, tokens: readonly string[], label: Label): void;
  /** Forgets a document exactly; false when the id is unknown. */
  remove(docId: string): boolean;
  /** Fills `out` with the counts of a learned document's own tokens (positions are -1); false when unknown. */
  lookupDocument(docId: string, out: TokenCounts): boolean;
  /**
   * Up to `limit` learned documents, chosen and ordered by a hash of their ids: the same
   * documents in the same order whatever order they were learned in (calibration depends on it
   * to be reproducible after a model round trip).
   */
  sample(limit: number): LearnedDocument[];
}

export interface LearnedDocument {
  id: string;
  label: Label;
}

/** FNV-1a, 32 bits: spreads document ids for the sample; not security-relevant. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The memory store's state in plain arrays (ids are indexes into `vocabulary`). */
export interface StoreSnapshot {
  vocabulary: string[];
  documents: { id: string; label: Label; tokens: number[] }[];
}

/** Cell layout: CELL numbers per token id. */
const CELL = 3;
const SPAM = 0;
const HAM = 1;
const STAMP = 2;

const LABEL_NONE = 0;
const LABEL_SPAM = 1;
const LABEL_HAM = 2;

function grow<T extends Uint32Array | Uint8Array>(array: T, needed: number, make: (n: number) => T): T {
  if (needed <= array.length) return array;
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const next = make(size);
  next.set(array);
  return next;
}

/**
 * Counts in typed arrays indexed by token id; each document's distinct token ids live in one
 * shared Uint32Array arena (4 bytes a learned token), compacted when half of it is garbage.
 */
export class MemoryStore implements BayesStore {
  readonly maxVocabulary: number;
  private readonly ids = new Map<string, number>();
  private names: string[] = [];
  private freeIds: number[] = [];
  /**
   * Three numbers per token id side by side, so a lookup touches one cache line: spam documents,
   * ham documents, and the per-call dedup stamp (=== epoch: "seen in this call", no Set allocated).
   * Nothing records when a token was learned: pruning must not depend on the learning order.
   */
  private cells = new Uint32Array(CELL * 1024);
  private epoch = 0;

  private readonly docs = new Map<string, number>();
  private docNames: string[] = [];
  private docLabel = new Uint8Array(256);
  private docStart = new Uint32Array(256);
  private docLength = new Uint32Array(256);
  private freeSlots: number[] = [];
  private arena = new Uint32Array(4096);
  private arenaEnd = 0;
  private arenaGarbage = 0;

  private spamDocs = 0;
  private hamDocs = 0;
  private spamTokens = 0;
  private hamTokens = 0;

  constructor(maxVocabulary: number) {
    this.maxVocabulary = maxVocabulary;
  }

  private nextEpoch(): number {
    if (this.epoch === 0xffffffff) {
      for (let i = STAMP; i < this.cells.length; i += CELL) this.cells[i] = 0;
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  lookup(tokens: readonly string[], out: TokenCounts): void {
    out.reset(tokens.length);
    const epoch = this.nextEpoch();
    const { ids, cells } = this;
    const { positions, spam, ham } = out;
    let k = 0;
    for (let i = 0; i < tokens.length; i++) {
      const id = ids.get(tokens[i] as string);
      if (id === undefined) continue;
      const cell = id * CELL;
      if (cells[cell + STAMP] === epoch) continue;
      cells[cell + STAMP] = epoch;
      positions[k] = i;
      spam[k] = cells[cell + SPAM] as number;
      ham[k] = cells[cell + HAM] as number;
      k++;
    }
    out.size = k;
  }

  totals(): StoreTotals {
    return { spamDocs: this.spamDocs, hamDocs: this.hamDocs, spamTokens: this.spamTokens, hamTokens: this.hamTokens, vocabulary: this.ids.size };
  }

  labelOf(docId: string): Label | undefined {
    const slot = this.docs.get(docId);
    if (slot === undefined) return undefined;
    return this.docLabel[slot] === LABEL_SPAM ? 'spam' : 'ham';
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id !== undefined) return id;
    id = this.freeIds.pop() ?? this.names.length;
    if (id === this.names.length) {
      this.names.push(token);
      const n = id + 1;
      this.cells = grow(this.cells, n * CELL, (k) => new Uint32Array(k));
    } else {
      this.names[id] = token;
    }
    this.ids.set(token, id);
    return id;
  }

  private newSlot(): number {
    const slot = this.freeSlots.pop() ?? this.docNames.length;
    if (slot === this.docNames.length) {
      this.docNames.push('');
      const n = slot + 1;
      this.docLabel = grow(this.docLabel, n, (k) => new Uint8Array(k));
      this.docStart = grow(this.docStart, n, (k) => new Uint32Array(k));
      this.docLength = grow(this.docLength, n, (k) => new Uint32Array(k));
    }
    return slot;
  }

  add(docId: string, tokens: readonly string[], label: Label): void {
    this.remove(docId);
    this.arena = grow(this.arena, this.arenaEnd + tokens.length, (k) => new Uint32Array(k));
    const epoch = this.nextEpoch();
    const start = this.arenaEnd;
    let end = start;
    for (const token of tokens) {
      // idOf may grow the cells, so they are read through `this` on every token.
      const cell = this.idOf(token) * CELL;
      const cells = this.cells;
      if (cells[cell + STAMP] === epoch) continue;
      cells[cell + STAMP] = epoch;
      this.arena[end++] = cell / CELL;
      const side = cell + (label === 'spam' ? SPAM : HAM);
      cells[side] = (cells[side] as number) + 1;
    }
    const slot = this.newSlot();
    this.docNames[slot] = docId;
    this.docLabel[slot] = label === 'spam' ? LABEL_SPAM : LABEL_HAM;
    this.docStart[slot] = start;
    this.docLength[slot] = end - start;
    this.arenaEnd = end;
    this.docs.set(docId, slot);
    if (label === 'spam') {
      this.spamDocs++;
      this.spamTokens += end - start;
    } else {
      this.hamDocs++;
      this.hamTokens += end - start;
    }
    if (this.ids.size > this.maxVocabulary) this.prune();
  }

  private release(id: number): void {
    if (this.cells[id * CELL + SPAM] === 0 && this.cells[id * CELL + HAM] === 0) {
      this.ids.delete(this.names[id] as string);
      this.names[id] = '';
      this.freeIds.push(id);
    }
  }

  remove(docId: string): boolean {
    const slot = this.docs.get(docId);
    if (slot === undefined) return false;
    const spam = this.docLabel[slot] === LABEL_SPAM;
    const offset = spam ? SPAM : HAM;
    const cells = this.cells;
    const start = this.docStart[slot] as number;
    const length = this.docLength[slot] as number;
    for (let i = start; i < start + length; i++) {
      const id = this.arena[i] as number;
      cells[id * CELL + offset] = (cells[id * CELL + offset] as number) - 1;
      this.release(id);
    }
    if (spam) {
      this.spamDocs--;
      this.spamTokens -= length;
    } else {
      this.hamDocs--;
      this.hamTokens -= length;
    }
    this.docs.delete(docId);
    this.docNames[slot] = '';
    this.docLabel[slot] = LABEL_NONE;
    this.docLength[slot] = 0;
    this.freeSlots.push(slot);
    this.arenaGarbage += length;
    if (start + length === this.arenaEnd) {
      // The newest document (a relabel right after learning): reuse its space at once.
      this.arenaEnd = start;
      this.arenaGarbage -= length;
    } else if (this.arenaGarbage > 4096 && this.arenaGarbage * 2 > this.arenaEnd) {
      this.rewriteArena(null);
    }
    return true;
  }

  /** Copies live documents into a fresh arena, dropping pruned token ids when `pruned` is given. */
  private rewriteArena(pruned: Uint8Array | null): void {
    const next = new Uint32Array(Math.max(4096, this.arenaEnd - this.arenaGarbage));
    let end = 0;
    for (let slot = 0; slot < this.docNames.length; slot++) {
      if (this.docLabel[slot] === LABEL_NONE) continue;
      const start = this.docStart[slot] as number;
      const length = this.docLength[slot] as number;
      const newStart = end;
      for (let i = start; i < start + length; i++) {
        const id = this.arena[i] as number;
        if (pruned !== null && pruned[id] === 1) continue;
        next[end++] = id;
      }
      const kept = end - newStart;
      if (this.docLabel[slot] === LABEL_SPAM) this.spamTokens -= length - kept;
      else this.hamTokens -= length - kept;
      this.docStart[slot] = newStart;
      this.docLength[slot] = kept;
    }
    this.arena = next;
    this.arenaEnd = end;
    this.arenaGarbage = 0;
  }

  /**
   * Drops the tokens with the least evidence down to 90 % of the cap (so pruning runs once per
   * many new tokens rather than on every learn): fewest documents first, so one-off tokens go
   * before any token two comments share, and among equals by the token itself, never by when or
   * in which order it was learned. What is kept is a function of the counts at the moment the
   * cap is crossed; which moment that is depends on the learning order (see docs/quality.md).
   */
  private prune(): void {
    const target = Math.floor(this.maxVocabulary * 0.9);
    const live = [...this.ids.values()];
    const cells = this.cells;
    const names = this.names;
    const total = (id: number) => (cells[id * CELL + SPAM] as number) + (cells[id * CELL + HAM] as number);
    live.sort((a, b) => total(a) - total(b) || ((names[a] as string) < (names[b] as string) ? -1 : 1));
    const pruned = new Uint8Array(this.names.length);
    const drop = live.length - target;
    for (let i = 0; i < drop; i++) pruned[live[i] as number] = 1;
    this.rewriteArena(pruned);
    for (let i = 0; i < drop; i++) {
      const id = live[i] as number;
      this.cells[id * CELL + SPAM] = 0;
      this.cells[id * CELL + HAM] = 0;
      this.release(id);
    }
  }

  lookupDocument(docId: string, out: TokenCounts): boolean {
    const slot = this.docs.get(docId);
    if (slot === undefined) return false;
    const start = this.docStart[slot] as number;
    const length = this.docLength[slot] as number;
    out.reset(length);
    for (let k = 0; k < length; k++) {
      const id = this.arena[start + k] as number;
      out.positions[k] = -1;
      out.spam[k] = this.cells[id * CELL + SPAM] as number;
      out.ham[k] = this.cells[id * CELL + HAM] as number;
    }
    out.size = length;
    return true;
  }

  sample(limit: number): LearnedDocument[] {
    const chosen: { hash: number; slot: number; id: string }[] = [];
    for (const [id, slot] of this.docs) chosen.push({ hash: hash32(id), slot, id });
    chosen.sort((a, b) => a.hash - b.hash || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    chosen.length = Math.min(chosen.length, limit);
    return chosen.map(({ slot, id }) => ({ id, label: this.docLabel[slot] === LABEL_SPAM ? 'spam' : 'ham' }));
  }

  /** Vocabulary renumbered by descending document count (small ids for common tokens), documents by id, each document's ids sorted. */
  snapshot(): StoreSnapshot {
    const live = [...this.ids.values()];
    const names = this.names;
    const total = (id: number) => (this.cells[id * CELL + SPAM] as number) + (this.cells[id * CELL + HAM] as number);
    // Ties by the token and documents by id: the same learned set exports the same JSON, whatever the order it was learned in.
    live.sort((a, b) => total(b) - total(a) || ((names[a] as string) < (names[b] as string) ? -1 : 1));
    const renumber = new Uint32Array(this.names.length);
    live.forEach((id, i) => (renumber[id] = i));
    const documents: StoreSnapshot['documents'] = [];
    for (let slot = 0; slot < this.docNames.length; slot++) {
      const label = this.docLabel[slot];
      if (label === LABEL_NONE) continue;
      const start = this.docStart[slot] as number;
      const tokens = Array.from(this.arena.subarray(start, start + (this.docLength[slot] as number)), (id) => renumber[id] as number);
      tokens.sort((a, b) => a - b);
      documents.push({ id: this.docNames[slot] as string, label: label === LABEL_SPAM ? 'spam' : 'ham', tokens });
    }
    documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { vocabulary: live.map((id) => this.names[id] as string), documents };
  }

  /** Approximate resident bytes of the counts and documents (not of the Map's strings). */
  byteSize(): number {
    return this.cells.byteLength + this.arena.byteLength + this.docStart.byteLength * 2 + this.docLabel.byteLength;
  }
}
