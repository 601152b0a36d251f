// Session 14c: the selling link notification. Pingback and trackback spam today (WordPress site
// owners, the support forums, Akismet's and Antispam Bee's notes on it) comes from pages that never
// discussed the post: a shop, a quotes or directory site, a lead form for a trade, a coupon page.
// The spam tool fills the excerpt with the post's own title (to look related) and a sales call of
// its own ("buy …", "cheap … near you", "get free quotes", "compare prices"). A real pingback's
// excerpt is the linking page's own words about the post: it paraphrases, names the writer, says
// what the reader did; a blogger who names a shop in it rarely writes a sales call.
//
// The rule reads the combination, never one word: a sales-call word in the excerpt, AND either the
// excerpt carries the post's whole title word for word (the copied bait) or the linking page's
// title or address is itself commercial (its words sell). Either half alone stays a weak sign:
// "before you buy a bottle" in a blogger's excerpt, a shop's name a blogger cites.
import type { Features, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { withFoldedForms } from './fold-words.js';
import { authorUrlLinks, commercialWords, siteOf } from './link-facts.js';
import { NONE } from './none.js';
import { COMMERCIAL_WORDS, PRODUCT_WORDS } from './vocabulary.js';
import { pageTitleSharesTopic, wordsBesideTopic } from './topic-slug.js';

/**
 * Words of a sales call: the imperative or offer words selling pages close with, in the languages
 * pingback spam is sent in (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
 * Russian, the Nordic languages, Indonesian, Turkish). Category vocabulary, not any page's wording:
 * these are the words of a shop's call to act ("buy", "order", "discount code", "free quote").
 */
export const SALES_CALL: ReadonlySet<string> = new Set(withFoldedForms([
  'buy', 'cheap', 'cheapest', 'sale', 'sell', 'deals', 'discount', 'discounts', 'coupon', 'coupons', 'promo', 'quotes',
  'quote', 'prices', 'pricing', 'delivery', 'cash', 'wholesale', 'shipping',
  'kaufen', 'günstig', 'billig', 'rabatt', 'angebot', 'angebote', 'bestellen', 'acheter', 'soldes', 'prix',
  'comprar', 'barato', 'barata', 'oferta', 'ofertas', 'precio', 'precios', 'preço', 'preços', 'desconto', 'comprare',
  'sconto', 'offerta', 'prezzi', 'kopen', 'goedkoop', 'korting', 'kupić', 'tanie', 'promocja', 'купить', 'дешево',
  'дёшево', 'скидка', 'цены', 'заказать', 'kjøp', 'kjøpe', 'köp', 'köpa', 'tilbud', 'rabattkode', 'rabattkod', 'billigt',
  'osta', 'halpa', 'alennus', 'beli', 'murah', 'diskon', 'harga', 'ucuz', 'indirim', 'satın',
]));

/**
 * Session 16d: a notification's sales call also books, hires, orders and compares: the calls of the
 * trade, travel and lead-form pages that send pingback spam ("call our team today", "book hotels at
 * the lowest rates", "compare local quotes"). Kept apart from SALES_CALL, which link-drops.ts reads
 * beside a body link, where "book" and "call" are a reader's words.
 */
const NOTIFICATION_CALL: ReadonlySet<string> = new Set(withFoldedForms(['call', 'book', 'booking', 'hire', 'order', 'compare', 'lowest', 'rates']));

/**
 * The lead, session 16: those words are also a blogger's nouns ("a wasted order", "a good book",
 * "their rates"), so they are a call only where a call stands: opening a sentence of the excerpt
 * ("Book a room …", "Call our team today") or after "please", "now" or "to". SALES_CALL's words
 * count anywhere, as before.
 */
const CALL_OPENERS: ReadonlySet<string> = new Set(['please', 'now', 'to']);
/**
 * Session 17c: the call made in the business's own name, as an imperative ("Call our team
 * today", "Book us for …", "Please hire our crew"): a page that says it counts as a shop's call
 * beside the copied title, as SALES_CALL's words do. Returned as the two words.
 */
const BUSINESS_OBJECT: ReadonlySet<string> = new Set(['our', 'us']);
function notificationCall(f: Features): string | undefined {
  const shop = f.words.find((w) => SALES_CALL.has(w));
  if (shop !== undefined) return shop;
  for (const sentence of f.normalized.body.text.split(/[.!?…[\]]+/u)) {
    const words = wordsOf(sentence);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!NOTIFICATION_CALL.has(w) || !(i === 0 || CALL_OPENERS.has(words[i - 1]!))) continue;
      // The imperative itself (not "… told us to call our friends"), in the business's name.
      const business = i + 1 < words.length && BUSINESS_OBJECT.has(words[i + 1]!) && (i === 0 || words[i - 1] !== 'to');
      return business ? `${w} ${words[i + 1]!}` : w;
    }
  }
  return undefined;
}

