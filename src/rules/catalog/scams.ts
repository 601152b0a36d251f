// Phishing and scams in any field: fake prize, payment and account notices that want the reader
// to call, text or open a page anyone can publish, and fake support lines (a brand, a
// customer-service phrase and a phone number). They share the family cap "notice": a fake notice
// with a phone number and a page-host link is one scam, not three.
import { FREE_HOSTS, PAGE_HOSTS, SHORTENERS, hostInSet } from '../lists/hosts.js';
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { nameWords } from './author.js';
import { authorUrlLinks, bareHost, bodyLinks } from './link-facts.js';
import { NONE } from './none.js';
import { classBit, listRolesOf, phrasesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';
import { findPhones } from './text-scan.js';
import { WORD_CLASSES } from './word-classes.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { namesSubjectOrAction, noticeRoles, noticeSubjectOrAction } from './notice-roles.js';

const NOTICE_CAP = { family: 'notice', max: 5 } as const;
const OWNER = classBit('owner');
/** Words that ask for a reply by text message, before a short code ("text WIN to 80080"). */
const REPLY_WORDS: ReadonlySet<string> = new Set(['txt', 'text', 'sms', 'send', 'reply', 'call', 'dial', 'ring']);

/**
 * Brands that fake support lines and account notices impersonate most (payment, crypto wallets and
 * exchanges, mail and device makers, antivirus, airlines, tax software): the companies whose
 * customers search for a phone number.
 */
export const IMPERSONATED_BRANDS: ReadonlySet<string> = new Set([
  'paypal', 'venmo', 'zelle', 'cashapp', 'coinbase', 'binance', 'metamask', 'blockchain', 'kraken', 'ledger', 'trezor', 'exodus',
  'trustwallet', 'robinhood', 'amazon', 'microsoft', 'windows', 'apple', 'icloud', 'itunes', 'norton', 'mcafee', 'avast',
  'quickbooks', 'intuit', 'turbotax', 'facebook', 'instagram', 'whatsapp', 'gmail', 'yahoo', 'outlook', 'hotmail', 'aol',
  'roadrunner', 'comcast', 'xfinity', 'verizon', 'att', 'spectrum', 'hp', 'epson', 'canon', 'netgear', 'linksys', 'delta',
  'expedia', 'lufthansa', 'emirates', 'airlines', 'airline', 'geeksquad', 'netflix', 'fedex', 'dhl', 'ups', 'usps',
  // Session 7: more of the brands support-line spam borrows (airlines and travel, wallets and
  // exchanges, accounting and antivirus software, printers, routers, streaming, banks, shops):
  // the list is long because any brand with a help desk is borrowed; the rule also needs a
  // support phrase and a phone number.
  'southwest', 'jetblue', 'qatar', 'klm', 'airfrance', 'airbnb', 'uber', 'lyft', 'doordash', 'opensea', 'xero', 'avg',
  'kaspersky', 'bitdefender', 'webroot', 'dell', 'lenovo', 'roku', 'hulu', 'disney', 'spotify', 'sbcglobal', 'bellsouth',
  'wellsfargo', 'irs', 'walmart', 'ebay', 'shopify', 'adobe', 'office365', 'uphold', 'bitget', 'bybit', 'okx', 'kucoin',
  // Session 15c: the phone and app-bank brands whose "service centre" lines are posted in Europe's smaller languages.
  'samsung', 'revolut', 'huawei', 'xiaomi',
]);

const phones = (f: Features): string[] => (scanOf(f).digitRun < 9 ? NONE : findPhones(f.normalized.body.text));

/** Distinct notice words of the body, in order (collected by the shared scan). */
const noticeWords = (f: Features): string[] => scanOf(f).noticeWords;

/** A 4–6 digit short code right after a reply word ("text WIN to 80080", "reply 12345"). */
function shortCode(words: readonly string[]): string {
  for (let i = 0; i < words.length; i++) {
    if (!REPLY_WORDS.has(words[i] as string)) continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const w = words[j] as string;
      if (w.length >= 4 && w.length <= 6 && /^\d+$/.test(w)) return `${words[i]} … ${w}`;
    }
  }
  return '';
}

