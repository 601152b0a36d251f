// Messages written to the site owner, not to readers: service pitches ("I noticed your website
// could rank higher… we offer…") and the short price inquiry bots send machine-translated into
// many languages ("Hello, I wanted to know your price"). Both read the same way in every language:
// the owner's property addressed in the second person, and an offer or a question about money.
// They share the family cap "owner".
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from './none.js';
import { classBit, listRolesOf, phrasesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';
import { buildAhoCorasick } from '../lists/aho-corasick.js';
import { WORD_CLASSES } from './word-classes.js';
import { mentionsTopic } from './flattery.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { pitchByRoles } from './owner-pitch-roles.js';
import { linkPurchase } from './link-purchase.js';

const OWNER_CAP = { family: 'owner', max: 4.5 } as const;
const SERVICE = classBit('service');
const PRICE = classBit('price');
const WANT = classBit('want');
const SERVICE_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.service);
const PRICE_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.price);
/** Longest price inquiry: a greeting and one question. Longer text is a conversation. */
const INQUIRY_MAX_WORDS = 16;


/**
 * Session 8: the inquiry's other wordings. Bots translate more than one sentence ("how much does
 * it cost?", "please send me your price list", "what are your rates?"), so besides "price" +
 * "want to know" the rule reads a cost word (the verb "to cost" and the nouns cost, fee, rate,
 * quote, value, in many languages) with an asking word ("how much" and "tell / send / advise me"
 * in many languages). Every member is ordinary alone; the bound is the rest of the message.
 */
const COST_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.cost);
const COST_CLASS = classBit('cost');
/** "What is the cost / your price?": the question word that asks for it, in each language. */
const WHAT_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'what', 'whats', 'was', 'wat', 'vad', 'hvad', 'hva', 'cuál', 'cual', 'qué', 'que', 'quel', 'quelle', 'qual', 'quale', 'какая',
  'какова', 'какой', 'яка', 'який', 'jaka', 'jaki', 'jaké', 'jaká', 'mikä', 'mennyi', 'care', 'koja', 'kakva', 'kokia', 'apa',
  'nedir', 'ne', 'τι', 'ποιο', 'ποια', 'מה', 'ما', 'चाहिए', 'क्या', 'ano', 'nini',
]));
/** "How much", "tell / send / advise me", "could you": the asking half, in many languages. */
const ASK_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'much', 'tell', 'send', 'share', 'inform', 'advise', 'quote', 'cuánto', 'cuanto', 'cuánta', 'combien', 'quanto', 'quant',
  'wieviel', 'viel', 'сколько', 'скільки', 'колко', 'ile', 'kolik', 'koľko', 'koliko', 'hoeveel', 'hvor', 'mycket', 'meget',
  'mye', 'paljonko', 'kuinka', 'kaç', 'kadar', 'berapa', 'nhiêu', 'nhieu', 'hỏi', 'hoi', 'mennyi', 'mennyibe', 'cât', 'kiek', 'cik', 'palju', 'πόσο',
  'כמה', 'كم', 'بكم', 'कितना', 'कितने', 'कितनी', 'magkano', 'ngapi', 'подскажите', 'скажите', 'сообщите', 'пришлите',
  'підкажіть', 'dites', 'indiquer', 'envoyer', 'envoyez', 'communiquer', 'sagen', 'mitteilen', 'schicken', 'senden', 'dígame',
  'dime', 'decirme', 'indicar', 'enviar', 'envíe', 'envie', 'dirmi', 'ditemi', 'inviare', 'inviarmi', 'dizer', 'informar',
  'podać', 'powiedzieć', 'przesłać', 'sdělit', 'poslat', 'söyler', 'gönderir', 'bilgi', 'bilgisi', 'beritahu', 'kirim',
  'kirimkan', 'info', 'mitteilen', 'vertellen', 'sturen', 'fortælle', 'berätta', 'kertoa', 'spune', 'reci', 'povedať',
  // Session 10: "how much" in more of the languages the inquiry is translated into (Azerbaijani,
  // Uzbek, Kazakh, Persian, Urdu, Bengali, Nepali, Tamil, Amharic, Somali, Hausa, Kurdish,
  // Macedonian, Belarusian, Mongolian, Armenian, Albanian, Icelandic, Estonian, Welsh).
  'qədər', 'qədərdir', 'neçəyə', 'qancha', 'қанша', 'چقدر', 'چند', 'کتنی', 'کتنا', 'کتنے', 'কত', 'कति', 'எவ்வளவு', 'ስንት',
  'immisa', 'nawa', 'çend', 'колку', 'колькі', 'хэд', 'որքան', 'kushton', 'kostar', 'palju', 'faint',
  // "Price, please": the request word itself asks (English, Zulu "ngicela", Xhosa "ndicela").
  'please', 'pls', 'plz', 'ngicela', 'ndicela',
  // Session 15: the English inquiry's broken forms ("I writing / wrote about your the price", "curious
  // to learn your price") and Italian "potrei (avere)": "could I (have)". Read only by askedCost, which
  // allows one other word of four letters: "I wrote about the price of eggs last week" names things.
  'writing', 'wrote', 'learn', 'potrei',
]));
/**
 * Words an inquiry is made of besides its price and asking words: greetings, "you/your", "it",
 * "please", "could", the owner's offer named in general ("your service, products"). A message
 * with two or more other words of four letters or more names something: a reader's question.
 */
