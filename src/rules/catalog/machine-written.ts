// Session 10: comments written by a language model to carry a link or a name. Moderators describe
// them the same way (site owners' and anti-spam vendors' write-ups of LLM comment spam): fluent,
// polite, on the post's topic, yet they restate it in the register of written-to-order text
// ("valuable insights", "it's worth noting", "additionally", "a game-changer"), often speak of
// the author in the third person, add a small generic "tip", and their one purpose is the author
// URL, one inline link, or a product named as if it were a reader's tip. No single word marks
// them; the rules below count signs of several kinds, and every one of them is a hold, never a
// verdict alone. The padded spun compliment (TEXT_SPUN_FLATTERY_PADDED) lives here too: flattery.ts
// is full.
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { AUDIENCE, FLATTERY_CAP, SPUN_MAX_WORDS, echoesTopic, mentionsTopic, promotedAuthorSite, spunFlattery, textOutsideLinks } from './flattery.js';
import { withFoldedForms } from './fold-words.js';
import { authorUrlLinks, onPersonalBlogHost, onPublicBodySite, placedLinks, siteOf } from './link-facts.js';
import {
  GROUPS, M_AGREE, M_ASSESS, M_AUDIENCE, M_BARE, M_FIRST_PERSON, M_GROUPS, M_REGISTER, M_THIRD_PERSON, M_TIP, REGISTER,
} from './machine-words.js';
import { NONE } from './none.js';
import { classBit, scanOf, wordRolesOf } from './scan.js';

/** The machine register's core (below): two of its words, the third person, a bare contraction, or a dash. */
const CORE_BITS = M_REGISTER | M_THIRD_PERSON | M_BARE;

const MACHINE_MIN_WORDS = 12;
const MACHINE_MAX_WORDS = 120;

/**
 * The link a machine-written comment carries: a promoted author URL (not a profile, a well-known
 * site, a blog on a blog host or a site named after the author: flattery.ts), else with no
 * author URL the comment's one placed body link, not to a blog host or a public body (gov.uk, nhs.uk, .edu).
 */
export function carriedSite(f: Features): string {
  if (f.normalized.authorUrl !== '') {
    const site = promotedAuthorSite(f);
    return site === '' ? '' : `author URL ${site}`;
  }
  const placed = placedLinks(f);
  if (placed.length !== 1) return '';
  const l = placed[0] as Link;
  if (l.host === '' || wellKnownSite(l.host) !== undefined || onPersonalBlogHost(l) || onPublicBodySite(l)) return '';
  return `link ${siteOf(l)}`;
}

/** A dash between words (— or a spaced – ), the punctuation generated text favours. */
export function dashBetweenWords(text: string): boolean {
  return text.includes('—') || text.includes(' – ');
}

