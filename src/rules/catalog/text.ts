// Text group: what the comment says. Vocabulary and template phrases come from the shared word
// scan (one pass, see scan.ts); the character scanners for handles, phones and money amounts
// (text-scan.ts) run only when that scan saw a word that makes them worth running.
import type { CommentInput, Features, Rule, RuleRequirement } from '../../types.js';
import { placedLinks } from './link-facts.js';
import { messengerLinks } from './messenger-links.js';
import { NONE } from './none.js';
import { hasPhrase, phrasesOf, scanOf, type VocabularyHit } from './scan.js';
import { CONTACT_CAP, TESTIMONIAL_CAP } from './testimonials.js';
import { amountValue, findContacts, findMoney, findPhones } from './text-scan.js';
import { buildAhoCorasick } from '../lists/aho-corasick.js';
import { FLATTERY_CAP } from './flattery.js';
import { UNSPACED_GAMBLING, UNSPACED_TRADES, VOCABULARY, type VocabularyName } from './vocabulary.js';
import { TRADE_PHRASES } from './phrases.js';
import { CATEGORY_WORDS, titleNames } from './topic-slug.js';

const quote = (phrases: string[]): string[] => (phrases.length === 0 ? NONE : phrases.map((p) => `"${p}"`));

const VOCABULARY_RULES: Record<VocabularyName, { id: string; score: number; what: string; hit: CommentInput[]; miss: CommentInput[] }> = {
  pharmacy: {
    id: 'TEXT_PHARMACY',
    score: 3,
    what: 'pharmacy (viagra, cialis, pills without prescription)',
    hit: ['Buy viagra and cialis without prescription', 'cheap pills online, fast shipping', 'k a m a g r a at the best price'],
    miss: [
      'My doctor changed my prescription last week',
      'The pharmacy near me closes at six',
      // The post is about the trade's own subject: the comment's words are the page's topic.
      { content: 'The old chemist had a jar of cough pills on the counter for decades; I hope the new pharmacy keeps it.', target: { postTitle: 'Corner pharmacy changes hands after 40 years' } },
    ],
  },
  casino: {
    id: 'TEXT_CASINO',
    score: 2.5,
    what: 'casino and betting (in the most-spammed languages, with or without diacritics)',
    hit: [
      'Best online casino with free spins',
      'join the poker room and win the jackpot',
      'slots and jackpot bonus every day',
      'Лучшее онлайн казино с бонусом',
      'Nha cai uy tin nhat, ca cuoc bong da moi ngay',
      'Nhà cái uy tín, cá cược thể thao',
      'Situs slot gacor hari ini, daftar sekarang',
      'สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ',
      '最新娱乐城，百家乐在线',
      'Ganhe rodadas grátis no melhor cassino',
      'Ставки на спорт с бонусом',
    ],
    miss: [
      'I bet you will love the next episode',
      'the time slot moved to Friday',
      'Cá kho tộ là món ăn ngon nhất',
      'เว็บไซต์นี้มีประโยชน์มาก ขอบคุณครับ',
      '这篇文章写得很好，谢谢分享',
      'Спорт полезен для здоровья',
      { content: 'Fewer slot machines in town is fine by me, but the casino did pay for the footbridge.', target: { postTitle: 'Casino licence renewal goes to a vote' } },
    ],
  },
  loan: {
    id: 'TEXT_LOAN',
    score: 2,
    what: 'payday and instant loans',
    hit: [
      'Need cash? payday advance in one hour',
      'loans approval in minutes, any lender',
      'Prêt entre particuliers sérieux, taux bas, réponse en 24 h',
      'สินเชื่อเงินด่วน ไม่เช็คบูโร อนุมัติไว',
    ],
    miss: ['We paid off the student loan last year', 'Credit card debt is the worst', 'ขอบคุณสำหรับข้อมูลเรื่องสินเชื่อบ้านครับ'],
  },
  essay: {
    id: 'TEXT_ESSAY',
    score: 2,
    what: 'essay and homework writing services',
    hit: ['We write any essay or dissertation, no plagiarism', 'cheap essay writers online'],
    miss: ['My essay on Orwell got a B', 'Homework takes my kid an hour'],
  },
  crypto: {
    id: 'TEXT_CRYPTO',
    score: 1,
    what: 'crypto, forex and trading schemes',
    hit: ['Best forex signals, 300% profit', 'I invested in bitcoin trading and got a huge profit'],
    miss: ['Is bitcoin a bubble?', 'I work in a trading company'],
  },
  seo: {
    id: 'TEXT_SEO',
    score: 2,
    what: 'SEO and link-building services',
    hit: ['We sell high DA backlinks and guest posts', 'Boost your ranking with our digital marketing agency'],
    miss: ['Our marketing team is hiring', 'The ranking of the teams changed'],
  },
  adult: {
    id: 'TEXT_ADULT',
    score: 2.5,
    what: 'adult content and dating',
    hit: ['hot singles and free porn here', 'sexy girls on webcam tonight'],
    miss: ['The film is rated for adults only', 'She looked sexy in that video'],
  },
  replica: {
    id: 'TEXT_REPLICA',
    score: 2.5,
    what: 'replica and knock-off goods',
    hit: ['replica watches at wholesale prices', 'cheap uggs outlet sale', 'louis vuitton handbags outlet', 'Fake passports and registered documents for sale', '高仿手表，一比一复刻'],
    miss: ['My father left me his Rolex', 'This is a replica of the Roman statue in the museum'],
  },
};

