// Investment-testimonial and fund-recovery scams, by their structure rather than their sentences:
// a first-person money story (I invested, I lost, I was scammed, my profit, my withdrawal), a
// third party credited with it (an "account manager", broker, mentor, trader, recovery expert or
// hacker, or a Mr/Mrs with a name), and a way to reach that party (a handle, a messenger, an
// e-mail address, a phone number, "reach out", "contact"). Real readers tell money stories and
// name their advisers, but they do not hand out the adviser's contact under someone else's post.
// Shares the family cap "testimonial" with TEXT_SCAM_TESTIMONIAL, which matches the family's
// stock phrases: the same comment seen twice counts once.
import type { Features, Rule } from '../../types.js';
import { messengerLinks } from './messenger-links.js';
import { NONE } from './none.js';
import { refusesContact } from './reader-warning.js';
import { TESTIMONIAL_AGENT_WORDS, TESTIMONIAL_TITLE_WORDS } from './rule-words.js';
import { TESTIMONIAL_AGENT_WORD, scanOf } from './scan.js';
import { findPhones } from './text-scan.js';

export const TESTIMONIAL_CAP = { family: 'testimonial', max: 4 } as const;

const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'my', 'me', 'myself']);
/** The money story: investing, profit and payout, or loss and recovery. */
const STORY: ReadonlySet<string> = new Set([
  'invested', 'investing', 'investment', 'investments', 'profit', 'profits', 'earned', 'earnings', 'returns', 'roi', 'withdraw',
  'withdrew', 'withdrawal', 'withdrawals', 'payout', 'payouts', 'deposited', 'deposit', 'portfolio', 'trades', 'trading',
  'lost', 'scammed', 'scam', 'stolen', 'recovered', 'recover', 'recovery', 'refunded', 'funds', 'savings', 'bitcoin', 'btc',
  'crypto', 'forex', 'usdt',
]);
/** Whom the story credits: an agent noun, or a title before a name (rule-words.ts; the shared scan flags them). */
const AGENT: ReadonlySet<string> = new Set(TESTIMONIAL_AGENT_WORDS);
const TITLES: ReadonlySet<string> = new Set(TESTIMONIAL_TITLE_WORDS);
/** Words that hand out a way to reach the agent. */
const REACH: ReadonlySet<string> = new Set([
  'contact', 'contacted', 'reach', 'message', 'dm', 'inbox', 'whatsapp', 'telegram', 'signal', 'email', 'gmail', 'text', 'write',
  'connect', 'instagram', 'ig', 'handle',
]);
/** Every word the testimonial loop acts on. */
const STORY_WORDS: ReadonlySet<string> = new Set([...FIRST_PERSON, ...STORY, ...AGENT, ...TITLES, ...REACH]);
const HANDLE = /(?:^|\s)[@#][\p{L}\p{N}_.]{3,}/u;

function testimonial(f: Features): string[] {
  const scan = scanOf(f);
  // The shared scan saw an investment word, or there is no money story to read.
  if (!scan.investWord && scan.noticeWords.length === 0 && !scan.moneyWord) return NONE;
  // Nobody to credit (no agent word or title anywhere): no testimonial, and no need for the word loop.
  if ((scan.ruleWords & TESTIMONIAL_AGENT_WORD) === 0) return NONE;
  let first = false;
  const story: string[] = [];
  let agent = '';
  let reach = '';
  const words = f.words;
  const n = Math.min(words.length, 250);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    // One lookup per word: most words are in none of the sets and skip the chain below.
    if (!STORY_WORDS.has(w)) continue;
    if (FIRST_PERSON.has(w)) first = true;
    else if (STORY.has(w)) {
      if (story.length < 3 && !story.includes(w)) story.push(w);
    } else if (agent === '' && AGENT.has(w)) agent = w;
    else if (agent === '' && TITLES.has(w) && i + 1 < n) agent = `${w} ${words[i + 1] as string}`;
    else if (reach === '' && REACH.has(w)) reach = w;
  }
  if (!first || story.length < 2 || agent === '') return NONE;
  if (reach === '') {
    const text = f.normalized.body.text;
    // Every handle has an '@' or a '#': two native searches spare most long comments the pattern, which tries every position.
    if ((text.indexOf('@') >= 0 || text.indexOf('#') >= 0) && HANDLE.test(text)) reach = '@handle';
    else if (f.emails.some((e) => e.source === 'body')) reach = 'e-mail address';
    else if (messengerLinks(f).length > 0) reach = 'messenger link';
    else if (scan.digitRun >= 9 && findPhones(text, 1).length > 0) reach = 'phone number';
  }
  if (reach === '') return NONE;
  // Session 16 (fix-16): a reader who tells the others to block or report the "manager" is warning
  // them; the way to reach named is where the scam reached them.
  if (refusesContact(f.words)) return NONE;
  return [`story: ${story.join(', ')}; credited: ${agent}; reach: ${reach}`];
}

