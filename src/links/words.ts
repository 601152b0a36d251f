// Words hidden in a link: the registrable domain's label, subdomain labels and path slugs, so
// that `https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/` reads as
// viagra pas cher fr achat sildenafil pfizer tarif to the rules and the classifier.
import type { HostInfo } from './domain.js';
import { breakWord } from './word-break.js';

/** Words kept per link: a slug of 40 words says no more than its first 24. */
export const MAX_WORDS_PER_LINK = 24;
/** Path characters read for words. */
const MAX_PATH_CHARS = 300;
const MAX_SUBDOMAIN_LABELS = 4;

// File extensions and URL furniture: every site has them, they tell nothing.
const URL_STOPWORDS: ReadonlySet<string> = new Set(
  'www http https html htm shtml php asp aspx jsp cgi index default amp utm'.split(' '),
);

function isRunChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 0xaa;
}

/** Splits `EugeneKalinin` at lower→upper turns; the pieces come back lowercase. */
function splitCamel(run: string, out: string[]): void {
  let start = 0;
  for (let i = 1; i < run.length; i++) {
    const prev = run.charCodeAt(i - 1);
    const c = run.charCodeAt(i);
    if (c >= 65 && c <= 90 && prev >= 97 && prev <= 122) {
      out.push(run.slice(start, i).toLowerCase());
      start = i;
    }
  }
  out.push(run.slice(start).toLowerCase());
}

function hasDigit(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Adds the words of `text` to `words`: runs of letters and digits split at everything else.
 * Runs with digits are ids (`171183229277`, `b00ecvf93g`) and are skipped; `%XX` escapes are
 * separators, not words.
 */
function addWords(text: string, words: Set<string>, camel: boolean): void {
  const pieces: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isRunChar(c)) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) {
      const run = text.slice(start, i);
      if (!hasDigit(run)) {
        if (camel) splitCamel(run, pieces);
        else pieces.push(run.toLowerCase());
      }
      start = -1;
    }
    if (c === 37) i += 2; // %XX
  }
  for (const piece of pieces) {
    for (const w of breakWord(piece)) {
      if (words.size >= MAX_WORDS_PER_LINK) return;
      if (!URL_STOPWORDS.has(w)) words.add(w);
    }
  }
}

/** Words of a link, host labels first in written order, then the path, without repeats. `path` is as written (case kept, for camelCase). */
export function linkWords(info: HostInfo, path: string): string[] {
  const words = new Set<string>();
  if (info.label !== '' && !info.isPunycode) {
    if (info.subdomain !== '') {
      const labels = info.subdomain.split('.');
      for (let i = 0; i < labels.length && i < MAX_SUBDOMAIN_LABELS; i++) {
        const label = labels[i] as string;
        if (label !== 'm' && !label.startsWith('www')) addWords(label, words, false);
      }
    }
    addWords(info.label, words, false);
  }
  let end = path.length;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  if (end > 0) addWords(path.slice(0, Math.min(end, MAX_PATH_CHARS)), words, true);
  return [...words];
}
