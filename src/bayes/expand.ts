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
  /** Words at least this long count as odd (besides letter-digit mixes). */
  oddLength: number;
}

const KIND_WORD = 0;
const KIND_BIGRAM = 1;
const KIND_SYNTHETIC = 2;
const KIND_RULE = 3;
/** Set in the scan result when a word mixes letters and digits. */
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
    if (c >= 48 && c <= 57) digits++;
  }
  return digits > 0 && digits < token.length ? KIND_WORD | MIXED : KIND_WORD;
}

/** Appends `~`-prefixed character n-grams of `<word>` (with boundary marks) to `out`. */
function pushCharGrams(word: string, sizes: readonly number[], out: string[]): void {
  const padded = `<${word}>`;
  for (const n of sizes) {
    for (let i = 0; i + n <= padded.length; i++) out.push(`~${padded.slice(i, i + n)}`);
  }
}

/** True when the config keeps every pipeline token as it is (no copy needed). */
export function keepsTokensAsGiven(config: ExpandConfig): boolean {
  return config.bigrams && config.synthetic && config.rules && config.charGrams === 'none';
}

/** The tokens the classifier learns and scores for a pipeline token list. */
export function expandTokens(tokens: readonly string[], config: ExpandConfig): readonly string[] {
  if (keepsTokensAsGiven(config)) return tokens;
  const out: string[] = [];
  for (const token of tokens) {
    const kind = scan(token);
    if (kind === KIND_BIGRAM) {
      if (config.bigrams) out.push(token);
    } else if (kind === KIND_RULE) {
      if (config.rules) out.push(token);
    } else if (kind === KIND_SYNTHETIC) {
      if (config.synthetic) out.push(token);
    } else {
      out.push(token);
      if (config.charGrams === 'none' || token.length < config.gramMinLength) continue;
      if (config.charGrams === 'all' || (kind & MIXED) !== 0 || token.length >= config.oddLength) pushCharGrams(token, config.gramSizes, out);
    }
  }
  return out;
}
