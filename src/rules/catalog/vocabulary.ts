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
    ],
    weak: ['poker', 'slots', 'slot', 'bet', 'bets', 'wager', 'wagering', 'spins', 'jackpot', 'odds', 'bingo', 'ставки', 'слоты'],
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
    strong: ['cryptocurrency', 'forex', 'airdrop', 'presale', 'memecoin', 'usdt', 'binaryoptions'],
    weak: [
      'bitcoin', 'bitcoins', 'btc', 'crypto', 'eth', 'ethereum', 'binance', 'trading', 'trader', 'invest',
      'invested', 'investing', 'investment', 'profit', 'profits', 'payout', 'mining', 'token', 'tokens', 'nft',
      'broker', 'withdraw', 'withdrawal',
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
    ],
    weak: ['xxx', 'onlyfans', 'sex', 'sexy', 'nude', 'naked', 'horny', 'dating', 'webcam', 'singles', 'babes', 'erotic'],
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
export const OFFER_WORDS: readonly string[] = [
  'cheap', 'cheapest', 'buy', 'discount', 'discounts', 'sale', 'outlet', 'wholesale', 'coupon', 'coupons', 'promo',
];

/** Words that make an author name read like an advert ("best seo services", "cheap jerseys online"). */
export const COMMERCIAL_WORDS: readonly string[] = [
  ...OFFER_WORDS, 'online', 'shop', 'store', 'price', 'prices', 'free', 'deals', 'order', 'best', 'services', 'service', 'agency', 'company', 'review', 'reviews', 'insurance', 'lawyer',
  'lawyers', 'attorney', 'repair', 'cleaning', 'movers', 'marketing', 'seo', 'loans', 'casino', 'official',
  'affordable', 'hire', 'rental', 'experts', 'solutions', 'supplier', 'pharmacy', 'dentist', 'clinic', 'consulting',
];