const TRADE_OF: ReadonlyMap<string, VocabularyName> = new Map(
  (Object.keys(TRADE_PHRASES) as (keyof typeof TRADE_PHRASES)[]).flatMap((name) => TRADE_PHRASES[name].map((p) => [p, name] as const)),
);
const CASINO_STRONG: ReadonlySet<string> = new Set([...(VOCABULARY.find((c) => c.name === 'casino')?.strong ?? []), ...UNSPACED_GAMBLING]);

/**
 * A trade's name for its own goods ("no credit check", "write my essay") counts as the category's
 * vocabulary when a second sign of the trade is there: another of its names, or one of its words
 * anywhere in the body. One phrase alone ("same day", "for sale") is ordinary English.
 */
export function tradeEvidence(f: Features, name: VocabularyName): string[] {
  const phrases = phrasesOf(f, 'trade').filter((p) => TRADE_OF.get(p) === name);
  if (phrases.length === 0) return NONE;
  if (phrases.length >= 2) return [phrases.map((p) => `"${p}"`).join(', ')];
  const words = CATEGORY_WORDS.get(name) as ReadonlySet<string>;
  const word = f.words.find((w) => words.has(w));
  return word === undefined ? NONE : [`"${phrases[0]}", ${word}`];
}

const UNSPACED_GAMBLING_AUTOMATON = buildAhoCorasick(UNSPACED_GAMBLING);

/** Gambling beyond single words: multi-word terms (Vietnamese, Indonesian, …) and substrings of unspaced scripts. */
function gamblingTerms(f: Features): string[] {
  const out: string[] = phrasesOf(f, 'gambling').slice();
  if (scanOf(f).unspaced) {
    for (const key of UNSPACED_GAMBLING_AUTOMATON.search(f.normalized.body.folded)) out.push(UNSPACED_GAMBLING[key] as string);
  }
  return out;
}

const isCasino = (hit: VocabularyHit): boolean => hit.category === 'casino';

type UnspacedTrade = keyof typeof UNSPACED_TRADES;
const UNSPACED_TRADE_TERMS: readonly (readonly [term: string, trade: UnspacedTrade])[] = (Object.keys(UNSPACED_TRADES) as UnspacedTrade[]).flatMap(
  (trade) => UNSPACED_TRADES[trade].map((term) => [term, trade] as const),
);
const UNSPACED_TRADE_AUTOMATON = buildAhoCorasick(UNSPACED_TRADE_TERMS.map(([term]) => term));
/** Two different terms of one trade among them make the trade's vocabulary (vocabulary.ts UNSPACED_TRADES). */
const UNSPACED_TRADE_NEEDED = 2;

