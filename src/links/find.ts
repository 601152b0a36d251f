// All URL and e-mail mentions in one text, in order, from the three finders: the candidate scan
// decides what runs, linkify reads the candidate chunks, the fallback reads defanged forms.
import { scriptOf } from '../normalize/confusables.js';
import { findFallbackMatches, type FallbackMatch } from './fallback.js';
import { findWithLinkify, type TextMatch } from './linkify.js';
import { scanLinkCandidates } from './scan.js';
import { trimTrailingPunctuation, trimUrlTail } from './url.js';

/** A URL or e-mail mention; the fallback finder already produces this shape. */
export type Mention = FallbackMatch;

// linkify's URLs can run into markup (`http://x.co.uk">anchor`); the fallback regexes stop
// before markup themselves, so only sentence punctuation is left to cut from them.
function fromLinkify(m: TextMatch): Mention {
  const value = m.kind === 'url' ? trimUrlTail(m.value) : m.value;
  return { kind: m.kind, value, target: value, start: m.start, end: m.start + value.length, defanged: false };
}

function fromFallback(m: FallbackMatch): Mention {
  if (m.kind === 'email') return m;
  const value = trimTrailingPunctuation(m.value);
  return { ...m, value, target: trimTrailingPunctuation(m.target), end: m.start + value.length };
}

/** Chunks longer than this always go to linkify (a 2 kB URL is already odd). */
const MAX_DIRECT_URL = 2048;

/**
 * `http://…` or `https://…` filling a whole chunk of printable ASCII with no second `://`: the
 * chunk is the URL (up to its markup tail), so linkify's ~5 µs a call can be skipped for the
 * most common shape of spam link. Anything else (text before the scheme, non-ASCII, two URLs
 * glued together) is linkify's to read.
 */
function isWholeChunkUrl(text: string, start: number, end: number): boolean {
  if (end - start > MAX_DIRECT_URL || end - start < 10) return false;
  const c0 = text.charCodeAt(start) | 32;
  const c1 = text.charCodeAt(start + 1) | 32;
  const c2 = text.charCodeAt(start + 2) | 32;
  const c3 = text.charCodeAt(start + 3) | 32;
  if (c0 !== 104 || c1 !== 116 || c2 !== 116 || c3 !== 112) return false; // http
  const schemeEnd = (text.charCodeAt(start + 4) | 32) === 115 ? start + 5 : start + 4;
  if (!text.startsWith('://', schemeEnd)) return false;
  for (let i = schemeEnd + 3; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
    if (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) return false;
  }
  return true;
}

// Characters that end a hostname where linkify kept reading (`http://a.com,b.com`,
// `http://shop.jpをご覧ください`, `http://shop.ru—скидки`): a browser's host stops there, and what
// follows may be the next link. Checked only between the scheme and the first `/ ? # \`.
function isHostChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 45 || c === 46 || c === 95 || c === 58 || c === 64 || c === 91 || c === 93 || c === 37
  );
}

function isPathStart(c: number): boolean {
  return c === 47 || c === 63 || c === 35 || c === 92;
}

const IDN_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Full stops IDNA reads as `.` (ideographic, full-width, half-width). */
function isWideDot(c: number): boolean {
  return c === 0x3002 || c === 0xff0e || c === 0xff61;
}

/** Length of a `scheme://` prefix of `v` from `at`, 0 when none. */
function schemePrefix(v: string, at: number): number {
  const limit = Math.min(v.length, at + 17);
  for (let i = at; i < limit; i++) {
    const c = v.charCodeAt(i);
    if (c === 58) return i > at && v.startsWith('//', i + 1) ? i + 3 - at : 0;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (i > at && ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)))) return 0;
  }
  return 0;
}

/**
 * Splits a URL that linkify read past the end of its host into pieces: the URL up to the first
 * character no hostname holds, then each run after such a character (which may be another
 * link). Pieces are [start, end) offsets into `v`; one piece when nothing needs cutting. Each
 * character is looked at once.
 */
