// Work-from-home and easy-money offers in the languages they are posted in most (English, Russian,
// Spanish, Portuguese, Indonesian): a promise of income, an easy condition or a recruiting word,
// and a request to write privately. The English phrases of TEXT_MONEY_SCHEME name the family's
// stock sentences; this rule names its structure, so it reads any wording and language. Roles
// must meet (isOffer): income alone is talk about pay, "write me in DM" alone is a chat.
import type { CommentInput, Features, Rule } from '../../types.js';
import { messengerLinks } from './messenger-links.js';
import { NONE } from './none.js';
import { privateRequest } from './private-contact.js';
import { WORK_EASY_WORDS, WORK_RECRUIT_WORDS } from './rule-words.js';
import { WORK_HOOK_WORD, classBit, listRolesOf, scanOf, type Scan } from './scan.js';
import { registerScanList } from './scan-lists.js';
import { WORD_CLASSES } from './word-classes.js';

const INCOME_BIT = classBit('income');

/**
 * An amount per period, the offer's income claim in any of its languages: "от 3000 ₽ в день",
 * "500$ в неделю", "$300 a day", "200 usd per week", "50к в месяц". Digits, an optional unit
 * (currency or thousands), then "per"/"a"/"в"/"за"/"/" and a period word; bounded repeats only.
 */
// The leading lookahead (a match starts with a currency sign or a digit) only spares V8 the other positions.
const AMOUNT_PER_PERIOD =
  /(?=[$€₽£0-9])(?:[$€₽£]\s?)?\d{1,7}(?:[.,\s]\d{3})?\s?(?:[$€₽£]|к|k|тыс\.?|тысяч|руб\.?|рублей|р\.|usd|usdt|долларов|dollars|евро|euro)?\s?(?:\/|per\s|a\s|в\s|за\s)\s?(?:день|сутки|неделю|месяц|час|day|week|month|hour)(?![\p{L}])/iu;
/** Period words are part of the claim itself ("в день"), not a hook next to it. */
const PERIOD_WORDS: ReadonlySet<string> = new Set(['день', 'неделю', 'сутки', 'daily', 'weekly']);

const INCOME = 1;
const EASY = 2;
const RECRUIT = 4;
const PRIVATE = 8;
/**
 * A word that names the hiring itself (hiring, vacancy, "требуются", "набираем"), as opposed to
 * recruiting words everyday sentences use too ("ищу работу", "job", "сотрудники банка",
 * "желающие поехать", "партнёры", "приглашаю"). A hiring word with an easy condition and a
 * request to write, or with an easy condition and income, is an offer that names no sum or no contact.
 */
const HIRING = 16;
/** A recruiting word that is not a hiring word ("сотрудники", "обучение", "job"): the people or the work sought. */
const SOUGHT = 32;
const HIRING_WORDS: ReadonlySet<string> = new Set([
  'hiring', 'recruiting', 'vacancy', 'vacancies', 'требуются', 'требуется', 'набираем', 'набираю', 'вакансия', 'вакансии', 'вакансию',
  'buscamos', 'procuramos', 'vagas', 'lowongan', 'dicari',
]);
const HIRING_STEMS: readonly string[] = ['требуют', 'требует', 'набира', 'ваканс'];

function isCyrillic(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x0400 && c <= 0x04ff;
}

const ROLES: readonly [number, readonly string[]][] = [
  [INCOME, WORD_CLASSES.income],
  [EASY, WORK_EASY_WORDS],
  [RECRUIT, WORK_RECRUIT_WORDS],
  [PRIVATE, [
    'dm', 'pm', 'inbox', 'telegram', 'whatsapp',
    'пиши', 'пишите', 'напиши', 'напишите', 'лс', 'личку', 'личные', 'личных', 'обращайтесь', 'телеграм', 'телеграмм', 'ватсап',
    // Russian: "put a + (and I write you)", "write in the bot", "message me" ("details" alone is
    // no request to write privately: "подробности на встрече").
    'ставь', 'ставьте', 'личка', 'личке', 'сообщения', 'сообщение', 'тг', 'бот', 'бота', 'директ',
    'privado', 'mensaje', 'escríbeme', 'chama', 'wa', 'japri',
  ]],
];

