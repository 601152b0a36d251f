// Session 18r: the cold pitch to the site's owner, read by its offer rather than by its trade.
// Sellers of services to small businesses (virtual assistants, AI receptionists and chatbots,
// booking apps, web redesigns, logo work, ad and map-listing management, lead lists, editing and
// ghost-writing) each have their own nouns, and the pitch rules' word lists trail behind the next
// trade. What the pitch keeps whatever it sells is its shape: it speaks of the owner's business
// ("your site", "your page", "we noticed you take bookings by phone"), says what the seller does
// ("we build", "our assistants handle", "I edit … professionally"), names the terms of an offer (a
// price per hour, per lead or per image, "from $6", a free trial, the first one free, a special
// price, no contract), and asks for the reply ("reply", "can we talk", "book a demo"). A reader
// who runs a business next door, or asks the owner about prices, has one or two of these, never
// an offer's terms with them. Terms and one more part, or the three other parts, hold the
// comment (3 points); never decides alone. English only: the terms are words.
import type { Features, Rule } from '../../types.js';
import { NONE } from './none.js';
import { OFFER_TERMS_WORD, scanOf } from './scan.js';

const MIN_WORDS = 8;
const MAX_WORDS = 120;

/** The owner's own business, site or page spoken of, or what the seller noticed about it. */
const OWNER_THINGS =
  /\b(?:your (?:site|website|web site|page|pages|blog|business|shop|store|studio|school|club|practice|clinic|salon|company|brand|logo|listing|profile|episode|podcast|channel|facebook|instagram|google|customers|clients|visitors|bookings|calls|crew|team|town|city)|(?:i|we) (?:noticed|saw|see|looked at|checked|came across) (?:that )?your|you (?:take|publish|run|post|don't have|do not have|are not|aren't))\b/i;

/**
 * The terms of an offer: a price per unit or from a figure, something free to start, a fee, no commitment.
 * Every repeat is bounded (a figure of at most 13 characters, a word of at most 20): a run such as
 * "1,1,1,…" would otherwise be rescanned from each of its digits (the lead, session 18: regex lint).
 */
const OFFER_TERMS =
  /(?:\bfree (?:trial|setup|set-up|test|sample|audit|report|quote|consultation|mockup|demo|concepts?|week|month|call)\b|\bfirst (?:\w{1,20} )?(?:week|month|episode|gallery|lead|hour|\d{1,4} \w{1,20}) (?:free|on us)\b|\b(?:from|at|just|only) [$£€]\s?\d|[$£€]\s?\d[\d,.]{0,12}\s?(?:\/|per|a|an)\s?(?:hr|hour|month|day|image|lead|post|word|article)\b|\b\d[\d,.]{0,12} (?:pounds|dollars|euros?) (?:a|per) \w{1,20}|\bspecial price\b|\bmonthly fee\b|\bone-off fee\b|\bdiscount code\b|\bno (?:upfront|contract|setup)\b)/i;

/** The reply asked for. */
const REPLY_ASKED =
  /(?:\breply\b|\bcan we (?:talk|chat)\b|\bbook a (?:demo|call)\b|\blet me know\b|\bshall i send\b|\bwant a sample\b|\bwould you be open\b|\bsay yes\b|\bget in touch\b|\bdm me\b|\bcontact (?:me|us)\b|\bsend (?:me|us) (?:a|an|one)\b)/i;

/** What the seller does for the owner. */
const SELLER_DOES =
  /\b(?:(?:i|we) (?:can|will|'ll) (?:build|create|design|redesign|fix|set up|setup|integrate|post|grow|write|edit|manage|handle|help you|run|optimi[sz]e|rank)|our (?:agency|app|service|services|managers|experts|assistants|virtual|ai|trained|certified)|(?:i|we) (?:build|design|redesign|offer|provide|specialise|specialize|manage|help|optimi[sz]e|set up)|i (?:am|'m) a (?:freelance|professional|virtual)|freelance \w{1,20} here|i (?:edit|design|build|manage|write) \w{1,20} (?:professionally|for))\b/i;

function serviceTerms(f: Features): string[] {
  const n = f.words.length;
  // The shared scan's rule-word bit: a word the terms or the reply asked for cannot do without
  // (rule-words.ts OFFER_TERMS_WORDS), so the regular expressions run on few comments.
  if ((scanOf(f).ruleWords & OFFER_TERMS_WORD) === 0) return NONE;
  if (n < MIN_WORDS || n > MAX_WORDS || f.normalized.isStaff || f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  const text = f.normalized.body.text;
  const terms = OFFER_TERMS.exec(text);
  const reply = REPLY_ASKED.exec(text);
  // Without terms all three other parts are needed: stop at the first one missing.
  if (terms === null && reply === null) return NONE;
  const owner = OWNER_THINGS.exec(text);
  if (terms === null && owner === null) return NONE;
  const seller = SELLER_DOES.exec(text);
  const parts = [owner, seller, reply].filter((m) => m !== null) as RegExpExecArray[];
  if (terms !== null ? parts.length < 1 : parts.length < 3) return NONE;
  const quoted = parts.map((m) => `"${m[0]}"`).join(', ');
  return [terms !== null ? `offer terms "${terms[0]}" with ${quoted}` : `a pitch to the owner: ${quoted}`];
}

export const SERVICE_TERMS_RULES: readonly Rule[] = [
  {
    id: 'TEXT_OWNER_SERVICE_TERMS',
    group: 'text',
    score: 3,
    requires: ['ruleWord', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    description:
      'An 8-120-word comment (not staff, not a pingback) that pitches a service to the site\'s owner by its offer, whatever the trade: the terms of an offer (a price per hour, day, lead or image, "from $N", a free trial, setup or sample, the first one free, a special price, a monthly fee, no contract) with one more part, or all three other parts: the owner\'s business spoken of ("your site", "your page", "we noticed your"), what the seller does ("we build", "our assistants", "I can set up"), the reply asked ("reply", "can we talk", "book a demo"). Read only when a word of the terms or the reply (free, fee, monthly, contract, upfront, reply, contact, demo, sample) is among the words',
    test: serviceTerms,
    examples: {
      hit: [
        { content: 'Hi there, we noticed your gallery page takes ages to load on a phone. Our agency rebuilds small studio websites from £299, first draft free. Reply and a plan is yours.' },
        { content: 'Tired of answering the phone between lessons? Our trained assistants handle enquiries and diary bookings for driving instructors from $7/hr. Free trial week for new clients.' },
        { content: 'Hello, I came across your channel and your thumbnails could pull far more clicks. I design them for creators in your niche, reply and I will send three samples.' },
      ],
      miss: [
        { content: 'Really glad you list your prices on the site, so many tutors hide them. Is the £35 an hour the same for the Saturday group, or is that separate?' },
        { content: 'We run the bakery two doors down from your shop, and our team can help with the Saturday stall if you need it; let me know.' },
        { content: 'The free trial of the tuner app was enough for me to learn the basics, and the paid version is only £3 a month if you keep going.', author: { name: 'Owen', email: '', url: '' } },
      ],
    },
  },
];
