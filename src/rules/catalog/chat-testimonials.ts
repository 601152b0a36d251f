// The investment-manager testimonial of social-media comments, in any of several languages: a
// money outcome (earned, profit, payout, withdrawal, recovered funds, "2,500 euros") credited to a
// third party (an @handle named in the sentence, an agent such as an account manager, broker or
// mentor, or a title before a name: Mrs, señora, signora), told by the teller ("I", "my", я, eu)
// or with the credit itself ("thanks to", благодаря, gracias a, graças a, grazie a, grâce à, dank),
// and one more sign that it is a referral: the credit, a first-person recommendation or trust word
// (legit, рекомендую, recomiendo, consiglio), a way to reach the party, or the party's handle.
// Investment-scam warnings (FTC, AP, bank pages) describe exactly this: fake "early investors"
// showing their earnings and naming who to contact. Readers credit people too, but for a talk or a
// tip, not for a payout; and a reader who credits the post's author says "you", not a handle.
// TEXT_MANAGER_TESTIMONIAL and TEXT_VOUCHED_HANDLE read English stock wordings of the same family;
// all three share the family cap "testimonial", so one comment counts once.
import type { Features, Rule } from '../../types.js';
import { RECOMMEND, T_RECOMMEND } from './chat-terms.js';
import { AGENT, CREDIT, FIRST, GAIN, REACH, VOUCH } from './chat-words.js';
import { NONE } from './none.js';
import { refusesContactOrMoney } from './reader-warning.js';
import { TESTIMONIAL_AGENT_WORD, scanOf, wordRolesOf } from './scan.js';
import { TESTIMONIAL_CAP } from './testimonials.js';

/** An @handle at the start of the text or after a space (the tokenizer keeps its name as one word, without the @). */
const HANDLES = /(?:^|\s)@([\p{L}\p{N}_.]{3,40})/gu;
/** Words after a leading handle that make it the sentence's subject ("@x has changed my life"), not a reply's addressee. */
const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'is', 'has', 'helped', 'made', 'changed', 'turned', 'got', 'gave', 'really', 'truly', 'literally', 'just', 'always',
  'помогла', 'помог', 'это', 'es', 'me', 'é', 'è', 'hat', 'ist', 'a', 'est',
]);
const RECOMMEND_BEFORE: ReadonlySet<string> = new Set(['i', 'highly', 'strongly', '100', 'muy', 'altamente', 'super']);

/** The handle names of the text, lowercased as the tokenizer writes words (at most 5). */
function handleNames(text: string): string[] {
  const names: string[] = [];
  // matchAll iterates a copy of the pattern: the module's own RegExp keeps no lastIndex between comments.
  for (const m of text.slice(0, 2000).matchAll(HANDLES)) {
    let name = (m[1] as string).toLowerCase();
    // A sentence's full stop after the handle is not part of it.
    while (name.endsWith('.')) name = name.slice(0, -1);
    names.push(name);
    if (names.length === 5) break;
  }
  return names;
}

/**
 * Verbs of everyday talk that are a money outcome only beside a figure: "made 4,200", "paid out
 * 18k", but "it made tracking easier", "I paid for the course".
 */
const WEAK_GAIN: ReadonlySet<string> = new Set(['made', 'paid']);
/** "I paid", "we paid": the teller spent the sum ("we paid $5 for the plugin"); nobody paid them. */
const SPENDER: ReadonlySet<string> = new Set(['i', 'we']);

/** A number ending in k ("18k") is a sum: a money outcome. */
function isDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function isSum(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && w.length >= 2 && w.charCodeAt(w.length - 1) === 107;
}

