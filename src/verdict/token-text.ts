// What a moderator reads for a classifier token. The classifier works on stems and synthetic
// tokens (`googl`, `len:1-19`, `links:0`); a person needs the word as the comment wrote it (its
// folded, lowercase form: `google`) and synthetic tokens said in words ("no links", "very short
// comment"). Stop words (`on`, `for`, `is`) carry little meaning for a reader even when the
// classifier weighs them, so they are left out of explanations (never out of the score).
import type { Stemmer } from '../tokenize/index.js';
import { ENGLISH_STOP_WORDS, MAX_TOKEN_LENGTH, TOKEN_BIGRAM, TOKEN_RULE, TOKEN_WORD, tokenText } from '../tokenize/index.js';
import type { BayesToken, ClassifierTokens } from '../types.js';

/** Display text of a token, or null to leave it out of the explanation. */
export type TokenText = (token: string) => string | null;

const LINK_COUNTS = new Map([
  ['0', 'no links'],
  ['1', 'one link'],
  ['2-3', '2–3 links'],
  ['4+', '4 or more links'],
]);

const LENGTHS = new Map([
  ['0', 'empty comment'],
  ['1-19', 'very short comment (under 20 characters)'],
  ['20-49', 'short comment (20–49 characters)'],
  ['50-99', 'comment of 50–99 characters'],
  ['100-199', 'comment of 100–199 characters'],
  ['200-499', 'comment of 200–499 characters'],
  ['500-999', 'long comment (500–999 characters)'],
  ['1000-4999', 'long comment (1,000–4,999 characters)'],
  ['5000+', 'very long comment (5,000 characters or more)'],
]);

const CAPS = new Map([
  ['low', 'few capital letters'],
  ['some', 'some capital letters'],
  ['mixed', 'many capital letters'],
  ['most', 'mostly capital letters'],
  ['all', 'all capital letters'],
]);

const FLAGS = new Map([
  ['host:ip', 'a link to a bare IP address'],
  ['host:punycode', 'a punycode (xn--) link'],
  ['link:defanged', 'a defanged link (hxxp, [.])'],
  ['authorname:url', 'author name is a URL'],
  ['anchor:mismatch', 'link text names another site'],
  ['obf:leet', 'digits or symbols for letters'],
  ['obf:lookalike', 'look-alike letters'],
  ['obf:spaced', 'letters spaced apart'],
  ['obf:invisible', 'invisible characters'],
  ['obf:hidden', 'hidden text'],
]);

// Shape tokens (src/features/shapes.ts): what the text says outside its words.
const NUMBERS = new Map([
  ['1', 'a 1–2 digit number'],
  ['3', 'a 3–4 digit number'],
  ['5', 'a 5–6 digit number (short-code length)'],
  ['7', 'a 7–9 digit number'],
  ['10', 'a number of 10 or more digits'],
  ['money', 'an amount of money (currency sign)'],
  ['percent', 'a percentage'],
  ['plus', 'a number followed by +'],
  ['unit', 'a number glued to letters (a unit or price)'],
  ['code', 'letters glued to digits (a code)'],
  ['phone', 'a phone-like number'],
]);

const EMPHASIS = new Map([
  ['!!', 'repeated exclamation marks'],
  ['??', 'repeated question marks'],
  ['..', 'trailing dots'],
  ['caps1', 'an all-capital word'],
  ['caps2', '2–3 all-capital words'],
  ['caps4', '4 or more all-capital words'],
]);

const BAND_DIGITS = new Map([
  ['1', '9'],
  ['3', '999'],
  ['5', '99999'],
  ['7', '9999999'],
  ['10', '9999999999'],
]);

/** A chunk shape (shapes.ts: `9` and a length band for a number, `a`/`A` for letters) as an example a reader sees: `£93` → `£999`. */
function chunkExample(shape: string): string {
  return shape.replace(/9(10|[1357])/g, (_, band: string) => BAND_DIGITS.get(band) ?? band);
}

/** A rule token (`rule:ID`) in words. */
function describeRuleToken(id: string): string {
  return `rule ${id} hit`;
}

/** Synthetic (`kind:value`) and rule (`rule:ID`) tokens in words; unknown kinds stay as they are. */
export function describeSyntheticToken(token: string): string {
  const flag = FLAGS.get(token);
  if (flag !== undefined) return flag;
  const colon = token.indexOf(':');
  const kind = token.slice(0, colon);
  const value = token.slice(colon + 1);
  switch (kind) {
    case 'links':
      return LINK_COUNTS.get(value) ?? token;
    case 'len':
      return LENGTHS.get(value) ?? token;
    case 'caps':
      return CAPS.get(value) ?? token;
    case 'domain':
      return `links to ${value}`;
    case 'tld':
      return `a .${value} link`;
    case 'urlword':
      return `"${value}" in a link`;
    case 'authorurl':
      return `author URL at ${value}`;
    case 'email':
      return value === 'unlisted' ? 'an e-mail address' : `an e-mail address at ${value}`;
    case 'rule':
      return describeRuleToken(value);
    case 'num':
      return NUMBERS.get(value) ?? token;
    case 'sym':
      return `the symbol ${value}`;
    case 'chunk':
      return `text shaped like ${chunkExample(value)}`;
    case 'punct':
      return EMPHASIS.get(value) ?? token;
    default:
      return token;
  }
}

