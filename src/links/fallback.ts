// What linkify misses on purpose or by design: URLs and e-mails written defanged to slip past
// filters (`hxxp://evil[.]com`, `kidsmediausa  . com`, `name [at] mail [dot] com`) and URLs whose
// host is an IP literal without a scheme (`1.2.3.4/x`) or in brackets (`http://[::1]/x`).
//
// scan.ts reports where each marker (`[.]`, `(at)`, ` . `, `hxxp`, `1.2.3.4`, `://[`) is. From a
// marker we walk back to the start of the run it belongs to and try one anchored regex there, so
// the cost is per marker (bounded by the longest possible match), never a scan of the whole
// comment. The regexes are linear: bounded repetitions, and every separator starts with a
// character a label cannot hold, so no piece of text can be read two ways.

export interface FallbackMatch {
  kind: 'url' | 'email';
  /** As written. */
  value: string;
  /** Refanged: `hxxp` → `http`, `[.]`/`(dot)`/` . ` → `.`, `[at]` → `@`. */
  target: string;
  start: number;
  end: number;
  defanged: boolean;
}

const LABEL = String.raw`[\p{L}\p{N}_\-]{1,63}`;
const BRACKET_DOT = String.raw`[ ]{0,3}(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})[ ]{0,3}`;
const SPACED_DOT = String.raw`[ ]{1,3}\.[ ]{1,3}`;
/** `cheappills dot com`: the word between spaces (bracketed forms are in BRACKET_DOT). */
const SPELLED_DOT = String.raw`[ ]{1,3}dot[ ]{1,3}`;
const PATH_CHARS = String.raw`[^\s<>"'\[\]\{\}|\\^\x60]{0,500}`;
const PATH = String.raw`\/${PATH_CHARS}`;
/** `tinyurl(dot)com(slash)mxh2y77`: the slash can be defanged too. */
const DEFANGED_PATH = String.raw`(?:\/|\(slash\)|\[slash\])${PATH_CHARS}`;
const ANY_SEP = String.raw`(?:\.|${BRACKET_DOT}|${SPACED_DOT}|${SPELLED_DOT})`;
/** A host with at least one defanged separator: plain-dot labels, then a defanged one, then any. */
const DEFANGED_HOST = String.raw`${LABEL}(?:\.${LABEL}){0,7}(?:${BRACKET_DOT}|${SPACED_DOT}|${SPELLED_DOT})${LABEL}(?:${ANY_SEP}${LABEL}){0,7}`;
const ANY_HOST = String.raw`${LABEL}(?:${ANY_SEP}${LABEL}){1,8}`;
const EMAIL_HOST = String.raw`${LABEL}(?:(?:\.|${BRACKET_DOT})${LABEL}){1,8}`;
const EMAIL_BRACKET_HOST = String.raw`${LABEL}(?:\.${LABEL}){0,7}${BRACKET_DOT}${LABEL}(?:(?:\.|${BRACKET_DOT})${LABEL}){0,7}`;

// Anchored with `^` and run on a slice that starts where the run starts: no `g`/`y` regex, so
// no lastIndex state. Each matches only what it reports (never a plain `a.b.com` or `a@b.com`).
// Groups: 1 defanged scheme + 2 any host | 3 plain scheme + 4 defanged host; 5 path.
const DEFANGED_URL = new RegExp(
  String.raw`^(?:(hxxps?:\/\/|hxxps?\[:\]\/\/|https?\[:\]\/\/)(${ANY_HOST})|(https?:\/\/)?(${DEFANGED_HOST}))((?:${DEFANGED_PATH})?)`,
  'iu',
);
// Groups: 1 local part; 2 bracketed at + 3 any host | 4 plain `@` and a host with a bracketed dot.
const DEFANGED_EMAIL = new RegExp(
  String.raw`^([\p{L}\p{N}._%+\-]{1,64})(?:([ ]{0,3}(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\{@\})[ ]{0,3})(${EMAIL_HOST})|@(${EMAIL_BRACKET_HOST}))`,
  'iu',
);
// Groups: 1 scheme + 2 bracketed IPv6 | 3 bare IPv4 followed by a port or a path; 4 port; 5 path.
// An IPv4 URL with a scheme is linkify's; `1.2.3.4` alone is as likely a version number.
const IP_URL = new RegExp(
  String.raw`^(?:(https?):\/\/(\[[0-9a-f:.]{2,45}\])|(\d{1,3}(?:\.\d{1,3}){3})(?=[:\/]))((?::\d{1,5})?)((?:${PATH})?)`,
  'iu',
);
const ANY_DOT = new RegExp(`${BRACKET_DOT}|${SPACED_DOT}|${SPELLED_DOT}`, 'giu');
const ANY_SLASH = /\(slash\)|\[slash\]/gi;

