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
import { MESSENGER_HOSTS, hostInSet } from '../lists/hosts.js';
import {
  AUDIENCE, DATE, EARN, GAIN, MESSENGER, NEED, PRIVATE, PROFILE, RECIPIENT, REQUEST, chatRoleOf, isNumberWord,
} from './chat-words.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { NONE } from './none.js';
import { privateRequest } from './private-contact.js';
import { WORK_HOOK_WORD, classBit, scanOf } from './scan.js';

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

/** Words before a profile that point to it: "link in bio", "check my profile", "ссылка в профиле", "en mi perfil". */
const POINTERS: ReadonlySet<string> = new Set([
  'in', 'my', 'on', 'link', 'links', 'see', 'check', 'в', 'у', 'мой', 'моём', 'моем', 'моей', 'ссылка', 'посилання', 'en', 'mi', 'no', 'na',
  'meu', 'im', 'dans', 'nel',
]);

const set = (words: readonly string[]): ReadonlySet<string> => new Set(withFoldedForms(words));

/** Period words of a pay rate: per day, week or month, daily (TEXT_JOB_TERMS; TEXT_CONTACT_LURE reads a pay rate as a promise). */
const PERIOD = set([
  'день', 'дня', 'сутки', 'неделю', 'месяц', 'щодня', 'тиждень', 'місяць', 'кунига', 'kuniga', 'кунлик', 'күніне', 'айына', 'ойига',
  'day', 'daily', 'week', 'weekly', 'month', 'día', 'dia', 'diario', 'diarios', 'diarias', 'diários', 'diárias', 'semana',
  'ежедневно', 'ежедневные', 'щоденно', 'щоденні',
]);

/** Where the message sends the reader: a private channel, a request to write to me, a profile; '' when nowhere. */
function moveOf(words: readonly string[], n: number): string {
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const r = chatRoleOf(w);
    if ((r & PRIVATE) !== 0 && !isNumberWord(words[i - 1])) return w;
    if ((r & PROFILE) !== 0 && POINTERS.has(words[i - 1] ?? '')) return `${words[i - 1]} ${w}`;
    if ((r & REQUEST) === 0) continue;
    // Uzbek, Kazakh and Russian put the recipient first as often as after ("менга ёзинг", "мне пиши").
    if (i > 0 && (chatRoleOf(words[i - 1] as string) & RECIPIENT) !== 0) return `${words[i - 1]} ${w}`;
    for (let j = i + 1; j <= i + 3 && j < n; j++) {
      if ((chatRoleOf(words[j] as string) & (RECIPIENT | PRIVATE | MESSENGER | PROFILE)) !== 0) return words.slice(i, j + 1).join(' ');
    }
  }
  return '';
}

function contactLure(f: Features): string[] {
  const words = f.words;
  if (words.length < 3 || !mayLure(f)) return NONE;
  const n = Math.min(words.length, MAX_WORDS);
  // The promise first: most messages have none, and its loop is one lookup per word.
  let mask = 0;
  let promise = '';
  let number = false;
  let period = false;
  const dates: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (isNumberWord(w)) number = true;
    else if (PERIOD.has(w)) period = true;
    const r = chatRoleOf(w);
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
  const move = moveOf(words, n) || privateRequest(f);
  return move === '' ? NONE : [`${move}; ${promise}`];
}

// --- TEXT_JOB_TERMS -------------------------------------------------------------------------

const PAY = set([
  'оплата', 'выплаты', 'выплата', 'платим', 'зарплата', 'оплату', 'виплати', 'оплата', 'paid', 'pay', 'pays', 'payouts', 'pagos', 'pago',
  'ganhos', 'ganancias', 'маош', 'maosh', 'ақы', 'тўлов',
]);
const HOURS = set(['час', 'часа', 'часов', 'години', 'годин', 'hours', 'hour', 'horas', 'soat', 'соат', 'сағат']);
const EXPERIENCE = set(['опыт', 'опыта', 'досвіду', 'досвід', 'experience', 'experiencia', 'experiência', 'tajriba', 'тажриба', 'тәжірибе']);
const WITHOUT = set(['без', 'не', 'no', 'not', 'sin', 'sem', 'without', 'никакого', 'нужен', 'керек', 'kerak', 'керак']);
const NO_EXPERIENCE = set(['тажрибасиз', 'tajribasiz', 'тәжірибесіз']);
const INVEST = set(['вложений', 'вложения', 'вкладень', 'вкладення', 'investment', 'investments', 'inversión', 'investimento']);
const PHONE = set(['phone', 'smartphone', 'celular', 'móvil', 'telefone', 'телефон', 'телефона', 'телефону', 'телефоном', 'смартфон', 'смартфона', 'телефондан']);
const AGE = set(['лет', 'років', 'years', 'yo', 'años', 'anos', 'ёшдан', 'жастан', 'жас']);
const AGE_BEFORE = set(['от', 'старше', 'з', 'від', 'over', 'from', 'вік', 'возраст', 'age', 'mayores', 'maiores', 'ages']);
const LIMITED = set(['ограничено', 'ограничены', 'ограничено', 'обмежена', 'обмежені', 'limited', 'limitados', 'limitadas', 'осталось', 'залишилось', 'left']);
const PLACES = set(['мест', 'места', 'місць', 'місця', 'spots', 'places', 'slots', 'seats', 'cupos', 'vagas', 'plazas', 'lugares']);
const REMOTE = set(['удаленно', 'удалённо', 'удаленная', 'удалённая', 'удаленку', 'удалёнку', 'віддалена', 'віддалено', 'remote', 'remotely', 'уйдан', 'uydan', 'үйден', 'дому']);
const HOME_BEFORE = set(['from', 'desde', 'de', 'em', 'на']);
const HOME = set(['home', 'casa', 'дому']);

