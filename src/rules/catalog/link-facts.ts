// Small facts about a comment's links that several rule groups read. Pure functions of Features;
// link arrays are short, so these are cheap loops rather than a cached pass.
import type { Features, Link } from '../../types.js';
import { memoFact } from './memo.js';
import { NONE } from './none.js';
import { wellKnownSite } from '../lists/well-known.js';
import { findDomainVocabulary } from './scan.js';
import { COMMERCIAL_WORDS, PRODUCT_WORDS } from './vocabulary.js';

/** The catalog's trade, sales and product words in one set (commercialUrl; author names in flattery.ts). */
export const SELLING_WORDS: ReadonlySet<string> = new Set([...COMMERCIAL_WORDS, ...PRODUCT_WORDS]);

export { hostInSet } from '../lists/hosts.js';

const NO_LINKS: readonly Link[] = Object.freeze([]);

/**
 * Labels of public bodies' registries (gov.uk, .gov, gouv.fr, gob.es, govt.nz, .edu, ac.uk, .mil,
 * .int; session 15: the public health and police registries nhs.uk and police.uk, go.jp / go.kr /
 * go.id and gv.at, where a reader's link to the NHS page on the post's subject was decided spam).
 */
const PUBLIC_BODY_LABELS: ReadonlySet<string> = new Set(['gov', 'gouv', 'gob', 'govt', 'edu', 'ac', 'mil', 'int', 'nhs', 'police', 'go', 'gv']);

/**
 * The link's public suffix names a public body, or one of `also` (a rule's own additions, such as
 * non-profits): what readers cite, never what a business places.
 */
export function onPublicBodySite(l: Link, also?: ReadonlySet<string>): boolean {
  if (!l.suffix) return false;
  for (const label of l.suffix.split('.')) if (PUBLIC_BODY_LABELS.has(label) || also?.has(label) === true) return true;
  return false;
}

/**
 * Links the comment text itself carries (plain URLs and markup anchors), one per URL. A dozen
 * rules read this list, and hostile comments carry thousands of links, so it is built once per
 * comment (kept in the comment's facts, like the word scan: memo.ts).
 */
export function bodyLinks(features: Features): readonly Link[] {
  if (features.links.length === 0) return NO_LINKS;
  return memoFact(features, 'bodyLinks', dedupeBodyLinks);
}

function dedupeBodyLinks(features: Features): readonly Link[] {
  const out: Link[] = [];
  const seen = new Set<string>();
  for (const link of features.links) {
    if ((link.source !== 'body' && link.source !== 'anchor') || seen.has(link.url)) continue;
    seen.add(link.url);
    out.push(link);
  }
  return out;
}

/**
 * Body links other than to well-known sites (lists/well-known.ts) and the post's own site: the links a comment could be
 * placing. Link-count, density, many-sites and off-site rules count these, so a technical comment
 * citing MDN, Wikipedia and a GitHub issue is not "a comment with three links to three sites".
 */
export function placedLinks(features: Features): readonly Link[] {
  if (features.links.length === 0) return NO_LINKS;
  return memoFact(features, 'ownLinks', dropWellKnown);
}

function dropWellKnown(features: Features): readonly Link[] {
  const links = bodyLinks(features);
  // The lead, session 16: a link to the site the comment is posted on (the permalink's site) is the
  // site itself, as authorUrlLinks reads the author URL: an owner's reply pointing to its own page
  // whose slug names the post's topic ("casino-plans-old-mill-site") was decided spam.
  const post = postHostOf(features);
  let keep: Link[] | undefined;
  for (let i = 0; i < links.length; i++) {
    const l = links[i] as Link;
    const known = (!l.isIp && wellKnownSite(l.host) !== undefined) || onPostSite(l, post);
    if (known && keep === undefined) keep = links.slice(0, i) as Link[];
    else if (!known && keep !== undefined) keep.push(l);
  }
  return keep ?? links;
}

/**
 * The author URL's links, without one on the site the comment is posted on (the permalink's
 * site): that is the site itself (an owner, editor or staff account), never an outside site
 * being promoted, whatever words its name has.
 */
