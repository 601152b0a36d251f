// Link drops in their two plainest shapes (session 9): a comment that is nothing but links (or
// emoji and punctuation around one), and a markup link whose anchor text is a search keyword
// ("affordable kitchen cabinets", "iphone screen repair london") rather than a name, a URL or
// "here". Both are structure, not wording: the first counts letters, the second reads the
// anchor's words against word classes of many members and against the target's own host.
import type { Anchor, CommentInput, Features, Link, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { authorUrlLinks, bareHost, bodyLinks, commercialUrl, hostOfUrl, onBlogPlatform, onPersonalBlogHost, placedLinks, sameSite, siteOf } from './link-facts.js';
import { NONE } from './none.js';
import { isVocabularyWord } from './scan.js';
import { COMMERCIAL_WORDS, PRODUCT_WORDS } from './vocabulary.js';
import { withFoldedForms } from './fold-words.js';
import { SALES_CALL } from './pingback-sales.js';
import { FIRST_PERSON } from './flattery-words.js';

/** A letter and a second letter or mark after it: any script's word of two letters or more (no quantifier: linear). */
const LETTERS = /\p{L}[\p{L}\p{M}]/u;
/** Past this much text a comment says something whatever its links are; not read further. */
const MAX_TEXT = 2000;

/** Pingbacks and trackbacks are link notifications by design; their own rule scores them. */
const isNotification = (f: Features): boolean => f.normalized.type === 'pingback' || f.normalized.type === 'trackback';

/** The body's text with every link (its written URL or host, and anchor texts) taken out. */
function textBesideLinks(f: Features): string {
  let text = f.normalized.body.text;
  if (text.length > MAX_TEXT) return text;
  // Bounded: a comment with more anchors or links than this has been judged by the count rules.
  for (const a of f.normalized.body.anchors.slice(0, 50)) if (a.text !== '') text = text.split(a.text).join(' ');
  const hosts = bodyLinks(f).slice(0, 20).map((l) => bareHost(l).toLowerCase()).filter((h) => h !== '');
  const kept: string[] = [];
  for (const token of text.split(/\s+/)) {
    const t = token.toLowerCase();
    if (t.includes('://') || t.startsWith('www.') || hosts.some((h) => t.includes(h))) continue;
    kept.push(token);
  }
  return kept.join(' ');
}

/** Words of two letters or more beside the links that still make a link drop, when the link sells. */
const BARE_WORDS = 3;
/** Body words (URL parts included) past which a comment is not read as a bare link drop. */
const WORDLESS_MAX_WORDS = 40;

/** Words (runs of two or more letters) in the text, counted up to `max`. */
function wordsUpTo(text: string, max: number): number {
  let n = 0;
  for (const part of text.split(/[^\p{L}\p{M}]+/u)) if (part.length >= 2 && ++n >= max) return n;
  return n;
}

/**
 * Anchor words that sell, beyond the catalog's English trade and sales words: "buy", "cheap",
 * "repair", "services", "price", "rent", "order" in the languages keyword links are bought in.
 */
const ANCHOR_SELLING: ReadonlySet<string> = new Set(withFoldedForms([
  ...COMMERCIAL_WORDS, ...PRODUCT_WORDS,
  'купить', 'недорого', 'дешево', 'дёшево', 'цена', 'цены', 'ремонт', 'услуги', 'заказать', 'доставка', 'аренда', 'кредит',
  'займ', 'казино', 'ставки', 'kaufen', 'günstig', 'billig', 'preiswert', 'reparatur', 'comprar', 'barato', 'barata', 'precio',
  'alquiler', 'reparación', 'acheter', 'promo', 'réparation', 'location', 'comprare', 'economico', 'prezzi', 'noleggio',
  'riparazione', 'kupić', 'tanie', 'tani', 'naprawa', 'wynajem', 'ucuz', 'satın', 'kiralık', 'tamir', 'murah', 'jual', 'sewa',
  'harga', 'servis', 'jasa', 'goedkoop', 'kopen', 'huren', 'reparatie', 'cher', 'soldes',
]));

/** A link to a page with a slug (a post: "/2026/02/notes", "/fixing-the-pump"), not a home page or a one-word section. */
function postPath(l: Link): boolean {
  let start = 0;
  let end = l.path.length;
  while (start < end && l.path[start] === '/') start++;
  while (end > start && l.path[end - 1] === '/') end--;
  const path = l.path.slice(start, end);
  return path.includes('/') || path.includes('-') || path.includes('_');
}

/** A link to a site's home page: no path, query or fragment. */
function homePage(l: Link): boolean {
  return l.path === '' || l.path === '/';
}

/**
 * Session 17c: a link to a section of a site rather than a page written on it: one path segment
 * of one or two words, no digits, no query ("/offset", "/cordless-drills", "/compare"). Shops name
 * their category and landing pages so; an article's address carries its date, an id, a folder or a
 * slug of three words or more ("/2026/02/notes", "/notes/fix", "/fixing-the-old-pump").
 */
function sectionPage(l: Link): boolean {
  if (homePage(l) || l.path.length > 40) return false;
  let path = l.path;
  while (path.startsWith('/')) path = path.slice(1);
  while (path.endsWith('/')) path = path.slice(0, -1);
  if (path === '' || !/^[a-z]+(?:[-_][a-z]+)?$/.test(path)) return false;
  return true;
}

/** The first person ("I", "my", "we", "our") in the caption: a reader pointing to their own page says so. */
const OWN_CAPTION: ReadonlySet<string> = new Set([...FIRST_PERSON, 'we', 'our', 'us', 'wir', 'unser', 'nous', 'notre', 'nosotros', 'nuestro', 'nuestra']);
const ownCaption = (beside: string): boolean => beside.toLowerCase().split(/[^\p{L}]+/u).some((w) => OWN_CAPTION.has(w));

/** The first word beside the links that sells (a trade, sales or spam word), if any. */
function besideSells(beside: string): string | undefined {
  for (const w of beside.toLowerCase().split(/[^\p{L}\p{M}]+/u)) if (w.length >= 2 && (ANCHOR_SELLING.has(w) || SALES_CALL.has(w) || isVocabularyWord(w))) return w;
  return undefined;
}

const MAX_ANCHORS = 10;
const ANCHOR_SEPARATORS = /[\s!-/:-@[-`{-~]+/;

/** The words of a host, split at dots and hyphens (four letters or more: the keyword half of a domain). */
function hostWords(host: string): string[] {
  return host.split(/[.-]+/).filter((w) => w.length >= 4);
}

/** Two anchor words of four letters or more are words of the host (the exact-match anchor). */
function namesHost(words: readonly string[], host: string): boolean {
  const hostKeys = hostWords(host);
  return words.filter((w) => w.length >= 4 && hostKeys.includes(w)).length >= 2;
}

/** Evidence for each markup link whose anchor text is a search keyword, pointing to a site that is not well-known. */
function keywordAnchors(f: Features): string[] {
  const anchors = f.normalized.body.anchors;
  if (anchors.length === 0) return NONE;
  const own = authorUrlLinks(f).map(siteOf);
  const out: string[] = [];
  // Keyword drops put their anchors first; a comment with more anchors than this is the count rules' case.
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS; i++) {
    const text = (anchors[i] as Anchor).text.trim();
    const href = (anchors[i] as Anchor).href;
    // A URL or a bare host name as anchor text is LINK_ANCHOR_MISMATCH's business, not a keyword.
    if (text.length < 5 || text.length > 80 || text.includes('://') || (text.includes('.') && !text.includes(' '))) continue;
    // Split at spaces and ASCII punctuation: anchor text is short, and this is cheaper than a Unicode class.
    const words = text.toLowerCase().split(ANCHOR_SEPARATORS).filter((w) => w !== '');
    if (words.length < 2 || words.length > 8) continue;
    const host = hostOfUrl(href);
    if (host === '' || wellKnownSite(host) !== undefined || own.some((s) => sameSite(s, host))) continue;
    // A keyword: a sales or trade word, or two words of the target's own host (the exact-match
    // anchor link builders buy: "kitchen cabinets" → kitchen-cabinets-direct.com).
    // The host's words only when no word sells (session 18a: most keyword anchors sell, and the split was per anchor).
    const selling = words.some((w) => ANCHOR_SELLING.has(w) || isVocabularyWord(w));
    if (selling || namesHost(words, host)) out.push(`"${text}" → ${host}`);
    if (out.length >= 3) break;
  }
  return out;
}

const html = (content: string): CommentInput => ({ content, contentFormat: 'html' });

export const LINK_DROP_RULES: readonly Rule[] = [
  {
    id: 'LINK_WORDLESS_COMMENT',
    group: 'links',
    score: 2,
    description: 'The comment has no words besides its links (only a URL, emoji or punctuation; a post on the signer\'s own site excepted), or at most three when a link sells (its host words), is a keyword anchor or a home page or one-segment section page ("/offset") that is not a blog, or the words sell, and links a site that is not well-known; or it is empty under a commercial author URL: a link drop with nothing to read',
    // Both readings need a link: one placed in the body, or the author URL's (authorUrlLinks).
    requires: ['links', { maxWords: WORDLESS_MAX_WORDS }],
    test: (f) => {
      // A comment of many words has something to read whatever its links; checked before any link work.
      if (f.words.length > WORDLESS_MAX_WORDS || isNotification(f)) return NONE;
      const placed = placedLinks(f);
      if (placed.length > 0) {
        // The evidence's site list, made only on a hit (most comments with a placed link miss).
        const sites = (): string => [...new Set(placed.map(siteOf))].slice(0, 3).join(', ');
        const beside = textBesideLinks(f);
        // Session 14c: nothing but a link is a link drop unless it is a post on the signer's own
        // (non-selling) site: a reader sharing their own write-up links the post itself, while a
        // site dropped under a person's name is its home page or a one-word section ("/sale").
        const own = authorUrlLinks(f).filter((l) => l.host !== '' && !commercialUrl(l)).map(siteOf);
        // Second pass, session 17c: and a section of it ("/leather-straps") is the shop's, not a post.
        const ownPost = (l: Link): boolean => own.some((s) => sameSite(s, siteOf(l))) && postPath(l) && !sectionPage(l);
        if (!LETTERS.test(beside)) return placed.every(ownPost) ? NONE : [`only links: ${sites()}`];
        const words = wordsUpTo(beside, BARE_WORDS + 1);
        if (words > BARE_WORDS) return NONE;
        // A word or three that sell ("benches for sale", "promo") beside a link are a
        // keyword caption, not a sentence, whoever's the site.
        const sells = besideSells(beside);
        // A reader pointing to their own (non-selling) site, given as their author URL too, is
        // sharing their own post: issue 10 keeps commenters linking their own blog ham.
        // Session 17c: unless it is a section of that site under a caption that is not theirs
        // ("nice", "great episode" beside the shop's "/cordless-drills"): a reader sharing their own
        // page links a page they wrote, or says it is theirs.
        const ownPages = (l: Link): boolean => own.some((s) => sameSite(s, siteOf(l))) && (!sectionPage(l) || ownCaption(beside));
        if (sells === undefined && own.length > 0 && placed.every(ownPages)) return NONE;
        // A word or three around a link that sells or a keyword anchor ("Good stuff.", "Nice!")
        // is the same drop with a fig leaf.
        // Or the links are only home pages (no page on them) of sites that are not blogs: a site
        // captioned "good info" is advertised, a page a reader recommends has an address.
        // Session 17c: or a section of such a site ("/offset", "/compare"), its landing page.
        const homePages = placed.every((l) => (homePage(l) || sectionPage(l)) && !onBlogPlatform(l));
        if (sells === undefined && !homePages && !(placed.some(commercialUrl) || keywordAnchors(f).length > 0)) return NONE;
        return [`${words} word${words === 1 ? '' : 's'} besides links to ${sites()}`];
      }
      // No link in the body: an empty body (emoji, dots) under a commercial author URL.
      if (f.normalized.authorUrl === '' || f.links.some((l) => l.source === 'body' || l.source === 'anchor')) return NONE;
      if (LETTERS.test(f.normalized.body.text)) return NONE;
      const site = authorUrlLinks(f).find((l) => l.host !== '' && wellKnownSite(l.host) === undefined && commercialUrl(l) && !onPersonalBlogHost(l));
      return site === undefined ? NONE : [`no words, author URL ${siteOf(site)}`];
    },
    examples: {
      hit: [
        'https://discount-tyres-warehouse.example.com/winter',
        '💯💯 https://promo-codes-daily.example.xyz',
        html('<a href="https://tile-shop.example.net/">https://tile-shop.example.net/</a>'),
        { content: '🙌', author: { name: 'Lea', url: 'https://cheap-flights-deals.example.com' } },
        { content: '!!!', author: { name: 'Lea', url: 'https://carpet-cleaning-services.example.org' } },
        'Very nice! https://cheap-tyres-shop.example.com',
        html('Thanks <a href="https://okna.example.ru">пластиковые окна купить</a>'),
        // Session 14c: a bare URL of the signer's own site, and a caption that sells beside it.
        { content: 'https://lea.example.dev/', author: { name: 'Lea', url: 'https://lea.example.dev' } },
        { content: 'https://strapworks.example.com/leather-straps', author: { name: 'Chris', url: 'https://strapworks.example.com' } },
        'Useful, thanks https://dailyheadlines.example.org',
        { content: 'benches for sale https://benchworks.example.co.uk/', author: { name: 'benches', url: 'https://benchworks.example.co.uk/' } },
        // Session 17c: a word beside a section of a site (its own author URL's, or another).
        { content: 'nice https://drillworld.example.com/cordless-drills', author: { name: 'Carl', url: 'https://drillworld.example.com' } },
        'More here https://smokerparts.example.com/offset',
      ],
      miss: [
        'https://github.com/rust-lang/rust/issues/4242',
        'https://en.wikipedia.org/wiki/Sourdough',
        '👏👏',
        { content: '🙌', author: { name: 'Lea', url: 'https://lea.example.dev' } },
        { content: '🙌', author: { name: 'Lea', url: 'https://cheap-flights-deals.example.com' }, type: 'pingback' },
        'Here is the fix I used https://lea.example.dev/notes/fix',
        { content: 'https://lea.example.dev/notes/fix', author: { name: 'Lea', url: 'https://lea.example.dev' } },
        'My notes: https://lea.example.dev/notes/fix',
        'Useful, thanks https://dailyheadlines.example.org/2026/winter-roads',
        { content: 'Useful, thanks https://kimbakes.blogspot.com', author: { name: 'Kim' } },
        // Session 17c: the reader says the section is theirs; a page with a written address.
        { content: 'My recipes: https://kimbakes.example.com/recipes', author: { name: 'Kim', url: 'https://kimbakes.example.com' } },
        'More here https://kimbakes.example.com/notes/sourdough-starter',
      ],
    },
  },
  {
    id: 'LINK_KEYWORD_ANCHOR',
    requires: ['anchors'],
    group: 'links',
    score: 2,
    description: 'A markup link (HTML, BBCode or Markdown) whose anchor text is a search keyword of two to eight words, with a sales, trade or spam word or a word of the target\'s own host ("affordable kitchen cabinets", "iphone screen repair london"), pointing to a site that is not well-known and not the author\'s own: a bought keyword link',
    test: (f) => (isNotification(f) ? NONE : keywordAnchors(f)),
    examples: {
      hit: [
        html('Good read. <a href="https://patio-heaters.example.com/">outdoor patio heaters</a>'),
        '[url=https://van-hire.example.co.uk]cheap van hire manchester[/url]',
        'See [luxury yacht charter croatia](https://sail-adria.example.hr) for more',
        html('<a href="https://okna-plastik.example.ru">купить пластиковые окна недорого</a>'),
      ],
      miss: [
        html('The spec is clear: <a href="https://developer.mozilla.org/en-US/docs/Web/HTML">MDN on HTML</a>.'),
        html('I tried it, <a href="https://lea.example.dev/notes">here</a> are my notes.'),
        html('<a href="https://tile-shop.example.net/">https://tile-shop.example.net/</a>'),
        { content: '<a href="https://lea.example.dev/shop-notes">my notes on the shop floor</a>', contentFormat: 'html', author: { name: 'Lea', url: 'https://lea.example.dev' } },
        html('Photos from <a href="https://jan-and-ana.example.org/trip">our trip to the lakes</a>.'),
      ],
    },
  },
];
