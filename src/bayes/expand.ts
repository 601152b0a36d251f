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

/** Token kind of a pipeline token, from the two separators the pipeline uses. */
function kindOf(token: string): 'word' | 'bigram' | 'rule' | 'synthetic' {
  if (token.charCodeAt(0) === 114 /* r */ && token.startsWith('rule:')) return 'rule';
  if (token.includes(':')) return 'synthetic';
  if (token.includes(' ')) return 'bigram';
  return 'word';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A word that mixes letters and digits, or is long: names, handles, leet, run-together words. */
function looksOdd(word: string, oddLength: number): boolean {
  if (word.length >= oddLength) return true;
  let digits = 0;
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) digits++;
  return digits > 0 && digits < word.length;
}

/** Appends `~`-prefixed character n-grams of `<word>` (with boundary marks) to `out`. */
function pushCharGrams(word: string, sizes: readonly number[], out: string[]): void {
  const padded = `<${word}>`;
  for (const n of sizes) {
    for (let i = 0; i + n <= padded.length; i++) out.push(`~${padded.slice(i, i + n)}`);
  }
}

/** The tokens the classifier learns and scores for a pipeline token list. */
export function expandTokens(tokens: readonly string[], config: ExpandConfig): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const kind = kindOf(token);
    if (kind === 'bigram') {
      if (config.bigrams) out.push(token);
    } else if (kind === 'rule') {
      if (config.rules) out.push(token);
    } else if (kind === 'synthetic') {
      if (config.synthetic) out.push(token);
    } else {
      out.push(token);
      if (config.charGrams !== 'none' && token.length >= config.gramMinLength && (config.charGrams === 'all' || looksOdd(token, config.oddLength))) {
        pushCharGrams(token, config.gramSizes, out);
      }
    }
  }
  return out;
}
