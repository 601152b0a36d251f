// Pingback and trackback spam: a "link notification" from a page that never linked the post. Spam
// tools forge the notification by copying the post's own title into the linking page's title (the
// pingback's author name) or its address, on a commercial host (a shop, loans, a casino), so the
// notification looks like a reply. Bloggers who wrote about it (and the WordPress support forums)
// describe the same shape: the title of the post repeated on an unrelated selling site. A real
// pingback comes from a page with its own title ("Weekend links #42", "Garden diary: February"),
// usually on a personal blog; it may quote the post's title in its excerpt, which is the body here
// and is not read.
import type { Features, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { authorUrlLinks, commercialUrl, siteOf } from './link-facts.js';
import { NONE } from './none.js';

/** Title words (three letters or more) as a set, from text of any case and punctuation. */
function titleWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
}

/** Share of the post title's words found in `other` (a page title, or an address's words). */
function copiedShare(title: readonly string[], other: ReadonlySet<string>): number {
  let found = 0;
  for (const w of title) if (other.has(w)) found++;
  return title.length === 0 ? 0 : found / title.length;
}

const MIN_TITLE_WORDS = 3;
const COPIED = 0.8;

function copiedTitle(f: Features): string[] {
  const title = titleWords(f.normalized.postTitle);
  if (title.length < MIN_TITLE_WORDS) return [];
  const site = authorUrlLinks(f).find((l) => l.host !== '' && wellKnownSite(l.host) === undefined && commercialUrl(l));
  if (site === undefined) return [];
  const name = new Set(titleWords(f.normalized.authorName.text));
  const address = new Set(titleWords(site.path.replace(/[-_/]+/g, ' ')));
  if (copiedShare(title, name) >= COPIED) return [`page title copies the post's title; selling site ${siteOf(site)}`];
  if (copiedShare(title, address) >= COPIED) return [`address copies the post's title; selling site ${siteOf(site)}`];
  return [];
}

export const PINGBACK_RULES: readonly Rule[] = [
  {
    id: 'META_PINGBACK_COPIED_TITLE',
    group: 'meta',
    score: 3,
    description: "A pingback or trackback whose page title or address copies the post's own title, from a selling site (shop, loans, casino, a trade): a forged link notification",
    requires: ['authorUrl'],
    test: (f) => {
      if (f.normalized.type !== 'pingback' && f.normalized.type !== 'trackback') return NONE;
      return copiedTitle(f);
    },
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
];
