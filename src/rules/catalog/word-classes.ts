// Word classes for the structural rules (spun flattery, pitches and price inquiries to the site
// owner, prize and account notices, fake support lines). A class names a *role* a word plays in a
// spam family, so a rule can ask "is there a greeting, praise of the post and a promise to come
// back?" instead of listing sentences. The shared word scan (scan.ts) records which classes a
// comment's words fall in, in the same single pass as the vocabulary; rules read that bit mask and
// only then look closer. Words are whole, lowercase, folded body words, apostrophes dropped
// (`you've` → `youve`). Written for the project from the categories' general wording, in the
// languages where each family is common; none is taken from a corpus comment.

import { withFoldedForms } from './fold-words.js';

export type WordClass =
  /** Openers of a message addressed to someone. */
  | 'greeting'
  /** Adjectives and adverbs of praise that fit any page. */
  | 'praise'
  /** What a flatterer praises: the post, the writing, the site (never its topic). */
  | 'work'
  /** The flatterer's promise: bookmark, subscribe, follow the feed, come back, recommend. */
  | 'promise'
  /** Words that address the site owner (second person, "admin", "webmaster"). */
  | 'owner'
  /** "price" in the languages price-inquiry bots are translated into. */
  | 'price'
  /** "I wanted to know / ask" in those languages. */
  | 'want'
  /** Words of fake prize, payment and account notices. */
  | 'notice'
  /** Customer-service words of fake support lines. */
  | 'support'
  /** Services pitched to site owners. */
  | 'service'
  /** Income promised by work-from-home and easy-money offers (work-offers.ts). */
  | 'income'
  /** The cost of something asked about: cost, fee, rates, quote, "kostet", "стоит" (owner.ts, the price inquiry). */
  | 'cost';