const INQUIRY_FILLER: ReadonlySet<string> = new Set(withFoldedForms([
  'could', 'would', 'please', 'kindly', 'there', 'what', 'this', 'that', 'does', 'your', 'yours', 'with', 'about', 'like',
  'good', 'morning', 'evening', 'afternoon', 'dear', 'madam', 'team', 'service', 'services', 'product', 'products', 'offer',
  'offers', 'item', 'items', 'information', 'details', 'regarding', 'interested', 'list', 'have', 'some', 'question', 'just',
  'thank', 'thanks', 'regards', 'friend', 'friends', 'sir', 'them', 'these', 'those', 'will', 'need', 'able', 'know', 'exact',
  'current', 'latest', 'full', 'bitte', 'ihren', 'ihre', 'ihnen', 'euren', 'eure', 'gerne', 'dienst', 'votre', 'vous', 'vos',
  'pouvez', 'merci', 'usted', 'ustedes', 'servicio', 'servicios', 'gracias', 'favor', 'puede', 'podría', 'podria', 'gostaria',
  'você', 'voce', 'serviço', 'obrigado', 'pode', 'poderia', 'vorrei', 'vostro', 'vostri', 'vostra', 'potete', 'grazie',
  'пожалуйста', 'ваша', 'вашу', 'ваши', 'ваших', 'можно', 'спасибо', 'услуги', 'услуг', 'dzień', 'dobry', 'proszę', 'można',
  'państwa', 'usługi', 'dobrý', 'prosím', 'vaše', 'alabilir', 'miyim', 'öğrenebilir', 'nedir', 'hizmet', 'lütfen', 'anda',
  'bisa', 'tolong', 'layanan', 'produk', 'dziękuję', 'graag', 'alstublieft', 'hvad', 'vilken', 'vilket', 'tack', 'gärna',
  'kiitos', 'kérem', 'szolgáltatás', 'vreau', 'serviciu', 'serviciile', 'vaše', 'molim', 'vaša', 'vašu', 'servizio', 'servizi',
  'prodotti', 'produkte', 'produits', 'productos', 'produtos', 'товары', 'товар',
  // Session 10: "is it still available?", the marketplace form of the same inquiry.
  'still', 'available', 'disponible', 'disponível', 'verfügbar', 'noch', 'faites', 'fais', // "vous faites combien"
  // Greetings of the day in the same languages (the class `greeting` holds the one-word ones).
  'buongiorno', 'buonasera', 'buenos', 'buenas', 'días', 'dias', 'tardes', 'bonsoir', 'guten', 'morgen', 'abend', 'goedendag',
  'goedemiddag', 'добрый', 'день', 'вечер', 'доброго', 'dobrý', 'selamat', 'pagi', 'siang', 'malam', 'hyvää', 'päivää',
  'morgon', 'bună', 'buna', 'ziua', 'zdravo', 'labdien', 'sveiki', 'szia', 'napot', 'kívánok', 'shalom', 'namaste',
  // Session 9: Hindi "hello" and "its / your", Turkish "about": the inquiry's frame.
  'नमस्ते', 'इसकी', 'इसका', 'इसके', 'आपकी', 'आपका', 'आपके', 'hakkında', 'hakkinda',
  // Session 10: Zulu and Xhosa "hello" and "your".
  'sawubona', 'molo', 'yakho', 'yakhe', 'yenu',
  // Session 12: "write back / I await your answer", the close the inquiry bots add in every language
  // (it asks the owner to reply by e-mail): English, Danish, Norwegian, Swedish, German, Dutch,
  // Romanian, Spanish, Portuguese, French, Italian, Polish, Czech, Russian, Ukrainian, Turkish, Indonesian.
  'reply', 'write', 'back', 'answer', 'waiting', 'await', 'skriv', 'venligst', 'tilbage', 'tilbake', 'svara', 'svar', 'tillbaka',
  'antwort', 'antworten', 'zurück', 'antwoord', 'terug', 'aștept', 'răspuns', 'răspunsul', 'respuesta', 'responda', 'espero',
  'resposta', 'aguardo', 'réponse', 'répondre', 'attends', 'risposta', 'rispondere', 'attendo', 'odpowiedź', 'odpowiedzi',
  'odpisz', 'czekam', 'odpověď', 'čekám', 'ответ', 'ответа', 'ответьте', 'жду', 'відповідь', 'відповіді', 'чекаю', 'cevap',
  'cevabınızı', 'bekliyorum', 'balas', 'jawaban', 'tunggu',
  // Session 15: the inquiry's frame in more of its languages: Dutch "are / your (plural) / actually /
  // for this / regards", Turkish "I wonder / thanks", German "a short (answer)", Italian "hello /
  // have", English "curious".
  'zijn', 'jullie', 'eigenlijk', 'hiervoor', 'groetjes', 'acaba', 'teşekkürler', 'teşekkür', 'ederim', 'eine', 'kurze', 'kurz',
  'salve', 'avere', 'curious',
]));
/** A comment of at most this many other words of four letters or more can be only an inquiry. */
const INQUIRY_OTHER_WORDS = 1;
const GREETING_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.greeting);
const OWNER_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.owner);
const WANT_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.want);

