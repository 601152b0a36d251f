// Spam vocabulary as data. Words are matched whole, lowercase and unstemmed against the
// tokenizer's body words and the links stage's domain/slug words, so plural and inflected
// forms are listed explicitly. "strong" words hit alone; "weak" words are common in honest
// text too and only count when two different ones meet (one strong word, or two weak).

import { withFoldedForms } from './fold-words.js';

export type VocabularyName = 'pharmacy' | 'casino' | 'loan' | 'essay' | 'crypto' | 'seo' | 'adult' | 'replica';

export interface VocabularyCategory {
  name: VocabularyName;
  strong: readonly string[];
  weak: readonly string[];
  /** Different weak words needed without a strong or offer word; default 2. */
  weakNeeded?: number;
}

const WRITTEN_VOCABULARY: readonly VocabularyCategory[] = [
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
      // Session 7: the drugs sold online without a prescription today (weight-loss injections,
      // stimulants, antiparasitics, painkillers) and the seller's words (no rx, overnight). Weak,
      // not strong: a reader names their own medication, so three different words are needed.
      'semaglutide', 'ozempic', 'wegovy', 'mounjaro', 'tirzepatide', 'saxenda', 'ivermectin', 'stromectol', 'provigil',
      'armodafinil', 'nuvigil', 'adderall', 'ritalin', 'percocet', 'codeine', 'gabapentin', 'pregabalin', 'lyrica',
      'zithromax', 'hydroxychloroquine', 'norx', 'overnight', 'mg', 'capsules', 'pharma', 'rezeptfrei', 'онлайн-аптека', 'аптека',
      'рецепта', 'таблетки',
      // Session 16d: the stimulants and "smart drugs" sold the same way (nootropics, the abortion pill
      // sold without a doctor). Weak: a reader names one; the advert adds the seller's words.
      'nootropic', 'nootropics', 'cytotec', 'misoprostol',
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
      // Session 7: more of the same family's own names (Portuguese, Spanish, Indonesian, Russian, Turkish).
      'apostas', 'cassinoonline', 'bets10', 'vavada', 'gacor88', 'казино-онлайн', 'казиноонлайн',
      // Second pass, session 12 (after reading set 6): the trade's own names in the Nordic and
      // Romanian casino markets, where licensing changes brought waves of affiliate spam: Finnish
      // "online casinos" and "free spins", Norwegian/Danish/Swedish "online casino", Romanian "casino".
      'nettikasino', 'nettikasinot', 'nettikasinoa', 'ilmaiskierrokset', 'ilmaiskierrosta', 'ilmaiskierroksia', 'nettcasino',
      'nettcasinoer', 'cazino', 'cazinouri',
      // Session 16d: the trade's own names in the languages gambling affiliates post in that the list
      // lacked (docs/cold-start-session16d.md): Bulgarian casino (plural, definite), Lithuanian
      // betting, Estonian casino, German sports betting and bookmakers and free spins, Polish and
      // Hungarian casino and bookmakers, Dutch gambling sites, Albanian betting shop, Greek, Arabic,
      // Persian, Urdu, Hebrew, Bengali and Georgian casino and betting, the Indian satta-matka lottery.
      'казина', 'казиното', 'lažybos', 'lažybų', 'lažybas', 'kasiino', 'kasiinos', 'kasiinod', 'sportwetten', 'wettanbieter',
      'wettbonus', 'buchmacher', 'freispiele', 'kasyno', 'kasyna', 'bukmacher', 'bukmacherzy', 'bukmacherskie', 'kaszinó',
      'fogadóiroda', 'gokken', 'goksites', 'gokkasten', 'bastore', 'καζίνο', 'καζινο', 'كازينو', 'مراهنات', 'کازینو', 'کیسینو',
      'קזינו', 'הימורים', 'ক্যাসিনো', 'জুয়া', 'კაზინო', 'ფსონები', 'sattamatka', 'spordiennustus',
      // Second pass, session 16d: the bookmakers advertised across Africa and Asia by name, as bet365
      // and 1xbet above.
      'sportybet', 'bet9ja', 'betway', 'betking', 'parimatch', 'betwinner', '22bet', 'dafabet', 'fun88',
    ],
    weak: [
      'poker', 'slots', 'slot', 'bet', 'bets', 'wager', 'wagering', 'spins', 'jackpot', 'odds', 'bingo', 'ставки', 'слоты',
      'ставок', 'джекпот', 'aposta', 'apuesta', 'kumar', 'cược', 'jackpots', 'lottery', 'jogo',
      // Session 7: what every gambling advert promises beside its name, in the same languages: a
      // bonus, registration, a win. Weak: each is ordinary alone.
      'bonus', 'bonuses', 'bônus', 'bono', 'бонус', 'бонусом', 'бонусы', 'бонусов',
      'daftar', 'menang', 'gampang', 'выигрыш', 'выигрывай', 'giros', 'rodadas', 'apuestas', 'esportivas',
      'deportivas', 'payouts', 'wagers', 'sportsbet',
      // Session 16d: bonus, spins, bets and odds in the languages added above (and Azerbaijani
      // bets): each ordinary alone, two of them (or one with a trade name) an advert.
      'boonus', 'spinnid', 'bonusai', 'sukimų', 'завъртания', 'бонуси', 'залози', 'wetten', 'quoten', 'wettquoten', 'spiny',
      'mərc', 'mərclər', 'mərcləri', 'ფსონი', 'στοιχήματα', 'στοίχημα', 'بونوس', 'شرط', 'رهان', 'rummy', 'matka', 'satta',
      'koefitsiendid', 'koefitsientidega', 'panus', 'panust', 'bastet', 'স্লট', 'বোনাস',
    ],
  },
  {
    name: 'loan',
    strong: [
      'payday', 'paydayloan', 'paydayloans', 'cashadvance', 'titleloan', 'titleloans', 'микрозайм', 'микрозаймы',
      // Session 16d: the payday and instant-credit products' own names (Polish chwilówki, German
      // Sofortkredit and Schnellkredit, Russian and Ukrainian micro-loans).
      'chwilówka', 'chwilówki', 'chwilówek', 'sofortkredit', 'sofortkredite', 'schnellkredit', 'микрозаймов', 'мікрозайм', 'мікрозайми',
    ],
    weak: [
      'loan', 'loans', 'lender', 'lenders', 'lending', 'refinance', 'installment', 'collateral', 'approval', 'займ', 'займы', 'кредит',
      // Session 7: the lender's promises in any wording (no credit check, guaranteed, same day,
      // bad credit, cash today) and its products. Weak: two different ones, or one next to an offer word.
      'approved', 'guaranteed', 'creditcheck', 'badcredit', 'cashloan', 'cashloans', 'advance', 'borrow', 'borrowers',
      'unsecured', 'кредиты', 'микрокредит', 'préstamo', 'préstamos', 'prestamos', 'empréstimo', 'pinjaman',
      // Session 16d: "loan", "credit", "without collateral", "lend" in the languages micro-lenders
      // advertise in (Polish, Czech, French, Italian, German, Turkish and Albanian, Greek, Vietnamese,
      // Mongolian, Armenian, Urdu, Ukrainian), and the lender's English words. Weak: each names an honest loan too.
      'pożyczka', 'pożyczki', 'půjčka', 'půjčky', 'úvěr', 'prêt', 'prêts', 'prestito', 'prestiti', 'finanziamento', 'kredit',
      'kredite', 'kredyt', 'kredi', 'δάνειο', 'δάνεια', 'vay', 'зээл', 'барьцаагүй', 'վարկ', 'վարկեր', 'قرض', 'ضمانت', 'позика',
      'позики', 'գրավ', 'գրավի',
      'lend', 'lends',
    ],
  },
  {
    name: 'essay',
    strong: ['essaywriting', 'essaywriter', 'writemyessay', 'paperhelp', 'essayshark', 'essaypro', 'edubirdie', 'ghostwriting'],
    weak: [
      'essay', 'essays', 'dissertation', 'dissertations', 'thesis', 'coursework', 'homework', 'assignment',
      'assignments', 'plagiarism', 'academic', 'termpaper', 'termpapers',
      // Session 7: the ghost-writing trade's own nouns (writers, tutors, proctored exams, capstone
      // projects), weak: a student says one of them, the advert says two. Not "deadline", "exam" or
      // "paper": a student writes those beside "essay" every day.
      'writers', 'tutors', 'proctored', 'capstone', 'ghostwriter', 'ghostwriters', 'courseworks',
      // Session 16d: "plagiarism-free" (hyphens join words), quizzes beside a class taken for the
      // student, and the ghost-writing trade's nouns in Russian, German, Polish, Slovenian,
      // Croatian and Indonesian (term papers, theses, seminar papers, "joki" jockeys).
      'plagiarismfree', 'quizzes', 'курсовые', 'курсовая', 'курсовую', 'дипломные', 'дипломная', 'дипломную', 'рефераты',
      'реферат', 'hausarbeit', 'bachelorarbeit', 'masterarbeit', 'magisterskie', 'licencjackie', 'seminarske', 'seminarska',
      'diplomske', 'diplomska', 'seminarski', 'skripsi', 'joki',
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
      'sexcam', 'webcamsex', 'pornhub', 'xvideos', 'nsfw', 'порно', 'проститутки',
      // Russian: intimate services, escorts, "virtual sex", prostitutes
      'интим', 'интима', 'эскорт', 'вирт', 'проститутка', 'шлюхи', 'порнуха',
    ],
    weak: [
      'xxx', 'onlyfans', 'sex', 'sexy', 'nude', 'naked', 'horny', 'dating', 'webcam', 'singles', 'babes', 'erotic',
      // Not 'hookup' (session 13): it is also everyday English for a supply point (a campsite's or
      // caravan's electric hookup, a washer's water hookup, hookup wire), and beside any shopping
      // word one weak word would read as an adult offer. Adult adverts carry other words of this
      // list; dating invitations that say "hookup" are TEXT_DATING_INVITE's (dating.ts).
      // Russian: sex, dating, intimate/naked photos, hot
      'секс', 'знакомства', 'знакомств', 'интимные', 'голые', 'откровенные', 'горячие', 'эротика',
    ],
  },
  {
    name: 'replica',
    strong: ['knockoff', 'knockoffs', 'fakewatches', 'replicawatches', 'replicabags', 'replicahandbags', 'replicashoes', 'superfake', 'superfakes'],
    weak: [
      'replica', 'replicas', 'louboutin', 'vuitton', 'rolex', 'gucci', 'prada', 'hermes', 'moncler', 'oakley', 'rayban', 'ugg', 'uggs',
      'jerseys', 'handbags', 'handbag', 'longchamp', 'kors', 'burberry', 'sunglasses', 'nfl', 'nba',
      // Session 7: the copied luxury brands and the trade's own words for a copy (dupe, 1:1, AAA,
      // mirror quality), weak: an owner names a brand, the advert names a brand and a copy.
      'dupe', 'dupes', 'chanel', 'cartier', 'hublot', 'patek', 'audemars', 'breitling', 'tagheuer', 'balenciaga',
      'dior', 'fendi', 'yeezy', 'jordans', 'goyard', 'aaa', 'wholesale',
      // Session 16d: the copied watch models, and "copy", "watches", "bags" in the languages replica
      // shops post in (Italian, German, French, Spanish, Estonian, Polish, Turkish). Weak: a brand
      // or "watches" alone is talk; a copy word beside them is the advert.
      'omega', 'seamaster', 'submariner', 'daytona', 'orologi', 'borse', 'uhren', 'montres', 'relojes', 'koopia', 'koopiad',
      'replika', 'repliki', 'replikalar', 'counterfeit', 'kotid',
    ],
  },
];

