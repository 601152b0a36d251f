// Session 12: the machine-written on-topic comment whose payload is the author URL, read by its
// moves rather than its register. Site owners and anti-spam vendors describe the family the same
// way: fluent and polite, on the post's subject, it grades the post ("a thorough guide", "your
// explanation is clear"), states a general truth about the topic for a generic audience ("such a
// versatile choice", "many owners overlook it"), and closes on thanks or a wish, while it tells
// nothing of the writer's own (no figure, no question, no "we moved the bin last spring"). Its one
// purpose is the author URL: a shop, a trade, an agency, a product page, under a person's name that
// the site does not carry. Session 10's AUTHOR_URL_MACHINE_COMMENT needs the generated register's
// words ("crucial", "additionally"); the newer generators write plainer English, French or Polish,
// and this rule does not need them. It holds (3 points); it never decides alone.
import type { Features, Link, Rule } from '../../types.js';
import { FLATTERY_CAP, echoesTopic, textOutsideLinks, topicWords } from './flattery.js';
import { withFoldedForms } from './fold-words.js';
import { SELLING_WORDS, authorMailbox, authorUrlLinks, mailAtSite, siteIdentity, trimEnd } from './link-facts.js';
import { carriedSite, dashBetweenWords, onPost } from './machine-written.js';
import {
  M_AFFECT, M_AGREE, M_ASSESS, M_AUDIENCE, M_GENERAL, M_GRADE, M_GROUPS, M_OWN, M_REGISTER, M_SUBJECT, M_THANKS,
} from './machine-words.js';
import { scriptOf } from './language.js';
import { NONE } from './none.js';
import { titleScript } from './other-script.js';
import { englishUnderOtherLanguage, writtenInEnglish } from './title-language.js';
import { classBit, scanOf, wordRolesOf } from './scan.js';
import { WORD_CLASSES } from './word-classes.js';

const PRAISE = classBit('praise');
const PRAISE_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.praise);
const GRADE_BITS = M_ASSESS | M_AGREE | M_GRADE;
const GENERAL_BITS = M_GENERAL | M_AUDIENCE | M_GROUPS;
const MIN_WORDS = 14;
const MAX_WORDS = 90;
/**
 * Signs needed of five (grade, general truth, register, thanks, a closing "!") under an author URL;
 * a body link or a figure not in the title each ask one more, a question two more.
 */
const NEED = 2;

/**
 * Session 14 (after reading sets 12 and 13): the author URL names a page inside the site (a
 * product, category or service page), not its home page, and the path carries neither the
 * signer's name nor a handle ("/@…", "/~…"). People give their site's front door or their own
 * page on it (`/people/maya-osei`, profiles on the hosts promotedAuthorSite leaves out); a link
 * bought for a page's ranking names the page.
 */