function machineSigns(f: Features): string[] {
  const n = f.words.length;
  if (n < MACHINE_MIN_WORDS || n > MACHINE_MAX_WORDS || f.links.length === 0) return NONE;
  if (f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  const text = f.normalized.body.text;
  // Without a word of the core or a dash the core below cannot hold: the comment's mask says so
  // before the carried site is worked out or any word is read.
  if ((scanOf(f).machineWords & CORE_BITS) === 0 && !dashBetweenWords(text)) return NONE;
  const carried = carriedSite(f);
  if (carried === '') return NONE;
  const register: string[] = [];
  let third = '';
  let tip = '';
  let audience = '';
  let grade = '';
  let bare = '';
  let firstPerson = false;
  // n <= MACHINE_MAX_WORDS < ROLE_WORDS: every word has its bits.
  const bits = wordRolesOf(f).machine;
  for (let i = 0; i < n; i++) {
    const b = bits[i] as number;
    if (b === 0) continue;
    const w = f.words[i] as string;
    if ((b & M_REGISTER) !== 0 && !register.includes(w)) register.push(w);
    if (third === '' && (b & M_THIRD_PERSON) !== 0) third = w;
    if (tip === '' && (b & M_TIP) !== 0) tip = w;
    if (audience === '' && (b & (M_AUDIENCE | M_GROUPS)) !== 0) audience = w;
    if (grade === '' && (b & (M_ASSESS | M_AGREE)) !== 0) grade = w;
    if (bare === '' && (b & M_BARE) !== 0) bare = w;
    if (!firstPerson && (b & M_FIRST_PERSON) !== 0) firstPerson = true;
  }
  const dash = dashBetweenWords(text);
  // A contraction counts as bare only when the text has no apostrophe at all.
  if (bare !== '' && (text.includes("'") || text.includes('’') || bare === 'its')) bare = '';
  // The machine register is the core: without two of its words, its punctuation or the author in
  // the third person, a fluent on-topic comment under an own site is what a reader writes.
  if (register.length < 2 && !dash && bare === '' && third === '') return NONE;
  const signs: string[] = [];
  if (register.length >= 2) signs.push(`register "${register.slice(0, 4).join(', ')}"`);
  if (register.length >= 4) signs.push('dense register');
  if (dash) signs.push('dash between words');
  if (bare !== '') signs.push(`"${bare}" without apostrophe`);
  if (third !== '') signs.push(`third person "${third}"`);
  if (grade !== '') signs.push(`grades the post "${grade}"`);
  if (audience !== '') signs.push(`audience "${audience}"`);
  if (tip !== '') signs.push(`adds a tip "${tip}"`);
  // What a reader brings raises the bar: a question, a figure of their own, "I" / "my".
  let need = 4;
  if (text.includes('?') || text.includes('¿')) need++;
  if (firstPerson) need++;
  // The title's topic adds one sign at most and a figure only raises the bar: count before
  // reading either (each a pass over the words or the text).
  if (signs.length + 1 < need) return NONE;
  const topic = echoesTopic(f);
  if (topic !== '') signs.push(`topic "${topic}"`);
  if (signs.length < need) return NONE;
  if (/\d/.test(textOutsideLinks(f))) need++;
  if (signs.length < need) return NONE;
  return [`${carried}; ${signs.join('; ')}`];
}

/**
 * A product or service named as a reader's tip, with no link: a proper name (CamelCase, or a
 * capitalised word right after "use / try / like / called / to"), a recommendation verb, a
 * trade noun (app, tool, service, platform, agency, VPN, …) and an endorsement, in a comment that
 * asks nothing and does not name the post's own subject.
 */
const SERVICE = classBit('service');
const TRADE_NOUNS: ReadonlySet<string> = new Set(withFoldedForms([
  'app', 'apps', 'tool', 'tools', 'service', 'services', 'platform', 'agency', 'software', 'vpn', 'proxy', 'proxies', 'plugin',
  'company', 'provider', 'aplicación',
  'herramienta', 'servicio', 'plataforma', 'agencia', 'empresa', 'outil', 'plateforme', 'logiciel', 'application', 'agence',
  'werkzeug', 'dienst', 'plattform', 'agentur', 'anbieter', 'aplicativo', 'ferramenta', 'serviço', 'applicazione', 'strumento',
  'piattaforma', 'servizio', 'agenzia',
]));
const RECOMMEND_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'use', 'using', 'used', 'tried', 'try', 'trying', 'switched', 'recommend', 'recommended', 'suggest', 'checking', 'check',
  'found', 'discovered', 'uso', 'usé', 'jutilise', 'utilisons', 'nutzen',
  'recomiendo', 'prueba', 'probé', 'utilise', 'recommande', 'essayez', 'nutze', 'benutze', 'empfehle', 'uso', 'recomendo',
  'consiglio', 'raccomando',
]));
/** The endorsement a plug carries ("highly recommend", "a game-changer", "saves me hours"). */
const ENDORSE_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'recommend', 'recommended', 'highly', 'transformed', 'gamechanger', 'lifesaver', 'saves', 'saved', 'helped', 'reliable', 'great', 'best', 'amazing',
  'seamless', 'seamlessly', 'effortless', 'instantly', 'seconds', 'hassle', 'definitely', 'worth', 'free', 'boosting',
  'easy', 'fantastic', 'excellent', 'bom', 'ótimo', 'muchísimo', 'recomiendo', 'ayudado', 'recommande', 'vivement', 'empfehle', 'recomendo', 'consiglio', 'huge',
]));
/** Words after which a capitalised word is a name being recommended. */
const NAME_LEAD: ReadonlySet<string> = new Set(['use', 'using', 'used', 'try', 'tried', 'to', 'like', 'called', 'named', 'with', 'uso', 'usar', 'utilise', 'nutze']);
const PLUG_MAX_WORDS = 70;

