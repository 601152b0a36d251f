// The paid link request to the site owner, read by its moves (split from owner-pitch-roles.ts in
// session 16: it is the owner pitch turned round and reads the same second person and seller roles).
import type { Features } from '../../types.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { MAX_WORDS, OWNER, OWNER_WORDS, ROLES, ROLE_LIST, SELLER, SUM, YOURS } from './owner-pitch-roles.js';
import { listRolesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';

// Second pass, session 12 (after reading set 6): the link buyer. SEO outreach writes to site owners
// to buy a link in an existing post ("link insertion", "sponsored post", "contextual / dofollow
// link") and names payment ("we'd pay", "a fee", "budget is flexible"). Publishers' forums and
// guides to outreach describe it in those words; it is the same pitch turned round (the owner is
// paid), so it reads the same second person and seller, with placement and payment as its moves.
//
// Session 15: the deal is not always money. Outreach guides and publishers' complaints describe the
// same request paid in kind ("happy to return the favour", "one link in return", "a link exchange",
// "swap links") or as a question about the owner's terms ("your guidelines and pricing", "what do
// you charge", Polish "cennik"), and the price named as a sum ("$60 per link", "70 EUR"). A reader
// who asks for a link (to slides, a fix) offers nothing back; one who asks "did they pay you?" uses
// the past and offers nothing either.
const PLACEMENT = 1;
const LINK = 2;
const PAY = 4;
const CLIENT = 8;
/** Session 15: the link paid in kind or the terms asked for ("exchange", "swap", "favour", "pricing", "charge"). */
const DEAL = 16;
/** Session 15: "return", read as a deal only after "in" ("one link in return"; "return the favour" is read by "favour"). */
const RETURN = 32;
/** Session 15: a requester who buys or places ("I can pay", "I want to buy", "I am interested in publishing"). */
const BUYS = 64;
/** Session 15: the owner addressed by role rather than "your" ("Dear editor"). */
const ADDRESSEE = 128;

const BUYER_ROLES = roleMap([
  // What is bought, in the words of the trade (English, which the outreach is mostly written in,
  // and the German, Polish, Spanish, French and Dutch words for a sponsored or guest article).
  [PLACEMENT, withFoldedForms([
    'insertion', 'insertions', 'sponsored', 'dofollow', 'contextual', 'backlink', 'backlinks', 'linkback', 'gastbeitrag',
    'gastartikel', 'sponsorowany', 'sponsorowane', 'sponsorowanego', 'patrocinado', 'patrocinada', 'sponsorisé',
    'sponsorisée', 'gesponsord', 'gesponsorde',
    // Session 15: the placement itself ("a permanent placement"). Not "guest": two clubs swapping
    // guest write-ups with no link named are not buying one (a hard ham of set 5).
    'placement', 'placements',
  ])],
  // Session 15: and "linking" ("would you mind linking it from your post?").
  [LINK, ['link', 'links', 'mention', 'linking',
    // Second pass, session 16b: the guest writer's "author bio", the link a free article is paid with.
    'bio']],
  // The payment offered (present and future: "we'd pay", "a fee"; a reader asks whether someone "paid").
  [PAY, withFoldedForms([
    'pay', 'fee', 'fees', 'budget', 'compensate', 'compensation', 'payment', 'paypal', 'zapłacimy', 'zapłacę', 'bezahlen',
    'honorar', 'vergütung', 'pagar', 'pagamos', 'payer', 'rémunération', 'betalen', 'vergoeding',
  ])],
  // The buyer's client, for whom outreach agents write ("I have a client in the … niche").
  [CLIENT, ['client', 'klient', 'klienta', 'cliente', 'kunde', 'klant']],
  [DEAL, withFoldedForms([
    'exchange', 'swap', 'swapping', 'favour', 'favor', 'pricing', 'charge', 'rates', 'cennik', 'preisliste', 'tarifs', 'tarifas',
    // Second pass, session 15: "do you sell link placements?", and the deal called a cooperation or a collaboration.
    'sell', 'cooperation', 'collaboration',
    // Second pass, session 16b: "please quote your rate".
    'rate',
  ])],
  [RETURN, ['return']],
  [BUYS, ['buy', 'buying', 'purchase', 'purchasing', 'pay', 'publish', 'publishing', 'contribute', 'contributing', 'place', 'placing']],
  [ADDRESSEE, ['editor', 'editors', 'webmaster', 'admin']],
]);
const BUYER_LIST = registerScanList(BUYER_ROLES);

const BUYER_MIN_WORDS = 12;

/** "I" a few words before a verb of buying or placing ("I can pay", "I am interested in buying"). */
function firstPersonBuyer(words: readonly string[], roles: ReadonlyMap<string, number>): string {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as string;
    // Second pass, session 16b: or "would love / like to place", however far from "I".
    if (((roles.get(w) ?? 0) & BUYS) !== 0 && words[i - 1] === 'to' && (words[i - 2] === 'love' || words[i - 2] === 'like')) return `${words[i - 2]} to ${w}`;
    // (and "I'll", "I'm" as the tokenizer writes them)
    if (w !== 'i' && w !== 'id' && w !== 'ill' && w !== 'im') continue;
    for (let j = i + 1; j <= i + 8 && j < words.length; j++) if (((roles.get(words[j] as string) ?? 0) & BUYS) !== 0) return `${w} … ${words[j]}`;
  }
  return '';
}