/** Hosts where anyone's page can sit: page hosts, free hosts and shorteners in one set (one walk per link). */
const ANYONES_PAGES: ReadonlySet<string> = new Set([...PAGE_HOSTS, ...FREE_HOSTS, ...SHORTENERS]);

function isPageHostLink(l: Link): string {
  if (l.host === '') return '';
  const host = bareHost(l);
  if (hostInSet(host, ANYONES_PAGES) !== undefined) return host;
  // IPFS content addressed through any gateway: `/ipfs/<cid>` paths or `<cid>.ipfs.<gateway>` hosts.
  if (l.path.startsWith('/ipfs/') || l.path.startsWith('/ipns/') || host.includes('.ipfs.')) return host;
  return '';
}

/**
 * Session 16c: the notice's link given as the author URL, not in the body ("Reschedule delivery
 * here", the name linking to a page host): on a comment form the signature is a link too. Read
 * only with the notice's roles (an order to act and two of the reader's thing, a bad state, a fee,
 * a deadline), never its words alone: a developer's own site on a page host (github.io,
 * netlify.app) under a comment that congratulates or mentions an award is no notice.
 */
function authorPageHost(f: Features): string {
  for (const l of authorUrlLinks(f)) {
    const h = isPageHostLink(l);
    if (h !== '') return noticeRoles(f).length > 0 ? h : '';
  }
  return '';
}

/** The author name's impersonated brand and the body's account word or order, for a notice signed as the brand. */
function brandSigned(f: Features): string[] {
  const name = f.normalized.authorName.folded;
  if (name === '' || name.length > 60) return NONE;
  const brand = nameWords(f).find((w) => IMPERSONATED_BRANDS.has(w));
  if (brand === undefined) return NONE;
  const word = noticeSubjectOrAction(f);
  return word === '' ? NONE : [`signed "${f.normalized.authorName.text}"`, word];
}

const pair = (content: string, author?: string): CommentInput => (author === undefined ? content : { content, author: { name: author } });

/** Brands written as two ordinary words ("Cash App", "Trust Wallet"): one word alone is no brand. */
const TWO_WORD_BRANDS: ReadonlySet<string> = new Set([
  'cash app', 'trust wallet', 'american airlines', 'united airlines', 'spirit airlines', 'frontier airlines', 'alaska airlines',
  'british airways', 'crypto com', 'brother printer', 'hp printer', 'wells fargo', 'capital one', 'geek squad',
]);

function twoWordBrand(words: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    if (TWO_WORD_BRANDS.has(pair)) return pair;
  }
  return undefined;
}

/** The imperative of a support line ("call now", "dial", "llame", "appelez", "звоните"): the line asks to be called. */
const URGE_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'call', 'dial', 'ring', 'llame', 'llamenos', 'marque', 'appelez', 'composez', 'joignable', 'anrufen', 'rufen', 'wahlen',
  'chiama', 'chiamate', 'chiamaci', 'ligue', 'ligar', 'звоните', 'позвоните', 'звонить', 'телефонуйте', 'zadzwon', 'dzwon',
  'arayin', 'arayın', 'hubungi', 'bel', 'bellen', 'ring', 'soita', 'sunati', 'zavolejte', 'goi', 'gọi',
  // Session 15c: "reach us", and the imperative in Bulgarian, Albanian, Romanian, Croatian and Greek.
  'reach', 'обадете', 'telefononi', 'sunați', 'nazovite', 'καλέστε',
  // Second pass (after reading sets 18 and 19): "talk to an expert now", the line's other order.
  'talk',
  // Session 17c: "zəng edin" (Azerbaijani) and "kira" (Hausa), the call where Nigerian and Caucasian carriers' lines are faked.
  'zəng', 'kira',
]));
/** A caller's own story: past tense and first person, the reader who phoned and tells how it went. */
const TOLD_WORDS: ReadonlySet<string> = new Set(['called', 'phoned', 'rang', 'dialed', 'dialled', 'звонил', 'звонила', 'звонили']);
/** The comment tells a caller's own story ("I called their support at …"): a reader's complaint, not a line. */
const toldStory = (f: Features): boolean => f.words.some((w) => TOLD_WORDS.has(w));
/** The numbers the rule already read, or else the body's phone numbers (read only when a line's other signs are there). */
const numbersOrPhones = (f: Features, numbers: string[]): string[] => (numbers.length > 0 ? numbers : findPhones(f.normalized.body.text));
/** TEXT_FAKE_SUPPORT's numbers: the phones found, or a number run across the words when the digit run is long enough. */
function numbersIn(f: Features): string[] {
  const numbers = phones(f);
  return numbers.length === 0 && scanOf(f).digitRun >= 9 ? numberFromWords(f.words) : numbers;
}
const noNumbers = (): string[] => NONE;
/** North American toll-free prefixes: what a fake support line advertises so that anyone calls. */
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