/**
 * Session 16d: a trade's terms in a script written without spaces (Thai, Chinese, Japanese, Korean),
 * where the word scan sees no words to look up: at least two different ones, or none.
 */
export function unspacedTradeTerms(f: Features, name: VocabularyName): string[] {
  if (!scanOf(f).unspaced || !(name in UNSPACED_TRADES)) return NONE;
  const out: string[] = [];
  for (const key of UNSPACED_TRADE_AUTOMATON.search(f.normalized.body.folded)) {
    const [term, trade] = UNSPACED_TRADE_TERMS[key] as readonly [string, UnspacedTrade];
    if (trade === name) out.push(term);
  }
  return out.length >= UNSPACED_TRADE_NEEDED ? out : NONE;
}

/** Every different gambling word and term of a comment: vocabulary words, multi-word terms, unspaced-script terms. */
function gamblingWords(f: Features): string[] {
  const hit = scanOf(f).vocabulary.find((h) => h.category === 'casino');
  const terms = gamblingTerms(f);
  if (hit === undefined) return terms;
  const words = hit.words.slice();
  for (const t of terms) if (!words.includes(t)) words.push(t);
  return words;
}

/** The vocabulary rules' gate: a category counts, or a trade's own name for its goods (tradeEvidence). */
const VOCABULARY_OR_TRADE: readonly RuleRequirement[] = [{ anyOf: ['vocabulary', { phrase: 'trade' }] }];
/** The advert trades' gate: as VOCABULARY_OR_TRADE, or an unspaced script (their terms there, unspacedTradeTerms). */
export const TRADE_SIGN: readonly RuleRequirement[] = [{ anyOf: ['vocabulary', { phrase: 'trade' }, 'unspaced'] }];
/** The gambling rules' gate: a casino word (vocabulary), a gambling phrase or an unspaced script. */
const GAMBLING_SIGN: readonly RuleRequirement[] = [{ anyOf: ['vocabulary', { phrase: 'gambling' }, 'unspaced'] }];

/** TEXT_CASINO and TEXT_GAMBLING_TERMS read one vocabulary: together they add at most this. */
const GAMBLING_CAP = { family: 'gambling', max: 4 } as const;

function vocabularyRules(): Rule[] {
  return VOCABULARY.map((category) => {
    const spec = VOCABULARY_RULES[category.name];
    const extra = category.name === 'casino' ? gamblingTerms : undefined;
    return {
      id: spec.id,
      group: 'text' as const,
      score: spec.score,
      description: `Body uses ${spec.what} vocabulary`,
      ...(extra === undefined ? (ADVERT_TRADES.includes(category.name) ? { cap: TRADE_CAP } : {}) : { cap: GAMBLING_CAP }),
      requires: extra !== undefined ? GAMBLING_SIGN : ADVERT_TRADES.includes(category.name) ? TRADE_SIGN : VOCABULARY_OR_TRADE,
      // The post's title is read only once the category is found (titleNames), not on every comment the gate lets in.
      test: (f: Features): string[] => {
        const evidence = vocabularyEvidence(f, category.name, extra !== undefined);
        return evidence.length > 0 && titleNames(f, category.name) ? NONE : evidence;
      },
      examples: { hit: spec.hit, miss: spec.miss },
    };
  });
}

/** A vocabulary category's evidence in the comment (gambling also from its terms), or NONE. */
function vocabularyEvidence(f: Features, name: VocabularyName, gambling: boolean): string[] {
  if (gambling) {
    // No casino word, no gambling phrase and no unspaced script: gamblingWords would find nothing.
    const scan = scanOf(f);
    if (!scan.unspaced && !hasPhrase(scan, 'gambling') && !scan.vocabulary.some(isCasino)) return NONE;
    const words = gamblingWords(f);
    return words.length > 0 ? [words.join(', ')] : NONE;
  }
  const scan = scanOf(f);
  const hit = scan.vocabulary.length === 0 ? undefined : scan.vocabulary.find((h) => h.category === name);
  if (hit !== undefined) return [hit.words.join(', ')];
  const evidence = hasPhrase(scan, 'trade') ? tradeEvidence(f, name) : NONE;
  if (evidence.length > 0 || !scan.unspaced) return evidence;
  const terms = unspacedTradeTerms(f, name);
  return terms.length === 0 ? NONE : [terms.join(', ')];
}