const WORD_ROLES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [role, words] of ROLES) for (const w of words) m.set(w, (m.get(w) ?? 0) | role | (role === RECRUIT && !HIRING_WORDS.has(w) ? SOUGHT : 0));
  for (const w of HIRING_WORDS) m.set(w, (m.get(w) ?? 0) | RECRUIT | HIRING);
  return m;
})();
/** The shared scan ors the listed words' roles per comment (scan-lists.ts). */
const WORD_LIST = registerScanList(WORD_ROLES);

/**
 * Every role the comment's words may hold: the listed words' roles from the shared scan, or all of
 * them when a word is Cyrillic (roleOf reads those by stem too, which only a walk can tell). The
 * walks below read the first 120 words, so the roles they find are among these: a role missing
 * here is missing there, and the rules return on that before walking.
 */
function possibleRoles(f: Features): number {
  return scanOf(f).cyrillicWord ? -1 : listRolesOf(f, WORD_LIST);
}

const HANDLE = /(?:^|\s)@[\p{L}\p{N}_]{3,}/u;
/** Every HANDLE match has an '@': one native search spares most long comments the pattern, which tries every position. */
const mayHaveHandle = (text: string): boolean => text.indexOf('@') >= 0;

/**
 * Russian inflects every noun and verb (заработок, заработка, заработком, заработать…), so a word
 * list misses most forms: Cyrillic words are also matched by the stem the family's words share.
 * Stems are at least five letters, or four where no common word of another meaning shares them;
 * a request to write is an imperative (напиши, напишите), never "I will write" (напишу).
 */
const RUSSIAN_STEMS: readonly [string, number][] = [
  ['зараб', INCOME], ['доход', INCOME], ['прибыл', INCOME], ['выплат', INCOME], ['подработ', INCOME], ['зарплат', INCOME],
  ['профит', INCOME], ['крипт', INCOME], ['биткоин', INCOME], ['пассивн', INCOME],
  ['удален', EASY], ['удалён', EASY], ['свободн', EASY], ['несложн', EASY], ['ежеднев', EASY], ['вложен', EASY], ['смартфон', EASY],
  ['занятост', EASY], ['совершеннолет', EASY], ['бесплатн', EASY], ['разда', EASY],
  ['требуют', RECRUIT], ['требует', RECRUIT], ['набира', RECRUIT], ['ваканс', RECRUIT], ['сотрудни', RECRUIT], ['партнер', RECRUIT],
  ['партнёр', RECRUIT], ['приглаша', RECRUIT], ['предлага', RECRUIT], ['желающ', RECRUIT], ['заинтересова', RECRUIT],
  ['напиши', PRIVATE], ['пишите', PRIVATE], ['личк', PRIVATE], ['личны', PRIVATE], ['личное', PRIVATE], ['обращайт', PRIVATE],
  ['телег', PRIVATE], ['ватсап', PRIVATE], ['директ', PRIVATE],
];

/**
 * The stems by their first two letters, each with the role bits it gives: a Cyrillic word is
 * compared with the few stems that share its start, not with all of them (the stems grew with
 * the hiring words in session 4, and every Cyrillic word not in the lists is read this way).
 */
const STEMS_BY_START: ReadonlyMap<string, readonly [string, number][]> = (() => {
  const m = new Map<string, [string, number][]>();
  const add = (stem: string, bits: number): void => {
    const key = stem.slice(0, 2);
    const list = m.get(key) ?? [];
    list.push([stem, bits]);
    m.set(key, list);
  };
  for (const [stem, role] of RUSSIAN_STEMS) add(stem, role === RECRUIT ? RECRUIT | SOUGHT : role);
  for (const stem of HIRING_STEMS) add(stem, RECRUIT | HIRING);
  return m;
})();

/** The roles of one word: listed, or for a Cyrillic word, by its stem. */
function roleOf(w: string): number {
  const listed = WORD_ROLES.get(w);
  if (listed !== undefined || !isCyrillic(w) || w.length < 4) return listed ?? 0;
  const stems = STEMS_BY_START.get(w.slice(0, 2));
  if (stems === undefined) return 0;
  let r = 0;
  for (const [stem, bits] of stems) if (w.startsWith(stem)) r |= bits;
  return r;
}

/**
 * Whether some word may be an easy condition or a recruiting word: a listed one (the shared scan
 * flags them), or any Cyrillic word (those are also read by stem). Without one neither rule hits,
 * and their loops over the words are skipped.
 */
function mayHaveHook(scan: Scan): boolean {
  return (scan.ruleWords & WORK_HOOK_WORD) !== 0 || scan.cyrillicWord;
}

