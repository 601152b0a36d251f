// Spam vocabulary as data. Words are matched whole, lowercase and unstemmed against the
// tokenizer's body words and the links stage's domain/slug words, so plural and inflected
// forms are listed explicitly. "strong" words hit alone; "weak" words are common in honest
// text too and only count when two different ones meet (one strong word, or two weak).

export type VocabularyName = 'pharmacy' | 'casino' | 'loan' | 'essay' | 'crypto' | 'seo' | 'adult' | 'replica';

export interface VocabularyCategory {
  name: VocabularyName;
  strong: readonly string[];
  weak: readonly string[];
  /** Different weak words needed without a strong or offer word; default 2. */
  weakNeeded?: number;
}

export const VOCABULARY: readonly VocabularyCategory[] = [
  {
    name: 'pharmacy',
    strong: [
      'viagra', 'cialis', 'levitra', 'sildenafil', 'tadalafil', 'vardenafil', 'kamagra', 'xanax', 'valium',
      'tramadol', 'phentermine', 'ambien', 'oxycodone', 'hydrocodone', 'oxycontin', 'propecia', 'finasteride',
      'clomid', 'accutane', 'isotretinoin', 'modafinil', 'priligy', 'dapoxetine', 'carisoprodol', 'alprazolam',
      'diazepam', 'lorazepam', 'zolpidem', 'cenforce', 'fildena', 'vidalista', 'suhagra', 'silagra', 'erectile',
      'impotence', 'виагра', 'виагру', 'сиалис', 'левитра',
    ],
    weak: [
      'pharmacy', 'pharmacie', 'apotheke', 'farmacia', 'drugstore', 'pills', 'pill', 'tablets', 'prescription',
      'rx', 'pfizer', 'generic', 'dosage', 'meds', 'medication', 'achat', 'acheter', 'kaufen', 'comprar', 'pascher',
      'ordonnance', 'rezept', 'ohne',
    ],
    // "my prescription … the pharmacy" is ordinary talk: three different words are needed.
    weakNeeded: 3,
  },
  {
    name: 'casino',
    strong: [
      'casino', 'casinos', 'blackjack', 'roulette', 'baccarat', 'sportsbook', 'bookmaker', 'bookmakers',
      'gambling', 'betting', 'bet365', '1xbet', 'mostbet', '1win', 'melbet', 'togel', 'judi', 'slot88', 'gacor',
      'pokies', 'freespins', 'onlinecasino', 'казино', 'kazino', 'kasino', 'букмекер', 'букмекерская', 'apuestas',
      'scommesse', 'tragamonedas', 'spielautomaten',
      // the most-spammed languages (docs/rules-cold-start.md): Portuguese, Indonesian, Turkish, Russian, Hindi, Vietnamese domain words
      'cassino', 'cassinos', 'taruhan', 'sbobet', 'maxwin', 'bahis', 'kumarhane', 'фриспины', 'фриспинов', 'букмекерской',
      'букмекеров', 'сатта', 'सट्टा', 'सट्टेबाजी', 'कैसीनो', 'nhacai', 'cacuoc', 'taixiu',
    ],
    weak: [
      'poker', 'slots', 'slot', 'bet', 'bets', 'wager', 'wagering', 'spins', 'jackpot', 'odds', 'bingo', 'ставки', 'слоты',
      'ставок', 'джекпот', 'aposta', 'apuesta', 'kumar', 'cược', 'jackpots', 'lottery', 'jogo',
    ],
  },
  {
    name: 'loan',
    strong: ['payday', 'paydayloan', 'paydayloans', 'cashadvance', 'titleloan', 'titleloans', 'микрозайм', 'микрозаймы'],
    weak: ['loan', 'loans', 'lender', 'lenders', 'lending', 'refinance', 'installment', 'collateral', 'approval', 'займ', 'займы', 'кредит'],
  },
  {
    name: 'essay',
    strong: ['essaywriting', 'essaywriter', 'writemyessay', 'paperhelp', 'essayshark', 'essaypro', 'edubirdie', 'ghostwriting'],
    weak: [
      'essay', 'essays', 'dissertation', 'dissertations', 'thesis', 'coursework', 'homework', 'assignment',
      'assignments', 'plagiarism', 'academic', 'termpaper', 'termpapers',
    ],
  },
  {
    name: 'crypto',
    strong: ['cryptocurrency', 'forex', 'airdrop', 'presale', 'memecoin', 'usdt', 'binaryoptions', 'криптовалюта', 'криптовалюту', 'криптовалюты', 'аирдроп', 'эирдроп', 'форекс'],
    weak: [
      'bitcoin', 'bitcoins', 'btc', 'crypto', 'eth', 'ethereum', 'binance', 'trading', 'trader', 'invest',
      'invested', 'investing', 'investment', 'profit', 'profits', 'payout', 'mining', 'token', 'tokens', 'nft',
      'broker', 'withdraw', 'withdrawal',
      // Russian: crypto words, trading and the p2p "arbitrage" scheme, signals, investments.
      'крипта', 'крипту', 'крипты', 'криптой', 'биткоин', 'биткоины', 'биткоина', 'трейдинг', 'трейдер', 'арбитраж', 'арбитраже',
      'p2p', 'сигналы', 'инвестиции', 'инвестиций', 'инвестировать', 'токены', 'токенов', 'майнинг', 'биржа', 'бирже',
    ],
  },
  {
    name: 'seo',
    strong: ['seo', 'backlink', 'backlinks', 'dofollow', 'pbn', 'serp', 'linkbuilding', 'guestpost', 'guestposting'],
    weak: ['ranking', 'rankings', 'traffic', 'marketing', 'digital', 'agency', 'keyword', 'keywords', 'organic', 'smm', 'followers'],
  },
  {
    name: 'adult',
    strong: [
      'porn', 'porno', 'escort', 'escorts', 'camgirl', 'camgirls', 'hentai', 'milf', 'nudes',
      'sexcam', 'webcamsex', 'hookup', 'hookups', 'pornhub', 'xvideos', 'nsfw', 'порно', 'проститутки',
      // Russian: intimate services, escorts, "virtual sex", prostitutes
      'интим', 'интима', 'эскорт', 'вирт', 'проститутка', 'шлюхи', 'порнуха',
    ],
    weak: [
      'xxx', 'onlyfans', 'sex', 'sexy', 'nude', 'naked', 'horny', 'dating', 'webcam', 'singles', 'babes', 'erotic',
      // Russian: sex, dating, intimate/naked photos, hot
      'секс', 'знакомства', 'знакомств', 'интимные', 'голые', 'откровенные', 'горячие', 'эротика',
    ],
  },
  {
    name: 'replica',
    strong: ['knockoff', 'knockoffs', 'fakewatches', 'replicawatches'],
    weak: [
      'replica', 'replicas', 'louboutin', 'vuitton', 'rolex', 'gucci', 'prada', 'hermes', 'moncler', 'oakley', 'rayban', 'ugg', 'uggs',
      'jerseys', 'handbags', 'handbag', 'longchamp', 'kors', 'burberry', 'sunglasses', 'nfl', 'nba',
    ],
  },
];