/** The trades TEXT_TRADE_ADVERT reads; gambling has TEXT_GAMBLING_TERMS, crypto and SEO name honest work too. */
const ADVERT_TRADES: readonly VocabularyName[] = ['pharmacy', 'loan', 'essay', 'replica'];
/** A vocabulary rule and TEXT_TRADE_ADVERT read one trade: together they add at most this. */
const TRADE_CAP = { family: 'trade', max: 4 } as const;

/**
 * Session 7: the different signs of one trade in a comment (its words, the offer words that
 * made them count, its own names for its goods). Three are an advert ("instant approval personal
 * loans, no credit check"); one or two are a mention ("we compared two mortgage offers").
 */
function tradeSigns(f: Features): { name: VocabularyName; signs: string[] } | undefined {
  const scan = scanOf(f);
  if (scan.vocabulary.length === 0 && scan.phrases.length === 0) return scan.unspaced ? unspacedTradeSigns(f) : undefined;
  const trade = scan.phrases.length === 0 ? NONE : phrasesOf(f, 'trade');
  for (const name of ADVERT_TRADES) {
    const hit = scan.vocabulary.find((h) => h.category === name);
    const phrases = trade.filter((p) => TRADE_OF.get(p) === name);
    if (hit === undefined && phrases.length === 0) continue;
    const signs = [...(hit?.words ?? [])];
    // A trade phrase that contains a counted word adds one sign, not two.
    for (const p of phrases) if (!signs.some((w) => p.split(' ').includes(w))) signs.push(p);
    if (hit === undefined && phrases.length === 1) {
      const words = CATEGORY_WORDS.get(name) as ReadonlySet<string>;
      for (const w of f.words) if (words.has(w) && !signs.includes(w) && !phrases[0]!.split(' ').includes(w)) signs.push(w);
    }
    if (signs.length >= 3) return { name, signs };
  }
  return scan.unspaced ? unspacedTradeSigns(f) : undefined;
}

/** Session 16d: three different terms of one trade in an unspaced script (unspacedTradeTerms) are its advert. */
function unspacedTradeSigns(f: Features): { name: VocabularyName; signs: string[] } | undefined {
  for (const name of ADVERT_TRADES) {
    const signs = unspacedTradeTerms(f, name);
    if (signs.length >= 3) return { name, signs };
  }
  return undefined;
}

const TRADE_RULES: readonly Rule[] = [
  {
    id: 'TEXT_TRADE_ADVERT',
    requires: TRADE_SIGN,
    group: 'text',
    score: 1.5,
    cap: TRADE_CAP,
    description: 'Three or more different signs of one spammed trade (pharmacy, loans, essay writing, replicas): its words, offer words and its own names for its goods ("no credit check", "write my essay"): an advert, not a mention',
    test: (f) => {
      const found = tradeSigns(f);
      return found === undefined ? NONE : [`${found.name}: ${found.signs.join(', ')}`];
    },
    examples: {
      hit: [
        'Bad credit? Personal loans with guaranteed approval today',
        'We write custom essays and do my homework orders, plagiarism free',
        'replica watches and designer dupes, AAA quality',
        'cheap tadalafil tablets without prescription',
      ],
      miss: [
        'We compared two mortgage offers and took the one without a fee',
        'My essay deadline is tomorrow',
        'My doctor switched me from tablets to capsules',
        'The replica of the ship in the museum is lovely',
      ],
    },
  },
];