/** A Cyrillic word among the first ones: the stems may find an offer the income class did not. */
function hasCyrillic(words: readonly string[]): boolean {
  const n = Math.min(words.length, 40);
  for (let i = 0; i < n; i++) if (isCyrillic(words[i] as string)) return true;
  return false;
}

/**
 * The offer's shapes, three roles each: income with a request to write privately and an easy
 * condition or a recruiting word ("earn from home, no experience, DM me"); or a hiring word with
 * two of an easy condition, a request to write, income and the people sought ("требуются
 * сотрудники на удалёнку", "набираю людей, пишите").
 * Two roles are a conversation in any language: "the bank's staff call asking for money", "anyone
 * willing to come, write me", "we are hiring a remote developer, see our careers page".
 */
function isOffer(mask: number): boolean {
  if ((mask & INCOME) !== 0 && (mask & PRIVATE) !== 0 && (mask & (EASY | RECRUIT)) !== 0) return true;
  if ((mask & HIRING) === 0) return false;
  // A hiring word, and two of: an easy condition, a request to write, income, the people sought,
  // one of them a request to write or income. An employer's post names the role and a careers
  // page, not a private chat or a sum: "we are hiring a remote SRE, the job post has the details"
  // (hiring, remote, job) was held (session 5).
  if ((mask & (PRIVATE | INCOME)) === 0) return false;
  let n = 0;
  for (const role of [EASY, PRIVATE, INCOME, SOUGHT]) if ((mask & role) !== 0) n++;
  return n >= 2;
}

function roles(f: Features): { mask: number; words: string[] } {
  let mask = 0;
  const words: string[] = [];
  // An offer states itself up front; past the first 120 words a comment is a conversation.
  const n = Math.min(f.words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = f.words[i] as string;
    const r = roleOf(w);
    if (r === 0) continue;
    if ((mask & r) !== r) words.push(w);
    mask |= r;
  }
  // The request to write privately is looked for outside the words (messenger links, a handle in
  // the text) only when income or a hiring word is there already: without one there is no offer.
  if ((mask & PRIVATE) === 0 && (mask & (INCOME | HIRING)) !== 0) {
    if (messengerLinks(f).length > 0) mask |= PRIVATE;
    else if (mask !== 0 && mayHaveHandle(f.normalized.body.text) && HANDLE.test(f.normalized.body.text)) {
      mask |= PRIVATE;
      words.push('@handle');
    }
  }
  return { mask, words };
}

const ru = (content: string): CommentInput => content;

/** The hook roles (easy, recruit, private) of the words around a claim, period words left out, with one word each. */
function hookRoles(f: Features): { count: number; words: string[] } {
  let mask = 0;
  const words: string[] = [];
  const n = Math.min(f.words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = f.words[i] as string;
    const r = roleOf(w) & (EASY | RECRUIT | PRIVATE);
    if (r === 0 || (r & ~mask) === 0 || PERIOD_WORDS.has(w)) continue;
    mask |= r;
    words.push(w);
  }
  if ((mask & PRIVATE) === 0 && ((mayHaveHandle(f.normalized.body.text) && HANDLE.test(f.normalized.body.text)) || messengerLinks(f).length > 0)) {
    mask |= PRIVATE;
    words.push('@handle');
  }
  let count = 0;
  for (const role of [EASY, RECRUIT, PRIVATE]) if ((mask & role) !== 0) count++;
  return { count, words };
}

/** The amount-per-period claim, when the comment has the digits for one. */
function amountPerPeriod(f: Features): string {
  if (scanOf(f).digits === 0) return '';
  const m = AMOUNT_PER_PERIOD.exec(f.normalized.body.text.slice(0, 2000));
  return m === null ? '' : m[0].trim();
}

/**
 * Easy-condition words everyday sentences use as often as offers do ("задержали на неделю", "дома",
 * "быстро", "in my experience"): with three roles they are an offer's condition, with two they are
 * a conversation, so the two-role reading leaves them out.
 */
const EVERYDAY_EASY: ReadonlySet<string> = new Set([
  'день', 'неделю', 'сутки', 'дома', 'дому', 'онлайн', 'времени', 'часа', 'часов', 'просто', 'быстро', 'легко', 'простая', 'простую',
  'daily', 'weekly', 'experience', 'easy', 'simple', 'flexible', 'casa', 'diario', 'diarias', 'experiencia', 'fácil', 'experiência',
  'rumah', 'harian', 'pengalaman', 'mudah',
]);

