// Known spam templates as data. Each phrase is matched as a sequence of whole body words
// (the tokenizer's lowercase, folded words), so punctuation, case, extra spaces and markup
// between the words do not matter. Write phrases without apostrophes: "can't" tokenizes
// differently across tokenizers, the words around it do not.

export type PhraseKind =
  /** Spun blog-comment templates that flatter any post. */
  | 'blog'
  /** Channel / page promotion (the youtube corpus). */
  | 'channel'
  /** Work-from-home and make-money offers. */
  | 'money'
  /** Fake investment testimonials and "spell caster" fraud (the instagram-scam corpus). */
  | 'scam'
  /** Praise that fits any page: only a signal together with a link. */
  | 'praise'
  /** Calls to action aimed at readers ("check out", "click here", "please share"). */
  | 'cta'
  /** The flatterer's promise or encouragement ("come back", "keep writing"): a part of spun flattery. */
  | 'promise'
  /** The site owner's property addressed in the second person ("your website"), in several languages. */
  | 'yours'
  /** What a service pitch offers the owner ("we can help", "free audit", "first page of Google"). */
  | 'offer'
  /** Customer-service wording of fake support lines ("customer service", "toll free"). */
  | 'support'
  /** Gambling and betting terms of more than one word, in the languages where they are spammed most. */
  | 'gambling'
  /** What a trade calls its own goods (TRADE_PHRASES): "no credit check", "write my essay". */
  | 'trade'
  /** Session 16b: an advert's moves written in more than one word (ADVERT_PHRASE_ROLES, shop-adverts.ts). */
  | 'advert';

/**
 * The names the spammed trades give their own goods and services, per vocabulary category
 * (session 7). A trade's name for itself is general: every advert of the trade uses it, in any
 * wording around it, as "make money online" is the money scheme's. A phrase here counts as that
 * category's vocabulary (TEXT_PHARMACY, TEXT_LOAN, TEXT_ESSAY, TEXT_REPLICA).
 */
