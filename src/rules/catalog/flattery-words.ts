// Word lists of the flattery and machine-written rules (flattery.ts, machine-written.ts) that the
// shared word scan also compiles (scan.ts, through machine-words.ts): kept apart from flattery.ts,
// which reads the scan, so that the scan can import them without a module cycle. flattery.ts
// re-exports them under the same names.
import { withFoldedForms } from './fold-words.js';

/**
 * Session 8: the register of written-to-order and machine-written comments (generic advice that
 * fits any page of the topic: "consistency is crucial", "an often overlooked aspect", "ensuring
 * optimal results"). Words of explanation and assessment, not of any topic; each is ordinary in
 * one comment, three in a short one under a commercial author URL are the link buyer's filler.
 */
export const BOILERPLATE: ReadonlySet<string> = new Set([
  'crucial', 'essential', 'vital', 'valuable', 'invaluable', 'insightful', 'insights', 'comprehensive', 'overlooked', 'overlook',
  'effective', 'effectively', 'ensure', 'ensuring', 'ensures', 'enhance', 'enhancing', 'enhances', 'optimize', 'optimizing',
  'optimization', 'optimal', 'implementing', 'implementation', 'leverage', 'leveraging', 'strategies', 'strategy', 'approach',
  'approaches', 'significant', 'significantly', 'additionally', 'furthermore', 'moreover', 'overall', 'particularly', 'truly',
  'journey', 'thriving', 'thrive', 'seamless', 'seamlessly', 'robust', 'delve', 'delving', 'navigate', 'navigating',
  'landscape', 'realm', 'gamechanger', 'highlights', 'highlighted', 'highlighting', 'breakdown', 'informative', 'perspective',
  'aspect', 'aspects', 'consistent', 'consistently', 'achieving', 'maintaining', 'proper', 'properly', 'practical', 'factors',
  'considerations', 'beginners', 'enthusiasts', 'fostering', 'foster', 'elevate', 'empower', 'streamline', 'reliability',
  'efficiency', 'importance', 'beneficial', 'experience', 'key', 'tips', 'worth', 'noting', 'absolutely', 'definitely',
  'pivotal', 'paramount', 'holistic', 'tailored', 'nuanced', 'resonate', 'resonates', 'testament', 'underscores', 'showcases',
]);

/** The first person singular: what a reader who adds something of their own writes ("I switched…", "my starter died"). */
// ("im", "ja", "ma" are left out: German "in the", German "yes", Italian "but".)
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'myself', 'ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem',
  'meiner', 'yo', 'mi', 'mis', 'je', 'moi', 'mon', 'mes', 'jai', 'eu', 'meu', 'minha', 'io', 'mio', 'mia', 'ik', 'mij',
  'mijn', 'mój', 'moj', 'moja', 'я', 'мне', 'меня', 'мой', 'моя', 'benim', 'aku', 'saya', 'jag', 'mitt',
]);
/** Words that grade or agree with the post ("spot on", "as you explained", "this guide covers"). */
export const ASSESS: ReadonlySet<string> = new Set(withFoldedForms([
  'spot', 'explained', 'explains', 'explanation', 'covers', 'covered', 'outlined', 'outlines', 'laid', 'highlighted',
  'highlights', 'mentioned', 'suggest', 'suggested', 'suggests', 'pointed', 'points', 'advice', 'resource', 'guide', 'overview',
  'breakdown', 'tips', 'fundamentals', 'thoughtful', 'solid', 'clear', 'clearly', 'summary', 'reminder', 'erklärung', 'tipp',
  'great', 'excellent', 'wonderful', 'fantastic', 'brilliant', 'informative', 'insightful', 'helpful', 'useful', 'valuable',
  'comprehensive', 'perfectly', 'rightly', 'accurate', 'captures', 'nailed', 'acertados', 'útiles', 'utiles', 'hilfreich',
  'explicación', 'consejos', 'explication', 'conseils', 'explicação', 'dicas', 'spiegazione', 'consigli',
]));
/** A generic audience instead of a person: "many people", "anyone", "homeowners", "beginners". */
export const AUDIENCE: ReadonlySet<string> = new Set([
  'everyone', 'anyone', 'anybody', 'everybody', 'people', 'homeowners', 'beginners', 'readers', 'folks', 'newcomers', 'owners',
  'families', 'parents', 'users', 'customers', 'clients', 'jeder', 'alle', 'todos', 'cualquiera', 'tout', 'tous', 'todos', 'tutti',
]);