function innerPage(f: Features, l: Link): string {
  const cut = l.path.search(/[?#]/);
  const path = trimEnd(cut >= 0 ? l.path.slice(0, cut) : l.path, '/');
  if (path === '' || path.startsWith('/@') || path.startsWith('/~') || path.length > 200) return '';
  const name = f.normalized.authorName.folded.toLowerCase();
  const local = authorMailbox(f)?.local ?? '';
  if (name.split(/[^a-z]+/).some((p) => p.length >= 3 && path.includes(p))) return '';
  if (local.split(/[^a-z]+/).some((p) => p.length >= 4 && path.includes(p))) return '';
  return path;
}

/**
 * Session 16: a person's name over a company's site. The e-mail is at the author URL's own domain,
 * yet the name is a person's (two or three words of letters, none a trade word), no part of it is
 * in the host or the URL's path, and the mailbox is the person's (oliver.grant@, not info@ or
 * user2093@). Site owners describe the generated comment as signed by an invented person "from"
 * the company it promotes; the company's staff who comment as readers say who they are and what
 * the business does ("I run", "we sell"), which the rule's first-person exits read. Read as a
 * stranger's site: one sign, never a verdict.
 */
function staffOfSite(f: Features, l: Link): boolean {
  const mail = authorMailbox(f);
  if (mail === undefined || l.host === '' || !mailAtSite(mail.domain, l)) return false;
  const local = mail.local;
  const parts = f.normalized.authorName.folded.trim().toLowerCase().split(/\s+/);
  if (parts.length < 2 || parts.length > 3) return false;
  for (const p of parts) if (!/^\p{L}{2,20}$/u.test(p) || SELLING_WORDS.has(p) || l.host.includes(p) || l.path.includes(p)) return false;
  // The mailbox is the person's (oliver.grant@, ogrant@): a business's own name in another script
  // over a numbered mailbox (Пекарна Зорница, user2093@) is not a person's.
  return parts.some((p) => p.length >= 3 && local.includes(p));
}

/**
 * Session 17: a person's mailbox tagged with the trade of the site it signs for. The e-mail is at
 * another domain (a free-mail address), its mailbox spells the person's name and one more word
 * (olivia.bennett.dyes@, j.whitfield.aqua@), and that word, not the name, is what the site's host
 * spells (naturaldyes…, aquascape…). siteIdentity leaves such a site unknown, because a mailbox word
 * in the host is also how a person names their own site; but a person's own site carries their name
 * or their handle, and a hobby blog on a blog host is not a promoted site at all (carriedSite). The
 * generated comment's signer is a made-up person whose address was made for the campaign's trade.
 * Read as a stranger's site: one sign, never a verdict.
 */
function taggedMailbox(f: Features, l: Link): string {
  const mail = authorMailbox(f);
  if (mail === undefined || mail.local.length > 64 || l.domain === null || l.host === '' || mailAtSite(mail.domain, l)) return '';
  const name = f.normalized.authorName.folded.toLowerCase().split(/[^a-z]+/).filter((p) => p.length >= 3);
  if (name.length === 0 || name.some((p) => l.host.includes(p))) return '';
  const local = mail.local.split(/[^a-z]+/);
  const joined = local.join('');
  // The mailbox is the person's: a part of the name in it (olivia.bennett…, j.whitfield…).
  if (!name.some((p) => joined.includes(p))) return '';
  for (const w of local) if (w.length >= 4 && !name.some((p) => p.includes(w) || w.includes(p)) && l.host.includes(w)) return w;
  return '';
}

/**
 * Session 16: "our" and its forms in the languages OWN_WORDS reads (machine-words.ts): the
 * plural possessive a business's people speak for it with.
 */
const OUR_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'our', 'ours', 'unser', 'unsere', 'unseren', 'unserem', 'notre', 'nuestro', 'nuestra', 'nuestros', 'nosso', 'nossa',
  'nostro', 'nostra', 'onze', 'nasz', 'nasza', 'nasze', 'наш', 'наша', 'наши', 'tona', 'tanë', 'ynë', 'jonë', 'bizim',
  'náš', 'naše', 'naši', 'naša', 'naš', 'vår', 'vårt', 'våra', 'vores', 'nostre', 'meidän', 'нашия', 'нашата', 'μας', 'שלנו',
]));

/** An "our" among the words the machine bits mark as the writer's own (read only when M_OWN is set). */
function speaksForBusiness(f: Features): boolean {
  const bits = wordRolesOf(f).machine;
  const m = Math.min(f.words.length, bits.length);
  for (let i = 0; i < m; i++) if (((bits[i] as number) & M_OWN) !== 0 && OUR_WORDS.has(f.words[i] as string)) return true;
  return false;
}

/**
 * Session 16: a topic word of the post's title (four letters or more; a plural also as its
 * singular) that the promoted site's host spells, or a word of its path that starts it or that it
 * starts (knives / knifesteel.com, hook-up / …/hookup-cables): a company whose trade is the post's
 * subject, commenting on it.
 * People's own sites are named after them (promotedAuthorSite leaves those out); a shop, a
 * service or an agency is named after what it sells. The host is read as a string, not as the
 * links stage's word split, because trade names run words together.
 */
function tradeEcho(f: Features, l: Link): string {
  const topic = topicWords(f.normalized.postTitle);
  if (topic.size === 0 || l.host === '') return '';
  for (const t of topic) {
    const stem = hostSpells(l, t);
    if (stem !== '') return stem;
    for (const w of l.words) if (w.length >= 4 && (t.startsWith(w) || (w.startsWith(t) && w.length - t.length <= 2))) return w;
  }
  return '';
}

/**
 * The start of `word` the host spells (the word less at most three letters of ending, four letters
 * at least: composting / compost…, weddings / wedding…), or ''.
 */
function hostSpells(l: Link, word: string): string {
  if (word.length < 4) return '';
  const host = l.suffix !== null && l.host.endsWith(`.${l.suffix}`) ? l.host.slice(0, -l.suffix.length - 1) : l.host;
  const stem = word.slice(0, Math.max(4, word.length - 3));
  return host.includes(stem) ? stem : '';
}

