// Turns mentions into Link and EmailAddress records, counting all of them and keeping the first
// MAX_LINKS / MAX_EMAILS: a comment with 100k links costs a count, not 100k link records.
import type { EmailAddress, Link, LinkSource } from '../types.js';
import { createLinkCache, type LinkCache, type TargetReading } from './cache.js';
import { describeHost, type HostInfo } from './domain.js';
import { MAX_PATH_LENGTH, splitUrl } from './url.js';
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
  /** The moderator's memo of host descriptions and link words (a fresh one when none is given). */
  cache: LinkCache;
}

export function createCollector(maxLinks = MAX_LINKS, cache: LinkCache = createLinkCache(64)): Collector {
  return { links: [], emails: [], totalLinks: 0, totalEmails: 0, maxLinks, cache };
}

/** describeHost through the memo (its answer is a function of the host alone). */
function describeHostCached(c: Collector, host: string): HostInfo | null {
  let info = c.cache.hosts.get(host);
  if (info === undefined) {
    info = describeHost(host);
    c.cache.hosts.set(host, info);
  }
  return info;
}

/** Targets longer than this are read every time rather than kept as memo keys (a 100 kB key is memory, not speed). */
const MAX_MEMO_TARGET = 2 * MAX_PATH_LENGTH;

/** The reading of a link target through the memo; null when it has no host or the host is not one. */
function readTarget(c: Collector, target: string): TargetReading | null {
  const memo = target.length <= MAX_MEMO_TARGET;
  const known = memo ? c.cache.targets.get(target) : undefined;
  if (known !== undefined) return known;
  const parts = splitUrl(target);
  const info = parts.host === '' ? null : describeHostCached(c, parts.host);
  const reading = info === null ? null : { scheme: parts.scheme, info, path: parts.path, lowerPath: parts.path.toLowerCase(), words: undefined };
  if (memo) c.cache.targets.set(target, reading);
  return reading;
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

// Suffixes that are also everyday words, the ones a sentence can run into without a space.
const WORD_SUFFIXES: ReadonlySet<string> = new Set(
  'it in is me to no be at so as us my do go am an by id la tv co one new top fun win now love live how you art fit fan run'.split(' '),
);

/**
 * Running text that linkify reads as a schemeless domain but is prose: `great.Love it` (a missing
 * space before a capitalized word that is also a suffix, after a lowercase word) and `1.it is
 * about` (a numbered list: digits before a suffix that is an everyday word). Both only without a
 * path and with one dot; `CheapPills.Com`, `Www.Example.Com`, `58.com`, `24.hu` and
 * `1.bp.blogspot.com` are domains.
 */
function isProse(value: string, scheme: string, path: string): boolean {
  if (scheme !== '' || path !== '') return false;
  const dot = value.indexOf('.');
  if (dot <= 0 || value.indexOf('.', dot + 1) !== -1) return false;
  const label = value.slice(0, dot);
  const suffix = value.slice(dot + 1);
  if (!WORD_SUFFIXES.has(suffix.toLowerCase())) return false;
  if (/^\d{1,2}$/.test(label)) return true;
  const after = suffix.charCodeAt(0);
  const rest = suffix.slice(1);
  return /^[a-z]+$/.test(label) && after >= 65 && after <= 90 && rest === rest.toLowerCase();
}

/** Adds a URL; false when it is not one (no host, unknown suffix without a scheme, a sentence). */
export function addUrl(c: Collector, m: UrlMention): boolean {
  const { value, target } = m;
  if (target === '') return false;
  const reading = readTarget(c, target);
  if (reading === null) return false;
  const { info, scheme } = reading;
  // `node.js`, `e.g`, `file.txt`: tldts accepts any last label (the implicit `*` rule), so a
  // schemeless mention must end in a listed suffix. A scheme says the writer meant a URL.
  if (!info.known && !info.isIp && scheme === '') return false;
  if (m.inText && isProse(value, scheme, reading.path)) return false;
  c.totalLinks++;
  if (c.links.length >= c.maxLinks) return true;

  // Filled here, on first need: a pure function of the target, so the memo's answer stays the answer.
  const words = (reading.words ??= linkWords(info, reading.path));
  const link: Link = {
    url: value,
    source: m.source,
    host: info.host,
    domain: info.domain,
    suffix: info.suffix,
    isIp: info.isIp,
    isPunycode: info.isPunycode,
    defanged: m.defanged || scheme.startsWith('hxx'),
    path: reading.lowerPath,
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
  const info = describeHostCached(c, address.slice(at + 1));
  if (info === null || info.isIp || (inText && !info.known)) return false;
  c.totalEmails++;
  if (c.emails.length >= MAX_EMAILS) return true;
  c.emails.push({ address: `${address.slice(0, at).toLowerCase()}@${info.host}`, source, domain: info.domain });
  return true;
}
