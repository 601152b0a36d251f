// Author group: the name, URL and e-mail a commenter typed, and what the site knows about them.
// Blog spam puts its payload here: the name field becomes the anchor text of the author link
// ("cheap viagra online"), the URL field the spam site. Trusted authors get negative rules.
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { authorUrlLinks, commercialUrl, placedLinks, sameSite, siteOf, withLinks } from './link-facts.js';
import { memoFact } from './memo.js';
import { NONE } from './none.js';
import { findDomainVocabulary, findVocabulary, isVocabularyWord, scanOf } from './scan.js';
import { COMMERCIAL_WORDS, PRODUCT_WORDS, VOCABULARY } from './vocabulary.js';
import { roleMap } from './fold-words.js';
import { mayHold, wordFilter } from './word-filter.js';
import { wellKnownSite } from '../lists/well-known.js';
import { pageTitleSharesTopic, vocabularyBesideTopic, wordsBesideTopic } from './topic-slug.js';

const COMMERCIAL: ReadonlySet<string> = new Set(COMMERCIAL_WORDS);
const PRODUCTS: ReadonlySet<string> = new Set(PRODUCT_WORDS);
/**
 * AUTHOR_NAME_KEYWORDS' gate in one lookup per name word: a sales word (COMMERCIAL), a word of any
 * vocabulary category (exactly the words isVocabularyWord accepts).
 */
const NAME_SALES = 1;
const NAME_VOCABULARY = 2;
const NAME_WORD_KINDS = roleMap([[NAME_SALES, COMMERCIAL_WORDS], [NAME_VOCABULARY, VOCABULARY.flatMap((c) => [...c.strong, ...c.weak]).filter(isVocabularyWord)]]);
/** NAME_WORD_KINDS' keys (word-filter.ts): most name words are none, and a fresh name word's first Map lookup is the costly one. */
const NAME_WORD_FILTER = wordFilter(NAME_WORD_KINDS.keys());
/** A name made of keywords and a name that names a product are one signal: together at most this. */
export const NAME_CAP = { family: 'author-name', max: 3 } as const;
/**
 * AUTHOR_URL_BARE_COMMENT in an unspaced script: at most this many characters ("謝謝分享",
 * "ขอบคุณครับ"), about three words' worth, the splitter's word count being 1 for any length.
 */
const BARE_UNSPACED_MAX_CHARS = 12;

/** Throwaway mailbox providers: an address that expires in minutes is not a reader's. */
export const DISPOSABLE_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'mailinator.com', 'guerrillamail.com', 'guerrillamail.net', 'sharklasers.com', '10minutemail.com', 'yopmail.com',
  'temp-mail.org', 'tempmail.com', 'trashmail.com', 'getnada.com', 'dispostable.com', 'maildrop.cc',
  'throwawaymail.com', 'fakeinbox.com', 'mintemail.com', 'mohmal.com', 'emailondeck.com', 'tempail.com',
  'mailnesia.com', 'spamgourmet.com', 'mytemp.email', 'tempr.email', 'discard.email', 'burnermail.io',
  'moakt.com', 'mailcatch.com', 'grr.la', 'spam4.me', 'tmpmail.org', '1secmail.com',
]);

/** Profile hosts: a deep path there is a person's page, not a sales page. */
const PROFILE_HOSTS = new Set(['facebook.com', 'twitter.com', 'x.com', 'instagram.com', 'linkedin.com', 'github.com', 'youtube.com', 'mastodon.social', 'medium.com', 'reddit.com', 'tiktok.com']);

/** An author URL on a site of the author's own: not a social profile and not a well-known site. */
export const ownSite = (l: Link): boolean => l.host !== '' && !PROFILE_HOSTS.has(siteOf(l)) && wellKnownSite(l.host) === undefined;

const by = (name: string, content = 'Thanks for the write-up.'): CommentInput => ({ content, author: { name } });
const from = (url: string, content = 'Thanks for the write-up.'): CommentInput => ({ content, author: { name: 'Sam', url } });

/** The links stage found a URL or domain in the name, or the name starts like one (also the gate's `nameUrl` fact). */
export function nameIsUrl(f: Features): boolean {
  const name = f.normalized.authorName.folded;
  if (name === '') return false;
  for (const l of f.links) if (l.source === 'author.name') return true;
  return name.startsWith('http://') || name.startsWith('https://') || name.startsWith('www.');
}