/**
 * Words of a commercial page's title: the trades and offers catalog lists, the sales calls, and
 * (session 16d) a directory, the link farm's page kind.
 */
export const PAGE_SELLS: ReadonlySet<string> = new Set(withFoldedForms([...COMMERCIAL_WORDS, ...PRODUCT_WORDS, ...SALES_CALL, 'directory']));

/** An excerpt longer than this is a page's own text, not a notification's snippet; not read. */
const MAX_EXCERPT_WORDS = 80;
/** A post title of fewer words than this is too short to tell a copy from a mention. */
const MIN_TITLE_WORDS = 3;

/** Every word of a title or excerpt, lowercased, from text of any case and punctuation. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The post's whole title, word for word and in order, inside the excerpt. */
function copiesTitle(f: Features): boolean {
  const title = wordsOf(f.normalized.postTitle);
  if (title.length < MIN_TITLE_WORDS) return false;
  return ` ${wordsOf(f.normalized.body.text).join(' ')} `.includes(` ${title.join(' ')} `);
}

function sellingNotification(f: Features): string[] {
  if (f.words.length > MAX_EXCERPT_WORDS) return NONE;
  const call = notificationCall(f);
  if (call === undefined) return NONE;
  // A notification names the page that linked; without one there is no page to judge.
  const site = authorUrlLinks(f).find((l) => l.host !== '');
  if (site === undefined || wellKnownSite(site.host) !== undefined) return NONE;
  // A blogger's excerpt around the post's title may well say "book" or "call": with the copied
  // title only a shop's own call counts.
  const shopCall = SALES_CALL.has(call) || call.includes(' ') ? call : f.words.find((w) => SALES_CALL.has(w));
  if (shopCall !== undefined && copiesTitle(f)) return [`excerpt copies the post's title and sells ("${shopCall}")`];
  const named = wordsOf(f.normalized.authorName.text).find((w) => PAGE_SELLS.has(w) && !pageTitleSharesTopic(f, w));
  if (named !== undefined) return [`selling page "${named}" and a sales call ("${call}") in the excerpt`];
  if (commercialWords(site, wordsBesideTopic(f, site))) return [`selling site ${siteOf(site)} and a sales call ("${call}") in the excerpt`];
  return NONE;
}

