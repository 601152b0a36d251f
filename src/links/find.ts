// All URL and e-mail mentions in one text, in order, from the three finders: the candidate scan
// decides what runs, linkify reads the candidate chunks, the fallback reads defanged forms.
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
  if (candidates.markers.length === 0) return found.map(fromLinkify);

  const fallback: FallbackMatch[] = [];
  findFallbackMatches(text, candidates.markers, fallback);
  const all: Mention[] = found.map(fromLinkify);
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
