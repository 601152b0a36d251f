// The pipeline gives stems, bigrams, synthetic tokens and `rule:ID` tokens. The classifier adds
// its own token kind here (so src/features stays the one owner of the pipeline's tokens):
// character n-grams of words that look made up or obfuscated, which is where comment spam hides
// its signal (`kobyoshi02`, `subscribeee`, `wetonb8`, channel and handle names).

export interface ExpandConfig {
  /** Keep word bigrams (tokens with a space). */
  bigrams: boolean;
  /** Keep synthetic tokens (`kind:value`, other than rule hits). */
  synthetic: boolean;
  /** Keep `rule:ID` tokens. */
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

const KIND_WORD = 0;
const KIND_BIGRAM = 1;
const KIND_SYNTHETIC = 2;
const KIND_RULE = 3;
/** Set in the scan result when a word mixes letters with digits or underscores. */
const MIXED = 4;

/**
 * One pass over a token: its kind (from the two separators the pipeline uses: ':' in synthetic
 * and rule tokens, ' ' in bigrams) and, for words, whether digits are mixed in.
 */
function scan(token: string): number {
  let digits = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 58 /* : */) return token.startsWith('rule:') ? KIND_RULE : KIND_SYNTHETIC;
    if (c === 32) return KIND_BIGRAM;
    if ((c >= 48 && c <= 57) || c === 95 /* _ */) digits++;
  }
  return digits > 0 && digits < token.length ? KIND_WORD | MIXED : KIND_WORD;
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

/** Appends `~`-prefixed character n-grams of `<word>` (with boundary marks) to `out`. */
function pushCharGrams(word: string, sizes: readonly number[], out: string[]): void {
  const padded = word.length > MAX_GRAM_WORD ? `<${word.slice(0, MAX_GRAM_WORD)}` : `<${word}>`;
  for (const n of sizes) {
    for (let i = 0; i + n <= padded.length; i++) out.push(`~${padded.slice(i, i + n)}`);
  }
}

const DIGIT_OR_UNDERSCORE = /[0-9_]/;
const ALL_DIGITS = /^[0-9_]+$/;

/**
 * The hot-path test (every kind kept): is this a word that gets n-grams? Native string searches
 * first, the per-character work only for the few candidates left.
 */
function isOddWord(token: string, config: ExpandConfig): boolean {
  if (token.length < config.gramMinLength || token.indexOf(' ') >= 0 || token.indexOf(':') >= 0) return false;
  if (config.charGrams === 'all' || token.length >= config.oddLength) return true;
  return DIGIT_OR_UNDERSCORE.test(token) && !ALL_DIGITS.test(token);
}

function wantsGrams(token: string, kind: number, config: ExpandConfig): boolean {
  if ((kind & 3) !== KIND_WORD || config.charGrams === 'none' || token.length < config.gramMinLength) return false;
  return config.charGrams === 'all' || (kind & MIXED) !== 0 || token.length >= config.oddLength;
}

function keeps(kind: number, config: ExpandConfig): boolean {
  const k = kind & 3;
  return k === KIND_WORD || (k === KIND_BIGRAM ? config.bigrams : k === KIND_RULE ? config.rules : config.synthetic);
}

/** Expanded tokens: the kept pipeline tokens first, then the n-grams (and shapes) with the word each came from. */
export interface Expansion {
  tokens: readonly string[];
  /** tokens[0 .. base) are pipeline tokens; tokens[base + k] was made from the word at tokens[owners[k]]. */
  base: number;
  owners: readonly number[];
}

const NO_OWNERS: readonly number[] = Object.freeze([]);

function addGrams(word: string, wordIndex: number, config: ExpandConfig, grams: string[], owners: number[]): void {
  const before = grams.length;
  pushCharGrams(word, config.gramSizes, grams);
  if (config.shapes) grams.push(shapeOf(word));
  for (let k = before; k < grams.length; k++) owners.push(wordIndex);
}

/**
 * The tokens the classifier learns and scores for a pipeline token list, with the word behind
 * each n-gram (explanations credit the word, not its fragments). The common case (every kind
 * kept, no word needing n-grams) returns the given array itself: the hot path copies nothing.
 */
export function expand(tokens: readonly string[], config: ExpandConfig): Expansion {
  const dropsKinds = !(config.bigrams && config.synthetic && config.rules);
  if (!dropsKinds && config.charGrams === 'none') return { tokens, base: tokens.length, owners: NO_OWNERS };
  if (!dropsKinds) {
    let grams: string[] | null = null;
    const owners: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (!isOddWord(token, config)) continue;
      grams ??= [];
      addGrams(token, i, config, grams, owners);
    }
    if (grams === null) return { tokens, base: tokens.length, owners: NO_OWNERS };
    return { tokens: tokens.concat(grams), base: tokens.length, owners };
  }
  const kept: string[] = [];
  const grams: string[] = [];
  const owners: number[] = [];
  for (const token of tokens) {
    const kind = scan(token);
    if (!keeps(kind, config)) continue;
    kept.push(token);
    if (wantsGrams(token, kind, config)) addGrams(token, kept.length - 1, config, grams, owners);
  }
  return { tokens: grams.length > 0 ? kept.concat(grams) : kept, base: kept.length, owners };
}

/** The expanded token list alone (what learning stores). */
export function expandTokens(tokens: readonly string[], config: ExpandConfig): readonly string[] {
  return expand(tokens, config).tokens;
}

/**
 * At most `max` distinct tokens of one learned document (issue 12: a few comments of 100,000
 * made-up words must not fill the vocabulary and push out what every other comment taught).
 * Synthetic and rule tokens (`kind:value`) come first, up to a quarter of the budget, then the
 * others in their order; a function of the token list alone, so learning stays order-free.
 */
export function boundTokens(tokens: readonly string[], max: number): readonly string[] {
  if (tokens.length <= max) return tokens;
  const kept = new Set<string>();
  const typed = Math.floor(max / 4);
  for (const token of tokens) {
    if (kept.size >= typed) break;
    if (token.indexOf(':') >= 0 && token.indexOf(' ') < 0) kept.add(token);
  }
  for (const token of tokens) {
    if (kept.size >= max) break;
    kept.add(token);
  }
  return [...kept];
}