/** The vocabulary as the rules match it: each Latin word also in its folded form (fold-words.ts). */
export const VOCABULARY: readonly VocabularyCategory[] = WRITTEN_VOCABULARY.map((c) => ({ ...c, strong: withFoldedForms(c.strong), weak: withFoldedForms(c.weak) }));

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
  // Second pass, session 12: football betting, live-dealer casino, and 彩金 (the sign-up bonus money of betting sites).
  '足球投注', '真人娱乐', '真人娛樂', '彩金',
  // Japanese: online casino, bookmaker
  'オンラインカジノ', 'カジノ', 'ブックメーカー',
  // Korean: casino, baccarat, toto (sports betting) sites, "eat-and-run" verification
  '카지노', '바카라', '토토사이트', '스포츠토토', '먹튀', '슬롯사이트',
  // Second pass, session 16d (after reading sets 24 and 25): Khmer and Burmese, also written without
  // spaces: bet, football betting and casino (Khmer); casino, gambling and football betting (Burmese).
  'ភ្នាល់', 'ភ្នាល់បាល់ទាត់', 'កាស៊ីណូ', 'ကာစီနို', 'လောင်းကစား', 'ဘောလုံးလောင်း',
];

/**
 * Session 16d: the advert trades' terms in scripts written without spaces (Thai, Chinese, Japanese,
 * Korean), matched as substrings of the folded text like UNSPACED_GAMBLING. Each is the trade's own
 * term (a micro-loan with no credit-bureau check, a diet drug "with no yo-yo", a 1:1 copy, a "super
 * copy", ghost-written papers), not a sentence; two different terms of one trade are needed, since
 * one ("a loan", "weight-loss") is ordinary talk.
 */
