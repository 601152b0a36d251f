// Word lists of the machine-written comment rules (machine-written.ts) and the bits the shared word
// scan (scan.ts) gives each body word for them: AUTHOR_URL_MACHINE_COMMENT first asks the comment's
// mask whether the register, the third person or a bare contraction occurs at all, then reads each
// word's bits instead of asking eight lists per word. Kept apart from machine-written.ts, which
// reads the scan, so that the scan can compile them without a module cycle.
import { roleMap, withFoldedForms } from './fold-words.js';
import { ASSESS, AUDIENCE, BOILERPLATE, FIRST_PERSON } from './flattery-words.js';
import {
  AD_CALL_WORDS, AD_OFFER_WORDS, AD_SELLER_WORDS, M_AD_CALL, M_AD_OFFER, M_AD_SELLER, M_PITCH, M_POINTER, PITCH_WORDS, POINTER_WORDS,
  DATE_PROFILE_WORDS, DATE_SEEK_WORDS, M_DATE_PROFILE, M_DATE_SEEK, M_SERVICE_SELLER, M_SERVICE_TERMS, SERVICE_SELLER_WORDS,
  SERVICE_TERMS_WORDS,
} from './advert-moves.js';

/**
 * The register of machine-written and written-to-order comments beyond flattery.ts's BOILERPLATE
 * (which the commercial-URL rules share): words of assessment, emphasis and connection that fit
 * any topic, in the languages such comments are generated in (English, German, Spanish, French,
 * Portuguese, Italian, Dutch; body words arrive folded, so diacritics are matched without them
 * too). Each is ordinary alone; several in one short comment are the register.
 */
export const REGISTER: ReadonlySet<string> = new Set(withFoldedForms([
  ...BOILERPLATE,
  'thoughtful', 'resonates', 'resonated', 'captivating', 'compelling', 'fascinating', 'reminder', 'noticeable', 'remarkable',
  'underestimate', 'underestimated', 'unaddressed', 'awareness', 'wellbeing', 'adjustments', 'essentials', 'streamlines',
  'streamlined', 'transformative', 'invaluable', 'meaningful', 'intricacies', 'nuances', 'emphasizes', 'emphasises',
  'underscore', 'ultimately', 'notably', 'importantly', 'crucially', 'vibrant', 'bustling', 'seamless', 'timeless',
  'wealth', 'plethora', 'myriad', 'commendable', 'admirable', 'refreshing', 'actionable', 'gamechanger', 'firsthand',
  'embark', 'unlock', 'unlocking', 'harness', 'harnessing', 'elevating', 'prioritize', 'prioritizing', 'overwhelming',
  'intimidating', 'approachable', 'equally', 'inspiring', 'reflection', 'emphasize', 'emphasise', 'changer', 'motivated',
  'invaluable', 'informative', 'straightforward', 'wellstructured', 'standout', 'daunting',
  // German
  'zusätzlich', 'außerdem', 'unterschätzt', 'wertvoll', 'wertvolle', 'wertvollen', 'entscheidend', 'wesentlich', 'wesentliche',
  'essenziell', 'umfassend', 'umfassende', 'umfassenden', 'insbesondere', 'letztendlich', 'nachhaltig', 'lohnt', 'effektiv',
  'optimal', 'hervorragend', 'gelungen', 'anschaulich',
  // Spanish
  'además', 'esencial', 'fundamental', 'valiosa', 'valiosos', 'valiosas', 'valioso', 'completo', 'completa', 'abrumador',
  'sencillo', 'considerar', 'clave', 'crucial', 'imprescindible', 'enriquecedor', 'sin duda', 'garantizar',
  // French
  'également', 'essentiel', 'essentielle', 'précieux', 'précieuse', 'précieuses', 'complet', 'complète', 'garantir', 'durable',
  'indispensable', 'incontournable', 'enrichissant', 'pertinent', 'pertinente', 'primordial',
  // Portuguese, Italian, Dutch
  'além', 'essencial', 'valiosas', 'completo', 'fundamental', 'inoltre', 'essenziale', 'prezioso', 'preziosi', 'completo',
  'fondamentale', 'bovendien', 'essentieel', 'waardevol', 'waardevolle', 'uitgebreid', 'cruciaal',
]));