/** "price" and "want to know" in scripts written without spaces, matched as substrings. */
const UNSPACED_PRICE = ['价格', '價格', '价钱', '報價', '报价', '価格', '値段', '料金', '가격', 'ราคา', '费用', '費用', '收费', '收費', '비용', '요금', '多少钱', '多少錢', 'いくら', '얼마'];
// Session 12: '知りた' is the stem of "want to know" in every tense (知りたい, 知りたかった).
const UNSPACED_WANT = ['想知道', '知りた', '想了解', '想问', '想問', '知りたい', '알고 싶', '알고싶', 'ต้องการทราบ', 'อยากทราบ', 'อยากรู้', '多少', 'いくら', '얼마', '教えて', '请问', '請問', 'เท่าไหร่', 'เท่าไร', 'ขอทราบ'];
const PRICE_AUTOMATON = buildAhoCorasick(UNSPACED_PRICE);
const WANT_AUTOMATON = buildAhoCorasick(UNSPACED_WANT);

/**
 * True when the comment repeats two Han or Hangul characters in a row from the post's title: in
 * scripts without spaces that is how a comment names the post's topic (時計 "watch", 가격표).
 */
function sharesTitleBigram(f: Features): boolean {
  const title = f.normalized.postTitle;
  const text = f.normalized.body.text;
  for (let i = 0; i + 1 < title.length; i++) {
    if (!isIdeographOrHangul(title.charCodeAt(i)) || !isIdeographOrHangul(title.charCodeAt(i + 1))) continue;
    if (text.includes(title.slice(i, i + 2))) return true;
  }
  return false;
}

function isIdeographOrHangul(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
}

function unspacedInquiry(f: Features): string {
  const text = f.normalized.body.folded;
  if (text.length > 80) return '';
  const price = PRICE_AUTOMATON.search(text);
  if (price.size === 0) return '';
  const want = WANT_AUTOMATON.search(text);
  if (want.size === 0) return '';
  return `${UNSPACED_WANT[[...want][0] as number]} … ${UNSPACED_PRICE[[...price][0] as number]}`;
}