const T_PERIOD = 1;
const T_PAY = 2;
const T_HOURS = 4;
const T_EXPERIENCE = 8;
const T_WITHOUT = 16;
const T_NO_EXPERIENCE = 32;
const T_INVEST = 64;
const T_PHONE = 128;
const T_AGE = 256;
const T_AGE_BEFORE = 512;
const T_LIMITED = 1024;
const T_PLACES = 2048;
const T_REMOTE = 4096;
const T_HOME_BEFORE = 8192;
const T_HOME = 16384;
/** Every word the job-terms loop acts on, with its term bits: one lookup per word. */
const TERM_BITS = roleMap([
  [T_PERIOD, PERIOD],
  [T_PAY, PAY],
  [T_HOURS, HOURS],
  [T_EXPERIENCE, EXPERIENCE],
  [T_WITHOUT, WITHOUT],
  [T_NO_EXPERIENCE, NO_EXPERIENCE],
  [T_INVEST, INVEST],
  [T_PHONE, PHONE],
  [T_AGE, AGE],
  [T_AGE_BEFORE, AGE_BEFORE],
  [T_LIMITED, LIMITED],
  [T_PLACES, PLACES],
  [T_REMOTE, REMOTE],
  [T_HOME_BEFORE, HOME_BEFORE],
  [T_HOME, HOME],
]);

/** The easy-job terms a message names, one word or pair each. */
function jobTerms(words: readonly string[], n: number, text: string): Map<string, string> {
  const found = new Map<string, string>();
  // A word of `s` within `span` words of word i (after it only, with `after`).
  const near = (i: number, span: number, s: ReadonlySet<string>, after = false): string => {
    for (let j = after ? i + 1 : Math.max(0, i - span); j <= i + span && j < n; j++) if (j !== i && s.has(words[j] as string)) return words[j] as string;
    return '';
  };
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const b = TERM_BITS.get(w) ?? 0;
    if (b === 0 && !isNumberWord(w) && !isCyrillicWord(w)) continue;
    if (isNumberWord(w)) {
      const next = words[i + 1] ?? '';
      if (HOURS.has(next)) found.set('hours', `${w} ${next}`);
      else if ((w === '18' || w === '16') && (AGE.has(next) || AGE_BEFORE.has(words[i - 1] ?? ''))) found.set('age', w);
      // An amount with a period after it ("от 3000 в день") or just before it ("кунига 300", "күніне 20");
      // an age ("18") is never a sum.
      else if (!found.has('pay') && w !== '18' && w !== '16' && !HOURS.has(words[i + 2] ?? '')) {
        const p = near(i, 4, PERIOD, true) || (PERIOD.has(words[i - 1] ?? '') ? (words[i - 1] as string) : '') || (PERIOD.has(words[i - 2] ?? '') ? (words[i - 2] as string) : '');
        if (p !== '') found.set('pay', `${w} … ${p}`);
      }
      continue;
    }
    if ((b & T_PAY) !== 0 || (b === 0 && (chatRoleOf(w) & GAIN) !== 0)) {
      const p = near(i, 3, PERIOD);
      if (p !== '' && !found.has('pay')) found.set('pay', `${w} ${p}`);
    } else if ((b & T_EXPERIENCE) !== 0) {
      if (near(i, 3, WITHOUT) !== '') found.set('no experience', w);
    } else if ((b & T_NO_EXPERIENCE) !== 0) found.set('no experience', w);
    else if ((b & T_INVEST) !== 0) {
      if (near(i, 3, WITHOUT) !== '') found.set('nothing to invest', w);
    } else if ((b & T_PHONE) !== 0) found.set('a phone', w);
    else if ((b & T_LIMITED) !== 0) {
      const p = near(i, 3, PLACES);
      if (p !== '') found.set('places limited', `${w} ${p}`);
    } else if ((b & T_REMOTE) !== 0 && (w !== 'дому' || (words[i - 1] ?? '') === 'на')) found.set('remote', w);
    else if ((b & T_HOME) !== 0 && HOME_BEFORE.has(words[i - 1] ?? '')) found.set('remote', `${words[i - 1]} ${w}`);
  }
  if (!found.has('age') && (text.includes('18+') || text.includes('16+'))) found.set('age', '18+');
  return found;
}

