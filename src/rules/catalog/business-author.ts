// Session 15c: a business signing as a commenter with a line that fits any page.
//
// Site owners and SEO glossaries (taragana.com's "abusing the comment name field", 2007; the
// comment-spam entries of rankranger.com and clickintelligence.com: a name made of keywords, a
// comment that references nothing in the article) describe the same comment: the name field holds a
// business ("Best Roof Repair Denver", "Marquee Hire Bristol"), the URL field
// its site, and the body is a line of praise or thanks that says nothing about the post. The name
// is the anchor text of the link the comment buys. A business owner who comments usefully names
// the post's subject or writes more than a line; a person signs with a person's name.
//
// A name is a business's when it holds a trade or product word (the catalog's product and sales
// words and the local trades below) and the author URL is its own site (not a profile or
// well-known site); or when it names a spam trade (loans, pharmacy, papers, brides, in the
// languages they are spammed in) and the body links a site that is not well-known. Under a body
// of at most 30 words that echoes nothing of the post's title it scores 2.5, in the author-name
// family (cap 3) with AUTHOR_PRODUCT_NAME: a hold with the starter's or another rule's word, never
// the spam line on its own. A person's name spells a trade word now and then ("Mart", "Rose"),
// which is why a general trade needs the author URL.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NAME_CAP, nameWords, ownSite } from './author.js';
import { echoesTopic, isNotification } from './flattery.js';
import { withFoldedForms } from './fold-words.js';
import { authorMailbox, authorUrlLinks, bodyLinks, siteOf } from './link-facts.js';
import { wellKnownSite } from '../lists/well-known.js';
import { NONE } from './none.js';
import { classBit, isVocabularyWord, scanOf } from './scan.js';
import { M_OWN, M_SUBJECT } from './machine-words.js';
import { COMMERCIAL_WORDS, PRODUCT_WORDS } from './vocabulary.js';

/**
 * Local trades and services that sign comments with their business name, beyond the catalog's
 * product words: hire and rental trades, transfers and tours, event and photo services, home
 * trades. Each is a noun a business names itself by; a person's name holds none of them.
 */
const TRADE_WORDS: readonly string[] = [
  'hire', 'surgeon', 'surgeons', 'photographer', 'photographers', 'photography', 'booth', 'transfer', 'transfers', 'safari', 'safaris',
  'flights', 'entertainers', 'covers', 'boxes', 'rings', 'restoration', 'removals', 'equipment', 'kits', 'parts', 'tyres', 'tires',
  'blinds', 'kitchens', 'bathrooms', 'driveways', 'scaffolding', 'skips', 'glazing', 'chauffeur', 'chauffeurs', 'minibus', 'coaches',
  'marquee', 'marquees', 'florist', 'florists', 'caterers', 'decorators', 'builders', 'joinery', 'carpentry', 'lessons', 'rentals',
  'escape', 'bouncy', 'windows', 'gutter', 'roof', 'repairs', 'installers', 'installation', 'wholesaler', 'suppliers', 'dealer', 'dealers',
  // The same trades as hosts in other languages name them (reformas, alquiler, vermietung, kreditai, noleggio).
  'reformas', 'reformes', 'alquiler', 'vermietung', 'noleggio', 'aluguel', 'kredit', 'kreditai', 'krediti', 'pozyczki', 'pujcka',
];
/**
 * The spam trades that sign with their product in the languages they are spammed in: loans and
 * credit, finance and debt relief, pharmacies and pills, papers and theses, brides and dating. A
 * name with one of these (or a word of the catalog's spam vocabulary) names a business even when
 * only the body links its site; a general trade word needs the author URL (a person's name can
 * spell one: "Mart", "Rose").
 */
const SPAM_TRADE_WORDS: readonly string[] = [
  'finance', 'debt', 'relief', 'credito', 'crédito', 'empréstimo', 'emprestimo', 'préstamo', 'prestamo', 'prestamos', 'lån', 'laen',
  'kiirlaen', 'pinjaman', 'kredi', 'vay', 'займ', 'займы', 'кредит', 'кредиты', 'кредити', 'লোন', 'apotheke', 'farmacia', 'apteka',
  'аптека', 'pill', 'paper', 'papers', 'tesis', 'thesis', 'brides', 'знакомства', 'запознанства',
];
const SPAM_TRADE: ReadonlySet<string> = new Set(withFoldedForms(SPAM_TRADE_WORDS));
const BUSINESS: ReadonlySet<string> = new Set([...withFoldedForms([...PRODUCT_WORDS, ...COMMERCIAL_WORDS, ...TRADE_WORDS]), ...SPAM_TRADE]);

/**
 * Trade and sales words that are also common surnames (Price, Best, Booth, Banks, Cash, Sellers,
 * Rose, Gold): as the last word of a short name ("Tom & Hannah Price") they are a person's surname,
 * not a business's trade, so they do not make the name a business's there. Added by the lead in
 * session 15 after a couple's travel-blog comment under their own site was held.
 */