/** The third person about the writer, where a reader would say "you" ("the author's description"). */
export const THIRD_PERSON: ReadonlySet<string> = new Set(['author', 'authors', 'writer', 'writers', 'autor', 'autors', 'auteur', 'autore', 'schrijver']);
/** Agreeing with the post, the other half of grading it. */
export const AGREE: ReadonlySet<string> = new Set(withFoldedForms([
  'agree', 'agreed', 'absolutely', 'zustimmen', 'acuerdo', 'daccord', 'concordo', 'walkthrough', 'writeup', 'inspiring', 'captures',
]));
/**
 * The generic audiences machine-written comments address besides flattery.ts's AUDIENCE: the
 * readers of any hobby or trade named as a group ("many campers", "developers planning a move").
 */
export const GROUPS: ReadonlySet<string> = new Set([
  'developers', 'teams', 'businesses', 'professionals', 'learners', 'students', 'travelers', 'travellers', 'gardeners',
  'campers', 'hikers', 'runners', 'cyclists', 'drivers', 'investors', 'cooks', 'bakers', 'lovers', 'enthusiasts', 'fans',
  'pet', 'owners', 'buyers', 'newbies', 'hobbyists', 'journalers', 'creators', 'marketers', 'entrepreneurs', 'anyone',
  'débutants', 'debutants', 'principiantes', 'anfänger', 'iniciantes', 'principianti', 'freelancers', 'families',
]);
/** A small added tip or consideration: the "extend the topic" move. */
export const TIP_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'tip', 'tips', 'add', 'worth', 'consider', 'considering', 'considered', 'suggestion', 'tipp', 'tipps', 'lohnt', 'consejo',
  'considerar', 'conseil', 'astuce', 'dica', 'consiglio', 'vale', 'pena',
]));
/** Contractions written without their apostrophe: a generator's output stripped of apostrophes. */
export const BARE_CONTRACTIONS: ReadonlySet<string> = new Set([
  'dont', 'doesnt', 'didnt', 'couldnt', 'wouldnt', 'shouldnt', 'isnt', 'arent', 'wasnt', 'werent', 'weve', 'theyre', 'youre',
  'ive', 'thats', 'theres', 'hasnt', 'havent', 'its',
]);

/**
 * Session 12 (on-topic-praise.ts): thanks, congratulations and good wishes, the close a generated
 * on-topic comment ends on ("thanks for sharing", "wishing you a great event", "congrats"), in the
 * languages such comments are generated in. Ordinary words; the rule counts them as one sign of five.
 */
export const THANKS_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'thank', 'thanks', 'thx', 'congrats', 'congratulations', 'wishing', 'cheers', 'kudos',
  'danke', 'vielen', 'glückwunsch', 'gracias', 'enhorabuena', 'felicidades', 'merci', 'bravo', 'félicitations', 'obrigado',
  'obrigada', 'parabéns', 'grazie', 'complimenti', 'bedankt', 'dank', 'proficiat', 'dzięki', 'dziękuję', 'gratulacje',
  'спасибо', 'благодарю', 'поздравляю',
  // Session 14: the same thanks in the other languages generated on-topic comments are written in
  // (Romanian, Czech, Slovak, Hungarian, Finnish, Norwegian, Croatian and Serbian, Ukrainian, Greek,
  // Catalan, Turkish, Hebrew): each language's everyday "thank you". Danish "tak" (Polish "yes")
  // and Swedish "tack" (an English word) are left out.
  'mulțumesc', 'mulțumim', 'mersi', 'děkuji', 'díky', 'ďakujem', 'vďaka', 'köszönöm', 'köszönjük', 'köszi', 'kiitos',
  'takk', 'hvala', 'дякую', 'дякуємо', 'ευχαριστώ', 'ευχαριστούμε', 'gràcies', 'teşekkürler', 'teşekkür', 'תודה',
]));
/**
 * Session 12: grading the post beyond ASSESS and the praise class: "thorough, complete, detailed,
 * well structured, interesting, recognisable, useful", the grades a generated comment gives a
 * post, in French, Spanish, Italian, Portuguese, Dutch, German, Polish and Russian (body words
 * arrive folded; Russian in its common case forms).
 */