/** Freephone prefixes elsewhere, as dialled at home: 0800 (much of Europe, Brazil, …), 8 800 (Russia), 1800 (Australia, India), 900 (Spain). */
const FREEPHONE_NATIONAL = ['0800', '08000', '8800', '1800', '900', '0801'];

function tollFree(phone: string): boolean {
  let digits = '';
  for (const ch of phone) if (ch >= '0' && ch <= '9') digits += ch;
  if (FREEPHONE_NATIONAL.some((p) => digits.startsWith(p)) && !phone.startsWith('+')) return true;
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length === 10 && TOLL_FREE.has(digits.slice(0, 3));
}

/**
 * A phone number written with separators the text scan does not read as a phone's ("1~800~555",
 * "1*800*555*0199", "1 • 800 • 555"): back-to-back number words of 9 to 15 digits in all.
 */
function numberFromWords(words: readonly string[]): string[] {
  let run: string[] = [];
  let digits = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = i < words.length ? (words[i] as string) : '';
    if (w !== '' && w.length <= 4 && /^\d+$/.test(w)) {
      run.push(w);
      digits += w.length;
      continue;
    }
    if (digits >= 9 && digits <= 15 && run.length >= 2) return [run.join('-')];
    run = [];
    digits = 0;
  }
  return [];
}

/** Digit words of the languages support lines are posted in ("oh" and a lone "o" are read as zero). */
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'], ['oh', '0'], ['o', '0'], ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'],
  ['seven', '7'], ['eight', '8'], ['nine', '9'], ['hundred', '00'], ['double', ''],
]);

/** "8oo" → "800", "555" → "555"; undefined unless the word is digits and letters o with a digit among them. */
function digitsWithOs(w: string): string | undefined {
  let digit = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c !== 111) return undefined;
  }
  return digit ? w.replace(/o/g, '0') : undefined;
}

/**
 * A phone number written in words or with letters for zeros, so that no digit run shows it:
 * "one eight hundred five five five zero one nine nine", "1.8OO.555.O199", "1-eight-hundred-555":
 * back-to-back digit words, numbers and number-like words (digits with the letter o for zero) of
 * 10 to 15 digits in all, at least one of them spelled. "Double" repeats the next digit.
 */
function spelledNumber(words: readonly string[]): string[] {
  let digits = '';
  let spelled = false;
  let repeat = false;
  let single = 0;
  for (let i = 0; i <= words.length && i < 400; i++) {
    const w = i < words.length ? (words[i] as string) : '';
    let d: string | undefined = DIGIT_WORDS.get(w);
    if (d === undefined && w !== '' && w.length <= 5) d = digitsWithOs(w);
    if (d === undefined && w.length >= 9) d = joinedDigits(w);
    if (d !== undefined && (d !== '' || w === 'double')) {
      if (w === 'double') repeat = true;
      else {
        digits += repeat ? d + d : d;
        repeat = false;
      }
      if (d !== w) spelled = true;
      // Session 10: one digit per word ("1 - 8 0 0 - 5 5 5 …") is a number spaced out so that no run shows it.
      if (w.length === 1 && ++single >= 7) spelled = true;
      continue;
    }
    if (spelled && digits.length >= 10 && digits.length <= 15) return [digits];
    digits = '';
    spelled = false;
    repeat = false;
    single = 0;
  }
  return [];
}

const SUPPORT_CLASS = classBit('support');
/** IMPERSONATED_BRANDS in the shared scan (scan-lists.ts): TEXT_FAKE_SUPPORT asks whether one is present on every comment with a support word. */
const BRAND_LIST = registerScanList(roleMap([[1, IMPERSONATED_BRANDS]]));

