// Word roles of social-media and chat-group spam (chat-testimonials.ts, chat-offers.ts). Each role
// is a class of many members in the languages this spam is posted in (English, Russian, Ukrainian,
// Uzbek and Kazakh in Cyrillic and Uzbek in Latin letters, Spanish, Portuguese, Italian, German,
// French), written for the project from public descriptions of the families (FTC consumer alerts on
// task and job scams, Telegram group moderators' and anti-spam bots' write-ups, investment-scam
// warnings): no sentence of any comment. A rule asks which roles meet in a comment, never for a
// sentence. Russian and Ukrainian inflect every noun and verb, so Cyrillic words are also read by
// the stem their forms share (at least four letters, none a common word of another meaning).
import { roleMap, withFoldedForms } from './fold-words.js';

/** A money outcome told in a testimonial: earned, profit, payout, withdrawal, recovered. */
export const GAIN = 1;
/** Credit given to someone: thanks to, благодаря, gracias a, graças a, grazie a, grâce à, dank. */
export const CREDIT = 1 << 1;
/** Whom a testimonial credits: an agent noun (manager, broker, mentor, менеджер, asesor) or a title before a name. */
export const AGENT = 1 << 2;
/** The teller: I, my, me, я, мне, yo, eu, ich, je, io. */
export const FIRST = 1 << 3;
/** A first-person recommendation or a trust word: legit, рекомендую, советую, recomiendo, consiglio. */
export const VOUCH = 1 << 4;
/** A word that hands out the credited party's contact: contact, reach, message, write, WhatsApp. */
export const REACH = 1 << 5;
/** A private channel as a noun: "в лс", "в личку", "в особисті", "DM", "inbox", "por privado", "личкага". */
export const PRIVATE = 1 << 6;
/** An imperative to write or look: write, message, text, пишите, пишіть, ёзинг, жазыңыз, escríbeme, chama, смотри. */
export const REQUEST = 1 << 7;
/** Whom the request sends the reader to: me, us, мне, мені, менга, маған. */
export const RECIPIENT = 1 << 8;
/** A profile as the place to look: profile, bio, профиль, шапке, perfil. */
export const PROFILE = 1 << 9;
/** A messenger named as the place to write. */
export const MESSENGER = 1 << 10;
/** Income promised (earning sense): earn, income, profit, заработок, доход, заробіток, даромад, табыс, ganar, renda. */
export const EARN = 1 << 11;
/** Money or work named without a promise: money, деньги, гроші, пул, ақша, job, работа, иш, жұмыс, trabajo. */
export const NEED = 1 << 12;
/** The whole audience addressed: who wants, anyone, кто хочет, кому, хто хоче, quem quiser, quién quiere, хоҳлайсизми. */
export const AUDIENCE = 1 << 13;
/** The adult lure: lonely, single, bored, photos, девушки, знакомства, интим, одинока, fotos. */
export const DATE = 1 << 14;

