// Turns mentions into Link and EmailAddress records, counting all of them and keeping the first
// MAX_LINKS / MAX_EMAILS: a comment with 100k links costs a count, not 100k link records.
import type { EmailAddress, Link, LinkSource } from '../types.js';
import { describeHost } from './domain.js';
import { splitUrl } from './url.js';
import { linkWords } from './words.js';

export const MAX_LINKS = 200;
export const MAX_EMAILS = 50;

/** Owned by one extractLinks call: the records so far and a memo for repeated URLs. */
export interface Collector {
  links: Link[];
  emails: EmailAddress[];
  totalLinks: number;
  totalEmails: number;
  maxLinks: number;
  /** `host\0path` → words: spam repeats one URL, the word-break runs once. */
  wordMemo: Map<string, string[]>;
}

export function createCollector(maxLinks = MAX_LINKS): Collector {
  return { links: [], emails: [], totalLinks: 0, totalEmails: 0, maxLinks, wordMemo: new Map() };
}

export interface UrlMention {
  /** As found, markup tails already trimmed (find.ts does it for running text). */
  value: string;
  /** What to parse (the refanged form for defanged mentions). */
  target: string;
  source: LinkSource;
  defanged: boolean;
  /** Found in running text, not in a field that is meant to hold a URL. */
  inText: boolean;
  anchorText?: string;
  anchorTextDomain?: string;
}

/**
 * Running text that linkify reads as a schemeless domain but is prose: `great.Love it` (a missing
 * space before the `.love` TLD: the suffix starts with a capital after a lowercase letter) and
 * `1.it is about` (a numbered list: one or two digits before the dot). Both only without a
 * path; `WWW.EXAMPLE.COM`, `example.com` and `163.com` still pass.
 */
function isProse(value: string, scheme: string, path: string): boolean {
  if (scheme !== '' || path !== '') return false;
  const first = value.indexOf('.');
  if (first === 1 || first === 2) {
    let digits = true;
    for (let i = 0; i < first; i++) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 57) digits = false;
    }
    if (digits) return true;
  }
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return false;
  const before = value.charCodeAt(dot - 1);
  const after = value.charCodeAt(dot + 1);
  return before >= 97 && before <= 122 && after >= 65 && after <= 90;
}

/** Adds a URL; false when it is not one (no host, unknown suffix without a scheme, a sentence). */
export function addUrl(c: Collector, m: UrlMention): boolean {
  const { value, target } = m;
  if (target === '') return false;
  const parts = splitUrl(target);
  if (parts.host === '') return false;
  const info = describeHost(parts.host);
  if (info === null) return false;
  // `node.js`, `e.g`, `file.txt`: tldts accepts any last label (the implicit `*` rule), so a
  // schemeless mention must end in a listed suffix. A scheme says the writer meant a URL.
  if (!info.known && !info.isIp && parts.scheme === '') return false;
  if (m.inText && isProse(value, parts.scheme, parts.path)) return false;
  c.totalLinks++;
  if (c.links.length >= c.maxLinks) return true;

  const memoKey = `${info.host}\u0000${parts.path}`;
  let words = c.wordMemo.get(memoKey);
  if (words === undefined) {
    words = linkWords(info, parts.path);
    c.wordMemo.set(memoKey, words);
  }
  const link: Link = {
    url: value,
    source: m.source,
    host: info.host,
    domain: info.domain,
    suffix: info.suffix,
    isIp: info.isIp,
    isPunycode: info.isPunycode,
    defanged: m.defanged || parts.scheme.startsWith('hxx'),
    path: parts.path.toLowerCase(),
    words: words.slice(),
  };
  if (m.anchorText !== undefined) link.anchorText = m.anchorText;
  if (m.anchorTextDomain !== undefined) link.anchorTextDomain = m.anchorTextDomain;
  c.links.push(link);
  return true;
}

/**
 * Adds an e-mail address. From running text the domain must be on the public suffix list; the
 * author's e-mail field is kept whenever it has a local part and a well-formed host, with
 * `domain: null` when the suffix is unknown (that is itself worth a rule).
 */
export function addEmail(c: Collector, address: string, source: LinkSource, inText: boolean): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return false;
  const info = describeHost(address.slice(at + 1));
  if (info === null || info.isIp || (inText && !info.known)) return false;
  c.totalEmails++;
  if (c.emails.length >= MAX_EMAILS) return true;
  c.emails.push({ address: `${address.slice(0, at).toLowerCase()}@${info.host}`, source, domain: info.domain });
  return true;
}
