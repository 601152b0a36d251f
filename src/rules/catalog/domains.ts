// Domains group: what the linked domains themselves say. Spam sites are registered cheap and
// named for their keywords (`viagrapascherfr.com`, `cheap-jerseys-outlet.xyz`), so the TLD and
// the words inside the domain and its slugs say a lot before anyone opens the page.
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { FREE_HOSTS } from '../lists/hosts.js';
import { authorUrlLinks, bareHost, bodyLinks, hostInSet, placedLinks, siteOf, tldOf, withLinks } from './link-facts.js';
import { CappedEvidence } from './evidence-cap.js';
import { NONE } from './none.js';
import { findDomainVocabulary } from './scan.js';

/**
 * TLDs that abuse reports (Spamhaus, SURBL) rank far above their share of honest sites: cheap
 * or free registration, little enforcement. A curated list, not every new gTLD.
 */
export const SPAMMY_TLDS: ReadonlySet<string> = new Set([
  'xyz', 'top', 'click', 'loan', 'work', 'gq', 'ml', 'cf', 'tk', 'ga', 'icu', 'buzz', 'shop', 'online', 'site',
  'website', 'space', 'fun', 'club', 'bid', 'win', 'download', 'stream', 'racing', 'review', 'party', 'trade',
  'date', 'faculty', 'science', 'accountant', 'cricket', 'men', 'kim', 'link', 'rest', 'fit', 'monster', 'cyou',
  'sbs', 'cfd', 'quest', 'bar', 'casa', 'pw', 'su', 'zip', 'mov', 'cam', 'uno', 'best', 'support', 'loans',
  'ltd', 'vip', 'today', 'live', 'life', 'store',
]);

export { FREE_HOSTS };

const html = (content: string): CommentInput => ({ content, contentFormat: 'html' });

/** Links a comment points readers to: body links and the author's own URL. */
function promotedLinks(f: Features): readonly Link[] {
  const body = bodyLinks(f);
  const author = authorUrlLinks(f);
  if (author.length === 0) return body;
  const links = body.slice();
  for (const l of author) if (!links.some((x) => x.url === l.url)) links.push(l);
  return links;
}