/**
 * Second pass, session 15: the payment offered in so many words ("happy to pay an editing fee", "we
 * can pay", "willing to compensate"): "pay" after "to" or a modal is the requester's offer; a
 * reader's "did they pay you?" has neither.
 */
const OFFERING: ReadonlySet<string> = new Set(['to', 'can', 'could', 'will', 'would', 'ill', 'id', 'wed', 'gladly', 'happily']);
function offersPayment(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) if ((words[i] === 'pay' || words[i] === 'compensate') && OFFERING.has(words[i - 1] as string)) return true;
  return false;
}

/** "in return": the reciprocity, not a reader's "return to the post" or "could you return the link?". */
function inReturn(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) if (words[i] === 'return' && words[i - 1] === 'in') return true;
  return false;
}

/** Evidence of a paid link request to the owner, or [] (a placement, a deal, the owner addressed, a buyer). */
export function linkPurchase(f: Features): string[] {
  const n = f.words.length;
  if (n < BUYER_MIN_WORDS || n > MAX_WORDS) return [];
  // Cheap gate on the shared scan: a word of the placement or a link, then the deal, before any word is looked up again.
  const buyer = listRolesOf(f, BUYER_LIST);
  if ((buyer & (PLACEMENT | LINK)) === 0) return [];
  const sum = (buyer & (PAY | DEAL)) === 0 && scanOf(f).digits > 0 && SUM.test(f.normalized.body.folded);
  const returned = (buyer & (PAY | DEAL)) === 0 && !sum && (buyer & RETURN) !== 0 && inReturn(f.words);
  if ((buyer & (PAY | DEAL)) === 0 && !sum && !returned) return [];
  const roles = listRolesOf(f, ROLE_LIST);
  if ((roles & YOURS) === 0 && (scanOf(f).classes & OWNER) === 0 && (buyer & ADDRESSEE) === 0) return [];
  const buys = (roles & SELLER) === 0 && (buyer & CLIENT) === 0 ? firstPersonBuyer(f.words, BUYER_ROLES) || (offersPayment(f.words) ? 'pay offered' : '') : '';
  if ((roles & SELLER) === 0 && (buyer & CLIENT) === 0 && buys === '') return [];
  const first = (bit: number, map: ReadonlyMap<string, number>): string => f.words.find((w) => ((map.get(w) ?? 0) & bit) !== 0) ?? '';
  const placed = (buyer & PLACEMENT) !== 0 ? first(PLACEMENT, BUYER_ROLES) : first(LINK, BUYER_ROLES);
  const deal = (buyer & (PAY | DEAL)) !== 0 ? first(PAY | DEAL, BUYER_ROLES) : sum ? 'a sum' : 'in return';
  const who = (roles & SELLER) !== 0 ? first(SELLER, ROLES) : (buyer & CLIENT) !== 0 ? first(CLIENT, BUYER_ROLES) : buys;
  const to = first(YOURS, ROLES) || f.words.find((w) => OWNER_WORDS.has(w)) || first(ADDRESSEE, BUYER_ROLES);
  return [`paid link request: "${placed}", "${deal}", "${to}", "${who}"`];
}
