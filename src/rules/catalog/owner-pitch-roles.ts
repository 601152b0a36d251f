// Session 11: the owner pitch read by its roles, for the wordings the phrase lists of owner.ts do
// not hold (other languages, other word orders). Agencies and freelancers who write to site owners
// through the comment form make the same four moves in every language, and marketing forums that
// complain about them list the same ones: the owner's property in the second person ("your
// website / Instagram / page", "uw website", "Państwa strona"), a first-person-plural seller or a
// trade ("our agency", "we build", "my team"), the trade itself (SEO, redesign, followers, an app,
// a guest post), and a sales close (a question asking for a call, samples or a reply), under a post
// they never mention (a price or discount beside the close, or a close asking for a call, lets it through a word of the title). Each move is ordinary alone; a reader who says
// "your site" and "our team" in one comment talks about the post, which the pitch never does.
import type { Features } from '../../types.js';
import { mentionsTopic } from './flattery.js';
import { onPostSite, postHostOf } from './link-facts.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { classBit, listRolesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';
import { WORD_CLASSES } from './word-classes.js';

export const YOURS = 1;
const PROPERTY = 2;
export const SELLER = 4;
const TRADE = 8;
const CLOSE = 16;
const PRICE = 32;
/** A close that asks for a meeting (a call, a chat, "15 minutes"), which a reader never asks the owner for. */
const MEETING = 64;
/**
 * Session 13: a close that needs no question mark: "reply if interested", "happy to share our
 * portfolio", "free trial", "kindly revert". Outreach templates end this way as often as with a
 * question (site owners' forums quote "let me know if you are interested" and "kindly revert" as
 * the giveaway); a reader has no portfolio, proposal or trial to offer the owner.
 */
const FLAT_CLOSE = 128;