/** The terms that set a condition for an applicant rather than describe the work. */
const ENTRY_TERMS: readonly string[] = ['no experience', 'age', 'places limited', 'nothing to invest'];

function isCyrillicWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x0400 && c <= 0x04ff;
}

// --- TEXT_CHAT_TRADE ------------------------------------------------------------------------

const TRADE = set([
  'продам', 'продаю', 'продаём', 'продаем', 'куплю', 'покупаю', 'скупаю', 'скупка', 'обмен', 'обменяю', 'меняю', 'обменник', 'сделаю',
  'делаю', 'изготовлю', 'оформлю', 'продаж', 'продаємо', 'купую', 'обмін', 'зроблю', 'сотаман', 'sotaman', 'сатамын',
  'sell', 'selling', 'buy', 'buying', 'vendo', 'compro', 'vendemos', 'compramos',
]);
const GOODS = set([
  'аккаунт', 'аккаунты', 'аккаунтов', 'акки', 'акков', 'базы', 'базу', 'базы', 'номера', 'документы', 'документов', 'справки', 'справку',
  'права', 'дипломы', 'диплом', 'паспорта', 'паспорт', 'удостоверение', 'карты', 'симки', 'usdt', 'крипту', 'btc', 'верификация',
  'верификацию', 'отзывы', 'отзывов', 'подписчиков', 'подписчики', 'лайки', 'просмотры', 'акаунти', 'документи', 'довідки',
  'accounts', 'followers', 'likes', 'views', 'database', 'databases', 'leads', 'documents', 'passports', 'diplomas', 'licenses',
  'verified', 'cuentas', 'contas', 'seguidores', 'documentos',
]);
/** Money mules, recruited by their slang name in Russian-language chats ("дропы"). */
const DROP_STEMS: readonly string[] = ['дроп'];

const isMessengerLink = (l: Features['links'][number]): boolean => l.host !== '' && hostInSet(l.host, MESSENGER_HOSTS) !== undefined;

function contactOf(f: Features, mask: number): string {
  if ((mask & (PRIVATE | MESSENGER)) !== 0) return 'private channel or messenger';
  if (/(?:^|\s)@[\p{L}\p{N}_]{3}/u.test(f.normalized.body.text)) return '@handle';
  if (f.links.some(isMessengerLink)) return 'messenger link';
  return privateRequest(f);
}

function chatTrade(f: Features): string[] {
  const words = f.words;
  if (words.length < 3) return NONE;
  // A contact is needed: a Cyrillic message (в лс, тг), a contact word the scan flags (DM, WhatsApp), a handle or a link.
  const scan = scanOf(f);
  if (!scan.cyrillicWord && !scan.contactWord && f.normalized.body.text.indexOf('@') < 0 && !f.links.some(isMessengerLink)) return NONE;
  const n = Math.min(words.length, MAX_WORDS);
  let trade = '';
  const goods: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (TRADE.has(w)) trade ||= w;
    else if (GOODS.has(w)) {
      if (goods.length < 3 && !goods.includes(w)) goods.push(w);
    } else if (w.length > 4 && w.charCodeAt(0) === 0x0434 && DROP_STEMS.some((s) => w.startsWith(s))) {
      trade ||= w;
      goods.push(w);
    }
  }
  // A trade word and its goods, or three kinds of goods listed (documents for sale without a verb).
  if (goods.length === 0 || (trade === '' && goods.length < 3)) return NONE;
  let mask = 0;
  for (let i = 0; i < n; i++) mask |= chatRoleOf(words[i] as string);
  const contact = contactOf(f, mask);
  return contact === '' ? NONE : [`${trade || 'listed'}: ${goods.join(', ')}; ${contact}`];
}

// --- TEXT_GROUP_INVITE ----------------------------------------------------------------------

