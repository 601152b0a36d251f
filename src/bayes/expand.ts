// The pipeline gives typed word, bigram, synthetic and rule tokens. The classifier adds its own
// token kind here (so src/features stays the one owner of the pipeline's tokens):
// character n-grams of words that look made up or obfuscated, which is where comment spam hides
// its signal (`kobyoshi02`, `subscribeee`, `wetonb8`, channel and handle names).

import {
  TOKEN_BIGRAM,
  TOKEN_GRAM,
  TOKEN_RULE,
  TOKEN_SYNTHETIC,
  TOKEN_WORD,
  TokenList,
  WORD_PART,
  isMixedWord,
  parseTokenTexts,
  tokenText,
  tokenTexts,
} from '../tokenize/index.js';
import type { ClassifierTokens, TokenKind } from '../types.js';

export interface ExpandConfig {
  /** Keep word bigrams. */
  bigrams: boolean;
  /** Keep synthetic tokens (facts that are not words, other than rule hits). */
  synthetic: boolean;
  /** Keep rule-hit tokens. */
  rules: boolean;
  /** Which words get character n-grams: none, every word of at least `gramMinLength`, or only odd-looking words. */
  charGrams: 'none' | 'all' | 'odd';
  /** n-gram sizes (at most two), e.g. [3, 4]. */
  gramSizes: readonly number[];
  gramMinLength: number;
  /** Words at least this long count as odd (besides letter-digit mixes and words with '_'). */
  oddLength: number;
  /** Add a shape token for odd words (`~shape:a_a_d`: letters, digits, underscores, runs collapsed), which generalizes handles. */
  shapes: boolean;
}

/** Character class of a word character for shape tokens. */
function shapeClass(c: number): string {
  if (c >= 97 && c <= 122) return 'a';
  if (c >= 48 && c <= 57) return 'd';
  if (c === 95) return '_';
  return c < 128 ? 'x' : 'u';
}

/** `earn_with_maria_65` → `~shape:a_a_a_d`; `hāźeł_mc` → `~shape:auaua_a`. */
function shapeOf(word: string): string {
  let shape = '~shape:';
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const cls = shapeClass(word.charCodeAt(i));
    if (cls !== previous) shape += cls;
    previous = cls;
  }
  return shape;
}

/** Longer words (hashes, run-together floods) get n-grams of their start only: bounded work per word. */
const MAX_GRAM_WORD = 64;

/** Appends `~`-prefixed character n-grams of `<word>` (with boundary marks) to `out`, each naming the word at `owner`. */
function pushCharGrams(word: string, sizes: readonly number[], owner: number, out: TokenList): void {
  const padded = word.length > MAX_GRAM_WORD ? `<${word.slice(0, MAX_GRAM_WORD)}` : `<${word}>`;
  for (const n of sizes) {
    for (let i = 0; i + n <= padded.length; i++) out.push(TOKEN_GRAM, `~${padded.slice(i, i + n)}`, owner, 0);
  }
}

/** Is the entry at `i` a word that gets n-grams? Native string tests only for the few words long enough. */
function wantsGrams(tokens: ClassifierTokens, i: number, config: ExpandConfig): boolean {
  if (tokens.kind[i] !== TOKEN_WORD || config.charGrams === 'none') return false;
  const flags = tokens.b[i] as number;
  const text = tokens.text[i] as string;
  if ((flags & WORD_PART) !== 0 || text.length < config.gramMinLength) return false;
  return config.charGrams === 'all' || text.length >= config.oddLength || isMixedWord(text);
}

function keeps(kind: number, config: ExpandConfig): boolean {
  return kind === TOKEN_WORD || (kind === TOKEN_BIGRAM ? config.bigrams : kind === TOKEN_RULE ? config.rules : kind === TOKEN_GRAM || config.synthetic);
}

/** Expanded tokens: the kept pipeline tokens first, then the n-grams (and shapes), each naming the word it came from (`a`). */
export interface Expansion {
  tokens: ClassifierTokens;
  /** tokens[0 .. base) are pipeline tokens, the rest the classifier's n-grams. */
  base: number;
  /** The given position of each kept pipeline token, or null when every token was kept (positions are the same). */
  origin: readonly number[] | null;
}

