// A referral or invite sign-up link under a vague comment. A comment spam widespread since 2023: a
// short, generic question or doubt addressed to the writer ("is there more on this?", "I still have
// doubts, can you help?") whose payload is the author URL, or one link, to a sign-up page on a
// platform (most often a crypto exchange) carrying the poster's referral or invite code: `?ref=`,
// `register?inviteCode=`, `/join/<code>`, `/invite/<code>`. The platform is a real, well-known
// site, so the link rules, which leave well-known sites alone, let it pass. Affiliate programmes
// and exchange sign-up flows write the code in these few forms (query names like ref, referral,
// invite, aff; a sign-up path segment followed by a code), which is why the reading is general.
// A reader sharing a plain link to a well-known site has no code in it, and a reader who shares a
// referral link while talking about the post names its topic: neither is read here.
import type { Features, Link, Rule } from '../../types.js';
import { bodyLinks, postHostOf, onPostSite, siteOf } from './link-facts.js';
import { isNotification, mentionsTopic } from './flattery.js';
import { NONE } from './none.js';

/** Query (or fragment) parameter names that carry a referral, invite or affiliate code. */
const CODE_PARAMS: ReadonlySet<string> = new Set([
  'ref', 'refid', 'ref_id', 'refcode', 'ref_code', 'referral', 'referralcode', 'referral_code', 'referrer', 'referrer_id',
  'invite', 'invitecode', 'invite_code', 'invitationcode', 'invitation_code', 'inviter', 'inviter_code', 'rcode',
  'aff', 'affid', 'aff_id', 'affiliate', 'affiliateid', 'affiliate_id', 'affcode', 'aff_code',
]);
/**
 * Names that also tag where a visitor came from with a word (`?ref=newsletter`, `?ref=main` on a
 * code host): read as a code only when the value has a digit, as codes do.
 */
const SOURCE_TAGS: ReadonlySet<string> = new Set(['ref', 'referrer']);
/** True when `name=value` is a source tag (`ref=main`, `ref=newsletter`), not a code; LINK_REFERRAL reads it too. */
export function sourceTag(name: string, value: string): boolean {
  return SOURCE_TAGS.has(name) && !/\d/.test(value);
}
/** Path segments of a sign-up or referral page; the next segment is read as the code. (Not `/r/`: a forum's board.) */
const SIGNUP_SEGMENTS: ReadonlySet<string> = new Set([
  'join', 'invite', 'invitation', 'referral', 'referrals', 'register', 'signup', 'sign-up', 'ref',
]);
/** A referral segment and a sign-up segment in one path (`/referral/register`): the sign-up page of a referral flow. */
const REFERRAL_SEGMENTS: ReadonlySet<string> = new Set(['referral', 'referrals', 'invite', 'invitation', 'ref']);
const SIGNUP_PAGES: ReadonlySet<string> = new Set(['register', 'signup', 'sign-up', 'join']);
/** A code: letters, digits, `_` or `-`, 4 to 40 long, with at least one digit (a word is a page, not a code). */
const CODE = /^(?=[a-z_-]*\d)[a-z0-9_-]{4,40}$/;

/** Every form above has one of these in it: the cheap test before a path is split. */
const MAYBE_REFERRAL = /ref|invit|aff|join|regist|sign|rcode/;

/** The link's referral sign (`ref=…`, `join/<code>`), or ''. `path` is lowercased by the links stage. */
export function referralSign(l: Link): string {
  const path = l.path;
  if (path === '' || !MAYBE_REFERRAL.test(path)) return '';
  const q = path.search(/[?#]/);
  if (q >= 0) {
    for (const pair of path.slice(q + 1).split(/[&#?;]/)) {
      const eq = pair.indexOf('=');
      if (eq <= 0 || eq === pair.length - 1) continue;
      const name = pair.slice(0, eq);
      if (CODE_PARAMS.has(name) && !sourceTag(name, pair.slice(eq + 1))) return `${name}=`;
    }
  }
  const segments = (q >= 0 ? path.slice(0, q) : path).split('/');
  let referral = '';
  let signup = '';
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as string;
    if (i + 1 < segments.length && SIGNUP_SEGMENTS.has(s) && CODE.test(segments[i + 1] as string)) return `/${s}/<code>`;
    if (REFERRAL_SEGMENTS.has(s)) referral ||= s;
    if (SIGNUP_PAGES.has(s)) signup ||= s;
  }
  return referral !== '' && signup !== '' ? `/${referral}/…/${signup}` : '';
}

/** A vague comment's length: a question or doubt is a sentence or two, not a discussion. */
const MAX_WORDS = 50;

function referralLinks(f: Features): string[] {
  if (f.words.length > MAX_WORDS || isNotification(f)) return NONE;
  let out: string[] | undefined;
  let post: string | undefined;
  // The author URL's links and the body's (bodyLinks: one per URL); the post's own site is not read.
  for (const links of [f.links, bodyLinks(f)]) {
    for (const l of links) {
      if ((links === f.links && l.source !== 'author.url') || l.host === '' || l.path === '') continue;
      const sign = referralSign(l);
      if (sign === '' || onPostSite(l, (post ??= postHostOf(f)))) continue;
      (out ??= []).push(`${l.source === 'author.url' ? 'author URL' : 'link'} ${siteOf(l)} carries a referral code ("${sign}")`);
    }
  }
  if (out === undefined || mentionsTopic(f) !== '') return NONE;
  return out;
}

export const REFERRAL_LINK_RULES: readonly Rule[] = [
  {
    id: 'LINK_REFERRAL_VAGUE_COMMENT',
    group: 'links',
    score: 3,
    description: 'A referral, invite or affiliate sign-up link (?ref=, inviteCode=, /join/<code>, in the author URL or the text) under a short comment that names nothing of the post: a generic question or doubt whose payload is the poster\'s sign-up code, often on a well-known platform',
    requires: ['links', { maxWords: MAX_WORDS }],
    test: (f) => (f.links.length === 0 ? NONE : referralLinks(f)),
    examples: {
      hit: [
        { content: 'I read your article twice and still have a few doubts, could you help me understand?', author: { name: 'Dana', url: 'https://www.tradingplatform.example.com/en/register?ref=K7QP21' } },
        { content: 'Is there more written on this? Thanks.', author: { name: 'Lo', url: 'https://exchange.example.org/join/55190342' } },
        { content: 'Can you explain a bit more? https://app.example.net/signup?inviteCode=ZX81Q', author: { name: 'Ren' } },
        { content: 'One question for you, is there a follow-up?', author: { name: 'Vi', url: 'https://coins.example.com/referral/register' } },
      ],
      miss: [
        { content: 'Is there more written on this? Thanks.', author: { name: 'Lo', url: 'https://lo.example.org/' } },
        { content: 'Good question, the docs answer it: https://developer.mozilla.org/en-US/docs/Web/API/fetch', author: { name: 'Ada' } },
        { content: 'Richard\'s reference pages are still the best: https://pens.example.com/ref/nibs.html', author: { name: 'Tom' } },
        { content: 'Is there more? The forum has a thread: https://forum.example.com/r/3dprinting/', author: { name: 'Pat' } },
        { content: 'Same here, see https://code.example.org/acme/tool/blob/src/main.ts?ref=main', author: { name: 'Jo' } },
        {
          content: 'Your sourdough starter tip worked, my loaf finally rose. I got the flour with this discount link: https://flour.example.com/?ref=ma12',
          author: { name: 'Ma' },
          target: { postTitle: 'Feeding a sourdough starter', permalink: 'https://bread.example.net/starter/' },
        },
      ],
    },
  },
];
