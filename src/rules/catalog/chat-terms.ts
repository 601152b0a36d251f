// The word lists of the chat-group offer rules (chat-offers.ts) and the term bits the shared word
// scan (scan.ts) gives each body word: a rule first asks the comment's mask whether a word of a
// list occurs at all, and only then walks its words, reading each word's bits instead of asking
// every list. Kept apart from chat-offers.ts because scan.ts compiles them and chat-offers.ts
// reads the scan (a module cycle otherwise). The lists are the languages' spellings plus their
// folded forms (fold-words.ts), as body words arrive.
import { roleMap, withFoldedForms } from './fold-words.js';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(withFoldedForms(words));

/** Words before a profile that point to it: "link in bio", "check my profile", "ссылка в профиле", "en mi perfil". */
export const POINTERS: ReadonlySet<string> = new Set([
  'in', 'my', 'on', 'link', 'links', 'see', 'check', 'в', 'у', 'мой', 'моём', 'моем', 'моей', 'ссылка', 'посилання', 'en', 'mi', 'no', 'na',
  'meu', 'im', 'dans', 'nel',
]);

/** Period words of a pay rate: per day, week or month, daily (TEXT_JOB_TERMS; TEXT_CONTACT_LURE reads a pay rate as a promise). */
export const PERIOD = set([
  'день', 'дня', 'сутки', 'неделю', 'месяц', 'щодня', 'тиждень', 'місяць', 'кунига', 'kuniga', 'кунлик', 'күніне', 'айына', 'ойига',
  'day', 'daily', 'week', 'weekly', 'month', 'día', 'dia', 'diario', 'diarios', 'diarias', 'diários', 'diárias', 'semana',
  'ежедневно', 'ежедневные', 'щоденно', 'щоденні',
]);

export const PAY = set([
  'оплата', 'выплаты', 'выплата', 'платим', 'зарплата', 'оплату', 'виплати', 'оплата', 'paid', 'pay', 'pays', 'payouts', 'pagos', 'pago',
  'ganhos', 'ganancias', 'маош', 'maosh', 'ақы', 'тўлов',
]);
export const HOURS = set(['час', 'часа', 'часов', 'години', 'годин', 'hours', 'hour', 'horas', 'soat', 'соат', 'сағат']);
export const EXPERIENCE = set(['опыт', 'опыта', 'досвіду', 'досвід', 'experience', 'experiencia', 'experiência', 'tajriba', 'тажриба', 'тәжірибе']);
export const WITHOUT = set(['без', 'не', 'no', 'not', 'sin', 'sem', 'without', 'никакого', 'нужен', 'керек', 'kerak', 'керак']);
export const NO_EXPERIENCE = set(['тажрибасиз', 'tajribasiz', 'тәжірибесіз']);
export const INVEST = set(['вложений', 'вложения', 'вкладень', 'вкладення', 'investment', 'investments', 'inversión', 'investimento']);
export const PHONE = set(['phone', 'smartphone', 'celular', 'móvil', 'telefone', 'телефон', 'телефона', 'телефону', 'телефоном', 'смартфон', 'смартфона', 'телефондан']);
export const AGE = set(['лет', 'років', 'years', 'yo', 'años', 'anos', 'ёшдан', 'жастан', 'жас']);
export const AGE_BEFORE = set(['от', 'старше', 'з', 'від', 'over', 'from', 'вік', 'возраст', 'age', 'mayores', 'maiores', 'ages']);
export const LIMITED = set(['ограничено', 'ограничены', 'ограничено', 'обмежена', 'обмежені', 'limited', 'limitados', 'limitadas', 'осталось', 'залишилось', 'left']);
export const PLACES = set(['мест', 'места', 'місць', 'місця', 'spots', 'places', 'slots', 'seats', 'cupos', 'vagas', 'plazas', 'lugares']);
export const REMOTE = set(['удаленно', 'удалённо', 'удаленная', 'удалённая', 'удаленку', 'удалёнку', 'віддалена', 'віддалено', 'remote', 'remotely', 'уйдан', 'uydan', 'үйден', 'дому']);
export const HOME_BEFORE = set(['from', 'desde', 'de', 'em', 'на']);
export const HOME = set(['home', 'casa', 'дому']);