export const UNSPACED_TRADES: Readonly<Record<'pharmacy' | 'loan' | 'essay' | 'replica', readonly string[]>> = {
  // Thai weight-loss and sex drugs, Chinese diet and potency pills, Japanese and Korean Viagra and Cialis.
  pharmacy: [
    'ยาลดน้ำหนัก', 'ยาลดความอ้วน', 'ไม่โยโย่', 'ยาปลุก', 'ไวอากร้า', 'อาหารเสริมลดน้ำหนัก', '减肥药', '伟哥', '壮阳', '春药',
    'バイアグラ', 'シアリス', '비아그라', '시알리스',
  ],
  // Thai credit, loan, urgent money, no bureau check, no guarantor, fast approval, low interest,
  // daily instalments; Chinese loans, online loans, no collateral, fast payout; Japanese same-day
  // financing, card loans, no screening; Korean loans, loans for the unemployed, urgent money.
  loan: [
    'สินเชื่อ', 'เงินกู้', 'เงินด่วน', 'ไม่เช็คบูโร', 'คนค้ำ', 'อนุมัติไว', 'อนุมัติใน', 'ดอกเบี้ยต่ำ', 'ผ่อนรายวัน', 'กู้เงิน',
    '贷款', '借款', '网贷', '無抵押', '无抵押', '快速放款', '下款', '即日融資', 'カードローン', '審査なし', '대출', '무직자', '급전',
  ],
  // Chinese ghost-writing and exam-taking, Korean ghost-writing.
  essay: ['代写', '代寫', '论文代写', '代考', '作业代写', '대필'],
  // Chinese high-grade copies, 1:1 replicas, mirror copies; Japanese "super copies" and brand copies;
  // Korean replicas and imitations; Thai copy grades.
  replica: [
    '高仿', '复刻', '復刻', '一比一', '精仿', '原单', '名牌包', 'スーパーコピー', 'コピー品', 'ブランドコピー', '레플리카', '이미테이션',
    '명품', 'ก๊อปเกรด', 'งานก๊อป', 'เกรดมิเรอร์',
  ],
};