const WRITTEN_CLASSES: Readonly<Record<WordClass, readonly string[]>> = {
  greeting: [
    'hi', 'hello', 'hey', 'heya', 'hiya', 'howdy', 'greetings', 'hola', 'bonjour', 'salut', 'ciao', 'hallo', 'ola', 'olá', 'oi',
    'привет', 'здравствуйте', 'добрый', 'merhaba', 'halo', 'xin', 'chào', 'chao', 'hej', 'hei', 'ahoj', 'cześć', 'witam',
    'dear', 'admin', 'webmaster',
    // Session 9: the openers of the other languages spun flattery is written in.
    'buongiorno', 'salve', 'servus', 'moin', 'hoi', 'hallå', 'dobrý', 'здравствуй', 'selamat', 'bonsoir', 'buenas', 'goedendag',
    // Session 15: Albanian, Filipino and Swahili openers (spun flattery is machine-translated into them too).
    'përshëndetje', 'kumusta', 'habari', 'jambo',
  ],
  praise: [
    'great', 'awesome', 'amazing', 'wonderful', 'excellent', 'fantastic', 'superb', 'brilliant', 'outstanding', 'fabulous',
    'marvelous', 'marvellous', 'magnificent', 'remarkable', 'impressive', 'informative', 'helpful', 'useful', 'valuable',
    'nice', 'good', 'fine', 'pleasant', 'enjoyable', 'exceptional', 'terrific', 'incredible', 'insightful', 'fastidious',
    'beneficial', 'interesting', 'thoughtful', 'wellwritten', 'quality', 'top', 'cool', 'lovely', 'beautiful', 'perfect',
    'genuine', 'precious', 'detailed', 'educational', 'enlightening', 'inspiring', 'splendid', 'stellar', 'neat', 'best',
    'loved', 'enjoyed', 'appreciate', 'appreciated', 'impressed', 'thanks', 'thank', 'kudos', 'bravo',
    // Session 16c, second pass: the spun template's "your writing is astounding / astonishing".
    'astounding', 'astonishing',
    // Session 9: the same praise in the languages spun flattery is translated or spun into (German,
    // Spanish, French, Portuguese, Italian, Dutch, Polish, Russian, Turkish, Indonesian, Swedish),
    // and the flatterer's words for the writer ("talented", "engaging"). Each is ordinary alone; the
    // rules read them only inside the family's structure (praise + work + promise or blog talk).
    'engaging', 'talent', 'talented', 'skilled', 'pleasure', 'clear', 'wellexplained',
    'toll', 'toller', 'tolle', 'tollen', 'super', 'klasse', 'prima', 'informativ', 'informativer', 'interessant', 'interessanter',
    'hilfreich', 'hilfreicher', 'gut', 'guter', 'gute', 'großartig', 'großartiger', 'wunderbar', 'ausgezeichnet', 'lesenswert',
    'excelente', 'genial', 'buen', 'buena', 'bueno', 'interesante', 'informativo', 'útil', 'fantástico', 'maravilloso',
    'estupendo', 'increíble', 'excellent', 'génial', 'intéressant', 'intéressante', 'formidable', 'superbe', 'magnifique',
    'utile', 'instructif', 'ótimo', 'ótima', 'incrível', 'adorei', 'gostei', 'interessante', 'maravilhoso', 'parabéns',
    'qualidade', 'ottimo', 'ottima', 'bellissimo', 'bello', 'bella', 'complimenti', 'fantastico', 'eccellente', 'geweldig',
    'mooi', 'mooie', 'leuk', 'leuke', 'nuttig', 'prachtig', 'świetny', 'świetna', 'świetnie', 'ciekawy', 'ciekawa', 'wspaniały',
    'przydatny', 'отличная', 'отличный', 'отлично', 'супер', 'интересная', 'интересно', 'полезная', 'полезно', 'классная',
    'замечательная', 'прекрасная', 'harika', 'güzel', 'mükemmel', 'faydalı', 'bilgilendirici', 'bagus', 'keren', 'mantap',
    'menarik', 'bermanfaat', 'hebat', 'bra', 'intressant', 'toppen', 'fantastisk',
    // Session 10: French "j'adore / j'aime" (folded without the apostrophe) and "quality" in French.
    'jadore', 'adore', 'jaime', 'qualité',
    // Session 17c: French "bel / belle" ("très bel article"), as Italian "bello / bella" above.
    'bel', 'belle',
    // Session 11: Dutch and Polish "clear, valuable, practical", English "practical".
    'helder', 'heldere', 'waardevol', 'waardevolle', 'praktisch', 'wartościowy', 'wartościowe', 'praktyczny', 'practical',
    // Session 13: the same praise in the other European languages flattery and brand-name comments
    // are translated into (Romanian, Czech, Slovak, Hungarian, Finnish, Norwegian and Danish,
    // Croatian, Ukrainian, Greek): each language's everyday "great, useful, interesting, beautiful".
    // Words that are also English words (bun, util, god) are left out.
    'frumos', 'frumoasă', 'minunat', 'minunată', 'grozav', 'excelent', 'interesant', 'interesantă', 'utilă', 'folositor',
    'skvělý', 'skvělá', 'skvělé', 'výborný', 'výborná', 'zajímavý', 'zajímavá', 'užitečný', 'užitečná', 'užitečné', 'pěkný',
    'pěkná', 'hezký', 'skvelý', 'skvelá', 'zaujímavý', 'užitočný', 'užitočné', 'pekný', 'nagyszerű', 'remek', 'kiváló',
    'hasznos', 'érdekes', 'szép', 'csodás', 'hyvä', 'hyödyllinen', 'mielenkiintoinen', 'loistava', 'erinomainen', 'mahtava',
    'upea', 'kiinnostava', 'flott', 'nyttig', 'spennende', 'odličan', 'odlično', 'korisno', 'korisan', 'zanimljiv', 'zanimljivo',
    'чудова', 'чудовий', 'корисна', 'корисний', 'цікава', 'цікавий', 'відмінна', 'гарна', 'класна', 'хорошая', 'полезный',
    'интересный', 'εξαιρετικό', 'υπέροχο', 'χρήσιμο', 'χρήσιμες', 'ενδιαφέρον', 'ωραίο', 'τέλειο',
    // and English praise the classes lacked: superlatives and the flatterer's "delightful / a gem / enjoy".
    'delightful', 'fascinating', 'refreshing', 'nicest', 'finest', 'gem', 'enjoy', 'enjoying',
    // Session 14b: the praise of the languages spun flattery is also written in that the lists
    // lacked (Bulgarian, Lithuanian, Latvian, Estonian, Slovenian and Serbian, Arabic, Vietnamese
    // without its one-syllable words), and Dutch and Italian inflections of words already listed
    // (fijne, prachtige, informatief; interessanti, utili). Each language's everyday "great,
    // useful, interesting, clear"; English homographs left out as above.
    'fijn', 'fijne', 'prachtige', 'informatief', 'informatieve', 'duidelijk', 'duidelijke', 'goed', 'goede', 'interessanti',
    'utili', 'ottimi', 'ottime', 'bellissima', 'bellissimi', 'страхотна', 'страхотен', 'страхотно', 'полезна', 'полезен',
    'интересна', 'интересен', 'чудесна', 'чудесен', 'прекрасна', 'отлична', 'отличен', 'puikus', 'puiki', 'puikiai',
    'naudinga', 'naudingas', 'įdomus', 'įdomi', 'nuostabus', 'lielisks', 'lieliska', 'noderīga', 'interesanta', 'suurepärane',
    'kasulik', 'huvitav', 'odličen', 'odlična', 'koristen', 'zanimiv', 'одличан', 'корисно', 'занимљиво', 'رائع', 'رائعة', 'مفيد',
    'مفيدة', 'ممتاز', 'ممتازة', 'جميل', 'جميلة', 'مميز', 'hữu', 'tuyệt',
    // Second pass, after reading sets 12 and 13: German "schön" (nice), in its inflections.
    'schön', 'schöner', 'schöne', 'schönen',
    // Session 15: the everyday "great, useful, wonderful" of Galician, Albanian, Filipino and Swahili,
    // languages spun flattery is machine-translated into; English homographs left out as above.
    'marabilloso', 'marabillosa', 'informues', 'mrekullueshëm', 'mrekullueshme', 'shkëlqyer', 'shkëlqyeshëm', 'dobishëm',
    'dobishme', 'maganda', 'magandang', 'nzuri',
    // Session 17b: the adverbs the spun template praises the writing with ("flows nicely", "reads
    // beautifully", "pleasurable reading"), and the everyday "beautiful, great, useful" of Bengali
    // and Hindi, languages spun flattery is machine-translated into under South Asian shops.
    'nicely', 'beautifully', 'wonderfully', 'superbly', 'pleasurable',
    'সুন্দর', 'চমৎকার', 'দারুণ', 'অসাধারণ', 'ভালো', 'अच्छा', 'अच्छी', 'बढ़िया', 'शानदार', 'बेहतरीन', 'उपयोगी', 'सुंदर',
  ],
  work: [
    'post', 'posts', 'posting', 'postings', 'article', 'articles', 'blog', 'blogs', 'weblog', 'site', 'website', 'websites',
    'webpage', 'page', 'writing', 'writeup', 'content', 'piece', 'information', 'info', 'paragraph', 'paragraphs', 'material',
    'stuff', 'read', 'work', 'job', 'effort', 'efforts', 'topic', 'subject', 'share', 'sharing', 'author', 'writer',
    // Session 9: the post, the writing and the site in the same languages.
    'beitrag', 'beitrags', 'artikel', 'seite', 'webseite', 'inhalt', 'inhalte', 'artículo', 'entrada', 'publicación', 'sitio',
    'página', 'contenido', 'información', 'billet', 'contenu', 'artigo', 'postagem', 'conteúdo', 'publicação', 'articolo',
    'sito', 'contenuto', 'lavoro', 'pagina', 'bericht', 'artykuł', 'wpis', 'strona', 'статья', 'статью', 'пост', 'блог',
    'сайт', 'материал', 'makale', 'yazı', 'tulisan', 'situs', 'inlägg', 'sida', 'explaining', 'explained', 'explanation',
    'artikelen', 'berichten', 'articoli', 'artículos', 'articles', 'artigos', 'beiträge',
    // Session 13: the post, the writing and the information in the languages added to praise above.
    'articol', 'articolul', 'postare', 'conținut', 'informații', 'informație', 'článek', 'článku', 'příspěvek', 'stránka',
    'obsah', 'informace', 'článok', 'príspevok', 'informácie', 'cikk', 'cikket', 'bejegyzés', 'írás', 'tartalom',
    'információ', 'artikkeli', 'kirjoitus', 'blogi', 'sivusto', 'postaus', 'tietoa', 'artikkel', 'innlegg', 'indlæg',
    'članak', 'objava', 'informacije', 'стаття', 'статтю', 'інформація', 'допис', 'информация', 'άρθρο', 'ανάρτηση',
    'πληροφορίες', 'writeups',
    // Session 14b: the post, the blog and the information in the languages added to praise above.
    'contenuti', 'informazioni', 'informatie', 'статия', 'статията', 'публикация', 'публикацията', 'сайта', 'блога',
    'įrašas', 'straipsnis', 'tinklaraštis', 'informacija', 'raksts', 'ieraksts', 'postitus', 'prispevek', 'чланак',
    'مقال', 'مقالة', 'المقال', 'المقالة', 'موقع', 'الموقع', 'موقعكم', 'موقعك', 'مدونة', 'المدونة', 'معلومات', 'bài', 'viết',
    // Session 15: the post, the page and the blog in the languages added to praise above.
    'artikull', 'artikulli', 'postim', 'postimi', 'faqja', 'faqe', 'faqen', 'blogu', 'artikulo', 'makala',
    // Session 17b: the post, the blog and the writing in Bengali and Hindi (as praise above).
    // And English "reading" as the thing read ("pleasurable reading", "could not be written better! reading it …").
    'reading',
    'পোস্ট', 'পোস্টটি', 'ব্লগ', 'ব্লগটি', 'লেখা', 'লেখাটি', 'लेख', 'पोस्ट', 'ब्लॉग', 'जानकारी',
  ],
  promise: [
    'bookmark', 'bookmarked', 'bookmarking', 'bookmarks', 'subscribe', 'subscribed', 'subscribing', 'rss', 'feed', 'feeds',
    'revisit', 'revisiting', 'return', 'returning', 'recommend', 'recommended', 'favorites', 'favourites', 'newsletter',
    'tweet', 'stumbleupon', 'digg', 'delicious',
    // Session 9: the promise in other words and languages (saved the page, shared it, added to a
    // reading list; German, Spanish, French, Portuguese, Italian, Dutch, Polish, Russian, Turkish,
    // Indonesian, Swedish).
    'saved', 'shared', 'lesezeichen', 'gespeichert', 'abonniert', 'wiederkommen', 'wieder', 'vorbeischauen', 'favoritos',
    'marcadores', 'guardado', 'guardaré', 'volveré', 'suscrito', 'favoris', 'revenir', 'reviendrai', 'abonné', 'partager',
    'salvei', 'voltarei', 'acompanhar', 'preferiti', 'tornerò', 'segnalibri', 'seguirò', 'bladwijzer', 'terugkomen', 'zakładki',
    'wrócę', 'закладки', 'вернусь', 'подписался', 'подписалась', 'takip', 'kembali', 'berlangganan', 'bokmärke', 'återkomma',
    // Session 10: plural and past forms of the same promise (Dutch "bladwijzers … toegevoegd", Italian "salvato").
    'following', 'follow', 'bladwijzers', 'toegevoegd', 'salvato', 'salvata', 'preferito', 'gespeichert', 'guardé', 'guardada', 'enregistré',
    // Session 13: "I will come back / bookmarked" in the languages added to praise above.
    'vrátím', 'vrátim', 'záložky', 'revin', 'reveni', 'visszatérek', 'palaan', 'kirjanmerkkeihin', 'повернуся', 'закладках', 'επιστρέψω',
    // Session 14b: the same promise (come back, favourites, recommend, share) in Dutch, Italian,
    // Bulgarian, Lithuanian, Latvian, Slovenian, Russian and Arabic.
    'favorieten', 'terug', 'aggiungo', 'tornare', 'consiglierò', 'върна', 'връщам', 'препоръчам', 'препоръчвам', 'отметки',
    'sugrįšiu', 'grįšiu', 'rekomenduosiu', 'atgriezīšos', 'vrnil', 'vrnila', 'рекомендую', 'порекомендую', 'поделюсь', 'سأعود',
    'المفضلة', 'سأشارك', 'أنصح',
    // Session 15: "again / I'll come back / saved" in Galician, Albanian, Filipino and Swahili.
    'volverei', 'gardei', 'përsëri', 'babalik', 'nitarudi',
    // Session 17b: "bookmark" in Bengali and Hindi.
    'বুকমার্ক', 'बुकमार्क',
  ],
  owner: [
    'your', 'you', 'youve', 'youre', 'yours', 'yourself', 'u', 'ur', 'admin', 'webmaster', 'owner', 'author',
    // Session 9: "your / you" in the languages added to praise above (the formal and the familiar).
    'dein', 'deine', 'deinen', 'deinem', 'ihren', 'ihrem', 'tu', 'tus', 'votre', 'vos', 'tes', 'vous', 'seu', 'sua',
    'teu', 'tua', 'você', 'tuo', 'tuoi', 'vostro', 'vostra', 'jouw', 'uw', 'twój', 'twoja', 'twoje', 'ваш', 'ваша', 'ваше',
    'вашего', 'твой', 'senin', 'sizin', 'anda', 'kamu', 'ditt',
    // Session 15: Albanian "your".
    'juaj',
    // Session 10: Dutch "je / jouw", Italian "scrivi" speaks to the writer too.
    'je', 'jij', 'jouw',
    // Session 17b: Bengali and Hindi "you / your".
    'আপনার', 'আপনি', 'आपका', 'आपकी', 'आपके', 'आप',
  ],
  price: [
    'price', 'prices', 'pricing', 'prix', 'precio', 'precios', 'preço', 'preco', 'prezzo', 'preis', 'preise', 'prijs', 'cena',
    'ceny', 'cenu', 'цена', 'цену', 'цены', 'прайс', 'ціна', 'ціну', 'giá', 'gia', 'harga', 'fiyat', 'fiyatı', 'fiyatını', 'fiyatınızı', 'fiyatlarınızı', 'fiyatları',
    'τιμή', 'τιμές', 'τιμη', 'pris', 'priset', 'prisen', 'hinta', 'hintaa', 'hintasi', 'ár', 'árat', 'árát', 'preț', 'pret',
    'prețul', 'pretul', 'cijena', 'cijenu', 'kaina', 'kainą', 'hind', 'hinda', 'qiymət', 'قیمت', 'سعر', 'السعر', 'מחיר',
    'कीमत', 'मूल्य', 'presyo',
    // Session 7: the same word in the other languages these bots are translated into (Polish and
    // Greek inflections, Baltic, Balkan, Caucasus, Central Asian, African and South Asian languages,
    // Catalan, Galician, Basque, Celtic, Nordic): the inquiry goes to every language there is.
    'cenę', 'cenas', 'ceno', 'cijene', 'цената', 'цану', 'кошт', 'баға', 'бағаңызды', 'бағасын', 'үнэ', 'үнийг', 'narx', 'narxi',
    'narxingiz', 'narxingizni', 'qiyməti', 'qiymətinizi', 'çmimin', 'cmimin', 'çmimi', 'prezz', 'verð', 'verðið', 'praghas',
    'prys', 'preu', 'prezo', 'prezioa', 'bei', 'farashin', 'qiimaha', 'intengo', 'ფასი', 'ფასს', 'գինը', 'দাম', 'விலை',
    'මිල', 'ዋጋ', 'hintanne', 'hintaa', 'τιμης', 'τιμής', 'prisen', 'prijzen', 'tarif', 'tarifa', 'tarifs', 'kosten', 'custo',
    // Session 10: Hebrew and Arabic write "the price" as one word with the article (ה-, ال-); Urdu and Persian spellings.
    'המחיר', 'המחירים', 'الأسعار', 'الاسعار', 'قیمتوں', 'قیمتها',
    // Session 12: Arabic "your price(s)" (the possessive suffix -ك, -كم), Ukrainian and Russian plural forms.
    'سعرك', 'سعركم', 'أسعارك', 'اسعارك', 'أسعاركم', 'اسعاركم', 'ціни', 'цін', 'цен',
    // Session 15: the word in languages the inquiry is machine-translated into that the list did not
    // spell: Irish after "do" ("your", which lenites: praghas → phraghas), Luxembourgish, Latin, Italian plural.
    'phraghas', 'präis', 'pretium', 'prezzi',
  ],
  want: [
    'want', 'wanted', 'wanna', 'know', 'ask', 'asking', 'wondering', 'quería', 'queria', 'quiero', 'saber', 'voulais', 'veux',
    'savoir', 'connaître', 'wollte', 'möchte', 'wissen', 'erfahren', 'volevo', 'voglio', 'sapere', 'conhecer', 'wilde', 'wil',
    'weten', 'chciałem', 'chciałam', 'chciałbym', 'poznać', 'znać', 'chtěl', 'chtěla', 'vědět', 'хотел', 'хотела', 'хочу',
    'узнать', 'знать', 'хотів', 'хотіла', 'дізнатися', 'muốn', 'muon', 'biết', 'biet', 'ingin', 'tahu', 'mau', 'istedim',
    'bilmek', 'öğrenmek', 'istiyorum', 'istedim', 'ήθελα', 'θέλω', 'μάθω', 'ville', 'veta', 'vite', 'halusin', 'tietää', 'akartam', 'tudni', 'voiam',
    'vreau', 'aflu', 'știu', 'htio', 'htjela', 'znati', 'norėjau', 'sužinoti', 'soovisin', 'teada', 'أردت', 'معرفة', 'می', 'خواستم',
    'רציתי', 'לדעת', 'चाहता', 'जानना', 'gusto', 'malaman', 'nak', 'tau',
    // Session 7: "I wanted to know / learn" in the languages added to `price` above.
    'gerne', 'kende', 'vide', 'gribēju', 'gribu', 'uzzināt', 'zināt', 'nilitaka', 'kujua', 'nataka', 'bilmoqchi', 'bilmoqchiman',
    'білгім', 'келді', 'volia', 'conèixer', 'coñecer', 'jakin', 'nahi', 'chcel', 'chcela', 'vedieť', 'poznať', 'želel', 'želela',
    'vedeti', 'желео', 'желела', 'сазнам', 'исках', 'науча', 'сакав', 'хацеў', 'даведацца', 'მინდოდა', 'გამეგო', 'ուզում',
    'իմանալ', 'istədim', 'bilmək', 'doja', 'ridt', 'vildi', 'vita', 'theastaigh', 'eisiau', 'gwybod', 'wou', 'weet', 'জানতে',
    'চেয়েছিলাম', 'அறிய', 'ፈልጌ', 'ለማወቅ', 'rabay', 'ogaado', 'bengifuna', 'ukwazi', 'мэдэхийг', 'хүссэн', 'ηθελα', 'μαθω',
    'chciałabym', 'zjistit', 'dowiedzieć', 'sapevo', 'quisiera', 'gostaria', 'aimerais', 'würde',
    // Session 10: Arabic "I want / I know", Urdu "to know / wanted", Persian "I would know".
    'أريد', 'اريد', 'أعرف', 'اعرف', 'جاننا', 'چاہتا', 'چاہتی', 'چاہتے', 'بدانم', 'بدونم',
    // Session 12: "I am interested in (the price)", the inquiry's other frame, in the languages it is
    // translated into (English "interested" is left out: a reader's "interested in the price history").
    'интересует', 'интересуют', 'цікавить', 'цікавлять', 'interesuje', 'zajímá', 'zaujíma', 'zanima', 'интересува',
    'interesează', 'intereseaza', 'érdekel', 'érdekelne', 'kiinnostaa', 'interesserer', 'intresserad', 'interesseret',
    'interessiert', 'interesa', 'intéresse', 'interessa', 'ilgileniyorum', 'tertarik', 'მაინტერესებს', 'հետաքրքրում',
    'ενδιαφέρει', 'מעניין', 'يهمني', 'أرغب', 'ارغب',
    // Session 15: "I wanted to know / find out / get" in more of those languages: Irish ("ba mhaith
    // liom … a fháil amach"), Luxembourgish, Latin, Slovenian, Serbian (Cyrillic), Albanian.
    'mhaith', 'fháil', 'wollt', 'wëssen', 'scire', 'volo', 'izvedeti', 'хтео', 'хтела', 'знам', 'dashur',
  ],
  notice: [
    'congratulations', 'congrats', 'won', 'winner', 'winners', 'winning', 'prize', 'prizes', 'reward', 'rewards', 'award',
    'awarded', 'claim', 'claimed', 'unclaimed', 'selected', 'lucky', 'bonus', 'jackpot', 'lottery', 'sweepstakes', 'giveaway',
    'voucher', 'vouchers', 'gift', 'cash', 'credited', 'payment', 'payout', 'pending', 'transfer', 'refund', 'compensation',
    'account', 'suspended', 'locked', 'verify', 'verification', 'confirm', 'unusual', 'suspicious', 'urgent', 'expire',
    'expires', 'expiring', 'deadline', 'wallet', 'airdrop', 'validate', 'restore', 'unlock', 'guaranteed', 'entry', 'draw',
    'win', 'free', 'txt', 'ringtone', 'tones', 'voucher', 'optout', 'unsubscribe', 'expired', 'delivery', 'parcel', 'fee',
    // Second pass, session 15c (after reading sets 18 and 19): the rebate and renewal notices (a tax
    // rebate you are eligible for, a domain or subscription to renew before it lapses).
    'rebate', 'eligible', 'renew', 'renewal',
  ],
  support: [
    'support', 'customer', 'service', 'helpline', 'hotline', 'helpdesk', 'toll', 'tollfree', 'care', 'technical', 'tech',
    'number', 'call', 'phone', 'contact', 'assistance', 'team', 'representative', 'agent',
    // Session 15c: a reservations desk, and "service" and "support" in the languages brand service lines are posted in.
    'reservations', 'desk', 'servis', 'servisit', 'servisa', 'soporte', 'suporte', 'assistenza', 'поддръжка', 'поддръжката',
    'поддержка', 'поддержки', 'підтримка', 'destek', 'wsparcie',
    // Second pass, session 15c (after reading sets 18 and 19): the technicians a tech-support line offers.
    'technician', 'technicians',
  ],
  service: [
    'seo', 'traffic', 'ranking', 'rankings', 'rank', 'visitors', 'leads', 'sales', 'conversions', 'redesign', 'design',
    'designer', 'developer', 'development', 'marketing', 'backlinks', 'backlink', 'content', 'writer', 'writing', 'copywriting',
    'social', 'media', 'smm', 'google', 'audit', 'wordpress', 'app', 'exposure', 'visibility', 'presence', 'outreach',
    'advertising', 'ads', 'promotion', 'promote', 'guest', 'sponsored', 'продвижение', 'раскрутка', 'трафик', 'сайт', 'сайта',
    // Session 10: the trade nouns a product plug names (machine-written.ts, TEXT_PRODUCT_PLUG gates on this class), in six languages.
    'apps', 'tool', 'tools', 'service', 'services', 'platform', 'agency', 'software', 'vpn', 'proxy', 'proxies', 'plugin',
    'company', 'provider', 'aplicación', 'herramienta', 'servicio', 'plataforma', 'agencia', 'empresa', 'outil', 'plateforme',
    'logiciel', 'application', 'agence', 'werkzeug', 'dienst', 'plattform', 'agentur', 'anbieter', 'aplicativo', 'ferramenta',
    'serviço', 'applicazione', 'strumento', 'piattaforma', 'servizio', 'agenzia',
    // Second pass, session 12: the link trade's own words (a link insertion, a contextual or dofollow
    // link); the paid link request (link-purchase.ts, linkPurchase) gates on this class.
    'insertion', 'insertions', 'contextual', 'dofollow',
  ],
  income: [
    'income', 'earn', 'earning', 'earnings', 'salary', 'profit', 'paid', 'payout',
    'доход', 'дохода', 'доходом', 'заработок', 'заработка', 'заработать', 'зарабатывать', 'зарабатывай', 'зарплата', 'зарплатой',
    'оплата', 'оплатой', 'выплаты', 'выплатой', 'прибыль', 'прибыли', 'подработка', 'подработку', 'подработки',
    // Russian: more of the family's income words (money, earnings, "I pay"), and the crypto a
    // giveaway promises instead of pay.
    'деньги', 'денег', 'заработку', 'заработал', 'заработала', 'зарабатываю', 'профит', 'выплата', 'выплачиваем', 'платим', 'плачу',
    'криптовалюту', 'криптовалюта', 'криптовалюты', 'крипту', 'крипта', 'крипты', 'usdt', 'биткоин', 'биткоины', 'токены',
    'ingresos', 'ganar', 'gana', 'ganancias', 'sueldo', 'renda', 'ganhar', 'ganhe', 'salário', 'lucro', 'penghasilan', 'gaji', 'cuan',
  ],
  // Session 8: the verb "to cost" and the nouns cost, fee, rate, quote, value in the languages the
  // price inquiry is translated into (TEXT_PRICE_INQUIRY's other wordings).
  cost: [
    'cost', 'costs', 'rates', 'fee', 'fees', 'charge', 'charges', 'quote', 'quotation', 'pricelist', 'tariff', 'tariffs',
    'kosten', 'kostet', 'coût', 'cout', 'coûte', 'coute', 'coûtent', 'tarif', 'costo', 'costa', 'costano', 'cuesta', 'cuestan',
    'coste', 'custo', 'custa', 'custam', 'valor', 'стоит', 'стоят', 'стоимость', 'стоимости', 'коштує', 'вартість', 'струва',
    'kosztuje', 'koszt', 'kosztów', 'kostar', 'koster', 'kostnad', 'kostnaden', 'maksaa', 'stojí', 'stoji', 'košta', 'kosta',
    'costă', 'costa', 'kerül', 'kainuoja', 'maksā', 'maksab', 'ücret', 'ücreti', 'tutar', 'biaya', 'ongkos', 'tarifnya', 'phí',
    'κοστίζει', 'κόστος', 'עולה', 'تكلفة', 'يكلف', 'تكلف', 'लागत', 'बजट', 'halaga', 'gharama', 'kost', 'kostprijs', 'cenik',
    'cjenik', 'прайс-лист', 'preisliste', 'listino', 'tarifas', 'orçamento', 'presupuesto', 'devis',
    // Session 9: the rates and price-list nouns of more languages (Dutch, Polish, Finnish, Hungarian, Turkish, Swedish).
    'tarief', 'tarieven', 'prijslijst', 'cennik', 'hinnat', 'hinnasto', 'árak', 'árlista', 'ücret', 'prislista', 'priser',
    // Session 15: "what do you charge": Swedish, Norwegian and Danish "ta betalt", Spanish "cobrar".
    'betalt', 'cobran', 'cobra', 'cobras', 'cobrar', 'cobráis',
  ],
};