/** A listed brand, a support word and a toll-free number, no caller's story: the support line without its usual phrase. */
function brandTollFreeLine(f: Features, numbers: string[]): string[] {
  if ((scanOf(f).classes & SUPPORT_CLASS) === 0) return NONE;
  const brand = f.words.find((w) => IMPERSONATED_BRANDS.has(w));
  if (brand === undefined || toldStory(f)) return NONE;
  const found = numbersOrPhones(f, numbers);
  const free = found.find(tollFree);
  if (free === undefined) return NONE;
  const word = f.words.find((w) => SUPPORT_WORDS.has(w)) as string;
  return [`${brand}; "${word}"; ${free} (toll-free)`];
}
const SUPPORT_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.support);

/**
 * Session 15c: a listed brand, a support word, a phone number and the order to call it ("Call HP
 * printer support 1-…", "Reach QuickBooks support at …"), no caller's story: the line without a
 * toll-free number. A reader who names a brand's number tells what happened ("I called …").
 */
function brandCallLine(f: Features, numbers: string[]): string[] {
  const brand = f.words.find((w) => IMPERSONATED_BRANDS.has(w));
  const urge = f.words.find((w) => URGE_WORDS.has(w));
  if (brand === undefined || urge === undefined || toldStory(f)) return NONE;
  const found = numbersOrPhones(f, numbers);
  return found.length === 0 ? NONE : [`${brand}; "${urge}"; ${found[0]}`];
}

/**
 * Session 15c: the name a fake support line signs with is a desk, not a person ("Printer Help Desk",
 * "Oven Repair Hotline", "Airline Reservations"), in the languages these lines are posted in.
 */
const DESK_NAME_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'support', 'helpdesk', 'desk', 'hotline', 'helpline', 'service', 'servis', 'reservations', 'billing', 'help', 'assistance',
  'soporte', 'suporte', 'assistenza', 'kundenservice', 'kundendienst', 'поддръжка', 'поддержка', 'підтримка', 'destek', 'wsparcie',
  'podpora', 'asiakaspalvelu', 'kundeservice', 'kundtjanst', 'klantenservice',
]));

/** A desk's name signs the comment, and the body asks to call its number (or gives a toll-free one). */
function deskSignedLine(f: Features, numbers: () => string[]): string[] {
  const name = f.normalized.authorName.folded;
  if (name === '' || name.length > 80) return NONE;
  const desk = nameWords(f).find((w) => DESK_NAME_WORDS.has(w));
  if (desk === undefined || toldStory(f)) return NONE;
  const found = numbersOrPhones(f, numbers());
  if (found.length === 0) return NONE;
  const urge = f.words.find((w) => URGE_WORDS.has(w));
  const free = found.find(tollFree);
  if (urge === undefined && free === undefined) return NONE;
  return [`signed "${f.normalized.authorName.text}" ("${desk}"); ${free ?? found[0]}${free !== undefined ? ' (toll-free)' : ` ("${urge}")`}`];
}

/**
 * Session 10: digit words run together by hyphens, which the words stage joins into one word
 * ("one-eight-hundred-five-five-five" → "oneeighthundredfivefivefive"): read greedily, whole or not at all.
 */
const JOINED_DIGIT_WORDS: readonly (readonly [string, string])[] = [
  ['zero', '0'], ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'],
  ['eight', '8'], ['nine', '9'], ['hundred', '00'],
];
function joinedDigits(w: string): string | undefined {
  if (w.length < 9 || w.length > 120) return undefined;
  let out = '';
  let i = 0;
  while (i < w.length) {
    const hit = JOINED_DIGIT_WORDS.find(([word]) => w.startsWith(word, i));
    if (hit === undefined) return undefined;
    out += hit[1];
    i += hit[0].length;
  }
  return out;
}

/** "24/7", "24 hours", "24h": the hours of a line that never closes. */
/** Round-the-clock hours in words, in the languages support lines are posted in. */
const ALWAYS_OPEN = ['round the clock', 'around the clock', 'rund um die uhr', 'круглосуточно', 'jour et nuit', 'día y noche', 'a qualquer hora', 'sepanjang waktu', '7 gün 24', 'dag en nacht'];