export const ROLES = roleMap([
  // "your" (formal and familiar) in the languages the pitch is sent in; Polish formal "Państwa" follows the noun.
  [YOURS, withFoldedForms([
    'your', 'ur', 'uw', 'jouw', 'je', 'państwa', 'twoja', 'twoje', 'twojej', 'twoją', 'twojego', 'ваш', 'ваша', 'вашего', 'вашей',
    'вашу', 'ваши', 'ваше', 'твой', 'votre', 'vos', 'tu', 'tus', 'su', 'sus', 'ihre', 'ihr', 'ihrer', 'ihren', 'ihrem', 'dein', 'deine',
    'seu', 'sua', 'teu', 'tua', 'tuo', 'vostro', 'vostra', 'vaše', 'váš',
    // Session 12: Polish formal "your" to a woman or a man ("Pani strona", "Pana firma").
    'pani', 'pana',
  ])],
  // What the owner has that the pitch offers to improve.
  [PROPERTY, withFoldedForms([
    'website', 'websites', 'site', 'webpage', 'page', 'homepage', 'instagram', 'facebook', 'tiktok', 'profile', 'account', 'feed',
    'business', 'company', 'shop', 'store', 'brand', 'blog', 'channel', 'restaurant', 'salon', 'clinic', 'practice', 'church',
    'charity', 'club', 'school', 'organisation', 'organization', 'bakery', 'firm', 'strona', 'stronę', 'strony', 'witryna', 'profil',
    'firma', 'firmy', 'sklep', 'salonu', 'сайт', 'сайта', 'страница', 'бизнес', 'компания', 'компании', 'магазин', 'page', 'entreprise',
    'boutique', 'sitio', 'página', 'web', 'negocio', 'empresa', 'tienda', 'webseite', 'seite', 'unternehmen', 'bedrijf', 'winkel',
    'pagina', 'vereniging', 'negócio', 'loja', 'azienda', 'negozio', 'sito', 'pages',
    // Second pass, session 12: the owner's social accounts (plural) and a developer's plugin, which
    // app and marketing shops pitch to as they pitch to "your website".
    'accounts', 'konta', 'comptes', 'cuentas', 'konten', 'contas', 'аккаунты', 'plugin', 'plugins',
    // Session 14b: a group, a listing or a logo is the owner's too ("your theatre group", "your listing").
    'group', 'listing', 'listings', 'logo',
    // Session 15: a hotel, a market or the service the owner sells is theirs too ("your hotel photos", "your repair service").
    'hotel', 'market', 'service',
    // Second pass, session 15 (after reading sets 18 and 19): the owner's domain ("your domain
    // authority") and the podcast or show a site publishes ("a perfect guest for your show").
    'domain', 'show', 'podcast',
  ])],
  // The seller: first person plural, or a one-person business.
  [SELLER, withFoldedForms([
    'we', 'our', 'us', 'team', 'agency', 'studio', 'wij', 'onze', 'ons', 'nasza', 'nasz', 'nasze', 'naszą', 'naszej', 'oferujemy',
    'prowadzimy', 'zajmujemy', 'tworzymy', 'pomagamy', 'budujemy', 'projektujemy', 'мы', 'наша', 'наш', 'наши', 'нашей', 'nous', 'notre', 'nos', 'agence', 'équipe', 'nosotros',
    'nuestro', 'nuestra', 'nuestros', 'ofrecemos', 'agencia', 'equipo', 'wir', 'unser', 'unsere', 'unseren', 'agentur', 'nós',
    'nosso', 'nossa', 'nossos', 'agência', 'equipe', 'noi', 'nostro', 'nostra', 'agenzia', 'agencja', 'agentschap', 'bureau',
    'webbureau', 'freelancer', 'freelance', 'specialist', 'consultant',
    // Second pass, session 12: the one-person sellers of the trade (a virtual assistant, a developer
    // for hire), who write "I am a …" where an agency writes "we".
    'assistant', 'developer', 'developers', 'asystentka', 'asystent', 'assistante', 'asistente', 'entwickler', 'разработчик',
    // (after reading set 6) and the content writer for hire.
    'writer', 'writers', 'copywriter', 'copywriters',
    // Session 15: "we've", and Polish "prosimy" ("we ask"), the requester's first person plural.
    'weve', 'prosimy',
    // and the other one-person and team sellers of the trades above.
    'assistants', 'receptionists', 'ghostwriter', 'designer', 'designers', 'marketer',
    // Session 16b: the one-person sellers the lists lacked (an AI or human receptionist; "VA", as
    // virtual assistants sign themselves).
    'receptionist', 'va',
  ])],
  // The trade offered to the owner.
  [TRADE, withFoldedForms([
    'seo', 'ranking', 'rankings', 'rank', 'ranks', 'traffic', 'leads', 'redesign', 'redesigns', 'outdated', 'followers', 'engagement',
    'marketing', 'backlink', 'backlinks', 'guest', 'app', 'apps', 'mobile', 'ads', 'advertising', 'webseiten', 'webdesign', 'websites',
    'aplikacje', 'aplikacji', 'webdesigner', 'develop', 'design', 'designs', 'optimize', 'optimise',
    'visibility', 'audit', 'pozycjonowanie', 'pozycjonowaniem', 'pozycjonowania', 'obserwujących', 'obserwujacych', 'klientów',
    'aplikację', 'aplikacje', 'продвижение', 'продвижения', 'раскрутка', 'подписчиков', 'клиентов', 'référencement', 'visibilité',
    'abonnés', 'clients', 'refonte', 'posicionamiento', 'seguidores', 'clientes', 'rediseño', 'sichtbarkeit', 'kunden', 'follower',
    'vindbaar', 'vindbaarheid', 'volgers', 'klanten', 'verouderd', 'posicionamento', 'visibilidade', 'posizionamento', 'visibilità',
    // Session 14b: the trades pitched to site owners besides SEO and design, as freelancers' and
    // agencies' outreach names them (site owners' forums list the same: ad campaigns, bookkeeping,
    // video, translation, branding, site care, booking systems, chatbots, review and lead services).
    'campaign', 'campaigns', 'bookkeeping', 'accounting', 'video', 'videos', 'translation', 'translations', 'logo', 'logos',
    'branding', 'maintenance', 'chatbot', 'automation', 'booking', 'reviews', 'subscribers', 'explainer', 'animation',
    'reels', 'management',
    // Session 15: more of the trades the brief and site owners' forums list (photography and
    // virtual tours, printed merchandise, sponsorship deals, ghostwriting and editing, the virtual
    // assistant's scheduling and invoicing, integrations), and what a lead seller promises (enquiries,
    // bookings, customers: as "clients" and "leads" already are).
    'photography', 'merchandise', 'sponsorship', 'sponsors', 'ghostwriting', 'editing', 'retouching', 'scheduling', 'invoicing',
    'integration', 'enquiries', 'inquiries', 'bookings', 'customers', 'optimisation', 'optimization',
    // (second pass) promotion, and the accessibility audit sold to public-sector and business sites.
    'promotion', 'accessibility', 'compliance',
    // Session 12: the search engine and its visitors, the audit's subject in every language, and
    // German search-engine optimisation and copywriting as German writes them (one word each).
    'google', 'visitors', 'besucher', 'bezoekers', 'zoektermen', 'visiteurs', 'visitantes', 'visitatori', 'odwiedzających',
    'посетителей', 'suchmaschinenoptimierung', 'texterstellung', 'copywriting',
    // Second pass, session 12: what a marketing pitch promises the owner (conversions).
    'conversions', 'conversion', 'konwersji', 'konwersje', 'conversiones', 'konversionen', 'конверсии', 'конверсия',
    // (after reading set 6) "SEO-optimized / SEO-friendly" as the tokenizer joins them across the hyphen.
    'seooptimized', 'seooptimised', 'seofriendly',
    // Session 16b: the trade named by the seller it is ("I am a web developer", "our AI receptionist",
    // "experienced VA", a virtual assistant or tour), the site audit's items (meta descriptions,
    // schema, citations, domain authority), social media and reputation work, monetising the
    // owner's traffic (ad revenue), and the shop platforms sellers set up for the owner. Outreach
    // names these as its offer; each counts only with the pitch's other moves.
    'developer', 'designer', 'ghostwriter', 'receptionist', 'va', 'virtual', 'meta', 'schema', 'citations', 'citation',
    'authority', 'social', 'reputation', 'revenue', 'monetize', 'monetise', 'monetization', 'ecommerce', 'shopify',
    'woocommerce', 'etsy',
    // (second pass, after reading sets 24 and 25) the lead seller's outreach and appointment setting.
    'outreach', 'appointments',
  ])],
  // The close: ask for a call, a reply, to send samples, a demo, an offer.
  [CLOSE, withFoldedForms([
    'shall', 'samples', 'sample', 'demo', 'call', 'chat', 'minutes', 'reply', 'interested', 'proposal', 'quote', 'portfolio',
    'examples', 'case', 'beispiele', 'voorbeelden', 'przykładowe', 'przykłady', 'exemples', 'ejemplos', 'exemplos', 'esempi', 'примеры',
    'porozmawiać', 'przesłać', 'ofertę', 'oferty', 'zadzwonić', 'bellen', 'sturen', 'voorbeeld', 'offerte', 'appeler', 'envoyer',
    'devis', 'llamar', 'enviar', 'propuesta', 'anrufen', 'schicken', 'angebot', 'ligar', 'proposta', 'chiamare', 'inviare',
    'созвониться', 'позвонить', 'предложение', 'отправить', 'rozmowę', 'rozmowa', 'gesprek', 'appel', 'llamada', 'gespräch', 'chamada',
    'chiamata', 'звонок', 'minute',
    // Session 12: "shall I send the details?".
    'send', 'details',
    // Session 14b, second pass (after reading sets 12 and 13): the free mock-up or report a
    // design or audit pitch offers ("want a free mock-up?", "shall I show you a mockup?").
    'mockup', 'mockups', 'report',
    // Session 16b: "would our offer interest you?".
    'interest',
  ])],
  // Second pass, session 12: the close that asks for a meeting (a call, a chat, a few minutes), in
  // the languages the pitch is sent in; these are CLOSE words too.
  [MEETING, withFoldedForms([
    'call', 'chat', 'minutes', 'minute', 'porozmawiać', 'zadzwonić', 'rozmowę', 'rozmowa', 'bellen', 'gesprek', 'appeler', 'appel',
    'llamar', 'llamada', 'anrufen', 'gespräch', 'ligar', 'chamada', 'chiamare', 'chiamata', 'созвониться', 'позвонить', 'звонок',
  ])],
  [FLAT_CLOSE, withFoldedForms([
    'interested', 'revert', 'portfolio', 'samples', 'proposal', 'quote', 'demo', 'trial', 'rates', 'zainteresowany',
    'zainteresowana', 'intéressé', 'intéressée', 'interesado', 'interesada', 'interessiert', 'geïnteresseerd', 'interessato',
    'interessada', 'portafolio', 'portefeuille', 'devis', 'offerte', 'presupuesto', 'orçamento', 'preventivo',
    // Session 15: the seller's packages, pricing sheet or catalogue offered, and "DM me".
    'packages', 'pricing', 'catalogue', 'catalog', 'dm', 'examples',
    // Second pass, session 16b (after reading sets 24 and 25): a walkthrough or mock-up offered.
    'walkthrough', 'mockup', 'mockups',
  ])],
  // A price or a discount.
  [PRICE, withFoldedForms([
    'price', 'prices', 'discount', 'off', 'starting', 'free', 'fee', 'rabat', 'rabatu', 'korting', 'gratis', 'prijs', 'скидка', 'скидку',
    'бесплатно', 'remise', 'gratuit', 'offert', 'descuento', 'rabatt', 'kostenlos', 'desconto', 'grátis', 'sconto', 'half',
  ])],
]);
/** The shared scan ors these roles per comment (scan-lists.ts): no lookup of our own per word. */
export const ROLE_LIST = registerScanList(ROLES);