export const DOMAIN_RULES: readonly Rule[] = [
  {
    id: 'DOMAIN_SPAMMY_TLD',
    group: 'domains',
    score: 1.5,
    description: 'Links to a domain under a TLD that abuse reports rank far above its share of honest sites (.xyz, .top, .tk, …)',
    requires: ['links'],
    test: withLinks((f) => {
      const evidence = new CappedEvidence();
      for (const l of promotedLinks(f)) {
        if (l.host === '' || l.isIp) continue;
        const tld = tldOf(l);
        if (SPAMMY_TLDS.has(tld) && !evidence.add(`${bareHost(l)} (.${tld})`)) break;
      }
      return evidence.out;
    }),
    examples: {
      hit: ['Best deals at https://super-deals.xyz/today', 'Come chat with us at http://latenight-chat.tk', { content: 'Nice post', author: { url: 'http://my-shop.top' } }],
      miss: ['Release notes: https://github.com/nodejs/node/releases', 'I love the x y z of it'],
    },
  },
  {
    id: 'DOMAIN_SPAM_WORDS',
    group: 'domains',
    score: 3,
    description: 'A linked domain or its URL slug is made of spam vocabulary (pharmacy, casino, loans, essays, crypto, SEO, adult, replicas), on a site that is not well-known',
    // A well-known site's pages are references: a search engine's guide to SEO or an encyclopedia's
    // article on online gambling names the topic it documents, not a trade it sells, so their slugs
    // are not read. Page hosts, free hosts and shorteners are never well-known (lists/hosts.ts).
    requires: ['links'],
    test: withLinks((f) => {
      // Stops at the evidence the verdict shows (evidence-cap.ts): on link-heavy spam most links hit.
      const evidence = new CappedEvidence();
      links: for (const l of placedLinks(f)) {
        for (const hit of findDomainVocabulary(l.words)) if (!evidence.add(`${bareHost(l) || l.url}: ${hit.words.join(', ')} (${hit.category})`)) break links;
      }
      return evidence.out;
    }),
    examples: {
      hit: [
        'Thanks! https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/',
        'see http://best-online-casino.example.com/free-spins',
        html('<a href="https://cheap-replica-watches.example.net/rolex">here</a>'),
        'Read more https://sites.google.com/view/buy-cheap-viagra-online',
      ],
      miss: [
        'Docs: https://developer.mozilla.org/en-US/docs/Web/JavaScript',
        'viagra is a brand name, not a link',
        'The search docs cover it: https://developers.google.com/search/docs/fundamentals/seo-starter-guide',
        'Background reading: https://en.wikipedia.org/wiki/Online_casino',
        // A link to the site the comment is posted on is the site itself (an owner pointing to its own page).
        { content: 'Our summary of the licence hearing is here: https://www.riverton-herald.net/news/casino-licence-hearing-dates', target: { postTitle: 'Town hall agenda for March', permalink: 'https://www.riverton-herald.net/news/town-hall-agenda-march/' } },
      ],
    },
  },
  {
    id: 'DOMAIN_MANY_SITES',
    group: 'domains',
    score: 1,
    description: 'Links to three or more different sites other than well-known ones',
    requires: ['links'],
    test: withLinks((f) => {
      const sites = new Set<string>();
      for (const l of placedLinks(f)) if (l.host !== '') sites.add(siteOf(l));
      return sites.size >= 3 ? [[...sites].slice(0, 10).join(', ')] : NONE;
    }),
    examples: {
      hit: ['https://one.example.com https://two.example.org https://three.example.net'],
      miss: [
        'https://docs.example.com/a and https://docs.example.com/b and https://www.example.com/c',
        'text only',
        'https://github.com/nodejs/node/issues/1 https://stackoverflow.com/q/1 https://nodejs.org/api/fs.html',
      ],
    },
  },
  {
    id: 'DOMAIN_HYPHENATED',
    group: 'domains',
    score: 1,
    description: 'A linked domain strings three or more words together with hyphens (cheap-viagra-online-store.com): a keyword domain',
    requires: ['links'],
    test: withLinks((f) => {
      const evidence = new CappedEvidence();
      for (const l of promotedLinks(f)) {
        if (l.isIp) continue;
        const site = siteOf(l);
        const dot = site.indexOf('.');
        if (hyphens(site, dot < 0 ? site.length : dot) >= 2 && !evidence.add(site)) break;
      }
      return evidence.out;
    }),
    examples: {
      hit: ['buy at http://cheap-viagra-online-store.com/', 'http://www.best-seo-services-uk.net'],
      miss: ['https://www.t-mobile.com/support', 'I am well-known in the half-pipe scene'],
    },
  },
  {
    id: 'DOMAIN_FREE_HOST',
    group: 'domains',
    score: 1,
    description: 'Links to a page on a free site builder or blog host, where throwaway landing pages live',
    requires: ['links'],
    test: withLinks((f) =>
      bodyLinks(f)
        .map((l) => ({ l, host: hostInSet(bareHost(l), FREE_HOSTS) }))
        .filter((x) => x.host !== undefined && bareHost(x.l) !== x.host)
        .map((x) => bareHost(x.l))),
    examples: {
      hit: ['ACCOUNT RECOVERY TOOL account-unlock-tool2026.blogspot.com WORKS 100%', 'my page http://jimmys-portfolio.weebly.com'],
      miss: ['I blog at https://www.example.com/blog', 'Google bought blogspot.com years ago'],
    },
  },
];

/** Hyphens among the first `end` characters of `s` (the site's first label: no slice made). */
function hyphens(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (s.charCodeAt(i) === 45) n++;
  return n;
}