export const GRADE_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'thorough', 'detailed', 'wellstructured', 'smart', 'spot', 'passionnant', 'passionnante', 'complet', 'complète', 'détaillé',
  'clair', 'claire', 'completo', 'completa', 'detallado', 'claro', 'clara', 'dettagliato', 'strutturato', 'chiaro', 'chiara',
  'detalhado', 'goed', 'goede', 'herkenbaar', 'herkenbare', 'duidelijk', 'duidelijke', 'ausführlich', 'ausführlichen',
  'praxisnah', 'praxisnahen', 'verständlich', 'ciekawe', 'ciekawy', 'ciekawa', 'szczegółowy', 'przejrzysty', 'полезный',
  'полезным', 'полезной', 'полезен', 'подробный', 'подробно', 'прекрасно', 'понятный', 'понятно',
]));
/**
 * Session 12: words that state a general truth about a topic rather than a reader's own case
 * ("such a versatile choice", "always worth", "many owners", "every hour counts"): quantifiers
 * and "such / never / often" in the same languages. Common words: one sign of five, never alone.
 */
export const GENERAL_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'such', 'always', 'often', 'never', 'every', 'many', 'most', 'truly', 'underrated', 'important', 'importance',
  'immer', 'oft', 'viele', 'jeder', 'jede', 'wichtig', 'siempre', 'muchos', 'muchas', 'cada', 'importante', 'toujours',
  'souvent', 'nombreux', 'chaque', 'sempre', 'muitos', 'muitas', 'molti', 'molte', 'ogni', 'altijd', 'vaak', 'veel', 'elke',
  'zawsze', 'często', 'wiele', 'każdy', 'ważne', 'всегда', 'часто', 'многие', 'каждый', 'важно',
]));
/**
 * Session 12: a first-person subject ("I", "we", in the same languages): with the word after it
 * not a reaction (AFFECT_WORDS), the start of what happened to the writer ("we moved the bin",
 * "I used 200 g"), the reader's own contribution that a generated comment lacks.
 */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'i', 'ive', 'id', 'ill', 'we', 'weve', 'wed', 'ich', 'wir', 'yo', 'nosotros', 'je', 'jai', 'nous', 'eu', 'nós', 'nos', 'io',
  'noi', 'ik', 'wij', 'я', 'мы', 'jag', 'vi',
  // Session 16: the pronouns of languages the blind sets and the corpora comment in that the list did
  // not read (Albanian, Azerbaijani and Turkish, Czech and Slovak, the South Slavic languages,
  // Danish and Norwegian, Catalan, Indonesian and Malay, Finnish, Ukrainian and Bulgarian, Greek,
  // Hebrew); without them a reader writing "we keep bees" there read as impersonal. Left out:
  // homographs of common words in the languages already read (German "ja", Albanian and French "ne",
  // Finnish "me", Latvian "es").
  'unë', 'biz', 'mən', 'já', 'jeg', 'jo', 'saya', 'kami', 'aku', 'minä', 'ми', 'ние', 'аз', 'εγώ', 'εμείς', 'אני', 'אנחנו',
]);
/**
 * Session 12: the writer's own things ("my mum", "ours flipped over", "unser Garten"): possessives
 * of the first person in the same languages. A generated comment speaks of the post and of people
 * in general, not of what the writer has.
 */
export const OWN_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'my', 'mine', 'our', 'ours', 'mein', 'meine', 'meinen', 'meinem', 'unser', 'unsere', 'unseren', 'unserem', 'mon',
  'notre', 'mis', 'nuestro', 'nuestra', 'nuestros', 'meu', 'minha', 'nosso', 'nossa', 'mio', 'nostro', 'nostra', 'mijn', 'onze',
  'mój', 'moja', 'moje', 'nasz', 'nasza', 'nasze', 'мой', 'моя', 'моё', 'мои', 'наш', 'наша', 'наши',
  // Session 16: the same languages as the pronouns above (Albanian "tona / ynë / jonë", Azerbaijani
  // and Turkish "bizim / mənim / benim", Czech, Slovak and South Slavic "můj / náš / moj / naš",
  // Scandinavian "vår / vores / mitt", Catalan "nostre", Indonesian "kami punya" is the pronoun
  // above, Finnish "meidän / minun", Ukrainian "мій / наш", Greek "μας", Hebrew "שלי / שלנו").
  'tona', 'tanë', 'ynë', 'jonë', 'bizim', 'mənim', 'benim', 'můj', 'náš', 'naše', 'naši', 'môj', 'naša', 'moj', 'naš',
  'vår', 'vårt', 'våra', 'vores', 'mitt', 'nostre', 'meidän', 'minun', 'мій', 'моє', 'нашия', 'нашата', 'μας', 'שלי', 'שלנו',
]));
/**
 * Session 12: what follows "I" in a generated comment's reaction to the post rather than an event
 * ("I appreciate", "I love how", "I especially liked", "I'd also add", "I'm sure"): the reader
 * who only reacts tells nothing of their own.
 */