/** A proper name in the text that is not a word of the post title: CamelCase, or capitalised after a lead word. */
function recommendedName(text: string, title: string): string {
  const tokens = text.length <= 1000 ? text.split(/[^\p{L}\p{N}]+/u) : [];
  const lowerTitle = title.toLowerCase();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t.length < 4 || t.length > 30) continue;
    const first = t.charAt(0);
    // Lowercase or digits first, or all capitals (an acronym such as VPN): not a product's name.
    if (first === first.toLowerCase() || t === t.toUpperCase()) continue;
    const camel = /\p{Ll}\p{Lu}/u.test(t);
    if (!camel && !NAME_LEAD.has((tokens[i - 1] as string).toLowerCase())) continue;
    if (lowerTitle.includes(t.toLowerCase())) continue;
    return t;
  }
  return '';
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une', 'una', 'uno', 'um', 'uma', 'ein', 'eine', 'einen', 'een']);
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'qui', 'que', 'che', 'die', 'der', 'das', 'dat', 'for', 'para', 'pour', 'per']);

/** "a tool that …", "an app for …", "une plateforme qui …": the product introduced as a kind of thing with what it does. */
function describedAs(words: readonly string[]): boolean {
  for (let i = 1; i + 1 < words.length; i++) {
    if (!TRADE_NOUNS.has(words[i] as string) || !RELATIVES.has(words[i + 1] as string)) continue;
    for (let j = Math.max(0, i - 3); j < i; j++) if (ARTICLES.has(words[j] as string)) return true;
  }
  return false;
}

function productPlug(f: Features): string[] {
  const n = f.words.length;
  if (n < 8 || n > PLUG_MAX_WORDS || f.links.length > 0) return NONE;
  if ((scanOf(f).classes & SERVICE) === 0) return NONE;
  const text = f.normalized.body.text;
  if (text.includes('?') || text.includes('¿')) return NONE;
  const noun = f.words.find((w) => TRADE_NOUNS.has(w));
  if (noun === undefined) return NONE;
  // Recommended by a verb ("I use", "try", "switched to") or to a generic audience ("for anyone …").
  const verb = f.words.find((w) => RECOMMEND_WORDS.has(w) || AUDIENCE.has(w));
  if (verb === undefined) return NONE;
  const endorse = f.words.find((w) => ENDORSE_WORDS.has(w) && w !== verb);
  if (endorse === undefined) return NONE;
  // A tool the post is about ("Photo editing in GIMP") is the conversation, not a plug.
  if (mentionsTopic(f) === noun) return NONE;
  const name = recommendedName(text, f.normalized.postTitle);
  if (name === '' || wellKnownSite(`${name.toLowerCase()}.com`) !== undefined) return NONE;
  // Readers recommend tools too ("I use Obsidian, the plugin is great"): a plug also pitches. Two of:
  // the product described as "a/an <trade noun> that …", a generic audience ("for anyone …"), two
  // endorsements, the machine register (two words or a dash).
  const pitch: string[] = [];
  if (describedAs(f.words)) pitch.push('"a … that" description');
  const audience = f.words.find((w) => AUDIENCE.has(w) || GROUPS.has(w));
  if (audience !== undefined) pitch.push(`audience "${audience}"`);
  const endorsements = new Set(f.words.filter((w) => ENDORSE_WORDS.has(w) && w !== verb));
  if (endorsements.size >= 2) pitch.push(`endorsed "${[...endorsements].slice(0, 3).join(', ')}"`);
  let register = 0;
  for (const w of f.words) if (REGISTER.has(w)) register++;
  if (register >= 2 || dashBetweenWords(text)) pitch.push('machine register');
  if (pitch.length < 2) return NONE;
  return [`"${name}" (${noun}) recommended: "${verb}"; ${pitch.join('; ')}`];
}