/**
 * Session 14b: the one-person seller who writes "I" ("I can bring you more visitors", "I'll set up
 * your ads", "let me grow your brand"): "I" (or "let me") before a verb of doing the work, with or
 * without a modal between. Freelancers' outreach is written this way as often as agencies' "we";
 * a reader's "I" is followed by what happened to them, not by an offer to build, fix or grow
 * something of the owner's. English, the language this outreach is mostly written in.
 *
 * Session 15: the agency's "we" (or "our team / assistants") before the same verbs, and the verb as
 * the trade: outreach names its offer by what it does as often as by a noun ("we build apps for
 * clubs", "our team can grow your followers", "we print branded caps"), in the present or with a
 * modal; a reader's "we" tells what they did (built, made, tried: past forms are not listed).
 */
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'ill', 'id', 'may', 'also', 'well']);
const WORK_VERBS: ReadonlySet<string> = new Set([
  'help', 'build', 'create', 'design', 'redesign', 'develop', 'manage', 'run', 'handle', 'set', 'setup', 'integrate', 'fix',
  'bring', 'get', 'boost', 'grow', 'increase', 'improve', 'optimize', 'optimise', 'rank', 'offer', 'provide', 'deliver',
  'make', 'write', 'edit', 'translate', 'produce', 'take', 'rebuild', 'redo', 'migrate', 'film',
  // Session 15: more verbs of the trades ("we print", "we supply", "we connect clubs with sponsors",
  // "we specialise in").
  'print', 'supply', 'connect', 'specialise', 'specialize', 'generate', 'drive', 'promote', 'automate', 'launch',
  // (second pass) the agent's "I represent" (a guest for the owner's show, a client).
  'represent',
  // Session 16b: "I can raise your domain authority"; (second pass) "we do cold outreach for …".
  'raise', 'do',
]);
/**
 * Session 15: the verbs that name a trade by themselves (the work verbs but the general ones a
 * volunteer or a reader offers too: help, get, make, run, set up, fix, bring, take, offer, handle).
 */