function creditedGain(f: Features): string[] {
  const text = f.normalized.body.text;
  const scan = scanOf(f);
  // Someone to credit: a handle, an English agent or title word the shared scan saw, or a Cyrillic
  // word (Russian and Ukrainian agents are read in the loop). Agents and titles of the other
  // languages count only beside a handle, which is how those testimonials name their party.
  // A gain (a role word or a sum such as "12k", which the scan counts as a money word) and the
  // teller or the credit must occur at all, by the comment's role mask, before any word is read.
  if (((scan.chatRoles & GAIN) === 0 && !scan.moneyWord) || (scan.chatRoles & (FIRST | CREDIT)) === 0) return NONE;
  const hasHandle = text.indexOf('@') >= 0;
  if (!hasHandle && (scan.ruleWords & TESTIMONIAL_AGENT_WORD) === 0 && !scan.cyrillicWord) return NONE;
  // The party is a handle or an agent word; the referral sign a credit, a vouch (a trust word or
  // "recommend"), a handle or a way to reach them.
  if (!hasHandle && ((scan.chatRoles & AGENT) === 0 || ((scan.chatRoles & (CREDIT | VOUCH | REACH)) === 0 && (scan.chatTerms & T_RECOMMEND) === 0))) return NONE;
  const handles = hasHandle ? handleNames(text) : [];
  const words = f.words;
  // n <= ROLE_WORDS: every word read has its role bits.
  const n = Math.min(words.length, 150);
  const roles = wordRolesOf(f).chat;
  let party = '';
  let gain = '';
  let weakGain = '';
  let russianGain = '';
  let number = false;
  let mask = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (handles.length > 0 && handles.includes(w)) {
      // A handle first in the comment is a reply's addressee unless a verb makes it the subject.
      if (i > 0 || SUBJECT_VERBS.has(words[1] ?? '')) {
        if (party === '') party = `@${w}`;
        mask |= REACH;
      }
      continue;
    }
    if (RECOMMEND.has(w) && RECOMMEND_BEFORE.has(words[i - 1] ?? '')) mask |= VOUCH;
    if (isSum(w)) {
      if (gain === '') gain = w;
      continue;
    }
    if (isDigit(w)) number = true;
    const r = roles[i] as number;
    if (r === 0) continue;
    if ((r & AGENT) !== 0 && party === '') party = w;
    if ((r & GAIN) !== 0) {
      if (WEAK_GAIN.has(w)) {
        if (w !== 'paid' || !SPENDER.has(words[i - 1] ?? '')) weakGain ||= w;
      }
      else if (w.startsWith('зараб') || w.startsWith('зароб')) russianGain ||= w;
      else gain ||= w;
    }
    mask |= r;
  }
  if (gain === '' && number) gain = weakGain;
  // "заработать" is also "to start working" ("у меня тоже заработало", it works for me too): an
  // earning only beside a figure or a first-person recommendation.
  if (gain === '' && (number || (mask & VOUCH) !== 0)) gain = russianGain;
  if (party === '' || gain === '') return NONE;
  if ((mask & (FIRST | CREDIT)) === 0 || (mask & (CREDIT | VOUCH | REACH)) === 0) return NONE;
  const sign = (mask & CREDIT) !== 0 ? 'credited' : (mask & VOUCH) !== 0 ? 'vouched' : 'reach';
  // Session 16 (fix-16): a testimonial asks the reader to reach the party; a warning tells them to
  // block, report or never pay it. Only without a credit or a vouch: a recovery testimonial thanks
  // its party beside "don't pay upfront".
  if (sign === 'reach' && refusesContactOrMoney(words)) return NONE;
  return [`party: ${party}; gain: ${gain}; ${sign}`];
}

export const CHAT_TESTIMONIAL_RULES: readonly Rule[] = [
  {
    id: 'TEXT_CREDITED_GAIN',
    requires: ['chatRole'],
    group: 'text',
    score: 3,
    cap: TESTIMONIAL_CAP,
    description:
      'A money outcome (earned, profit, payout, withdrawal, a sum) credited to a third party (an @handle in the sentence, an account manager, broker or mentor, Mrs/señora/signora and a name), told in the first person or as thanks, with a credit, a recommendation or a way to reach them: the investment testimonial of social-media comments, in English, Russian, Ukrainian, Spanish, Portuguese, Italian, German and French',
    test: creditedGain,
    examples: {
      hit: [
        'Huge thanks to @example_desk_vera, my first payout came through on Monday',
        'Благодаря @example_mentor_gleb я получил прибыль уже в первую неделю',
        'Gracias a @ejemplo_asesora_ana recuperé mis ahorros, la recomiendo',
        'Graças à @exemplo_mentora_lu saquei meu primeiro lucro, confiável demais',
        'My account manager Mrs Hale got me 12k in returns, reach her on WhatsApp',
        '@example_coach_pia has changed everything, my withdrawals arrive every Friday',
      ],
      miss: [
        // A reply's addressee, not a credited party.
        '@example_ravi I made the same trade and lost on it',
        // Credit for a talk or a tip, no money outcome.
        'Thanks to @example_speaker_li for the talk, my team loved it',
        // The post's author credited as "you": no third party.
        'Thanks to your videos I earned my first dividend this year',
        // An adviser's advice, no referral sign.
        'My advisor recommended bonds and the returns were dull but fine',
        'Благодаря этому видео я разобрался с вычетом, спасибо',
        // "заработало": the fix started working, not money.
        'Спасибо @example_dev_ira, поставил патч, у меня тоже заработало',
        '@example_kay congrats, you earned that promotion',
        // "made" and "paid" are a money outcome only beside a figure, and "we paid" is a spend.
        'Your guide helped our team get the app stable again, we paid $5 for the plugin you linked',
        'Thanks to @example_host for the template, it made budgeting easier for my family',
        // Session 16 (fix-16): a reader's warning about a fake account manager and his promised returns.
        'A so-called account manager wrote to my aunt about 12k in returns on WhatsApp. Do not send him anything, report the number',
      ],
    },
  },
];