// Category: the vouching comment of investment and "recovery" fraud, seen on every social site
// under finance posts and in blog comments alike: an account is named with its handle (not as the
// addressee a reply starts with, but inside the sentence), tied to money (trading, profit, invest,
// withdraw, recover funds) and either vouched for (legit, trustworthy, recommend, helped) or told
// as a testimonial, in the first person ("I", "my") or about the account's owner ("she", "he"). A
// reader who tags a friend names no money; a reader who talks money names no account to trust.
// Single words in several languages, no sentence: the wording is the family's, not a comment's.
const VOUCH: ReadonlySet<string> = new Set([
  'legit', 'legitimate', 'trustworthy', 'trusted', 'reliable', 'genuine', 'honest', 'recommend', 'recommended', 'recommending',
  'recommendation', 'helped', 'grateful', 'thankful', 'blessed', 'testify', 'testimony', 'guidance', 'guided', 'mentorship',
  'recomiendo', 'recomendado', 'confiable', 'legítimo', 'recomendo', 'confiável', 'confiavel',
  'рекомендую', 'советую', 'надежный', 'надёжный', 'проверенный', 'помог', 'помогла',
]);
/**
 * Money words of investing, not of everyday talk: "portfolio" (a designer's), "returns" (a
 * function's), "signals", "mining", "capital", "money" and "recovery" are a developer's words
 * too, and beside "I" or "my" and a colleague's handle they held a reader's comment.
 */
const VOUCH_MONEY: ReadonlySet<string> = new Set([
  'invest', 'invested', 'investing', 'investment', 'investments', 'investor', 'profit', 'profits', 'trading', 'trader', 'crypto',
  'bitcoin', 'btc', 'usdt', 'forex', 'income', 'earnings', 'withdraw', 'withdrew', 'withdrawal', 'payout', 'funds',
  'inversión', 'inversion', 'ganancias', 'investimento', 'lucro',
  'инвестиции', 'прибыль', 'доход', 'трейдинг', 'заработок', 'крипта', 'крипту',
]);
/** The testimonial's voice: the teller, or the account's owner credited in the third person. */
const VOUCH_VOICE: ReadonlySet<string> = new Set([
  'i', 'im', 'ive', 'my', 'me', 'she', 'her', 'he', 'him', 'his',
  'yo', 'mi', 'ella', 'él', 'eu', 'meu', 'minha', 'ele', 'я', 'мне', 'мой', 'моя', 'она', 'он', 'ей', 'ему',
]);
/** A handle inside the sentence: after a space, never as the comment's first word (a reply's addressee). */
const INNER_HANDLE = /\s@[\p{L}\p{N}_.]{3,}/u;

function vouchedHandle(f: Features): string[] {
  const text = f.normalized.body.text;
  // One native search gates the rule: no '@', no handle.
  if (text.indexOf('@') < 0) return NONE;
  const handle = INNER_HANDLE.exec(text);
  if (handle === null) return NONE;
  let vouch = '';
  let voice = '';
  let money = '';
  const words = f.words;
  const n = Math.min(words.length, 150);
  for (let i = 0; i < n && (vouch === '' || money === ''); i++) {
    const w = words[i] as string;
    if (vouch === '' && VOUCH.has(w)) vouch = w;
    else if (money === '' && VOUCH_MONEY.has(w)) money = w;
    else if (voice === '' && VOUCH_VOICE.has(w)) voice = w;
  }
  if (money === '' || (vouch === '' && voice === '')) return NONE;
  return [`${handle[0].trim()}; ${vouch !== '' ? `vouched: ${vouch}` : `told by: ${voice}`}; money: ${money}`];
}

// Category: the same vouching comment without a money word ("@example_helper is legit", "DM
// @example_desk, trusted"): Instagram-style fraud sends readers to an account to contact or trust.
// Readers tag friends and credit colleagues too ("I recommend the talk by @example_sre"), so it is a
// signal of 1 point, never a hold alone; with a money word TEXT_VOUCHED_HANDLE reads it. An account
// named to contact right after a contact word ("contact @…", "WhatsApp @…") is TEXT_CONTACT_HANDLE's
// reading as well: the two share the family cap CONTACT_CAP (2.5, TEXT_CONTACT_HANDLE's own points),
// so "contact @example_garden_club for a plot" counts once (together they held it, session 5).
export const CONTACT_CAP = { family: 'contact', max: 2.5 } as const;
/** Words that send the reader to an account: contact it, message it, reach it. */
const REFER_CONTACT: ReadonlySet<string> = new Set([
  'contact', 'contacted', 'reach', 'message', 'dm', 'inbox', 'text', 'whatsapp', 'telegram', 'write', 'chat', 'connect',
  'contacta', 'contacto', 'contato', 'escreva', 'напишите', 'пишите', 'обращайтесь',
]);
/**
 * Trust words: whether an account can be trusted is the fraud's question. Words that credit or
 * recommend ("recommend", "helped", "grateful", "guidance") or praise a person ("honest",
 * "reliable", "genuine") are left out here: readers credit a speaker or a colleague by handle all
 * the time ("I recommend the talk by @example_sre", "@example_kate is honest about the limits").
 */