const TRADE_VERBS: ReadonlySet<string> = new Set([
  'build', 'create', 'design', 'redesign', 'develop', 'manage', 'integrate', 'boost', 'grow', 'optimize', 'optimise', 'rank',
  'deliver', 'produce', 'rebuild', 'migrate', 'film', 'write', 'edit', 'translate', 'print', 'supply', 'connect', 'specialise',
  'specialize', 'generate', 'drive', 'promote', 'automate', 'launch',
]);
/** Session 15: the plural sellers before a work verb ("we build", "our team can grow", "our assistants handle"). */
const PLURAL_SELLERS: ReadonlySet<string> = new Set([
  'we', 'team', 'agency', 'studio', 'assistants', 'receptionists', 'experts', 'specialists', 'writers', 'designers', 'developers',
]);

/** Where "I / let me / we / our team" stands before a verb of the work ([seller, verb] word positions), or undefined. */
function offeredWork(words: readonly string[]): readonly [number, number] | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as string;
    if (w !== 'i' && !PLURAL_SELLERS.has(w) && !(w === 'let' && words[i + 1] === 'me')) continue;
    let j = i + 1 + (w === 'let' ? 1 : 0);
    if (w !== 'let' && MODALS.has(words[j] ?? '')) j++;
    if (WORK_VERBS.has(words[j] ?? '')) return [i, j];
  }
  return undefined;
}

/**
 * Session 15: the clientele the seller names after the work ("we run ad campaigns for holiday
 * businesses", "I build apps for clubs and associations", "for driving instructors"): "for", then
 * within three words a plural noun, with no determiner or possessive first ("for the kids", "for
 * our members" are a reader's). Outreach addresses the owner as one of a class of customers; it
 * stands for "your website" in the pitch that says only "you", and names the niche, which may be
 * the post's own subject, so it also lets the pitch through a word of the title.
 */
const NOT_CLIENTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'me', 'us', 'you', 'them',
  'it', 'free', 'only', 'just', 'less', 'more', 'over', 'under', 'up', 'about', 'each', 'every', 'all', 'years', 'months', 'weeks',
  'days', 'hours', 'minutes', 'yours', 'ours',
]);
const CLIENT_REACH = 10;
function clienteleAfter(words: readonly string[], verb: number): string {
  for (let k = verb + 1; k < words.length && k <= verb + CLIENT_REACH; k++) {
    if (words[k] !== 'for') continue;
    if (NOT_CLIENTS.has(words[k + 1] ?? 'the')) return '';
    for (let m = k + 1; m <= k + 3 && m < words.length; m++) {
      const w = words[m] as string;
      if (NOT_CLIENTS.has(w)) return '';
      if (w.length >= 4 && w.endsWith('s') && !w.endsWith('ss')) return words.slice(k, m + 1).join(' ');
    }
    return '';
  }
  return '';
}

/** The units a rate is quoted per ("$250 a month", "£30 per hour", "€15 per post"). */
const RATE_UNITS: ReadonlySet<string> = new Set(['month', 'week', 'hour', 'day', 'year', 'post', 'article', 'page', 'word', 'video',
  // Session 15: "$6/hr", "0.25 per image", "$60 per link", "per lead".
  'hr', 'image', 'photo', 'link', 'lead', 'unit']);
/** Session 15: a starting price, the seller's terms ("plans from $29", "packages from £75", "only €99"). */
const FROM_WORDS: ReadonlySet<string> = new Set(['from', 'only', 'just', 'at',
  // Session 16b: "10,000 followers for $29".
  'for']);