function addGrams(tokens: TokenList, i: number, config: ExpandConfig): void {
  const word = tokens.text[i] as string;
  pushCharGrams(word, config.gramSizes, i, tokens);
  if (config.shapes) tokens.push(TOKEN_GRAM, shapeOf(word), i, 0);
}

/** The texts addGrams pushes for word entry i, in the same order, or null when it gets none. */
function gramTexts(tokens: ClassifierTokens, i: number, config: ExpandConfig): readonly string[] | null {
  if (!wantsGrams(tokens, i, config)) return null;
  const list = new TokenList();
  list.word(tokens.text[i] as string, -1, 0);
  addGrams(list, 0, config);
  return list.text.slice(1);
}

/**
 * One classifier's memo of each word's n-grams (its config fixed), by word-memo key
 * (ClassifierTokens.keys, valid under one keyOwner). A word's n-grams are a function of the word;
 * working them out (two regex tests, a slice and a concatenation per n-gram) and then hashing the
 * new strings cost more than the rest of the word's way through the classifier, and the same
 * words come back comment after comment. Per key a byte says "none" or "some", so the common word
 * without n-grams costs one typed-array read; the n-gram strings of the few that have them are
 * kept in two bounded generations, like the word memo's. Written here because
 * it is keyed by our own integer keys and sits on the check path of every word.
 */
export class GramMemo {
  private owner: object | undefined = undefined;
  /** Per key: 0 not known yet, 1 no n-grams, 2 n-grams (in young or old while they hold them). */
  private state = new Uint8Array(0);
  private young = new Map<number, readonly string[]>();
  private old = new Map<number, readonly string[]>();

  constructor(
    private readonly config: ExpandConfig,
    /**
     * Words with n-grams held per generation. A held word's n-gram strings cost about 670 bytes
     * (4,096 held 1.8 MB of a moderator trained on the four shared corpora, up to 5.5 MB full);
     * what a hit saves is building those strings (the store hashes them either way). Few words
     * get n-grams (long or mixed ones, mostly one-offs): checking the four corpora's 27k comments
     * with a moderator trained on them met 5.4k, of which 1,024 a generation held 2,364 and 256
     * held 2,269, about a microsecond each. 256 holds 0.35 MB at most, where 1,024 held 1.4 MB
     * (docs/memory-session13.md).
     */
    private readonly capacity = 256,
  ) {}

  /** The n-gram texts of word entry i (as addGrams makes them), or null when it gets none. */
  grams(tokens: ClassifierTokens, i: number): readonly string[] | null {
    const key = tokens.keyOwner === undefined ? undefined : tokens.keys?.[i];
    // Only plain pipeline words carry keys; anything else is worked out each time.
    if (key === undefined || (tokens.b[i] as number) !== 0) return gramTexts(tokens, i, this.config);
    if (tokens.keyOwner !== this.owner) {
      this.owner = tokens.keyOwner;
      this.state = new Uint8Array(0);
      this.young = new Map();
      this.old = new Map();
    }
    const known = key < this.state.length ? (this.state[key] as number) : 0;
    if (known === 1) return null;
    if (known === 2) {
      const held = this.young.get(key) ?? this.old.get(key);
      if (held !== undefined) {
        if (!this.young.has(key)) this.hold(key, held);
        return held;
      }
    }
    const grams = gramTexts(tokens, i, this.config);
    if (key >= this.state.length) {
      const next = new Uint8Array(Math.max(1024, 2 ** Math.ceil(Math.log2(key + 1))));
      next.set(this.state);
      this.state = next;
    }
    this.state[key] = grams === null ? 1 : 2;
    if (grams !== null) this.hold(key, grams);
    return grams;
  }