/**
 * Session 16 (after reading sets 24 and 25): with no echo of the title, a body word of five letters
 * or more whose start the stranger's host spells: the comment speaks of the site's own trade
 * (chalk under a chalk-bag shop), not of the post. Generated comments are written for the site's
 * subject and posted under any of its posts.
 */
function ownTrade(f: Features, l: Link): string {
  for (const w of f.words) if (w.length >= 5 && w.length <= 20 && /^\p{L}+$/u.test(w) && hostSpells(l, w) !== '') return w;
  return '';
}

/**
 * Session 17: signed as the business itself: the e-mail is a role mailbox at the author URL's
 * domain (sales@, hello@: it spells no part of the name) and the name is the business's (a part of
 * it, three letters or more, is in the host). A person who signs for the company ("Laura at Pike
 * Heating", laura@; "Megan Shaw", office@) is left to the staff reading (staffOfSite).
 */
function signedAsBusiness(f: Features): boolean {
  const mail = authorMailbox(f);
  if (mail === undefined || mail.local.length > 64) return false;
  const url = authorUrlLinks(f).find((l) => l.host !== '' && l.domain !== null);
  if (url === undefined || !mailAtSite(mail.domain, url)) return false;
  const local = mail.local;
  const parts = f.normalized.authorName.folded.toLowerCase().split(/[^a-z]+/).filter((p) => p.length >= 3);
  return parts.some((p) => url.host.includes(p)) && !parts.some((p) => local.includes(p));
}

/** The title's script when it is not Latin and the comment's first ten words are (nine of them at least), else ''. */
function latinUnderOtherScript(f: Features): string {
  const script = titleScript(f.normalized.postTitle);
  // Session 17: or an English comment under a title in another Latin-script language (title-language.ts).
  if (script === 'latin') {
    const why = englishUnderOtherLanguage(f);
    return why === '' ? '' : `another language (${why})`;
  }
  if (script === '') return '';
  const m = Math.min(f.words.length, 10);
  let latin = 0;
  for (let i = 0; i < m; i++) if (scriptOf((f.words[i] as string).charCodeAt(0)) === 'latin') latin++;
  return latin >= 9 ? script : '';
}

/** Digits outside the comment's links that the post title does not have: a reader's own figure. */
export function ownFigure(f: Features): boolean {
  if (scanOf(f).digits === 0) return false;
  const title = f.normalized.postTitle;
  const text = textOutsideLinks(f);
  const figures = text.match(/\d+/g) ?? [];
  return figures.some((d) => !title.includes(d));
}

/**
 * Session 16 (fix-16): a writer who says what they are in the contracted first person ("we're a
 * small practice", "I'm a retired teacher") tells of their own, as "I" or "we" before what happened
 * does (the loop below); the tokenizer reads the contractions as "were" and "im", which the subject
 * words cannot hold ("were" is also the past tense). The generated comment's "I'm a big fan" or
 * "I'm a regular reader" is a reaction to the post, not the writer's own: it stays read.
 */
const NOT_SELF: ReadonlySet<string> = new Set([
  'big', 'huge', 'great', 'massive', 'long', 'longtime', 'regular', 'frequent', 'new', 'avid', 'loyal', 'fan', 'reader', 'follower',
  'visitor', 'subscriber', 'lover', 'admirer',
]);

function disclosesSelf(f: Features): boolean {
  const words = f.words;
  const n = Math.min(words.length, MAX_WORDS);
  let lower = '';
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (w !== 'were' && w !== 'im') continue;
    let j = i + 1;
    if (words[j] === 'just' || words[j] === 'only') j++;
    if ((words[j] !== 'a' && words[j] !== 'an') || j + 1 >= words.length || NOT_SELF.has(words[j + 1] as string)) continue;
    lower ||= f.normalized.body.text.toLowerCase().replaceAll('\u2019', "'");
    if (lower.includes(w === 'im' ? "i'm" : "we're")) return true;
  }
  return false;
}