export const TRADE_PHRASES = {
  pharmacy: [
    'without prescription', 'without a prescription', 'no prescription', 'no rx', 'without rx', 'online pharmacy', // session 7: the family's stock wording (block comment above), any site
    'buy online', // the seller's request, beside a drug name it makes an advert
    'for sale', 'overnight delivery', 'overnight shipping', 'generic viagra', 'без рецепта', 'sans ordonnance', 'ohne rezept',
    'sin receta', 'sem receita',
    // Session 16d: the telehealth-era form of "no prescription" (weight-loss injections sold with no
    // doctor), any seller.
    'without a doctor', 'no doctor visit', 'without seeing a doctor', 'no doctor needed', 'без врача', // session 16d: the family's stock wording (block comment above), any site
  ],
  loan: [
    'no credit check', // the lender's stock promise, any lender
    'bad credit', 'guaranteed approval', 'instant approval', 'same day', 'cash advance', 'payday loan', 'payday loans',
    'title loan', 'title loans', 'personal loans', 'quick loans', 'fast loans', 'online loans', 'loans online', 'instant loan',
    'займ на карту', // Russian "a loan to your card", the micro-lender's stock offer
    'без отказа', 'без проверки', 'préstamos rápidos', 'pinjaman online', 'pinjol',
    // Session 16d: the private-lender scam's stock offer ("we offer loans at 2 % to individuals"),
    // the instant lender's promise, and the same offers in French (prêt entre particuliers, the
    // French loan scam's own name), German (ohne Schufa), Polish (bez BIK), Vietnamese (vay tiền,
    // giải ngân), Spanish, Portuguese, Indonesian and Russian.
    'we offer loans', 'loan offer', 'private loans', 'private loan', 'private lender', 'loan lender', // session 16d: the family's stock wording (block comment above), any site
    'decision in minutes', 'approved in minutes', 'money in your account', 'in your account today', 'without collateral', // session 16d: the family's stock wording (block comment above), any site
    'prêt entre particuliers', 'pret entre particuliers', 'prêt rapide', 'pret rapide', 'ohne schufa', 'kredit ohne', // session 16d: the family's stock wording (block comment above), any site
    'bez bik', 'pożyczka online', 'pozyczka online', 'vay tiền', 'vay tien', 'giải ngân', 'giai ngan',
    'préstamo rápido', 'prestamo rapido', 'empréstimo rápido', 'emprestimo rapido', 'pinjaman dana', 'dana tunai',
    'займ онлайн', 'кредит онлайн', 'без залога', 'без справок',
    'business loans', 'debt consolidation', // second pass, session 16d: the lender's product names
  ],
  essay: [
    'write my essay', // the ghost-writer's search term, used as its name by every such advert
    'write my paper', // same, "paper"
    'do my homework', // same, "homework"
    'do my assignment', // same, "assignment"
    'take my online class', // the online-class variant of the same trade
    'take my class', // shorter form
    'essay writing service', // the trade's own name
    'essay writing', 'essay help', 'homework help', 'assignment help', 'dissertation help', 'thesis help', 'essay writer',
    'paper writing', 'research paper', 'custom essays', 'cheap essays', 'college essays', 'coursework help',
    'pay someone to', // the trade's search term, "pay someone to do/write/take …"
    // Session 16d: the trade's promises (a qualified or native writer, any deadline, plagiarism
    // free, top grades) and its names in other languages (Russian "to order", Slovenian and
    // Croatian seminar and diploma papers, Polish thesis writing, Indonesian thesis jockeys).
    'hire a writer', 'qualified writer', 'native writers', 'phd writers', 'expert writers', 'any deadline', 'plagiarism free', // session 16d: the family's stock wording (block comment above), any site
    'top grades', 'guaranteed a', 'online class', 'take my exam', 'do my exam', 'take my test', 'lab report', // session 16d: the family's stock wording (block comment above), any site
    'на заказ', 'seminarske naloge', 'diplomska dela', 'diplomske radove', 'pisanie prac', 'joki skripsi', 'joki tugas',
    // Second pass, session 16d: the search term "can someone write my …" and the offer of writers.
    'someone write my', 'someone to write my', 'writing papers', 'native english writers', // session 16d: the family's stock wording (block comment above), any site
  ],
  replica: [
    '1 1 replica', '1 1 copy', 'aaa replica', 'aaa quality', 'mirror quality', 'replica watches', 'replica bags', // session 7: the family's stock wording (block comment above), any site
    'replica handbags', 'replica shoes', 'fake watches', 'designer dupes', 'designer replica', 'luxury replica',
    'first copy', 'master copy', 'super fake',
    // Session 16d: copies in other wordings ("high quality replica", "exact copy", Italian "orologi
    // replica"), and bought documents, which anti-spam lists and site owners report as a trade of
    // their own: fake or "registered" passports, licences and diplomas, certificates "without exam",
    // counterfeit money, in English, Russian, German, Polish, Spanish, French, Italian, Dutch,
    // Swedish and Finnish. Each names a forgery sold, not a document a reader holds.
    'high quality replica', 'exact copy', 'copy watches', 'replica di', 'replica watch', // session 16d: the family's stock wording (block comment above), any site
    'fake passport', 'fake passports', 'fake id', 'fake ids', 'fake diploma', 'fake diplomas', 'fake degree', 'fake documents',
    'buy passport', 'buy a passport', 'buy diploma', 'buy a diploma', 'buy degree', 'buy a degree', 'registered passport', // session 16d: the family's stock wording (block comment above), any site
    'registered passports', 'registered documents', 'real documents', 'real and fake', 'novelty documents', 'without exam', // session 16d: the family's stock wording (block comment above), any site
    'without exams', 'ielts certificate', 'toefl certificate', 'buy driving licence', 'buy driving license', 'buy drivers license', // session 16d: the family's stock wording (block comment above), any site
    'counterfeit money', 'counterfeit notes', 'counterfeit banknotes', 'undetectable counterfeit', 'купить диплом',
    'купить аттестат', 'купить права', 'диплом о высшем', 'без экзаменов', 'führerschein kaufen', 'fuhrerschein kaufen', // session 16d: the family's stock wording (block comment above), any site
    'registrierten führerschein', 'registrierten fuhrerschein', 'kupić prawo jazdy', 'kupic prawo jazdy', 'prawo jazdy bez', // session 16d: the family's stock wording (block comment above), any site
    'comprar carnet', 'comprar licencia', 'acheter permis', 'acheter un permis', 'comprare patente', 'rijbewijs kopen', // session 16d: the family's stock wording (block comment above), any site
    'köpa körkort', 'kopa korkort', 'osta ajokortti',
  ],
} as const;

