// Word lists of the machine-written comment rules (machine-written.ts) and the bits the shared word
// scan (scan.ts) gives each body word for them: AUTHOR_URL_MACHINE_COMMENT first asks the comment's
// mask whether the register, the third person or a bare contraction occurs at all, then reads each
// word's bits instead of asking eight lists per word. Kept apart from machine-written.ts, which
// reads the scan, so that the scan can compile them without a module cycle.
import { roleMap, withFoldedForms } from './fold-words.js';
import { ASSESS, AUDIENCE, BOILERPLATE, FIRST_PERSON } from './flattery-words.js';

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
]);