export const OFFER_WORDS: readonly string[] = [
  'cheap', 'cheapest', 'buy', 'discount', 'discounts', 'sale', 'outlet', 'wholesale', 'coupon', 'coupons', 'promo',
  // Session 7: the same offer in the words of the checkout ("order now", "for sale", "lowest price").
  'affordable', 'lowest',
];

/** Words that make an author name read like an advert ("best seo services", "cheap jerseys online"). */
export const COMMERCIAL_WORDS: readonly string[] = [
  ...OFFER_WORDS, 'online', 'shop', 'store', 'price', 'prices', 'free', 'deals', 'order', 'best', 'services', 'service', 'agency', 'company', 'review', 'reviews', 'insurance', 'lawyer',
  'lawyers', 'attorney', 'repair', 'cleaning', 'movers', 'marketing', 'seo', 'loans', 'casino', 'official',
  'affordable', 'hire', 'rental', 'experts', 'solutions', 'supplier', 'pharmacy', 'dentist', 'clinic', 'consulting',
  // Session 7: the words of a local search query used as a name ("top rated locksmith near me").
  'top', 'rated', 'near', 'professional', 'local', 'licensed', 'certified', 'custom', 'luxury', 'fast', 'instant', 'guaranteed',
  // Session 9: "cheap", "shop", "buy", "offers", "supply" in the languages commercial hosts are
  // named in (a host is ASCII, so the folded and transliterated forms).
  'supply', 'supplies', 'billig', 'guenstig', 'gunstig', 'barato', 'barata', 'baratos', 'baratas', 'economico', 'economica',
  'tienda', 'loja', 'negozio', 'magasin', 'kaufen', 'comprar', 'rabatt', 'oferta', 'ofertas', 'angebote', 'angebot', 'sklep',
  'tanie', 'ucuz', 'murah', 'toko', 'jual', 'kupit', 'deshevo', 'nedorogo', 'goedkoop', 'pascher',
  // Session 13: "cheap", "shop", "loans", "rental" in Romanian, Czech, Hungarian, Finnish and
  // Ukrainian host names (ASCII, folded), the languages session 13 added to the praise class.
  'ieftin', 'ieftina', 'ieftine', 'magazin', 'inchirieri', 'levne', 'levny', 'obchod', 'pujcky', 'pronajem', 'olcso',
  'aruhaz', 'webshop', 'berles', 'halpa', 'halvat', 'kauppa', 'verkkokauppa', 'lainat', 'laina', 'vuokraus', 'kredyt', 'kupyty',
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
  // Session 7: the local trades and services that buy comment links most ("Dumpster Rental
  // <city>", "Tree Removal Services", "Car Accident Lawyer"): a class of many members, since each
  // site names its own trade. A person's name holds none of these words.
  'dumpster', 'rental', 'rentals', 'remodeling', 'remodel', 'renovation', 'renovations', 'removal', 'landscaping', 'lawn',
  'painting', 'painters', 'contractor', 'contractors', 'construction', 'roofers', 'plumbers', 'electrician', 'electricians',
  'towing', 'limo', 'limousine', 'moving', 'storage', 'fencing', 'concrete', 'paving', 'junk', 'hauling', 'septic', 'drain',
  'waterproofing', 'siding', 'heating', 'cooling', 'appliance', 'appliances', 'lawyers', 'attorneys', 'injury', 'divorce',
  'immigration', 'bail', 'accountant', 'accounting', 'bookkeeping', 'payroll', 'recruitment', 'staffing', 'logistics',
  'freight', 'courier', 'embroidery', 'salon', 'spa', 'massage', 'botox', 'cosmetic', 'surgery', 'dermatology',
  'chiropractor', 'orthodontist', 'implants', 'veneers', 'vitamins', 'gummies', 'thc', 'cannabis', 'dispensary', 'vapes',
  'views', 'subscribers', 'likes', 'cheats', 'replica', 'wigs', 'lingerie', 'perfume', 'cosmetics', 'skincare',
  'weightloss', 'tickets', 'taxi', 'cab', 'escrow', 'casino', 'slot', 'gacor', 'betting', 'loans',
  'lender', 'insurance', 'mortgage', 'realtor', 'realtors', 'condos', 'apartments', 'villas', 'boats', 'charter',
  'doors', 'garage', 'pools', 'pest', 'exterminator', 'cleaners', 'maids', 'laundry', 'catering',
  'videography',
  'tutor', 'tutoring', 'writers', 'assignment', 'homework', 'proxies', 'hosting', 'vps', 'iptv',
  'streaming', 'apk', 'mods', 'nulled', 'crack', 'keygen', 'coins', 'gems', 'followers',
  // Session 13: the same local trades in the languages their sites post under (German, Polish,
  // Spanish, French, Italian, Dutch, Romanian, Czech, Russian, Ukrainian): moving, rental, repair,
  // cleaning, furniture, loans, clinics, taxis. The name of a business, never of a person (with
  // their folded forms: author names are read folded).
  ...withFoldedForms([
  'umzug', 'umzüge', 'umzugsfirma', 'umzugsunternehmen', 'reinigung', 'gebäudereinigung', 'möbel', 'schlüsseldienst',
  'przeprowadzki', 'meble', 'pożyczki', 'sprzątanie', 'wynajem', 'naprawa', 'mudanzas', 'alquiler', 'muebles', 'préstamos',
  'limpieza', 'déménagement', 'déménageur', 'nettoyage', 'meubles', 'traslochi', 'noleggio', 'mobili', 'verhuizers',
  'verhuisbedrijf', 'schoonmaak', 'meubels', 'închirieri', 'mutări', 'mobilă', 'stěhování', 'půjčovna', 'nábytek',
  'ремонт', 'переезд', 'переезды', 'грузоперевозки', 'аренда', 'прокат', 'клининг', 'уборка', 'мебель', 'кредит', 'займы',
  'клиника', 'ветклиника', 'стоматология', 'такси', 'ветклініка', 'клініка', 'перевезення', 'оренда', 'меблі', 'кредити',
  ]),
];
