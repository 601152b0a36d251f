// Session 17c: the notice's own link, where it is not on a page anyone can publish. Phishing kits
// also run on domains of their own, and the anti-phishing projects' write-ups (APWG's reports,
// PhishTank's and OpenPhish's feeds, the postal services' and tax offices' warnings) describe the
// address the same way: the act it asks for is in its path ("/verify", "/claim", "/renew",
// "/refund", "/login"), or the brand it impersonates is a label of a host that is not the brand's
// ("royalmail-redelivery.…", "dvla-refund.…"). Read only with the notice's roles (notice-roles.ts:
// an order to act and two of the reader's thing, a bad state, a fee, a deadline; no word that
// names it a scam) and addressed to "you": a reader's own how-to link has the address words
// but not the notice, and a reader's warning names the scam.
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { bareHost, hostOfUrl, onPostSite } from './link-facts.js';
import { BRANDS } from './lookalike-hosts.js';
import { NONE } from './none.js';
import { noticeRoles } from './notice-roles.js';
import { classBit, scanOf } from './scan.js';
import { IMPERSONATED_BRANDS } from './scams.js';

const OWNER = classBit('owner');

/** Path words of a phishing page's address: the act the notice orders. Category vocabulary of phishing URLs, English as the kits write them. */
const ACT_PATH_WORDS: ReadonlySet<string> = new Set([
  'verify', 'verification', 'validate', 'claim', 'renew', 'renewal', 'refund', 'redeliver', 'redelivery', 'reschedule', 'unlock',
  'reactivate', 'restore', 'confirm', 'confirmation', 'login', 'signin', 'secure', 'billing', 'recover', 'recovery',
]);

/** Brands whose name a phishing host borrows (the support-line and look-alike lists together). */
const HOST_BRANDS: ReadonlySet<string> = new Set([...IMPERSONATED_BRANDS, ...BRANDS].filter((b) => b.length >= 4));

/** What in the link's address names the notice: an act word of its path, or a brand as a label of its host; '' if none. */
function actOrBrand(l: Link): string {
  for (const w of l.path.split(/[^a-z]+/)) if (ACT_PATH_WORDS.has(w)) return `${bareHost(l)}${l.path.slice(0, 40)}`;
  for (const label of bareHost(l).split(/[.-]/)) if (HOST_BRANDS.has(label)) return `${bareHost(l)} ("${label}")`;
  return '';
}

function noticeLink(f: Features): string[] {
  if ((scanOf(f).classes & OWNER) === 0) return NONE;
  const post = hostOfUrl(f.normalized.permalink);
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
      ],
    },
  },
];