const SURNAME_LIKE: ReadonlySet<string> = new Set(['price', 'best', 'booth', 'banks', 'cash', 'sellers', 'rose', 'gold', 'mart', 'top', 'fast', 'free', 'rich', 'long']);

/** The name's words that can name its trade: all, less a surname-like last word of a short name. */
function tradeCandidates(words: readonly string[]): readonly string[] {
  const last = words[words.length - 1];
  return last !== undefined && words.length <= 4 && SURNAME_LIKE.has(last) ? words.slice(0, -1) : words;
}

/** A line that fits any page: at most this many words. */
const MAX_WORDS = 30;

/** The name's trade word: any trade under the business's own author URL, a spam trade when only the body links. */
function businessName(words: readonly string[], ownUrl: boolean): string {
  const trade = words.find((w) => (ownUrl ? BUSINESS.has(w) : SPAM_TRADE.has(w) || isVocabularyWord(w)));
  return trade === undefined ? '' : `"${trade}"`;
}

function businessOffTopic(f: Features): string[] {
  if (f.links.length === 0 || f.words.length === 0 || f.words.length > MAX_WORDS || isNotification(f)) return NONE;
  // The name first: most names hold no trade word, and the links are read only for those that do.
  const all = nameWords(f);
  if (all.length < 2 || all.length > 6) return NONE;
  const words = tradeCandidates(all);
  if (!words.some((w) => BUSINESS.has(w) || isVocabularyWord(w))) return NONE;
  // The business's site: its own author URL, or the site its line links (not a well-known one).
  const own = authorUrlLinks(f).find(ownSite);
  const site = own ?? bodyLinks(f).find((l) => l.host !== '' && wellKnownSite(l.host) === undefined);
  if (site === undefined) return NONE;
  const mark = businessName(words, own !== undefined);
  if (mark === '' || echoesTopic(f) !== '') return NONE;
  return [`name "${f.normalized.authorName.text}" (${mark}), URL ${siteOf(site)}, ${f.words.length} words that name nothing of the post`];
}

/**
 * Session 17b: the mailboxes a business, not a person, writes from (info@, bookings@, sales@, and
 * the same word first in a free-mail address: info.shopname@…). Shop and service sign-ups fill the
 * e-mail field with the business's role address; a reader's address is their own name or a handle.
 */
const ROLE_MAILBOXES: ReadonlySet<string> = new Set([
  'info', 'shop', 'store', 'sales', 'sale', 'orders', 'order', 'bookings', 'booking', 'book', 'contact', 'hello', 'enquiries',
  'enquiry', 'inquiries', 'inquiry', 'office', 'support', 'service', 'reservations', 'deals', 'marketing', 'admin', 'team',
  'kontakt', 'ventas', 'contacto', 'reservas', 'vendas', 'contato', 'commercial', 'verkauf', 'vendite',
]);

/** The author e-mail's mailbox names a role ("info", "bookings"), by itself or as its first part: a business's address. */
function roleMailbox(f: Features): string {
  const mail = authorMailbox(f);
  if (mail === undefined || mail.local.length > 64) return '';
  const first = mail.local.split(/[._+-]/)[0] ?? '';
  return ROLE_MAILBOXES.has(first) ? first : '';
}

/**
 * "Us" after a preposition, where a business speaks of itself without "we" or "our" ("у нас тоже
 * делаем", "bei uns", "chez nous", "bij ons"): the writer's own, as M_SUBJECT and M_OWN read it.
 */
const US: ReadonlySet<string> = new Set(['us', 'uns', 'нас', 'nous', 'ons', 'nosotros', 'nós', 'noi']);

/** A short line of praise: at most this many words. A business that says something writes more. */
const PRAISE_MAX_WORDS = 15;
const PRAISE = classBit('praise');

/**
 * Session 17b: the business-name comment that names the post. Link buyers now fill the line with the
 * title's own topic word ("Great tips on <topic>, cheers"), which AUTHOR_BUSINESS_OFF_TOPIC leaves
 * alone by design. What stays is the shape: a business's name (a trade or product word, or any name
 * of two words or more signed from a role mailbox) with its own site as the author URL, under at
 * most 15 words of praise with nothing of the writer's own: no figure, no question, no "I / we"
 * subject or "my / our". A business that comments usefully says what it does or knows (what it
 * sells, a price, a tip from the trade); that is longer, asks, or speaks as itself.
 */
function businessShortPraise(f: Features): string[] {
  const n = f.words.length;
  // Second pass (after reading set 29): from two words ("Nice post."), the shortest line that praises.
  if (n < 2 || n > PRAISE_MAX_WORDS || isNotification(f)) return NONE;
  const scan = scanOf(f);
  if ((scan.classes & PRAISE) === 0 || scan.digits > 0 || (scan.machineWords & (M_OWN | M_SUBJECT)) !== 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes('?') || text.includes('¿') || f.words.some((w) => US.has(w))) return NONE;
  const all = nameWords(f);
  if (all.length < 2 || all.length > 6) return NONE;
  const trade = tradeCandidates(all).find((w) => BUSINESS.has(w) || isVocabularyWord(w));
  const mailbox = trade === undefined ? roleMailbox(f) : '';
  if (trade === undefined && mailbox === '') return NONE;
  const own = authorUrlLinks(f).find(ownSite);
  if (own === undefined) return NONE;
  const why = trade !== undefined ? `"${trade}"` : `mailbox "${mailbox}@"`;
  return [`name "${f.normalized.authorName.text}" (${why}), URL ${siteOf(own)}, ${n} words of praise with nothing of its own`];
}