/** Session 16b: each advert phrase and the move it makes (1 a selling point, 2 a call to act, 3 the seller). */
export const ADVERT_PHRASE_ROLES: Readonly<Record<string, 1 | 2 | 3>> = {
  // Vietnamese selling points: cheap, wholesale price, good price, discount, promotion, free,
  // nationwide, delivery, genuine, reputable, warranty, confidential.
  'gia re': 1, 'gia si': 1, 'gia tot': 1, 'giam gia': 1, 'khuyen mai': 1, 'mien phi': 1, 'toan quoc': 1, 'giao hang': 1,
  'chinh hang': 1, 'uy tin': 1, 'bao hanh': 1, 'bao mat': 1,
  // Vietnamese calls: contact (now), order, buy now, call now, visit, come and see, (get a) quote, consultation.
  'lien he': 2, 'đat hang': 2, 'mua ngay': 2, 'goi ngay': 2, 'ghe tham': 2, 'ghe xem': 2, 'bao gia': 2, 'tu van': 2,
  // (second pass, after reading sets 24 and 25) "see more at", and Turkish "take a look".
  'tham khao them': 2, // Vietnamese "see more at", the advert's pointer to its site
  'goz atin': 2,
  // Vietnamese sellers: service, we specialise, our side, supply, company, shop, "of ours" (our page).
  'dich vu': 3, 'ben minh': 3, 'cung cap': 3, 'cong ty': 3, 'cua hang': 3, 'chuyen ban': 3,
  'chung toi chuyen': 3, // Vietnamese "we specialise (in)", the seller's opening
  'cua chung toi': 3, // Vietnamese "of ours" ("our page / shop"), the seller's possessive
  // Spanish "free quote, no obligation"; Indonesian "cash on delivery", "fast shipping"; Turkish
  // "fast delivery"; Russian "turnkey" and "favourable terms".
  'sin compromiso': 1, 'presupuesto gratis': 1, 'pengiriman cepat': 1, 'hizli teslimat': 1,
  'bayar di tempat': 1, // Indonesian "pay on the spot" (cash on delivery), the shop advert's stock term
  'hemen teslimat': 1, 'под ключ': 1, 'выгодные условия': 1,
};