/**
 * Two of an offer's roles, short of an offer; '' when not. A request to write counts only in the
 * strict form TEXT_PRIVATE_CONTACT reads ("пишите в лс", "DM me", "write me on WhatsApp"), not as
 * the single words the three-role reading accepts ("пишите", "сообщение", "бот").
 */
/**
 * The cheap gate both offer rules open with: income (a listed word, or in Russian a word the stems
 * may read) or a listed hiring word, or there is no offer to read.
 */
function mayOffer(f: Features): boolean {
  const scan = scanOf(f);
  return (scan.classes & INCOME_BIT) !== 0 || hasCyrillic(f.words) || (scan.ruleWords & WORK_HOOK_WORD) !== 0;
}

function partialOffer(f: Features): string {
  // Two of income, an easy condition and a recruiting word, or one and a request to write privately.
  const possible = possibleRoles(f) & (INCOME | EASY | RECRUIT);
  if (possible === 0 || ((possible & (possible - 1)) === 0 && privateRequest(f) === '')) return '';
  let mask = 0;
  const words: string[] = [];
  const n = Math.min(f.words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = f.words[i] as string;
    let r = roleOf(w) & (INCOME | EASY | RECRUIT);
    if ((r & EASY) !== 0 && EVERYDAY_EASY.has(w)) r &= ~EASY;
    if (r === 0 || (mask & r) === r) continue;
    mask |= r;
    words.push(w);
  }
  // Most comments have no role at all: neither the request nor the three-role reading is looked for.
  if (mask === 0) return '';
  let count = 0;
  for (const role of [INCOME, EASY, RECRUIT]) if ((mask & role) !== 0) count++;
  if (count === 1) {
    const request = privateRequest(f);
    if (request !== '') {
      count++;
      words.push(request);
    }
  }
  // Three roles are TEXT_WORK_OFFER's hit, not this one.
  return count >= 2 && !isOffer(roles(f).mask) ? words.join(', ') : '';
}

