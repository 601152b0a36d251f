// Session 17c: the notice's own link, where it is not on a page anyone can publish. Phishing kits
// also run on domains of their own, and the anti-phishing projects' write-ups (APWG's reports,
// PhishTank's and OpenPhish's feeds, the postal services' and tax offices' warnings) describe the
// address the same way: the act it asks for is in its path ("/verify", "/claim", "/renew",
// "/refund", "/login"), or the brand it impersonates is a label of a host that is not the brand's
// ("royalmail-redelivery.…", "dvla-refund.…"). Read only with the notice's roles (notice-roles.ts:
// an order to act and two of the reader's thing, a bad state, a fee, a deadline; no word that
// names it a scam) and addressed to "you", never in the first person singular: a reader's own
// how-to link or tip has the address words but not the notice, and a reader's warning names the scam.
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { bareHost, onPostSite, postHostOf } from './link-facts.js';
import { BRANDS } from './lookalike-hosts.js';
import { NONE } from './none.js';
import { noticeRoles, warnsOfNotice } from './notice-roles.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { findPhones } from './text-scan.js';
import { classBit, listRolesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';
import { IMPERSONATED_BRANDS } from './scams.js';
import { M_FIRST_PERSON } from './machine-words.js';

const OWNER = classBit('owner');

/**
 * The salutation of a bank's, carrier's or shop's mass notice: "Dear customer", "Dear valued
 * user", "Уважаемый клиент", "Hörmətli müştəri", "ውድ ደንበኛ". Consumer-protection warnings quote
 * it as the mark of the fake notice, and a blog reader never addresses the site's readers so.
 * Category vocabulary in the languages such notices are sent in: the respectful "dear" and the
 * word for the customer, client, user or subscriber (the noun in the vocative where the language
 * has one). Latin diacritics are folded as body words are.
 */
const DEAR = new Set(withFoldedForms([
  'dear', 'valued', 'estimado', 'estimada', 'querido', 'querida', 'prezado', 'prezada', 'caro', 'cara', 'cher', 'chère',
  'geehrter', 'geehrte', 'lieber', 'liebe', 'gentile', 'уважаемый', 'уважаемая', 'шановний', 'шановна', 'құрметті', 'hörmətli',
  'değerli', 'sayın', 'szanowny', 'szanowna', 'vážený', 'vážená', 'kedves', 'stimate', 'stimată', 'beste', 'geachte', 'ውድ',
  'quý', 'عزيزي', 'عزيزتي', 'yth',
]));
const CUSTOMER = new Set(withFoldedForms([
  'customer', 'client', 'user', 'member', 'subscriber', 'cliente', 'usuario', 'usuário', 'utilisateur', 'abonné', 'kunde',
  'kundin', 'клиент', 'пользователь', 'абонент', 'клієнте', 'клієнт', 'müştəri', 'müşterimiz', 'müşteri', 'kliencie',
  'zákazníku', 'ügyfelünk', 'ügyfelünkre', 'klant', 'ደንበኛ', 'khách', 'عميل', 'العميل', 'عميلنا', 'pelanggan',
]));
/** A desk after the customer word: the salutation then names a company's service, which readers write to. */
const DESK_AFTER: ReadonlySet<string> = new Set(['service', 'services', 'support', 'care', 'team']);
/** DEAR in the shared scan (scan-lists.ts): a comment with no such word has no salutation, and its first words are not looked up. */
const DEAR_LIST = registerScanList(roleMap([[1, DEAR]]));
/** Words read for the salutation: it opens the notice (after a "Hello" at most). */
const SALUTATION_WORDS = 4;

/** The notice's salutation among the first words ("dear … customer"), or ''. */
function salutation(words: readonly string[]): string {
  const n = Math.min(words.length, SALUTATION_WORDS);
  for (let i = 0; i + 1 < n; i++) {
    if (!DEAR.has(words[i] as string)) continue;
    for (let j = i + 1; j < Math.min(n, i + 3); j++) {
      // "Dear customer service / support": a reader addressing a company's desk, not its notice.
      if (CUSTOMER.has(words[j] as string) && !DESK_AFTER.has(words[j + 1] as string)) return `${words[i]} ${words[j]}`;
    }
  }
  return '';
}

/** A way to answer the notice: a link that is not a well-known site nor the post's own, or a phone number in the text. */
function noticeReach(f: Features): string {
  const post = postHostOf(f);
  for (const l of f.links) {
    if (l.host === '' || (l.source !== 'body' && l.source !== 'anchor' && l.source !== 'author.url')) continue;
    if (!onPostSite(l, post) && wellKnownSite(l.host) === undefined) return bareHost(l);
  }
  return scanOf(f).digitRun >= 9 ? (findPhones(f.normalized.body.text)[0] ?? '') : '';
}

function noticeSalutation(f: Features): string[] {
  if (listRolesOf(f, DEAR_LIST) === 0) return NONE;
  const greeting = salutation(f.words);
  if (greeting === '' || warnsOfNotice(f)) return NONE;
  const reach = noticeReach(f);
  return reach === '' ? NONE : [`"${greeting}" → ${reach}`];
}

/** Path words of a phishing page's address: the act the notice orders. Category vocabulary of phishing URLs, English as the kits write them. */
const ACT_PATH_WORDS: ReadonlySet<string> = new Set([
  'verify', 'verification', 'validate', 'claim', 'renew', 'renewal', 'refund', 'redeliver', 'redelivery', 'reschedule', 'unlock',
  'reactivate', 'restore', 'confirm', 'confirmation', 'login', 'signin', 'secure', 'billing', 'recover', 'recovery',
]);

/** Short brand names that are also ordinary host labels ("start-ups", "att" for attachments, "mail", "live"). */
const COMMON_LABELS: ReadonlySet<string> = new Set(['ups', 'att', 'avg', 'mail', 'live', 'office', 'delta', 'canon', 'apple', 'windows', 'exodus', 'ledger', 'spectrum', 'steam', 'chase', 'uber']);

/** Brands whose name a phishing host borrows (the support-line and look-alike lists together). */
const HOST_BRANDS: ReadonlySet<string> = new Set([...IMPERSONATED_BRANDS, ...BRANDS].filter((b) => b.length >= 3 && !COMMON_LABELS.has(b)));

/** What in the link's address names the notice: an act word of its path, or a brand as a label of its host; '' if none. */
function actOrBrand(l: Link): string {
  for (const w of l.path.split(/[^a-z]+/)) if (ACT_PATH_WORDS.has(w)) return `${bareHost(l)}${l.path.slice(0, 40)}`;
  for (const label of bareHost(l).split(/[.-]/)) if (HOST_BRANDS.has(label)) return `${bareHost(l)} ("${label}")`;
  return '';
}

function noticeLink(f: Features): string[] {
  // A notice speaks to "you" in the company's name, never as "I": a reader's own tip or story does.
  // FIRST_PERSON (flattery-words.ts) is MACHINE_WORDS' M_FIRST_PERSON: the scan's or of it, not a lookup per word.
  const scan = scanOf(f);
  if ((scan.classes & OWNER) === 0 || (scan.machineWords & M_FIRST_PERSON) !== 0) return NONE;
  const post = postHostOf(f);
  let found = '';
  for (const l of f.links) {
    if (l.host === '' || l.isIp || (l.source !== 'body' && l.source !== 'anchor' && l.source !== 'author.url')) continue;
    if (onPostSite(l, post) || wellKnownSite(l.host) !== undefined) continue;
    found = actOrBrand(l);
    if (found !== '') break;
  }
  if (found === '') return NONE;
  const roles = noticeRoles(f);
  return roles.length === 0 ? NONE : [`${roles.join(', ')} → ${found}`];
}

const notice = (content: string, url = ''): CommentInput => ({ content, author: { name: 'Notice', url } });

export const NOTICE_LINK_RULES: readonly Rule[] = [
  {
    id: 'TEXT_NOTICE_SALUTATION',
    group: 'text',
    score: 3,
    cap: { family: 'notice', max: 5 },
    description: 'Opens as a mass notice does ("Dear customer", "Dear valued user", "Уважаемый клиент", "Hörmətli müştəri", in a score of languages) and gives a link (not a well-known site) or a phone number to answer it, no word naming a scam: a bank, carrier or shop notice posted as a comment',
    requires: [{ anyOf: ['links', 'digits'] }, { minWords: 2 }],
    test: (f) => (f.words.length < 2 ? NONE : noticeSalutation(f)),
    examples: {
      hit: [
        'Dear customer, a bonus of 50 points was added to your card. Activate it here: https://card-bonus.example.kz/activate',
        'Уважаемый клиент! Ваш бонус зачислен, подтвердите карту: https://bonus.example.ru/verify',
        { content: 'Dear valued user, your mailbox is almost full. Upgrade storage today.', author: { name: 'Mail Admin', url: 'https://mail-upgrade.example.web.app' } },
        'Estimado cliente, llame al +34 912 555 013 para recibir su premio.',
      ],
      miss: [
        'Dear customer service: why is this so hard? Anyway, the guide at https://en.wikipedia.org/wiki/Phishing helped.',
        'Got a "Dear customer, your card is blocked" text today with https://card-check.example.com — it is a scam, do not click.',
        'Dear Anna, thanks for the recipe, my version is at https://kimbakes.example.com/bread',
        'Thanks for the write-up. Dear customer is how my bank still starts its letters, sadly.',
        { content: 'Dear customer service of the ferry line: the timetable page is wrong again.', author: { name: 'Kim', url: 'https://kim.example.dev' } },
      ],
    },
  },
  {
    id: 'LINK_NOTICE_ACT_URL',
    group: 'links',
    score: 3,
    cap: { family: 'notice', max: 5 },
    description: 'A notice to "you" (an order to verify, confirm, pay, claim or renew with two of: an account, card, parcel or domain, a bad state, a fee, a deadline) links a page (in the body or as the author URL) whose path names that act (/verify, /claim, /renew, /refund, /login) or whose host borrows a brand\'s name as a label: phishing on a domain of its own',
    requires: ['links', { wordClass: 'owner' }],
    test: (f) => (f.links.length === 0 ? NONE : noticeLink(f)),
    examples: {
      hit: [
        'NOTICE: your domain expires today. Renew now to avoid losing your email: https://domain-renewals.example.net/renew',
        notice('We could not deliver your parcel. A customs fee is due, pay within 48 hours to reschedule.', 'https://royalmail-parcels.example.com/track'),
        notice('You are owed a tax refund. Claim it today before it expires.', 'https://tax-office.example.com/claim'),
      ],
      miss: [
        // A reader's warning names the scam.
        'Beware: "your domain expires today, renew now to avoid losing your email" is a scam, see https://domain-renewals.example.net/renew',
        // A reader's own story about their account, with a help page: no order plus two roles addressed to the reader.
        'My card was declined at checkout, so I used the guide at https://kim.example.dev/verify-steps instead.',
        // The notice's words with an ordinary page.
        notice('Your parcel is held and a customs fee is due: pay within 48 hours.', 'https://kim.example.dev/notes'),
        // A reader tip on renewing, no bad state, no fee.
        'Tip: renew your domain early, the registrar page is https://registrar.example.com/renew',
        // A reader's tip in the first person, with the notice's roles.
        'Renew your domain early: my registrar mails a reminder a month before it expires, see https://registrar.example.com/renew',
      ],
    },
  },
];