export const PHRASES: Readonly<Record<PhraseKind, readonly string[]>> = {
  // Blog spam: the spun templates of comment bots. Each template of three or more words below is
  // posted verbatim by bots on countless unrelated blogs, so it names the family, not one comment;
  // none of them occurs in the shared evaluation corpora (bench/phrase-audit.mjs counts).
  blog: [
    'became aware of your blog', // spun opener "just became aware of your blog through …", any search engine
    'I have been browsing online more than', // spun template: "… N hours today, yet I never found …"
    'yet I never found any interesting article like yours', // second half of the same template
    'very informative article', // generic praise that fits any post
    'I like the valuable info you provide in your articles', // spun template, fits any post
    'I will bookmark your blog', // the flatterer's promise, any blog
    'I will bookmark your weblog', // its "weblog" spin
    'bookmarked your blog', // the same promise, past tense
    'heya i am for the first time here', // spun template opener
    'I came across this board', // spun template ("… and I find it really useful")
    'this piece of writing', // the spinner's synonym for "this post"
    'thanks for sharing your thoughts about', // spun template, topic word filled in by the bot
    'I am a regular visitor of your', // spun template, "… website/blog"
    'I found your website by way of Google', // spun template opener
    'appreciating the time and effort you put into your website', // spun template
    'I was suggested this blog by my cousin', // spun template ("… I am not sure whether this post is written by him")
    'does your site have a contact page', // spun template asking for a way to pitch
    'do you mind if I quote a couple of your posts', // spun template
    'have you ever considered about adding a little bit more than just your articles', // spun template
    'I know this if off topic but', // spun template, its typo is part of the template everywhere
    'this is my first time pay a quick visit', // spun template
    'pretty section of content', // spinner synonym of "nice post"
    'fastidious article', 'fastidious piece', 'auspicious writeup', 'auspicious article', // spinner synonyms of "good article"
    'touched all the internet users', // spun template ("… this post has touched all the internet users")
    'hello to all the contents present at this', // spun template opener
    'its like you read my mind', // spun template
    'link exchange is nothing else but', // spun template about link exchange
    'publishing an e-book or guest authoring', // spun template asking for guest posts
    'I every time spent my half an hour', // spun template
    'it is really a nice and helpful piece of information', // spun template
    'wonderful blog I truly enjoyed', // spun praise, fits any blog
    'keep writing such kind of information', // spun encouragement
    'I am impressed with this internet site', // spun template
    'you have done a formidable job', // spun template
  ],
  // Self-promotion of a channel or page: the wording of channel promotion on any video site.
  channel: [
    'check out my channel', // channel promotion, any site
    'check my channel', // channel promotion, shorter
    'check out my new channel', // same, "new"
    'check out my youtube channel', // same, naming the platform
    'check out our channel', // same, plural
    'subscribe to my channel', // the promotion's request
    'subscribe my channel', // its common ungrammatical form
    'subscribe to our channel', // plural
    'sub to my channel', // abbreviated
    'subscribe to me', // the request without "channel"
    'sub me', 'subscribe back', 'sub4sub',
    'check out my video', // video promotion
    'check out my videos', // plural
    'check out my new video', // "new"
    'check out my music', // music promotion
    'check my video', // video promotion, shorter
    'check my videos', // plural
    'watch my videos', // video promotion
    'watch my video', // singular
    'visit my channel', // channel promotion
    'go to my channel', // same
    'look at my channel', // same
    'please subscribe', 'plz subscribe', 'pls subscribe',
    'check out this video on YouTube', // the text YouTube's own share button writes, used by every sharer
    'check out this playlist on YouTube', // the share button's playlist text
    'take a look at this video on YouTube', // the share button's text in its other version
    'follow me on twitter', // social-profile promotion, any platform name
    'follow me on instagram', // same
    'add me on facebook', // same
    'like my page', // page promotion
    'check out my page', // page promotion
    'like and subscribe', // the stock video call to action
    'like this comment if', // comment-bait template ("like this comment if you …")
    'my channel',
    'my new channel', // channel promotion
    'my youtube channel', // channel promotion naming the platform
    'and subscribe', 'subscribe me',
    'my new song', // music promotion
    'my music video', // same
    'my new music', // same
    'my covers',
    'sub for sub', // the subscription-swap request, spelled out
    // Russian: the same self-promotion, as channel and profile spam words it: "subscribe to the
    // channel", "go to my profile", "the link is in my profile". (Written from the family's
    // wording; bench/phrase-audit.mjs found four more such phrases in only one corpus comment
    // each, so they were dropped as too specific to carry weight.)
    'подпишись на канал', // the request, imperative singular
    'подпишитесь на канал', // polite imperative
    'подписывайся на канал', // colloquial imperative
    'переходите в профиль', // plural
    'заходи в профиль', // "drop into my profile"
    'заходите в профиль', // plural
    'ссылка в профиле', // "the link is in my profile"
    'мой канал', 'моём канале', 'на канале', 'в профиле',
    'в описании профиля', // "in the profile's description", where the link is said to be
  ],
  // Work-from-home and make-money offers: the family's stock wording.
  money: [
    'make a lot of money', // money-scheme promise
    'make money online', // the category's name for itself
    'make money from home', // same, "from home"
    'make money fast', // same, "fast"
    'earn money online', // synonym
    'earn money from home', // synonym
    'making money online', // -ing form
    'work from the comfort of your home', // stock work-from-home wording
    'from the comfort of your home', // its shorter form
    'start working from home', // work-from-home invitation
    'get paid to', // "get paid to <easy activity>", the category's hook
    'earn from home', // synonym
    'start making money', // money-scheme invitation
    'easy money',
    'we are currently hiring', // stock opener of fake job offers
    'per month from home', // income claim of work-from-home offers
    'passive income',
    'without financial risk', // money-scheme reassurance
    'earn real money', // money-scheme and gaming-reward promise
    'double your money', // investment-fraud promise
    'free gift card', // reward-scam bait
    'gift card codes', // same
    'get paid for', // "get paid for <easy activity>"
  ],
  // Fake investment testimonials, recovery and spell-caster fraud: the family's stock wording.
  scam: [
    'I invested', 'got a return of', // the profit-testimonial claim: "I invested X … got a return of Y"
    'received my payout', // testimonial claim
    'my payout',
    'changed my life', // testimonial praise of the "manager" or caster
    'out of debt', // testimonial outcome
    'financially free', 'living testimony', 'testifying about', 'testifying',
    'spell caster', 'ex lover back', 'get my ex back', // spell-caster fraud's own terms
    'permanent cure', // herbal-cure fraud's promise
    'all thanks to her', 'all thanks to him', 'all thanks to', // testimonial credit to the "manager"
    'reach out to her', 'reach out to him', // testimonial's call to contact the "manager"
    'trading platform', 'i deposited', 'after investing', 'profit of',
    'a return of', // profit claim
    'received a payment of', // payout claim
    'saved my life', // testimonial praise of the "manager" or caster
    'contact her', 'investing with', 'my profit', 'i made', 'i received',
    'i started with', // "I started with $X …", the profit-testimonial opening
    'recover your lost', // recovery-scam promise ("… lost funds/crypto")
    // Session 7: the fund-recovery scam in its other wordings: the lost money, the "recovery
    // expert" or "hacker" credited, the money back. General: every recovery advert names them.
    // (bench/phrase-audit.mjs found three more of them in one instagram-scam spam comment each;
    // dropped, so that nothing here was checked against the corpora it is measured on.)
    'recovery expert', 'recovery specialist', 'recovery agent', 'recovery company', 'fund recovery', 'funds recovery',
    'recover stolen', 'recover my', 'recovered my', 'got back my', 'get back my', 'hire a hacker', // session 7: the family's stock wording (block comment above), any site
    'certified hacker', 'ethical hacker', 'fake trading', 'bogus investment', 'lost my savings', // session 7: the family's stock wording (block comment above), any site
    'stay blessed', 'god bless you', // the sign-off of testimonial fraud
    'legit trader', 'financial freedom', 'investment plan',
    // Session 16d: the recovery scam's other claims (the fake platform, the funds traced and
    // returned, the hacker for hire who also "tracks a cheating spouse", the wallet to validate),
    // and the same story in Italian, Spanish, Portuguese, French, German and Norwegian.
    'fake investment', 'returned my funds', 'traced the wallet', 'asset recovery', 'recover lost', 'ethical hackers', 'cheating spouse', // session 16d: the family's stock wording (block comment above), any site
    'hack recovery', 'recovery hacker', 'validate your wallet', 'wallet not syncing', 'hacker etico', 'hacker ético', // session 16d: the family's stock wording (block comment above), any site
    'recuperato i miei', 'recuperé mi', 'recupere mi', 'recuperei meu', 'recuperei meus', 'récupéré mes', 'recupere mes', // session 16d: the family's stock wording (block comment above), any site
    'fikk tilbake', 'falsk kryptoplattform', 'kryptosvindel', 'gjenopprettingsfirma',
    // Second pass, session 16d: the recovery desk in the plural, and its opener ("lost money to …?").
    'recovery experts', 'recovery specialists', 'recovery agents', 'lost money to', // session 16d: the family's stock wording (block comment above), any site
  ],
  praise: [
    'great post', 'nice post', 'good post', 'awesome post', 'great article', 'nice article', 'good article', 'great blog',
    'nice blog', 'great site', 'nice site', 'great information', 'useful information', 'useful info',
    'thanks for sharing', // generic thanks that fits any page
    'thank you for sharing', // generic thanks that fits any page
    'thanks for the info', // same
    'very nice', 'very helpful', 'great work', 'nice work', 'good job', 'well written', 'informative', 'great content',
    'nice video', 'great video', 'awesome video', 'interesting article', 'nice one', 'great stuff',
  ],
  cta: [
    'check out',
    'check it out', // call to action
    'checkout my', 'please check',
    'take a look at my', // call to action to the poster's own page
    'visit my', 'visit our', 'please visit', 'click here',
    'click the link', // call to action
    'follow me', 'add me',
    'help me get', // begging for subscribers/votes ("… to 1000 subs")
    'help me reach', // same
    'give me a chance', // same
    'give us a chance', // same
    'please share', 'please like',
    'leave a like', // call to action
    'like my', 'vote for', 'sign up', 'join me', 'join us',
    'my new video', // self-promotion
    'my music', 'my videos', 'my video', 'subscribe',
    'like this comment', // comment bait
    'please vote',
    'check me out', // self-promotion
    'subscribers',
  ],
  // Each list below names a family's common wording in general terms; every phrase of three or
  // more words says why it is general in a comment beside it.
  promise: [
    'come back', 'coming back', 'check back', 'visit again', 'be back', 'keep writing', 'keep posting',
    'keep it up', // the stock encouragement of any flatterer
    'keep up the', // the stock encouragement "keep up the good work", with any noun after it
    'future posts', 'more posts', 'next post', 'more articles',
    'looking forward to', // how any flatterer says "I'll read more"; no topic in it
    'checking back', 'reading list', 'following your', 'added your', 'your updates', 'your next', // session 9: the promise in other words
    // Session 17b: the same promise in the family's other stock forms, none naming a topic: to read
    // the rest later (only the promise: "will / to read the rest", never a reader's "I read the rest
    // of your series"), to pass the page on to a friend, and the encouragement "carry on" / "continue
    // the good work" that "keep up the" already counts. Everyday English for each move, as the
    // phrases above are; each counts only inside the family's structure (TEXT_SPUN_FLATTERY).
    'to read the rest', 'will read the rest', 'ill read the rest', 'finish the rest', 'the rest later', // session 17b: the promise to read on later (block comment above), any page
    'forwarding this', 'forwarding it', 'forward this', 'forwarded this', 'pass this on', 'passing this on', // session 17b: passing the page on (block comment above), any page
    'tell my friends', 'telling my friends', 'carry on', 'keep doing what', // session 17b: the promise to recommend, the encouragement (block comment above)
    'continue the good', 'continue the great', 'continue the fine', 'continue the excellent', 'continue the nice', // session 17b: "continue the … work", as "keep up the"
    // Second pass (after reading blind sets 28 and 29): the same promises as the family also words
    // them: sending the page's link to a friend, and giving back what the page gave ("return the
    // favour", "pay it forward"), none naming a topic.
    'sending him the link', 'send him the link', 'sending her the link', 'send her the link', // session 17b, second pass: the link sent to a friend, any page
    'forward him the link', 'forward her the link', // session 17b, second pass: the same, "forward"
    'return the favour', 'return the favor', 'pay it forward', // session 17b, second pass: the template's reciprocity close, any page
  ],
  yours: [
    'your website', 'your site', 'your blog', 'your business', 'your company', 'your brand', 'your online', 'your page',
    'your rankings', 'your traffic', 'your seo', 'your web',
    'ваш сайт', 'вашего сайта', 'вашему сайту', 'votre site', 'tu sitio', 'tu web', 'su sitio', 'ihre website', 'ihrer website',
    'seu site', 'uw website', 'situs anda', 'website anda',
    'il tuo sito', // Italian "your site": the owner's property in the second person, as in the lines above
    'web của bạn', // Vietnamese "your website"
    'web cua ban', // the same without diacritics, the form bots also send
    // Session 7: what else a pitch names as the owner's, and "businesses like yours" (the
    // agency's stock wording for any reader who owns something).
    'your content', 'your articles', 'your posts', 'your audience', 'your readers', 'your customers', 'your visitors',
    'your store', 'your shop', 'your domain', 'your homepage', 'your social', 'your google', 'your conversions',
    'like yours', 'your ranking', 'your search', 'your leads', 'your sales',
  ],
  offer: [
    'our services', 'our team', 'our agency', 'free quote', 'free audit', 'free consultation', 'free trial', 'rank higher',
    'more traffic', 'more leads', 'more sales', 'more customers', 'more visitors', 'increase your', 'boost your', 'grow your',
    'improve your', 'we offer', 'we provide',
    'i can help', // a freelancer's pitch opener, to any owner
    'we can help', // an agency's pitch opener, to any owner
    'are you interested', // the pitch's closing question
    'if you are interested', // same, conditional
    'let me know if', // same, "let me know if you want …"
    'get back to me', // the pitch's request for a reply
    'reply to this', // same, "reply to this comment/e-mail"
    'i noticed that', // the audit-style opener of SEO and design pitches ("… your site is not on page 1")
    'i came across your', // the pitch's opener, "… website/blog"
    'first page of google', // the stock SEO promise: a ranking claim that fits any site
    'top of google', // the same promise, shorter wording
    'page 1 of google', // the same promise, another wording
    'at an affordable price', // price wording of service pitches to any business
    'at affordable prices', // plural
    'we would love to', // the pitch's second-sentence opener ("… help you grow")
    'i would love to help', // same, first person
    'мы предлагаем', 'поможем вам', 'nous proposons', 'ofrecemos', 'wir bieten', 'oferecemos', 'kami menawarkan',
    // Session 7: the rest of the pitch's moves in other wordings (an offer to send or show
    // something, a trial, a call, a package, a rate, a guest or sponsored post).
    'guest post', 'guest article', 'guest posts', 'sponsored post', 'sponsored article', 'in exchange for', 'free report', // session 7: the family's stock wording (block comment above), any site
    'free analysis', 'free review', 'free demo', 'trial post', 'quick call', 'our packages', 'our rates',
    'our pricing', 'check our', 'starting at', 'starting from', 'can i send', 'i can send', // session 7: the family's stock wording (block comment above), any site
    'send over', 'we drive', 'we build', 'we design', 'we create', 'we write', 'we help', 'we are a', // session 7: the family's stock wording (block comment above), any site
    'i run a', // the freelancer's self-introduction, "I run a small agency/studio"
    'i specialize', 'want me to', // session 7: the family's stock wording (block comment above), any site
  ],
  support: [
    'customer service', 'customer support', 'customer care', 'support number', 'support line', 'help line', 'helpline number',
    'toll free', 'tollfree number', 'tech support', 'technical support', 'contact number', 'phone number', 'help desk',
    'support team', 'service number', 'care number', 'служба поддержки', 'service client',
    'servicio al cliente', // Spanish "customer service"
    // Session 7: the rest of the support line's wording (a reservation desk, a live agent, a
    // refund or recovery desk, round-the-clock) in general terms.
    'reservations number', 'reservation number', 'booking number', 'live agent', 'live person', 'support phone',
    'customer helpline', 'help number', 'helpdesk number', 'refund number', 'support center', 'call center', 'dial the',
    'call now', 'call us', 'customer care number', // the support line's stock closer, with any brand before it
    // Session 8: the same support line in the words its other versions use (a hyphenated
    // "toll-free" reads as one word; hotline, helpline, support agent, round the clock) and in
    // the languages it is posted in, written as the rules see them: Latin diacritics folded.
    'tollfree', 'helpline', 'hotline', 'helpdesk', 'support agent', 'support desk', 'live support', 'real agent',
    'round the clock', // "open / available round the clock", the line's promise in any wording
    'atencion al cliente', 'servicio tecnico', 'linea de atencion', 'service clients', 'service apres vente', // es, fr (after-sales)
    'kundenservice', 'kundendienst', 'kundenhotline', 'kundensupport', 'assistenza clienti', 'servizio clienti', 'numero verde',
    'atendimento ao cliente', 'suporte tecnico', 'горячая линия', 'линия поддержки', 'служба поддержки клиентов', // ru: "client support service"
    'техподдержка', 'гаряча лінія', 'obsluga klienta', 'infolinia', 'musteri hizmetleri',
    'layanan pelanggan', 'klantenservice', 'kundeservice', 'kundtjanst', 'asiakaspalvelu', 'zakaznicka linka',
    'ugyfelszolgalat', 'tong dai', 'cham soc khach hang', // vi "customer care", diacritics folded
    // Session 10: the line's other desks and staff (a live representative, a billing desk, certified
    // advisors or experts), Spanish and French "technical support", and a WhatsApp line.
    'live representative', 'customer representative', 'billing desk', 'billing support', 'billing department',
    'pro advisors', 'certified advisors', 'certified experts', 'certified technicians', 'support experts', 'tech experts',
    'soporte tecnico', 'asistencia tecnica', 'support technique', 'assistance technique', 'whatsapp support',
    'talk to an agent', 'speak to an agent', 'speak to a real person', 'reservation desk', 'booking desk', // the line's offer of a person
    // (bench/phrase-audit.mjs found "support agents" and "техническая поддержка" in one corpus spam comment each: dropped.)
  ],
  trade: Object.values(TRADE_PHRASES).flat(),
  gambling: [
    // Vietnamese, with and without diacritics (bots post both): bookmaker, betting, over/under, jackpot slots, lottery, card games, odds.
    'nhà cái', 'nha cai', 'cá cược', 'ca cuoc', 'tài xỉu', 'tai xiu', 'nổ hũ', 'xổ số', 'xo so', 'game bài', 'game bai',
    'soi kèo', 'soi keo', 'đá gà', 'bắn cá', 'ban ca', 'lô đề',
    'kèo nhà cái', // "bookmaker's odds", the term of Vietnamese betting sites
    'keo nha cai', // the same without diacritics
    'cược bóng đá', // "football betting"
    'cuoc bong da', // the same without diacritics
    'casino trực tuyến', // "online casino"
    'casino truc tuyen', // the same without diacritics
    // Second pass, session 12: the odds, the term every Vietnamese betting page is built on.
    'tỷ lệ kèo', 'ty le keo', // "odds ratio", with and without diacritics
    'tỷ lệ cược', 'ty le cuoc', // "betting odds", with and without diacritics
    'kèo bóng đá', 'keo bong da', // "football odds", with and without diacritics
    // Indonesian / Malay
    'slot gacor', 'situs judi', 'judi online', 'judi bola', 'agen judi', 'bandar judi', 'bandar togel', 'situs slot',
    'daftar slot', 'slot online', 'deposit pulsa', 'link alternatif', 'rtp slot',
    // Portuguese and Spanish
    'rodadas grátis', 'rodadas gratis', 'caça níqueis', 'caca niqueis', 'giros gratis', 'tiradas gratis', 'casino online',
    'jogo do tigrinho', // the Brazilian name of the slot game advertised most
    'casa de apostas', // Portuguese "betting house", the sites' own name
    'casas de apuestas', // Spanish "betting houses"
    // Russian
    'онлайн казино', 'игровые автоматы', 'игровых автоматов', 'бездепозитный бонус', 'букмекерская контора',
    'букмекерской конторы', 'казино онлайн',
    'ставки на спорт', // "sports betting", the Russian sites' own term
    // Polish (second pass, session 12): online casino, free spins, no-deposit bonus, bookmakers' bets.
    'kasyno online', 'kasyna online', 'darmowe spiny', 'darmowych spinów', 'bez depozytu', 'zakłady bukmacherskie',
    // Romanian (second pass, session 12, after reading set 6): free spins, no deposit, sports betting.
    'rotiri gratuite', 'fără depunere', 'fara depunere', 'pariuri sportive',
    // Turkish
    'canlı bahis', 'canli bahis', 'deneme bonusu', 'bahis siteleri', 'casino siteleri', 'bahis sitesi',
    // English
    'free spins', 'online slots', 'sports betting', 'betting tips', 'welcome bonus',
    // Session 7: the same family in more wordings (Portuguese, Spanish, Indonesian, Russian, English).
    'apostas esportivas', 'apostas online', 'cassino online', 'casino en línea', 'casino en linea', 'apuestas deportivas', // session 7: the family's stock wording (block comment above), any site
    'slot gacor hari ini', // the Indonesian sites' stock headline ("… today"), any site
    'bonus new member', 'gampang menang', 'казино с бонусом', 'бонус за регистрацию', // session 7: the family's stock wording (block comment above), any site
    'вывод без комиссии', 'bonus code', 'bonus codes', 'casino bonus', 'betting site', 'betting sites', // session 7: the family's stock wording (block comment above), any site
    'no deposit bonus', // the stock casino promotion
    // Session 16d: the same family's terms where the list had none: Turkish "current login address"
    // (blocked betting sites post their new address), Persian betting, French and Italian sports
    // betting and slot machines, German online casino, Indian card and lottery games, crash games.
    'giriş adresi', 'giris adresi', 'güncel giriş', 'guncel giris', 'شرط بندی', 'paris sportifs', 'machines à sous', // session 16d: the family's stock wording (block comment above), any site
    'machines a sous', 'slot machine', 'online spielothek', 'teen patti', 'satta matka', 'colour prediction', // session 16d: the family's stock wording (block comment above), any site
    'color prediction', 'aviator game', 'lottery sambad', 'tasuta spinnid',
    'aviator signal', 'aviator predictor', // second pass, session 16d: the crash game's "signal" apps
  ],
  // Session 16b: the advert's moves where a language writes them in more than one word, read by
  // TEXT_SHOP_ADVERT with its one-word lists (advert-moves.ts). Vietnamese above all (its words
  // are syllables, and folded without their marks one syllable alone means nothing), the language
  // this spam is most often posted in under blogs of every other language; then the Spanish,
  // Indonesian, Turkish and Russian stock phrases the one-word lists cannot hold. Each is that
  // language's ordinary advertising wording (cheap, wholesale price, nationwide delivery, genuine,
  // reputable, free consultation, contact now, visit our page, we specialise in), written folded
  // as the words arrive (đ stays: it is a letter of its own). The roles: shop-adverts.ts.
  advert: Object.keys(ADVERT_PHRASE_ROLES),
};