export const TRADE = set([
  'продам', 'продаю', 'продаём', 'продаем', 'куплю', 'покупаю', 'скупаю', 'скупка', 'обмен', 'обменяю', 'меняю', 'обменник', 'сделаю',
  'делаю', 'изготовлю', 'оформлю', 'продаж', 'продаємо', 'купую', 'обмін', 'зроблю', 'сотаман', 'sotaman', 'сатамын',
  'sell', 'selling', 'buy', 'buying', 'vendo', 'compro', 'vendemos', 'compramos',
]);
export const GOODS = set([
  'аккаунт', 'аккаунты', 'аккаунтов', 'акки', 'акков', 'базы', 'базу', 'базы', 'номера', 'документы', 'документов', 'справки', 'справку',
  'права', 'дипломы', 'диплом', 'паспорта', 'паспорт', 'удостоверение', 'карты', 'симки', 'usdt', 'крипту', 'btc', 'верификация',
  'верификацию', 'отзывы', 'отзывов', 'подписчиков', 'подписчики', 'лайки', 'просмотры', 'акаунти', 'документи', 'довідки',
  'accounts', 'followers', 'likes', 'views', 'database', 'databases', 'leads', 'documents', 'passports', 'diplomas', 'licenses',
  'verified', 'cuentas', 'contas', 'seguidores', 'documentos',
]);

export const INVITE = set([
  'подписывайтесь', 'подписывайся', 'подпишись', 'подпишитесь', 'переходи', 'переходите', 'вступай', 'вступайте', 'заходи', 'заходите',
  'присоединяйся', 'присоединяйтесь', 'підписуйтесь', 'підпишись', 'приєднуйся', 'приєднуйтесь', 'переходь', 'обуна', 'obuna',
  'қосылыңыз', 'join', 'subscribe', 'únete', 'unete', 'entra', 'entrem', 'inscreva', 'inscrevase',
]);
export const GROUP = set([
  'канал', 'канале', 'канала', 'каналу', 'группу', 'группа', 'группе', 'чат', 'чате', 'чату', 'групу', 'групі', 'група', 'гуруҳ', 'guruh',
  'kanal', 'channel', 'group', 'chat', 'canal', 'grupo',
]);
export const BAIT = set([
  'free', 'бесплатно', 'бесплатные', 'бесплатный', 'безкоштовно', 'gratis', 'grátis', 'сигналы', 'сигнали', 'signals', 'схемы', 'схеми',
  'прогнозы', 'прогнози', 'закрытый', 'закрытую', 'закрытом', 'приватный', 'приватная', 'приватном', 'private', 'vip', 'pumps', 'bonus',
  'бонус', 'бонусы', 'giveaway', 'раздача', 'раздаём', 'раздаем', 'инсайды', 'сливы', '18',
]);
/** Bait too common to count with an invitation alone ("join the group call, free for everyone"): it needs a pointer. */
export const COMMON_BAIT = set(['free', 'бесплатно', 'бесплатные', 'бесплатный', 'безкоштовно', 'gratis', 'grátis', 'bonus', 'бонус']);

/** "recommend" is a vouch only in the first person or with an intensifier ("my advisor recommended index funds" is advice): TEXT_CREDITED_GAIN. */
export const RECOMMEND: ReadonlySet<string> = new Set(['recommend', 'recommended', 'recomendado', 'recomendada', 'raccomando', 'consigliato']);

/** Term bits (CHAT_TERMS): one per list above. */
export const T_PERIOD = 1;
export const T_PAY = 2;
export const T_HOURS = 4;
export const T_EXPERIENCE = 8;
export const T_WITHOUT = 16;
export const T_NO_EXPERIENCE = 32;
export const T_INVEST = 64;
export const T_PHONE = 128;
export const T_AGE = 256;
export const T_AGE_BEFORE = 512;
export const T_LIMITED = 1024;
export const T_PLACES = 2048;
export const T_REMOTE = 4096;
export const T_HOME_BEFORE = 8192;
export const T_HOME = 16384;
export const T_POINTER = 1 << 15;
export const T_TRADE = 1 << 16;
export const T_GOODS = 1 << 17;
export const T_INVITE = 1 << 18;
export const T_GROUP = 1 << 19;
export const T_BAIT = 1 << 20;
export const T_COMMON_BAIT = 1 << 21;
export const T_RECOMMEND = 1 << 22;

/** Every word of the lists above, with its term bits: one lookup per word (the shared scan keeps them per word). */
export const CHAT_TERMS: ReadonlyMap<string, number> = roleMap([
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
  [T_POINTER, POINTERS],
  [T_TRADE, TRADE],
  [T_GOODS, GOODS],
  [T_INVITE, INVITE],
  [T_GROUP, GROUP],
  [T_BAIT, BAIT],
  [T_COMMON_BAIT, COMMON_BAIT],
  [T_RECOMMEND, RECOMMEND],
]);
