// The cheap linear pass that decides whether the slow link finders run at all.
// linkify reads about 10 MB/s; most comments hold no link, and this loop (a few hundred
// megabytes a second) says so without allocating. When it does find a candidate it returns the
// whitespace-delimited chunks around it, so linkify reads `node.js` or `spam.com/x`, never the
// whole comment: a URL never contains ASCII whitespace, so no link can cross a chunk border.

export interface LinkCandidates {
  /** Flat [start, end) pairs of whitespace-delimited chunks that may hold a URL or e-mail, in order, not overlapping. */
  chunks: number[];
  /** A defanged form (`hxxp`, `[.]`, `(dot)`, `[at]`, ` . com`) may be present. */
  defanged: boolean;
  /** A bare IPv4 (`1.2.3.4/x`) or bracketed IPv6 URL may be present: linkify misses both. */
  ip: boolean;
  /** Where each defang marker or IP was seen, in order: the fallback reads only the text around them. */
  markers: number[];
}

/** ASCII codes the loop looks at: . @ : ( [ { x X d D. A constant table, never written after this. */
const TRIGGERS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const ch of '.@:([{xXdD') t[ch.charCodeAt(0)] = 1;
  return t;
})();

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Letters of any script (a coarse test: everything from U+00AA up counts). */
function isLetter(c: number): boolean {
  return isAsciiLetter(c) || c >= 0xaa;
}

function isLabelChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 45 || c === 95;
}

function isLocalPartChar(c: number): boolean {
  return isLabelChar(c) || c === 46 || c === 43 || c === 37;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Character code at i, or -1 past the end (reading past the end is a slow path in V8). */
function at(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** `[.]`, `(.)`, `{.}`, `[dot]`, `(at)`, `[@]`, `[:]` and the like, starting at the opening bracket. */
function isDefangBracket(text: string, i: number): boolean {
  const open = text.charCodeAt(i);
  const close = open === 40 ? 41 : open === 91 ? 93 : 125;
  const a = at(text, i + 1);
  if (a === 46 || a === 64 || a === 58) return at(text, i + 2) === close;
  const la = lower(a);
  if (la === 97) return lower(at(text, i + 2)) === 116 && at(text, i + 3) === close; // at
  if (la === 100) return lower(at(text, i + 2)) === 111 && lower(at(text, i + 3)) === 116 && at(text, i + 4) === close; // dot
  return false;
}

/** At a `.` between digits: is this inside `d.d.d.d` (1-3 digits each)? */
function isInIpv4(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 16) {
    const c = text.charCodeAt(start - 1);
    if (isDigit(c) || c === 46) start--;
    else break;
  }
  let groups = 0;
  let digits = 0;
  for (let i = start; i < text.length && i - start < 16; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (++digits > 3) return false;
    } else if (c === 46) {
      if (digits === 0) return false;
      groups++;
      digits = 0;
    } else break;
  }
  return groups >= 3 && digits > 0;
}

/**
 * `hxxp` or ` dot ` in any ASCII case: the only texts where an x or a d can be a defang marker
 * (the x and d branches below need exactly these letters around them). Without /u, /i folds
 * no non-ASCII character to an ASCII one, so this finds what `lower()` does and nothing else.
 */
const SPELLED_DEFANG = /hxxp| dot /i;
/** The triggers other than x and d. Global: scanned from `lastIndex`, never left mid-text. */
const PUNCT_TRIGGER = /[.@:([{]/g;

/**
 * Index of the first trigger at or after `from`, or -1. On text without a spelled defang (most
 * text: English has a d every 25 characters or so, a `.` every 80), no x or d can do anything,
 * and the native regex scan finds the next . @ : ( [ { at about three times the speed of the
 * code-unit loop (1 against 3.4 µs a blog comment). Same triggers in the same order either way.
 */
function nextTrigger(text: string, from: number, spelled: boolean): number {
  if (!spelled) {
    PUNCT_TRIGGER.lastIndex = from;
    return PUNCT_TRIGGER.test(text) ? PUNCT_TRIGGER.lastIndex - 1 : -1;
  }
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters are none of . @ : ( [ { x X d D: one table load and on (faster than comparisons).
    if (c < 128 && TRIGGERS[c] === 1) return i;
  }
  return -1;
}

/** Null when the text certainly holds no link or e-mail address (the common case, no allocation). */
export function scanLinkCandidates(text: string): LinkCandidates | null {
  let chunks: number[] | null = null;
  let defanged = false;
  let ip = false;
  let markers: number[] | null = null;
  const n = text.length;
  let chunkEnd = 0;
  const spelled = SPELLED_DEFANG.test(text);
  for (let i = nextTrigger(text, 0, spelled); i !== -1; i = nextTrigger(text, i + 1, spelled)) {
    const c = text.charCodeAt(i);
    let candidate = false;
    if (c === 46) {
      // `.`: `word.tld`, `www.`, `1.2.3.4`, or the spaced `usa  . com` of YouTube spam.
      if (i + 1 >= n) continue;
      const next = text.charCodeAt(i + 1);
      // `label.tld`: a label character before, two letters after (no TLD has one), so `e.g.`,
      // `U.S.` and `...subscribe` never wake linkify.
      if (isLetter(next)) {
        if (i > 0 && isLabelChar(text.charCodeAt(i - 1)) && isLetter(at(text, i + 2))) candidate = true;
      } else if (isDigit(next) && i > 0 && isDigit(text.charCodeAt(i - 1)) && isInIpv4(text, i)) {
        candidate = true;
        ip = true;
        (markers ??= []).push(i);
      } else if (next === 32 && i > 0 && text.charCodeAt(i - 1) === 32) {
        defanged = true;
        (markers ??= []).push(i);
      }
    } else if (c === 64) {
      // `name@host`, not an `@handle`: a local-part character before, a host character after.
      candidate = i > 0 && isLocalPartChar(text.charCodeAt(i - 1)) && isLabelChar(at(text, i + 1));
    } else if (c === 58) {
      // `://`
      if (i + 2 < n && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
        candidate = true;
        if (i + 3 < n && text.charCodeAt(i + 3) === 91) {
          ip = true;
          (markers ??= []).push(i);
        }
      }
    } else if (c === 40 || c === 91 || c === 123) {
      if (isDefangBracket(text, i)) {
        defanged = true;
        (markers ??= []).push(i);
      }
    } else if (c === 100 || c === 68) {
      // ` dot ` spelled out between spaces: `cheappills dot com`.
      if (i > 0 && text.charCodeAt(i - 1) === 32 && lower(at(text, i + 1)) === 111 && lower(at(text, i + 2)) === 116 && at(text, i + 3) === 32) {
        defanged = true;
        (markers ??= []).push(i);
      }
    } else {
      // x or X: hxxp
      if (i > 0 && i + 2 < n && lower(text.charCodeAt(i - 1)) === 104 && lower(text.charCodeAt(i + 1)) === 120 && lower(text.charCodeAt(i + 2)) === 112) {
        defanged = true;
        (markers ??= []).push(i);
      }
    }
    if (!candidate || i < chunkEnd) continue;
    let start = i;
    while (start > chunkEnd && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    chunks ??= [];
    chunks.push(start, end);
    chunkEnd = end;
    // Keep scanning inside the chunk: a later `hxxp` or `[.]` in it still has to set its flag.
  }
  if (chunks === null && markers === null) return null;
  return { chunks: chunks ?? [], defanged, ip, markers: markers ?? [] };
}
