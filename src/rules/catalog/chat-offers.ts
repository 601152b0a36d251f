// Chat-group and social-media offers, by the roles their words play (chat-words.ts), in the
// languages they are posted in. Public descriptions name the families: the FTC's task- and job-scam
// alerts (an unexpected message about easy online work, paid daily, no experience, only a phone),
// Telegram group moderators' and anti-spam bots' write-ups (job offers, "DM me", "link in bio",
// channel and closed-chat invites, crypto exchange and signals, "fresh databases", documents for
// sale, adult channels), and platform and bank warnings about "link in bio" profiles. Each rule
// names the family's structure, never a sentence:
// - TEXT_CONTACT_LURE: a move elsewhere (write me, в лс, в особисті, личкага ёзинг, link in bio,
//   check my profile) with a promise (income, money or work offered to whoever wants it, a dating lure);
// - TEXT_JOB_TERMS: three of the easy-job terms (pay per day or week, a few hours a day, no
//   experience, only a phone, an age instead of a skill, places limited, nothing to invest, remote);
// - TEXT_CHAT_TRADE: the chat market: selling or buying accounts, databases, documents, crypto, or
//   recruiting "drops", with a contact;
// - TEXT_GROUP_INVITE: an invitation to a channel, group or chat with its bait (free, signals,
//   schemes, private, 18+) and where to find it.
import type { Features, Rule } from '../../types.js';
import { messengerLinks } from './messenger-links.js';
import {
  COMMON_BAIT, T_AGE, T_AGE_BEFORE, T_BAIT, T_COMMON_BAIT, T_EXPERIENCE, T_GOODS, T_GROUP, T_HOME, T_HOME_BEFORE, T_HOURS, T_INVEST,
  T_INVITE, T_LIMITED, T_NO_EXPERIENCE, T_PAY, T_PERIOD, T_PHONE, T_PLACES, T_POINTER, T_REMOTE, T_TRADE, T_WITHOUT,
} from './chat-terms.js';
import { AUDIENCE, DATE, EARN, GAIN, MESSENGER, NEED, PRIVATE, PROFILE, RECIPIENT, REQUEST, isNumberWord } from './chat-words.js';
import { NONE } from './none.js';
import { privateRequest } from './private-contact.js';
import { refusesContact } from './reader-warning.js';
import { WORK_HOOK_WORD, classBit, scanOf, wordRolesOf, type Scan, type WordRoles } from './scan.js';

const OFFER_CAP = { family: 'offer', max: 4 } as const;
const MARKET_CAP = { family: 'market', max: 4 } as const;
/** Offers state themselves up front; past this many words a message is a conversation. */
const MAX_WORDS = 80;
const INCOME_BIT = classBit('income');

/**
 * Cheap gates, read before any loop over the words: the shared scan's bits (a Cyrillic word, an
 * income word, a contact word such as DM, message, WhatsApp; digits; a work-offer hook word) and
 * native substring searches. Most comments pass none of them, and then the rule costs nothing more.
 */
function mayLure(f: Features): boolean {
  const scan = scanOf(f);
  if (scan.cyrillicWord || scan.contactWord || (scan.classes & INCOME_BIT) !== 0) return true;
  const text = f.normalized.body.text;
  // Profile and bio, inbox, write, and Uzbek in Latin letters (lichka, yozing).
  return text.includes('bio') || text.includes('rofil') || text.includes('erfil') || text.includes('inbox') || text.includes('write') ||
    text.includes('ichka') || text.includes('ozing');
}

/**
 * The bits of word `k` in one of wordRolesOf's arrays, 0 past the comment's words (as a list
 * lookup of the missing word gave nothing). The loops below read at most two words past their
 * first 80, well inside the arrays' ROLE_WORDS.
 */
function bitsAt(bits: readonly number[], k: number): number {
  return k >= 0 && k < bits.length ? (bits[k] as number) : 0;
}

/** Where the message sends the reader: a private channel, a request to write to me, a profile; '' when nowhere. */
function moveOf(words: readonly string[], n: number, roles: WordRoles): string {
  const chat = roles.chat;
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const r = chat[i] as number;
    if ((r & PRIVATE) !== 0 && !isNumberWord(words[i - 1])) return w;
    if ((r & PROFILE) !== 0 && (bitsAt(roles.terms, i - 1) & T_POINTER) !== 0) return `${words[i - 1]} ${w}`;
    if ((r & REQUEST) === 0) continue;
    // Uzbek, Kazakh and Russian put the recipient first as often as after ("менга ёзинг", "мне пиши").
    if (i > 0 && ((chat[i - 1] as number) & RECIPIENT) !== 0) return `${words[i - 1]} ${w}`;
    for (let j = i + 1; j <= i + 3 && j < n; j++) {
      if (((chat[j] as number) & (RECIPIENT | PRIVATE | MESSENGER | PROFILE)) !== 0) return words.slice(i, j + 1).join(' ');
    }
  }
  return '';
}