/** Words that turn a weak vocabulary word into an offer ("cheap pills", "buy uggs", "free bitcoin"). */
/**
 * Gambling terms of scripts written without spaces (Thai, Chinese, Japanese, Korean): matched as
 * substrings of the folded text, since these scripts have no word boundaries to match on.
 */
export const UNSPACED_GAMBLING: readonly string[] = [
  // Thai: casino, baccarat, slots, football betting, gambling site, free credit
  'คาสิโน', 'บาคาร่า', 'สล็อต', 'แทงบอล', 'เว็บพนัน', 'พนันออนไลน์', 'เครดิตฟรี', 'หวยออนไลน์',
  // Chinese (simplified and traditional): gambling, casino, baccarat, slot machine, sports betting, lottery sites
  '博彩', '赌场', '賭場', '娱乐城', '娛樂城', '百家乐', '百家樂', '老虎机', '老虎機', '体育投注', '體育投注', '赌博', '賭博',
  '六合彩', '真人荷官', '时时彩', '時時彩', '网投', '網投', '彩票网', '棋牌游戏',
  // Japanese: online casino, bookmaker
  'オンラインカジノ', 'カジノ', 'ブックメーカー',
  // Korean: casino, baccarat, toto (sports betting) sites, "eat-and-run" verification
  '카지노', '바카라', '토토사이트', '스포츠토토', '먹튀', '슬롯사이트',
];

export const OFFER_WORDS: readonly string[] = [
  'cheap', 'cheapest', 'buy', 'discount', 'discounts', 'sale', 'outlet', 'wholesale', 'coupon', 'coupons', 'promo',
];

/** Words that make an author name read like an advert ("best seo services", "cheap jerseys online"). */
export const COMMERCIAL_WORDS: readonly string[] = [
  ...OFFER_WORDS, 'online', 'shop', 'store', 'price', 'prices', 'free', 'deals', 'order', 'best', 'services', 'service', 'agency', 'company', 'review', 'reviews', 'insurance', 'lawyer',
  'lawyers', 'attorney', 'repair', 'cleaning', 'movers', 'marketing', 'seo', 'loans', 'casino', 'official',
  'affordable', 'hire', 'rental', 'experts', 'solutions', 'supplier', 'pharmacy', 'dentist', 'clinic', 'consulting',
];

/**
 * Products and services that take the place of a name in the author field ("Residential Proxies",
 * "Bridal Dresses", "Roofing Pros"): the trades that buy comment links, in general terms.
 */
export const PRODUCT_WORDS: readonly string[] = [
  'proxy', 'proxies', 'vpn', 'seo', 'smm', 'backlinks', 'casino', 'casinos', 'betting', 'slots', 'loan', 'loans', 'payday',
  'mortgage', 'insurance', 'fashion', 'jewelry', 'jewellery', 'dresses', 'dress', 'shoes', 'sneakers', 'watches', 'handbags',
  'bags', 'furniture', 'plumbing', 'plumber', 'roofing', 'locksmith', 'movers', 'dental', 'dentist', 'clinic', 'hosting',
  'software', 'apk', 'mod', 'followers', 'likes', 'cbd', 'vape', 'hemp', 'kratom', 'keto', 'supplements', 'pills', 'realty',
  'tours', 'visa', 'escort', 'escorts', 'dating', 'essay', 'essays', 'translation', 'printing', 'packaging', 'solar', 'crypto',
  'forex', 'bitcoin', 'wholesale', 'factory', 'manufacturer', 'exporter', 'outlet', 'boutique', 'mart', 'deals', 'coupons',
  'pharmacy', 'rehab', 'detox', 'tiles', 'flooring', 'cabinets', 'gutters', 'pest', 'hvac', 'carpet', 'shop', 'store',
  'services', 'agency', 'online', 'official', 'solutions', 'marketing', 'digital', 'cleaning', 'repair', 'lawyer', 'attorney',
];