export function authorUrlLinks(features: Features): readonly Link[] {
  if (features.links.length === 0 || features.normalized.authorUrl === '') return NO_LINKS;
  // Session 18a: kept in the comment's facts; twenty rules read it, each once or more.
  return memoFact(features, 'authorLinks', authorLinksOf);
}

function authorLinksOf(features: Features): readonly Link[] {
  const post = postHostOf(features);
  return features.links.filter((l) => l.source === 'author.url' && !onPostSite(l, post));
}

/**
 * The host of the post the comment is on (hostOfUrl of the permalink), '' without one. Session
 * 18a: kept in the comment's facts, since a dozen link rules compare links with it.
 */
export function postHostOf(features: Features): string {
  if (features.normalized.permalink === '') return '';
  return memoFact(features, 'postHost', permalinkHost);
}

function permalinkHost(features: Features): string {
  return hostOfUrl(features.normalized.permalink);
}

/** True when `link` is on the site of the post, `post` being the permalink's host (hostOfUrl); false without one. */
export function onPostSite(link: Link, post: string): boolean {
  return post !== '' && link.host !== '' && sameSite(bareHost(link), post);
}

/** Wraps a rule test that can only hit when the comment has links: no work on the many that have none. */
export function withLinks(test: (features: Features) => string[]): (features: Features) => string[] {
  return (features) => (features.links.length === 0 ? NONE : test(features));
}

/** Host without a leading `www.` (what a moderator recognises). */
export function bareHost(link: Link): string {
  return link.host.startsWith('www.') ? link.host.slice(4) : link.host;
}

/** Registrable domain, or the host when there is none (IP, unknown suffix). */
export function siteOf(link: Link): string {
  return link.domain ?? bareHost(link);
}

/** Last DNS label, the top-level domain, from the public suffix when known. */
export function tldOf(link: Link): string {
  const s = link.suffix ?? link.host;
  const dot = s.lastIndexOf('.');
  return dot < 0 ? s : s.slice(dot + 1);
}