const LISTS: readonly [number, readonly string[]][] = [
  [GAIN, [
    'earned', 'earn', 'earning', 'earnings', 'made', 'profit', 'profits', 'payout', 'payouts', 'paid', 'withdraw', 'withdrew',
    'withdrawal', 'withdrawals', 'returns', 'doubled', 'tripled', 'recovered', 'income', 'gains',
    'gané', 'ganado', 'ganancia', 'ganancias', 'recuperé', 'retiré', 'dólares', 'ganhei', 'lucro', 'lucros', 'recuperei', 'saquei',
    'reais', 'guadagnato', 'guadagni', 'profitto', 'gewinn', 'verdient', 'gagné', 'récupéré', 'fonds',
    'рублей', 'долларов', 'гривень', 'вывел', 'вывела', 'вывели', 'вивів', 'вивела',
  ]],
  [CREDIT, [
    'thanks', 'thank', 'credit', 'grateful', 'shoutout', 'благодаря', 'спасибо', 'дякую', 'завдяки', 'gracias', 'graças', 'grazie',
    'grâce', 'dank', 'danke', 'merci', 'obrigado', 'obrigada', 'dzięki', 'berkat',
  ]],
  [AGENT, [
    'manager', 'broker', 'mentor', 'trader', 'coach', 'hacker', 'specialist', 'consultant', 'advisor', 'adviser', 'expert', 'team',
    'менеджер', 'менеджеру', 'брокер', 'брокеру', 'ментор', 'ментору', 'трейдер', 'трейдеру', 'наставник', 'наставнику', 'куратор',
    'эксперт', 'asesor', 'asesora', 'mentora', 'gestor', 'gestora', 'corretor', 'corretora', 'consulente', 'berater',
    'beraterin', 'conseiller', 'conseillère',
    'mr', 'mrs', 'ms', 'miss', 'madam', 'sir', 'señora', 'señor', 'sra', 'senhora', 'senhor', 'signora', 'signor', 'herr', 'frau',
    'madame', 'monsieur', 'mme', 'госпожа', 'господин',
  ]],
  [FIRST, [
    'i', 'im', 'ive', 'my', 'me', 'я', 'мне', 'мой', 'моя', 'мою', 'мои', 'мені', 'мій', 'yo', 'mi', 'mis', 'eu', 'meu', 'minha', 'ich',
    'mein', 'meine', 'meinen', 'je', 'jai', 'mon', 'io', 'mio', 'miei', 'mia', 'ho',
  ]],
  [VOUCH, [
    'legit', 'trustworthy', 'рекомендую', 'советую', 'раджу', 'recomiendo', 'recomendo', 'consiglio', 'empfehle', 'empfehlenswert',
    'recommande', 'polecam', 'confiable', 'confiável',
  ]],
  [REACH, [
    'contact', 'reach', 'message', 'dm', 'write', 'whatsapp', 'telegram', 'follow', 'contactala', 'contactalo', 'contáctenla',
    'contáctenlo', 'escríbele', 'chama', 'пишите', 'напишите', 'пишіть', 'напишіть',
  ]],
  [PRIVATE, [
    'лс', 'личку', 'личке', 'личка', 'особисті', 'особисту', 'приват', 'директ', 'директе', 'личкага', 'директга', 'lichkaga',
    'dm', 'dms', 'pm', 'inbox', 'privado', 'pv',
  ]],
  [REQUEST, [
    'write', 'message', 'text', 'msg', 'hmu', 'contact', 'check', 'see', 'visit',
    'пиши', 'пишите', 'напиши', 'напишите', 'пишіть', 'напишіть', 'смотри', 'смотрите', 'загляни', 'заходи', 'ёзинг', 'ёзинглар',
    'yozing', 'жазыңыз', 'жазыңдар', 'жаз', 'escríbeme', 'escribe', 'escríbenos', 'chama', 'manda', 'mande',
  ]],
  [RECIPIENT, ['me', 'us', 'мне', 'нам', 'мені', 'менга', 'маған', 'bizga']],
  [PROFILE, [
    'profile', 'bio', 'профиль', 'профиле', 'профиля', 'профілі', 'профілю', 'шапке', 'био', 'біо', 'описании', 'описі', 'perfil',
    'profil',
  ]],
  [MESSENGER, ['whatsapp', 'telegram', 'viber', 'тг', 'телеграм', 'телеграмм', 'телеграме', 'ватсап', 'вотсап', 'вайбер', 'телеграмга']],
  [EARN, [
    'earn', 'earning', 'earnings', 'income', 'profit', 'profits', 'ganar', 'ganancias', 'ingresos', 'renda', 'ganhar', 'lucro',
    'guadagnare', 'verdienen', 'gagner', 'даромад', 'daromad', 'табыс',
  ]],
  [NEED, [
    'money', 'cash', 'job', 'jobs', 'work', 'деньги', 'денег', 'работа', 'работу', 'подработка', 'подработку', 'гроші', 'грошей',
    'робота', 'роботу', 'пул', 'pul', 'иш', 'ish', 'ақша', 'жұмыс', 'dinero', 'trabajo', 'dinheiro', 'trabalho',
  ]],
  [AUDIENCE, [
    'who', 'anyone', 'anybody', 'want', 'wanna', 'need', 'interested', 'кто', 'кому', 'хочет', 'хочешь', 'хотите', 'нужны', 'нужна',
    'хто', 'хоче', 'хочеш', 'потрібні', 'цікаво', 'quem', 'quiser', 'quer', 'quién', 'quiere', 'quieres', 'necesitas', 'precisa',
    'хоҳлайсизми', 'керакми', 'kim', 'ким', 'кім', 'керек', 'қалайсыз',
  ]],
  [DATE, [
    'lonely', 'single', 'bored', 'photos', 'pics', 'nudes', 'sexy', 'hot', 'naughty', 'private',
    'девушки', 'девушек', 'девушку', 'знакомства', 'знакомств', 'общения', 'интим', 'одинокая', 'одинока', 'скучно', 'фото', 'фотки',
    'горячие', 'горячая', 'дівчата', 'знайомства', 'fotos', 'sola', 'soltera', 'caliente', 'sozinha', 'gostosa',
  ]],
];

/** Cyrillic stems, each with the roles its forms play (Russian and Ukrainian). */
const STEMS: readonly [string, number][] = [
  ['зараб', GAIN | EARN], ['зароб', GAIN | EARN], ['прибыл', GAIN | EARN], ['прибут', GAIN | EARN], ['доход', GAIN | EARN],
  ['дохід', GAIN | EARN], ['выплат', GAIN], ['виплат', GAIN], ['профит', GAIN], ['подработ', EARN], ['підробіт', EARN],
  ['пассивн', EARN], ['пасивн', EARN],
  ['девушк', DATE], ['знаком', DATE], ['интим', DATE], ['одинок', DATE], ['откровен', DATE], ['горяч', DATE],
];

export const CHAT_ROLES = roleMap(LISTS.map(([role, words]) => [role, withFoldedForms(words)] as const));

const STEMS_BY_START: ReadonlyMap<string, readonly [string, number][]> = (() => {
  const m = new Map<string, [string, number][]>();
  for (const [stem, bits] of STEMS) {
    const list = m.get(stem.slice(0, 2)) ?? [];
    list.push([stem, bits]);
    m.set(stem.slice(0, 2), list);
  }
  return m;
})();

function isCyrillic(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x0400 && c <= 0x04ff;
}

/** The roles of one word: listed, and for a Cyrillic word of five letters or more also by stem. */
export function chatRoleOf(w: string): number {
  const listed = CHAT_ROLES.get(w) ?? 0;
  if (w.length < 5 || !isCyrillic(w)) return listed;
  const stems = STEMS_BY_START.get(w.slice(0, 2));
  if (stems === undefined) return listed;
  let r = listed;
  for (const [stem, bits] of stems) if (w.startsWith(stem)) r |= bits;
  return r;
}

/** A number word ("150 лс" is horsepower, "5 pm" a time of day). */
export function isNumberWord(w: string | undefined): boolean {
  if (w === undefined) return false;
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}