function contactLure(f: Features): string[] {
  const words = f.words;
  if (words.length < 3) return NONE;
  // A move (a private channel, a request, a profile) and a promise word (income, money or work, a
  // dating lure) must both occur: the comment's role mask says so before any word is read.
  const scan = scanOf(f);
  const roleMask = scan.chatRoles;
  if ((roleMask & (PRIVATE | REQUEST | PROFILE)) === 0) return NONE;
  // The promises below: income, money or work with an audience or with a figure and a period, a dating lure.
  const need = (roleMask & NEED) !== 0 && ((roleMask & AUDIENCE) !== 0 || (scan.digits > 0 && (scan.chatTerms & T_PERIOD) !== 0));
  if ((roleMask & (EARN | DATE)) === 0 && !need) return NONE;
  if (!mayLure(f)) return NONE;
  const n = Math.min(words.length, MAX_WORDS);
  const roles = wordRolesOf(f);
  let mask = 0;
  let promise = '';
  let number = false;
  let period = false;
  const dates: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (isNumberWord(w)) number = true;
    else if (((roles.terms[i] as number) & T_PERIOD) !== 0) period = true;
    const r = roles.chat[i] as number;
    if (r === 0) continue;
    mask |= r;
    if ((r & EARN) !== 0 && promise === '') promise = w;
    if ((r & DATE) !== 0 && dates.length < 2 && !dates.includes(w)) dates.push(w);
  }
  // Income offered; money or work offered to whoever wants it; or two words of the dating lure.
  if (promise === '' && (mask & NEED) !== 0 && (mask & AUDIENCE) !== 0) promise = 'money or work, to whoever wants it';
  if (promise === '' && (mask & NEED) !== 0 && number && period) promise = 'work, paid per day or week';
  if (promise === '' && dates.length === 2) promise = dates.join(', ');
  if (promise === '') return NONE;
  if ((mask & (PRIVATE | REQUEST | PROFILE)) === 0) return NONE;
  const move = moveOf(words, n, roles) || privateRequest(f);
  // Session 16 (fix-16): a reader who describes the lure to tell the others to block, report or
  // never answer it is warning them, not luring them.
  if (move === '' || refusesContact(f.words)) return NONE;
  return [`${move}; ${promise}`];
}

// --- TEXT_JOB_TERMS -------------------------------------------------------------------------

/** The term bits of the easy-job lists (T_PERIOD … T_HOME): the other chat terms are not job terms. */
const JOB_TERM_BITS = (T_HOME << 1) - 1;

