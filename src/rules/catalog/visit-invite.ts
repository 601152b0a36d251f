// Session 14b (second pass, after reading held-out sets 12 and 13): praise of the post, then an
// invitation to visit the writer's own site ("nice article, thanks; visit our website too"), the
// oldest link-building comment there is, now mostly sent in the language of the seller rather than
// of the blog. Site owners and moderation forums quote it in every language; it is made of the
// same moves in each: an invitation verb (visit, drop by, take a look), "my" or "our", and the site
// (site, blog, page, shop), after praise of the post, from an author whose URL is promoted (not a
// profile, a blog host or a site named after them) or with a commercial link in the text. A reader
// who points to their own blog writes on a blog host or under their own name and is left alone; a
// reader who names what they wrote about is not praising generically either way. It holds (3
// points, in the flattery family's cap), never decides alone.
import type { CommentInput, Features, Rule } from '../../types.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { FLATTERY_CAP, mentionsTopic, promotedAuthorSite } from './flattery.js';
import { commercialUrl, placedLinks } from './link-facts.js';
import { NONE } from './none.js';
import { classBit, listRolesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';

const INVITE = 1;
const OWN = 2;
const SITE = 4;

/**
 * The invitation's three moves in the languages the comment is sent in (English, German, Dutch,
 * French, Spanish, Portuguese, Italian, Polish, Russian, Ukrainian, Turkish, Indonesian, Vietnamese):
 * ordinary words, which count only together, after praise, under a promoted site. Turkish and
 * Indonesian put "our" in the noun ("sitemize", "situs kami": the noun is both roles there).
 */
const ROLES = roleMap([
  [INVITE, withFoldedForms([
    'visit', 'check', 'besuchen', 'besucht', 'vorbei', 'bezoek', 'bezoeken', 'kijk', 'visitez', 'visiter', 'passez', 'visita',
    'visiten', 'visitar', 'visite', 'visitem', 'conheça', 'odwiedź', 'odwiedzić', 'zapraszam', 'zapraszamy', 'заходите',
    'посетите', 'посетить', 'загляните', 'заходьте', 'відвідайте', 'ziyaret', 'göz', 'kunjungi', 'mampir', 'ghé', 'thăm',
    // Session 17c: "discover our …", the same invitation in the travel and shop adverts' wording.
    'discover', 'découvrez', 'descubra', 'descubre', 'scopri', 'entdecken', 'ontdek',
  ])],
  [OWN, withFoldedForms([
    'my', 'our', 'mein', 'meine', 'meiner', 'meinen', 'unser', 'unsere', 'unserer', 'unseren', 'mijn', 'onze', 'mon', 'ma', 'notre',
    'mi', 'nuestro', 'nuestra', 'meu', 'minha', 'nosso', 'nossa', 'mio', 'nostro', 'moją', 'mojej', 'naszą', 'naszej', 'мой',
    'наш', 'мою', 'нашу', 'мій', 'наш', 'saya', 'kami', 'tôi',
    'sitemize', 'sitemizi', 'sayfamıza', 'sayfamızı', 'blogumuza', 'bloguma',
    // Second pass, session 16b: Turkish "our service / products / shop" in the same form.
    'hizmetimize', 'hizmetimizi', 'ürünlerimize', 'ürünlerimizi', 'mağazamıza', 'mağazamızı',
    // Session 17c: the plural "our" (our trips, our offers).
    'nos', 'nuestros', 'nuestras', 'nossos', 'nossas', 'nostri', 'nostre', 'naše', 'наши',
  ])],
  [SITE, withFoldedForms([
    'site', 'website', 'blog', 'page', 'shop', 'store', 'seite', 'webseite', 'homepage', 'webshop', 'pagina', 'página', 'sitio',
    'sito', 'stronę', 'strona', 'stronie', 'сайт', 'сайте', 'блог', 'situs', 'trang', 'sitemize', 'sitemizi', 'sayfamıza',
    'sayfamızı', 'blogumuza', 'bloguma', 'hizmetimize', 'hizmetimizi', 'ürünlerimize', 'ürünlerimizi', 'mağazamıza', 'mağazamızı',
  ])],
]);
const ROLE_LIST = registerScanList(ROLES);

/**
 * Session 17c: a business's "our" (not "my"), in the languages above. Right after the invitation
 * ("visit our …", "découvrez nos voyages", "visitez notre agence", "besuchen Sie unsere …") it is the
 * invitation whatever the noun: a travel agency or a shop names what it sells, not "site".
 */
const OUR: ReadonlySet<string> = new Set(withFoldedForms([
  'our', 'unser', 'unsere', 'unserer', 'unseren', 'onze', 'notre', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nosso',
  'nossa', 'nossos', 'nossas', 'nostro', 'nostra', 'nostri', 'nostre', 'naszą', 'naszej', 'наш', 'нашу', 'наши', 'kami',
]));
/** The invitation, then the business's "our" within two words. */
function inviteToOurs(f: Features): boolean {
  const w = f.words;
  for (let i = 0; i < w.length; i++) {
    if (((ROLES.get(w[i] as string) ?? 0) & INVITE) === 0) continue;
    for (let j = i + 1; j <= i + 2 && j < w.length; j++) if (OUR.has(w[j] as string)) return true;
  }
  return false;
}

const PRAISE = classBit('praise');
const MIN_WORDS = 6;
const MAX_WORDS = 40;

/** Evidence of praise and an invitation to the writer's promoted site, or NONE. */
function visitInvite(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS || f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  if ((scanOf(f).classes & PRAISE) === 0) return NONE;
  const all = INVITE | OWN | SITE;
  const roles = listRolesOf(f, ROLE_LIST);
  if ((roles & all) !== all && ((roles & (INVITE | OWN)) !== (INVITE | OWN) || !inviteToOurs(f))) return NONE;
  let where = promotedAuthorSite(f);
  if (where === '') {
    const placed = placedLinks(f).find(commercialUrl);
    if (placed === undefined) return NONE;
    where = placed.host;
  }
  if (mentionsTopic(f) !== '') return NONE;
  const first = (bit: number): string => f.words.find((w) => ((ROLES.get(w) ?? 0) & bit) !== 0) ?? '';
  return [`praise, then "${first(INVITE)} … ${first(OWN)}${(roles & SITE) !== 0 ? ` … ${first(SITE)}` : ''}" to ${where}`];
}

const by = (content: string, url = 'https://umzug-profi.example.de'): CommentInput => ({
  content,
  author: { name: 'Kai', url },
  target: { postTitle: 'Sourdough starter in cold weather' },
});

export const VISIT_INVITE_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_URL_VISIT_INVITE',
    group: 'author',
    score: 3,
    description: 'Praise of the post, then an invitation to visit the writer\'s own site ("visit our website", "schauen Sie auf unserer Seite vorbei", "sitemize göz atın") or the business\'s own offer ("découvrez nos voyages"), at most 40 words, no word of the post\'s topic, from a promoted author URL (not a profile, blog host or a site named after the author) or with a commercial link: the link-building comment in any language',
    cap: FLATTERY_CAP,
    requires: ['links', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    test: visitInvite,
    examples: {
      hit: [
        by('Wonderful article, thank you. Please visit our website for removals too.'),
        by('Toller Artikel, danke schön! Besuchen Sie auch unsere Seite über Umzüge.'),
        by('Harika bir paylaşım, teşekkürler. Nakliyat için sitemize de göz atın.'),
        by('Ótimo artigo, parabéns! Visite meu site também.'),
        // Session 17c: "our" right after the invitation, whatever it offers.
        by('Très bel article, merci pour le partage. Découvrez nos séjours en montagne.'),
      ],
      miss: [
        by('Wonderful article on starters, mine died in January too. Visit my blog for the rye version.'),
        by('Wonderful article, thank you. Please visit our website for removals too.', 'https://kai.example.org'),
        by('Wonderful article, thank you. Visit my blog some time.', 'https://kaibakes.wordpress.com'),
        by('Our site lists the opening hours of the hall; visit us on Saturday.'),
        // Session 17c: "my" after the invitation needs the site named; "our" far from it is not the invitation.
        by('Wonderful article, thank you. Check my notes some time.'),
        by('Wonderful article, thank you. We should visit the coast; our kids would love it.'),
      ],
    },
  },
];
