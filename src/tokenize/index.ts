// tokenize: words from the normalized text and the classifier's word tokens.
import type { WordFacts } from '../types.js';
import type { CachedStemmer, Stemmer } from './stem.js';
import { TokenList, tokenTexts } from './token-list.js';

export { ENGLISH_STOP_WORDS } from './natural.js';
export { WordMemo, ownString, MAX_WORD_KEYS, RESERVED_KEYS, RULE_KEYS, type WordEntry } from './word-memo.js';
export { createStemmer, memoizeStemmer, DEFAULT_STEM_CACHE_SIZE, MAX_STEMMED_LENGTH, type CachedStemmer, type Stemmer, type StemmerOptions } from './stem.js';
export { splitWords, tokenizeWords } from './words.js';
export {
  TokenList,
  TOKEN_BIGRAM,
  TOKEN_GRAM,
  TOKEN_RULE,
  TOKEN_SYNTHETIC,
  TOKEN_WORD,
  WORD_PART,
  parseTokenTexts,
  tokenText,
  tokenTexts,
  isMixedWord,
} from './token-list.js';

/**
 * Longest word kept whole as a classifier token. Longer ones (keyboard mashing, base64, padding)
 * are cut and marked with `…`: the classifier still learns "this long garbage", and neither the
 * model nor a verdict's evidence ever carries a megabyte token.
 */
export const MAX_TOKEN_LENGTH = 64;

function capToken(word: string): string {
  let end = MAX_TOKEN_LENGTH;
  const last = word.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never half a surrogate pair
  return `${word.slice(0, end)}…`;
}

/** First code unit of a script written without spaces: Han, kana, Thai, Lao, Khmer, Myanmar (splitWords keeps their runs apart). */
function isUnspaced(word: string): boolean {
  const c = word.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0xd840 && c <= 0xd87f)
  );
}

/**
 * A run of a script without spaces is a whole phrase, not a word: as one token it would almost
 * never repeat. Its character bigrams (the run itself when shorter) are what a classifier can
 * learn from; code points, so a bigram never splits a surrogate pair. They are word tokens with
 * no word of their own (an explanation shows them as they are).
 */
function pushCharBigrams(run: string, out: TokenList): void {
  const chars = Array.from(run.length > 4 * MAX_TOKEN_LENGTH ? run.slice(0, 4 * MAX_TOKEN_LENGTH) : run);
  if (chars.length < 3) {
    out.word(chars.join(''), -1, 0);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.word(`${chars[i]}${chars[i + 1]}`, -1, 0);
}

/**
 * Appends the classifier's word tokens for a word sequence to `out`: stems and bigrams of stems,
 * in order (stem, then the bigram it ends). A capped word's token (see MAX_TOKEN_LENGTH) has no
 * word of its own (-1). With a stemmer that asks for it (language 'auto'), runs of scripts written
 * without spaces become character bigrams and take no part in word bigrams. With `entries`, the
 * memo entry of each word is appended to it (undefined for a word without one), one per word: the
 * rules stage reads the words' scan entries from them (CommentFacts.wordEntries).
 */
export function pushWordTokens(words: readonly string[], stem: Stemmer, out: TokenList, entries?: (WordFacts | undefined)[]): void {
  const n = words.length;
  if (n === 0) return;
  // Asked per word rather than after a first pass over all words (`words.some(isUnspaced)`):
  // with no unspaced word the test is false for every word either way.
  const unspaced = stem.unspacedGrams === true;
  // Through the moderator's word memo when the stemmer has one: the same stem, plus the key the
  // classifier caches the word's id under (ClassifierTokens.keys).
  const memo = typeof (stem as Partial<CachedStemmer>).entry === 'function' ? (stem as CachedStemmer) : undefined;
  const numbering = memo?.numbering();
  // One entry per word, so `entries` is sized once (setting the length allocates its store at
  // that size) and written by index instead of grown by push.
  const base = entries === undefined ? 0 : entries.length;
  if (entries !== undefined) entries.length = base + n;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const word = words[i] ?? '';
    if (unspaced && isUnspaced(word)) {
      pushCharBigrams(word, out);
      if (entries !== undefined) entries[base + i] = undefined;
      prev = -1;
      continue;
    }
    let at: number;
    if (word.length > MAX_TOKEN_LENGTH) {
      at = out.word(capToken(word), -1, 0);
      if (entries !== undefined) entries[base + i] = undefined;
    } else if (memo !== undefined) {
      const e = memo.entry(word);
      at = out.word(e.stem, i, 0);
      out.keys[at] = e.key;
      if (entries !== undefined) entries[base + i] = e;
    } else {
      at = out.word(stem(word), i, 0);
      if (entries !== undefined) entries[base + i] = undefined;
    }
    if (prev >= 0) out.bigram(prev, at);
    prev = at;
  }
  // Keys are only good under one numbering: if the memo started over mid-comment, none are given.
  if (memo !== undefined) {
    if (memo.numbering() === numbering) out.keyOwner = numbering;
    else out.keys = [];
  }
}

/**
 * How many entries pushWordTokens appends for `words` with `stem` (a stem and, after the first
 * word, the bigram it ends: 2n − 1), or -1 when that is not known ahead: with a stemmer that makes
 * character bigrams of unspaced runs and such a run among the words. For exact-size token lists.
 */
export function wordTokenCount(words: readonly string[], stem: Stemmer): number {
  const n = words.length;
  if (n === 0) return 0;
  if (stem.unspacedGrams === true) for (let i = 0; i < n; i++) if (isUnspaced(words[i] ?? '')) return -1;
  return 2 * n - 1;
}

/** The word tokens of a word sequence in their text form (`stem`, `stem stem`). */
export function wordTokens(words: readonly string[], stem: Stemmer): string[] {
  const list = new TokenList();
  pushWordTokens(words, stem, list);
  return tokenTexts(list);
}