/** The easy-job terms a message names, one word or pair each. */
function jobTerms(words: readonly string[], n: number, text: string, roles: WordRoles): Map<string, string> {
  const found = new Map<string, string>();
  const terms = roles.terms;
  // A word with `bit` within `span` words of word i (after it only, with `after`).
  const near = (i: number, span: number, bit: number, after = false): string => {
    for (let j = after ? i + 1 : Math.max(0, i - span); j <= i + span && j < n; j++) if (j !== i && ((terms[j] as number) & bit) !== 0) return words[j] as string;
    return '';
  };
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const b = (terms[i] as number) & JOB_TERM_BITS;
    if (b === 0 && !isNumberWord(w) && !isCyrillicWord(w)) continue;
    if (isNumberWord(w)) {
      const next = words[i + 1] ?? '';
      if ((bitsAt(terms, i + 1) & T_HOURS) !== 0) found.set('hours', `${w} ${next}`);
      else if ((w === '18' || w === '16') && ((bitsAt(terms, i + 1) & T_AGE) !== 0 || (bitsAt(terms, i - 1) & T_AGE_BEFORE) !== 0)) found.set('age', w);
      // An amount with a period after it ("от 3000 в день") or just before it ("кунига 300", "күніне 20");
      // an age ("18") is never a sum.
      else if (!found.has('pay') && w !== '18' && w !== '16' && (bitsAt(terms, i + 2) & T_HOURS) === 0) {
        const p = near(i, 4, T_PERIOD, true) || ((bitsAt(terms, i - 1) & T_PERIOD) !== 0 ? (words[i - 1] as string) : '') || ((bitsAt(terms, i - 2) & T_PERIOD) !== 0 ? (words[i - 2] as string) : '');
        if (p !== '') found.set('pay', `${w} … ${p}`);
      }
      continue;
    }
    if ((b & T_PAY) !== 0 || (b === 0 && ((roles.chat[i] as number) & GAIN) !== 0)) {
      const p = near(i, 3, T_PERIOD);
      if (p !== '' && !found.has('pay')) found.set('pay', `${w} ${p}`);
    } else if ((b & T_EXPERIENCE) !== 0) {
      if (near(i, 3, T_WITHOUT) !== '') found.set('no experience', w);
    } else if ((b & T_NO_EXPERIENCE) !== 0) found.set('no experience', w);
    else if ((b & T_INVEST) !== 0) {
      if (near(i, 3, T_WITHOUT) !== '') found.set('nothing to invest', w);
    } else if ((b & T_PHONE) !== 0) found.set('a phone', w);
    else if ((b & T_LIMITED) !== 0) {
      const p = near(i, 3, T_PLACES);
      if (p !== '') found.set('places limited', `${w} ${p}`);
    } else if ((b & T_REMOTE) !== 0 && (w !== 'дому' || (words[i - 1] ?? '') === 'на')) found.set('remote', w);
    else if ((b & T_HOME) !== 0 && (bitsAt(terms, i - 1) & T_HOME_BEFORE) !== 0) found.set('remote', `${words[i - 1]} ${w}`);
  }
  if (!found.has('age') && (text.includes('18+') || text.includes('16+'))) found.set('age', '18+');
  return found;
}

/** The terms that set a condition for an applicant rather than describe the work. */
const ENTRY_TERMS: readonly string[] = ['no experience', 'age', 'places limited', 'nothing to invest'];
/** The words the job terms start from, one entry each, the entry terms first (an age is a number word instead). */
const TERM_STARTS: readonly number[] = [T_EXPERIENCE | T_NO_EXPERIENCE, T_INVEST, T_LIMITED, T_HOURS, T_PERIOD, T_PHONE, T_REMOTE | T_HOME];
const ENTRY_STARTS = 3;

/**
 * Whether the comment's words could name three job terms, one of entry: each term needs a word of
 * its list (hours and pay a period or hours word; remote a remote or home word), an age a number
 * word or "18+" / "16+". A necessary condition of jobTerms finding them, from the scan alone.
 */
function mayNameJobTerms(scan: Scan, head: string): boolean {
  let entry = 0;
  let all = 0;
  for (let k = 0; k < TERM_STARTS.length; k++) {
    if ((scan.chatTerms & (TERM_STARTS[k] as number)) === 0) continue;
    all++;
    if (k < ENTRY_STARTS) entry++;
  }
  if (all >= 3 && entry > 0) return true;
  if (all < 2) return false;
  // The age is the missing term (or the missing entry term).
  return scan.digits > 0 || head.includes('18+') || head.includes('16+');
}

function isCyrillicWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x0400 && c <= 0x04ff;
}

// --- TEXT_CHAT_TRADE ------------------------------------------------------------------------

/** Money mules, recruited by their slang name in Russian-language chats ("дропы"). */
const DROP_STEMS: readonly string[] = ['дроп'];


function contactOf(f: Features, mask: number): string {
  if ((mask & (PRIVATE | MESSENGER)) !== 0) return 'private channel or messenger';
  if (/(?:^|\s)@[\p{L}\p{N}_]{3}/u.test(f.normalized.body.text)) return '@handle';
  if (messengerLinks(f).length > 0) return 'messenger link';
  return privateRequest(f);
}

function chatTrade(f: Features): string[] {
  const words = f.words;
  if (words.length < 3) return NONE;
  // A contact is needed: a Cyrillic message (в лс, тг), a contact word the scan flags (DM, WhatsApp), a handle or a link.
  const scan = scanOf(f);
  // Goods are needed: a listed word, or a Cyrillic word for money mules.
  if ((scan.chatTerms & T_GOODS) === 0 && !scan.cyrillicWord) return NONE;
  if (!scan.cyrillicWord && !scan.contactWord && f.normalized.body.text.indexOf('@') < 0 && messengerLinks(f).length === 0) return NONE;
  const n = Math.min(words.length, MAX_WORDS);
  const { terms, chat } = wordRolesOf(f);
  let trade = '';
  const goods: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const t = terms[i] as number;
    if ((t & T_TRADE) !== 0) trade ||= w;
    else if ((t & T_GOODS) !== 0) {
      if (goods.length < 3 && !goods.includes(w)) goods.push(w);
    } else if (w.length > 4 && w.charCodeAt(0) === 0x0434 && DROP_STEMS.some((s) => w.startsWith(s))) {
      trade ||= w;
      goods.push(w);
    }
  }
  // A trade word and its goods, or three kinds of goods listed (documents for sale without a verb).
  if (goods.length === 0 || (trade === '' && goods.length < 3)) return NONE;
  let mask = 0;
  for (let i = 0; i < n; i++) mask |= chat[i] as number;
  const contact = contactOf(f, mask);
  return contact === '' ? NONE : [`${trade || 'listed'}: ${goods.join(', ')}; ${contact}`];
}