const REFER_TRUST: ReadonlySet<string> = new Set([
  'legit', 'legitimate', 'trustworthy', 'trusted', 'testify', 'testimony',
  'confiable', 'legítimo', 'confiável', 'confiavel', 'надежный', 'надёжный', 'проверенный',
]);

function referredHandle(f: Features): string[] {
  const text = f.normalized.body.text;
  if (text.indexOf('@') < 0) return NONE;
  const handle = INNER_HANDLE.exec(text);
  if (handle === null) return NONE;
  let word = '';
  const words = f.words;
  const n = Math.min(words.length, 150);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    // A money word: TEXT_VOUCHED_HANDLE's reading (it hits, or a money talk with no vouch is no referral).
    if (VOUCH_MONEY.has(w)) return NONE;
    if (word === '' && (REFER_TRUST.has(w) || REFER_CONTACT.has(w))) word = w;
  }
  return word === '' ? NONE : [`${handle[0].trim()}; ${word}`];
}

export const TESTIMONIAL_RULES: readonly Rule[] = [
  {
    id: 'TEXT_HANDLE_REFERRAL',
    requires: ['atSign'],
    group: 'text',
    score: 1,
    cap: CONTACT_CAP,
    description:
      'An account named by its @handle inside the sentence with a word that vouches for it (legit, trusted, trustworthy) or sends the reader to it (contact, message, reach, WhatsApp), no money word: the referral of Instagram-style fraud; a signal only (readers tag and credit each other), it never holds a comment alone',
    test: referredHandle,
    examples: {
      hit: [
        'Everyone who asked: @example_helper_desk is trusted and fast',
        'She is patient with beginners, message @example.coach_amy today',
        'She is patient and legit, @example.coach_amy is the one',
        'Pregunten a @ejemplo_asesor, muy confiable',
        'Everyone asking: @example_helper is legit, I checked',
      ],
      miss: [
        // A reply's addressee, or a tag with nothing vouched or asked.
        '@example_friend you should read this',
        'Same here, @example_neighbour had the same problem with the router',
        // Money words: TEXT_VOUCHED_HANDLE's reading, not this one.
        'Trading with @example_fx_desk, legit and fast withdrawals',
        'Loved the photos from the trip, @example_sister took most of them',
        // Credit and recommendation of a speaker or a colleague: readers do this by handle.
        'I recommend the workshop by @example_trainer, it helped me a lot',
        'Grateful to @example_mentor_joe for the code review',
        'Thanks @example_lee, honest and reliable numbers in that benchmark',
      ],
    },
  },
  {
    id: 'TEXT_VOUCHED_HANDLE',
    requires: ['atSign'],
    group: 'text',
    score: 3,
    cap: TESTIMONIAL_CAP,
    description:
      'An account named by its @handle inside the sentence and tied to money (trading, profit, invest, withdraw, recover funds), vouched for (legit, trustworthy, recommend, helped) or told as a testimonial (I, my, she, he): the vouching comment of investment and recovery fraud',
    test: vouchedHandle,
    examples: {
      hit: [
        'Been with @example_fx_desk for two months, legit and my withdrawal came in on time',
        'If your funds are stuck, @example.recovery helped me, highly recommended',
        'Recomiendo a @ejemplo_trader, confiable con las ganancias',
        // A testimonial, first person or about the account's owner.
        'Started small with @example_signals and my profit doubled',
        'She turned my savings around, @example_wealth_coach knows trading',
      ],
      miss: [
        '@example_friend look at this, the trading tips are legit',
        'Legit question: is trading crypto a good idea for a beginner?',
        'Great recipe, I recommend it to @example_sister',
        'I asked @example_colleague about the build and he fixed it',
        'Thanks for the talk @example_speaker, my team loved it',
        // A developer's words that are money words elsewhere (portfolio, returns, signals).
        'Thanks @example_alice, my portfolio site looks much better now',
        'The fix from @example_dan returns early and my tests pass',
        'Like @example_maria said, signals make this trivial; I use them everywhere',
      ],
    },
  },
  {
    id: 'TEXT_MANAGER_TESTIMONIAL',
    requires: ['ruleWord'],
    group: 'text',
    score: 3,
    cap: TESTIMONIAL_CAP,
    description:
      'A first-person money story (invested, profit, withdrawal, or lost, scammed, recovered) that credits a manager, broker, mentor, recovery expert or a Mr/Mrs, and hands out a way to reach them: the investment-testimonial and fund-recovery scam',
    test: testimonial,
    examples: {
      hit: [
        'I lost my savings to a fake exchange, but a recovery expert got my funds back in a week. Contact her on WhatsApp',
        'My portfolio was stuck until my account manager helped me withdraw my profits, message @example_desk_nora',
        'Been trading with Mrs Example for three months and my returns doubled, write to example.broker@example.com',
      ],
      miss: [
        'I lost money on crypto last year; my advisor says index funds are safer',
        'Our team recovered the lost data from the backup, contact support if yours is missing',
        'My broker charges high fees on withdrawals, which is why I moved my portfolio',
        // Session 16 (fix-16): a reader's warning about the same story.
        'My uncle invested with an account manager who promised profits every week on WhatsApp. If one contacts you, block and report the number',
      ],
    },
  },
];
