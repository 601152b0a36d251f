// The classifier's counts sit behind this interface so that a shared store (Redis, for many app
// instances) can replace the in-memory one without touching the classifier. The store also
// remembers which tokens each document contributed: that is what makes relabel and unlearn exact.
import { TOKEN_BIGRAM, TOKEN_RULE, TOKEN_SYNTHETIC, TOKEN_WORD, WORD_PART, parseTokenTexts } from '../tokenize/index.js';
import type { ClassifierTokens, Label } from '../types.js';
import { MAX_VARINT_BYTES, readRecord, recordCount, writeRecord } from './id-arena.js';
import { DocTable } from './doc-table.js';
import { PairTable } from './pair-table.js';
import { TextTable, trimmed } from './text-table.js';

/** Tokens as the store takes them: typed, or text forms (parsed once, at this boundary). */
export type StoreTokens = ClassifierTokens | readonly string[];

export function asTokens(tokens: StoreTokens): ClassifierTokens {
  return Array.isArray(tokens) ? parseTokenTexts(tokens as readonly string[]) : (tokens as ClassifierTokens);
}

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
  /** The store's id of the token (internal; valid until the store changes), for trained weights. */
  ids = new Int32Array(64);
  /** Spam and ham documents that contain the token. */
  spam = new Uint32Array(64);
  ham = new Uint32Array(64);
  /** 1 where the token is disguise evidence (isDisguiseToken): it may count toward spam, never toward ham. */
  disguise = new Uint8Array(64);

  /** Makes room for `n` entries and empties the buffer. */
  reset(n: number): void {
    this.size = 0;
    if (n <= this.positions.length) return;
    let size = this.positions.length;
    while (size < n) size *= 2;
    this.positions = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.spam = new Uint32Array(size);
    this.ham = new Uint32Array(size);
    this.disguise = new Uint8Array(size);
  }
}

/**
 * A token that says the normalizer had to undo a disguise: the `obf:` synthetic tokens
 * (src/features/tokens.ts) and the hits of OBFUSCATION_ rules (a rule id's prefix is its group,
 * the contract in types.ts). Undoing a disguise must cost a spammer points, never save them
 * (issue 11): where a site's ham happens to use the trick more than its spam (fans write
 * `P E A C E`), the classifier would otherwise learn the disguise itself as ham evidence, and
 * spelling spam `C.h.e.c.k` would lower its score. Read once per known token per lookup.
 */
export function isDisguiseToken(kind: number, text: string): boolean {
  return (kind === TOKEN_SYNTHETIC && text.startsWith('obf:')) || (kind === TOKEN_RULE && text.startsWith('OBFUSCATION_'));
}

/** Bits of tokenFlags(). */
export const FLAG_DISGUISE = 1;
export const FLAG_RULE = 2;

export interface BayesStore {
  /** Fills `out` with the counts of each distinct token of `tokens` that has counts (unknown tokens are skipped); positions index `tokens`. */
  lookup(tokens: StoreTokens, out: TokenCounts): void;
  totals(): StoreTotals;
  /** The label a document was learned with, or undefined when it was not learned. */
  labelOf(docId: string): Label | undefined;
  /** Learns a document (duplicates in `tokens` count once); a document with the same id is removed first. */
  add(docId: string, tokens: StoreTokens, label: Label): void;
  /** Forgets a document exactly; false when the id is unknown. */
  remove(docId: string): boolean;
  /**
   * Learns many documents that share one token list (a model file's vocabulary): each document
   * is the entries of `tokens` at its positions. The same counts as adding each document's
   * tokens in turn, with the list's ids found once.
   */
  addMany(tokens: ClassifierTokens, documents: Iterable<{ id: string; label: Label; positions: readonly number[] }>): void;
  /** Fills `out` with the counts of a learned document's own tokens (positions are -1); false when unknown. */
  lookupDocument(docId: string, out: TokenCounts): boolean;
  /**
   * Up to `limit` learned documents, chosen and ordered by a hash of their ids: the same
   * documents in the same order whatever order they were learned in (calibration depends on it
   * to be reproducible after a model round trip).
   */
  sample(limit: number): LearnedDocument[];
  /**
   * Every learned document with its distinct token ids, ordered as sample() orders them (by a
   * hash of the id). Ids are the store's own, below idSpace(), valid until the store changes.
   */
  documents(): { id: string; label: Label; ids: Uint32Array }[];
  /** One more than the largest token id in use. */
  idSpace(): number;
  /** Per token id (length idSpace()): FLAG_DISGUISE when it is disguise evidence (isDisguiseToken), FLAG_RULE when it is a rule hit. */
  tokenFlags(): Uint8Array;
  /**
   * Learning has paused (the classifier calls it when it refits, the first scoring after a
   * change): a store may give back what it holds for growth. Changes nothing a caller can see.
   */
  settle?(): void;
}

export interface LearnedDocument {
  id: string;
  label: Label;
}