// --- TEXT_GROUP_INVITE ----------------------------------------------------------------------

function groupInvite(f: Features): string[] {
  const words = f.words;
  if (words.length < 3) return NONE;
  const scan = scanOf(f);
  // A group word and a bait word (or an income or dating word) must both occur.
  if ((scan.chatTerms & T_GROUP) === 0 || ((scan.chatTerms & T_BAIT) === 0 && (scan.chatRoles & (EARN | DATE)) === 0)) return NONE;
  if (!scan.cyrillicWord) {
    const text = f.normalized.body.text;
    if (!text.includes('roup') && !text.includes('hannel') && !text.includes('chat') && !text.includes('canal') && !text.includes('kanal') && !text.includes('rupo')) return NONE;
  }
  const n = Math.min(words.length, MAX_WORDS);
  let group = '';
  let bait = '';
  let invite = '';
  let pointer = '';
  const { terms, chat } = wordRolesOf(f);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const t = terms[i] as number;
    if ((t & T_GROUP) !== 0) group ||= w;
    else if ((t & T_INVITE) !== 0) invite ||= w;
    else if ((t & T_BAIT) !== 0) {
      // A bait word of its own ("signals", "private") is worth more than a common one ("free"): keep it.
      if (bait === '' || (COMMON_BAIT.has(bait) && (t & T_COMMON_BAIT) === 0)) bait = w;
    }
    else {
      const r = chat[i] as number;
      if ((r & (EARN | DATE)) !== 0) bait ||= w;
      if ((r & PROFILE) !== 0 && (bitsAt(terms, i - 1) & T_POINTER) !== 0) pointer ||= `${words[i - 1]} ${w}`;
    }
  }
  if (group === '' || bait === '') return NONE;
  if (pointer === '') {
    if (messengerLinks(f).length > 0) pointer = 'messenger link';
    else if (/(?:^|\s)@[\p{L}\p{N}_]{3}/u.test(f.normalized.body.text)) pointer = '@handle';
  }
  if (pointer === '' && (invite === '' || COMMON_BAIT.has(bait))) return NONE;
  return [[invite, group, bait, pointer].filter((x) => x !== '').join(', ')];
}

