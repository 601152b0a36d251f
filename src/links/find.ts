// All URL and e-mail mentions in one text, in order, from the three finders: the candidate scan
// decides what runs, linkify reads the candidate chunks, the fallback reads defanged forms.
import { findFallbackMatches, type FallbackMatch } from './fallback.js';
import { findWithLinkify, type TextMatch } from './linkify.js';
import { scanLinkCandidates } from './scan.js';
import { trimTrailingPunctuation, trimUrlTail } from './url.js';

export interface Mention {
  kind: 'url' | 'email';
  /** As written, without the markup and punctuation that followed it. */
  value: string;
  /** What to parse: the value, refanged when it was written defanged. */
  target: string;
  start: number;
  end: number;
  defanged: boolean;
}

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
  for (let i = 0; i + 1 < chunks.length; i += 2) findWithLinkify(text, chunks[i] as number, chunks[i + 1] as number, found);
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