function roundTheClock(text: string): boolean {
  const lower = text.length <= 2000 ? text.toLowerCase() : '';
  if (ALWAYS_OPEN.some((p) => lower.includes(p))) return true;
  const i = text.indexOf('24');
  if (i < 0) return false;
  const after = text.slice(i + 2, i + 10).toLowerCase();
  // Session 17c: "7/24", the same promise written week first (Turkish, Azerbaijani, much of Europe).
  if (i >= 2 && text.slice(i - 2, i) === '7/') return true;
  return after.startsWith('/7') || after.startsWith(' hours') || after.startsWith('h') || after.startsWith(' h') || after.startsWith(' час') || after.startsWith(' horas') || after.startsWith(' heures') || after.startsWith(' stunden') || after.startsWith(' ore');
}

export const SCAM_RULES: readonly Rule[] = [
  {
    id: 'TEXT_PRIZE_NOTICE',
    requires: [{ wordClass: 'owner' }, { wordClass: 'notice' }],
    group: 'text',
    score: 3,
    description: 'Reads like a fake prize, payment or account notice to "you" (three or more notice words such as won, prize, claim, pending, verify) with a way to respond: a phone number, a short code, a link or an address',
    cap: NOTICE_CAP,
    test: (f) => {
      const scan = scanOf(f);
      if ((scan.classes & OWNER) === 0 || scan.noticeWords.length < 3) return NONE;
      const words = scan.noticeWords;
      const means = phones(f)[0] ?? shortCode(f.words) ?? '';
      const link = bodyLinks(f)[0];
      let how = means !== '' ? means : link !== undefined ? link.url : f.emails.some((e) => e.source === 'body') ? 'e-mail address' : '';
      if (how === '') {
        const host = authorPageHost(f);
        if (host !== '') how = `author URL ${host}`;
      }
      return how === '' ? NONE : [`${words.slice(0, 6).join(', ')}; respond: ${how}`];
    },
    examples: {
      hit: [
        'Congratulations! You have been selected to receive a cash prize. Call 0800 555 0199 now to claim.',
        'URGENT: your account is suspended. Verify your payment details here https://example-secure.xyz/login',
        'You won a gift voucher! Text CLAIM to 80080 before it expires.',
        'Your refund of $320 is pending. Confirm your wallet to claim it: https://ipfs.io/ipfs/bafyexample',
        { content: 'Your parcel delivery failed: an unpaid customs fee is due. Pay it within 24 hours to reschedule.', author: { name: 'Parcel Desk', url: 'https://parcel-desk.web.app' } },
      ],
      miss: [
        'Congratulations on the new job, you deserve it!',
        'I won a prize at the science fair with this project, thank you for the idea',
        'My account was locked too after the update; support fixed it in a day.',
        { content: 'Congratulations on the award! You won it fair and square, the free entry draw was a nice touch.', author: { name: 'Kim', url: 'https://kim.github.io' } },
      ],
    },
  },
  {
    id: 'LINK_NOTICE_PAGE_HOST',
    group: 'links',
    score: 2.5,
    description: 'A notice (two or more words such as claim, prize, verify, wallet, payment; or, in any of the languages it is sent in, an order to verify, confirm, update or pay with two of: an account, card or parcel, a blocked or failed state, a fee, a deadline) links to a publish-anything page host, document host, free host, shortener or IPFS gateway: the shape of phishing',
    cap: NOTICE_CAP,
    requires: ['links'],
    test: (f) => {
      if (f.links.length === 0) return NONE;
      let words = noticeWords(f);
      // Session 15c: or the notice's roles in any of its languages (notice-roles.ts): an order to
      // act and two of the reader's thing, its bad state, a fee and a deadline.
      if (words.length < 2) words = noticeRoles(f);
      // Or signed with a brand people get account notices from ("Apple ID", "PayPal Service") and
      // naming the reader's account or an order to act: a brand does not comment through a page
      // host. Read last, once a page-host link is known to be there (most linked comments have a name).
      const signed = words.length < 2;
      if (signed && (f.normalized.authorName.folded === '' || !namesSubjectOrAction(f))) return NONE;
      const hosts: string[] = [];
      for (const l of bodyLinks(f)) {
        const h = isPageHostLink(l);
        if (h !== '' && !hosts.includes(h)) hosts.push(h);
      }
      if (hosts.length === 0 && !signed) {
        const author = authorPageHost(f);
        if (author !== '') hosts.push(`${author} (author URL)`);
      }
      if (hosts.length === 0) return NONE;
      if (signed) words = brandSigned(f);
      return words.length < 2 ? NONE : [`${words.slice(0, 4).join(', ')} → ${hosts.join(', ')}`];
    },
    examples: {
      hit: [
        'Claim your reward now: https://sites.google.com/view/reward-center-claim',
        'Payment pending, verify at https://telegra.ph/Payment-Confirmation-01-01',
        'Airdrop is live, connect your wallet: https://bafybeigdyrexample.ipfs.dweb.link/',
        'Tu tarjeta fue rechazada. Actualice sus datos en 24 horas: https://pagos-aviso.pages.dev',
        'Ihr Paket liegt beim Zoll. Bitte bezahlen Sie die Gebühr hier: https://zustellung-info.web.app',
        'Your subscription renewal failed. Update your card to avoid cancellation: https://renew-now.netlify.app',
        { content: 'A sign-in from a new device was noticed. If it was not you, secure your account: https://id-check.weebly.com', author: { name: 'PayPal Security' } },
        { content: 'Your licence renewal payment has failed. Confirm your account details within 48 hours to avoid suspension.', author: { name: 'Licensing Team', url: 'https://licence-renew.web.app/verify' } },
      ],
      miss: [
        'Payment docs: https://docs.stripe.com/payments',
        'My notes on the meetup: https://docs.google.com/document/d/abc',
        'Claim your prize at https://example.com/prizes',
        'Me llegó esto: "su cuenta ha sido bloqueada, confirme sus datos". Es una estafa, no entren a https://aviso-banco.pages.dev',
        'Update: the account page works now, my notes are at https://kim.github.io/notes',
        'I wrote up how to move a card reader to the new firmware: https://kim.github.io/card-reader',
        { content: 'Scam alert: a fake "secure your account" page is going round, https://id-check.weebly.com, do not log in.', author: { name: 'PayPal Fan' } },
        { content: 'Payment went through and the account page works now, thanks for the tip about the update.', author: { name: 'Kim', url: 'https://kim.github.io' } },
        { content: 'Got one of these too: "your parcel is held, pay the fee within 48 hours". Fake, ignore it.', author: { name: 'Kim', url: 'https://kim.netlify.app' } },
      ],
    },
  },
  {
    id: 'TEXT_FAKE_SUPPORT',
    requires: [{ anyOf: [{ phrase: 'support' }, { wordClass: 'support' }, 'digits'] }],
    group: 'text',
    score: 4,
    description: 'A fake support line: a brand people call for help, a customer-service phrase and a phone number; or a brand, a support word, a number and the order to call it; or a number to call signed with a desk\'s name (help desk, hotline, reservations)',
    cap: NOTICE_CAP,
    test: (f) => {
      // Session 11: the cheap exits first. Without a support phrase the only way to a hit is
      // brandTollFreeLine, which needs a support word (the scan's class bit) and a listed brand:
      // without them no number is looked for (findPhones over a long body was most of this rule's cost).
      const scan = scanOf(f);
      const phrased = scan.phrases.length !== 0 && phrasesOf(f, 'support').length !== 0;
      // Session 15c: with no support word at all, only a desk's name as the signature can make it one.
      if (!phrased && (scan.classes & SUPPORT_CLASS) === 0) return scan.digitRun >= 9 ? deskSignedLine(f, noNumbers) : NONE;
      // Session 15c: without a support phrase, a listed brand or a desk's name as the signature.
      const branded = listRolesOf(f, BRAND_LIST) !== 0;
      if (!phrased && !branded && f.normalized.authorName.folded === '') return NONE;
      // With neither, only a desk's name can make it one: the numbers (findPhones over the body) are
      // read only once deskSignedLine has found the desk.
      if (!phrased && !branded) return scan.digitRun >= 9 ? deskSignedLine(f, () => numbersIn(f)) : NONE;
      let numbers = numbersIn(f);
      // Session 10: without a support phrase, a listed brand, a support word and a toll-free number
      // ("Epson printer support: 1–800–555–0188") are the line too.
      if (!phrased) {
        const line = brandTollFreeLine(f, numbers);
        return line.length > 0 ? line : brandCallLine(f, numbers);
      }
      // Session 9: a number spelled out or spaced ("one eight hundred five five five …",
      // "1.8OO.555.O199"), read only once a support phrase is known to be there.
      // Session 10: a number the digit-run gate did not read ("+44 7700 900123"), once a support phrase is there.
      numbers = numbersOrPhones(f, numbers);
      if (numbers.length === 0) numbers = spelledNumber(f.words);
      if (numbers.length === 0) return NONE;
      const support = phrasesOf(f, 'support');
      if (support.length === 0) return NONE;
      const brand = f.words.find((w) => IMPERSONATED_BRANDS.has(w)) ?? twoWordBrand(f.words);
      if (brand !== undefined) return [`${brand}; "${support[0]}"; ${numbers[0]}`];
      // Session 8: any brand can be borrowed, so without a listed one the line's own shape
      // decides: a toll-free number (1-800, 833, 844, 855, 866, 877, 888) or a call to call
      // ("call / dial / звоните / llame") or round-the-clock hours beside the number, and no
      // first-person story ("I called their support at …" is a reader's complaint).
      if (toldStory(f)) return NONE;
      const free = numbers.find(tollFree);
      const urge = f.words.find((w) => URGE_WORDS.has(w));
      if (free === undefined && urge === undefined && !roundTheClock(f.normalized.body.text)) return NONE;
      return [`"${support[0]}"; ${free ?? numbers[0]}${free !== undefined ? ' (toll-free)' : urge !== undefined ? ` ("${urge}")` : ' (24/7)'}`];
    },
    examples: {
      hit: [
        'Coinbase customer service number +1 (888) 555-0142 call now for wallet issues',
        pair('PayPal support team toll free 1-800-555-0199, 24/7 help'),
        'Call the QuickBooks technical support number 1 844 555 0133 for errors',
        'Cash App refund desk: call now +1 (866) 555-0102 for failed transfers',
        'Need to rebook? American Airlines reservations number 1-833-555-0121, live agent 24/7',
        'Printer not responding? Our helpline 1 (844) 555 0107 is open round the clock.',
        'Atención al cliente de la aerolínea: llame al +34 900 555 123 ahora mismo.',
        'Горячая линия банка: звоните 8 800 555 11 22 в любое время.',
        'Wallet locked? Support desk: 1~888~555~0163, call now.',
        'Kundenservice Hotline der Bank: 0800 555 4400 kostenlos',
        'Antivirus renewal problem? Call now: eight four four, five five five, zero one six two.',
        'Bank hotline 1 8OO 555 O177 open all day',
        'Epson printer support: 1–800–555–0188, technicians on duty',
        'Outlook help line one-eight-hundred-five-five-five-zero-one-one-two',
        'Printer shows offline? Call HP printer support at +1 (312) 555-0148, technicians on duty tonight.',
        { content: 'Oven not heating? call 1 (877) 555 0110 now, engineers for all makes.', author: { name: 'Oven Repair Hotline' } },
        { content: 'Boiler down? Ring 0800 555 0133 today, engineers across the county.', author: { name: 'Boiler Helpline' } },
        { content: 'Change or cancel any flight: call our team on +44 20 7946 0321 today.', author: { name: 'Airline Reservations Desk' } },
      ],
      miss: [
        'I called customer service at 0800 555 0100 and they were no help',
        'PayPal support told me to wait three days',
        'Our support number is in the footer of the docs',
        'I called their helpline at 1-800-555-0100 twice and nobody picked up.',
        'The hotline number changed last year, it is 0301 5550 1234 now.',
        'Call now, I said, and the help line rang one two three times before anyone answered.',
        'I phoned Epson support at 1-800-555-0188 and they sent a new print head.',
        'Epson support told me the printer is out of warranty; the shop charges 80 for a new head.',
        'Apple support is on the page https://support.apple.com/contact, call them rather than the shop.',
        { content: 'I phoned the help desk at +44 20 7946 0321 twice and they sorted the login.', author: { name: 'IT Help Desk' } },
        { content: 'Our team answers the phone on +44 20 7946 0321 during office hours if the form breaks.', author: { name: 'Maria from Support' } },
      ],
    },
  },
];