/** A sum in a currency per unit of work or time: a currency sign, then a figure, "a" or "per", a unit; or (session 15) "from" a figure. */
function quotesRate(f: Features): boolean {
  if (!/[$€£%]/.test(f.normalized.body.text)) return false;
  const w = f.words;
  for (let i = 0; i < w.length; i++) {
    const c = (w[i] as string).charCodeAt(0);
    if (c < 48 || c > 57) continue;
    if (i > 0 && FROM_WORDS.has(w[i - 1] as string)) return true;
    // "50% off", a discount on the offer.
    if (w[i + 1] === 'hr' || w[i + 1] === 'off' || ((w[i + 1] === 'a' || w[i + 1] === 'per') && RATE_UNITS.has(w[i + 2] ?? ''))) return true;
  }
  return false;
}

/**
 * Session 15: the site's own address named in the text ("more traffic for yoursite.com", "is
 * yoursite.com still active?"): outreach names the domain it was sent to, the way site owners quote
 * it; a reader on the site links its posts (a path), not its bare address. '' when none.
 */
function namesOwnSite(f: Features): string {
  if (f.links.length === 0) return '';
  const post = postHostOf(f);
  for (const l of f.links) if (l.source === 'body' && (l.path === '' || l.path === '/') && onPostSite(l, post)) return l.host;
  return '';
}

/**
 * Second pass, session 15: the owner greeted by role ("Dear owner", "Hi admin", "Hello webmaster").
 * Session 16b: or by the role of whoever runs the site's business, up to two words after the
 * greeting ("Dear station manager", "Hello seller", "Hi Kestrel FM team"), and "Dear" before any
 * word written in lower case ("Dear photographer", "Dear sir"): outreach greets the owner by what
 * they are because it does not know their name; a reader greets a name or "all / everyone".
 */
const ADDRESSED: ReadonlySet<string> = new Set(['owner', 'owners', 'admin', 'webmaster', 'manager', 'seller', 'sellers', 'founder', 'team']);
const GREETINGS: ReadonlySet<string> = new Set(['dear', 'hi', 'hello', 'hey']);
const READERS_GREETED: ReadonlySet<string> = new Set(['all', 'everyone', 'everybody', 'friends', 'friend', 'readers', 'reader', 'fellow', 'folks', 'me', 'god', 'lord', 'diary']);
/**
 * ADDRESSED and "dear" in the shared scan (scan-lists.ts): greetedByRole finds nothing in a comment
 * with neither (no role to greet, no "dear" to read the text after), so it is not walked then.
 */
const GREETED_LIST = registerScanList(roleMap([[1, ADDRESSED], [2, ['dear']]]));
function greetedInBody(f: Features): string {
  return listRolesOf(f, GREETED_LIST) === 0 ? '' : greetedByRole(f.words, f.normalized.body.text);
}
function greetedByRole(words: readonly string[], text?: string): string {
  let dear = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === 'dear') dear = true;
    if (i === 0 || !ADDRESSED.has(w)) continue;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (GREETINGS.has(words[k] as string)) return words.slice(k, i + 1).join(' ');
  }
  // (The text is read only when "dear" is among the words.)
  const role = text === undefined || !dear ? '' : lowerAfterDear(text);
  return role !== '' && !READERS_GREETED.has(role) ? `dear ${role}` : '';
}

/** The word after the first "Dear " when it is written in lower case ("Dear photographer"), else ''. A scan, not a regex (regex-lint). */
function lowerAfterDear(text: string): string {
  const at = text.toLowerCase().indexOf('dear ');
  if (at < 0 || (at > 0 && /\p{L}/u.test(text[at - 1] as string))) return '';
  let i = at + 5;
  while (text[i] === ' ') i++;
  let j = i;
  while (j < text.length && (text[j] as string) >= 'a' && (text[j] as string) <= 'z') j++;
  return j > i && (j === text.length || !/\p{L}/u.test(text[j] as string)) ? text.slice(i, j) : '';
}

/**
 * Session 16b: the close that tells the owner what to do instead of asking ("Reply YES for our
 * rates", "Reply to start", "Reply here", "Register today", "Apply in 2 minutes", "Book a demo",
 * "Sign up now", "if you reply"). Lead-generation and agency templates end this way as often as with
 * a question; a reader's "reply" is to a comment ("thanks for the reply", "in reply to …").
 */
const REPLY_NEXT: ReadonlySet<string> = new Set(['yes', 'here', 'now', 'today', 'with', 'for', 'start', 'back']);
const ACT_NEXT: ReadonlySet<string> = new Set(['today', 'now', 'in', 'here']);
const BOOKED: ReadonlySet<string> = new Set(['demo', 'call', 'consultation', 'audit']);
function callToAct(words: readonly string[]): string {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1] as string;
    if (w === 'reply' && (REPLY_NEXT.has(next) || (next === 'to' && (words[i + 2] === 'start' || words[i + 2] === 'get')) || words[i - 1] === 'you')) return `reply ${next}`;
    if ((w === 'register' || w === 'apply' || w === 'signup') && ACT_NEXT.has(next)) return `${w} ${next}`;
    if (w === 'sign' && next === 'up' && ACT_NEXT.has(words[i + 2] ?? '')) return 'sign up';
    if (w === 'book' && (next === 'a' || next === 'your') && BOOKED.has(words[i + 2] ?? '')) return `book ${next} ${words[i + 2] as string}`;
    if (w === 'say' && next === 'yes') return 'say yes';
  }
  return '';
}

