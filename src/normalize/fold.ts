// The `folded` text: lowercase, leetspeak read as letters, spaced-out letters joined. It exists for
// vocabulary matching only, so it may read a digit as a letter, but it must never turn honest
// tokens into words: plain numbers (`2013`, `100%`), versions (`mp3`, `win10`, `1st`, `weton88`),
// e-mail addresses and URLs are left alone. A token is read as leetspeak only when a run of
// digits/symbols sits between two letters (`v1agra`, `c1al1s`, `ca$h`), and then every leet
// character in it is read (`v14gr4` → `viagra`).
import { addReported } from './unicode.js';

const LEET = new Map<string, string>([
  ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'],
  ['@', 'a'], ['$', 's'], ['!', 'i'], ['|', 'l'], ['€', 'e'],
]);

// A letter, a run of digit/symbol characters, a letter: a gate before any per-token work. Letters
// are approximated by ASCII letters and any non-ASCII unit, without the `u` flag: a superset of
// \p{L} (so nothing is missed) that V8 scans several times faster.
const LEET_HINT = /[a-z\u00aa-\uffff][0-9@$!|€]+[a-z\u00aa-\uffff]/;
const CHUNK = /\S+/g;
// Hosts, URLs and e-mail addresses: a scheme, `www.`, or a dot followed by letters (`x.com`, `a@b.org`).
const URL_LIKE = /:\/\/|^www\.|\.[a-z]{2,}/;
// `u` class loops are bounded (V8 overflows its backtrack stack on runs of millions of letters).
const RUN = /[\p{L}\p{N}@$!|€]{1,256}/gu;
const INTERIOR_LEET = /\p{L}[013457@$!|€]+\p{L}/u;
const ANY_DIGIT = /\d/;
const UNMAPPED_DIGIT = /[2689]/;
const LETTER = /\p{L}/u;

function isLeetChar(ch: string): boolean {
  return LEET.has(ch);
}

/** Reads one run of letters and leet characters, or returns it as is. */
function foldRun(run: string, leetWords: string[]): string {
  // Symbols at the edges are punctuation (`wow!`, `$100`), not letters.
  let start = 0;
  let end = run.length;
  while (start < end && !LETTER.test(run.charAt(start)) && !ANY_DIGIT.test(run.charAt(start))) start++;
  while (end > start && !LETTER.test(run.charAt(end - 1)) && !ANY_DIGIT.test(run.charAt(end - 1))) end--;
  const core = run.slice(start, end);
  if (!INTERIOR_LEET.test(core) || UNMAPPED_DIGIT.test(core)) return run;
  let folded = '';
  for (const ch of core) folded += LEET.get(ch) ?? ch;
  addReported(leetWords, folded);
  return run.slice(0, start) + folded + run.slice(end);
}

function foldChunk(chunk: string, leetWords: string[]): string {
  if (!LEET_HINT.test(chunk) || URL_LIKE.test(chunk)) return chunk;
  return chunk.replace(RUN, (run: string) => (isLeetChar(run) ? run : foldRun(run, leetWords)));
}

export function foldLeet(lower: string, leetWords: string[]): string {
  if (!LEET_HINT.test(lower)) return lower;
  return lower.replace(CHUNK, (chunk: string) => foldChunk(chunk, leetWords));
}

// Four or more single letters apart: `v i a g r a`, `v.i.a.g.r.a`, `c-i-a-l-i-s`. Separator and
// letter classes are disjoint and each repetition consumes exactly one letter, so this is linear.
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·•]{1,3}\p{L}){3,63}(?![\p{L}\p{N}])/gu;
// Same gate idea: four letters with separators between them, letters approximated.
const SPACED_HINT = /[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff][ .\-_*·•]{1,3}[a-z\u00aa-\uffff]/;
const NOT_LETTER = /[^\p{L}]+/gu;

export function joinSpaced(lower: string, spacedWords: string[]): string {
  if (!SPACED_HINT.test(lower)) return lower;
  return lower.replace(SPACED, (run: string) => {
    const word = run.replace(NOT_LETTER, '');
    addReported(spacedWords, word);
    return word;
  });
}