export function splitAtHostEnds(v: string): number[] {
  const pieces: number[] = [];
  let start = 0;
  let i = schemePrefix(v, 0);
  let sawDot = false;
  let prevAscii = false;
  while (i < v.length) {
    const c = v.charCodeAt(i);
    if (isPathStart(c)) break;
    if (isHostChar(c)) {
      if (c === 46) sawDot = true;
      prevAscii = c !== 46;
      i++;
      continue;
    }
    if (isWideDot(c)) {
      sawDot = true;
      prevAscii = false;
      i++;
      continue;
    }
    const len = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    const letter = c > 0x7f && IDN_CHAR.test(v.slice(i, i + len));
    // An internationalized label is letters of one script (`bücher`, `пример`); ASCII letters after
    // a dot and then letters of another script is a domain with prose glued to it (`shop.jpを…`).
    if (letter && !(prevAscii && sawDot && scriptOf(v.codePointAt(i) as number) !== 'latin')) {
      prevAscii = false;
      i += len;
      continue;
    }
    pieces.push(start, i);
    start = i + (letter ? 0 : len);
    i = start + schemePrefix(v, start);
    sawDot = false;
    prevAscii = false;
  }
  pieces.push(start, v.length);
  return pieces;
}

/** Linkify's matches with hosts cut where a hostname must end; the runs after a cut are read again. */
function cutHosts(text: string, found: TextMatch[]): TextMatch[] {
  const out: TextMatch[] = [];
  for (const m of found) {
    if (m.kind !== 'url') {
      out.push(m);
      continue;
    }
    const pieces = splitAtHostEnds(m.value);
    if (pieces.length === 2) {
      out.push(m);
      continue;
    }
    out.push({ kind: 'url', value: m.value.slice(0, pieces[1] as number), start: m.start, end: m.start + (pieces[1] as number) });
    for (let k = 2; k + 1 < pieces.length; k += 2) {
      const a = m.start + (pieces[k] as number);
      const b = m.start + (pieces[k + 1] as number);
      if (b > a) findWithLinkify(text, a, b, out);
    }
  }
  return out;
}

/** `mailto:name@host` found as a URL is an e-mail address. */
function asMailto(m: Mention): Mention {
  if (m.kind !== 'url' || !/^mailto:/i.test(m.value)) return m;
  const address = m.value.slice(7);
  const q = address.indexOf('?');
  const target = q === -1 ? address : address.slice(0, q);
  return { ...m, kind: 'email', target };
}

/** Earlier first; at one start the longer match (the whole `hxxps://evil.com`, not linkify's `evil.com`). */
function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

/** Mentions in `text`, ordered and not overlapping (where two finders saw one URL, the longer reading wins). */
export function findMentions(text: string): Mention[] {
  const candidates = scanLinkCandidates(text);
  if (candidates === null) return [];
  const found: TextMatch[] = [];
  const { chunks } = candidates;
  for (let i = 0; i + 1 < chunks.length; i += 2) {
    const start = chunks[i] as number;
    const end = chunks[i + 1] as number;
    if (isWholeChunkUrl(text, start, end)) found.push({ kind: 'url', value: text.slice(start, end), start, end });
    else findWithLinkify(text, start, end, found);
  }
  // A loop rather than `.map(fromLinkify).map(asMailto)`: one array instead of two, and the
  // chained maps met arrays of two element kinds (an empty list, a list of matches) and
  // deoptimized this function again and again in long runs ("wrong map", --trace-deopt).
  const cut = cutHosts(text, found);
  const read: Mention[] = [];
  for (let i = 0; i < cut.length; i++) read.push(asMailto(fromLinkify(cut[i] as TextMatch)));
  if (candidates.markers.length === 0) return read;

  const fallback: FallbackMatch[] = [];
  findFallbackMatches(text, candidates.markers, fallback);
  const all: Mention[] = read;
  for (const m of fallback) all.push(fromFallback(m));
  all.sort(byPosition);
  const kept: Mention[] = [];
  let end = 0;
  for (const m of all) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}
