// Links group: how many links a comment carries, how they are written and where they point.
// Spam exists to place links, so most spam carries one; ham on blogs often does too, so link
// presence alone scores nothing and these rules look at what is unusual about the links.
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { SHORTENERS } from '../lists/hosts.js';
import { bareHost, bodyLinks, hostInSet, hostOfUrl, placedLinks, sameSite, withLinks } from './link-facts.js';
import { CappedEvidence } from './evidence-cap.js';
import { NONE } from './none.js';
import { sourceTag } from './referral-links.js';

export { SHORTENERS };

const REFERRAL_PARAM = /[?&#](?:ref|refid|ref_id|referral|referrer_id|aff|aff_id|affid|affiliate|affiliateid|partner|partnerid|invite|friend|r|tag)=/;
/** The same names, each with its value (kept in step with REFERRAL_PARAM). */
const REFERRAL_PARAMS = /[?&#](ref|refid|ref_id|referral|referrer_id|aff|aff_id|affid|affiliate|affiliateid|partner|partnerid|invite|friend|r|tag)=([^&#]*)/g;

/** Session 15d: a referral parameter with a code; `?ref=main` on a code host is a source tag (referral-links.ts). */
function carriesReferral(path: string): boolean {
  // The plain test first: almost no path has one, and those skip the match list.
  if (!REFERRAL_PARAM.test(path)) return false;
  // exec on the one global regex rather than matchAll: matchAll clones the regex on every call
  // (session 18a: that clone was most of LINK_REFERRAL's time on link-heavy comments).
  REFERRAL_PARAMS.lastIndex = 0;
  for (let m = REFERRAL_PARAMS.exec(path); m !== null; m = REFERRAL_PARAMS.exec(path)) {
    if (!sourceTag(m[1] as string, m[2] as string)) return true;
  }
  return false;
}

const link = (url: string, prose = ''): CommentInput => `${prose} ${url}`.trim();
const html = (content: string): CommentInput => ({ content, contentFormat: 'html' });

function onlyBody(features: Features, test: (l: Link) => boolean): readonly Link[] {
  return features.links.length === 0 ? [] : bodyLinks(features).filter(test);
}

/** The body links' URLs that carry a referral code, up to the evidence the verdict shows (evidence-cap.ts). */
function referralUrls(features: Features): string[] {
  const evidence = new CappedEvidence();
  for (const l of bodyLinks(features)) if (carriesReferral(l.path) && !evidence.add(l.url)) break;
  return evidence.out;
}

/** Evidence for every link (any source) that `test` accepts. */
function eachLink(features: Features, test: (l: Link) => boolean, show: (l: Link) => string): string[] {
  if (features.links.length === 0) return NONE;
  const out: string[] = [];
  for (const l of features.links) if (test(l)) out.push(show(l));
  return out;
}

/** Characters of readable text that are not URLs: what the comment says besides its links. */
function proseLength(features: Features, links: readonly Link[]): number {
  let n = features.normalized.body.text.trim().length;
  for (const l of links) if (l.source === 'body') n -= l.url.length;
  return Math.max(0, n);
}

export const LINK_RULES: readonly Rule[] = [
  {
    id: 'LINK_SHORTENER',
    group: 'links',
    score: 2,
    description: 'Links through a URL shortener, which hides the real destination',
    requires: ['links'],
    test: (f) => eachLink(f, (l) => l.host !== '' && hostInSet(bareHost(l), SHORTENERS) !== undefined, (l) => `${l.url} (${l.source})`),
    examples: {
      hit: ['Free gift card here http://bit.ly/2xYzAbc', 'watch https://tinyurl.com/yckz8s3p now', { content: 'Nice song', author: { url: 'https://cutt.ly/abcd' } }],
      miss: ['Full article at https://www.bbc.co.uk/news/science', 'I read bit by bit, only a little a day'],
    },
  },
  {
    id: 'LINK_IP_HOST',
    group: 'links',
    score: 2.5,
    description: 'Links to a bare IP address instead of a domain name',
    requires: ['links'],
    test: (f) => eachLink(f, (l) => l.isIp, (l) => l.url),
    examples: {
      hit: ['Download it from http://203.0.113.45/setup.exe', 'login at http://198.51.100.7:8080/bank'],
      miss: ['My router is at 192.168.1.1 and the manual says so', 'see https://example.org/docs'],
    },
  },
  {
    id: 'LINK_PUNYCODE',
    group: 'links',
    score: 1.5,
    description: 'Links to an internationalized (punycode xn--) host, often a look-alike of a known brand',
    requires: ['links'],
    test: (f) => eachLink(f, (l) => l.isPunycode, (l) => l.host),
    examples: {
      hit: ['Verify your account at http://xn--pypal-4ve.com/login', 'https://xn--80ak6aa92e.com'],
      miss: ['Verify your account at https://www.paypal.com/signin', 'no links here at all'],
    },
  },
  {
    id: 'LINK_DEFANGED',
    group: 'links',
    score: 2.5,
    description: 'Links written defanged (hxxp://, example[.]com, "dot com") to slip past link filters',
    requires: ['links'],
    test: (f) => eachLink(f, (l) => l.defanged, (l) => l.url),
    examples: {
      hit: ['Get it at hxxp://cheap-pills[.]xyz/buy', 'visit pillshop[.]com today', 'go to freemoney (dot) com now'],
      miss: ['Get it at https://example.com/buy', 'the [.] notation is used in threat reports'],
    },
  },
  {
    id: 'LINK_BBCODE',
    group: 'links',
    score: 2,
    description: 'BBCode link markup ([url=…]) pasted into a comment form, the habit of forum-spamming bots',
    requires: ['anchors'],
    test: (f) => {
      const anchors = f.normalized.body.anchors;
      if (anchors.length === 0) return NONE;
      const out: string[] = [];
      for (const a of anchors) if (a.markup === 'bbcode') out.push(`[url=${a.href}]`);
      return out;
    },
    examples: {
      hit: ['Nice! [url=http://cheap-meds.example/shop]cheap meds[/url]', html('Great [url]http://spam.example.com[/url] thanks')],
      miss: ['Nice! <a href="http://example.com">my site</a>', 'I use [b]bold[/b] on forums'],
    },
  },
  {
    id: 'LINK_ANCHOR_MISMATCH',
    group: 'links',
    score: 3,
    description: 'A link whose visible text names one site while it points to another',
    requires: ['anchors'],
    test: (f) => {
      const anchors = f.normalized.body.anchors;
      if (anchors.length === 0) return NONE;
      const out: string[] = [];
      for (const a of anchors) {
        const shown = shownHost(a.text);
        if (shown === '') continue;
        const target = hostOfUrl(a.href);
        if (target !== '' && !sameSite(shown, target)) out.push(`text ${shown} → ${target}`);
      }
      return out;
    },
    examples: {
      hit: [
        html('Log in at <a href="http://paypal.com.secure-login.example.ru/x">www.paypal.com</a> now'),
        '[url=http://cheap-pills.example.xyz]https://www.amazon.com[/url]',
      ],
      miss: [
        html('Docs at <a href="https://www.python.org/doc/">python.org</a>'),
        html('<a href="https://nodejs.org/en">node.js</a> is what we use'),
      ],
    },
  },
  {
    id: 'LINK_COUNT_MANY',
    group: 'links',
    score: 1,
    description: 'Carries 3 to 5 different links to sites other than well-known ones',
    requires: ['links'],
    test: withLinks((f) => {
      const n = placedLinks(f).length;
      return n >= 3 && n <= 5 ? [`${n} links`] : NONE;
    }),
    examples: {
      hit: ['See https://a.example.com and https://b.example.org and https://c.example.net'],
      miss: [
        'See https://a.example.com and https://b.example.org',
        'no links',
        'Spec: https://developer.mozilla.org/en-US/docs/Web/API, https://en.wikipedia.org/wiki/HTTP and https://github.com/whatwg/fetch/issues/1',
      ],
    },
  },
  {
    id: 'LINK_COUNT_FLOOD',
    group: 'links',
    score: 2.5,
    description: 'Carries 6 or more different links to sites other than well-known ones',
    requires: ['links'],
    test: withLinks((f) => {
      const n = placedLinks(f).length;
      // Past the links stage's cap, only the first links are kept; the evidence gives the real count.
      const total = Math.max(n, f.totalLinks ?? 0);
      return n >= 6 ? [`${total} links`] : NONE;
    }),
    examples: {
      hit: [Array.from({ length: 7 }, (_, i) => `https://site${i}.example.com/p`).join(' ')],
      miss: ['See https://a.example.com and https://b.example.org and https://c.example.net'],
    },
  },
  {
    id: 'LINK_DENSITY_HIGH',
    group: 'links',
    score: 1.5,
    description: 'Two or more links to sites other than well-known ones with little text around them (under 40 characters of prose per link)',
    requires: ['links'],
    test: withLinks((f) => {
      const placed = placedLinks(f);
      if (placed.length < 2) return NONE;
      const prose = proseLength(f, bodyLinks(f));
      return prose < 40 * placed.length ? [`${placed.length} links, ${prose} characters of text`] : NONE;
    }),
    examples: {
      hit: ['Nice http://a.example.com http://b.example.com', 'buy: https://shop.example.com/a https://shop.example.net/b https://x.example.org'],
      miss: [
        'I compared the two approaches: https://a.example.com/one explains the theory well, while https://b.example.org/two has the better worked examples and benchmarks.',
        'One link only http://a.example.com',
        'see https://github.com/vitejs/vite/pull/1234 https://vite.dev/guide/',
      ],
    },
  },
  {
    id: 'LINK_SHORT_COMMENT',
    group: 'links',
    score: 1,
    description: 'The comment is shorter than the links it carries: little more than a link drop',
    requires: ['links'],
    test: withLinks((f) => {
      // Only URLs written out in the text: an anchor's URL is not what the reader sees.
      const links = bodyLinks(f).filter((l) => l.source === 'body');
      if (links.length === 0) return NONE;
      let urls = 0;
      for (const l of links) urls += l.url.length;
      const prose = proseLength(f, links);
      return prose < urls ? [`${prose} characters of text, ${urls} of links`] : NONE;
    }),
    examples: {
      hit: ['http://binbox.io/7QzXw#88', 'Look... http://www.tee-shop.example.com/Summer-Hats.html?10442'],
      miss: ['I wrote about this same bug last year and the workaround still holds: https://example.com/fix', 'no links at all'],
    },
  },
  {
    id: 'LINK_REPEATED',
    group: 'links',
    score: 1.5,
    description: 'Links to the same site three or more times',
    requires: ['links'],
    test: withLinks((f) => {
      const counts = new Map<string, number>();
      for (const l of f.links) {
        if ((l.source !== 'body' && l.source !== 'anchor') || l.host === '') continue;
        const site = l.domain ?? bareHost(l);
        counts.set(site, (counts.get(site) ?? 0) + 1);
      }
      const out: string[] = [];
      for (const [site, n] of counts) if (n >= 3) out.push(`${site} ×${n}`);
      return out;
    }),
    examples: {
      hit: ['http://www.signup.example.pl/join/Xk3Pq GO http://www.signup.example.pl/join/a http://www.signup.example.pl/join/b'],
      miss: ['http://a.example.com and http://b.example.org', 'plain text'],
    },
  },
  {
    id: 'LINK_REFERRAL',
    group: 'links',
    score: 1.5,
    description: 'A link carries a referral or affiliate code (?ref=, AffiliateID=, #friend=): the poster is paid per visit',
    requires: ['links'],
    test: (f) => (f.links.length === 0 ? NONE : referralUrls(f)),
    examples: {
      hit: ['http://free-followers.example.com/?ref=1048576', link('http://www.fx-partners.example.com/partners/join.aspx?Task=Join&AffiliateID=4242', 'join')],
      miss: ['https://www.youtube.com/watch?v=aBcDeFgHiJk', 'the ref=5 parameter in the docs', 'https://code.example.org/acme/tool/blob/src/main.ts?ref=main'],
    },
  },
];

/** Common top-level domains: anchor text must end in one of these to count as naming a site. */
const SHOWN_TLDS = new Set([
  'com', 'net', 'org', 'info', 'biz', 'io', 'co', 'us', 'uk', 'de', 'fr', 'ru', 'nl', 'it', 'es', 'ca', 'au',
  'in', 'br', 'jp', 'cn', 'pl', 'eu', 'me', 'tv', 'xyz', 'top', 'online', 'site', 'shop', 'app', 'dev', 'gov', 'edu',
]);
const SHOWN_HOST = /^(?:https?:\/\/)?((?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24})(?:[/:?#]\S*)?$/i;

/** The host an anchor's text shows when the text is itself a URL or domain, else ''. */
function shownHost(text: string): string {
  const t = text.trim();
  if (t.length > 300) return '';
  const m = SHOWN_HOST.exec(t);
  if (!m) return '';
  const host = (m[1] as string).toLowerCase().replace(/^www\./, '');
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return SHOWN_TLDS.has(tld) ? host : '';
}