/**
 * The other wordings of the inquiry (COST_WORDS, ASK_WORDS): a cost or price word and an asking
 * word, in a message that is only that: no digit, no link, no word of the post's title, and at
 * most one other word of four letters or more. "How much does it cost?" is the inquiry; "How much
 * did the Dutch oven cost?" names a thing and is a reader's question.
 */
/** Each inquiry word's roles, so the rule costs one lookup per word (it runs on every short comment). */
const COST = 1;
const ASK = 2;
const WHAT = 4;
const FILLER = 8;
const INQUIRY_ROLES = roleMap([
  [COST, COST_WORDS],
  [COST, PRICE_WORDS],
  [ASK, ASK_WORDS],
  [ASK, WANT_WORDS],
  [WHAT, WHAT_WORDS],
  [FILLER, INQUIRY_FILLER],
  [FILLER, GREETING_WORDS],
  [FILLER, OWNER_WORDS],
]);

function askedCost(f: Features): string {
  // The shared scan saw a price or cost word (suffixed forms included: word-classes.ts), or there is nothing to read.
  if ((scanOf(f).classes & (PRICE | COST_CLASS)) === 0) return '';
  let cost = '';
  let seen = 0;
  let other = 0;
  for (const w of f.words) {
    const role = INQUIRY_ROLES.get(w) ?? (COST_WORDS.has(w) ? COST : 0);
    if (role & COST && cost === '') cost = w;
    seen |= role;
    if (role === 0 && w.length >= 4 && ++other > INQUIRY_OTHER_WORDS) return '';
  }
  if (cost === '' || (seen & (ASK | WHAT)) === 0) return '';
  if (scanOf(f).digits > 0 || f.links.some((l) => l.source === 'body') || mentionsTopic(f) !== '') return '';
  return cost;
}

/**
 * Session 9: the barest inquiry, a greeting and "how much?" with the price left unsaid ("Hello,
 * how much?", "Bonjour, combien ?", "Здравствуйте, сколько?"). One word for "how much" in each
 * language (English needs "how" before "much").
 */
const HOW_MUCH: ReadonlySet<string> = new Set(withFoldedForms([
  'much', 'cuánto', 'cuanto', 'combien', 'quanto', 'сколько', 'скільки', 'колко', 'ile', 'kolik', 'koľko', 'koliko', 'hoeveel',
  'wieviel', 'berapa', 'magkano', 'kiek', 'cik', 'mennyi', 'mennyibe', 'paljonko', 'kaç', 'πόσο', 'कितना', 'كم', 'بكم', 'כמה',
  'teuer', // German "wie teuer": how expensive
]));
const BARE_MAX_WORDS = 8;
/** Greetings of the time of day (the class `greeting` holds the one-word ones). */
const DAY_GREETINGS: ReadonlySet<string> = new Set(withFoldedForms([
  'morning', 'evening', 'afternoon', 'buongiorno', 'buonasera', 'buenos', 'buenas', 'bonsoir', 'guten', 'goedendag', 'selamat',
  'dobry', 'dobrý', 'добрый', 'доброе', 'namaste', 'नमस्ते', 'merhaba', 'bună', 'здравствуйте', 'shalom',
]));
/** bareHowMuch's two needs, from the shared scan (scan-lists.ts): a word that asks, a greeting. */
const ASKS = 1;
const GREETS = 2;
const BARE_LIST = registerScanList(roleMap([[ASKS, HOW_MUCH], [ASKS, PRICE_WORDS], [GREETS, GREETING_WORDS], [GREETS, DAY_GREETINGS]]));

