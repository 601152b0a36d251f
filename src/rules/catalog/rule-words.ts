// Word lists of single rules that the shared word scan (scan.ts) also flags, so that a rule whose
// words are absent skips its own loop over the comment's words. They live here, apart from their
// rules, because the rules import scan.ts and scan.ts must not import them back.

/** TEXT_TEXTING_SERVICE: words that ask for a reply by text or call, before a short code or "STOP". */
export const TEXTING_REPLY_WORDS: readonly string[] = ['txt', 'text', 'texting', 'sms', 'send', 'reply', 'call', 'dial', 'ring', 'msg', 'message'];
/** Opt-out words on their own ("unsubscribe", "optout"); "opt" starts "opt out". */
export const TEXTING_OPT_OUT_WORDS: readonly string[] = ['optout', 'unsubscribe', 'unsubscribed'];
/** Terms and age limits, as the tokenizer leaves them ("T&Cs" → "t", "cs"; "18+" → "18"). */
export const TEXTING_TERMS_WORDS: readonly string[] = ['tcs', 'tc', 'tandc', 'tandcs', 't&c', 't&cs', 'conditions', '18', '16'];
/** Every word the texting rule's word loop acts on. */
export const TEXTING_WORDS: readonly string[] = [...TEXTING_REPLY_WORDS, ...TEXTING_OPT_OUT_WORDS, 'opt', ...TEXTING_TERMS_WORDS];

/**
 * TEXT_OWNER_SERVICE_TERMS (service-terms.ts): a word of the offer's terms (free trial, monthly fee,
 * no contract, $5/hr, 5 pounds a day) or of the reply asked for (reply, contact us, book a demo).
 * Everyday words of the reply ("talk", "call", "know", "send", "open") are left out: they open
 * the gate on too many comments (check()'s cost), and a pitch asks for its reply in these too.
 */
export const OFFER_TERMS_WORDS: readonly string[] = [
  'free', 'special', 'monthly', 'fee', 'discount', 'upfront', 'contract', 'setup', 'pounds', 'dollars', 'euro', 'euros', 'hr',
  'reply', 'demo', 'sample', 'touch', 'dm', 'contact',
];

/** TEXT_MANAGER_TESTIMONIAL: whom the story credits, an agent noun or a title before a name. */
export const TESTIMONIAL_AGENT_WORDS: readonly string[] = [
  'manager', 'broker', 'mentor', 'trader', 'coach', 'hacker', 'specialist', 'consultant', 'advisor', 'adviser', 'analyst',
  'expert', 'experts', 'agent', 'firm', 'company', 'team',
];
export const TESTIMONIAL_TITLE_WORDS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'madam', 'sir', 'dr', 'prof'];

/** TEXT_WORK_OFFER and TEXT_EARNINGS_CLAIM: an easy condition (remote, no experience, from a phone…). */
export const WORK_EASY_WORDS: readonly string[] = [
  'remote', 'remotely', 'daily', 'weekly', 'experience', 'flexible', 'parttime', 'easy', 'simple', 'smartphone',
  'удаленно', 'удалённо', 'удаленная', 'удалённая', 'удаленную', 'удалённую', 'удаленке', 'удалёнке', 'дома', 'дому', 'онлайн',
  'ежедневно', 'ежедневные', 'опыта', 'вложений', 'свободный', 'график', 'легкий', 'лёгкий', 'легкая', 'лёгкая', 'простая',
  'простую', 'телефона', 'смартфона', 'день', 'неделю', 'сутки',
  // Russian: the easy conditions these offers promise (free time, a few hours, from a phone, an
  // age limit instead of a skill, nothing to invest) and the free-crypto giveaway's bait.
  'свободное', 'свободного', 'времени', 'часа', 'часов', 'занятость', 'несложная', 'несложную', 'легко', 'просто', 'быстро',
  'пассивный', 'пассивного', 'совершеннолетние', 'бесплатно', 'раздаю', 'раздача', 'раздачу', 'раздаем', 'раздаём', 'халява',
  'casa', 'remoto', 'diario', 'diarias', 'experiencia', 'fácil', 'experiência', 'rumah', 'harian', 'pengalaman', 'mudah',
];
/** …and a recruiting word (hiring, vacancy, "we are looking for"…). */
export const WORK_RECRUIT_WORDS: readonly string[] = [
  'hiring', 'recruiting', 'vacancy', 'vacancies', 'job', 'jobs',
  'требуются', 'требуется', 'ищу', 'ищем', 'набираем', 'набор', 'нужны', 'приглашаем', 'вакансия', 'вакансии', 'работа', 'работу',
  'сотрудников', 'сотрудники', 'людей', 'партнеров', 'партнёров', 'команду',
  // Russian recruiting wording: "I offer", "looking for people", "anyone interested", "taking on".
  'предлагаю', 'предлагаем', 'набираю', 'нужен', 'нужна', 'приглашаю', 'сотрудничество', 'сотрудничества', 'желающих',
  'желающие', 'заинтересованных', 'ученики', 'учеников', 'обучение', 'обучу', 'научу', 'вакансию',
  'buscamos', 'trabajo', 'empleo', 'procuramos', 'trabalho', 'vagas', 'lowongan', 'kerja', 'dicari',
];
