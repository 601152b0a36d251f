// The classifier's tokens for one comment as typed entries (the contract is documented on
// ClassifierTokens in types.ts). Struct of arrays rather than an object per token: a comment has
// tens of tokens and this runs on every check. A bigram is two positions in the same list, never
// a string: its text form (`stem stem`) is built only when something asks for it (an explanation
// of that one token, the model export, the string view that bench/ and tests read).
import type { ClassifierTokens, TokenKind } from '../types.js';

export const TOKEN_WORD = 0;
export const TOKEN_BIGRAM = 1;
export const TOKEN_GRAM = 2;
export const TOKEN_SYNTHETIC = 3;
export const TOKEN_RULE = 4;

/** Word flag: only part of a bigram, not a token of its own (a bigram read from its text form). */
export const WORD_PART = 2;

/** The text form of a rule token, as the model's vocabulary stores it. */
export const RULE_PREFIX = 'rule:';

const DIGIT_OR_UNDERSCORE = /[0-9_]/;
const ALL_DIGITS = /^[0-9_]+$/;

/** Letters mixed with digits or '_': a handle-like word (which gets character n-grams). */
export function isMixedWord(text: string): boolean {
  return DIGIT_OR_UNDERSCORE.test(text) && !ALL_DIGITS.test(text);
}

export class TokenList implements ClassifierTokens {
  length = 0;
  kind: TokenKind[] = [];
  text: string[] = [];
  a: number[] = [];
  b: number[] = [];
  /** Word memo keys of word entries (set by pushWordTokens, absent elsewhere), valid under keyOwner. */
  keys: (number | undefined)[] = [];
  keyOwner: object | undefined = undefined;

  /**
   * `capacity`: the exact number of entries the caller will write, when it knows it (buildTokens
   * does): the arrays are allocated once at that size instead of grown one push at a time, which
   * reallocates each of the five arrays two or three times for a short comment. Give it only when
   * exact: entries past `length` would show as holes in the arrays (readers stop at `length`, but
   * the arrays are public). Writing past it grows the arrays as before.
   */
  constructor(capacity = 0) {
    if (capacity > 0) {
      this.kind = new Array<TokenKind>(capacity);
      this.text = new Array<string>(capacity);
      this.a = new Array<number>(capacity);
      this.b = new Array<number>(capacity);
      this.keys = new Array<number | undefined>(capacity);
    }
  }

  /**
   * Cuts the arrays to `length`, and `keys` after its last key (in place: V8 shortens a fast
   * array without copying it), for the owner of a list allocated with a capacity once it has
   * appended all it will: the arrays then read as if grown by push.
   */
  trim(): void {
    const n = this.length;
    this.kind.length = n;
    this.text.length = n;
    this.a.length = n;
    this.b.length = n;
    // Keys end at the last entry that has one, as when they were only ever written by index.
    const keys = this.keys;
    let k = Math.min(keys.length, n);
    while (k > 0 && keys[k - 1] === undefined) k--;
    keys.length = k;
  }

  // Written at `length` rather than pushed: the arrays may be allocated ahead (capacity) or be
  // shared with the list this one continues; at the arrays' end it is the same append as push.
  push(kind: TokenKind, text: string, a: number, b: number): number {
    const at = this.length;
    this.kind[at] = kind;
    this.text[at] = text;
    this.a[at] = a;
    this.b[at] = b;
    return this.length++;
  }

  /** A word token: its stem, the index of the word in Features.words (-1: none), its flags (WORD_PART or 0). */
  word(stem: string, source: number, flags: number): number {
    return this.push(TOKEN_WORD, stem, source, flags);
  }

  /** A bigram of the word tokens at positions `first` and `second`. */
  bigram(first: number, second: number): number {
    return this.push(TOKEN_BIGRAM, '', first, second);
  }

  /**
   * A list that continues `tokens` in place: the same arrays, so entries pushed to it land past
   * `tokens.length`, which `tokens` never reads (every reader stops at `length`). No copy, for the
   * owner of a list nothing else appends to; a frozen list needs `from`.
   */
  static continuing(tokens: TokenList): TokenList {
    const c = new TokenList();
    c.length = tokens.length;
    c.kind = tokens.kind;
    c.text = tokens.text;
    c.a = tokens.a;
    c.b = tokens.b;
    c.keys = tokens.keys;
    c.keyOwner = tokens.keyOwner;
    return c;
  }

  /** A copy of any token list (the caller's stays as it is). */
  static from(tokens: ClassifierTokens): TokenList {
    const c = new TokenList();
    c.length = tokens.length;
    c.kind = tokens.kind.slice(0, tokens.length);
    c.text = tokens.text.slice(0, tokens.length);
    c.a = tokens.a.slice(0, tokens.length);
    c.b = tokens.b.slice(0, tokens.length);
    if (tokens.keyOwner !== undefined && tokens.keys !== undefined) {
      c.keys = tokens.keys.slice(0, tokens.length);
      c.keyOwner = tokens.keyOwner;
    }
    return c;
  }
}

/** A token's text form: what the model's vocabulary stores and what the string view shows. */
export function tokenText(tokens: ClassifierTokens, i: number): string {
  const kind = tokens.kind[i];
  if (kind === TOKEN_BIGRAM) return `${tokens.text[tokens.a[i] as number] as string} ${tokens.text[tokens.b[i] as number] as string}`;
  if (kind === TOKEN_RULE) return `${RULE_PREFIX}${tokens.text[i] as string}`;
  return tokens.text[i] as string;
}

/** The text forms of all tokens in order (parts of bigrams left out): the string view of the list. */
export function tokenTexts(tokens: ClassifierTokens): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kind[i] === TOKEN_WORD && ((tokens.b[i] as number) & WORD_PART) !== 0) continue;
    out.push(tokenText(tokens, i));
  }
  return out;
}

/**
 * The one place that reads a kind from a token's text form: for the model file's vocabulary and
 * for callers that hand the classifier text tokens (bench/, tests). The pipeline's own tokens
 * arrive typed and never come through here. Text forms: `rule:ID` (rule), `~…` (character
 * n-gram), `kind:value` (synthetic), `stem stem` (bigram; stems never contain a space), else a word.
 */
export function parseTokenTexts(texts: readonly string[]): TokenList {
  const list = new TokenList();
  // Bigrams' word parts go after every given token, so position i of the list is texts[i].
  const parts = new Map<string, number>();
  const pending: { at: number; first: string; second: string }[] = [];
  for (const text of texts) {
    if (text.startsWith(RULE_PREFIX)) list.push(TOKEN_RULE, text.slice(RULE_PREFIX.length), -1, 0);
    else if (text.charCodeAt(0) === 126 /* ~ */) list.push(TOKEN_GRAM, text, -1, 0);
    else if (text.includes(':')) list.push(TOKEN_SYNTHETIC, text, -1, 0);
    else {
      const space = text.indexOf(' ');
      if (space < 0) list.word(text, -1, 0);
      else pending.push({ at: list.bigram(-1, -1), first: text.slice(0, space), second: text.slice(space + 1) });
    }
  }
  const part = (text: string): number => {
    let i = parts.get(text);
    if (i === undefined) {
      i = list.word(text, -1, WORD_PART);
      parts.set(text, i);
    }
    return i;
  };
  for (const { at, first, second } of pending) {
    list.a[at] = part(first);
    list.b[at] = part(second);
  }
  return list;
}