function topicPraise(f: Features): string[] {
  const n = f.words.length;
  if (n < MIN_WORDS || n > MAX_WORDS || f.links.length === 0) return NONE;
  if (f.normalized.type === 'pingback' || f.normalized.type === 'trackback' || f.normalized.postTitle === '') return NONE;
  const scan = scanOf(f);
  const mask = scan.machineWords;
  // The writer's own things ("my", "our") end it on the mask; then count the kinds of sign the
  // mask allows (each at most once) and the closing "!": fewer than NEED ends it before the links
  // and the title are read.
  // Session 14: under an author URL with an e-mail they wait until the site's owner is known: a
  // "my partner" or "our team" under a site that is not the signer's is the generated comment's
  // personal frame, not a reader's own thing (one sign more below).
  const signed = f.normalized.authorUrl !== '' && f.normalized.authorEmail.includes('@');
  if ((mask & M_OWN) !== 0 && !signed) return NONE;
  const text = f.normalized.body.text;
  const closing = text.trimEnd().endsWith('!');
  let possible = closing ? 1 : 0;
  if ((scan.classes & PRAISE) !== 0 || (mask & GRADE_BITS) !== 0) possible++;
  if ((mask & GENERAL_BITS) !== 0) possible++;
  if ((mask & M_REGISTER) !== 0 || dashBetweenWords(text)) possible++;
  if ((mask & M_THANKS) !== 0) possible++;
  // A question is what a reader brings most often: it asks two more signs.
  const question = text.includes('?') || text.includes('¿');
  // Punctuation alone (a dash and a "!") is a style, not the family: some word of it must be there,
  // or (below) a site that is not the signer's.
  const noWord = (scan.classes & PRAISE) === 0 && (mask & (GRADE_BITS | GENERAL_BITS | M_REGISTER | M_THANKS)) === 0;
  if (noWord && !signed) return NONE;
  // Session 14: whose the author URL is (siteIdentity) and whether it names an inner page
  // (innerPage): its host and path against the name and e-mail, read before the links' other
  // facts, the title or any word.
  const own = (mask & M_OWN) !== 0;
  let identity: 'stranger' | 'own' | '' = '';
  let staff = false;
  let tag = '';
  let inner = '';
  let trade = '';
  let siteTrade = '';
  if (f.normalized.authorUrl !== '') {
    const url = authorUrlLinks(f).find((l) => l.host !== '' && l.domain !== null);
    if (url !== undefined) {
      identity = siteIdentity(f, url);
      // Session 16: a person's name on the company's own address is read as a stranger's site.
      if (identity === '' && staffOfSite(f, url)) {
        identity = 'stranger';
        staff = true;
      }
      // Session 17: a person's mailbox tagged with the site's trade is read as a stranger's site.
      if (identity === '') {
        tag = taggedMailbox(f, url);
        if (tag !== '') identity = 'stranger';
      }
      inner = innerPage(f, url);
      // Session 16: a site named after the post's topic is read only when it is not the signer's:
      // readers' own blogs are named after their hobby too.
      if (identity === 'stranger') {
        trade = tradeEcho(f, url);
        siteTrade = trade === '' ? ownTrade(f, url) : '';
      }
    }
  }
  if (identity === 'stranger') possible++;
  if (inner !== '') possible++;
  if (trade !== '') possible++;
  // Session 15: under a stranger's site, a comment with no first person at all (no "I", "we", "my",
  // "our" in the languages the lists read) is one sign more: it states what anyone could say about
  // the topic. Readers who comment under a business's site say who they are or what they did ("I run
  // a two-person agency", "we see it in runners"); the generator restates the post impersonally.
  // Session 16: the company's own people who say "our" speak for the business ("our bees", "our
  // customers"): a person's name over the company's address is read only without it. ("My" is
  // the generated comment's personal frame: "my sister", "my flock".)
  if (staff && own && speaksForBusiness(f)) return NONE;
  // Session 17: a business signing as itself (its name and a role mailbox at its site's domain, not a
  // person of its staff) that says nothing in the first person either: a business's people who comment on
  // another site's post say who they are or what they do ("we bake", "conveyancer here", "I run");
  // the generated comment under a company's name restates the topic in no person at all.
  // Read in English only, where the first-person words are all separate words: Hungarian, Finnish
  // or Turkish say "our bistro" and "we pour" in endings the lists cannot read.
  const noFirstPerson = (mask & (M_SUBJECT | M_OWN)) === 0;
  const business = identity !== 'stranger' && noFirstPerson && signedAsBusiness(f) && writtenInEnglish(f);
  const impersonal = (identity === 'stranger' || business) && noFirstPerson;
  if (impersonal) possible++;
  if (possible < (question ? NEED + 2 : NEED) + (identity === 'own' || own ? 1 : 0)) return NONE;
  if (identity !== 'stranger' && (noWord || own)) return NONE;
  const carried = carriedSite(f);
  if (carried === '') return NONE;
  let topic = echoesTopic(f);
  // Session 14: a comment in Latin script under a post titled in another script cannot repeat the
  // title's words; it is read as on topic only under a site that is not the signer's, with one sign
  // more (generated comments are written in English under Thai, Bulgarian or Japanese posts).
  let otherScript = '';
  // Session 16: or the promoted site is named after the post's topic (tradeEcho): the comment is
  // about the post through its payload even where it words the topic its own way ("the blade"
  // under a post on forging a knife, from a knife-steel shop).
  if (topic === '' && trade !== '') topic = trade;
  let offTopic = '';
  if (topic === '' && siteTrade !== '') offTopic = siteTrade;
  if (topic === '' && offTopic === '') {
    otherScript = carried.startsWith('author') ? latinUnderOtherScript(f) : '';
    if (otherScript === '') return NONE;
  }
  if (disclosesSelf(f)) return NONE;
  const bits = wordRolesOf(f).machine;
  const m = Math.min(n, bits.length);
  let grade = '';
  let general = '';
  let register = '';
  let thanks = '';
  for (let i = 0; i < m; i++) {
    const b = bits[i] as number;
    if (b === 0) continue;
    const w = f.words[i] as string;
    // "I" or "we" followed by what happened, not by a reaction ("I appreciate", "I'd also add"):
    // the writer's own contribution, which a generated comment does not have.
    if ((b & M_SUBJECT) !== 0 && i + 1 < m && ((bits[i + 1] as number) & M_AFFECT) === 0) return NONE;
    if (grade === '' && (b & GRADE_BITS) !== 0) grade = w;
    if (general === '' && (b & GENERAL_BITS) !== 0) general = w;
    if (register === '' && (b & M_REGISTER) !== 0) register = w;
    if (thanks === '' && (b & M_THANKS) !== 0) thanks = w;
  }
  if (grade === '' && (scan.classes & PRAISE) !== 0) grade = f.words.find((w) => PRAISE_WORDS.has(w)) ?? '';
  const signs: string[] = [];
  if (grade !== '') signs.push(`grades the post "${grade}"`);
  if (general !== '') signs.push(`general "${general}"`);
  if (register !== '' || dashBetweenWords(text)) signs.push(register !== '' ? `register "${register}"` : 'dash between words');
  if (thanks !== '') signs.push(`thanks "${thanks}"`);
  if (closing) signs.push('ends on "!"');
  // Session 14: a site that is not the signer's own is one sign more, and so is an inner page; one
  // signed as the site's own business asks one more (an author URL only: with one, `carried` is it).
  if (inner !== '') signs.push(`author URL to an inner page "${inner}"`);
  if (trade !== '') signs.push(`the site's name is the post's topic "${trade}"`);
  if (impersonal) signs.push(business ? 'a business\'s own address, nothing in the first person' : 'nothing in the first person');
  const mailAt = f.normalized.authorEmail.slice(f.normalized.authorEmail.lastIndexOf('@') + 1);
  if (staff) signs.push(`a person's name over the company's site (e-mail at ${mailAt}, the name not in its host)`);
  else if (tag !== '') signs.push(`a person's mailbox tagged with the site's trade "${tag}" (e-mail at ${mailAt}, the name not in its host)`);
  else if (identity === 'stranger') signs.push(`site not the signer's (e-mail at ${mailAt})`);
  // A body link instead of an author URL is how readers cite a source ("the RHS page on splitting is
  // worth reading"): one more sign for it.
  let need = carried.startsWith('link') || identity === 'own' || own ? NEED + 1 : NEED;
  if (otherScript !== '') {
    if (identity !== 'stranger') return NONE;
    need++;
    topic = '';
  }
  // Session 16: a comment on the site's own trade rather than the post asks one sign more.
  if (offTopic !== '' && otherScript === '') need++;
  if (question) need += 2;
  if (signs.length < need) return NONE;
  if (ownFigure(f)) need++;
  if (signs.length < need) return NONE;
  const about = otherScript !== '' ? `in Latin script under a post titled in ${otherScript}`
    : topic === '' ? `on the site's own trade "${offTopic}", not the post's` : `on topic "${topic}"`;
  return [`${carried}; ${about}, nothing of the writer's own; ${signs.join('; ')}`];
}