const SCHEME_HOST = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@\s]{0,200}@)?([^/?#:\s]{1,253})/i;

/** Host of an absolute URL (for anchor hrefs the links stage did not report), lowercased. */
export function hostOfUrl(url: string): string {
  const m = SCHEME_HOST.exec(url);
  if (m === null) return '';
  // A prefix test rather than replace(/^www\./): this runs for every anchor of LINK_KEYWORD_ANCHOR and LINK_ANCHOR_MISMATCH.
  const host = (m[1] as string).toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** True when `a` and `b` are the same site: equal or one a subdomain of the other. */
export function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * Blog hosts where a reader's own blog lives (`name.wordpress.com`, `name.blogspot.com`,
 * `name.github.io`, …): an author URL there is a person's page unless its own words sell
 * something (session 7: issue 10 asks that commenters linking their own blog stay ham).
 */
const PERSONAL_BLOG_HOSTS: ReadonlySet<string> = new Set([
  'wordpress.com', 'blogspot.com', 'blogger.com', 'medium.com', 'substack.com', 'github.io', 'gitlab.io', 'tumblr.com',
  'livejournal.com', 'hatenablog.com', 'hashnode.dev', 'dev.to', 'bearblog.dev', 'micro.blog', 'write.as', 'neocities.org',
  // Session 13: where readers who write Korean, Japanese, Chinese and Russian keep their own blogs
  // (TEXT_OTHER_SCRIPT_ADVERT leaves a reader's own blog alone, as the praise rules do).
  'tistory.com', 'velog.io', 'note.com', 'ameblo.jp', 'hatenablog.jp', 'hatenadiary.jp', 'qiita.com', 'zenn.dev', 'cnblogs.com',
  'jianshu.com', 'habr.com',
]);

/** True when the link is on a blog host where readers keep their own blogs. */
export function onPersonalBlogHost(link: Link): boolean {
  return PERSONAL_BLOG_HOSTS.has(siteOf(link));
}

/**
 * Session 14c: the same, also for a blog's own subdomain, whose registrable domain is itself under
 * the private suffix (`kimbakes.blogspot.com`, suffix `blogspot.com`). onPersonalBlogHost keeps
 * reading the registrable domain only: its rules' verdicts were measured that way (widening it
 * cost three flagged spam on blind sets 1-15).
 */
export function onBlogPlatform(link: Link): boolean {
  return onPersonalBlogHost(link) || (link.suffix !== null && PERSONAL_BLOG_HOSTS.has(link.suffix));
}

/**
 * The link's own words sell something: a commercial or product word (cheap, store, loans,
 * roofing, proxies, …) or a spam-vocabulary word in its host or path, or a keyword slug of
 * two or more words with one of them. Words only, never a list of sites.
 */
export function commercialUrl(link: Link): boolean {
  return commercialWords(link, link.words);
}

/** commercialUrl reading `words` for the link's own (session 17c: less the slug's words the post's title names, topic-slug.ts). */
export function commercialWords(link: Link, words: readonly string[]): boolean {
  for (const w of words) if (SELLING_WORDS.has(w)) return true;
  // The host's own hyphen-separated parts too: the links stage splits unknown runs into known
  // words ("movers" can come out as "m" + "overs"), and a hyphenated host already names its words.
  if (link.host.includes('-')) for (const w of link.host.split(/[.-]/)) if (SELLING_WORDS.has(w)) return true;
  return findDomainVocabulary(words).length > 0;
}

/** The author e-mail split at its last "@" (local part, domain), or undefined with none or nothing before it. */
export function authorMailbox(f: Features): { local: string; domain: string } | undefined {
  const email = f.normalized.authorEmail;
  const at = email.lastIndexOf('@');
  return at <= 0 ? undefined : { local: email.slice(0, at), domain: email.slice(at + 1) };
}

/** An e-mail domain that is the link's registrable domain or under it (a company's own mailbox). */
export function mailAtSite(domain: string, l: Link): boolean {
  return l.domain !== null && (domain === l.domain || domain.endsWith(`.${l.domain}`));
}

/**
 * Session 14: whose a linked site is, by the names the comment is signed with. 'stranger': the
 * author's e-mail is at another domain, and no part of the name (three letters or more) nor of the
 * e-mail's local part (four or more) is in the site's host: a generated comment is signed with a
 * made-up person's name and a free-mail address under a shop that is not theirs. 'own': the e-mail
 * is at the site's domain and the name names it ("Réka – Vár Bisztró", reka@varbisztro…): a
 * business owner signing as their business. '' otherwise (no e-mail, a site with no registrable
 * domain, or one of the two only: "Dora at Fenland Orchids" with a Yahoo address).
 */
export function siteIdentity(f: Features, l: Link): 'stranger' | 'own' | '' {
  const mail = authorMailbox(f);
  const name = f.normalized.authorName.folded.toLowerCase();
  if (mail === undefined || f.normalized.authorEmail.length > 120 || name.length > 60 || l.host === '' || l.domain === null) return '';
  const host = l.host;
  const parts = name.split(/[^a-z]+/);
  const named = parts.some((p) => p.length >= 3 && host.includes(p));
  if (mailAtSite(mail.domain, l)) return named ? 'own' : '';
  const local = mail.local.split(/[^a-z]+/);
  // Session 15: a name with no Latin part of three letters (Къща Розата, 山田) cannot be compared
  // with a Latin host (kashtanarozata.bg is that name transliterated): then only an address that
  // spells a name (two parts of three letters or more: maryna.koval) tells a stranger; a bare
  // mailbox ("user53070", "info") leaves whose the site is unknown.
  if (!parts.some((p) => p.length >= 3) && local.filter((p) => p.length >= 3).length < 2) return '';
  if (named || local.some((p) => p.length >= 4 && host.includes(p))) return '';
  return 'stranger';
}

/** The text without any of `chars` at its end (a URL's trailing slashes, a sentence's closing marks). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
