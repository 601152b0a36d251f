// What linkify misses on purpose or by design: URLs and e-mails written defanged to slip past
// filters (`hxxp://evil[.]com`, `kidsmediausa  . com`, `name [at] mail [dot] com`) and URLs whose
// host is an IP literal without a scheme (`1.2.3.4/x`) or in brackets (`http://[::1]/x`).
// These regexes run only when scan.ts saw a defang marker or an IP, so their cost is off the
// common path. Every one is linear: a lookbehind pins each match to the start of a run, the
// repeated parts are bounded, and each separator starts with a character the labels cannot hold.

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
const PATH_CHARS = String.raw`[^\s<>"'\[\]\{\}|\\^\x60]{0,500}`;
const PATH = String.raw`\/${PATH_CHARS}`;
/** `tinyurl(dot)com(slash)mxh2y77`: the slash can be defanged too. */
const DEFANGED_PATH = String.raw`(?:\/|\(slash\)|\[slash\])${PATH_CHARS}`;
const SCHEME = String.raw`(?:(h(?:xx|tt)ps?)(?:\[:\]|:)\/\/)?`;

const DEFANGED_URL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-])${SCHEME}(${LABEL}(?:(?:\.|${BRACKET_DOT}|${SPACED_DOT})${LABEL}){1,8})((?:${DEFANGED_PATH})?)`,
  'giu',
);
const DEFANGED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])([\p{L}\p{N}._%+\-]{1,64})([ ]{0,3}(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\{@\})[ ]{0,3}|@)(${LABEL}(?:(?:\.|${BRACKET_DOT})${LABEL}){1,8})`,
  'giu',
);
const IP_URL = new RegExp(
  String.raw`(?<![\p{L}\p{N}.\/:@_\-])(?:(https?):\/\/)?(\d{1,3}(?:\.\d{1,3}){3}(?![.\d])|\[[0-9a-f:.]{2,45}\])((?::\d{1,5})?)((?:${PATH})?)`,
  'giu',
);
const ANY_DOT = new RegExp(`${BRACKET_DOT}|${SPACED_DOT}`, 'giu');
const ANY_SLASH = /\(slash\)|\[slash\]/gi;

// ` . ` is also how people end a sentence, so a spaced dot alone counts only before these,
// the suffixes of the spam this catches (`kidsmediausa  . com`); bracketed forms need no list.
const SPACED_SUFFIXES: ReadonlySet<string> = new Set(
  'com net org info biz ru su ua pl xyz top online site club store shop live tk ml ga cf gq pw ws cc'.split(' '),
);

function refangHost(host: string): string {
  return host.replace(ANY_DOT, '.');
}

function hasBracket(s: string): boolean {
  return s.includes('[') || s.includes('(') || s.includes('{');
}

/** Defanged URLs in `text`, in order. Plain `example.com` is left to linkify and not returned. */
export function findDefangedUrls(text: string, out: FallbackMatch[]): void {
  for (const m of text.matchAll(DEFANGED_URL)) {
    const scheme = (m[1] ?? '').toLowerCase();
    const hostRaw = m[2] ?? '';
    const path = m[3] ?? '';
    const defangedScheme = scheme !== '' && scheme.startsWith('hxx');
    const bracketed = hasBracket(hostRaw);
    const spaced = !bracketed && hostRaw.includes(' ');
    if (!defangedScheme && !bracketed && !spaced) continue;
    const host = refangHost(hostRaw);
    if (spaced && !defangedScheme && !SPACED_SUFFIXES.has(host.slice(host.lastIndexOf('.') + 1).toLowerCase())) continue;
    const realScheme = scheme === '' ? '' : scheme.endsWith('s') ? 'https://' : 'http://';
    const start = m.index;
    const target = `${realScheme}${host}${path.replace(ANY_SLASH, '/')}`;
    out.push({ kind: 'url', value: m[0], target, start, end: start + m[0].length, defanged: true });
  }
}

/** `name [at] domain [dot] com` and other defanged e-mails; plain ones are left to linkify. */
export function findDefangedEmails(text: string, out: FallbackMatch[]): void {
  for (const m of text.matchAll(DEFANGED_EMAIL)) {
    const at = m[2] ?? '';
    const hostRaw = m[3] ?? '';
    if (at === '@' && !hasBracket(hostRaw)) continue;
    const start = m.index;
    out.push({ kind: 'email', value: m[0], target: `${m[1] ?? ''}@${refangHost(hostRaw)}`, start, end: start + m[0].length, defanged: true });
  }
}

/** URLs on an IP literal that linkify does not see: `1.2.3.4/x`, `1.2.3.4:8080`, `http://[2001:db8::1]/x`. */
export function findIpUrls(text: string, out: FallbackMatch[]): void {
  for (const m of text.matchAll(IP_URL)) {
    const scheme = m[1] ?? '';
    const host = m[2] ?? '';
    const port = m[3] ?? '';
    const path = m[4] ?? '';
    const bracketed = host.startsWith('[');
    // Without a scheme, `1.2.3.4` alone is as likely a version number as an address.
    if (bracketed ? scheme === '' : scheme === '' && port === '' && path === '') continue;
    const start = m.index;
    out.push({ kind: 'url', value: m[0], target: m[0], start, end: start + m[0].length, defanged: false });
  }
}