/**
 * Session 9: the price and cost words with a suffix the lists do not spell: Indonesian and Malay
 * "-nya" (harganya, biayanya: "its price"), Turkish plural and possessive endings (ücretler,
 * fiyatlarınız; folded, as body words arrive). Generated here from the listed words,
 * so that the shared word scan finds them at no extra cost per comment (stems of five letters
 * or more: a four-letter stem such as Estonian "hind" would make "Hindi" a price word).
 */
const COST_SUFFIXES = ['nya', 'lerinizi', 'larinizi', 'leriniz', 'lariniz', 'lerini', 'larini', 'leri', 'lari', 'ler', 'lar', 'iniz', 'niz', 'si', 'i'];
function withSuffixedForms(words: readonly string[]): string[] {
  const out = new Set(words);
  for (const w of words) if (w.length >= 5 && /^[a-z]+$/.test(w)) for (const s of COST_SUFFIXES) out.add(w + s);
  return [...out];
}

/** The classes as the rules match them: each Latin word also in its folded form (fold-words.ts). */
export const WORD_CLASSES: Readonly<Record<WordClass, readonly string[]>> = Object.fromEntries(
  Object.entries(WRITTEN_CLASSES).map(([name, words]) => {
    const folded = withFoldedForms(words);
    return [name, name === 'cost' || name === 'price' ? withSuffixedForms(folded) : folded];
  }),
) as unknown as Record<WordClass, readonly string[]>;
