// Link targets from markup (`href`, `src`, `action`, BBCode and Markdown targets) read as a
// browser reads them: WHATWG URL parsing, which Node's `URL` implements. It is what turns
// `http:\\host`, `http:/host`, `ht\ttp://host`, `//host` (scheme-relative) and `%63heap.com` into
// the host the browser visits. Only markup targets go through it (a few per comment); running
// text keeps the hand-written splitter in url.ts, which must also read junk no parser accepts.
//
// Some targets carry further links: a `javascript:` URL that navigates somewhere, a `data:` URL
// holding a page, and an open redirect (`…/out?url=http://…`). Those inner links are read from
// the text of the URL, never fetched.

/** The page the comment is on stands in for relative targets: they stay on the site, no link. */
const BASE = 'https://relative.invalid/';
const BASE_HOST = 'relative.invalid';
/** Bytes of a `data:` URL decoded and read for links. */
const MAX_DATA = 16_384;
/** Query values read for redirect targets. */
const MAX_PARAMS = 16;
const WEB = new Set(['http:', 'https:', 'ftp:']);
// A query value that is a URL: a redirect target (`?url=http://…`, `?u=//host`, `?to=www.host.com`).
const REDIRECT_VALUE = /^(?:https?:\/\/|\/\/|www\.)[^\s]{3,}/i;

export interface HrefReading {
  /** The target as the browser resolves it, or null when it is no web link (relative, `tel:`, unparsable). */
  url: string | null;
  /** Text inside the target that may hold more links (`javascript:` code, `data:` content). */
  innerText: string;
  /** Redirect targets named in the query. */
  redirects: string[];
}

/** The host of a URL that CANONICAL_WEB_URL accepted. */
function hostOf(url: string): string {
  const start = url.indexOf('//') + 2;
  return url.slice(start, url.indexOf('/', start));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    // A stray `%` makes decodeURIComponent throw: the text is read as written instead.
    return s;
  }
}

function readData(u: URL): string {
  const body = u.href.slice(5, 5 + MAX_DATA * 2);
  const comma = body.indexOf(',');
  if (comma === -1) return '';
  const meta = body.slice(0, comma).toLowerCase();
  const payload = body.slice(comma + 1);
  if (meta.endsWith(';base64')) return Buffer.from(safeDecode(payload), 'base64').toString('utf8').slice(0, MAX_DATA);
  return safeDecode(payload).slice(0, MAX_DATA);
}

function readRedirects(u: URL): string[] {
  const out: string[] = [];
  let n = 0;
  for (const value of u.searchParams.values()) {
    if (++n > MAX_PARAMS) break;
    const v = value.trim();
    if (REDIRECT_VALUE.test(v)) out.push(v.startsWith('//') ? `http:${v}` : v);
  }
  return out;
}

/**
 * An http(s) URL already in the form the WHATWG parser gives back: lowercase scheme and host of
 * letter/digit/hyphen labels whose last label starts with a letter (so no IPv4 form) and no
 * punycode (`xn--` labels are validated by the parser), no port, user, query or fragment, and a
 * path of unreserved characters without `.`/`..` segments or percent-escapes. The parser returns
 * such a URL unchanged (with `/` for an empty path), so it is read without building a URL object,
 * which is most of the cost of a link-heavy comment's anchors. test/links checks it against `URL`.
 */
// A query of unreserved characters, `=` and `&` is also returned unchanged (none of them is in the
// special-query percent-encode set), and with no `+` or `%` in it the parser's name/value split is
// a plain split on `&` and the first `=`: spam anchors carry `?ref=123` on almost every link, and
// sent each one through the parser and URLSearchParams.
const CANONICAL_WEB_URL = /^https?:\/\/(?:[a-z0-9-]{1,63}\.){0,16}[a-z][a-z0-9-]{0,62}(?:\/(?!\.\.?(?:\/|\?|$))[A-Za-z0-9\-._~]{0,256}){0,32}(?:\?[A-Za-z0-9\-._~=&]{0,1024})?$/;

/** readRedirects of a query in the form CANONICAL_WEB_URL accepts (without its `?`), without the parser. */
function plainQueryRedirects(query: string): string[] {
  const out: string[] = [];
  let n = 0;
  for (const pair of query.split('&')) {
    if (pair === '') continue; // the parser skips empty pieces: they are no value
    if (++n > MAX_PARAMS) break;
    const eq = pair.indexOf('=');
    const v = eq === -1 ? '' : pair.slice(eq + 1);
    if (REDIRECT_VALUE.test(v)) out.push(v.startsWith('//') ? `http:${v}` : v);
  }
  return out;
}

/** Reads one markup target. Never throws. */
export function readHref(href: string): HrefReading {
  if (CANONICAL_WEB_URL.test(href) && !href.includes('xn--')) {
    const q = href.indexOf('?');
    const beforeQuery = q === -1 ? href : href.slice(0, q);
    const query = q === -1 ? '' : href.slice(q);
    // An empty path is `/` to the parser, before the query.
    const path = beforeQuery.indexOf('/', beforeQuery.indexOf('//') + 2) === -1 ? `${beforeQuery}/` : beforeQuery;
    const url = query === '' ? path : path + query;
    return { url: hostOf(url) === BASE_HOST ? null : url, innerText: '', redirects: query.length > 1 ? plainQueryRedirects(query.slice(1)) : [] };
  }
  let u: URL;
  try {
    u = new URL(href, BASE);
  } catch {
    return { url: null, innerText: '', redirects: [] };
  }
  if (u.protocol === 'javascript:') return { url: null, innerText: safeDecode(u.href.slice(11, 11 + MAX_DATA)), redirects: [] };
  if (u.protocol === 'data:') return { url: null, innerText: readData(u), redirects: [] };
  if (!WEB.has(u.protocol) || u.hostname === '' || u.hostname === BASE_HOST) return { url: null, innerText: '', redirects: [] };
  return { url: u.href, innerText: '', redirects: u.search.length > 1 ? readRedirects(u) : [] };
}

// Cheap gate before parsing a URL of running text for redirect targets.
const REDIRECT_HINT = /=(?:https?(?::|%3a)|\/\/|%2f%2f|www\.)/i;

/** Redirect targets named in the query of a URL found in running text (`…/url?q=https://…`). */
export function redirectsIn(url: string): string[] {
  if (!REDIRECT_HINT.test(url)) return [];
  try {
    return readRedirects(new URL(/^[a-z][a-z0-9+.-]{0,15}:\/\//i.test(url) ? url : `http://${url}`));
  } catch {
    return []; // not a URL a browser would open: no redirect either
  }
}