/**
 * Session 16b: the terms of the offer quoted to "you", which stand for "your website" in the pitch
 * that names none of the owner's property: a sum of money, a rate per unit with or without a
 * currency ("pay per lead"), the seller's fee, pricing, commission or contract, or a deadline for the
 * result ("in 30 days", "within 24 hours"). A reader may say what something cost them, but does not
 * quote the owner a fee and a deadline for work on the owner's business.
 */
/** A sum of money: a currency sign, or a figure beside a currency code ("70 EUR"). */
export const SUM = /[$€£]\s?\d|\d\s?(?:eur|usd|gbp|euro|euros|dollars|pounds|zł|pln)\b/;
const TERMS: ReadonlySet<string> = new Set(['fee', 'fees', 'pricing', 'commission', 'contract', 'upfront', 'rpm']);
const DEADLINE_UNITS: ReadonlySet<string> = new Set(['days', 'hours', 'weeks', 'months', 'day', 'hour', 'week', 'month']);
function quotesTerms(f: Features): string {
  const w = f.words;
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as string;
    if (TERMS.has(x)) return `"${x}"`;
    if (x === 'per' && RATE_UNITS.has(w[i + 1] ?? '')) return `"per ${w[i + 1] as string}"`;
    if ((x === 'in' || x === 'within') && /^\d/.test(w[i + 1] ?? '') && DEADLINE_UNITS.has(w[i + 2] ?? '')) return `"${x} ${w[i + 1] as string} ${w[i + 2] as string}"`;
  }
  return SUM.test(f.normalized.body.folded) ? 'a sum' : '';
}

/**
 * Second pass, session 16b: the owner asked whether they want more of what the trade sells ("do
 * you want more visitors?", "would you like more bookings?"): the pitch's opening question, which
 * names the owner's business by what it lacks.
 */
function wantsMore(words: readonly string[]): string {
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i] !== 'you' || !WANTS.has(words[i + 1] as string)) continue;
    for (let k = i + 2; k <= i + 4 && k < words.length; k++) if (((ROLES.get(words[k] as string) ?? 0) & TRADE) !== 0) return `"you ${words[i + 1] as string} … ${words[k] as string}"`;
  }
  return '';
}

/** Session 16b: what only a seller offers the owner to see (a demo, a mock-up, a proposal, an audit or a portfolio). */
const DELIVERABLES: ReadonlySet<string> = new Set(['demo', 'mockup', 'mockups', 'proposal', 'portfolio', 'audit', 'walkthrough']);

/**
 * Session 16b: the seller when no "we", "I can …" or seller noun says it: the author signed with a
 * company ("Joy from StaffPilot", "Nate | Lead Gen", "Rahul - Etsy Growth": a name, then a
 * separator or "from" and a company written in CamelCase), the advert's imperative of a trade
 * aimed at the owner's property ("Boost your business", "Get 50 reviews for your school"), or the
 * question offering a seller's deliverable ("Would you like a free report / demo / mock-up?").
 */
/** "Name | Company", "Name - Company", "Name – Company", or "Name from CamelCase": a scan of the name's words, not a regex (regex-lint). */
function signedWithCompany(name: string): boolean {
  const parts = name.trim().split(' ').filter((p) => p !== '');
  for (let i = 1; i + 1 < parts.length; i++) {
    const p = parts[i] as string;
    if (p === '|' || p === '-' || p === '–' || p === '—') return true;
    if (p === 'from' && camelCase(parts[i + 1] as string)) return true;
  }
  return parts.some((p) => p.length > 2 && p.includes('|') && !p.startsWith('|') && !p.endsWith('|'));
}
/** A word with a capital after a lower-case letter ("StaffPilot", "AdReach"). */
function camelCase(w: string): boolean {
  for (let k = 1; k < w.length; k++) {
    const c = w[k] as string;
    const b = w[k - 1] as string;
    if (c !== c.toLowerCase() && b !== b.toUpperCase()) return true;
  }
  return false;
}
const IMPERATIVES: ReadonlySet<string> = new Set(['boost', 'grow', 'get', 'increase', 'rank', 'promote', 'monetize', 'monetise']);
function sellerStandIn(f: Features): string {
  const name = f.normalized.authorName.text;
  if (name !== '' && signedWithCompany(name)) return `signed "${name}"`;
  const w = f.words;
  const start = GREETINGS.has(w[0] ?? '') ? 1 : 0;
  if (IMPERATIVES.has(w[start] ?? '')) for (let k = start + 1; k <= start + 8 && k < w.length; k++) if (w[k] === 'your') return `"${w[start] as string} … your"`;
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] !== 'you' || !WANTS.has(w[i + 1] as string)) continue;
    for (let k = i + 2; k <= i + 7 && k < w.length; k++) if (DELIVERABLES.has(w[k] as string) || w[k] === 'report') return `"you ${w[i + 1] as string} … ${w[k] as string}"`;
  }
  return '';
}