/** Up to this many ids, sortIds sorts them itself. */
const SMALL_SORT = 64;

/**
 * Sorts `ids[0 .. n)` in place, ascending. Hand-written for the short lists a comment has (20
 * to 60 distinct tokens on youtube): the typed array's own sort is a call into the engine's
 * general sort (it copies the elements out and back), which cost about 1 % of a fresh
 * moderator's learn() there. The ids are distinct, so any correct sort gives the same array; a
 * longer list goes to the engine's sort (insertion sort is quadratic).
 */
function sortIds(ids: Uint32Array, n: number): void {
  if (n > SMALL_SORT) {
    ids.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = ids[i] as number;
    let j = i - 1;
    while (j >= 0 && (ids[j] as number) > v) {
      ids[j + 1] = ids[j] as number;
      j--;
    }
    ids[j + 1] = v;
  }
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

/**
 * One entry of documents(). Its id is made from the table of document ids only when read: the
 * refit, which reads every document, never reads ids, and making each one a string cost about
 * a microsecond a document. Like the ids, good until the store changes.
 */
class DecodedDocument {
  constructor(
    private readonly table: DocTable,
    private readonly slot: number,
    readonly label: Label,
    readonly ids: Uint32Array,
  ) {}

  get id(): string {
    return this.table.idOf(this.slot);
  }
}

/** Cell layout: CELL numbers per token id. */
const CELL = 2;
const SPAM = 0;
const HAM = 1;
/** meta[id]: the token's kind in the low KIND_BITS, its flags (FLAG_*) above, SEEN on top. */
const KIND_BITS = 4;
const KIND_MASK = (1 << KIND_BITS) - 1;
/** The FLAG_* bits of meta, shifted down by KIND_BITS. */
const FLAGS_MASK = FLAG_DISGUISE | FLAG_RULE;
/**
 * meta's "seen in this call" mark: set on an id the first time a lookup or learn meets it, and
 * cleared before the call returns (every marked id is listed, so clearing costs one write each).
 * It replaced a 16-bit per-call stamp beside the counts: 2 bytes on every id (0.5 MB of the four
 * shared corpora's 243k ids, issue 13's memory bound) for what one bit does.
 */
const SEEN = 0x80;

/** A count cell holding this says the count is in `bigCounts` (255 documents or more). */
const BIG = 0xff;

/** hashOrder's sort key: hash · SLOT_SPAN + slot. */
const SLOT_SPAN = 1 << 21;

/** Word creations between key-cache clearings: −1 − wordsMade must fit the Int32Array. */
const MAX_WORDS_MADE = 0x40000000;

const LABEL_NONE = 0;
const LABEL_SPAM = 1;
const LABEL_HAM = 2;

/**
 * `array`, or a copy `factor` times as long (or more) when it is shorter than `needed`. The byte
 * arena and the arrays settle() trims grow by a quarter (`factor` 1.25) so that at most a fifth of
 * them is ever unused: their copies are cheap, and a doubling left up to half of the largest
 * array of a trained store empty.
 */
function grow<T extends Uint32Array | Uint16Array | Uint8Array | Int32Array>(array: T, needed: number, make: (n: number) => T, factor = 2): T {
  if (needed <= array.length) return array;
  let size = Math.max(16, Math.ceil(array.length * factor));
  while (size < needed) size = Math.ceil(size * factor);
  const next = make(size);
  next.set(array);
  return next;
}

/**
 * Counts in typed arrays indexed by token id; each document's distinct token ids live in one
 * shared byte arena as varint gaps (id-arena.ts: about 1.3 bytes a learned token where 4 bytes
 * an id cost 4), rewritten when half of it is garbage.
 *
 * Token ids are this store's own (per moderator). A word, n-gram, synthetic or rule token finds
 * its id by its kind and text in a table of texts (text-table.ts); a bigram by the ids of its two words in an
 * open-addressing table of id pairs, so scoring a bigram builds no string. An id whose counts
 * fall to zero stays (unknown to lookups, still naming the words of the bigrams that use it)
 * until the ids are compacted, once dead ids outnumber live ones.
 */
export class MemoryStore implements BayesStore {
  readonly maxVocabulary: number;
  /**
   * Ids by kind and text, every kind but bigrams. Its hash is seeded per store (Math.random):
   * the seed only places texts in slots, never changes an id or a count, so nothing observable
   * depends on it, and texts crafted to collide cannot be made offline for every store.
   */
  private texts = new TextTable(Math.floor(Math.random() * 0x100000000));
  /**
   * Per id: kind (low KIND_BITS), flags (tokenFlags(), above them) and the SEEN mark, one byte. Nothing per id holds its text: a text's one copy is its
   * entry in the table of texts, and the rare operations that need texts by id (export, pruning,
   * compaction) read them all from it with textsById(); an array of texts by id cost 8 bytes
   * on every id, bigrams included (2 MB of the four shared corpora's 243k ids, issue 13's memory
   * target). A bigram's two word ids are kept only in its slot of the pair table, read by id with
   * bigramParts() for the same reason.
   */
  private meta = new Uint8Array(1024);
  /** Ids made (one more than the largest). */
  private idCount = 0;
  /** Bigram ids by word-id pair (pair-table.ts). */
  private pairs = new PairTable();
  /** Ids with a non-zero count (the vocabulary). */
  private live = 0;
  /**
   * Two numbers per token id side by side, so a lookup touches one cache line: spam documents and
   * ham documents ("seen in this call" is meta's SEEN bit). Nothing records when a token was
   * learned: pruning must not depend on the learning order. 8 bits each (2 bytes an id, where
   * 16 bits cost 4: 0.5 MB of the four shared corpora's 243k ids, issue 13's memory bound): a
   * count of 255 documents or more is BIG in its cell and kept in `bigCounts`. Most ids are
   * one-off tokens; on the four shared corpora 295 of the 487k cells spill, the tokens of the
   * commonest words, and a lookup that meets one reads the Map.
   */
  private cells = new Uint8Array(CELL * 1024);
  /** Counts of BIG cells, by id · CELL + SPAM or HAM. */
  private bigCounts = new Map<number, number>();
  /** The ids a lookup marked SEEN, to clear before it returns (reused across calls). */
  private marked = new Int32Array(256);
  /** Set while addMany holds ids: compaction waits. */
  private batch = false;
  /** Word ids of the query being looked up or learned, by position (reused across calls). */
  private idAt = new Int32Array(256);
  /**
   * Word ids by word-memo key (ClassifierTokens.keys) under `keyOwner`: keyCells[k] is id + 1
   * for a known word, 0 for nothing cached, so a repeated word finds its id without hashing its
   * stem in the table of texts. An "unknown" answer is kept as −1 − wordsMade and holds only
   * while no word id has been created since (an unknown word may have become known); known ids
   * stay good when words are created, so learning, which creates words in nearly every comment,
   * keeps its cached ids too. Every entry goes stale at once when ids are renumbered or another
   * key numbering arrives: staleIds() clears the array (at most 2^16 keys a numbering, the word
   * memo's MAX_WORD_KEYS: 256 KB to zero, once per numbering). One number a key: a stamp beside
   * each, which made clearing unnecessary, cost 4 bytes more a key (0.25 MB at most).
   */
  private keyOwner: object | undefined = undefined;
  private keyCells = new Int32Array(0);
  /** Word ids created since keyCells was last cleared (below MAX_WORDS_MADE): the stamp of cached "unknown" answers. */
  private wordsMade = 0;

  /** Document slots by document id, and each held slot's id (doc-table.ts; seeded as `texts` is). */
  private readonly docs = new DocTable(Math.floor(Math.random() * 0x100000000));
  /** Document slots made (free ones included). */
  private slotCount = 0;
  private docLabel = new Uint8Array(256);
  private docStart = new Uint32Array(256);
  /** hash32 of each slot's document id, made once when it is learned (every refit orders by it). */
  private docHash = new Uint32Array(256);
  private freeSlots: number[] = [];
  /**
   * Each document's record (id-arena.ts writeRecord: its id count, then its distinct ids, sorted,
   * as varint gaps) from docStart[slot], a byte offset. arenaEnd and arenaGarbage count bytes.
   */
  private arena = new Uint8Array(4096);
  private arenaEnd = 0;
  private arenaGarbage = 0;
  /** The ids of the document being added or read (reused across calls). */
  private docIds = new Uint32Array(256);

  private spamDocs = 0;
  private hamDocs = 0;
  private spamTokens = 0;
  private hamTokens = 0;

  constructor(maxVocabulary: number) {
    this.maxVocabulary = maxVocabulary;
  }

  /** Clears the SEEN mark of ids[0 .. n). */
  private unmark(ids: Int32Array | Uint32Array, n: number): void {
    const meta = this.meta;
    for (let i = 0; i < n; i++) meta[ids[i] as number] = (meta[ids[i] as number] as number) & ~SEEN;
  }

  /** A new id of `kind` (dead: no counts yet); a bigram's is then put in the pair table. */
  private newId(kind: number, text: string): number {
    const id = this.idCount++;
    const n = id + 1;
    // The per-id arrays grow together (meta holds one entry per id): one test per new id.
    if (n > this.meta.length) {
      this.meta = grow(this.meta, n, (k) => new Uint8Array(k), 1.25);
      // Exactly CELL cells an id of meta (growing each by a quarter on its own rounds differently).
      const cells = new Uint8Array(this.meta.length * CELL);
      cells.set(this.cells);
      this.cells = cells;
    }
    const flags = (isDisguiseToken(kind, text) ? FLAG_DISGUISE : 0) | (kind === TOKEN_RULE ? FLAG_RULE : 0);
    this.meta[id] = kind | (flags << KIND_BITS);
    return id;
  }

  private kindOf(id: number): number {
    return (this.meta[id] as number) & KIND_MASK;
  }

  /** Each bigram id's two word ids (a[id], b[id]; -1 for other kinds), read from the pair table. */
  private bigramParts(): { a: Int32Array; b: Int32Array } {
    const a = new Int32Array(this.idCount).fill(-1);
    const b = new Int32Array(this.idCount).fill(-1);
    this.pairs.forEach((x, y, id) => {
      a[id] = x;
      b[id] = y;
    });
    return { a, b };
  }

  /** Each id's text ('' for bigrams), read from the table of texts (every other id has one entry there). */
  private textsById(): string[] {
    const texts = new Array<string>(this.idCount).fill('');
    for (let e = 0; e < this.texts.size; e++) texts[this.texts.idAt(e)] = this.texts.text(e);
    return texts;
  }

  /** The id of entry `i` (word ids of the query already in idAt), created when `create`; -1 when unknown. */
  private idOf(tokens: ClassifierTokens, i: number, create: boolean): number {
    const kind = tokens.kind[i] as number;
    if (kind === TOKEN_WORD) return this.idAt[i] as number;
    if (kind === TOKEN_BIGRAM) {
      const a = this.idAt[tokens.a[i] as number] as number;
      const b = this.idAt[tokens.b[i] as number] as number;
      if (a < 0 || b < 0) return -1;
      let id = this.pairs.get(a, b);
      if (id < 0 && create) {
        id = this.newId(TOKEN_BIGRAM, '');
        this.pairs.put(a, b, id);
      }
      return id;
    }
    // A constant synthetic token or a rule hit may carry a key (ClassifierTokens.keys): its id is
    // then cached like a word's. Only known ids are kept for these kinds.
    const key = tokens.keyOwner !== undefined && tokens.keyOwner === this.keyOwner ? tokens.keys?.[i] : undefined;
    if (key !== undefined && key < this.keyCells.length) {
      const cached = this.keyCells[key] as number;
      if (cached > 0) return cached - 1;
    }
    const text = tokens.text[i] as string;
    let id = this.texts.get(kind, text);
    if (id < 0) {
      if (!create) return -1;
      id = this.newId(kind, text);
      this.texts.add(kind, text, id);
    }
    if (key !== undefined) this.rememberKey(key, id);
    return id;
  }

  /** Resolves the word ids of a query into idAt (creating them when `create`). */
  private resolveWords(tokens: ClassifierTokens, create: boolean): void {
    if (this.idAt.length < tokens.length) {
      let size = this.idAt.length;
      while (size < tokens.length) size *= 2;
      this.idAt = new Int32Array(size);
    }
    const texts = this.texts;
    const idAt = this.idAt;
    const keys = tokens.keyOwner !== undefined ? tokens.keys : undefined;
    if (keys !== undefined && tokens.keyOwner !== this.keyOwner) {
      this.keyOwner = tokens.keyOwner;
      this.staleIds();
    }
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] !== TOKEN_WORD) continue;
      const key = keys === undefined ? undefined : keys[i];
      if (key !== undefined && key < this.keyCells.length) {
        const cached = this.keyCells[key] as number;
        if (cached > 0) {
          idAt[i] = cached - 1;
          continue;
        }
        // "Unknown" is an answer for a lookup while no word was created since; learning must create the word.
        if (!create && cached < 0 && -1 - cached === this.wordsMade) {
          idAt[i] = -1;
          continue;
        }
      }
      const text = tokens.text[i] as string;
      let id = texts.get(TOKEN_WORD, text);
      if (id < 0) {
        if (create) {
          // A word that was unknown is known from now on: cached "unknown" answers are stale
          // (their stamp is the old wordsMade); cached ids stay good.
          if (++this.wordsMade === MAX_WORDS_MADE) this.staleIds();
          id = this.newId(TOKEN_WORD, text);
          texts.add(TOKEN_WORD, text, id);
        }
      }
      idAt[i] = id;
      if (key !== undefined) this.rememberKey(key, id);
    }
  }

  private rememberKey(key: number, id: number): void {
    this.keyCells = grow(this.keyCells, key + 1, (k) => new Int32Array(k));
    this.keyCells[key] = id >= 0 ? id + 1 : -1 - this.wordsMade;
  }

  /** Every id cached by key is stale from now on (ids renumbered, or another key numbering). */
  private staleIds(): void {
    this.keyCells.fill(0);
    this.wordsMade = 0;
  }

  lookup(given: StoreTokens, out: TokenCounts): void {
    const tokens = asTokens(given);
    out.reset(tokens.length);
    this.resolveWords(tokens, false);
    if (this.marked.length < tokens.length) this.marked = new Int32Array(Math.max(tokens.length, 2 * this.marked.length));
    const marked = this.marked;
    const cells = this.cells;
    const meta = this.meta;
    const { positions, spam, ham } = out;
    let k = 0;
    let m = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] === TOKEN_WORD && ((tokens.b[i] as number) & WORD_PART) !== 0) continue;
      const id = this.idOf(tokens, i, false);
      if (id < 0) continue;
      const flags = meta[id] as number;
      if ((flags & SEEN) !== 0) continue;
      meta[id] = flags | SEEN;
      marked[m++] = id;
      const cell = id * CELL;
      let s = cells[cell + SPAM] as number;
      let h = cells[cell + HAM] as number;
      if (s + h === 0) continue;
      if (s === BIG) s = this.bigCounts.get(cell + SPAM) as number;
      if (h === BIG) h = this.bigCounts.get(cell + HAM) as number;
      positions[k] = i;
      out.ids[k] = id;
      spam[k] = s;
      ham[k] = h;
      out.disguise[k] = (flags >> KIND_BITS) & FLAG_DISGUISE;
      k++;
    }
    this.unmark(marked, m);
    out.size = k;
  }

  totals(): StoreTotals {
    return { spamDocs: this.spamDocs, hamDocs: this.hamDocs, spamTokens: this.spamTokens, hamTokens: this.hamTokens, vocabulary: this.live };
  }

  labelOf(docId: string): Label | undefined {
    const slot = this.docs.get(docId);
    if (slot < 0) return undefined;
    return this.docLabel[slot] === LABEL_SPAM ? 'spam' : 'ham';
  }

  /** The token's text form, as the model's vocabulary writes it (`parts` from bigramParts(), `texts` from textsById()). */
  private nameOf(id: number, parts: { a: Int32Array; b: Int32Array }, texts: readonly string[]): string {
    const kind = this.kindOf(id);
    if (kind === TOKEN_BIGRAM) return `${this.nameOf(parts.a[id] as number, parts, texts)} ${this.nameOf(parts.b[id] as number, parts, texts)}`;
    if (kind === TOKEN_RULE) return `rule:${texts[id] as string}`;
    return texts[id] as string;
  }

  /** Each slot's document id ('' for a free slot). */
  private namesBySlot(): string[] {
    const names = new Array<string>(this.slotCount).fill('');
    for (let slot = 0; slot < this.slotCount; slot++) if (this.docLabel[slot] !== LABEL_NONE) names[slot] = this.docs.idOf(slot);
    return names;
  }

  private newSlot(): number {
    const slot = this.freeSlots.pop() ?? this.slotCount;
    if (slot === this.slotCount) {
      this.slotCount++;
      const n = slot + 1;
      this.docLabel = grow(this.docLabel, n, (k) => new Uint8Array(k), 1.25);
      this.docStart = grow(this.docStart, n, (k) => new Uint32Array(k), 1.25);
      this.docHash = grow(this.docHash, n, (k) => new Uint32Array(k), 1.25);
    }
    return slot;
  }

  add(docId: string, given: StoreTokens, label: Label): void {
    const tokens = asTokens(given);
    this.remove(docId);
    this.resolveWords(tokens, true);
    const ids = this.idBuffer(tokens.length);
    let n = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] === TOKEN_WORD && ((tokens.b[i] as number) & WORD_PART) !== 0) continue;
      // idOf may grow the cells and meta, so countOnce reads them through `this` on every token.
      const id = this.idOf(tokens, i, true);
      if (this.countOnce(id, label)) ids[n++] = id;
    }
    this.finishAdd(docId, label, n);
  }

  /** docIds with room for `n` ids. */
  private idBuffer(n: number): Uint32Array {
    if (this.docIds.length < n) this.docIds = grow(this.docIds, n, (k) => new Uint32Array(k));
    return this.docIds;
  }

  /**
   * Counts `id` for the document being added and marks it SEEN; false when the document already
   * had it. finishAdd clears the marks (the ids counted are exactly the ids marked).
   */
  private countOnce(id: number, label: Label): boolean {
    const flags = this.meta[id] as number;
    if ((flags & SEEN) !== 0) return false;
    this.meta[id] = flags | SEEN;
    const cells = this.cells;
    const cell = id * CELL;
    if (cells[cell + SPAM] === 0 && cells[cell + HAM] === 0) this.live++;
    const side = cell + (label === 'spam' ? SPAM : HAM);
    const count = cells[side] as number;
    if (count < BIG - 1) cells[side] = count + 1;
    else this.setCount(side, this.countAt(side) + 1);
    return true;
  }

  /** The count in cell `at` (id · CELL + SPAM or HAM). */
  private countAt(at: number): number {
    const count = this.cells[at] as number;
    return count === BIG ? (this.bigCounts.get(at) as number) : count;
  }

  private setCount(at: number, count: number): void {
    if (count >= BIG) {
      this.cells[at] = BIG;
      this.bigCounts.set(at, count);
    } else {
      if (this.cells[at] === BIG) this.bigCounts.delete(at);
      this.cells[at] = count;
    }
  }

  /** Records a document whose `n` distinct ids (counted already) sit at docIds[0 .. n). */
  private finishAdd(docId: string, label: Label, n: number): void {
    this.unmark(this.docIds, n);
    const ids = this.docIds;
    sortIds(ids, n);
    this.arena = grow(this.arena, this.arenaEnd + MAX_VARINT_BYTES * (n + 1), (k) => new Uint8Array(k), 1.25);
    const start = this.arenaEnd;
    this.arenaEnd = writeRecord(this.arena, start, ids, n);
    const slot = this.newSlot();
    this.docHash[slot] = hash32(docId);
    this.docLabel[slot] = label === 'spam' ? LABEL_SPAM : LABEL_HAM;
    this.docStart[slot] = start;
    this.docs.set(docId, slot);
    if (label === 'spam') {
      this.spamDocs++;
      this.spamTokens += n;
    } else {
      this.hamDocs++;
      this.hamTokens += n;
    }
    if (this.live > this.maxVocabulary) this.prune();
  }

  addMany(tokens: ClassifierTokens, documents: Iterable<{ id: string; label: Label; positions: readonly number[] }>): void {
    this.resolveWords(tokens, true);
    const ids = new Int32Array(tokens.length).fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] === TOKEN_WORD && ((tokens.b[i] as number) & WORD_PART) !== 0) continue;
      ids[i] = this.idOf(tokens, i, true);
    }
    // Ids must not be renumbered while `ids` is in use: compaction waits for the end.
    this.batch = true;
    try {
      for (const doc of documents) this.addIds(doc.id, doc.positions.map((p) => ids[p] as number), doc.label);
    } finally {
      this.batch = false;
    }
    this.compactIfSparse();
  }

  private addIds(docId: string, given: readonly number[], label: Label): void {
    this.remove(docId);
    const ids = this.idBuffer(given.length);
    let n = 0;
    for (const id of given) {
      if (id >= 0 && this.countOnce(id, label)) ids[n++] = id;
    }
    this.finishAdd(docId, label, n);
  }

  remove(docId: string): boolean {
    const slot = this.docs.delete(docId);
    if (slot < 0) return false;
    const spam = this.docLabel[slot] === LABEL_SPAM;
    const offset = spam ? SPAM : HAM;
    const cells = this.cells;
    const start = this.docStart[slot] as number;
    const length = recordCount(this.arena, start);
    const ids = this.idBuffer(length);
    const end = readRecord(this.arena, start, ids, 0);
    for (let i = 0; i < length; i++) {
      const cell = (ids[i] as number) * CELL;
      const count = cells[cell + offset] as number;
      if (count !== BIG) cells[cell + offset] = count - 1;
      else this.setCount(cell + offset, this.countAt(cell + offset) - 1);
      if (cells[cell + SPAM] === 0 && cells[cell + HAM] === 0) this.live--;
    }
    if (spam) {
      this.spamDocs--;
      this.spamTokens -= length;
    } else {
      this.hamDocs--;
      this.hamTokens -= length;
    }
    this.docLabel[slot] = LABEL_NONE;
    this.freeSlots.push(slot);
    if (end === this.arenaEnd) {
      // The newest document (a relabel right after learning): reuse its space at once.
      this.arenaEnd = start;
    } else {
      this.arenaGarbage += end - start;
      if (this.arenaGarbage > 4096 && this.arenaGarbage * 2 > this.arenaEnd) this.rewriteArena(null);
    }
    this.compactIfSparse();
    return true;
  }

  /**
   * Copies live documents into a fresh arena; with `renumber`, each id becomes renumber[id], and
   * is dropped where that is −1 (pruned). A renumbering must keep the ids' order (compaction's
   * does), so a document's ids stay sorted.
   */
  private rewriteArena(renumber: Int32Array | null): void {
    // Dropping ids or making them smaller never makes a gap longer: the live bytes are enough.
    const next = new Uint8Array(Math.max(4096, this.arenaEnd - this.arenaGarbage));
    let end = 0;
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.docLabel[slot] === LABEL_NONE) continue;
      const length = recordCount(this.arena, this.docStart[slot] as number);
      const ids = this.idBuffer(length);
      readRecord(this.arena, this.docStart[slot] as number, ids, 0);
      let kept = length;
      if (renumber !== null) {
        kept = 0;
        for (let i = 0; i < length; i++) {
          const id = renumber[ids[i] as number] as number;
          if (id >= 0) ids[kept++] = id;
        }
      }
      if (this.docLabel[slot] === LABEL_SPAM) this.spamTokens -= length - kept;
      else this.hamTokens -= length - kept;
      this.docStart[slot] = end;
      end = writeRecord(next, end, ids, kept);
    }
    this.arena = next;
    this.arenaEnd = end;
    this.arenaGarbage = 0;
  }

  /** Document `slot`'s ids, decoded into docIds (valid until the next call that uses docIds). */
  private idsOf(slot: number): Uint32Array {
    const length = recordCount(this.arena, this.docStart[slot] as number);
    const ids = this.idBuffer(length);
    readRecord(this.arena, this.docStart[slot] as number, ids, 0);
    return ids.subarray(0, length);
  }

  private total(id: number): number {
    return this.countAt(id * CELL + SPAM) + this.countAt(id * CELL + HAM);
  }

  private liveIds(): number[] {
    const live: number[] = [];
    for (let id = 0; id < this.idCount; id++) if (this.total(id) > 0) live.push(id);
    return live;
  }

  /** Live ids ordered by `byCount` (count order, then the token's text form). */
  private sortedLive(descending: boolean): { ids: number[]; names: string[] } {
    const ids = this.liveIds();
    const names: string[] = new Array<string>(this.idCount);
    const parts = this.bigramParts();
    const texts = this.textsById();
    for (const id of ids) names[id] = this.nameOf(id, parts, texts);
    const sign = descending ? -1 : 1;
    ids.sort((a, b) => sign * (this.total(a) - this.total(b)) || ((names[a] as string) < (names[b] as string) ? -1 : 1));
    return { ids, names };
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
    const live = this.sortedLive(false).ids;
    const renumber = Int32Array.from({ length: this.idCount }, (_, id) => id);
    const drop = live.length - target;
    for (let i = 0; i < drop; i++) renumber[live[i] as number] = -1;
    this.rewriteArena(renumber);
    for (let i = 0; i < drop; i++) {
      const id = live[i] as number;
      this.setCount(id * CELL + SPAM, 0);
      this.setCount(id * CELL + HAM, 0);
    }
    this.live -= Math.max(drop, 0);
    this.compactIfSparse();
  }

  /**
   * Renumbers the ids when dead ones (no counts) outnumber live ones: keeps the live ids and the
   * words their bigrams are made of, in id order, and rebuilds the table of texts, the pair table and the
   * arena. Ids are internal: nothing outside the store sees the renumbering.
   */
  private compactIfSparse(): void {
    if (this.batch) return;
    const count = this.idCount;
    if (count - this.live <= Math.max(4096, this.live)) return;
    const keep = new Uint8Array(count);
    const parts = this.bigramParts();
    for (let id = 0; id < count; id++) {
      if (this.total(id) === 0) continue;
      keep[id] = 1;
      if (this.kindOf(id) === TOKEN_BIGRAM) {
        keep[parts.a[id] as number] = 1;
        keep[parts.b[id] as number] = 1;
      }
    }
    const renumber = new Int32Array(count).fill(-1);
    const old = { meta: this.meta, texts: this.textsById() };
    const oldCells = this.cells;
    const oldBig = this.bigCounts;
    this.idCount = 0;
    this.meta = new Uint8Array(1024);
    this.cells = new Uint8Array(CELL * 1024);
    this.bigCounts = new Map();
    this.pairs = new PairTable();
    this.texts = new TextTable(Math.floor(Math.random() * 0x100000000));
    this.staleIds();
    for (let id = 0; id < count; id++) {
      if (keep[id] !== 1) continue;
      const kind = (old.meta[id] as number) & KIND_MASK;
      const isPair = kind === TOKEN_BIGRAM;
      // Words sort before the bigrams that use them (a bigram is always newer than its words).
      const a = isPair ? (renumber[parts.a[id] as number] as number) : -1;
      const b = isPair ? (renumber[parts.b[id] as number] as number) : -1;
      const next = this.newId(kind, old.texts[id] as string);
      renumber[id] = next;
      if (isPair) this.pairs.put(a, b, next);
      else this.texts.add(kind, old.texts[id] as string, next);
      const spam = oldCells[id * CELL + SPAM] as number;
      const ham = oldCells[id * CELL + HAM] as number;
      this.setCount(next * CELL + SPAM, spam === BIG ? (oldBig.get(id * CELL + SPAM) as number) : spam);
      this.setCount(next * CELL + HAM, ham === BIG ? (oldBig.get(id * CELL + HAM) as number) : ham);
    }
    // Live ids are renumbered in their order, so each document's ids stay sorted.
    this.rewriteArena(renumber);
  }

  lookupDocument(docId: string, out: TokenCounts): boolean {
    const slot = this.docs.get(docId);
    if (slot < 0) return false;
    const ids = this.idsOf(slot);
    const length = ids.length;
    out.reset(length);
    for (let k = 0; k < length; k++) {
      const id = ids[k] as number;
      out.positions[k] = -1;
      out.ids[k] = id;
      out.spam[k] = this.countAt(id * CELL + SPAM);
      out.ham[k] = this.countAt(id * CELL + HAM);
      out.disguise[k] = ((this.meta[id] as number) >> KIND_BITS) & FLAG_DISGUISE;
    }
    out.size = length;
    return true;
  }

  /**
   * Document slots ordered by a hash of their ids (ties by the id), at most `limit`. Each slot is
   * sorted as one number, hash · 2^21 + slot (exact in a double for slots below 2^21), so the
   * sort is a typed array's numeric sort with no comparator and no object per document; runs of
   * equal hashes (rare) are then put in id order, the only ids this reads.
   */
  private hashOrder(limit: number): number[] {
    const slots = this.slotCount;
    if (slots >= SLOT_SPAN) return this.hashOrderByObjects(limit);
    const keys = new Float64Array(this.docs.size);
    let n = 0;
    for (let slot = 0; slot < slots; slot++) if (this.docLabel[slot] !== LABEL_NONE) keys[n++] = (this.docHash[slot] as number) * SLOT_SPAN + slot;
    keys.sort();
    const chosen: number[] = new Array<number>(n);
    for (let k = 0; k < n; k++) chosen[k] = (keys[k] as number) % SLOT_SPAN;
    const hashAt = (k: number): number => Math.floor((keys[k] as number) / SLOT_SPAN);
    for (let k = 1; k < n; k++) {
      if (hashAt(k) !== hashAt(k - 1)) continue;
      let end = k + 1;
      while (end < n && hashAt(end) === hashAt(k)) end++;
      const run = chosen.slice(k - 1, end).map((slot) => ({ slot, id: this.docs.idOf(slot) }));
      run.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      chosen.splice(k - 1, run.length, ...run.map((r) => r.slot));
      k = end - 1;
    }
    chosen.length = Math.min(chosen.length, limit);
    return chosen;
  }

  /** hashOrder for stores of 2^21 document slots or more. */
  private hashOrderByObjects(limit: number): number[] {
    const chosen: { hash: number; slot: number; id: string }[] = [];
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.docLabel[slot] !== LABEL_NONE) chosen.push({ hash: this.docHash[slot] as number, slot, id: this.docs.idOf(slot) });
    }
    chosen.sort((x, y) => x.hash - y.hash || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    chosen.length = Math.min(chosen.length, limit);
    return chosen.map((c) => c.slot);
  }

  sample(limit: number): LearnedDocument[] {
    return this.hashOrder(limit).map((slot) => ({ id: this.docs.idOf(slot), label: this.docLabel[slot] === LABEL_SPAM ? 'spam' : 'ham' }));
  }

  documents(): { id: string; label: Label; ids: Uint32Array }[] {
    // Every document decoded into one array for the caller's pass (a refit), then dropped.
    const all = new Uint32Array(this.spamTokens + this.hamTokens);
    let at = 0;
    return this.hashOrder(Number.POSITIVE_INFINITY).map((slot) => {
      const length = recordCount(this.arena, this.docStart[slot] as number);
      readRecord(this.arena, this.docStart[slot] as number, all, at);
      at += length;
      return new DecodedDocument(this.docs, slot, this.docLabel[slot] === LABEL_SPAM ? 'spam' : 'ham', all.subarray(at - length, at));
    });
  }

  idSpace(): number {
    return this.idCount;
  }

  /**
   * Every array that grows as the store learns cut to what it holds (the byte arenas, the
   * per-id and per-document arrays, the table of texts' entries): they grow by a quarter, so up
   * to a fifth of each was room for growth (0.4 MB of the four shared corpora's store, issue
   * 13's memory bound). A refit reads every document anyway, so the copies cost little beside
   * it; the next learn grows them again by a quarter. Hash tables keep their size.
   */
  settle(): void {
    if (this.arenaGarbage * 8 > this.arenaEnd) this.rewriteArena(null);
    this.arena = trimmed(this.arena, this.arenaEnd, 4096);
    this.meta = trimmed(this.meta, this.idCount, 1024);
    this.cells = trimmed(this.cells, this.idCount * CELL, CELL * 1024);
    this.docLabel = trimmed(this.docLabel, this.slotCount, 256);
    this.docStart = trimmed(this.docStart, this.slotCount, 256);
    this.docHash = trimmed(this.docHash, this.slotCount, 256);
    this.texts.settle();
    this.docs.settle(this.slotCount);
  }

  tokenFlags(): Uint8Array {
    const flags = new Uint8Array(this.idCount);
    for (let id = 0; id < this.idCount; id++) flags[id] = ((this.meta[id] as number) >> KIND_BITS) & FLAGS_MASK;
    return flags;
  }

  /** Vocabulary renumbered by descending document count (small ids for common tokens), documents by id, each document's ids sorted. */
  snapshot(): StoreSnapshot {
    // Ties by the token and documents by id: the same learned set exports the same JSON, whatever the order it was learned in.
    const { ids: live, names } = this.sortedLive(true);
    const renumber = new Uint32Array(this.idCount);
    live.forEach((id, i) => (renumber[id] = i));
    const documents: StoreSnapshot['documents'] = [];
    const docNames = this.namesBySlot();
    for (let slot = 0; slot < this.slotCount; slot++) {
      const label = this.docLabel[slot];
      if (label === LABEL_NONE) continue;
      const tokens = Array.from(this.idsOf(slot), (id) => renumber[id] as number);
      tokens.sort((a, b) => a - b);
      documents.push({ id: docNames[slot] as string, label: label === LABEL_SPAM ? 'spam' : 'ham', tokens });
    }
    documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { vocabulary: live.map((id) => names[id] as string), documents };
  }
}