const GAMBLING_RULES: readonly Rule[] = [
  {
    id: 'TEXT_GAMBLING_TERMS',
    requires: GAMBLING_SIGN,
    group: 'text',
    score: 1.5,
    description: 'Three or more different gambling and betting terms, or two when one is the trade\'s own name (casino, a bookmaker), in any of the languages TEXT_CASINO reads: a gambling advert, not a mention',
    cap: GAMBLING_CAP,
    test: (f) => {
      const scan = scanOf(f);
      if (!scan.unspaced && !hasPhrase(scan, 'gambling') && !scan.vocabulary.some(isCasino)) return NONE;
      const words = gamblingWords(f);
      // Session 7: two terms are enough when one of them is the trade's own name (a strong word
      // or an unspaced-script term): "casino" with "bonus" is an advert, "bet" with "odds" is talk.
      if (words.length < 2 || (words.length === 2 && !words.some((w) => CASINO_STRONG.has(w)))) return NONE;
      return [words.join(', ')];
    },
    examples: {
      hit: ['Get free spins and a no deposit bonus at the best online casino', 'Лучшее онлайн казино, заходи', 'Casino bonus for every new player', '最新娱乐城，百家乐真人荷官，体育投注', 'Nhà cái uy tín, cá cược bóng đá và tài xỉu'],
      miss: ['We went to a casino in Lisbon once', 'Roulette is a nice example of a fair random process', 'Ставки на спорт — плохая привычка', 'I bet the odds are against it'],
    },
  },
];