/** Session 15: the question that is the close ("would you like more bookings?", "would you be open to …?", "do you need …?"). */
const WANTS: ReadonlySet<string> = new Set(['like', 'want', 'need', 'open']);
function asksWhatTheyWant(words: readonly string[]): string {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'you' && words[i] !== 'u') continue;
    const next = words[i + 1] === 'be' ? words[i + 2] : words[i + 1];
    if (WANTS.has(next ?? '')) return `you ${next}`;
  }
  return '';
}

/** Session 15: "let's talk / let us talk / chat / connect", a close with no question mark. */
const TALK: ReadonlySet<string> = new Set(['talk', 'chat', 'connect']);
function letsTalk(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === 'lets' && TALK.has(words[i + 1] as string)) return true;
    if (words[i] === 'let' && words[i + 1] === 'us' && TALK.has(words[i + 2] ?? '')) return true;
  }
  return false;
}

export const OWNER = classBit('owner');
export const OWNER_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.owner);
const SERVICE = classBit('service');
const MIN_WORDS = 16;
export const MAX_WORDS = 120;
/** "your" and the property within this many words of each other ("your business website", "strona … Państwa"). */
const NEAR = 3;

/** Evidence of the four moves, or [] when one is missing or the comment names the post's topic. */
export function pitchByRoles(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS) return [];
  // Cheap gate: a close (a question) or a price (a figure) is needed, then a second-person word of
  // the shared scan, or Polish "Państwa" (not in the class: "of the state" too).
  const scan = scanOf(f);
  // Session 13: or a trade word of the shared scan (a close with no question mark).
  if (scan.digits === 0 && (scan.classes & SERVICE) === 0 && !f.normalized.body.text.includes('?')) return [];
  // (German formal "Ihre" is "her / their" too, so it is not in the class either.)
  const folded = f.normalized.body.folded;
  // Session 15: or the site's own address named in the text stands for "your website".
  const site = namesOwnSite(f);
  // Session 16b: with no second person at all, the pitch is still read when a seller offers the
  // work to a clientele or on terms with a close (below: "I write blog posts for small shops, $25 per
  // article. Reply with a topic"); a seller's template often never says "you".
  const unaddressed = site === '' && (scan.classes & OWNER) === 0 && !folded.includes('panstw') && !folded.includes('pani') && !folded.includes('pana') && !folded.includes('ihre');
  // The roles from the shared scan first; the adjacency and the evidence are read only when every role is there.
  const roles = listRolesOf(f, ROLE_LIST);
  // Unaddressed, a close word of the scan is needed first (the cheap gate of a comment with no "you").
  if (unaddressed && (roles & (CLOSE | FLAT_CLOSE)) === 0) return [];
  // Session 15: without "your" and the owner's property (or the site's address), only "you" and a
  // trade noun, which the seller's clientele must then complete (below).
  // Second pass: or the owner greeted by role ("Dear owner").
  const greetingRead = site === '' && (roles & (YOURS | PROPERTY)) !== (YOURS | PROPERTY);
  const greeted = greetingRead ? greetedInBody(f) : '';
  const propertied = site !== '' || greeted !== '' || (!unaddressed && (roles & (YOURS | PROPERTY)) === (YOURS | PROPERTY));
  // (Session 16b: or, unaddressed, a verb that names the trade: read with offeredWork below.)
  if (!propertied && !unaddressed && (roles & TRADE) === 0) return [];
  // Session 14b: or the seller is "I" before a verb of the work; session 15: or "we", and the verb
  // names the trade when no trade noun does (offeredWork), read only now.
  const at = offeredWork(f.words);
  if (unaddressed && at === undefined) return [];
  const work = at === undefined ? '' : f.words.slice(at[0], at[1] + 1).join(' ');
  if ((roles & TRADE) === 0 && (at === undefined || !TRADE_VERBS.has(f.words[at[1]] as string))) return [];
  // Session 16b: or the author signed with a company, the advert's imperative, or the deliverable offered (sellerStandIn).
  const standInSeller = (roles & SELLER) === 0 && work === '' ? sellerStandIn(f) : '';
  if ((roles & SELLER) === 0 && work === '' && standInSeller === '') return [];
  const clientele = at === undefined ? '' : clienteleAfter(f.words, at[1]);
  // Session 16b: or the offer's terms quoted to "you" (a sum, a rate, a fee, a deadline), or a call
  // asked for by a seller who offers the work ("we can bring you … which day suits you for a call?").
  const terms = !propertied && clientele === '' ? quotesTerms(f) || (at !== undefined && (roles & MEETING) !== 0 ? 'a call asked for' : '') || wantsMore(f.words) : '';
  if (!propertied && clientele === '' && terms === '') return [];
  let lastYours = -NEAR - 1;
  let lastProperty = -NEAR - 1;
  let owned = '';
  // The first word of each role the evidence quotes: plain variables, not a Map filled through an
  // array of bits per role word (this loop reads every word of a comment up to 120 words long).
  let firstSeller: string | undefined;
  let firstTrade: string | undefined;
  let firstClose: string | undefined;
  let firstPrice: string | undefined;
  let firstFlatClose: string | undefined;
  for (let i = 0; i < n; i++) {
    const w = f.words[i] as string;
    const r = ROLES.get(w);
    if (r === undefined) continue;
    if (r & YOURS) {
      if (owned === '' && i - lastProperty <= NEAR) owned = `${f.words[lastProperty]} … ${w}`;
      lastYours = i;
    }
    if (r & PROPERTY) {
      if (owned === '' && i - lastYours <= NEAR) owned = `${f.words[lastYours]} ${w}`;
      // Session 15: or the owner addressed by the property ("Dear site owner", "restaurant owners").
      const next = f.words[i + 1];
      if (owned === '' && (next === 'owner' || next === 'owners')) owned = `${w} ${next}`;
      lastProperty = i;
    }
    if (r & SELLER) firstSeller ??= w;
    if (r & TRADE) firstTrade ??= w;
    if (r & CLOSE) firstClose ??= w;
    if (r & PRICE) firstPrice ??= w;
    if (r & FLAT_CLOSE) firstFlatClose ??= w;
  }
  // (greetedByRole already answered '' above when it was read.)
  if (owned === '') owned = site || greeted || (greetingRead ? '' : greetedInBody(f));
  if (owned === '' && clientele === '' && terms === '') return [];
  const question = f.normalized.body.text.includes('?');
  const asked = (roles & CLOSE) !== 0 && question;
  // Session 15: or the question asks what the owner would like or needs, or "let's talk" closes it.
  const wants = !asked && question ? asksWhatTheyWant(f.words) : '';
  const talk = !asked && wants === '' && (roles & FLAT_CLOSE) === 0 && letsTalk(f.words);
  // Session 16b: or the imperative close ("Reply YES", "Register today", "Book a demo").
  const acted = !asked && wants === '' && !talk && (roles & FLAT_CLOSE) === 0 ? callToAct(f.words) : '';
  const close = asked || wants !== '' || talk || acted !== '' || (roles & FLAT_CLOSE) !== 0;
  const price = (roles & PRICE) !== 0 || /[$€£%]|\bzl\b|\bpln\b/.test(f.normalized.body.folded);
  // Session 14b: or a rate for the work in a currency ("$250 a month", "£30 per hour", "€15 per
  // post"): the terms of the offer close it as a question would. A reader may say what they paid
  // ("we paid $40 for the ad", a ham of this session's test), but not quote the owner a rate.
  const rate = !close && quotesRate(f);
  if (!close && !rate) return [];
  // Session 16b: unaddressed, the offer needs a close of its own (a rate alone is a reader's figure too).
  if (unaddressed && !propertied && !close) return [];
  // A word of the post's title is a reader's sign, unless the close names a price or (second pass,
  // session 12) asks for a call or a meeting: pitches quote the post's keyword ("your changelog
  // posts", a search term in quotes) to look read, but a reader never asks the owner for a call.
  // Session 15: nor names the site's own address or the seller's clientele.
  const meeting = (roles & MEETING) !== 0;
  // Session 16b: nor offers a deliverable (a demo, a mock-up, an audit) or quotes terms.
  if (!price && !meeting && site === '' && clientele === '' && terms === '' && mentionsTopic(f) !== '' && !f.words.some((w) => DELIVERABLES.has(w)) && quotesTerms(f) === '') return [];
  const seller = standInSeller !== '' ? standInSeller : (roles & SELLER) !== 0 && (work === '' || (roles & TRADE) !== 0) ? `"${firstSeller}"` : `"${work}"`;
  const stood = clientele !== '' ? `the clientele "${clientele}"` : `the terms ${terms}`;
  const to = owned !== '' ? (owned === site ? `the site's own address ${site}` : `"${owned}"`) : unaddressed ? `${stood}, no "you"` : `"you" and ${stood}`;
  const out = [to, seller, (roles & TRADE) !== 0 ? `"${firstTrade}"` : `the work: "${work}"`];
  out.push(asked ? `"${firstClose}" …?` : wants !== '' ? `"${wants}" …?` : talk ? `"let's talk"` : acted !== '' ? `"${acted}"` : rate ? 'a rate quoted' : `"${firstFlatClose}"`);
  if (price) out.push(firstPrice !== undefined ? `"${firstPrice}"` : 'a price');
  return out;
}
