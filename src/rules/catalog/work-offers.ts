// Work-from-home and easy-money offers in the languages they are posted in most (English, Russian,
// Spanish, Portuguese, Indonesian): a promise of income, an easy condition or a recruiting word,
// and a request to write privately. The English phrases of TEXT_MONEY_SCHEME name the family's
// stock sentences; this rule names its structure, so it reads any wording and language. Three
// roles must meet: income alone is talk about pay, "write me in DM" alone is a chat.
import type { CommentInput, Features, Rule } from '../../types.js';
import { MESSENGER_HOSTS, hostInSet } from '../lists/hosts.js';
import { NONE } from './none.js';
import { classBit, scanOf } from './scan.js';
import { WORD_CLASSES } from './word-classes.js';

const INCOME_BIT = classBit('income');

const INCOME = 1;
const EASY = 2;
const RECRUIT = 4;
const PRIVATE = 8;

const ROLES: readonly [number, readonly string[]][] = [
  [INCOME, WORD_CLASSES.income],
  [EASY, [
    'remote', 'remotely', 'daily', 'weekly', 'experience', 'flexible', 'parttime', 'easy', 'simple', 'smartphone',
    'удаленно', 'удалённо', 'удаленная', 'удалённая', 'удаленную', 'удалённую', 'удаленке', 'удалёнке', 'дома', 'дому', 'онлайн',
    'ежедневно', 'ежедневные', 'опыта', 'вложений', 'свободный', 'график', 'легкий', 'лёгкий', 'легкая', 'лёгкая', 'простая',
    'простую', 'телефона', 'смартфона', 'день', 'неделю', 'сутки',
    'casa', 'remoto', 'diario', 'diarias', 'experiencia', 'fácil', 'experiência', 'rumah', 'harian', 'pengalaman', 'mudah',
  ]],
  [RECRUIT, [
    'hiring', 'recruiting', 'vacancy', 'vacancies', 'job', 'jobs',
    'требуются', 'требуется', 'ищу', 'ищем', 'набираем', 'набор', 'нужны', 'приглашаем', 'вакансия', 'вакансии', 'работа', 'работу',
    'сотрудников', 'сотрудники', 'людей', 'партнеров', 'партнёров', 'команду',
    'buscamos', 'trabajo', 'empleo', 'procuramos', 'trabalho', 'vagas', 'lowongan', 'kerja', 'dicari',
  ]],
  [PRIVATE, [
    'dm', 'pm', 'inbox', 'telegram', 'whatsapp',
    'пиши', 'пишите', 'напиши', 'напишите', 'лс', 'личку', 'личные', 'личных', 'обращайтесь', 'телеграм', 'телеграмм', 'ватсап',
    'privado', 'mensaje', 'escríbeme', 'chama', 'wa', 'japri',
  ]],
];

const WORD_ROLES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [role, words] of ROLES) for (const w of words) m.set(w, (m.get(w) ?? 0) | role);
  return m;
})();

const HANDLE = /(?:^|\s)@[\p{L}\p{N}_]{3,}/u;

function roles(f: Features): { mask: number; words: string[] } {
  let mask = 0;
  const words: string[] = [];
  // An offer states itself up front; past the first 120 words a comment is a conversation.
  const n = Math.min(f.words.length, 120);
  for (let i = 0; i < n; i++) {
    const w = f.words[i] as string;
    const r = WORD_ROLES.get(w);
    if (r === undefined) continue;
    if ((mask & r) !== r) words.push(w);
    mask |= r;
  }
  if ((mask & PRIVATE) === 0) {
    if (f.links.some((l) => l.host !== '' && hostInSet(l.host, MESSENGER_HOSTS) !== undefined)) mask |= PRIVATE;
    else if (mask !== 0 && HANDLE.test(f.normalized.body.text)) {
      mask |= PRIVATE;
      words.push('@handle');
    }
  }
  return { mask, words };
}

const ru = (content: string): CommentInput => content;

export const WORK_OFFER_RULES: readonly Rule[] = [
  {
    id: 'TEXT_WORK_OFFER',
    group: 'text',
    score: 3,
    description: 'A work-from-home or easy-money offer in any of several languages: income, an easy condition or a recruiting word, and a request to write privately (DM, messenger, @handle)',
    test: (f) => {
      // The shared scan saw an income word, or there is no offer to read.
      if ((scanOf(f).classes & INCOME_BIT) === 0) return NONE;
      const { mask, words } = roles(f);
      const hasIncome = (mask & INCOME) !== 0;
      const hasHook = (mask & (EASY | RECRUIT)) !== 0;
      return hasIncome && hasHook && (mask & PRIVATE) !== 0 ? [words.join(', ')] : NONE;
    },
    examples: {
      hit: [
        ru('Нужны люди на удалённую работу, доход от 3000 в день, без опыта. Пишите в личку'),
        'Remote job, daily income from your smartphone, no experience needed. DM me',
        'Buscamos personas para trabajo desde casa, ingresos diarios, escríbeme por privado',
        'Lowongan kerja dari rumah, penghasilan harian, chat japri @example_hr',
      ],
      miss: [
        ru('Ищу работу удалённо, пишите в лс'),
        ru('Сколько вы зарабатываете в день на такой работе?'),
        'My salary went up after I switched to a remote job',
        'DM me the logs and I will look at the build',
      ],
    },
  },
];