export const PINGBACK_SALES_RULES: readonly Rule[] = [
  {
    id: 'META_PINGBACK_SELLS',
    group: 'meta',
    score: 2.5,
    description: "A pingback or trackback whose excerpt makes a sales call (buy, cheap, discount, quotes, prices, book, call, in 14 languages) and either copies the post's whole title or comes from a page whose title or address sells: a link notification from a selling page, not a blog that discussed the post",
    requires: ['authorUrl'],
    test: (f) => (f.normalized.type === 'pingback' || f.normalized.type === 'trackback' ? sellingNotification(f) : NONE),
    examples: {
      hit: [
        { content: '[…] Winter pruning for apple trees […] buy garden tools with free shipping […]', type: 'pingback', author: { name: 'Orchard Digest', url: 'https://orcharddigest.example.net/?p=771' }, target: { postTitle: 'Winter pruning for apple trees' } },
        { content: '[…] pruning done right […] order a cheap tree surgeon near you […]', type: 'pingback', author: { name: 'Tree Surgeon Quotes Online', url: 'https://treequotes.example.com/pruning/' }, target: { postTitle: 'Winter pruning for apple trees' } },
        { content: 'Vinterbeskjæring: kjøp sakser med rabatt hos oss.', type: 'trackback', author: { name: 'Hagebutikken', url: 'https://hagebutikk-rabatt.example.no' }, target: { postTitle: 'Vinterbeskjæring av epletrær' } },
        { content: 'Towpath walking made easy. Book a room by the canal at the lowest rates.', type: 'trackback', author: { name: 'Leeds Hotel Deals', url: 'https://roomsleeds.example.com/canal' }, target: { postTitle: 'Canal walks in Leeds' } },
        // Session 17c: the copied title and a call in the business's own name.
        { content: '[…] Canal walks in Leeds […] Call our team today for a guided tour with lunch […]', type: 'pingback', author: { name: 'Canal walks in Leeds – Tours North', url: 'https://toursnorth.example.com/canal-walks-leeds/' }, target: { postTitle: 'Canal walks in Leeds' } },
      ],
      miss: [
        // A blogger's excerpt: their own words, a purchase mentioned, no copied title, no selling page.
        { content: '[…] Ann explains winter pruning well; read it before you buy a new saw […]', type: 'pingback', author: { name: 'Notes from the allotment', url: 'https://allotmentnotes.example.blog/2026/02/pruning/' }, target: { postTitle: 'Winter pruning for apple trees' } },
        // A roundup that lists the post by its title and sells nothing.
        { content: '[…] Winter pruning for apple trees […]', type: 'pingback', author: { name: 'Orchard links #12', url: 'https://fruitgrowers.example.blog/2026/02/links-12' }, target: { postTitle: 'Winter pruning for apple trees' } },
        // A blogger's excerpt that copies the title and says "book": not a shop's call (session 16d).
        { content: '[…] Canal walks in Leeds […] we will book the same route for the club outing […]', type: 'pingback', author: { name: 'Wharfedale Walkers', url: 'https://wharfedalewalkers.example.org/2026/03/outing/' }, target: { postTitle: 'Canal walks in Leeds' } },
        // Session 17c: "call us" told of, not asked: the blogger's own words around the copied title.
        { content: '[…] Canal walks in Leeds […] the lock keeper told us to call our friends over for the last stretch […]', type: 'pingback', author: { name: 'Wharfedale Walkers', url: 'https://wharfedalewalkers.example.org/2026/03/outing/' }, target: { postTitle: 'Canal walks in Leeds' } },
        // The lead, session 17: the linking page's title shares the post's subject ("solar" in both titles): no selling page.
        { content: 'Round-up of the week: the installer explains their battery warranty and tells readers to compare two quotes first.', type: 'trackback', author: { name: 'Weekend reading: solar batteries', url: 'https://offgridnotes.example.blog/2026/05/weekend-reading/' }, target: { postTitle: 'Solar batteries: what our warranty covers' } },
        // A shop named in a blogger's excerpt, without a sales call.
        { content: '[…] the Garden Shop down the road has a good pruning guide […]', type: 'pingback', author: { name: 'Our shop notes', url: 'https://ournotes.example.org/pruning/' }, target: { postTitle: 'Winter pruning for apple trees' } },
        // The same words in an ordinary comment are not a notification.
        { content: 'Winter pruning for apple trees: where do you buy your saw?', author: { name: 'Ann', url: 'https://treequotes.example.com' }, target: { postTitle: 'Winter pruning for apple trees' } },
      ],
    },
  },
];