  private hold(key: number, grams: readonly string[]): void {
    this.young.set(key, grams);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}

/**
 * The tokens the classifier learns and scores for a pipeline token list, with the word behind
 * each n-gram (explanations credit the word, not its fragments). The common case (every kind
 * kept, no word needing n-grams) returns the given list itself: the hot path copies nothing.
 * With `memo` (made with the same config), words' n-grams are read from it.
 */
export function expand(tokens: ClassifierTokens, config: ExpandConfig, memo?: GramMemo): Expansion {
  const n = tokens.length;
  const dropsKinds = !(config.bigrams && config.synthetic && config.rules);
  if (!dropsKinds) {
    let out: TokenList | null = null;
    if (config.charGrams !== 'none') {
      for (let i = 0; i < n; i++) {
        if (tokens.kind[i] !== TOKEN_WORD) continue;
        if (memo === undefined) {
          if (!wantsGrams(tokens, i, config)) continue;
          out ??= TokenList.from(tokens);
          addGrams(out, i, config);
          continue;
        }
        const grams = memo.grams(tokens, i);
        if (grams === null) continue;
        out ??= TokenList.from(tokens);
        for (let g = 0; g < grams.length; g++) out.push(TOKEN_GRAM, grams[g] as string, i, 0);
      }
    }
    return { tokens: out ?? tokens, base: n, origin: null };
  }
  // Kept entries keep their order, so each one's new position is known before any is copied
  // (a bigram may name word parts placed after it).
  const at = new Int32Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) at[i] = keeps(tokens.kind[i] as number, config) ? kept++ : -1;
  const out = new TokenList();
  const origin: number[] = [];
  for (let i = 0; i < n; i++) {
    if (at[i] === -1) continue;
    const kind = tokens.kind[i] as TokenKind;
    const a = tokens.a[i] as number;
    const b = tokens.b[i] as number;
    if (kind === TOKEN_BIGRAM) out.bigram(at[a] as number, at[b] as number);
    else out.push(kind, tokens.text[i] as string, kind === TOKEN_GRAM && a >= 0 ? (at[a] as number) : a, b);
    origin.push(i);
  }
  const base = out.length;
  for (let i = 0; i < base; i++) if (wantsGrams(out, i, config)) addGrams(out, i, config);
  return { tokens: out, base, origin };
}

/** Distinct-or-not entries that are tokens of their own (parts of bigrams are not). */
function tokenCount(tokens: ClassifierTokens): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (!(tokens.kind[i] === TOKEN_WORD && ((tokens.b[i] as number) & WORD_PART) !== 0)) n++;
  return n;
}

/** The expanded tokens alone (what learning stores); text forms in, text forms out (bench/ and tests). */
export function expandTokens(tokens: readonly string[], config: ExpandConfig): readonly string[] {
  const parsed = parseTokenTexts(tokens);
  const e = expand(parsed, config);
  return e.tokens === parsed ? tokens : tokenTexts(e.tokens);
}

/**
 * At most `max` distinct tokens of one learned document (issue 12: a few comments of 100,000
 * made-up words must not fill the vocabulary and push out what every other comment taught).
 * Synthetic and rule tokens come first, up to a quarter of the budget, then the others in their
 * order; a function of the token list alone, so learning stays order-free. Only documents over
 * the bound (thousands of tokens) take this path, so it works on the text forms.
 */
export function boundTokens(tokens: ClassifierTokens, max: number): ClassifierTokens {
  if (tokenCount(tokens) <= max) return tokens;
  const kept = new Set<string>();
  const typed = Math.floor(max / 4);
  for (let i = 0; i < tokens.length; i++) {
    if (kept.size >= typed) break;
    const kind = tokens.kind[i];
    if (kind === TOKEN_SYNTHETIC || kind === TOKEN_RULE) kept.add(tokenText(tokens, i));
  }
  for (let i = 0; i < tokens.length; i++) {
    if (kept.size >= max) break;
    if (tokens.kind[i] === TOKEN_WORD && ((tokens.b[i] as number) & WORD_PART) !== 0) continue;
    kept.add(tokenText(tokens, i));
  }
  return parseTokenTexts([...kept]);
}