const INVITE = set([
  'подписывайтесь', 'подписывайся', 'подпишись', 'подпишитесь', 'переходи', 'переходите', 'вступай', 'вступайте', 'заходи', 'заходите',
  'присоединяйся', 'присоединяйтесь', 'підписуйтесь', 'підпишись', 'приєднуйся', 'приєднуйтесь', 'переходь', 'обуна', 'obuna',
  'қосылыңыз', 'join', 'subscribe', 'únete', 'unete', 'entra', 'entrem', 'inscreva', 'inscrevase',
]);
const GROUP = set([
  'канал', 'канале', 'канала', 'каналу', 'группу', 'группа', 'группе', 'чат', 'чате', 'чату', 'групу', 'групі', 'група', 'гуруҳ', 'guruh',
  'kanal', 'channel', 'group', 'chat', 'canal', 'grupo',
]);
const BAIT = set([
  'free', 'бесплатно', 'бесплатные', 'бесплатный', 'безкоштовно', 'gratis', 'grátis', 'сигналы', 'сигнали', 'signals', 'схемы', 'схеми',
  'прогнозы', 'прогнози', 'закрытый', 'закрытую', 'закрытом', 'приватный', 'приватная', 'приватном', 'private', 'vip', 'pumps', 'bonus',
  'бонус', 'бонусы', 'giveaway', 'раздача', 'раздаём', 'раздаем', 'инсайды', 'сливы', '18',
]);
/** Bait too common to count with an invitation alone ("join the group call, free for everyone"): it needs a pointer. */
const COMMON_BAIT = set(['free', 'бесплатно', 'бесплатные', 'бесплатный', 'безкоштовно', 'gratis', 'grátis', 'bonus', 'бонус']);

function groupInvite(f: Features): string[] {
  const words = f.words;
  if (words.length < 3) return NONE;
  if (!scanOf(f).cyrillicWord) {
    const text = f.normalized.body.text;
    if (!text.includes('roup') && !text.includes('hannel') && !text.includes('chat') && !text.includes('canal') && !text.includes('kanal') && !text.includes('rupo')) return NONE;
  }
  const n = Math.min(words.length, MAX_WORDS);
  let group = '';
  let bait = '';
  let invite = '';
  let pointer = '';
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (GROUP.has(w)) group ||= w;
    else if (INVITE.has(w)) invite ||= w;
    else if (BAIT.has(w)) {
      // A bait word of its own ("signals", "private") is worth more than a common one ("free"): keep it.
      if (bait === '' || (COMMON_BAIT.has(bait) && !COMMON_BAIT.has(w))) bait = w;
    }
    else {
      const r = chatRoleOf(w);
      if ((r & (EARN | DATE)) !== 0) bait ||= w;
      if ((r & PROFILE) !== 0 && POINTERS.has(words[i - 1] ?? '')) pointer ||= `${words[i - 1]} ${w}`;
    }
  }
  if (group === '' || bait === '') return NONE;
  if (pointer === '') {
    if (f.links.some(isMessengerLink)) pointer = 'messenger link';
    else if (/(?:^|\s)@[\p{L}\p{N}_]{3}/u.test(f.normalized.body.text)) pointer = '@handle';
  }
  if (pointer === '' && (invite === '' || COMMON_BAIT.has(bait))) return NONE;
  return [[invite, group, bait, pointer].filter((x) => x !== '').join(', ')];
}

export const CHAT_OFFER_RULES: readonly Rule[] = [
  {
    id: 'TEXT_CONTACT_LURE',
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
      ],
    },
  },
  {
    id: 'TEXT_JOB_TERMS',
    group: 'text',
    score: 3,
    cap: OFFER_CAP,
    description:
      'Three terms of the easy-job offer (pay per day or week, a few hours a day, no experience, only a phone, an age instead of a skill, places limited, nothing to invest, remote or from home), in Russian, Ukrainian, Uzbek, Kazakh, English, Spanish and Portuguese',
    test: (f) => {
      if (f.words.length < 4) return NONE;
      // An entry condition is needed: Cyrillic words, a work-offer hook word the shared scan flags
      // (experience, remote, experiencia), or an age, "limited" or "invest" in the text.
      const scan = scanOf(f);
      if (!scan.cyrillicWord && (scan.ruleWords & WORK_HOOK_WORD) === 0) {
        const text = f.normalized.body.text;
        if (!text.includes('18') && !text.includes('16') && !text.includes('imit') && !text.includes('nvest')) return NONE;
      }
      const found = jobTerms(f.words, Math.min(f.words.length, MAX_WORDS), f.normalized.body.text.slice(0, 2000));
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
