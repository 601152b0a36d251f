// Automated-income claims: "an AI trading bot makes me $2,000 a week", "my crypto robot earned 12 %
// this month", then a referral link or "link in my name". Consumer warnings about AI trading bots
// and crypto "signals" (the FTC's and the CFTC's advisories on AI trading scams, exchange help
// pages) list the same moves: an automated earner (a bot, a robot, an AI, autopilot), crypto or
// trading, a sum or a percentage with a period, and the way in (a referral or invite link, "sign
// up with my link", a code). A reader's warning about such bots names the sum and the bot but
// offers no way in; a reader's own side income names no bot. The rule needs all four.
import type { Features, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { NONE } from './none.js';
import { listRolesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';

const EARNER = 1;
const MARKET = 2;
const PERIOD = 4;
const WAY_IN = 8;

const ROLES = roleMap([
  [EARNER, withFoldedForms([
    'bot', 'bots', 'robot', 'robots', 'ai', 'autopilot', 'automated', 'automatic', 'algorithm', 'algo', 'robô', 'robo', 'botem',
    'botowi', 'bota', 'бот', 'бота', 'ботом', 'робот', 'робота', 'роботом', 'autotrade', 'autotrading',
  ])],
  [MARKET, withFoldedForms([
    'crypto', 'bitcoin', 'btc', 'ethereum', 'eth', 'usdt', 'trading', 'trades', 'trade', 'forex', 'arbitrage', 'cryptocurrency',
    'criptomoedas', 'cripto', 'criptomonedas', 'kryptowalutach', 'kryptowaluty', 'krypto', 'tradingowemu', 'крипте', 'крипта',
    'крипту', 'криптовалюте', 'трейдинг', 'торгового', 'торговый', 'биткоин',
  ])],
  [PERIOD, withFoldedForms([
    'day', 'daily', 'week', 'weekly', 'month', 'monthly', 'yesterday', 'weeks', 'months', 'semana', 'mês', 'dia', 'tygodniowo',
    'miesięcznie', 'dziennie', 'неделю', 'месяц', 'день', 'mes', 'día',
  ])],
  [WAY_IN, withFoldedForms([
    'referral', 'ref', 'invite', 'code', 'signup', 'sign', 'register', 'join', 'link', 'profile', 'cadastre-se', 'cadastre',
    'link', 'zarejestruj', 'linku', 'регистрируйся', 'ссылке', 'ссылка', 'regístrate', 'enlace',
  ])],
]);

/** The shared scan ors these roles per comment (scan-lists.ts): no lookup of our own per word. */
const ROLE_LIST = registerScanList(ROLES);

/** A warning about such bots (scam, fraud, lost, reported) is a reader's, whatever it names. */
const WARNING: ReadonlySet<string> = new Set(withFoldedForms([
  'scam', 'scams', 'scammer', 'scammers', 'fraud', 'fake', 'lost', 'reported', 'report', 'careful', 'beware', 'warning', 'stolen',
  'oszustwo', 'oszuści', 'мошенники', 'мошенничество', 'развод', 'estafa', 'fraude', 'golpe', 'oplichting', 'oplichters', 'betrug',
  'arnaque', 'truffa',
]));

const MIN_WORDS = 8;
const MAX_WORDS = 90;

function botIncome(f: Features): string[] {
  // The roles from the shared scan; the evidence is collected only on a hit.
  let roles = listRolesOf(f, ROLE_LIST);
  if ((roles & (EARNER | MARKET | PERIOD)) !== (EARNER | MARKET | PERIOD)) return [];
  for (const w of f.words) if (WARNING.has(w)) return [];
  const evidence = new Map<number, string>();
  for (const w of f.words) {
    const r = ROLES.get(w) ?? 0;
    for (const bit of [EARNER, MARKET, PERIOD, WAY_IN]) if (r & bit && !evidence.has(bit)) evidence.set(bit, w);
  }
  // A body link is a way in too (the words of its path are not body words).
  if ((roles & WAY_IN) === 0 && f.links.some((l) => (l.source === 'body' || l.source === 'anchor') && wellKnownSite(l.host) === undefined)) {
    roles |= WAY_IN;
    evidence.set(WAY_IN, 'a link');
  }
  if ((roles & WAY_IN) === 0) return [];
  return [EARNER, MARKET, PERIOD, WAY_IN].map((bit) => `"${evidence.get(bit)}"`);
}

export const BOT_INCOME_RULES: readonly Rule[] = [
  {
    id: 'TEXT_BOT_INCOME',
    group: 'text',
    score: 3,
    description: 'An automated-income claim: a bot, robot or AI trading crypto that earns a sum per day, week or month, with a referral link, "my link" or a code to join',
    // The way in is a link: in the body, or the author's own ("link in my name").
    requires: ['links', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    test: (f) => {
      // Cheap gate: a sum in the text and the length of a testimonial.
      const n = f.words.length;
      if (f.links.length === 0 || n < MIN_WORDS || n > MAX_WORDS || scanOf(f).digits === 0) return NONE;
      return botIncome(f);
    },
    examples: {
      hit: [
        'My AI crypto bot brings in about $900 every week while I work. Join with my referral link https://bot.example.com/r/ab',
        { content: 'Ganho 300 dólares por dia com um robô de trading de bitcoin, cadastre-se pelo link do meu perfil.', author: { name: 'Rui', url: 'https://robo-btc.example.com' } },
        { content: 'Этот торговый бот на крипте приносит мне 40 000 в месяц, регистрируйся по ссылке в профиле.', author: { name: 'Олег', url: 'https://kripto-bot.example.ru' } },
      ],
      miss: [
        'I lost $3,000 to a crypto trading bot last year; every week it promised more. Be careful.',
        'An AI trading bot promised my dad $1,000 a week, then asked for a fee. Report it here: https://reportfraud.ftc.gov',
        'We wrote a trading bot in 2021 for a class, it lost 4 % a month on paper.',
        'My side project makes $200 a month, the link is on the README.',
      ],
    },
  },
];