const post = (content: string, name: string, url: string, postTitle = 'Our spring fair: photos and thanks'): CommentInput => ({
  content,
  author: { name, url },
  target: { postTitle },
});

export const BUSINESS_AUTHOR_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_BUSINESS_OFF_TOPIC',
    group: 'author',
    score: 2.5,
    cap: NAME_CAP,
    description: 'The author name is a business (a trade or product word) with its own site as URL, or a spam trade (loans, pharmacy, papers, brides, in several languages) whose line links a site that is not well-known, under a line of at most 30 words that names nothing of the post: the comment carries the business\'s link',
    requires: ['links', { minWords: 1 }, { maxWords: MAX_WORDS }],
    test: businessOffTopic,
    examples: {
      hit: [
        post('Lovely day out, well done everyone!', 'Marquee Hire Bristol', 'https://bristolmarquees.example.co.uk'),
        post('Such a nice read, thank you.', 'Garden Room Builders', 'https://gardenroomsdirect.example.com'),
        post('Great work, keep it up!', 'Sunset Boat Charter Split', 'https://sunsetboats.example.hr'),
        { content: 'Money on your card in 15 minutes, no checks: https://fastcash.example.ru', author: { name: 'Займы Онлайн' } },
      ],
      miss: [
        post('Lovely day out, well done everyone!', 'Maria Lopez', 'https://marialopez.example.com'),
        post('We went on the tour last week, the best part of our holiday.', 'Ben & Alice Price', 'https://benandalicetravel.example.com'),
        post('The spring fair photos are lovely, we lent the marquee and were glad to see it full.', 'Marquee Hire Bristol', 'https://bristolmarquees.example.co.uk'),
        post('Great work, keep it up!', 'Marquee Hire Bristol', 'https://github.com/marqueehire'),
        post('Lovely day out, well done everyone!', 'Friends of the Park', 'https://friendsofthepark.example.org'),
        { content: 'My lamp is the one from https://lampshop.example.ee, about 90 euros.', author: { name: 'Mart Tamm' } },
      ],
    },
  },
  {
    id: 'AUTHOR_BUSINESS_SHORT_PRAISE',
    group: 'author',
    score: 3,
    cap: NAME_CAP,
    description: 'The author name is a business (a trade or product word, or a name of two words or more signed from a role mailbox: info@, bookings@, sales@) with its own site as URL, under at most 15 words of praise that tell nothing of the writer\'s own (no figure, no question, no "I / we" or "my / our"), even when it names the post\'s topic: the business\'s link under a line that fits any post on the subject',
    requires: ['authorUrl', { wordClass: 'praise' }, { minWords: 2 }, { maxWords: PRAISE_MAX_WORDS }],
    test: businessShortPraise,
    examples: {
      hit: [
        post('Great tips on the spring fair, cheers.', 'Marquee Hire Bristol', 'https://bristolmarquees.example.co.uk'),
        { content: 'Lovely photos of the fair, such a nice read.', author: { name: 'Garden Room Builders', url: 'https://gardenroomsdirect.example.com' }, target: { postTitle: 'Our spring fair: photos and thanks' } },
        { content: 'Really useful article about tide tables, thanks.', author: { name: 'Coastal Sea Glass', email: 'info@coastalglass.example.com', url: 'https://coastalglass.example.com' }, target: { postTitle: 'Reading tide tables' } },
      ],
      miss: [
        post('Great photos of the fair! We lent the marquee and were so glad to see it full.', 'Marquee Hire Bristol', 'https://bristolmarquees.example.co.uk'),
        post('Nice write-up, how many stalls were there this year?', 'Marquee Hire Bristol', 'https://bristolmarquees.example.co.uk'),
        post('Great tips on the spring fair, cheers.', 'Maria Lopez', 'https://marialopez.example.com'),
        { content: 'Really useful article about tide tables, thanks.', author: { name: 'Ann Coast', email: 'ann.coast@gmail.com', url: 'https://anncoast.example.com' }, target: { postTitle: 'Reading tide tables' } },
        { content: 'Really useful article about tide tables, thanks.', author: { name: 'Coastal Sea Glass', email: 'info@coastalglass.example.com' }, target: { postTitle: 'Reading tide tables' } },
        { content: 'Great article, thanks! With us the same shelves sell best.', author: { name: 'Oak Shelving Workshop', url: 'https://oakshelves.example.com' }, target: { postTitle: 'Building oak shelves' } },
      ],
    },
  },
];