export const AFFECT_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'appreciate', 'appreciated', 'love', 'loved', 'enjoyed', 'like', 'liked', 'especially', 'particularly', 'really', 'truly',
  'also', 'agree', 'completely', 'totally', 'think', 'believe', 'feel', 'cant', 'look', 'am', 'must', 'hope', 'would', 'will',
  'found', 'add', 'couldnt', 'definitely', 'absolutely', 'wish', 'can', 'sure', 'learned', 'learnt',
  'schätze', 'finde', 'fand', 'liebe', 'sehr', 'stimme', 'aprecio', 'encanta', 'encantado', 'muy', 'adore', 'aime', 'apprécie',
  'trouve', 'très', 'adorei', 'gostei', 'amei', 'concordo', 'apprezzo', 'adoro', 'molto', 'vind', 'heel', 'очень', 'согласен',
]));

/** Machine bits (MACHINE_WORDS): one per list, AUDIENCE, ASSESS and FIRST_PERSON from flattery-words.ts. */
export const M_REGISTER = 1;
export const M_THIRD_PERSON = 2;
export const M_AGREE = 4;
export const M_GROUPS = 8;
export const M_TIP = 16;
export const M_BARE = 32;
export const M_AUDIENCE = 64;
export const M_ASSESS = 128;
export const M_FIRST_PERSON = 256;
export const M_THANKS = 512;
export const M_GENERAL = 1024;
export const M_SUBJECT = 2048;
export const M_AFFECT = 4096;
export const M_GRADE = 8192;
export const M_OWN = 16384;

/** Every word of those lists, with its machine bits: one lookup per word (the shared scan keeps them per word). */
export const MACHINE_WORDS: ReadonlyMap<string, number> = roleMap([
  [M_REGISTER, REGISTER],
  [M_THIRD_PERSON, THIRD_PERSON],
  [M_AGREE, AGREE],
  [M_GROUPS, GROUPS],
  [M_TIP, TIP_WORDS],
  [M_BARE, BARE_CONTRACTIONS],
  [M_AUDIENCE, AUDIENCE],
  [M_ASSESS, ASSESS],
  [M_FIRST_PERSON, FIRST_PERSON],
  [M_THANKS, THANKS_WORDS],
  [M_GENERAL, GENERAL_WORDS],
  [M_SUBJECT, SUBJECT_WORDS],
  [M_AFFECT, AFFECT_WORDS],
  [M_GRADE, GRADE_WORDS],
  [M_OWN, OWN_WORDS],
  // Session 13: the shop advert's moves (advert-moves.ts), read by TEXT_SHOP_ADVERT.
  [M_AD_OFFER, AD_OFFER_WORDS],
  [M_AD_CALL, AD_CALL_WORDS],
  [M_AD_SELLER, AD_SELLER_WORDS],
  // Session 13: LINK_PLACED_PITCH's pitch and pointer words (placed-link-pitch.ts).
  [M_PITCH, PITCH_WORDS],
  [M_POINTER, POINTER_WORDS],
  // Session 13: TEXT_DATING_PROFILE's words (dating-profile.ts).
  [M_DATE_PROFILE, DATE_PROFILE_WORDS],
  [M_DATE_SEEK, DATE_SEEK_WORDS],
  // Session 13: TEXT_SERVICE_OFFER's words (service-offer.ts).
  [M_SERVICE_SELLER, SERVICE_SELLER_WORDS],
  [M_SERVICE_TERMS, SERVICE_TERMS_WORDS],
]);
