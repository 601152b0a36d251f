// An author URL that is a campaign page: the author field links a promotion, a price list, a
// referral or affiliate link (/promo, /sale, /deals, /pricing, ?ref=, /aanbiedingen, /ofertas),
// under praise of the post. Site owners who write about today's AI-written link comments note that
// the comment itself can be fluent and on topic; what gives it away is where it sends the reader.
// People who comment give their home page, blog or shop as who they are; a marketer gives the page
// that converts. Readers linking their own shop (/shop, /boutique, /sklep) are not read here: the
// campaign words name an offer, not a place.
import type { Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { authorUrlLinks, siteOf } from './link-facts.js';
import { NONE } from './none.js';
import { classBit, scanOf } from './scan.js';
import { withFoldedForms } from './fold-words.js';

// Not the pages a business links as itself (pricing, offers, packages): a freelancer's /pricing or
// a photographer's /offres is who they are, a /promo or ?ref= is a campaign.
const CAMPAIGN: ReadonlySet<string> = new Set(withFoldedForms([
  'promo', 'promos', 'promotion', 'promotions', 'sale', 'deals', 'discount', 'discounts', 'coupon', 'coupons', 'ref', 'referral',
  'aff', 'affiliate', 'utm_source', 'utm_campaign', 'aanbieding', 'aanbiedingen', 'korting', 'acties', 'ofertas', 'promocion',
  'promociones', 'rebajas', 'descuentos', 'angebote', 'rabatt', 'aktion', 'promocja', 'promocje', 'wyprzedaz', 'rabaty', 'soldes',
  'promocao', 'promocoes', 'promozioni', 'sconti', 'скидки', 'акции',
]));
/** A reader tells what they did ("we changed", "j'ai testé"); the campaign comment speaks of the post only. */
const FIRST_PERSON: ReadonlySet<string> = new Set(withFoldedForms([
  'i', 'im', 'ive', 'id', 'my', 'we', 'weve', 'our', 'me', 'jai', 'je', 'mon', 'ma', 'mes', 'nous', 'ik', 'mijn', 'wij', 'ich', 'mein',
  'meine', 'wir', 'unser', 'unsere', 'yo', 'mi', 'nosotros', 'nuestro', 'eu', 'meu', 'minha', 'nós', 'io', 'mio', 'mia', 'noi', 'ja',
  'mój', 'moja', 'moje', 'my', 'nasz', 'nasza', 'я', 'мой', 'моя', 'мы', 'наш',
]));

const PRAISE = classBit('praise');
const WORK = classBit('work');
const MAX_WORDS = 120;

function campaignPage(path: string): string {
  for (const part of path.split(/[/?&=#._-]+/)) if (part !== '' && CAMPAIGN.has(part)) return part;
  return '';
}

export const CAMPAIGN_AUTHOR_URL_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_URL_CAMPAIGN_PAGE',
    group: 'author',
    score: 3,
    description: 'The author URL is a campaign page (a promotion, sale, price list, referral or affiliate link: /promo, /deals, /pricing, ?ref=, /ofertas, /aanbiedingen) under praise of the post: where a marketer, not a reader, sends the reader',
    requires: ['authorUrl', { maxWords: MAX_WORDS }],
    test: (f) => {
      if (f.words.length > MAX_WORDS || f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
      // Cheap gate: praise and the post named (the shared scan's classes).
      const classes = scanOf(f).classes;
      if ((classes & PRAISE) === 0 || (classes & WORK) === 0) return NONE;
      for (const w of f.words) if (FIRST_PERSON.has(w)) return NONE;
      for (const l of authorUrlLinks(f)) {
        if (l.host === '' || l.path === '' || wellKnownSite(l.host) !== undefined) continue;
        const part = campaignPage(l.path);
        if (part !== '') return [`author URL ${siteOf(l)} is a campaign page ("${part}") under praise of the post`];
      }
      return NONE;
    },
    examples: {
      hit: [
        { content: 'Excellent article on winter soups, the seasonal approach is really helpful for busy families.', author: { name: 'Cook Shop', url: 'https://kitchenware.example.com/promo/winter' } },
        { content: 'Heel nuttig artikel, vooral de uitleg over snoeien.', author: { name: 'Tuin', url: 'https://tuinwinkel.example.nl/aanbiedingen' } },
        { content: 'Great post, very clear and useful.', author: { name: 'Sam', url: 'https://tools.example.com/?ref=sam' } },
      ],
      miss: [
        { content: 'Excellent article, our lentil soup is the same recipe.', author: { name: 'Magda', url: 'https://magda-ceramika.example.pl/sklep' } },
        { content: 'Great post, very clear and useful.', author: { name: 'Kai', url: 'https://kai.example.blog' } },
        { content: 'Great post, we changed our pricing page after reading it.', author: { name: 'Jo', url: 'https://jo.example.com/promo' } },
        { content: 'Excellent article, very clear.', author: { name: 'Eric', url: 'https://eric-photo.example.fr/offres' } },
        { content: 'Great post!', author: { name: 'Li', url: 'https://www.amazon.com/deals' } },
      ],
    },
  },
];
