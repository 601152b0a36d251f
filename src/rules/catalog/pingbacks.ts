// Pingback and trackback spam: a "link notification" from a page that never linked the post. Spam
// tools forge the notification by copying the post's own title into the linking page's title (the
// pingback's author name) or its address, on a commercial host (a shop, loans, a casino), so the
// notification looks like a reply. Bloggers who wrote about it (and the WordPress support forums)
// describe the same shape: the title of the post repeated on an unrelated selling site. A real
// pingback comes from a page with its own title ("Weekend links #42", "Garden diary: February"),
// usually on a personal blog; it may quote the post's title in its excerpt, which is the body here
// and is not read. Session 17c: the page's slug is read less the words the post's title names
// (topic-slug.ts): a reply post on the same subject names it in its address.
import type { Features, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { withFoldedForms } from './fold-words.js';
import { authorUrlLinks, commercialWords, postHostOf, siteOf } from './link-facts.js';
import { NONE } from './none.js';
import { PAGE_SELLS, wordsOf } from './pingback-sales.js';
import { wordsBesideTopic } from './topic-slug.js';

/** Title words (three letters or more), from text of any case and punctuation. */
function titleWords(text: string): string[] {
  return wordsOf(text).filter((w) => w.length >= 3);
}

/** Share of the post title's words found in `other` (a page title, or an address's words). */
function copiedShare(title: readonly string[], other: ReadonlySet<string>): number {
  let found = 0;
  for (const w of title) if (other.has(w)) found++;
  return title.length === 0 ? 0 : found / title.length;
}

const MIN_TITLE_WORDS = 3;
const COPIED = 0.8;
/** Post-title words of this many letters or more name the subject ("boiler", "pool"); shorter ones are mostly grammar. */
const SUBJECT_LETTERS = 4;
/** Subject words of the post title that the scraping page's own title or address repeats. */
const SHARED_SUBJECT = 2;

/**
 * Second pass, session 12: the scraper's notification. Content-scraping sites republish a post
 * under its own subject, and the pingback they send carries as its excerpt nothing but the post's
 * title (the link they copied). A roundup that lists the post by its title has a title of its own
 * ("Weekly links #188"), and a reply post quotes words around the link; so the excerpt must be the
 * post's title and no more, and the page's title or address must repeat two of the post title's
 * subject words. The host may be anything but the site itself or a well-known site: scrapers run
 * as "news" and "hub" pages that sell nothing on their face, which the rule above needs.
 */
/** The link words autoblogs append to a copied item, in English, the language their templates are in. */
const SCRAPER_WORDS: ReadonlySet<string> = new Set(['read', 'more', 'full', 'article', 'source', 'continue', 'reading', 'via', 'original', 'at', 'this', 'the', 'here', 'on']);

function scrapedTitle(f: Features): string[] {
  const title = titleWords(f.normalized.postTitle);
  // Session 17c: the excerpt's words counted as the title's are, split at hyphens: the word stage
  // joins "pick-your-own strawberries" into two words, which is still three of the title's.
  if (title.length < MIN_TITLE_WORDS || titleWords(f.normalized.body.text).length < MIN_TITLE_WORDS) return [];
  // Body words arrive folded (diacritics away) and joined across hyphens and underscores
  // ("hand-rolled" → "handrolled"): the title's words are matched in both forms, whole and split.
  const post = f.normalized.postTitle.toLowerCase();
  const joined = post.split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}]+/gu, ''));
  const all = new Set(withFoldedForms([...wordsOf(post), ...joined.filter((t) => t !== '')]));
  // Second pass, session 17c: and the scraper's own link words around it ("read more", "read the
  // full article", "Source: <the site>"): autoblogs append them to every copied item.
  const source = postHostOf(f).split('.');
  for (const w of f.words) if (!all.has(w) && !SCRAPER_WORDS.has(w) && !source.includes(w)) return [];
  const site = authorUrlLinks(f).find((l) => l.host !== '' && wellKnownSite(l.host) === undefined);
  if (site === undefined) return [];
  const page = new Set([...titleWords(f.normalized.authorName.text), ...titleWords(site.path.replace(/[-_/]+/g, ' '))]);
  const shared = [...new Set(title.filter((w) => w.length >= SUBJECT_LETTERS && page.has(w)))];
  if (shared.length < SHARED_SUBJECT) {
    // Session 14c: or the page that sent it sells (its title or address): a shop or directory
    // page whose excerpt is nothing but the post's title did not write about it.
    const sells = commercialWords(site, wordsBesideTopic(f, site)) ? siteOf(site) : wordsOf(f.normalized.authorName.text).find((w) => PAGE_SELLS.has(w));
    return sells === undefined ? [] : [`excerpt is only the post's title; selling page ("${sells}")`];
  }
  return [`excerpt is only the post's title; page on ${siteOf(site)} repeats "${shared.slice(0, 3).join(' ')}"`];
}

function copiedTitle(f: Features): string[] {
  const title = titleWords(f.normalized.postTitle);
  if (title.length < MIN_TITLE_WORDS) return [];
  const site = authorUrlLinks(f).find((l) => l.host !== '' && wellKnownSite(l.host) === undefined && commercialWords(l, wordsBesideTopic(f, l)));
  if (site === undefined) return [];
  const name = new Set(titleWords(f.normalized.authorName.text));
  const address = new Set(titleWords(site.path.replace(/[-_/]+/g, ' ')));
  if (copiedShare(title, name) >= COPIED) return [`page title copies the post's title; selling site ${siteOf(site)}`];
  if (copiedShare(title, address) >= COPIED) return [`address copies the post's title; selling site ${siteOf(site)}`];
  return [];
}

