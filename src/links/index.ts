// Links & domains: every URL and e-mail address a comment carries, wherever the spammer put it
// (body, markup anchors, author name, author URL and e-mail, referrer), with what tldts knows
// about each host and the words hidden in domains and slugs.
import type { Anchor, LinkReport, LinkSource, NormalizedComment } from '../types.js';
import type { LinkCache } from './cache.js';
import { MAX_LINKS, addEmail, addUrl, createCollector, type Collector } from './collect.js';
import { findMentions } from './find.js';
import { readHref, redirectsIn } from './href.js';

export { MAX_EMAILS, MAX_LINKS } from './collect.js';
export { createLinkCache, DEFAULT_LINK_CACHE_SIZE, type LinkCache } from './cache.js';

/** Adds every mention found in running text. `skip` holds values already reported as anchors. */
function collectText(c: Collector, text: string, source: LinkSource, skip: ReadonlySet<string> | null): void {
  if (text === '') return;
  for (const m of findMentions(text)) {
    if (skip !== null && skip.has(m.value)) continue;
    if (m.kind === 'email') addEmail(c, m.target, source, true);
    else {
      addUrl(c, { value: m.value, target: m.target, source, defanged: m.defanged, inText: true });
      for (const target of redirectsIn(m.target)) addUrl(c, { value: target, target, source, defanged: false, inText: false });
    }
  }
}

/** The site an anchor's visible text names (`<a href="evil.com">paypal.com</a>`), if any. */
function domainNamedBy(text: string, cache: LinkCache): string | undefined {
  const probe = createCollector(1, cache);
  collectText(probe, text, 'body', null);
  const link = probe.links[0];
  return link === undefined ? undefined : (link.domain ?? link.host);
}

function collectAnchor(c: Collector, anchor: Anchor): void {
  const href = anchor.href.trim();
  if (href === '') return;
  if (/^mailto:/i.test(href)) {
    const address = safeDecode(href.slice(7));
    const q = address.indexOf('?');
    addEmail(c, q === -1 ? address : address.slice(0, q), 'anchor', true);
    return;
  }
  const reading = readHref(href);
  // Links inside the target: where a `javascript:` or `data:` URL sends the reader, redirect targets.
  if (reading.innerText !== '') collectText(c, reading.innerText, 'anchor', null);
  const text = anchor.text.trim();
  const named = text === '' ? undefined : domainNamedBy(text, c.cache);
  addUrl(c, {
    value: href,
    // What no browser parses as a web URL (`hxxp://…`, `www.x.com` without a scheme) is still read
    // as written: a spammer's defanged or schemeless target names a site all the same.
    target: reading.url ?? (reading.innerText === '' ? href : ''),
    source: 'anchor',
    defanged: false,
    inText: false,
    anchorText: anchor.text,
    ...(named === undefined ? {} : { anchorTextDomain: named }),
  });
  for (const target of reading.redirects) addUrl(c, { value: target, target, source: 'anchor', defanged: false, inText: false });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray `%`: read as written
  }
}

/** Tab and newline: a browser removes them from anywhere in a URL before parsing it (WHATWG URL). */
const URL_IGNORED = /[\t\n\r]/g;

/**
 * A field meant to hold one URL (author URL, referrer): parsed as it stands, no search. When that
 * finds no host, it is read as a browser follows the link the CMS prints (WHATWG URL, as markup
 * targets are): `//shop.example`, `http:\\shop.example`, `http:/shop.example`, a tab inside,
 * `%73hop.example` all open shop.example, so they are that site to every rule (session 16).
 */
function collectUrlField(c: Collector, value: string, source: LinkSource): void {
  if (value === '') return;
  if (!/\s/.test(value) && addUrl(c, { value, target: value, source, defanged: false, inText: false })) return;
  const stripped = value.replace(URL_IGNORED, '');
  if (/\s/.test(stripped)) return;
  const url = readHref(stripped).url;
  if (url !== null && url !== value) addUrl(c, { value, target: url, source, defanged: false, inText: false });
}

/**
 * Links and e-mail addresses of a comment. Author fields come first so that a flood of body
 * links can never push them past the cap; `totalLinks` / `totalEmails` count everything found.
 * Never throws on comment content.
 */
export function extractLinks(normalized: NormalizedComment, cache?: LinkCache): LinkReport {
  const c = createCollector(MAX_LINKS, cache);
  collectUrlField(c, normalized.authorUrl, 'author.url');
  collectText(c, normalized.authorName.text, 'author.name', null);
  if (normalized.authorEmail !== '') addEmail(c, normalized.authorEmail, 'author.email', false);
  collectUrlField(c, normalized.referrer, 'request.referrer');

  const anchors = normalized.body.anchors;
  let anchorTexts: Set<string> | null = null;
  if (anchors.length > 0) {
    anchorTexts = new Set();
    for (const anchor of anchors) {
      collectAnchor(c, anchor);
      // `<a href="http://x.com">http://x.com</a>`: the text is in the body too, count it once.
      anchorTexts.add(anchor.text.trim());
    }
  }
  collectText(c, normalized.body.text, 'body', anchorTexts);
  return { links: c.links, emails: c.emails, totalLinks: c.totalLinks, totalEmails: c.totalEmails };
}
