// Cutting a found URL down to the URL itself, and splitting it into scheme, host and path.
// Hand-written instead of `new URL()`: that throws on half the junk found in comments, costs
// microseconds, and would rewrite what we want to see as written (`hxxp`, userinfo tricks).

/** Stored paths are cut here: a 100 kB path tells nothing that its first 1 kB does not. */
export const MAX_PATH_LENGTH = 1024;

// Where markup starts inside what linkify took for one URL: `http://x.co.uk">anchor`,
// `https://y.org]text[/url]`, `<a href='http://x.com'>`, entity-escaped quotes.
const MARKUP_TAIL = /["'<>[\]{}|`\\]|&quot;|&lt;|&gt;|&#0{0,8}39;|&#x0{0,8}27;/i;

function isTrailingPunctuation(c: number): boolean {
  // . , ; : ! ? * ~ ' "
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 42 || c === 126 || c === 39 || c === 34;
}

/** Removes markup and sentence punctuation that linkify left on the end of a URL. */
export function trimUrlTail(value: string): string {
  const cut = value.search(MARKUP_TAIL);
  return trimTrailingPunctuation(cut === -1 ? value : value.slice(0, cut));
}

/** Removes sentence punctuation after a URL; a `)` stays when the URL opened one (`/wiki/Foo_(bar)`). */
export function trimTrailingPunctuation(url: string): string {
  let open = 0;
  let close = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  let end = url.length;
  while (end > 0) {
    const c = url.charCodeAt(end - 1);
    if (isTrailingPunctuation(c)) end--;
    else if (c === 41 && close > open) {
      close--;
      end--;
    } else break;
  }
  return end === url.length ? url : url.slice(0, end);
}

export interface UrlParts {
  /** Lowercase scheme without `://`, '' when the URL was written without one. */
  scheme: string;
  /** Host as written (case kept, IPv6 brackets kept); '' when there is none. */
  host: string;
  /** Path, query and fragment as written (case kept), cut at MAX_PATH_LENGTH. */
  path: string;
}

function isSchemeChar(c: number, first: boolean): boolean {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return first ? letter : letter || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

/** Length of a `scheme://` prefix, 0 when there is none (schemes longer than 16 are not schemes). */
function schemeLength(url: string): number {
  const limit = Math.min(url.length, 17);
  for (let i = 0; i < limit; i++) {
    const c = url.charCodeAt(i);
    if (c === 58) return i > 0 && url.startsWith('//', i + 1) ? i : 0;
    if (!isSchemeChar(c, i === 0)) return 0;
  }
  return 0;
}

/** Splits `scheme://user@host:port/path?query#fragment`; the user part is dropped (`http://google.com@evil.com` is evil.com). */
export function splitUrl(url: string): UrlParts {
  const sl = schemeLength(url);
  const scheme = sl > 0 ? url.slice(0, sl).toLowerCase() : '';
  const rest = sl > 0 ? url.slice(sl + 3) : url;
  let authorityEnd = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 92) {
      authorityEnd = i;
      break;
    }
  }
  let authority = rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at !== -1) authority = authority.slice(at + 1);
  let host = authority;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    host = close === -1 ? '' : authority.slice(0, close + 1);
  } else {
    const colon = authority.indexOf(':');
    if (colon !== -1) host = authority.slice(0, colon);
  }
  const path = rest.slice(authorityEnd, authorityEnd + MAX_PATH_LENGTH);
  return { scheme, host, path };
}