/** Longest text one match can span (scheme, 9 labels with separators, path): the slice tried. */
const MAX_SPAN = 1400;
/** How far back from a marker its run may start: a longer run is no host. */
const MAX_RUN_BEFORE = 700;

// ` . ` is also how people end a sentence, so a spaced dot alone counts only before these,
// the suffixes of the spam this catches (`kidsmediausa  . com`); bracketed forms need no list.
const SPACED_SUFFIXES: ReadonlySet<string> = new Set(
  'com net org info biz ru su ua pl xyz top online site club store shop live tk ml ga cf gq pw ws cc'.split(' '),
);
// Those that are also English words: `great post . live long` is a sentence. After them the
// link must end (no lowercase word follows), where `mysite . com now` needs no such care.
const WORD_SUFFIXES: ReadonlySet<string> = new Set('top online site club store shop live'.split(' '));

function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c >= 0xaa;
}

/** Characters of an e-mail's local part beyond a label's: `.`, `%`, `+`. */
function isLocalChar(c: number): boolean {
  return isLabelChar(c) || c === 46 || c === 37 || c === 43;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function refangHost(host: string): string {
  return host.replace(ANY_DOT, '.');
}

function hasBracket(s: string): boolean {
  return s.includes('[') || s.includes('(') || s.includes('{');
}

/** Start of the run of `accept` characters ending at `end`, not before `floor`. */
function runStart(text: string, end: number, floor: number, accept: (c: number) => boolean): number {
  let i = end;
  while (i > floor && accept(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Moves `start` back over `scheme://` or `scheme[:]//` when the text has one right before it. */
function withScheme(text: string, start: number, floor: number): number {
  let i = start;
  if (i - 3 >= floor && text.startsWith('://', i - 3)) i -= 3;
  else if (i - 5 >= floor && text.startsWith('[:]//', i - 5)) i -= 5;
  else return start;
  return runStart(text, i, floor, isAsciiLetter);
}

function tryUrl(text: string, start: number, out: FallbackMatch[]): number {
  const m = DEFANGED_URL.exec(text.slice(start, start + MAX_SPAN));
  if (m === null) return -1;
  const defangedScheme = m[1];
  const hostRaw = defangedScheme === undefined ? (m[4] ?? '') : (m[2] ?? '');
  const scheme = (defangedScheme ?? m[3] ?? '').toLowerCase();
  const path = m[5] ?? '';
  const host = refangHost(hostRaw);
  if (defangedScheme === undefined && !hasBracket(hostRaw)) {
    if (!SPACED_SUFFIXES.has(host.slice(host.lastIndexOf('.') + 1).toLowerCase())) return -1;
  }
  const realScheme = scheme === '' ? '' : scheme.startsWith('https') || scheme.startsWith('hxxps') ? 'https://' : 'http://';
  const target = `${realScheme}${host}${path.replace(ANY_SLASH, '/')}`;
  const end = start + m[0].length;
  out.push({ kind: 'url', value: m[0], target, start, end, defanged: true });
  return end;
}

function tryEmail(text: string, start: number, out: FallbackMatch[]): number {
  const m = DEFANGED_EMAIL.exec(text.slice(start, start + MAX_SPAN));
  if (m === null) return -1;
  const host = refangHost(m[3] ?? m[4] ?? '');
  const end = start + m[0].length;
  out.push({ kind: 'email', value: m[0], target: `${m[1] ?? ''}@${host}`, start, end, defanged: true });
  return end;
}

function tryIp(text: string, start: number, out: FallbackMatch[]): number {
  const m = IP_URL.exec(text.slice(start, start + MAX_SPAN));
  if (m === null || (m[3] !== undefined && !m[4] && !m[5])) return -1; // `1.2.3.4:` with no port and no path
  const end = start + m[0].length;
  out.push({ kind: 'url', value: m[0], target: m[0], start, end, defanged: false });
  return end;
}

/** The ASCII letters after up to three spaces from `i` (at most 8: the longest SPACED_SUFFIXES entry is shorter), and where they end. */
function wordAfter(text: string, i: number): { word: string; end: number } {
  let start = i;
  while (start < text.length && start - i < 3 && text.charCodeAt(start) === 32) start++;
  let end = start;
  while (end < text.length && end - start < 8 && isAsciiLetter(text.charCodeAt(end))) end++;
  return { word: end < text.length && isLabelChar(text.charCodeAt(end)) ? '' : text.slice(start, end).toLowerCase(), end };
}

/** A spaced or spelled-out dot before a suffix, not a sentence that goes on (`. live long`). */
function isSpacedSuffix(text: string, i: number): boolean {
  const { word, end } = wordAfter(text, i);
  if (!SPACED_SUFFIXES.has(word)) return false;
  if (!WORD_SUFFIXES.has(word)) return true;
  const next = end + 1 < text.length && text.charCodeAt(end) === 32 ? text.charCodeAt(end + 1) : -1;
  return !(next >= 97 && next <= 122);
}

/** True when the character before `start` could not continue the run (what a lookbehind would check). */
function startsRun(text: string, start: number, continues: (c: number) => boolean): boolean {
  return start === 0 || !continues(text.charCodeAt(start - 1));
}

const continuesIp = (c: number): boolean => isLabelChar(c) || c === 46 || c === 47 || c === 58 || c === 64;
const continuesHost = (c: number): boolean => isLabelChar(c) || c === 46;
const continuesLocal = (c: number): boolean => isLocalChar(c);

/** At an IP marker (`.` between digits, or `:` of `://[`): the anchored IP URL attempt. */
function matchIpAt(text: string, p: number, floor: number, out: FallbackMatch[]): number {
  const start =
    text.charCodeAt(p) === 58
      ? runStart(text, p, Math.max(floor, p - 8), isAsciiLetter)
      : runStart(text, p, Math.max(floor, p - 15), (c) => (c >= 48 && c <= 57) || c === 46);
  return startsRun(text, start, continuesIp) ? tryIp(text, start, out) : -1;
}

/** At a defang marker: an e-mail from the start of the local part, else a URL from the host (or its scheme). */
function matchDefangedAt(text: string, p: number, floor: number, out: FallbackMatch[]): number {
  const lowFloor = Math.max(floor, p - MAX_RUN_BEFORE);
  const c = text.charCodeAt(p);
  if (c === 120 || c === 88) {
    // The first x of hxxp.
    return p - 1 >= floor && startsRun(text, p - 1, continuesHost) ? tryUrl(text, p - 1, out) : -1;
  }
  // The `d` of ` dot `, spelled out.
  const spelled = c === 100 || c === 68;
  const spacedDot = c === 46 || spelled;
  // `Lake   . Chillpal . Sturdy`: a spaced dot is worth an attempt only before a SPACED_SUFFIXES word.
  if (spacedDot && !isSpacedSuffix(text, p + (spelled ? 3 : 1))) return -1;
  // ` [dot] ` and `  . ` may stand up to three spaces after the label.
  let end = p;
  for (let spaces = 0; end > lowFloor && spaces < 3 && text.charCodeAt(end - 1) === 32; spaces++) end--;
  const labels = runStart(text, end, lowFloor, continuesHost);
  // Every defanged form has a label right before its first marker (`[.][.]` floods stop here).
  if (labels === end) return -1;
  const local = runStart(text, labels, lowFloor, (ch) => isLocalChar(ch) || ch === 64);
  if (!spacedDot && startsRun(text, local, continuesLocal)) {
    const e = tryEmail(text, local, out);
    if (e !== -1) return e;
  }
  const schemeStart = withScheme(text, labels, lowFloor);
  if (schemeStart !== labels && startsRun(text, schemeStart, continuesHost)) {
    const e = tryUrl(text, schemeStart, out);
    if (e !== -1) return e;
  }
  return startsRun(text, labels, continuesHost) ? tryUrl(text, labels, out) : -1;
}

/**
 * Defanged URLs and e-mails, and IP-literal URLs, around the given markers (positions from
 * scanLinkCandidates, ascending), in order. A marker inside an earlier match is skipped.
 */
export function findFallbackMatches(text: string, markers: readonly number[], out: FallbackMatch[]): void {
  let covered = 0;
  for (const p of markers) {
    if (p < covered) continue;
    const c = text.charCodeAt(p);
    const isIp = c === 58 || (c === 46 && p > 0 && text.charCodeAt(p - 1) >= 48 && text.charCodeAt(p - 1) <= 57 && text.charCodeAt(p + 1) >= 48 && text.charCodeAt(p + 1) <= 57);
    const end = isIp ? matchIpAt(text, p, covered, out) : matchDefangedAt(text, p, covered, out);
    if (end !== -1) covered = end;
  }
}