/** A pingback or trackback: the only comments these rules read. */
const isLinkNotification = (f: Features): boolean => f.normalized.type === 'pingback' || f.normalized.type === 'trackback';

export const PINGBACK_RULES: readonly Rule[] = [
  {
    id: 'META_PINGBACK_COPIED_TITLE',
    group: 'meta',
    score: 3,
    description: "A pingback or trackback whose page title or address copies the post's own title, from a selling site (shop, loans, casino, a trade): a forged link notification",
    requires: ['authorUrl'],
    test: (f) => (isLinkNotification(f) ? copiedTitle(f) : NONE),
    examples: {
      hit: [
        { content: '[…] Winter pruning for apple trees […]', type: 'pingback', author: { name: 'Winter pruning for apple trees', url: 'https://cheap-garden-tools-shop.example.com/winter-pruning-apple-trees' }, target: { postTitle: 'Winter pruning for apple trees' } },
        { content: '[…] read more […]', type: 'trackback', author: { name: 'Loans fast', url: 'https://payday-loans.example.xyz/winter-pruning-for-apple-trees/' }, target: { postTitle: 'Winter pruning for apple trees' } },
      ],
      miss: [
        { content: '[…] Winter pruning for apple trees […]', type: 'pingback', author: { name: 'Orchard links #12', url: 'https://orchard-notes.example.blog/2026/02/links-12' }, target: { postTitle: 'Winter pruning for apple trees' } },
        { content: '[…] the pruning guide I followed […]', type: 'pingback', author: { name: 'Winter pruning for apple trees', url: 'https://ann.example.org/2026/02/my-pruning' }, target: { postTitle: 'Winter pruning for apple trees' } },
        { content: 'Winter pruning for apple trees: thanks', author: { name: 'Winter pruning for apple trees', url: 'https://cheap-garden-tools-shop.example.com' }, target: { postTitle: 'Winter pruning for apple trees' } },
      ],
    },
  },
  {
    id: 'META_PINGBACK_SCRAPED',
    group: 'meta',
    score: 3,
    description: "A pingback or trackback whose excerpt is nothing but the post's own title, from a page (not the site itself or a well-known site) whose title or address repeats two of the post title's subject words (a scraper that republished the post) or sells (its address, or a trade or sales word in its title: a shop that never discussed it)",
    requires: ['authorUrl'],
    test: (f) => (isLinkNotification(f) ? scrapedTitle(f) : NONE),
    examples: {
      hit: [
        { content: '[…] Winter pruning for apple trees […]', type: 'pingback', author: { name: 'Winter pruning apple trees – Garden News Daily', url: 'https://gardennewsdaily.example.com/2026/02/winter-pruning-apple-trees-2/' }, target: { postTitle: 'Winter pruning for apple trees', permalink: 'https://orchardnotes.example.org/2026/02/winter-pruning/' } },
        // Session 14c: the page's title sells, and repeats none of the post's subject words.
        { content: '[…] Winter pruning for apple trees […]', type: 'pingback', author: { name: 'Discount secateurs and loppers', url: 'https://toolbarn.example.com/?p=318' }, target: { postTitle: 'Winter pruning for apple trees', permalink: 'https://orchardnotes.example.org/2026/02/winter-pruning/' } },
        { content: 'Lining a raised bed against voles', type: 'trackback', author: { name: 'raised bed voles | Home Garden Hub', url: 'https://homegardenhub.example.net/?p=4512' }, target: { postTitle: 'Lining a raised bed against voles', permalink: 'https://orchardnotes.example.org/2026/03/raised-bed-voles/' } },
        // Second pass, session 17c: the autoblog's "read more" and "Source: <site>" around the copied title.
        { content: '[…] Winter pruning for apple trees […] Source: orchardnotes.example.org, read the full article', type: 'pingback', author: { name: 'Garden News Today', url: 'https://gardennewsdaily.example.com/2026/winter-pruning-apple-trees' }, target: { postTitle: 'Winter pruning for apple trees', permalink: 'https://orchardnotes.example.org/2026/02/winter-pruning/' } },
      ],
      miss: [
        // A roundup lists the post by its title under a title of its own.
        { content: '[…] Winter pruning for apple trees […]', type: 'pingback', author: { name: 'Orchard links #12', url: 'https://fruitgrowers.example.blog/2026/02/links-12' }, target: { postTitle: 'Winter pruning for apple trees', permalink: 'https://orchardnotes.example.org/2026/02/winter-pruning/' } },
        // A reply post quotes its own words around the link.
        { content: '[…] I followed the Winter pruning for apple trees guide and my old Bramley finally cropped […]', type: 'pingback', author: { name: 'Pruning our old apple trees', url: 'https://annsgarden.example.net/2026/02/pruning-apple-trees/' }, target: { postTitle: 'Winter pruning for apple trees', permalink: 'https://orchardnotes.example.org/2026/02/winter-pruning/' } },
        // The site's own follow-up post.
        { content: '[…] Winter pruning for apple trees […]', type: 'pingback', author: { name: 'Summer pruning for apple trees', url: 'https://orchardnotes.example.org/2026/07/summer-pruning-apple-trees/' }, target: { postTitle: 'Winter pruning for apple trees', permalink: 'https://orchardnotes.example.org/2026/02/winter-pruning/' } },
      ],
    },
  },
];