export const WORK_OFFER_RULES: readonly Rule[] = [
  {
    // Category: the same work and easy-money offers when only two of their roles are there
    // (income and an easy condition, a recruiting word and income, a recruiting word and an easy
    // condition). Two roles are also a conversation ("сотрудники банка звонят и просят деньги",
    // "we are hiring a remote developer"), which is why session 4 asked for three roles before a
    // hold; here two give 1 point, a signal that never holds alone and lets other evidence (a
    // request to write privately, a disguise, the opt-in starter) count. Role words, not sentences.
    id: 'TEXT_OFFER_ROLES',
    requires: [{ anyOf: [{ wordClass: 'income' }, 'cyrillic', 'ruleWord'] }],
    group: 'text',
    score: 1,
    cap: { family: 'offer', max: 4 },
    description:
      'Two roles of a work or easy-money offer (income, an easy condition, a recruiting or hiring word, a request to write privately) short of the offer itself: a signal only, it never holds a comment alone',
    test: (f) => {
      if (!mayOffer(f)) return NONE;
      const found = partialOffer(f);
      return found === '' ? NONE : [found];
    },
    examples: {
      hit: [
        ru('Ищем помощников на удалёнку, всё покажу'),
        ru('Доход от продаж каждый день, без опыта'),
        'Easy income from your smartphone, no experience',
        // A recruiting word and a request to write privately.
        ru('Ищу помощников, пишите мне в телеграм'),
      ],
      miss: [
        // One role, or none: talk about work and pay.
        ru('Ищу работу, посоветуйте что-нибудь'),
        ru('Зарплату опять задержали на неделю'),
        'The remote meetup was fun, thanks for organising it',
        // A request to write privately with nothing of an offer.
        ru('Пишите в личку, скину свой конфиг'),
        // Three roles: TEXT_WORK_OFFER's hit, not this one.
        'Remote job, daily income from your smartphone, no experience needed. DM me',
      ],
    },
  },
  {
    id: 'TEXT_WORK_OFFER',
    requires: [{ anyOf: [{ wordClass: 'income' }, 'cyrillic', 'ruleWord'] }],
    group: 'text',
    score: 3,
    cap: { family: 'offer', max: 4 },
    description:
      'A work-from-home or easy-money offer in any of several languages: income, a request to write privately (DM, messenger, @handle) and an easy condition or a recruiting word; or a hiring word (hiring, vacancy, требуются, набираем) with two of an easy condition, a request to write, income and the people sought',
    test: (f) => {
      if (!mayOffer(f)) return NONE;
      // isOffer needs a hiring word, or income with an easy condition or a recruiting word (a
      // request to write may come from a link or a handle, so it is not asked for here).
      const possible = possibleRoles(f);
      if ((possible & HIRING) === 0 && ((possible & INCOME) === 0 || (possible & (EASY | RECRUIT)) === 0)) return NONE;
      const { mask, words } = roles(f);
      return isOffer(mask) ? [words.join(', ')] : NONE;
    },
    examples: {
      hit: [
        ru('Нужны люди на удалённую работу, доход от 3000 в день, без опыта. Пишите в личку'),
        'Remote job, daily income from your smartphone, no experience needed. DM me',
        'Buscamos personas para trabajo desde casa, ingresos diarios, escríbeme por privado',
        'Lowongan kerja dari rumah, penghasilan harian, chat japri @example_hr',
        // Inflected forms only, found by their stems (набираю, удалёнку, заработком, личке).
        ru('Набираю желающих на удалёнку, заработком доволен каждый, подробнее в личке'),
        // No sum named: a recruiting word, an easy condition and "write in DM" (project-written).
        ru('Требуются сотрудники на удалённую занятость, ответ в личке'),
        'Hiring for a remote part-time role, no experience needed, DM me',
        // Session 4 (project-written): a hiring word + an easy condition + a request to write, or + income.
        ru('Набираем помощников на удалёнку, детали напишу в личку'),
        ru('Требуются люди на удалённую занятость, оплата каждую неделю'),
      ],
      miss: [
        ru('Ищу работу удалённо, пишите в лс'),
        ru('Сколько вы зарабатываете в день на такой работе?'),
        ru('Партнёры прислали отчёт о доходах, подробности на встрече'),
        'My salary went up after I switched to a remote job',
        'DM me the logs and I will look at the build',
        // A reader's own story: income, an easy condition and a job word, but no request to write.
        'I earn a decent salary from a remote job these days',
        ru('Ищу работу на дому, посоветуйте что-нибудь'),
        'I got paid late again, will DM the manager about it',
        ru('Приглашаю всех на день рождения, пишите кто придёт'),
        // Income and a request to write, and nothing else of an offer: a conversation.
        ru('Деньги пришли, спасибо за сообщение'),
        ru('Заработок на рекламе упал, пишите если у вас так же'),
        // Two roles, everyday sentences (session 4's two-role shapes held each of these).
        ru('Сотрудники банка звонят и просят деньги, будьте осторожны'),
        ru('Желающие поехать на субботник, пишите в личку'),
        ru('Набираем группу на курс по Python, занятия онлайн'),
        'We are hiring a remote frontend developer, details on our careers page',
        'We are hiring a remote SRE for the platform team, the job post is on our site',
      ],
    },
  },
  {
    id: 'TEXT_EARNINGS_CLAIM',
    requires: [{ anyOf: ['ruleWord', 'cyrillic'] }],
    group: 'text',
    score: 3,
    cap: { family: 'offer', max: 4 },
    description:
      'An income claim per day, week or month ("от 3000 ₽ в день", "$300 a day") with two of: an easy condition, a recruiting word, a request to write privately: the earnings hook of job-offer and easy-money spam, in several languages',
    test: (f) => {
      // Two hook roles are needed, so at least an easy condition or a recruiting word.
      if (!mayHaveHook(scanOf(f))) return NONE;
      const claim = amountPerPeriod(f);
      if (claim === '') return NONE;
      const hooks = hookRoles(f);
      return hooks.count >= 2 ? [`${claim}; ${hooks.words.join(', ')}`] : NONE;
    },
    examples: {
      hit: [
        ru('От 2000 рублей в день, удаленно с телефона, пишите'),
        ru('Ищу партнёров, от 150$ в день, всё расскажу в лс'),
        'Hiring now: $300 a day from your phone, no experience needed',
      ],
      miss: [
        ru('Я получаю 2000 рублей в день на заводе и мне хватает'),
        ru('Ищу работу, хочу хотя бы 3000 в день'),
        'The rent is $300 a month here, cheaper than downtown',
        'We ship 500 orders per day with this setup',
      ],
    },
  },
];
