// A cheap first test before a word-list lookup: "this word cannot be a key of that map".
//
// Why: body and name words are fresh strings (slices of the comment). A Map lookup of a word not yet
// hashed, in a table of thousands of keys whose buckets are cold, cost 60–300 ns in a throwaway
// microbenchmark on youtube's words under load (session 19b), against 30–90 ns for the same lookup
// repeated. In a fresh moderator the shared scan pays that once for every distinct word (4,512 on
// youtube, about 2 % of learn() in the profile), and 87 % of those words are in no list. A bit array
// indexed by a hash of the word's length and five of its characters answers "not a key" for most of
// them (89 % of youtube's non-keys) without the Map.
//
// Exact: every key sets its bit, so a key always passes; a word that fails is not a key. A word
// that passes is looked up as before. The filter is built once from a map that never changes after
// (the scan's table, a rule's roleMap) and is never written to afterwards.

/** 2^16 bits: 8 KB, small enough to stay in cache, sparse enough for some ten thousand keys. */
const BITS = 16;

export type WordFilter = Readonly<Uint32Array>;

/**
 * The filter's bit for a word: its length and its first two, middle and last two code units, mixed.
 * Three characters were not enough: words of one language share them (42 % of youtube's words
 * outside the scan's table passed, against 11 % with five, the same as hashing every character).
 */
function slot(word: string): number {
  const n = word.length;
  // charCodeAt outside the word (short words) is NaN, which `^` reads as 0: no throw, a fixed slot.
  let h = Math.imul(word.charCodeAt(0) ^ (n << 16), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ word.charCodeAt(1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ word.charCodeAt(n >> 1), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ word.charCodeAt(n - 2), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ word.charCodeAt(n - 1), 0x85ebca6b);
  return (h ^ (h >>> 16)) & ((1 << BITS) - 1);
}

/** The filter of a set of words (a map's keys). */
export function wordFilter(words: Iterable<string>): WordFilter {
  const bits = new Uint32Array(1 << (BITS - 5));
  for (const w of words) {
    const s = slot(w);
    bits[s >>> 5] = (bits[s >>> 5] as number) | (1 << (s & 31));
  }
  return bits;
}

/** False when `word` is certainly not one of the filter's words; true when it may be. */
export function mayHold(filter: WordFilter, word: string): boolean {
  const s = slot(word);
  return ((filter[s >>> 5] as number) & (1 << (s & 31))) !== 0;
}
