// The moderator's one memo of words: each distinct word seen recently, with its stem and a key.
// natural's stemmers cost ~2 µs a call while comment vocabulary is small and repetitive, so almost
// every word is a repeat; and a repeat's entry also gives the classifier a small integer (`key`)
// under which it can remember the word's token id, so a word costs one hash lookup on the whole
// token path instead of two (the memo, then the classifier's map of stems). Issue 13's word memo.
//
// Bounded, with two generations: when the young one fills, it becomes the old one and the previous
// old one is dropped. Frequent words survive by being copied forward on use (keeping their key),
// rare ones age out, and memory stays under 2 × capacity entries. Keys come from a counter that is
// never reset within one `numbering`; when it reaches MAX_WORD_KEYS the memo starts over with a
// new numbering object, so a key can never name two words under one numbering.
//
// Written here rather than taken from a cache package because it sits on the hot path of every
// word and must hand out stable keys, which LRU packages do not.
import type { WordFacts } from '../types.js';

/**
 * A memo entry: the word's stem (its classifier word token), its number under the memo's
 * current `numbering` (ClassifierTokens.keys), and the rules' scan entry for it (WordFacts in
 * types.ts), filled by the rules stage on first read.
 */
export type WordEntry = WordFacts;

/**
 * Keys below this name fixed tokens rather than words, the same under every numbering: the
 * constant synthetic tokens (features/tokens.ts) from 0, the moderator's rules from RULE_KEYS.
 */
export const RESERVED_KEYS = 256;
export const RULE_KEYS = 64;
/**
 * Keys per numbering. Every key ever handed out holds a cell in the classifier's key cache (8
 * bytes: store.ts keyCells) and a byte in its n-gram memo until the numbering starts over, so
 * this bounds both at about half a megabyte. A key is spent on every memo miss, not every word:
 * at 2^18 a moderator trained on the four shared corpora had spent 52k–86k keys (0.5–1 MB of
 * cells, growing by doubling); at 2^16 the memo starts over once per 65k misses, which costs one
 * stem per word then in use (a few milliseconds) and nothing on any score. Issue 13's memory bound.
 * Keys, reserved ones included, stay below 2^16: the cache doubles past a power of two.
 */
export const MAX_WORD_KEYS = (1 << 16) - RESERVED_KEYS;

/**
 * A copy of `text` that holds nothing else alive. V8 makes a substring of 13 or more code units a
 * view into its parent (a sliced string), so a word cut from a comment and kept in a long-lived
 * map keeps the whole comment text alive with it (about 0.5 MB over the four shared corpora, in
 * the word memo and the classifier's maps of texts). Concatenating and slicing again makes V8
 * flatten the text into a new string one code unit longer; the view it returns holds only that.
 * For what is kept (new memo entries, new token ids), never on the path of a repeat.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * One generation of the memo: words to entries in an open-addressing table (linear probing, at
 * most half full), each slot's full 32-bit hash in a typed array beside the word and its entry.
 * Hand-written because the memo is looked up once per word of every comment, with a word just cut
 * from the comment's text: a Map must hash that new string through the engine (a call out of JIT
 * code) and then reach the stored key through its buckets, about 220 ns a word inside check() (8 %
 * of a youtube check's profile, 7 % of learn's: docs/speed-session16.md). Here the hash is computed
 * in JavaScript over code units already in the cache, and a stored word is compared only when its
 * full hash matches. Entries are never removed: a generation is dropped whole.
 */
class WordTable {
  size = 0;
  private mask: number;
  private hashes: Int32Array;
  private words: (string | undefined)[];
  private entries: (WordEntry | undefined)[];

  constructor(slots = 64) {
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.words = new Array<string | undefined>(slots).fill(undefined);
    this.entries = new Array<WordEntry | undefined>(slots).fill(undefined);
  }

  get(word: string, hash: number): WordEntry | undefined {
    const { mask, hashes, words } = this;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const w = words[s];
      if (w === undefined) return undefined;
      if (hashes[s] === hash && w === word) return this.entries[s];
    }
  }

  /** Adds a word the table does not hold. */
  add(word: string, hash: number, e: WordEntry): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const { mask, words } = this;
    let s = hash & mask;
    while (words[s] !== undefined) s = (s + 1) & mask;
    words[s] = word;
    this.hashes[s] = hash;
    this.entries[s] = e;
    this.size++;
  }

  private grow(): void {
    const { hashes, words, entries } = this;
    const slots = 2 * (this.mask + 1);
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.words = new Array<string | undefined>(slots).fill(undefined);
    this.entries = new Array<WordEntry | undefined>(slots).fill(undefined);
    this.size = 0;
    for (let s = 0; s < words.length; s++) {
      const w = words[s];
      if (w !== undefined) this.add(w, hashes[s] as number, entries[s] as WordEntry);
    }
  }
}

/** FNV-1a over the word's UTF-16 code units. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

export class WordMemo {
  /** Identity of the key numbering; a new frozen object whenever the keys start over. */
  numbering: object = Object.freeze({});
  private young = new WordTable();
  private old = new WordTable();
  private nextKey = RESERVED_KEYS;
  private readonly capacity: number;
  private readonly stem: (word: string) => string;
  /** Word keys per numbering (tests pass a small one to see the numbering start over). */
  private readonly maxKeys: number;

  constructor(stem: (word: string) => string, capacity: number, maxKeys = MAX_WORD_KEYS) {
    this.stem = stem;
    this.capacity = Math.max(1, Math.floor(capacity));
    this.maxKeys = maxKeys;
  }

  entry(word: string): WordEntry {
    const hash = hashWord(word);
    let e = this.young.get(word, hash);
    if (e !== undefined) return e;
    e = this.old.get(word, hash);
    if (e === undefined) {
      if (this.nextKey >= RESERVED_KEYS + this.maxKeys) this.renumber();
      e = { stem: ownString(this.stem(word)), key: this.nextKey++, scanInfo: undefined };
    }
    // The word as given is usually cut from this comment's text: the memo keeps its own copy.
    this.young.add(ownString(word), hash, e);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new WordTable();
    }
    return e;
  }

  /** Entries held now: at most 2 × capacity. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  private renumber(): void {
    this.young = new WordTable();
    this.old = new WordTable();
    this.nextKey = RESERVED_KEYS;
    this.numbering = Object.freeze({});
  }
}