const PADDED_MIN_WORDS = 20;
/** A greeting followed by a capitalised name that is not "there", "admin", "team", …. */
const GREETING_THEN_WORD = /^\s{0,5}(?:hi|hello|hey|dear|hallo|hola|bonjour|ciao|olá|ola|hej|salut)[ ,]{1,3}(\p{L}{2,20})/iu;
const NOT_A_NAME: ReadonlySet<string> = new Set(['there', 'admin', 'webmaster', 'everyone', 'all', 'team', 'friend', 'friends', 'sir', 'madam', 'guys', 'folks']);

/** "Hi Sarah!": a greeting followed by a capitalised word that is not "there", "admin", "team", …. */
function greetedByName(text: string): boolean {
  const m = GREETING_THEN_WORD.exec(text);
  if (m === null) return false;
  const word = m[1] as string;
  return word.charAt(0) !== word.charAt(0).toLowerCase() && !NOT_A_NAME.has(word.toLowerCase());
}

/** An example comment on a post, with or without an author (the machine-written rules' examples). */
export const onPost = (content: string, postTitle: string, author?: { name: string; url: string }): CommentInput =>
  author === undefined ? { content, target: { postTitle } } : { content, author, target: { postTitle } };

export const MACHINE_WRITTEN_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_URL_MACHINE_COMMENT',
    requires: ['links', { minWords: MACHINE_MIN_WORDS }, { maxWords: MACHINE_MAX_WORDS }],
    group: 'author',
    score: 3,
    description: 'A promoted author URL (not a profile, well-known site, blog host or a site named after the author; or, with none, the comment\'s one link) under a 12-120-word comment in the machine-written register: two or more of its words (valuable, insights, additionally, crucial, resonates, game-changer, …, in seven languages) or its dashes or apostrophe-less contractions, and with them four signs in all (the register, the author in the third person, grading the post, a generic audience, an added "tip", the title\'s topic); a question, a figure or "I" each ask for one more',
    cap: FLATTERY_CAP,
    test: machineSigns,
    examples: {
      hit: [
        onPost('What a thoughtful look at composting in small spaces. The point about balancing greens and browns really resonates, and it is worth noting that many beginners overlook airflow entirely. Additionally, a lid with small holes keeps pests out.', 'Composting on a city balcony', { name: 'Grace Hill', url: 'https://leafandloam.example.com' }),
        onPost('The authors take on learning the cello as an adult is truly inspiring. Its clear that patience matters more than talent, and the advice about short daily practice is practical and essential for anyone starting out.', 'Learning the cello at forty', { name: 'Noah Reed', url: 'https://stringcraftly.example.net' }),
        onPost('Ein umfassender Beitrag zum Thema Fahrradpflege – besonders die Hinweise zur Kette werden oft unterschätzt. Zusätzlich lohnt es sich, die Bremsen regelmäßig zu prüfen. Vielen Dank für die wertvollen Tipps!', 'Fahrradpflege im Herbst', { name: 'Lena Vogt', url: 'https://radwerk-atelier.example.de' }),
      ],
      miss: [
        onPost('What a thoughtful look at composting in small spaces. The point about balancing greens and browns really resonates, and it is worth noting that many beginners overlook airflow entirely.', 'Composting on a city balcony', { name: 'Grace', url: 'https://gracehill.example.com' }),
        onPost('Our balcony bin went slimy in week two; adding shredded cardboard fixed it. Do you turn yours daily or weekly?', 'Composting on a city balcony', { name: 'Tom', url: 'https://leafandloam.example.com' }),
        onPost('What a thoughtful look at composting in small spaces. The point about balancing greens and browns really resonates, and it is worth noting that many beginners overlook airflow entirely.', 'Composting on a city balcony'),
        onPost('Really useful write-up. We moved our insulation to the attic floor last autumn and the damp stopped, so I can confirm the ventilation point.', 'Damp in an old cottage', { name: 'Gareth', url: 'https://thecottagelog.example.co.uk' }),
      ],
    },
  },
  {
    id: 'TEXT_PRODUCT_PLUG',
    requires: [{ wordClass: 'service' }, { minWords: 8 }, { maxWords: PLUG_MAX_WORDS }],
    group: 'text',
    score: 3,
    description: 'A product or service named as a reader\'s tip with no link: a proper name (CamelCase, or capitalised after "use / try / like / called") that is not in the post title or a well-known site\'s name, a recommendation verb, a trade noun (app, tool, service, platform, agency, VPN, in six languages) and an endorsement (highly, saves, game-changer, …); no question',
    cap: FLATTERY_CAP,
    test: productPlug,
    examples: {
      hit: [
        onPost('Lovely ideas for the garden. We have been using PlantPal, an app that reminds you when to water, and it has saved our tomatoes all summer. Highly recommend it.', 'A small vegetable garden for beginners'),
        onPost('Good overview. For anyone moving house I would suggest MoveMaster, a removals service that handled everything seamlessly for us.', 'Our first month in Leeds'),
        onPost('Buenos consejos. Yo uso GastoClaro, una herramienta para controlar los gastos del mes que me ha ayudado muchísimo, la recomiendo.', 'Cómo hacer un presupuesto familiar'),
      ],
      miss: [
        onPost('I used Anki for two years but only remembered words after reading novels.', 'Learning vocabulary that sticks'),
        onPost('Would you recommend Darktable over RawTherapee? Both are free but the tools feel different.', 'Editing RAW photos for free'),
        onPost('We use GitHub Actions for this and the free tier is plenty for a small team.', 'CI for small teams'),
        onPost('Great tips for Anki users, the app really is the best for this.', 'Getting more out of Anki'),
        onPost('I use Logseq for my work notes and the daily journal plugin is great, saves me a lot of time.', 'How I keep a work log'),
      ],
    },
  },
  {
    id: 'TEXT_SPUN_FLATTERY_PADDED',
    // spunFlattery's own bound (flattery.ts): at most 90 words.
    requires: [{ wordClass: 'work' }, { minWords: PADDED_MIN_WORDS }, { maxWords: SPUN_MAX_WORDS }],
    group: 'text',
    score: 1,
    description: 'Spun flattery (TEXT_SPUN_FLATTERY) padded to 20 words or more: a real reader\'s thanks is short; the generated compliment is a paragraph that still names nothing',
    cap: FLATTERY_CAP,
    test: (f) => {
      if (f.words.length < PADDED_MIN_WORDS) return NONE;
      // Spun flattery first: on most comments its word-class gate ends the test.
      const spun = spunFlattery(f);
      if (spun.length === 0) return NONE;
      // A reader's blog on a blog host or a profile on a well-known site, or a greeting by the owner's name
      // ("Hi Sarah!") is a reader who knows the blog: spam does not know whom it writes to.
      if (authorUrlLinks(f).some((l) => onPersonalBlogHost(l) || wellKnownSite(l.host) !== undefined)) return NONE;
      if (greetedByName(f.normalized.body.text)) return NONE;
      return [`${f.words.length} words of ${spun[0] as string}`];
    },
    examples: {
      hit: [
        onPost('Hello! I came across your blog last night and honestly it is wonderful, the writing is so pleasant. I have bookmarked it and will come back often for more.', 'Tuning PostgreSQL autovacuum'),
        onPost('Hola, tu blog es excelente y el contenido tiene mucha calidad. Ya guardé la página en favoritos y volveré pronto para leer más artículos tuyos.', 'Tuning PostgreSQL autovacuum'),
      ],
      miss: [
        onPost('Hello! Wonderful article, I have bookmarked your site.', 'Tuning PostgreSQL autovacuum'),
        onPost('Hello! I came across your blog last night, the autovacuum part is wonderful. I have bookmarked it and will come back often for more.', 'Tuning PostgreSQL autovacuum'),
        onPost('Hi Maria! I came across your blog last year and honestly it is wonderful, the writing is so warm. I have bookmarked it and always come back for more.', 'Tuning PostgreSQL autovacuum'),
        { content: 'Hello! I came across your blog last night and honestly it is wonderful, the writing is so pleasant. I have bookmarked it and will come back often for more.', author: { name: 'Ellen', url: 'https://ellenreads.wordpress.com' }, target: { postTitle: 'Tuning PostgreSQL autovacuum' } },
      ],
    },
  },
];