/**
 * Words of the (folded, lowercase) name: runs of ASCII letters/digits or any non-ASCII character.
 * Eight name rules read them, on every comment with a name: worked out once per comment
 * (memoFact), so the list is shared and read-only.
 */
export function nameWords(f: Features): readonly string[] {
  return memoFact(f, 'nameWords', readNameWords);
}

function readNameWords(f: Features): readonly string[] {
  const name = f.normalized.authorName.folded;
  const words: string[] = [];
  if (name.length > 200) return words;
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128;
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(name.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** The path's longest hyphen/underscore slug, when it strings words together. */
function slugOf(link: Link): string {
  let best = '';
  for (const part of link.path.split(/[/?#&=]/)) {
    if (part.length > best.length && /[-_]/.test(part)) best = part;
  }
  return best;
}

/**
 * Session 11: the shapes of a keyword-stuffed name (AUTHOR_NAME_STUFFED). SEO tools fill the name
 * field with the page's target query, and moderators recognise it by its shape more than its
 * words: the keyword said twice, a product for "men women", a listicle year or "under <price>",
 * two keyword phrases joined by a dash or bar. A person's or a club's name has none of these next
 * to a sales or product word.
 */
const STUFFED_MIN_WORDS = 4;
/** True when `text` has at least `n` spaces (indexOf hops, no allocation). */
function hasSpaces(text: string, n: number): boolean {
  for (let at = text.indexOf(' '), seen = 0; at >= 0; at = text.indexOf(' ', at + 1)) if (++seen >= n) return true;
  return false;
}
/** The word written as a possessive in the name ("Kerry's"), case-insensitively. */
function ownersPossessive(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes(`${word}'s`) || lower.includes(`${word}’s`);
}

function stuffedSign(text: string, words: readonly string[]): string {
  const selling = words.filter((w) => COMMERCIAL.has(w) || PRODUCTS.has(w) || isVocabularyWord(w));
  const menWomen = words.some((w) => w === 'men' || w === 'mens') && words.some((w) => w === 'women' || w === 'womens');
  if (menWomen) return '"men … women"';
  if (selling.length === 0) return '';
  const seen = new Set<string>();
  for (const w of words) {
    // Session 12: a first name said again as the business's owner ("Kerry | Kerry's Cleaning", "Joe - Joe's
    // Plumbing") is a person signing with the shop they run, not a keyword said twice.
    if (w.length >= 3 && !/^\d+$/.test(w) && seen.has(w) && !ownersPossessive(text, w)) return `"${w}" twice`;
    seen.add(w);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (/^20\d\d$/.test(w)) return `year ${w}`;
    if (w === 'under' && /^\d+$/.test(words[i + 1] ?? '')) return `"under ${words[i + 1]}"`;
  }
  const parts = text.split(/\s[-|–—:]\s/);
  if (parts.length === 2 && parts.every((p) => p.trim().split(/\s+/).length >= 2) && words.length >= 5) return `two keyword phrases (${selling.slice(0, 3).join(', ')})`;
  return '';
}

export const AUTHOR_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_NAME_IS_URL',
    requires: ['nameUrl'],
    group: 'author',
    score: 2.5,
    description: 'The author name is a URL or domain name: the name field used as a second link',
    test: (f) => {
      return nameIsUrl(f) ? [`name "${f.normalized.authorName.text}"`] : NONE;
    },
    examples: {
      hit: [by('https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/'), by('www.cheapjerseys.example.com'), by('bestloans.com')],
      miss: [by('Maria Lopez'), by('Dr. J. R. Smith Jr.')],
    },
  },
  {
    id: 'AUTHOR_NAME_KEYWORDS',
    group: 'author',
    score: 2,
    cap: NAME_CAP,
    description: 'The author name is stuffed with sales keywords ("cheap viagra online", "best seo services") instead of a name',
    test: (f) => {
      // A name that is a URL is AUTHOR_NAME_IS_URL's case; its words are the URL rules' business.
      if (nameIsUrl(f)) return NONE;
      const words = nameWords(f);
      if (words.length < 2) return NONE;
      let commercial = 0;
      let kinds = 0;
      for (const w of words) {
        const k = mayHold(NAME_WORD_FILTER, w) ? (NAME_WORD_KINDS.get(w) ?? 0) : 0;
        if ((k & NAME_SALES) !== 0) commercial++;
        kinds |= k;
      }
      // Two keywords are needed; vocabulary words only count when there is a chance of that.
      // Session 7: with one sales word, a product or trade word is the second keyword ("best cbd
      // oil", "plumber near me cheap", "buy youtube views"): a name is never a search query.
      if (kinds === 0) return NONE;
      const found = words.filter((w) => COMMERCIAL.has(w));
      if (commercial >= 1 && words.length >= 3) for (const w of words) if (PRODUCTS.has(w) && !found.includes(w)) found.push(w);
      for (const hit of findVocabulary(words)) for (const w of hit.words) if (!found.includes(w)) found.push(w);
      return found.length >= 2 ? [`name "${f.normalized.authorName.text}": ${[...new Set(found)].join(', ')}`] : NONE;
    },
    examples: {
      hit: [by('cheap viagra online'), by('Best SEO Services'), by('Buy Cheap Uggs Outlet'), by('affordable kitchen cabinets houston'), by('top rated locksmith near me')],
      miss: [by('Best Friend Forever'), by('Sam the Plumber'), by('Ana'), by('Best regards, Tom'), by('Jo Online')],
    },
  },
  {
    id: 'AUTHOR_NAME_STUFFED',
    group: 'author',
    score: 3,
    cap: NAME_CAP,
    description: 'The author name is a stuffed search query with a sales or product word: a keyword said twice ("Kitchen Cabinets | Custom Kitchen Cabinets"), "men women", a year or "under <price>", or two keyword phrases around a dash or bar',
    test: (f) => {
      // A pingback's name is the linking page's title, where "Title - Site name" is the norm (pingbacks.ts reads those).
      // Cheap gate: a name of four words has at least three spaces and 12 characters.
      const name = f.normalized.authorName.text;
      if (name.length < 12 || !hasSpaces(name, STUFFED_MIN_WORDS - 1)) return NONE;
      if (f.normalized.type === 'pingback' || f.normalized.type === 'trackback' || nameIsUrl(f)) return NONE;
      const words = nameWords(f);
      if (words.length < STUFFED_MIN_WORDS || words.length > 16) return NONE;
      const sign = stuffedSign(f.normalized.authorName.text, words);
      return sign === '' ? NONE : [`name "${f.normalized.authorName.text}": ${sign}`];
    },
    examples: {
      hit: [by('Leather Bags Sale UK - Leather Bags Men Women'), by('Moving Company Toronto | Movers Toronto'), by('Best Gaming Laptops Under 1000 Reviews'), by('Wholesale Sunglasses Men Women Polarized'), by('Best Dog Food For Puppies 2026')],
      miss: [by("Kerry | Kerry's Cleaning Services"), by('Anna Maria de la Cruz Fernández'), by('Friends of Hampstead Heath'), by('Mrs. Patel - Year 3 Teacher'), by('Jean-Luc | Lyon'), by('Dave (the one with the red van)'), by('Class of 2026 Parents Committee')],
    },
  },
  {
    id: 'AUTHOR_PRODUCT_NAME',
    group: 'author',
    score: 2,
    cap: NAME_CAP,
    description: 'The author name names a product or service (proxies, SEO, fashion, casino, loans, …) and the author URL is a site of its own, not a profile or well-known site: a business posing as a commenter',
    requires: ['authorUrl'],
    test: (f) => {
      // Without an author URL there is no site to name; most comments have none, so this goes first.
      if (f.normalized.authorUrl === '' || nameIsUrl(f)) return NONE;
      const words = nameWords(f);
      if (words.length === 0 || words.length > 6) return NONE;
      // A notification's name is its page's title: the subject it shares with the post is no product (topic-slug.ts).
      const notification = f.normalized.type === 'pingback' || f.normalized.type === 'trackback';
      const product = words.filter((w) => PRODUCTS.has(w) && !(notification && pageTitleSharesTopic(f, w)));
      if (product.length === 0) return NONE;
      const site = authorUrlLinks(f).find(ownSite);
      return site === undefined ? NONE : [`name "${f.normalized.authorName.text}" (${product.join(', ')}), URL ${siteOf(site)}`];
    },
    examples: {
      hit: [
        { content: 'Great read, thanks!', author: { name: 'Residential Proxies', url: 'https://fastproxy.example.com' } },
        { content: 'Nice post.', author: { name: 'Bridal Dresses Online', url: 'https://dresses.example.net/sale' } },
        { content: 'Very helpful.', author: { name: 'Casino Bonus', url: 'https://bonus.example.xyz' } },
      ],
      miss: [
        { content: 'Great read, thanks!', author: { name: 'Residential Proxies' } },
        { content: 'Great read, thanks!', author: { name: 'Ana Lopez', url: 'https://analopez.example.com' } },
        { content: 'Great read, thanks!', author: { name: 'SEO Sam', url: 'https://github.com/seosam' } },
        // The lead, session 17: a trackback's name is its page's title; "solar" is the subject both titles share.
        { content: 'A fair look at what the installer will and will not finance.', type: 'trackback', author: { name: 'Weekend reading: solar batteries', url: 'https://offgridnotes.example.blog/2026/05/weekend-reading/' }, target: { postTitle: 'Solar batteries: what our warranty covers' } },
      ],
    },
  },
  {
    id: 'AUTHOR_URL_SPAM_WORDS',
    group: 'author',
    score: 3,
    description: "The author's URL (domain or slug) is made of spam vocabulary",
    requires: ['links'],
    test: withLinks((f) => {
      const out: string[] = [];
      for (const l of authorUrlLinks(f)) {
        // Session 17c: less the slug's words that name the post's own subject (topic-slug.ts).
        const words = vocabularyBesideTopic(f, l).flatMap((h) => h.words);
        if (words.length > 0) out.push(`author URL ${l.host}: ${[...new Set(words)].join(', ')}`);
      }
      return out;
    }),
    examples: {
      hit: [from('https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/'), from('http://online-casino-bonus.example.net')],
      miss: [from('https://www.example.com/about'), from('https://janedoe.blog')],
    },
  },
  {
    id: 'AUTHOR_URL_COMMERCIAL_SLUG',
    group: 'author',
    score: 1.5,
    description: "The author's URL points deep into a site, to a keyword slug of a sales page, rather than to a home page or profile",
    requires: ['links'],
    test: withLinks((f) => {
      const out: string[] = [];
      for (const l of authorUrlLinks(f)) {
        if (PROFILE_HOSTS.has(siteOf(l))) continue;
        const slug = slugOf(l);
        if (slug === '') continue;
        const words = slug.split(/[-_]+/).filter((w) => w.length > 0);
        // Session 17c: a slug word the post's title names is the page's topic, not a sale (topic-slug.ts).
        const beside = wordsBesideTopic(f, l);
        const topical = beside === l.words ? NONE : l.words.filter((w) => !beside.includes(w));
        const selling = words.some((w) => COMMERCIAL.has(w) && !topical.includes(w)) || findDomainVocabulary(beside).length > 0;
        if (words.length >= 2 && selling) out.push(`slug: ${slug}`);
      }
      return out;
    }),
    examples: {
      hit: [from('https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/'), from('https://example.com/products/buy-cheap-garden-furniture')],
      miss: [from('https://example.com/'), from('https://janedoe.example.com/2021/05/my-trip-to-lisbon'), from('https://github.com/jane-doe/best-deals-bot')],
    },
  },
  {
    id: 'AUTHOR_URL_OFFSITE',
    group: 'author',
    score: 1,
    description: "The body links to sites other than the author's own URL and well-known sites: the comment promotes someone else's pages",
    requires: ['links'],
    test: withLinks((f) => {
      const mine = authorUrlLinks(f).filter((l) => l.host !== '').map(siteOf);
      if (mine.length === 0) return NONE;
      const sites = [...new Set(placedLinks(f).filter((l) => l.host !== '').map(siteOf))];
      if (sites.length === 0 || sites.some((s) => mine.some((m) => sameSite(m, s)))) return NONE;
      return [`author URL ${mine.join(', ')}; body links ${sites.join(', ')}`];
    }),
    examples: {
      hit: [{ content: 'Great post! see https://pills.example.net/buy', author: { name: 'Bob', url: 'https://bob.example.com' } }],
      miss: [
        { content: 'I wrote a follow-up: https://bob.example.com/follow-up', author: { name: 'Bob', url: 'https://bob.example.com' } },
        { content: 'Great post!', author: { name: 'Bob', url: 'https://bob.example.com' } },
        { content: 'The fix is in https://github.com/vitejs/vite/pull/1234', author: { name: 'Lee', url: 'https://lee.dev' } },
      ],
    },
  },
  {
    id: 'AUTHOR_URL_BARE_COMMENT',
    group: 'author',
    score: 1.5,
    description: 'A comment of at most three words (or only a link) under a commercial author URL (its host or path made of sales, product or spam words), not a profile or well-known site: the body is only there so the author link is published',
    requires: ['authorUrl', { maxWords: 3 }],
    test: (f) => {
      // Session 7, the link drop in its barest form ("thanks", ".", "good", or the URL alone):
      // structural, no wording, and only when the author URL's own words sell something (a
      // reader's own blog under "Thanks!" is no link drop). Alone 1.5, under the hold line.
      if (f.normalized.authorUrl === '' || f.words.length > 3) return NONE;
      // The lead, session 18: a script written without spaces (Chinese, Japanese, Thai) is one
      // "word" to the splitter whatever its length; a sentence of it is no bare comment.
      if (scanOf(f).unspaced && f.normalized.body.text.length > BARE_UNSPACED_MAX_CHARS) return NONE;
      const site = authorUrlLinks(f).find((l) => ownSite(l) && commercialUrl(l));
      if (site === undefined) return NONE;
      return [`${f.words.length}-word comment, author URL ${siteOf(site)}`];
    },
    examples: {
      hit: [
        { content: 'Thanks', author: { name: 'Best Roofing', url: 'https://roofing-pros.example.com/services' } },
        { content: '.', author: { name: 'Kim', url: 'https://loans-today.example.net' } },
        { content: 'nice info', author: { name: 'Kim', url: 'https://kim-shop.example.net' } },
      ],
      miss: [
        { content: 'Thanks!', author: { name: 'Kim', url: 'https://kim.example.dev' } },
        { content: 'Thanks!', author: { name: 'Kim', url: 'https://kimbakes.blogspot.com' } },
        { content: 'Thanks', author: { name: 'Kim', url: 'https://github.com/kim' } },
        { content: 'Thanks, the second example fixed my build.', author: { name: 'Kim', url: 'https://kim.example.dev' } },
        'Thanks',
        // The lead, session 18: a sentence in an unspaced script is many words, not one.
        { content: '這篇講老師傅點樣揀木材同刻字，寫得好仔細，值得收藏', author: { name: '木工筆記', url: 'https://woodshop-deals.example.com/tools' } },
      ],
    },
  },
  {
    id: 'AUTHOR_EMAIL_DISPOSABLE',
    requires: ['authorEmail'],
    group: 'author',
    score: 1.5,
    description: 'The author e-mail is at a disposable-mailbox provider',
    test: (f) => {
      const email = f.normalized.authorEmail;
      const at = email.lastIndexOf('@');
      return at >= 0 && DISPOSABLE_EMAIL_DOMAINS.has(email.slice(at + 1)) ? [email] : NONE;
    },
    examples: {
      hit: [{ content: 'hello', author: { email: 'xj3k2@mailinator.com' } }, { content: 'hello', author: { email: 'a@yopmail.com' } }],
      miss: [{ content: 'hello', author: { email: 'jane@gmail.com' } }, 'hello'],
    },
  },
  {
    id: 'AUTHOR_STAFF',
    requires: ['staff'],
    group: 'author',
    score: -5,
    description: 'Written by staff or a site member (nice rule)',
    test: (f) => (f.normalized.isStaff ? ['author is staff'] : NONE),
    examples: {
      hit: [{ content: 'Thanks all, comments are closed now.', author: { name: 'admin', isStaff: true } }],
      miss: [{ content: 'Thanks all', author: { name: 'admin' } }, { content: 'x', author: { isStaff: false } }],
    },
  },
  {
    id: 'AUTHOR_APPROVED_FEW',
    requires: ['approved'],
    group: 'author',
    score: -2,
    description: 'The author had 1 to 4 comments approved before (nice rule)',
    test: (f) => {
      const n = f.normalized.approvedCount;
      return n >= 1 && n < 5 ? [`${n} approved before`] : NONE;
    },
    examples: {
      hit: [{ content: 'Me again!', author: { name: 'Kim', approvedCount: 2 } }],
      miss: [{ content: 'First time here', author: { name: 'Kim', approvedCount: 0 } }, { content: 'Regular', author: { approvedCount: 12 } }],
    },
  },
  {
    id: 'AUTHOR_APPROVED_MANY',
    requires: ['approved'],
    group: 'author',
    score: -3,
    description: 'The author had 5 or more comments approved before: a regular (nice rule)',
    test: (f) => {
      const n = f.normalized.approvedCount;
      return n >= 5 ? [`${n} approved before`] : NONE;
    },
    examples: {
      hit: [{ content: 'As I said last week…', author: { name: 'Kim', approvedCount: 40 } }],
      miss: [{ content: 'Me again!', author: { name: 'Kim', approvedCount: 2 } }, 'anonymous'],
    },
  },
];
