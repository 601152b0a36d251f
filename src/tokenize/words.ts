// Words from the folded text, for every script. Our own scanner rather than natural's tokenizers:
// those are per-language, ASCII-minded (they split `café` and drop Cyrillic in English mode) and
// several times slower. Decisions: a word is letters, marks and digits; an apostrophe inside a word
// is dropped (`don't` → `dont`, `it’s` → `its`) so contractions stay one token instead of leaving
// `t` and `s` behind; runs of Han, kana and Thai-like scripts (written without spaces) are one word
// each, split from adjacent Latin letters (`iphone售价` → `iphone`, `售价`); underscores belong to
// words (`my_channel`, `__proto__`: handles and identifiers are single tokens), but a run of
// underscores alone is not a word.
import type { NormalizedText } from '../types.js';

const NON_ASCII = /[^\x00-\x7f]/;
// Unicode-property loops are bounded: V8 keeps a backtrack entry per iteration of a `u` class
// that has astral members, and a run of a few million Cyrillic or Han letters overflows the stack
// (measured: "Maximum call stack size exceeded"). A longer "word" comes out in 256-character pieces,
// in every script alike.
const ASCII_WORD = /[a-z0-9_]{1,256}(?:'[a-z0-9_]{1,255}){0,15}/g;
const WORD = /[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]{0,255}(?:['\u2019][\p{L}\p{M}\p{N}_]{1,255}){0,15}/gu;
const ONLY_UNDERSCORES = /^_+$/;
// Coarse words: a fast non-`u` pass in which any code unit that may belong to a word counts as a
// letter. It leaves out what is never part of a word (general punctuation such as ’ — …, arrows,
// symbols and dingbats, variation selectors, private use, surrogates: emoji) and keeps all else;
// only coarse pieces with non-ASCII left in them go through the exact (slower) Unicode pattern.
const COARSE_CLASS = 'a-z0-9_\\u00aa-\\u1fff\\u2070-\\u218f\\u2c00-\\ud7ff\\uf900-\\ufdff\\ufe10-\\uffef';
const COARSE_WORD = new RegExp(`[${COARSE_CLASS}]{1,256}(?:['\\u2019][${COARSE_CLASS}]{1,255}){0,15}`, 'g');
const NEEDS_EXACT = /[^\x00-\x7f\u2019]/;
// Surrogates other than the emoji blocks (U+1F000..U+1FBFF) can be letters (CJK extension B,
// historic scripts): such text takes the exact path whole.
const ASTRAL_NON_EMOJI = /[\ud800-\ud83b\ud83f-\udbff]/;
const APOSTROPHE = /['\u2019]/g;
// A coarse piece of ASCII word characters, apostrophes and Cyrillic letters (U+0400..U+052F less
// the sign and marks at U+0482..U+0489) only: every character is in WORD's classes and none is of
// an unspaced script, so WORD matches the piece whole (its bounds are COARSE_WORD's) and
// pushExact would push it as it is. Russian comments are made of such pieces; a non-`u` class
// test is a fraction of the exact pass's two Unicode-property matches per word.
const PLAIN_CYRILLIC_PIECE = /^[a-z0-9_'\u2019\u0400-\u0481\u048a-\u052f]+$/;

// Scripts written without spaces between words.
const UNSPACED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\u30FC\\u3005';
const HAS_UNSPACED = new RegExp(`[${UNSPACED}]`, 'u');
const SCRIPT_RUN = new RegExp(`[${UNSPACED}][${UNSPACED}\\p{M}]{0,255}|(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}_]){1,256}`, 'gu');

function pushWord(out: string[], word: string): void {
  if (word.charCodeAt(0) === 0x5f && ONLY_UNDERSCORES.test(word)) return;
  if (word.includes("'") || word.includes('\u2019')) out.push(word.replace(APOSTROPHE, ''));
  else out.push(word);
}

function pushExact(out: string[], text: string): void {
  for (const w of text.match(WORD) ?? []) {
    if (NON_ASCII.test(w) && HAS_UNSPACED.test(w)) {
      for (const run of w.replace(APOSTROPHE, '').match(SCRIPT_RUN) ?? []) pushWord(out, run);
    } else pushWord(out, w);
  }
}

/** Splits a text into lowercase words in order. Never throws; linear in the text length. */
export function splitWords(lower: string): string[] {
  const out: string[] = [];
  if (!NON_ASCII.test(lower)) {
    const words = lower.match(ASCII_WORD);
    if (words === null) return out;
    // Without `'` or `_` in the text no word needs mending: the match is the list (most comments).
    if (!lower.includes("'") && !lower.includes('_')) return words;
    // ASCII words hold no U+2019: only the `'` apostrophe is looked for.
    for (const w of words) {
      if (w.charCodeAt(0) === 0x5f && ONLY_UNDERSCORES.test(w)) continue;
      out.push(w.includes("'") ? w.replace(APOSTROPHE, '') : w);
    }
    return out;
  }
  if (ASTRAL_NON_EMOJI.test(lower)) {
    pushExact(out, lower);
    return out;
  }
  for (const coarse of lower.match(COARSE_WORD) ?? []) {
    if (NEEDS_EXACT.test(coarse) && !PLAIN_CYRILLIC_PIECE.test(coarse)) pushExact(out, coarse);
    else pushWord(out, coarse);
  }
  return out;
}

/** Lowercase, folded words of every script, in order. */
export function tokenizeWords(text: NormalizedText): string[] {
  return splitWords(text.folded);
}