export const ON_TOPIC_PRAISE_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_URL_TOPIC_PRAISE',
    group: 'author',
    score: 3,
    description: 'A promoted author URL (not a profile, well-known site, blog host or a site named after the author; or, with none, the comment\'s one link) under a 14-90-word comment that repeats the post title\'s topic and tells nothing of the writer\'s own (no "my" or "our", unless the site is a stranger\'s: then one sign more; "I" or "we" only before a reaction: appreciate, love, especially), with two of: a grade of the post, a general truth or a generic audience (such, always, many, anyone), a written-to-order word or dash, thanks or a wish, a closing "!" (in nine languages; one of them a word), or a site that is not the signer\'s (e-mail elsewhere, neither name nor e-mail in its host; or a person\'s name over the company\'s own address: e-mail at its domain, the mailbox the person\'s, the name in neither host nor path, no "our"; with it, no first person at all is one sign more, and so is a host or path that spells a topic word of the title, which also stands in for the topic echo; with no echo, a body word the host spells, the site\'s own trade, stands in for it with one sign more), or an author URL to an inner page (a path without the signer\'s name or a handle); three under a body link or a site signed as the signer\'s own business (e-mail at its domain, name in its host), two more with a question, one more with a figure not in the title; the title\'s topic also by a shared stem (tároljuk / tárolása), or, under a stranger\'s site and with one sign more, a Latin-script comment under a title in another script, or an English one under a title in another Latin-script language (no common English word; a letter English does not write or another language\'s function word); a person\'s free-mail mailbox that spells their name and a word the site\'s host spells, not the name, is read as a stranger\'s site, and a business signed as itself (its name in the host, a role mailbox at its domain) that writes English with nothing in the first person is one sign',
    cap: FLATTERY_CAP,
    requires: ['links', { minWords: MIN_WORDS }, { maxWords: MAX_WORDS }],
    test: topicPraise,
    examples: {
      hit: [
        onPost('Hand-built stone walls are such a beautiful feature of the countryside, and this guide to choosing the right stone is wonderfully clear. Every wall tells a story. Thanks for sharing!', 'Choosing stone for a dry stone wall', { name: 'Owen Price', url: 'https://patioslabsdirect.example.com' }),
        onPost('Un article très complet sur le compostage en appartement ! Beaucoup de débutants négligent l\'aération, et vos conseils sont toujours clairs. Merci pour ce partage.', 'Le compostage en appartement', { name: 'Claire Martin', url: 'https://poeles-granules.example.fr' }),
        onPost('Teaching kids to swim early is such an important gift, and your explanation of the back float is really helpful for anxious parents. Wishing everyone a great summer in the water!', 'When should kids learn to swim?', { name: 'Emma Hayes', url: 'https://poolcoversonline.example.com/sale' }),
        // Session 14: one sign, under a site that is neither the signer's name nor their e-mail's.
        { content: 'Restoring a cast iron radiator is a job most homeowners leave too late. Flushing the sludge before repainting keeps the heat even through the winter.', author: { name: 'Laura Pike', email: 'laura.pike77@gmail.com', url: 'https://boilerquotes.example.co.uk' }, target: { postTitle: 'Radiator restoration on a budget' } },
        // Session 14 (after reading sets 12 and 13): one word sign, under an author URL to a shop's inner page.
        { content: 'Limescale on shower glass is such a common problem in hard-water areas. A squeegee after every shower keeps most of it away.', author: { name: 'Tom Reyes', email: 'tom@showerscreens.example.com', url: 'https://showerscreens.example.com/frameless-screens' }, target: { postTitle: 'Getting limescale off a glass shower screen' } },
        // Session 14: the topic by its stem in an inflected language (tárolás / tároljuk), thanks and "!".
        { content: 'Nagyszerű összefoglaló, a kenyér tárolása otthon valóban sok kérdést vet fel. Köszönöm a tippeket!', author: { name: 'Kiss Anna', url: 'https://konyhagep.example.hu' }, target: { postTitle: 'Hogyan tároljuk a kenyeret?' } },
        // Session 15: no sign word at all, under a stranger's site, and nothing in the first person.
        { content: 'Beeswax wraps lose their grip after a few months of washing in hot water. Rewaxing them in a low oven brings the cling back for another season.', author: { name: 'Nina Ford', email: 'nina.ford88@gmail.com', url: 'https://kitchenwrapstore.example.com' }, target: { postTitle: 'Living without cling film: beeswax wraps' } },
        // Session 16: a person's name over the company's own address (the name not in its host).
        { content: 'Oak tops need oiling every few months in a busy kitchen. A thin coat wiped off after twenty minutes keeps the surface from going tacky.', author: { name: 'Megan Shaw', email: 'megan.shaw@worktopsdirect.example.co.uk', url: 'https://worktopsdirect.example.co.uk' }, target: { postTitle: 'Oiling an oak worktop' } },
        // Session 16: a stranger's site named after the post's topic stands in for the body's echo of it.
        { content: 'A shorter hull turns faster on moving water, while a longer one tracks straighter on flat stretches. Most beginners are happier trading a little speed for stability.', author: { name: 'Liam Hart', email: 'liam.hart.paddle@gmail.com', url: 'https://kayakoutlet.example.com' }, target: { postTitle: 'Choosing a first kayak for river trips' } },
        // Session 16 (fix-16): "I'm a big fan" is a reaction, not the writer's own.
        { content: 'Beeswax wraps lose their grip after a few months of washing in hot water. I\'m a big fan of rewaxing them in a low oven to bring the cling back.', author: { name: 'Nina Ford', email: 'nina.ford88@gmail.com', url: 'https://kitchenwrapstore.example.com' }, target: { postTitle: 'Living without cling film: beeswax wraps' } },
        // Session 16 (after reading sets 24 and 25): the stranger's site's own trade, not the post's topic, one sign more.
        { content: 'Beeswax candles burn cleaner and longer than paraffin ones, which is why so many households switch for the darker months. Trimming the wick keeps the flame steady.', author: { name: 'Ella Stone', email: 'ella.stone.home@gmail.com', url: 'https://beeswaxcandleshop.example.com' }, target: { postTitle: 'Winter opening times for the village hall' } },
        // Session 17: a person's free-mail mailbox tagged with the trade the promoted site's host spells.
        { content: 'Swarm season is such a busy time for any hive, and checking for queen cells every week is the habit most beginners forget. A clear and useful guide.', author: { name: 'Maya Collins', email: 'maya.collins.hive@gmail.com', url: 'https://hivegearstore.example.com' }, target: { postTitle: 'Swarm season: what to check each week' } },
        // Session 17: signed as the business itself (its name, a role mailbox at its domain), nothing in the first person.
        { content: 'Cast iron pans need a thin coat of oil after every wash, and many cooks overlook how quickly a cold pan rusts. A clear and practical guide!', author: { name: 'Skillet Supply Co', email: 'sales@skilletsupply.example.com', url: 'https://skilletsupply.example.com' }, target: { postTitle: 'Caring for a cast iron pan' } },
        // Session 17: an English comment under a title in another Latin-script language, a stranger's site.
        { content: 'Growing potatoes in containers is such a practical choice for a small balcony. Earthing up the stems as they grow is the step that many beginners overlook.', author: { name: 'Anna Berg', email: 'anna.berg.1988@gmail.com', url: 'https://seedpotatoshop.example.com' }, target: { postTitle: 'Så odlar du potatis på balkongen' } },
      ],
      miss: [
        onPost('Hand-built stone walls are such a beautiful feature of the countryside, and this guide is wonderfully clear. We rebuilt 12 metres of ours last spring using exactly this batter frame.', 'Choosing stone for a dry stone wall', { name: 'Owen Price', url: 'https://patioslabsdirect.example.com' }),
        onPost('Hand-built stone walls are such a beautiful feature of the countryside, and this guide to choosing the right stone is wonderfully clear. Every wall tells a story. Thanks for sharing!', 'Choosing stone for a dry stone wall', { name: 'Owen Price', url: 'https://owenwalls.wordpress.com' }),
        onPost('Great guide to stone walls. Does the batter frame work on a slope, or do you step the courses? Thanks!', 'Choosing stone for a dry stone wall', { name: 'Owen Price', url: 'https://patioslabsdirect.example.com' }),
        onPost('Hand-built stone walls are such a beautiful feature of any village, and this guide to the craft is wonderfully clear. Every wall tells a story. Thanks for sharing!', 'Choosing stone for a dry stone wall'),
        // Session 14: the same under the signer's own page on a site (their name in the path).
        { content: 'Limescale on shower glass is such a common problem in hard-water areas. A squeegee after every shower keeps most of it away.', author: { name: 'Tom Reyes', email: 'tom@showerscreens.example.com', url: 'https://showerscreens.example.com/team/tom-reyes' }, target: { postTitle: 'Getting limescale off a glass shower screen' } },
        // Session 14: the same one-sign comment signed by the site's own business (e-mail at its domain, name in its host).
        { content: 'Restoring a cast iron radiator is a job most homeowners leave too late. Flushing the sludge before repainting keeps the heat even through the winter!', author: { name: 'Laura at Pike Heating', email: 'laura@pikeheating.example.co.uk', url: 'https://pikeheating.example.co.uk' }, target: { postTitle: 'Radiator restoration on a budget' } },
        // Session 15: the same stranger's site, but the writer says what they did: not impersonal.
        { content: 'Beeswax wraps lose their grip after a few months of washing in hot water. We rewaxed ours in a low oven and they cling again.', author: { name: 'Nina Ford', email: 'nina.ford88@gmail.com', url: 'https://kitchenwrapstore.example.com' }, target: { postTitle: 'Living without cling film: beeswax wraps' } },
        // Session 15: a name in another script and a bare mailbox: whose the site is stays unknown.
        // Session 16: staff of the company who say what they did; the same company's role mailbox.
        { content: 'Oak tops need oiling every few months in a busy kitchen. We oiled the showroom tops last week and wiped the excess off after twenty minutes.', author: { name: 'Megan Shaw', email: 'megan.shaw@worktopsdirect.example.co.uk', url: 'https://worktopsdirect.example.co.uk' }, target: { postTitle: 'Oiling an oak worktop' } },
        { content: 'Oak tops need oiling every few months in a busy kitchen. A thin coat wiped off after twenty minutes keeps the surface from going tacky.', author: { name: 'Megan Shaw', email: 'office@worktopsdirect.example.co.uk', url: 'https://worktopsdirect.example.co.uk' }, target: { postTitle: 'Oiling an oak worktop' } },
        // Session 16: the company's own person who says "our" speaks for the business.
        { content: 'Oak tops need oiling every few months in a busy kitchen. Our fitters wipe the excess off after twenty minutes so the surface never goes tacky.', author: { name: 'Megan Shaw', email: 'megan.shaw@worktopsdirect.example.co.uk', url: 'https://worktopsdirect.example.co.uk' }, target: { postTitle: 'Oiling an oak worktop' } },
        // Session 16 (fix-16): the stranger's-site comment of the hit list, but the writer says what they are.
        { content: 'Beeswax wraps lose their grip after a few months of washing in hot water. We\'re a small refill shop and rewaxing them in a low oven brings the cling back.', author: { name: 'Nina Ford', email: 'nina.ford88@gmail.com', url: 'https://kitchenwrapstore.example.com' }, target: { postTitle: 'Living without cling film: beeswax wraps' } },
        // Session 16: a site named after the topic with no e-mail to say whose it is (a reader's hobby blog).
        { content: 'A shorter hull turns faster on moving water, while a longer one tracks straighter on flat stretches. Most beginners are happier trading a little speed for stability.', author: { name: 'Liam Hart', url: 'https://kayakdiaries.example.com' }, target: { postTitle: 'Choosing a first kayak for river trips' } },
        // Session 17: the business signed as itself, but it says what it does.
        { content: 'Cast iron pans need a thin coat of oil after every wash. We season every pan we sell twice before it ships, and many cooks still overlook how quickly a cold pan rusts!', author: { name: 'Skillet Supply Co', email: 'sales@skilletsupply.example.com', url: 'https://skilletsupply.example.com' }, target: { postTitle: 'Caring for a cast iron pan' } },
        // Session 17: the same mailbox tag under the signer's own site (their name in the host).
        { content: 'Swarm season is such a busy time for any hive, and checking for queen cells every week is the habit most beginners forget. A clear and useful guide.', author: { name: 'Maya Collins', email: 'maya.collins.hive@gmail.com', url: 'https://mayashive.example.com' }, target: { postTitle: 'Swarm season: what to check each week' } },
        // Session 17: the English comment under the other-language title, but the writer says what they did.
        { content: 'Growing potatoes in containers is such a practical choice for a small balcony. I earthed up the stems twice last summer and got a whole sack from two tubs.', author: { name: 'Anna Berg', email: 'anna.berg.1988@gmail.com', url: 'https://seedpotatoshop.example.com' }, target: { postTitle: 'Så odlar du potatis på balkongen' } },
        { content: 'Пчелните восъчни кърпи губят лепкавостта си след няколко месеца пране в гореща вода. Восъчни кърпи се възстановяват във фурна.', author: { name: 'Нина Петрова', email: 'user4821@abv.example.bg', url: 'https://kitchenwrapstore.example.com' }, target: { postTitle: 'Восъчни кърпи вместо фолио' } },
      ],
    },
  },
];
