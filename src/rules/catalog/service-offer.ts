// Session 13: a freelancer's or an agency's offer of work to the site owner, the pitch that names
// no "your website" and asks no question (TEXT_OWNER_PITCH needs both): "I am a virtual assistant
// who can handle your bookings for $8 per hour, would you like a free trial week", "I'm a full
// stack developer … kindly reply if interested, I will share my portfolio", "we create SEO posts
// every week so you can focus on the club, happy to share samples and rates". Site owners and
// web-hosting forums describe it by the same three moves: the seller introduces itself in the
// first person ("I am a … assistant / developer / writer", "we help / build / create"), speaks to
// "you", and quotes the terms of the work (an hourly rate, a trial, samples, a portfolio, no set-up
// fee, packages). A reader who says what they do for a living names no terms. It holds (3
// points), never decides alone.
import type { Features, Rule } from '../../types.js';
import { withFoldedForms } from './fold-words.js';
import { NONE } from './none.js';
import { M_SERVICE_SELLER, M_SERVICE_TERMS } from './advert-moves.js';
import { classBit, scanOf, wordRolesOf } from './scan.js';

const OWNER = classBit('owner');
const MIN_WORDS = 12;
const MAX_WORDS = 100;
/** How far before the seller's noun "I am" may stand ("I am a freelance content writer"). */
const NEAR = 4;
/** Seller words that are verbs: they need "we" or "I" right before them ("we help", "I manage"). */
const SELLER_VERBS: ReadonlySet<string> = new Set(withFoldedForms([
  'help', 'build', 'create', 'manage', 'design', 'provide', 'specialise', 'specialize', 'pomagamy', 'tworzymy', 'hjelper', 'lager',
  'hjælper', 'hjälper', 'helpen', 'bouwen', 'hjelpe', 'hjælpe', 'hjälpa',
]));
/** "can" between the first person and the verb ("we can help", "vi kan hjelpe"; after reading set 8). */
const CAN: ReadonlySet<string> = new Set(['can', 'kan', 'could', 'können', 'kunnen']);
/** Second person beyond the scan's owner class: Scandinavian "du / deg / din / dere" (after reading set 8). */
const YOU_MORE: ReadonlySet<string> = new Set(['du', 'deg', 'din', 'dere', 'dig', 'dina', 'dine']);
/** The first person before a seller: I, I'm, I am, we, and the same in the languages of the lists. */
const FIRST: ReadonlySet<string> = new Set(withFoldedForms([
  'i', 'im', 'am', 'we', 'ich', 'bin', 'wir', 'je', 'suis', 'nous', 'soy', 'yo', 'jestem', 'jeg', 'er', 'vi', 'jag', 'ik', 'ben', 'wij',
]));
/** Polish, Norwegian and Dutch verbs carry the person themselves. */
const SELF_PERSON: ReadonlySet<string> = new Set(withFoldedForms(['pomagamy', 'tworzymy']));

/**
 * An assistant sells only as a virtual, remote or personal one: a teaching or care assistant is a
 * reader saying what they do (found writing a hard-ham fixture, cs-916).
 */
const ASSISTANT: ReadonlySet<string> = new Set(withFoldedForms(['assistant', 'asystentka', 'asystent', 'assistante', 'asistente']));
const FOR_HIRE: ReadonlySet<string> = new Set(withFoldedForms(['virtual', 'remote', 'personal', 'admin', 'executive', 'wirtualna', 'wirtualny', 'virtuelle', 'virtual']));

function sellerAt(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  if (SELF_PERSON.has(w)) return true;
  if (ASSISTANT.has(w) && !FOR_HIRE.has(words[i - 1] ?? '') && !FOR_HIRE.has(words[i + 1] ?? '')) return false;
  if (SELLER_VERBS.has(w)) {
    const before = words[i - 1] ?? '';
    return FIRST.has(before) || (CAN.has(before) && FIRST.has(words[i - 2] ?? ''));
  }
  for (let j = Math.max(0, i - NEAR); j < i; j++) if (FIRST.has(words[j] as string)) return true;
  return false;
}

function serviceOffer(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS || f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  const scan = scanOf(f);
  const both = M_SERVICE_SELLER | M_SERVICE_TERMS;
  if ((scan.machineWords & both) !== both) return NONE;
  if ((scan.classes & OWNER) === 0 && !f.words.some((w) => YOU_MORE.has(w))) return NONE;
  const bits = wordRolesOf(f).machine;
  let seller = '';
  const terms: string[] = [];
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] as number;
    if ((b & both) === 0) continue;
    const w = f.words[i] as string;
    if (seller === '' && (b & M_SERVICE_SELLER) !== 0 && sellerAt(f.words, i)) seller = i > 0 ? `${f.words[i - 1] as string} ${w}` : w;
    if ((b & M_SERVICE_TERMS) !== 0 && !terms.includes(w)) terms.push(w);
  }
  if (seller === '' || terms.length === 0) return NONE;
  // Terms are quoted: two of them, or one with a figure or a currency sign ("$8 per hour").
  const figure = scan.digits > 0 || /[$€£]/.test(f.normalized.body.text);
  if (terms.length < 2 && !figure) return NONE;
  return [`seller "${seller}", to "you", terms "${terms.slice(0, 3).join('", "')}"${figure ? ' and a figure' : ''}`];
}

export const SERVICE_OFFER_RULES: readonly Rule[] = [
  {
    id: 'TEXT_SERVICE_OFFER',
    requires: ['machineWord', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    group: 'text',
    score: 3,
    description: 'A seller\'s offer of work to the owner without "your website" or a question: a first-person seller ("I am a virtual assistant / developer / writer", "we help / build / create"), "you" and the terms of the work (an hourly rate, a trial, samples, a portfolio, a set-up fee, packages: two, or one with a figure), in English and several languages',
    test: serviceOffer,
    examples: {
      hit: [
        'Hello! I am a freelance bookkeeper assistant and can take your invoicing and emails off your hands for $9 per hour. Free trial week available.',
        'Hi, we help bakeries win more local orders through Instagram and Google. No setup fee this month, and you only pay the monthly rate. Happy to send samples.',
        'Dzień dobry, jestem asystentka wirtualna i mogę prowadzić Twoje maile i kalendarz, stawka 30 zł za godzinę, pierwszy tydzień próbny.',
      ],
      miss: [
        'I am a teaching assistant myself and your post on phonics games was brilliant, thank you.',
        'We help at the repair café every month; you are welcome to join, no experience needed.',
        'I am a developer too and your benchmark matches mine: the hourly cron was the slow part.',
      ],
    },
  },
];