export const CHAT_OFFER_RULES: readonly Rule[] = [
  {
    id: 'TEXT_CONTACT_LURE',
    requires: ['chatRole'],
    group: 'text',
    score: 3,
    cap: OFFER_CAP,
    description:
      'Moves the reader elsewhere (write me, DM, в лс, в особисті, личкага ёзинг, link in bio, check my profile) with a promise: income, money or work offered to whoever wants it, or a dating lure; English, Russian, Ukrainian, Uzbek, Kazakh, Spanish, Portuguese',
    test: contactLure,
    examples: {
      hit: [
        'Looking for passive income? Check my profile',
        'Кто хочет зарабатывать из дома, напишите мне',
        'Кому потрібні гроші, пишіть в особисті',
        'Quem quer ganhar uma renda extra me chama no privado',
        'Pul kerakmi? Lichkaga yozing, kim xohlasa',
        'So bored and lonely tonight, new pics, link in bio',
      ],
      miss: [
        'DM me and I will send the budgeting sheet',
        'Кто хочет на субботник, пишите мне в телеграм',
        'My portfolio is linked in my profile if you want to see it',
        'Нужна помощь с переездом? Пиши мне, у меня машина',
        'The photos from the trip are on my profile',
        'I earn a bit from my blog, nothing big',
        // Session 16 (fix-16): a reader's warning that names the lure's moves.
        'Accounts keep posting "passive income, check my profile" here. Block and report them',
      ],
    },
  },
  {
    id: 'TEXT_JOB_TERMS',
    requires: ['chatTerm', { minWords: 4 }],
    group: 'text',
    score: 3,
    cap: OFFER_CAP,
    description:
      'Three terms of the easy-job offer (pay per day or week, a few hours a day, no experience, only a phone, an age instead of a skill, places limited, nothing to invest, remote or from home), in Russian, Ukrainian, Uzbek, Kazakh, English, Spanish and Portuguese',
    test: (f) => {
      if (f.words.length < 4) return NONE;
      const scan = scanOf(f);
      const head = f.normalized.body.text.slice(0, 2000);
      // Three terms, one of them of entry (below), must be possible by the comment's term mask
      // before any word is read; an age needs a number word, or "18+" / "16+" in the text.
      if (!mayNameJobTerms(scan, head)) return NONE;
      // An entry condition is needed: Cyrillic words, a work-offer hook word the shared scan flags
      // (experience, remote, experiencia), or an age, "limited" or "invest" in the text.
      if (!scan.cyrillicWord && (scan.ruleWords & WORK_HOOK_WORD) === 0) {
        const text = f.normalized.body.text;
        if (!text.includes('18') && !text.includes('16') && !text.includes('imit') && !text.includes('nvest')) return NONE;
      }
      const found = jobTerms(f.words, Math.min(f.words.length, MAX_WORDS), head, wordRolesOf(f));
      // One term at least must be a condition of entry (no experience, an age, places, nothing to
      // invest): a worker's own account names hours, place and device ("I work 3 hours a day from
      // home on my phone") but sets no condition for an applicant.
      if (found.size < 3 || !ENTRY_TERMS.some((t) => found.has(t))) return NONE;
      return [[...found].map(([k, v]) => `${k}: ${v}`).join('; ')];
    },
    examples: {
      hit: [
        'Подработка с телефона, от 1500 рублей в день, без опыта',
        'Работа 2 часа в день, 18+, места ограничены',
        'Easy side job, 100 dollars a day, only a phone needed, no experience',
        'Віддалено, без вкладень, виплати щодня',
        'Trabajo desde casa, sin experiencia, 40 dólares por día',
      ],
      miss: [
        'На прошлой работе платили 3000 в день, но без опыта не брали',
        'Students over 18 can apply, no experience needed, see the job board',
        'Limited places for the workshop, bring a laptop',
        'I work 3 hours a day from home on my phone',
      ],
    },
  },
  {
    id: 'TEXT_CHAT_TRADE',
    requires: [{ anyOf: ['chatTerm', 'cyrillic'] }],
    group: 'text',
    score: 3,
    cap: MARKET_CAP,
    description:
      'The chat-group market: selling, buying or exchanging accounts, databases, documents, followers or crypto (продам, куплю, обмен, сделаю, sell, buy), or recruiting money mules ("дропы"), with a contact (DM, messenger, @handle)',
    test: chatTrade,
    examples: {
      hit: [
        'Продаю акки с отзывами, дёшево, пишите в лс',
        'Куплю USDT за наличные, @example_swap_desk',
        'Selling aged accounts with followers, DM me',
        'Справки, права, дипломы, пишите в телеграм',
        'Нужны дропы, оплата сразу, пиши в лс',
      ],
      miss: [
        'Продам велосипед, почти новый, пишите в лс',
        'Я купил USDT на бирже, комиссия большая',
        'Where do I get documents translated? DM me if you know',
        'Мошенники ищут дропов, будьте осторожны',
      ],
    },
  },
  {
    id: 'TEXT_GROUP_INVITE',
    requires: ['chatTerm'],
    group: 'text',
    score: 3,
    cap: MARKET_CAP,
    description:
      'An invitation to a channel, group or chat with its bait (free, signals, schemes, predictions, private, VIP, 18+, income) and an invitation verb or where to find it (t.me link, @handle, link in bio, ссылка в профиле)',
    test: groupInvite,
    examples: {
      hit: [
        'Вступайте в наш чат, там бесплатные сигналы каждый день',
        'Join our VIP group for free signals, link in bio',
        'Закрытый канал с инсайдами, вход через @example_insider',
        // With a stock wording TEXT_CHANNEL_PROMO reads too: the two share the family cap "market".
        'Приватный канал 18+, ссылка в профиле',
        'Підписуйтесь на канал, там схеми заробітку',
      ],
      miss: [
        'Our release notes are in the Telegram channel, link in the README',
        'The mods closed the group chat, the new link is pinned',
        'Подписался на их канал, там хорошие разборы',
        'Join the group call at 5, free for everyone',
      ],
    },
  },
];