function isStopWord(word: string): boolean {
  return ENGLISH_STOP_WORDS.has(word);
}

/**
 * Token texts for one comment. `tokens` are the comment's classifier tokens as tokenize made them
 * (a stem per word, each followed by the bigram it ends): a token's position there names its
 * word(s) without stemming anything, checked by stemming that word once. When the check fails (the
 * layout changed, or the token is not there) the words are stemmed in order until it is found.
 */
export function createTokenText(words: readonly string[], tokens: readonly string[], stem: Stemmer): TokenText {
  // Capped words (see tokenize) never match a lookup key; their tokens are shown as they are.
  const stemOf = (word: string): string => (word.length > MAX_TOKEN_LENGTH ? '' : stem(word));
  const wordOf = new Map<string, string>();
  const pairOf = new Map<string, string>();
  let scanned = 0;
  let previous: { stem: string; word: string } | undefined;

  /** The word (or two) at the token's position in the tokenize layout, when it checks out. */
  function located(token: string, pair: boolean): string | undefined {
    const p = tokens.indexOf(token);
    if (p < 0) return undefined;
    if (!pair) {
      const word = words[p === 0 ? 0 : (p + 1) / 2];
      return p % 2 === 1 || p === 0 ? (word !== undefined && stemOf(word) === token ? word : undefined) : undefined;
    }
    const a = words[p / 2 - 1];
    const b = words[p / 2];
    return p > 0 && p % 2 === 0 && a !== undefined && b !== undefined && `${stemOf(a)} ${stemOf(b)}` === token ? `${a} ${b}` : undefined;
  }

  /** Stems further words until `key` is known (or the words run out). */
  function scanUntil(key: string, map: Map<string, string>): string | undefined {
    let found = map.get(key);
    while (found === undefined && scanned < words.length) {
      const word = words[scanned++] as string;
      const s = stemOf(word);
      if (!wordOf.has(s)) wordOf.set(s, word);
      if (previous) {
        const pair = `${previous.stem} ${s}`;
        if (!pairOf.has(pair)) pairOf.set(pair, `${previous.word} ${word}`);
      }
      previous = { stem: s, word };
      found = map.get(key);
    }
    return found;
  }

  return (token) => {
    if (token.includes(':')) return describeSyntheticToken(token);
    // A word longer than the token cap is its first characters and `…`: shown as it is.
    if (token.endsWith('…')) return `"${token}"`;
    const space = token.indexOf(' ');
    if (space < 0) {
      const word = located(token, false) ?? scanUntil(token, wordOf) ?? token;
      return isStopWord(word) || isStopWord(token) ? null : `"${word}"`;
    }
    const pair = located(token, true) ?? scanUntil(token, pairOf);
    const [a, b] = (pair ?? token).split(' ');
    if (isStopWord(a ?? '') && isStopWord(b ?? '')) return null;
    return `"${pair ?? token}"`;
  };
}

/** Display text of an explained token, by its position in the comment's classifier tokens. */
export type ExplainedTokenText = (token: BayesToken) => string | null;

/**
 * Token texts for one comment from its typed tokens: a word token knows the index of its word
 * and a bigram the positions of its two words, so nothing is stemmed or searched. The same texts
 * as createTokenText gives for the comment's own tokens (a capped word, or a script written
 * without spaces, shows its token as it is).
 */
export function createPositionText(words: readonly string[], tokens: ClassifierTokens): ExplainedTokenText {
  const wordAt = (p: number): string | undefined => {
    const w = tokens.a[p] as number;
    return w >= 0 ? words[w] : undefined;
  };
  // Read on every explained token of a verdict: the token's text is tokenText(tokens, p), but a
  // bigram's and a rule's are not built here unless shown as they are (tokenText would concatenate
  // them, and a bigram's would be flattened again by endsWith).
  return (t) => {
    const p = t.position;
    if (p === undefined) return t.token;
    const kind = tokens.kind[p];
    if (kind === TOKEN_WORD) {
      const text = tokens.text[p] as string;
      if (text.endsWith('…')) return `"${text}"`;
      const word = wordAt(p) ?? text;
      return isStopWord(word) || isStopWord(text) ? null : `"${word}"`;
    }
    if (kind === TOKEN_BIGRAM) {
      // `first second` ends with '…' exactly when `second` does (an empty one leaves a space last).
      if (tokens.text[tokens.b[p] as number]?.endsWith('…') === true) return `"${tokenText(tokens, p)}"`;
      const a = wordAt(tokens.a[p] as number);
      const b = wordAt(tokens.b[p] as number);
      if (a === undefined || b === undefined) return `"${tokenText(tokens, p)}"`;
      if (isStopWord(a) && isStopWord(b)) return null;
      return `"${a} ${b}"`;
    }
    // A rule token's text is its id: described as describeSyntheticToken(`rule:${id}`) would (no
    // flag starts `rule:`), without building that string first.
    if (kind === TOKEN_RULE) return describeRuleToken(tokens.text[p] as string);
    return describeSyntheticToken(tokens.text[p] as string);
  };
}