function bareHowMuch(f: Features): string {
  if (f.words.length > BARE_MAX_WORDS || f.words.length < 2) return '';
  // No word that asks, or no greeting, anywhere: nothing below can be found (most short comments).
  if ((listRolesOf(f, BARE_LIST) & (ASKS | GREETS)) !== (ASKS | GREETS)) return '';
  let asked = '';
  let greeted = false;
  for (let i = 0; i < f.words.length; i++) {
    const w = f.words[i] as string;
    if (HOW_MUCH.has(w) && (w !== 'much' || f.words[i - 1] === 'how')) asked = w;
    // Session 10: or the price word itself after a greeting ("Hi! Interested. Price?", "Ciao, mi dai il prezzo?").
    else if (PRICE_WORDS.has(w)) asked = w;
    else if (GREETING_WORDS.has(w) || DAY_GREETINGS.has(w)) greeted = true;
    else if (w.length >= 4 && (INQUIRY_ROLES.get(w) ?? 0) === 0) return '';
  }
  if (asked === '' || !greeted) return '';
  if (scanOf(f).digits > 0 || f.links.some((l) => l.source === 'body')) return '';
  return asked;
}

/** Words of a title that offers something for sale, in the languages the inquiry arrives in. */
const SALE_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'sale', 'selling', 'sell', 'sold', 'verkaufe', 'verkauf', 'zu verkaufen', 'venta', 'vendo', 'vende', 'vendre', 'vente',
  'vendita', 'продаю', 'продам', 'продажа', 'satılık', 'dijual', 'jual', 'koop', 'sprzedam', 'sprzedaż', 'myydään', 'eladó',
  'prodám', 'säljes', 'selges', 'sælges', 'à vendre',
]));