const CURRENCY = /[$£€]/;
// A handle after other words: a reply's leading @name is not a promotion.
const HANDLE_INSIDE = /\s[@#][\p{L}\p{N}_]/u;

function contactHandles(f: Features): string[] {
  const out: string[] = [];
  for (const l of messengerLinks(f)) out.push(l.url);
  if (!scanOf(f).contactWord) return out;
  for (const c of findContacts(f.normalized.body.text)) out.push(`"${c}"`);
  return out;
}

function moneyAmounts(f: Features): string[] {
  const scan = scanOf(f);
  // Amounts need digits (the scan counted them) and a currency sign or money word.
  if (!scan.investWord || scan.digits === 0) return NONE;
  const text = f.normalized.body.text;
  return scan.moneyWord || CURRENCY.test(text) ? findMoney(text) : NONE;
}

function phoneNumbers(f: Features): string[] {
  return scanOf(f).digitRun < 9 ? NONE : findPhones(f.normalized.body.text);
}

const html = (content: string): CommentInput => ({ content, contentFormat: 'html' });

const TEMPLATE_RULES: readonly Rule[] = [
  {
    id: 'TEXT_SPAM_TEMPLATE',
    requires: [{ phrase: 'blog' }],
    group: 'text',
    score: 3,
    cap: FLATTERY_CAP,
    description: 'Uses a known blog-spam template, the spun flattery bots post on any page',
    test: (f) => quote(phrasesOf(f, 'blog')),
    examples: {
      hit: [
        'Hello there, just became aware of your blog through Google, and found that it is truly informative.',
        'I have been browsing online more than 3 hours today, yet I never found any interesting article like yours.',
        'Very informative article. Thanks!',
      ],
      miss: ['I found your blog through a friend and the Rust section helped me a lot', 'This article is informative about tax law'],
    },
  },
  {
    id: 'TEXT_CHANNEL_PROMO',
    requires: [{ phrase: 'channel' }],
    group: 'text',
    score: 2.5,
    // Shared with TEXT_GROUP_INVITE (chat-offers.ts), which reads the same invitation by its roles: counted once up to 4.
    cap: { family: 'market', max: 4 },
    description: 'Promotes the poster\'s own channel or page ("check out my channel", "subscribe to me")',
    test: (f) => quote(phrasesOf(f, 'channel')),
    examples: {
      hit: ['Hi all, check out my channel where I review synthesizers', 'Please subscribe to my channel :)', 'Check out this video on YouTube: (link)'],
      miss: ['This channel is the best thing on the internet', 'I subscribed years ago and never regretted it'],
    },
  },
  {
    id: 'TEXT_MONEY_SCHEME',
    requires: [{ phrase: 'money' }],
    group: 'text',
    score: 2.5,
    description: 'Offers money for little work ("make money online", "work from the comfort of your home")',
    test: (f) => quote(phrasesOf(f, 'money')),
    examples: {
      hit: ['Anyone can make money online and start working from home, ask me how', 'Get paid to answer surveys on your phone'],
      miss: ['I made money selling my old bike', 'Working from home makes me lonely'],
    },
  },
  {
    id: 'TEXT_SCAM_TESTIMONIAL',
    requires: [{ phrase: 'scam' }],
    group: 'text',
    score: 2.5,
    cap: TESTIMONIAL_CAP,
    description: 'Reads like a fake testimonial for an investment manager or spell caster (two template phrases, or one next to a handle or money amount)',
    test: (f) => {
      const found = phrasesOf(f, 'scam');
      if (found.length === 0) return NONE;
      const text = f.normalized.body.text;
      // (A handle has an '@' or a '#': two native searches before the pattern.)
      if (found.length >= 2 || ((text.indexOf('@') >= 0 || text.indexOf('#') >= 0) && HANDLE_INSIDE.test(text)) || moneyAmounts(f).length > 0) return quote(found);
      return NONE;
    },
    examples: {
      hit: [
        'I invested $700 with her and got a return of $6,300 in two weeks @example_trader_mia',
        'All thanks to Mrs. Carter, I received my payout and I am out of debt now',
        'A spell caster brought my ex lover back in three days, write to @example_spells',
      ],
      miss: ['I invested in index funds for ten years', 'This book changed my life'],
    },
  },
  {
    id: 'TEXT_CONTACT_HANDLE',
    requires: [{ anyOf: ['links', 'contactWord'] }],
    group: 'text',
    score: 2.5,
    // Shared with TEXT_HANDLE_REFERRAL, whose contact reading sees the same "contact @handle".
    cap: CONTACT_CAP,
    description: 'Asks readers to get in touch through a messenger handle or phone number (WhatsApp, Telegram, @name)',
    test: contactHandles,
    examples: {
      hit: [
        'want to learn trading? get in touch with #coach_example_ana',
        'reach out to my manager on telegram @example_desk_lee for the signals',
        'WhatsApp +1 234 567 8900 for the cure',
        'join https://t.me/example_grants_group',
      ],
      miss: ['@sam_dev happy to answer questions here or by dm.', 'Text me when you land', 'Call 911 if it happens again'],
    },
  },
  {
    id: 'TEXT_INVEST_AMOUNTS',
    requires: ['investWord', 'digits'],
    group: 'text',
    score: 2,
    description: 'Two or more money amounts of $100 or more next to investment words ("invested $1000 … got $8,500"): the profit-testimonial pattern',
    test: (f) => {
      // Prices of everyday things ("$13 a dish") are talk, not testimonials.
      const amounts = moneyAmounts(f).filter((a) => amountValue(a) >= 100);
      return amounts.length >= 2 ? [amounts.join(' → ')] : NONE;
    },
    examples: {
      hit: ['I invested $900 at first and a week later I got $7,200 back', 'i made $23k after investing $2k'],
      miss: ['I invested $1000 in my education', 'The bike cost $300 and the helmet $50', 'made $13 profit on a $5 trade'],
    },
  },
  {
    id: 'TEXT_CALL_TO_ACTION',
    requires: [{ phrase: 'cta' }],
    group: 'text',
    score: 1,
    description: 'Tells readers to go somewhere or do something for the poster ("check out", "click here", "please share")',
    test: (f) => quote(phrasesOf(f, 'cta')),
    examples: {
      hit: ['Hey guys check it out, link in my profile', 'Please share and vote for my son', 'Click here to win'],
      miss: ['I checked the docs and it works', 'Sharing is caring, they say'],
    },
  },
  {
    id: 'TEXT_PRAISE_WITH_LINK',
    requires: ['links', { phrase: 'praise' }],
    group: 'text',
    score: 2,
    cap: FLATTERY_CAP,
    description: 'Generic praise that fits any page ("great post", "nice article") on a short comment that carries a link to a site other than well-known ones',
    test: (f) => {
      if (f.stats.words > 40 || placedLinks(f).length === 0) return NONE;
      return quote(phrasesOf(f, 'praise'));
    },
    examples: {
      hit: ['Great post! http://cheap-stuff.example.com', html('Nice article, <a href="http://example.net/shop">visit my site</a>')],
      miss: ['Great post, it fixed my build', 'See https://example.com/docs for the flags', 'Great post! Related: https://github.com/vitejs/vite/pull/1234'],
    },
  },
];

const STYLE_RULES: readonly Rule[] = [
  {
    id: 'TEXT_ALL_CAPS',
    requires: ['capitals'],
    group: 'text',
    score: 0.5,
    description: 'Written mostly in capital letters (over 90% of at least 30 letters); common in excited ham too, so weak',
    test: (f) => (f.stats.letters >= 30 && f.stats.upperShare > 0.9 ? [`${Math.round(f.stats.upperShare * 100)}% capitals`] : NONE),
    examples: {
      hit: ['WATCH MY NEW VIDEO EVERYONE IT IS SO GOOD', 'FREE IPHONE FOR THE FIRST 100 PEOPLE WHO CLICK'],
      miss: ['Thanks, NASA and the ESA did great work', 'OK'],
    },
  },
  {
    id: 'TEXT_REPEATED_CHARS',
    group: 'text',
    // On the youtube corpus this fires more on ham (excited fans) than on spam: near-zero points,
    // kept so that a trained Bayes (which sees rule:ID tokens) can weigh it per site.
    score: 0.1,
    description: 'One character repeated ten or more times in a row ("!!!!!!!!!!", "plzzzzzzzzzz"); as common in ham as in spam',
    test: (f) => {
      if (f.stats.longestRun < 10) return NONE;
      const t = f.normalized.body.text;
      let best = '';
      let bestRun = 0;
      let run = 1;
      for (let i = 1; i <= t.length; i++) {
        if (i < t.length && t[i] === t[i - 1]) run++;
        else {
          const ch = t[i - 1] as string;
          if (run > bestRun && ch.trim() !== '') {
            bestRun = run;
            best = ch;
          }
          run = 1;
        }
      }
      return bestRun >= 10 ? [`"${best}" ×${bestRun}`] : NONE;
    },
    examples: {
      hit: ['subscribe me plzzzzzzzzzzzzzzzzz', 'LOVE IT!!!!!!!!!!!!!!!'],
      miss: ['Love it!!!', 'hmmmm'],
    },
  },
  {
    id: 'TEXT_REPEATED_WORD',
    group: 'text',
    score: 1,
    description: 'The same word four or more times in a row ("plz plz plz plz")',
    test: (f) => {
      const s = scanOf(f);
      return s.repeatedCount >= 4 ? [`"${s.repeatedWord}" ×${s.repeatedCount}`] : NONE;
    },
    examples: {
      hit: ['come see my page pls pls pls pls', 'buy buy buy buy now'],
      miss: ['no no no', 'that that is is fine'],
    },
  },
  {
    id: 'TEXT_MANY_CONTACTS',
    requires: [{ anyOf: ['email', 'digits'] }],
    group: 'text',
    score: 1.5,
    description: 'Carries two or more e-mail addresses or phone numbers',
    test: (f) => {
      const phones = phoneNumbers(f);
      if (f.emails.length + phones.length < 2) return NONE;
      const found = f.emails.filter((e) => e.source === 'body').map((e) => e.address);
      for (const p of phones) if (!found.includes(p)) found.push(p);
      return found.length >= 2 ? found : NONE;
    },
    examples: {
      hit: ['Write to sales@example.com or support@example.org', 'Call 0845 281 0075 or +44 7700 900123 now'],
      miss: ['Write to jane@example.com', 'In 2014 we had 2000 visitors'],
    },
  },
];

export const TEXT_RULES: readonly Rule[] = [...vocabularyRules(), ...TRADE_RULES, ...GAMBLING_RULES, ...TEMPLATE_RULES, ...STYLE_RULES];