function forSalePost(title: string): boolean {
  if (title === '') return false;
  for (const w of title.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (SALE_WORDS.has(w)) return true;
  return false;
}

function pitchByPhrases(f: Features): string[] {
  const scan = scanOf(f);
  if (scan.phrases.length === 0) return NONE;
  const yours = phrasesOf(f, 'yours');
  if (yours.length === 0) return NONE;
  const offers = phrasesOf(f, 'offer');
  if (offers.length === 0) return NONE;
  const service = (scan.classes & SERVICE) !== 0 ? f.words.filter((w) => SERVICE_WORDS.has(w)) : [];
  if (service.length === 0 && offers.length < 2) return NONE;
  return [`"${yours[0]}" + ${offers.map((o) => `"${o}"`).join(', ')}${service.length > 0 ? ` (${[...new Set(service)].slice(0, 4).join(', ')})` : ''}`];
}

const by = (content: string): CommentInput => ({ content, author: { name: 'Mark', email: 'mark.seo@example.com' } });

export const OWNER_RULES: readonly Rule[] = [
  {
    id: 'TEXT_OWNER_PITCH',
    group: 'text',
    score: 3,
    description: 'A sales pitch to the site owner: "your website/business" (or the site\'s own address, "Dear owner", or "you" and the seller\'s clientele: "we run ads for holiday parks", or the terms, the result asked to be wanted or a call asked: "pay per lead", "do you want more visitors?"; the owner greeted by role; a seller who never says "you" but names a clientele or terms and a close) with an offer of SEO, traffic, design, content or social-media work; or a request to place a link in the owner\'s post paid in money or in kind (a link insertion or sponsored post; a payment, a sum, "in return", an exchange or the owner\'s price; "your", a seller or their client)',
    cap: OWNER_CAP,
    test: (f) => {
      const phrased = pitchByPhrases(f);
      if (phrased.length > 0) return phrased;
      // Session 11: or the same pitch read by its moves, in the wordings and languages the phrases miss (owner-pitch-roles.ts).
      const roles = pitchByRoles(f);
      // Second pass, session 12: or the link buyer's request, the pitch turned round (link-purchase.ts).
      return roles.length > 0 ? roles : linkPurchase(f);
    },
    examples: {
      hit: [
        by('Hi, I noticed that your website is not on the first page of Google. We offer affordable SEO services to boost your rankings.'),
        by('Hello admin, are you interested in more traffic for your business? Our team can redesign your site. Let me know if you want a free quote.'),
        by('Bonjour, nous proposons la refonte de votre site et plus de visibilité sur Google.'),
        by('Goedemorgen, uw website is traag en niet vindbaar. Ons bureau doet de redesign voor 399 euro, zal ik wat voorbeelden sturen?'),
        by('Hi! Your shop has lovely products but a tiny following. We grow engaged followers for small brands, 20% off the first month. Quick call this week?'),
        by('Dzień dobry, widzę, że Pani sklep internetowy prawie nie ma odwiedzających z Google. Oferujemy pozycjonowanie i kampanie reklamowe, pierwszy miesiąc za darmo. Czy mogę przesłać ofertę?'),
        by('Hello! I checked your website and it gets very few visitors from Google. We fix that with a simple monthly plan for small clubs. Shall I send the details?'),
        // Second pass, session 12: the link buyer, and a pitch that quotes the post's topic but asks for a call.
        by('Hi there, do you accept sponsored posts or a contextual link in your older articles? Our agency pays per placement, just tell me your fee.'),
        { content: 'Hello, your sourdough blog could rank far higher on Google. Our team builds SEO plans for food blogs. Free for a 10-minute call this week?', target: { postTitle: 'My everyday sourdough recipe' } },
        // Session 13: the close with no question mark.
        by('Good day, I went through your website and it loads slowly and ranks low for local searches. I am a freelance developer and can fix both within a week. Kindly reply if interested.'),
        // Session 15: the link paid in kind, the clientele with "you" only, the owner greeted by role with a starting price.
        by('Hello, could you add a link to our travel checklist inside your packing article? We would happily share your blog with our subscribers in return.'),
        by('Would you like more bookings this winter? We run Google ad campaigns for guest houses and only charge per enquiry. Free for a quick call?'),
        by('Dear owner, we run a directory with thousands of monthly visitors. List your workshop from only €12 per month and receive new bookings.'),
        // Session 16b: the terms or the wanted result for "your website", the owner greeted by role, the imperative close, no "you" at all.
        by('Hi, do you want more customers from local search? Our team can get you into the map results within 45 days. Reply YES and I will send the plan.'),
        by('Hello seller, your handmade rugs would sell well abroad. We set up and promote Etsy shops for makers, fee only $199. Reply to start.'),
        by('I write product descriptions and blog posts for small shops, $25 per article, delivered in 2 days. Reply with a topic and I will send a free sample.'),
      ],
      miss: [
        'Your website helped me fix my router, thanks!',
        'I noticed that your site loads slowly on mobile, the hero image is 4 MB.',
        'We offer a free trial of our product to students, see the pricing page.',
        { content: 'Your post on caching convinced our team to redesign the website, could you share the plugin list?', target: { postTitle: 'Redesign notes: caching and the website' } },
        'Your website is lovely, I printed the schedule for my gran. Can we bring our dogs to the fair on Sunday?',
        'Is this a sponsored post? If they paid you for it, please say so in your intro, we readers like to know.',
        // Session 13: a reader with a flat close word but no seller and trade of their own.
        'Your website was the only one that explained the permit rules clearly. I am interested in the spring workshop, our whole street wants to come.',
        // Session 15: a reader asking for a link with nothing offered; "we" doing the work for their own members.
        'Could you add a link to the meeting slides in your post? Some of us missed it and would love to read them.',
        'Would you like a copy of our map for the hall? We print walking maps for our members every spring and could send a few.',
        // Session 16b: a reader's "reply here", "Dear all" and "do you want more", a figure they paid.
        'Reply here if you want a lift to the rehearsal on Friday, we have two free seats and the fee for the hall is split.',
        'Dear all, thank you for the seed swap! We grow heritage tomatoes for the allotment and I can bring seedlings. Do you want more of the yellow ones?',
        'Tip for anyone booking: midweek trains were €40 cheaper for us. Book directly with the operator and check the strike calendar before you go.',
      ],
    },
  },
  {
    id: 'TEXT_PRICE_INQUIRY',
    requires: [{ maxWords: INQUIRY_MAX_WORDS }],
    group: 'text',
    score: 3,
    description: `A short message (at most ${INQUIRY_MAX_WORDS} words) that only asks the owner for "your price", in any language: the inquiry bots send machine-translated to every site`,
    cap: OWNER_CAP,
    test: (f) => {
      if (f.words.length > INQUIRY_MAX_WORDS) return NONE;
      // Session 10: on a post that sells something ("Selling my old road bike"), "how much?" is a buyer's question about the post.
      if (forSalePost(f.normalized.postTitle)) return NONE;
      const scan = scanOf(f);
      if ((scan.classes & PRICE) !== 0 && (scan.classes & WANT) !== 0) {
        const price = f.words.find((w) => PRICE_WORDS.has(w)) as string;
        return [`"${price}" in a ${f.words.length}-word message`];
      }
      const cost = askedCost(f);
      if (cost !== '') return [`"${cost}" asked in a ${f.words.length}-word message`];
      const bare = bareHowMuch(f);
      if (bare !== '') return [`greeting and "${bare}" alone`];
      if (!scan.unspaced) return NONE;
      const found = unspacedInquiry(f);
      // Session 11: "what did the repair cost?" about the post's own watch names the title's thing.
      return found === '' || sharesTitleBigram(f) ? NONE : [found];
    },
    examples: {
      hit: [
        'Hello, I wanted to know your price.',
        'Hola, quería saber su precio.',
        'Привет, я хотел узнать вашу цену.',
        'Xin chào, tôi muốn biết giá của bạn.',
        'Hai, saya ingin tahu harga Anda.',
        '你好，我想知道你的价格。',
        'Hallo, ich wollte Ihren Preis wissen.',
        'Kaixo, zure prezioa jakin nahi nuen.',
        'Selamat pagi, biayanya berapa?',
        'Good evening, how much?',
        'Buongiorno, quanto?',
        'Merhaba, fiyatlarınız nedir?',
        'Helo, roeddwn i eisiau gwybod eich pris.',
        'Përshëndetje, doja të di çmimin tuaj.',
        'Сәлем, мен сіздің бағаңызды білгім келді.',
        'নমস্কার, আমি আপনার দাম জানতে চেয়েছিলাম।',
        'Hello, how much does it cost?',
        'Hi, what are your rates? Please send me the details.',
        'Buongiorno, mi potete dire quanto costa il servizio?',
        'Добрый день, сколько стоят ваши услуги?',
        'Hyvää päivää, paljonko maksaa?',
        'Hallo, hoeveel kost het?',
        'こんにちは、料金はいくらですか？',
        'Good evening, what are the fees?',
        'Dobrý den, jaká je cena služby?',
        'Salam, qiymət nə qədərdir?',
        'Hello, is it still available? How much?',
        'Hi! Interested. Price?',
        'Hallo, wie teuer ist das?',
        // Session 12: "I am interested in your price", a reply request, "your price" as one word, the past "wanted to know".
        'Dzień dobry, interesuje mnie cena.',
        'Hei, hva koster det? Svar gjerne tilbake.',
        'مرحبا، أرغب في معرفة سعركم.',
        'こんにちは、値段を知りたかったです。',
        'Добрий день, мене цікавлять ваші ціни.',
        // Session 15: Irish ("your" lenites the word), Swedish "what do you charge", the Dutch frame.
        'Dia duit, ba mhaith liom do phraghas a fháil amach.',
        'Hej, vad tar ni betalt?',
        'Hallo, wat zijn jullie tarieven eigenlijk?',
      ],
      miss: [
        'How much?',
        'Hello, how much flour did you use?',
        'Hi, great price for a rye loaf!',
        'Kameranya bagus sekali, berapa harganya di toko online?',
        'What is the price of the Raspberry Pi 5 now?',
        'I wanted to know how you set up the reverse proxy, could you share the config? The price of managed hosting is too high for us and the docs are thin.',
        'Знаете, цена на такие платы выросла вдвое за год, я смотрел вчера в нескольких магазинах и везде одно и то же.',
        'How much did the cast iron skillet cost?',
        'Me interesa mucho el precio de la vivienda en mi barrio, subió otra vez este año y nadie sabe por qué pasa esto.',
        'How much does the 2 TB plan cost per month?',
        { content: 'How much does a sourdough loaf cost to bake at home?', target: { postTitle: 'Sourdough on a budget' } },
        'Thanks, could you share how you set the memory limit?',
        'What does the trail permit cost these days?',
        'What was the total cost of the kitchen remodel?',
        { content: 'Hi, how much do you want for it?', target: { postTitle: 'For sale: my old road bike' } },
        { content: 'この時計、修理の費用はいくらでしたか？', target: { postTitle: '祖父の腕時計を修理しました' } },
        // Session 15: "wrote about the price" in a reader's note that names things.
        'I wrote about the price of feed for lambs last winter on my own blog, it doubled.',
      ],
    },
  },
];
