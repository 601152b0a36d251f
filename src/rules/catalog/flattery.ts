// Spun flattery: the generic compliment family bots fill with synonyms ("Hello! Wonderful post,
// I have bookmarked your site and will come back for more"). Each copy uses other words, so the
// family is found by its structure: praise of the post or the writing, a promise to bookmark,
// subscribe or come back, addressed to the owner or opened with a greeting, and nothing about the
// page's topic. The blog-template phrases, praise next to a link and this rule see the same
// comment from different angles: they share the family cap "flattery".
import type { CommentInput, Features, Link, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { SELLING_WORDS, authorMailbox, authorUrlLinks, bodyLinks, commercialUrl, mailAtSite, onPersonalBlogHost, onPublicBodySite, placedLinks, sameSite, siteIdentity, siteOf } from './link-facts.js';
import { scriptOf } from './language.js';
import { NONE } from './none.js';
import { classBit, firstWordOfClass, listRolesOf, phrasesOf, scanOf } from './scan.js';
import { registerScanList } from './scan-lists.js';
import { WORD_CLASSES, type WordClass } from './word-classes.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { foldMarks } from '../../normalize/index.js';
import { ASSESS, AUDIENCE, BOILERPLATE, FIRST_PERSON } from './flattery-words.js';
import { M_FIRST_PERSON, M_OWN } from './machine-words.js';

// Moved to flattery-words.ts (the shared scan compiles them); still exported from here under the same names.
export { ASSESS, AUDIENCE, BOILERPLATE, FIRST_PERSON };

export const FLATTERY_CAP = { family: 'flattery', max: 4 } as const;

const PRAISE = classBit('praise');
const WORK = classBit('work');
const PROMISE = classBit('promise');
const OWNER = classBit('owner');
const GREETING = classBit('greeting');
/** Spun flattery is a few sentences; a long comment that praises the post also says something. */
const MAX_WORDS = 90;
/** spunFlattery's word bounds, for the requires of the rules built on it. */
export const SPUN_MIN_WORDS = 5;
export const SPUN_MAX_WORDS = MAX_WORDS;
/** Spun flattery that addresses no one counts from this many words (a short unaddressed compliment is a reader's). */
const UNADDRESSED_MIN_WORDS = 20;
/**
 * Session 14b: the whole family (praise, the post or the site, and a promise word: bookmark,
 * favourites, come back, recommend) needs no "you" from 10 words. Languages that drop the pronoun
 * write it unaddressed ("Zajímavý příspěvek, přidávám do záložek …", "Articolo molto utile, tornerò
 * a leggere …"). A reader's short thanks is shorter; an encouragement ("keep up the amazing work") is
 * not a promise word (a reader's "I donated …, keep up the amazing work" was held with it); one
 * that names the post's topic is not read.
 */
// Session 17b: from 8 words (was 10). The pronoun-dropping languages say the whole family in fewer
// words than English ("Puikus straipsnis, labai naudinga, būtinai sugrįšiu", seven to nine); the reader's
// short thanks the floor keeps out ("Danke, sehr hilfreich!") has no promise word, and the rule
// alone (2 points) holds nothing: it counts only beside a promoted author URL or another sign.
const FAMILY_MIN_WORDS = 8;
/**
 * The English promise words: English spun flattery says "you" (or a greeting), so an unaddressed
 * English compliment under 20 words is a reader's (praise, "bookmarked" and the reader's own plan
 * for the recipe: a hard ham of set 12, held by the 10-word form before this guard). The 10-word
 * form is read for the other languages only.
 */
const ENGLISH_PROMISES: ReadonlySet<string> = new Set([
  'bookmark', 'bookmarked', 'bookmarking', 'bookmarks', 'subscribe', 'subscribed', 'subscribing', 'rss', 'feed', 'feeds', 'revisit',
  'revisiting', 'return', 'returning', 'recommend', 'recommended', 'favorites', 'favourites', 'newsletter', 'tweet', 'saved',
  'shared', 'following', 'follow',
]);
const PROMISE_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.promise);

/**
 * Session 15: promise words that say something else as often as they promise ("in return", "follow
 * the link", "shared", "feed", "delicious"; the old bookmarking sites): with no praise word, the
 * greeting-and-promise form reads only the promise to keep or come back to the page (bookmark,
 * subscribe, favourites, save, revisit; a promise phrase such as "checking back").
 */
const LOOSE_PROMISES: ReadonlySet<string> = new Set([
  'return', 'returning', 'recommend', 'recommended', 'tweet', 'stumbleupon', 'digg', 'delicious', 'feed', 'feeds', 'rss',
  'following', 'follow', 'shared', 'partager', 'wieder', 'terug', 'kembali', 'takip', 'acompanhar', 'seguirò', 'newsletter',
]);
const keptPromise = (w: string): boolean => PROMISE_WORDS.has(w) && !LOOSE_PROMISES.has(w);

/** A promise word of another language than English in a comment of 10 words or more (the unaddressed family). */
function otherLanguagePromise(f: Features): boolean {
  if (f.words.length < FAMILY_MIN_WORDS) return false;
  return f.words.some((w) => PROMISE_WORDS.has(w) && !ENGLISH_PROMISES.has(w));
}
const CLASS_WORDS: ReadonlySet<string> = new Set(Object.values(WORD_CLASSES).flat());
/**
 * Words about the blog as a thing rather than its topic: what spun praise asks or admires when it
 * does not promise to come back ("is this a paid theme?", "how long have you been blogging?",
 * "my first visit"). Many members, any wording around them.
 */
const BLOG_META: ReadonlySet<string> = new Set([
  'theme', 'themes', 'layout', 'template', 'templates', 'blogging', 'blogger', 'bloggers', 'weblog', 'webpage', 'platform',
  'wordpress', 'visit', 'visited', 'visiting', 'visitor', 'browsing', 'stumbled', 'nowadays', 'googling', 'searching',
  'browse', 'browsed', // session 14b, second pass: the other forms of "browsing"
  'loads', // session 17b: how fast the site loads, the blog as a thing ("your site loads fast")
]);
/** BLOG_META in the shared scan (scan-lists.ts): a comment with none of its words is not walked for one. */
const BLOG_META_LIST = registerScanList(roleMap([[1, BLOG_META]]));
/** Short words and words every sentence has: they do not name a topic. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'this', 'that', 'with', 'from', 'have', 'what', 'when', 'where', 'which', 'will', 'about', 'there', 'their', 'they', 'them',
  'then', 'than', 'into', 'your', 'more', 'most', 'some', 'very', 'just', 'also', 'only', 'been', 'were', 'would', 'could',
  'should', 'does', 'here', 'after', 'before', 'over', 'under', 'why', 'how', 'part', 'guide', 'review', 'best', 'new',
]);

const TITLE_FOLD_NOTES: string[] = [];

/** Words of the post title that name its topic (four letters or more, no function or flattery word). */
export function topicWords(title: string): Set<string> {
  const out = new Set<string>();
  // Session 14b: folded as body words are (fold-words.ts), so "jezírko" in a title meets "jezirko"
  // in the body; before, a title word with a diacritic never matched a body word.
  TITLE_FOLD_NOTES.length = 0;
  for (const w of foldMarks(title.toLowerCase(), TITLE_FOLD_NOTES).split(/[^\p{L}\p{N}]+/u)) {
    // Session 10: nor a word about the blog as a thing or a generic word ("visit", "first"): a title's
    // "first vet visit" is not the topic a "will visit again" promise speaks of.
    if (w.length >= 4 && !FUNCTION_WORDS.has(w) && !CLASS_WORDS.has(w) && !BLOG_META.has(w) && !GENERIC_WORDS.has(w)) out.add(w);
  }
  return out;
}

/** A body word that names the post's topic, or '' (also when no title was given). */
export function mentionsTopic(f: Features): string {
  const title = f.normalized.postTitle;
  if (title === '') return '';
  const topic = topicWords(title);
  if (topic.size === 0) return '';
  for (const w of f.words) if (topic.has(w) || (w.length > 5 && topic.has(w.slice(0, -1)))) return w;
  // Session 14b: or the same stem with another ending, as inflected languages write a title's word
  // in the body ("jezírko" → "jezírku", "orchidej" → "orchideje"): six letters or more, the two
  // differ only in their last two letters (a Czech reader naming the pond was held without it).
  let long: string[] | undefined;
  for (const t of topic) if (t.length >= 6) (long ??= []).push(t);
  if (long === undefined) return '';
  for (const w of f.words) {
    if (w.length < 6) continue;
    for (const t of long) if (Math.abs(t.length - w.length) <= 2 && sameStem(w, t)) return w;
  }
  return '';
}

/** The two words agree up to their last two letters (the shorter one's length minus two, at least 5). */
function sameStem(a: string, b: string): boolean {
  const stem = Math.max(5, Math.min(a.length, b.length) - 2);
  return a.slice(0, stem) === b.slice(0, stem);
}

/**
 * Session 9: words that carry no topic in any comment: intensifiers, "read / enjoyed / found /
 * learned", "people / everyone", time words, and the function words of the languages spun
 * flattery is written in (four letters or more; shorter words are never counted). With the word
 * classes above they make up the whole of a spun compliment, whatever its wording.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'really', 'truly', 'very', 'much', 'such', 'just', 'also', 'keep', 'going', 'read', 'reading', 'reads', 'enjoyed', 'enjoy',
  'found', 'find', 'glad', 'happy', 'love', 'like', 'liked', 'looking', 'forward', 'definitely', 'certainly', 'surely',
  'absolutely', 'people', 'everyone', 'well', 'done', 'written', 'write', 'writes', 'things', 'thing', 'something', 'anything',
  'everything', 'today', 'again', 'back', 'soon', 'next', 'learn', 'learned', 'learnt', 'know', 'knew', 'time', 'times', 'lots',
  'many', 'pretty', 'quite', 'indeed', 'need', 'needed', 'want', 'wanted', 'thought', 'think', 'thoughts', 'made', 'make',
  'makes', 'idea', 'ideas', 'point', 'world', 'internet', 'online', 'person', 'someone', 'anyone', 'continue', 'completely',
  'totally', 'highly', 'extremely', 'incredibly', 'actually', 'honestly', 'simply', 'exactly', 'kind', 'every', 'each', 'other',
  'same', 'able', 'sure', 'come', 'came', 'across', 'through', 'while', 'since', 'these', 'those', 'because', 'though',
  'might', 'must', 'being', 'having', 'doing', 'getting', 'give', 'gave', 'take', 'took', 'look', 'looked', 'wish', 'hope',
  'whole', 'first', 'last', 'once', 'ever', 'never', 'always', 'often', 'still', 'even', 'less', 'some', 'enough', 'further',
  'without', 'within', 'ours', 'whom', 'whose', 'please', 'wonder', 'manner', 'style', 'words', 'word', 'lines', 'presented',
  'sehr', 'habe', 'haben', 'werde', 'werden', 'bald', 'wirklich', 'diese', 'diesen', 'dieser', 'dieses', 'eine', 'einen',
  'einem', 'einer', 'mehr', 'auch', 'immer', 'danke', 'vielen', 'schon', 'muito', 'muita', 'para', 'mais', 'este', 'esta',
  'esse', 'essa', 'obrigado', 'obrigada', 'pero', 'como', 'gracias', 'todo', 'todos', 'pour', 'avec', 'très', 'cette', 'dans',
  'merci', 'beaucoup', 'vraiment', 'sono', 'molto', 'questo', 'questa', 'della', 'grazie', 'tutto', 'anche', 'heel', 'veel',
  'echt', 'bedankt', 'deze', 'bardzo', 'dzięki', 'очень', 'спасибо', 'этот', 'эта', 'это', 'всегда', 'çok', 'teşekkürler',
  'için', 'bir', 'sangat', 'terima', 'kasih', 'untuk', 'yang', 'dengan', 'mycket', 'tack',
  // Session 14b: weeks, months and years are time words like "today" and "time": a title's "week by
  // week" or "12-week plan" is not the topic a compliment would name.
  'week', 'weeks', 'month', 'months', 'year', 'years',
]));
/** At most this many other words of four letters or more: a compliment that names nothing. */
const CONTENT_FREE_OTHER = 1;
const CONTENT_FREE_MIN_WORDS = 12;

/** The comment's words are all praise, the post, promises, greetings, "you" and generic words. */
function contentFree(f: Features): boolean {
  if (f.words.length < CONTENT_FREE_MIN_WORDS) return false;
  let other = 0;
  for (const w of f.words) {
    if (w.length < 4 || CLASS_WORDS.has(w) || GENERIC_WORDS.has(w) || FUNCTION_WORDS.has(w) || BLOG_META.has(w)) continue;
    if (++other > CONTENT_FREE_OTHER) return false;
  }
  return true;
}

/** The flattery parts a comment has, as evidence; empty unless it has the family's structure. */
export function spunFlattery(f: Features): string[] {
  if (f.words.length > SPUN_MAX_WORDS || f.words.length < SPUN_MIN_WORDS) return NONE;
  const scan = scanOf(f);
  const c = scan.classes;
  if ((c & WORK) === 0) return NONE;
  // Session 15: or, with no praise word, a greeting and a promise about the post or the blog ("Hi!
  // Stumbled on your blog … Bookmarked, I'll be back"): the family's opener and close carry it
  // whatever synonym the praise was spun into. Both are needed; a reader's "saved it" with no
  // greeting, or a greeting with no promise, is not read.
  // The greeting's bit test comes first: it ends most unpraised comments before any phrase lookup.
  const unpraised = (c & PRAISE) === 0;
  if (unpraised && (c & GREETING) === 0) return NONE;
  const promises = phrasesOf(f, 'promise');
  if (unpraised && promises.length === 0 && ((c & PROMISE) === 0 || !f.words.some(keptPromise))) return NONE;
  // Session 7: the other half of the family praises the blog as a thing (its theme, layout,
  // template, how long it has been blogging, a first visit) instead of promising to return.
  let meta = (c & PROMISE) !== 0 || promises.length > 0 || listRolesOf(f, BLOG_META_LIST) === 0 ? '' : (f.words.find((w) => BLOG_META.has(w)) ?? '');
  // Session 9: or nothing but praise, the post and generic words in a paragraph of 12 or more
  // words: the compliment that names nothing at all, in any wording.
  // Praise that names nothing is also what a reader writes on a friend's blog: it counts only
  // without an author URL (alone it never holds) or under one whose words sell.
  if ((c & PROMISE) === 0 && promises.length === 0 && meta === '') {
    if (f.normalized.authorUrl !== '' && !authorUrlLinks(f).some(commercialUrl)) return NONE;
    if (!contentFree(f)) return NONE;
    meta = 'nothing but praise';
  }
  // Session 10: or, unaddressed, 20 words or more of it with a promise to bookmark, subscribe or
  // come back (the padded compliment needs no "you"; praise alone, unaddressed, is a reader's).
  // Session 14b: or 10 words with a promise word of another language than English (FAMILY_MIN_WORDS).
  const promised = (c & PROMISE) !== 0 || promises.length > 0;
  const addressed = (c & OWNER) !== 0 || (c & GREETING) !== 0 || (promised && f.words.length >= UNADDRESSED_MIN_WORDS) || ((c & PROMISE) !== 0 && otherLanguagePromise(f));
  if (!addressed) return NONE;
  // Code, numbers and links to references are what real readers bring; spun praise has none.
  if (scan.digits > 0 || f.normalized.body.text.includes('`')) return NONE;
  if (mentionsTopic(f) !== '') return NONE;
  // Session 14b: the unaddressed family is mostly in inflected languages ("orchidej" in the title,
  // "orchidejích" in the body): the start of a title word counts as naming it too.
  if ((c & OWNER) === 0 && (c & GREETING) === 0 && echoesTopic(f) !== '') return NONE;
  const parts: string[] = [];
  // The first word of each class from the words' scan entries (firstWordOfClass), not a walk over
  // the class's array per word: this evidence is built on every hit, and youtube's spam hits often.
  const pick = (name: WordClass): string => firstWordOfClass(f, name);
  parts.push(unpraised ? `greeting "${pick('greeting')}" … "${pick('work')}"` : `praise "${pick('praise')} … ${pick('work')}"`);
  parts.push(meta === 'nothing but praise' ? meta : meta !== '' ? `about the blog "${meta}"` : `promise "${promises[0] ?? pick('promise')}"`);
  return [parts.join(', ')];
}

const withTitle = (content: string, postTitle = 'Tuning PostgreSQL autovacuum'): CommentInput => ({ content, target: { postTitle } });
const withUrl = (content: string, url: string): CommentInput => ({ content, author: { name: 'Kelly', url }, target: { postTitle: 'Tuning PostgreSQL autovacuum' } });

/**
 * Session 7: praise of the post or its writer in any wording ("you are a very skilled writer",
 * "the info here is useful"): a praise word and a word for the work, at most 40 words, no
 * digit and no word of the post's topic. Broader than the praise phrases; it only counts under a
 * promoted author URL.
 */
function praiseOfTheWork(f: Features): boolean {
  if (f.words.length > 40) return false;
  const scan = scanOf(f);
  if ((scan.classes & PRAISE) === 0 || (scan.classes & WORK) === 0 || scan.digits > 0) return false;
  return mentionsTopic(f) === '';
}

/** Praise that fits any page: blog-template phrases, the spun structure, a praise phrase in a short comment, or praise of the work. */
function genericPraise(f: Features): boolean {
  return phrasesOf(f, 'blog').length > 0 || spunFlattery(f).length > 0 || (f.words.length <= 25 && phrasesOf(f, 'praise').length > 0 && mentionsTopic(f) === '') || praiseOfTheWork(f);
}

/**
 * Session 9: the author's own name in the host of their URL (Kai → kai-notes.example.org, Jane Doe
 * → janedoe.example.com) is a person's own site, like a blog on a blog host, unless its words sell.
 * Names of three letters or more; a name with a trade or sales word in it is a business's, not a person's.
 */
function hostNamesAuthor(f: Features, l: Link): boolean {
  const name = f.normalized.authorName.folded;
  if (name === '' || name.length > 60) return false;
  // Session 10: a name with a separator or a CamelCase brand ("Dan | WorkNest", "Olivia @ HomeSteadly",
  // "Mia from CleanPro") is a person fronting a business: its site is the business's, not a reader's own.
  if (BUSINESS_NAME.test(f.normalized.authorName.text) || latinGluedToCjk(f.normalized.authorName.text)) return false;
  const host = l.host.toLowerCase();
  const parts = name.toLowerCase().split(/[^a-z]+/);
  // A name with a trade or sales word in it ("Garden Furniture Hub") names a business, not a person.
  if (parts.some((p) => SELLING_WORDS.has(p) || SITE_NAME_NOUNS.has(p))) return false;
  return parts.some((p) => p.length >= 3 && host.includes(p));
}

/**
 * The lead, session 18: a person signing in person at their own business: the site is named after
 * them (hostNamesAuthor: a person's name, no trade or sales word in it, a part of it in the host),
 * and the e-mail is their own mailbox at that site, its local part their first name ("Harriet
 * Moss", harriet@mossdigital…). A link buyer signs a made-up name with a free-mail address, a
 * brand signs with a role mailbox (info@, sales@, deals@); a reader who runs an agency or a shop
 * signs as themselves. Their site is their own even when its name sells ("digital", "studio").
 */
function signsInPerson(f: Features, l: Link): boolean {
  return ownFirstNameMailbox(f, l) && hostNamesAuthor(f, l);
}

/** signsInPerson's mailbox half: the e-mail is at the link's site and its local part is the name's first word. */
function ownFirstNameMailbox(f: Features, l: Link): boolean {
  const mail = authorMailbox(f);
  if (mail === undefined || !mailAtSite(mail.domain, l)) return false;
  const first = f.normalized.authorName.folded.toLowerCase().split(/[^a-z]+/)[0] ?? '';
  return first.length >= 3 && mail.local.toLowerCase().split(/[._-]/)[0] === first;
}

/**
 * An author URL a link buyer would carry: a site that is not well-known, whose host or path sells,
 * and not signed in person by its owner. What the selling-praise, boilerplate and paraphrase
 * readings take as the carried link.
 */
function sellingAuthorLink(f: Features, l: Link): boolean {
  return l.host !== '' && wellKnownSite(l.host) === undefined && commercialUrl(l) && !signsInPerson(f, l);
}

const BUSINESS_NAME = /[|@/·•–—]| - | from | at |\p{Ll}\p{Lu}/u;
/**
 * Session 13: a Latin-script brand glued to a Chinese, Japanese or Korean descriptor with no space
 * ("Telegram中文版", "WPS下载", "WhatsApp网页版", "Canva다운로드"): how download mirrors and ad resellers
 * name themselves, never how a person writes their name (a reader who gives both writes them apart:
 * "Lin 林").
 */
function latinGluedToCjk(name: string): boolean {
  const end = Math.min(name.length, 60);
  let prev: 'latin' | 'cjk' | '' = '';
  for (let i = 0; i < end; i++) {
    const c = name.charCodeAt(i);
    const s = scriptOf(c);
    const now = s === 'latin' ? 'latin' : s === 'han' || s === 'kana' || s === 'hangul' ? 'cjk' : '';
    if (now !== '' && prev !== '' && now !== prev) return true;
    prev = now;
  }
  return false;
}
/**
 * Session 10: the nouns site and shop names are made of ("Home Decor Ideas", "Watch Vault", "Deals
 * Corner", "Garden Hub"): an author name with one of them names a site, not a person.
 */
const SITE_NAME_NOUNS: ReadonlySet<string> = new Set([
  'ideas', 'tips', 'hub', 'guide', 'guides', 'world', 'zone', 'club', 'studio', 'solutions', 'digital', 'media', 'daily',
  'online', 'pro', 'pros', 'experts', 'expert', 'group', 'center', 'centre', 'corner', 'vault', 'lab', 'labs', 'hq', 'official',
  'review', 'reviews', 'news', 'insider', 'central', 'point', 'spot', 'nation', 'academy', 'team', 'inc', 'ltd', 'llc',
]);

/** Profile and well-known hosts: an author URL there is a person, not a site to promote. */
export function promotedAuthorSite(f: Features): string {
  for (const l of authorUrlLinks(f)) {
    if (l.host === '' || wellKnownSite(l.host) !== undefined) continue;
    // A blog on a blog host, or a site named after the author, is a reader's own, unless its name or path sells something.
    const named = hostNamesAuthor(f, l);
    if ((onPersonalBlogHost(l) || named) && !commercialUrl(l)) continue;
    // Session 18: named after the author and signed with their own mailbox (signsInPerson).
    if (named && ownFirstNameMailbox(f, l)) continue;
    return siteOf(l);
  }
  return '';
}

/** A written-to-order comment is a paragraph; a long one that uses these words is a discussion. */
const BOILERPLATE_MAX_WORDS = 80;

function boilerplateWords(f: Features): string[] {
  const found: string[] = [];
  for (const w of f.words) if (BOILERPLATE.has(w) && !found.includes(w)) found.push(w);
  return found;
}

/**
 * Session 9: the machine-written comment that paraphrases the post to carry one link. It restates
 * the topic, agrees with or grades the post, speaks to "anyone" or "many people", and tells nothing
 * of the writer's own: no first person singular, no number, no question. Readers who add
 * something say what happened to them ("I switched…", "my starter died"), give a figure or ask.
 */
const PARAPHRASE_MIN_WORDS = 12;

/** Topic words of the title the body repeats, also as the start of a longer form (yellow → yellowing). */
export function echoesTopic(f: Features): string {
  const title = f.normalized.postTitle;
  if (title === '') return '';
  // Title words come folded as body words are (topicWords: tároljuk → taroljuk), so a Latin word
  // with diacritics can echo at all.
  const folded = [...topicWords(title)];
  if (folded.length === 0) return '';
  // Greek keeps its accents in body words, and its accent moves with the ending (ντομάτες /
  // ντοματών): the stem test compares Greek words without them.
  const stems = folded.map(withoutGreekAccents);
  // Session 10: also a plural of a short title word (bike → bikes), which the prefix test leaves out below five letters.
  for (const w of f.words) {
    const first = w.charCodeAt(0);
    for (let i = 0; i < folded.length; i++) {
      const t = folded[i] as string;
      // Every test below needs the same first letter (Greek compared without accents).
      if (first !== t.charCodeAt(0) && first < 0x370) continue;
      if (w === t || w === `${t}s` || (t.length >= 5 && w.startsWith(t)) || (w.length >= 5 && t.startsWith(w)) || sharesStem(withoutGreekAccents(w), stems[i] as string)) return w;
    }
  }
  return '';
}

/** A Greek word without its accents and diaeresis (a word in another script unchanged). */
function withoutGreekAccents(w: string): string {
  const c = w.charCodeAt(0);
  if (c < 0x370 || c > 0x3ff) return w;
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Of the shorter word, the share (in fifths) a shared start must cover to count as one stem. */
const STEM_FIFTHS = 3;
/**
 * Session 14: two words of at least five letters that share a start of five or more letters
 * covering three fifths of the shorter one: the same stem with another ending. Inflected languages
 * put case and person in the ending (Hungarian tároljuk / tárolása, Greek καθαρίζουμε / καθαρισμός,
 * Slovak fujara / fujary, Romanian Maramureș / Maramureșul), and English derivation does the same
 * (restoration / restoring), which the plain prefix test leaves out.
 */
export function sharesStem(w: string, t: string): boolean {
  if (w.length < 5 || t.length < 5) return false;
  const shorter = Math.min(w.length, t.length);
  let k = 0;
  while (k < shorter && w.charCodeAt(k) === t.charCodeAt(k)) k++;
  return k >= 5 && k * 5 >= shorter * STEM_FIFTHS;
}

/** The link the comment carries: a commercial author URL, else its one commercial body link. */
function carriedLink(f: Features): string {
  for (const l of authorUrlLinks(f)) {
    if (!onPublicBodySite(l) && sellingAuthorLink(f, l)) return `author URL ${siteOf(l)}`;
  }
  const placed = placedLinks(f);
  // A public body's page (gov.uk, nhs.uk, .edu) is what readers cite, whatever its path says ("nhs-services").
  const one = placed.length === 1 ? (placed[0] as Link) : undefined;
  if (one !== undefined && f.normalized.authorUrl === '' && !onPublicBodySite(one) && commercialUrl(one)) return `link ${siteOf(one)}`;
  return '';
}

/** Sites other than the carried one a comment must cite to be adding sources rather than restating the post. */
const SOURCES_CITED = 2;

/**
 * The lead, session 17: the comment links two or more sites besides the one it carries (the author's
 * site, or its one placed link when it has no author URL): a reader pointing others to forums,
 * references and their own notes adds sources, which a comment written only to carry one link does
 * not. A hard approvable set (wordpress-blind-34) had a reader's comment citing two enthusiasts'
 * forums and their own write-up decided spam. The link rules still count those links.
 */
function citesSources(f: Features): boolean {
  const links = bodyLinks(f);
  if (links.length < SOURCES_CITED) return false;
  const carried = authorUrlLinks(f).map((l) => l.domain ?? l.host);
  if (f.normalized.authorUrl === '') {
    const placed = placedLinks(f);
    if (placed.length === 1) carried.push((placed[0] as Link).domain ?? (placed[0] as Link).host);
  }
  const others = new Set<string>();
  for (const l of links) {
    const site = l.domain ?? l.host;
    if (site !== '' && !carried.some((c) => c !== '' && sameSite(site, c))) others.add(site);
  }
  return others.size >= SOURCES_CITED;
}

/**
 * Session 11: a pingback's or trackback's body is an excerpt of the linking page, not a comment;
 * the praise rules below do not read it (a real pingback's excerpt may say "great post"), and
 * pingbacks.ts scores the forged ones.
 */
export function isNotification(f: Features): boolean {
  return f.normalized.type === 'pingback' || f.normalized.type === 'trackback';
}

function paraphraseParts(f: Features): string[] {
  const n = f.words.length;
  if (n < PARAPHRASE_MIN_WORDS || n > BOILERPLATE_MAX_WORDS || f.links.length === 0) return NONE;
  if (f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  const text = f.normalized.body.text;
  if (text.includes('?') || text.includes('¿')) return NONE;
  const carried = carriedLink(f);
  if (carried === '' || citesSources(f)) return NONE;
  // A body link's own digits are not the writer's figures; count digits outside links only.
  if (/\d/.test(textOutsideLinks(f))) return NONE;
  // FIRST_PERSON is MACHINE_WORDS' M_FIRST_PERSON: the shared scan's or of it, not a lookup per word.
  const firstPerson = (scanOf(f).machineWords & M_FIRST_PERSON) !== 0;
  const signs: string[] = [];
  const topic = echoesTopic(f);
  if (topic !== '') signs.push(`topic "${topic}"`);
  const grade = f.words.find((w) => ASSESS.has(w));
  if (grade !== undefined) signs.push(`grades the post "${grade}"`);
  const audience = f.words.find((w) => AUDIENCE.has(w));
  if (audience !== undefined) signs.push(`audience "${audience}"`);
  const register = boilerplateWords(f);
  if (register.length >= 2) signs.push(`register "${register.slice(0, 3).join(', ')}"`);
  // Machine-written comments sometimes speak as "I" too ("I've been exploring similar ideas"):
  // then three of the signs are needed instead of two.
  if (signs.length < (firstPerson ? 3 : 2)) return NONE;
  return [`${carried}; ${signs.join('; ')}; no ${firstPerson ? '' : 'first person, '}figure or question`];
}

export function textOutsideLinks(f: Features): string {
  let text = f.normalized.body.text;
  for (const l of f.links) if (l.source === 'body') text = text.split(l.url).join(' ');
  return text;
}

export const FLATTERY_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_URL_PARAPHRASE_COMMENT',
    group: 'author',
    score: 3,
    description: 'A commercial author URL (or the comment\'s one link, to a commercial site) under a 12-80-word comment that only restates the post: two of: it repeats the title\'s topic, grades or agrees with the post ("spot on", "as you explained", "solid advice"), speaks to a generic audience ("many people", "anyone"), uses the written-to-order register (three of them when it speaks as "I"); and it has no figure and no question. The machine-written comment whose only purpose is the link',
    cap: FLATTERY_CAP,
    requires: ['links', { minWords: PARAPHRASE_MIN_WORDS }, { maxWords: BOILERPLATE_MAX_WORDS }],
    test: paraphraseParts,
    examples: {
      hit: [
        { content: 'Pruning in late winter really is the best timing, as you explained. Clean cuts and sharp tools make a big difference for the health of any fruit tree.', author: { name: 'Holly Baker', url: 'https://orchard-tree-services.example.com' }, target: { postTitle: 'Pruning apple trees in late winter' } },
        { content: 'Choosing the right grout color is something many homeowners overlook, and this guide lays out the options very clearly. Solid advice before starting any bathroom project.', author: { name: 'Tom Reyes', url: 'https://bathroom-tiles-outlet.example.net' }, target: { postTitle: 'How we picked grout for the bathroom' } },
        { content: 'Winter tyres matter far more than people think, and the points about tread depth are spot on. Worth reading before the first frost: https://tyre-deals-warehouse.example.co.uk', target: { postTitle: 'Do you really need winter tyres?' } },
        { content: 'I love how this guide explains grout sealing so clearly; anyone tiling a bathroom will find the advice about curing time helpful.', author: { name: 'Tom Reyes', url: 'https://bathroom-tiles-outlet.example.net' }, target: { postTitle: 'How we picked grout for the bathroom' } },
      ],
      miss: [
        { content: 'Pruning in late winter is what I do too; my old Bramley gave twice the fruit after I cut out the crossing branches.', author: { name: 'Holly', url: 'https://orchard-tree-services.example.com' }, target: { postTitle: 'Pruning apple trees in late winter' } },
        { content: 'Pruning in late winter really is the best timing, as you explained. Clean cuts and sharp tools make a big difference for the health of any fruit tree.', author: { name: 'Holly', url: 'https://holly.example.dev' }, target: { postTitle: 'Pruning apple trees in late winter' } },
        { content: 'Does the grout advice apply to a shower floor as well, or only to walls and splashbacks in a kitchen?', author: { name: 'Tom', url: 'https://bathroom-tiles-outlet.example.net' }, target: { postTitle: 'How we picked grout for the bathroom' } },
        { content: 'Winter tyres matter, and the tread depth part is spot on: ours were at 3 mm and slid on the first frost last year.', author: { name: 'Ann', url: 'https://tyre-deals-warehouse.example.co.uk' }, target: { postTitle: 'Do you really need winter tyres?' } },
        // The lead, session 17: two other sites cited beside the writer's own: a reader adding sources.
        { content: 'Good summary of winter tyres for anyone new to this. The tyre forums (https://tyreforum.example.org/) and the rubber compound tables (https://compoundtables.example.net/) go deeper; my own notes: https://annstyres.example.blog/notes/', author: { name: 'Ann', url: 'https://annstyres.example.blog/' }, target: { postTitle: 'Do you really need winter tyres?' } },
        // Session 15: a public body's page is a reference, whatever its path sells ("services").
        { content: 'The official guidance on the winter tyre rules is the same for anyone checking: https://www.gov.uk/vehicle-services/winter-tyres', target: { postTitle: 'Do you really need winter tyres?' } },
      ],
    },
  },
  {
    id: 'AUTHOR_URL_BOILERPLATE_COMMENT',
    group: 'author',
    score: 2.5,
    description: 'A commercial author URL (its host or path sells: shop, services, agency, deals, a trade) under a short comment in generic-advice boilerplate (three or more words such as crucial, essential, overlooked, ensure, effective): an on-topic-sounding comment written to carry the link',
    cap: FLATTERY_CAP,
    requires: ['authorUrl', { minWords: 8 }, { maxWords: BOILERPLATE_MAX_WORDS }],
    test: (f) => {
      if (f.normalized.authorUrl === '' || f.words.length > BOILERPLATE_MAX_WORDS || f.words.length < 8) return NONE;
      const site = authorUrlLinks(f).find((l) => sellingAuthorLink(f, l));
      if (site === undefined) return NONE;
      const words = boilerplateWords(f);
      return words.length >= 3 ? [`author URL ${siteOf(site)}; ${words.slice(0, 5).join(', ')}`] : NONE;
    },
    examples: {
      hit: [
        withUrl('Soil drainage is crucial here. Choosing the proper mix is essential and often overlooked by new gardeners.', 'https://greenleaf-nursery-shop.example.com'),
        withUrl('In my experience, consistent monitoring is key to ensuring reliability in any production system.', 'https://devops-consulting-services.example.net'),
        withUrl('Thanks for highlighting this. Proper insulation significantly improves efficiency during winter months.', 'https://best-roofing-contractors.example.com/blog'),
      ],
      miss: [
        withUrl('Soil drainage is crucial here. Choosing the proper mix is essential and often overlooked by new gardeners.', 'https://kim.example.dev'),
        withUrl('Soil drainage is crucial here. Choosing the proper mix is essential and often overlooked by new gardeners.', 'https://gardeningnotes.wordpress.com'),
        withUrl('Thanks, the part on drainage fixed my fig.', 'https://greenleaf-nursery-shop.example.com'),
        withUrl('Good tip on the pot size, ours was far too big.', 'https://roofing-pros.example.com'),
      ],
    },
  },
  {
    id: 'TEXT_SPUN_FLATTERY',
    requires: [{ wordClass: 'work' }, { minWords: SPUN_MIN_WORDS }, { maxWords: SPUN_MAX_WORDS }],
    group: 'text',
    score: 2,
    description: 'Generic flattery with the spun-comment structure: praise of the post or writing, a promise to bookmark, subscribe or come back (or talk of the blog itself, or 12+ words that name nothing but praise), addressed to the owner, and no word of the post\'s topic; with no praise word, a greeting and a promise',
    cap: FLATTERY_CAP,
    test: spunFlattery,
    examples: {
      hit: [
        withTitle('Hello there! Wonderful article, I have bookmarked your site and will come back for more.'),
        withTitle('Hey, fantastic blog post. I just subscribed to your RSS feed, keep writing!'),
        withTitle('Truly valuable content, admin. I will recommend your website to my friends and return soon.'),
        withTitle('Hi! Your blog layout is great and the writing is even better. Did you build this theme yourself?'),
        withTitle('What a nice webpage, you write really well. I stumbled on it while googling.'),
        withTitle('Hello, you have done a truly excellent job here, the article is so well presented and the writing really is a joy.'),
        withTitle('Hola, muy buen artículo, me gustó mucho, guardaré tu página en favoritos.'),
        // Session 15: no praise word, a greeting and a promise about the blog.
        withTitle('Hey there! Landed on your blog by accident and stayed for an hour. Bookmarked it, will be checking back.'),
      ],
      miss: [
        withTitle('Great post on autovacuum! I bookmarked it, the cost_limit part saved our database.'),
        withTitle('Thanks, this was helpful.'),
        withTitle('Great article. Subscribed.'),
        withTitle('Nice post, you convinced me to raise autovacuum_max_workers to 6.'),
        withTitle('Great post. Your point about vacuum thresholds on huge tables is the part I found most useful.'),
        withTitle('Great post, many thanks!'),
        withTitle('Hello, you have done a truly excellent job here, the article on our team offsite in Lisbon brought back memories.'),
        // Session 15: a promise without a greeting, or a greeting without a promise, is not the unpraised form.
        withTitle('Landed on your blog by accident and stayed for an hour. Bookmarked it, will be checking back.'),
        withTitle('Hi! Landed on your blog by accident and stayed for an hour reading old posts.'),
      ],
    },
  },
  {
    id: 'AUTHOR_URL_GENERIC_COMMENT',
    group: 'author',
    score: 1.5,
    description: 'The author leaves a promoted URL (not a profile or well-known site) under a comment that is only generic flattery: the comment exists to carry the author link',
    cap: FLATTERY_CAP,
    requires: ['authorUrl', { maxWords: MAX_WORDS }],
    test: (f) => {
      if (f.words.length > MAX_WORDS || f.normalized.authorUrl === '' || isNotification(f)) return NONE;
      const site = promotedAuthorSite(f);
      if (site === '') return NONE;
      return genericPraise(f) ? [`author URL ${site} under generic praise`] : NONE;
    },
    examples: {
      hit: [
        withUrl('Great post, thanks for sharing!', 'https://best-garden-furniture.example.com'),
        withUrl('Hello! Wonderful article, I have bookmarked your site and will come back for more.', 'https://cheap-flights.example.net'),
        withUrl('Such a pleasant read, the author clearly knows how to write.', 'https://garage-doors.example.com'),
        withUrl('Great post, thanks for sharing!', 'https://cheap-essay-writers.blogspot.com'),
      ],
      miss: [
        withUrl('Great post, thanks for sharing!', 'https://github.com/kelly'),
        withUrl('Great post, thanks for sharing!', 'https://kellywrites.wordpress.com'),
        withUrl('Such a lovely read, thanks for sharing it.', 'https://kelly-and-the-hens.example.org'),
        withUrl('Great post, autovacuum finally makes sense to me.', 'https://kelly.example.org'),
        withTitle('Great post, thanks for sharing!'),
        withUrl('Nice post, autovacuum on 3 big tables now runs every hour.', 'https://kelly.example.org'),
        // The lead, session 18: a person signing in person at their own business (signsInPerson).
        { content: 'Speaking as a web designer for local trades, a write-up that answers what customers really ask beats any advert I could sell them. Nice work.', author: { name: 'Maren Holt', email: 'maren@holtdigital.example.com', url: 'https://holtdigital.example.com' }, target: { postTitle: 'Tuning PostgreSQL autovacuum' } },
      ],
    },
  },
  {
    id: 'AUTHOR_URL_SELLING_PRAISE',
    group: 'author',
    score: 1.5,
    description: 'Generic praise (as AUTHOR_URL_GENERIC_COMMENT reads it) under an author URL whose own words sell (shop, services, repair, loans, a trade; in several languages): the link buyer\'s comment, scored above a reader\'s own site',
    cap: FLATTERY_CAP,
    requires: ['authorUrl', { maxWords: MAX_WORDS }],
    test: (f) => {
      // Session 9: the same comment under a selling URL is one step worse than under any
      // promoted URL (issue 10's "scored higher with an author URL that looks commercial").
      if (f.words.length > MAX_WORDS || f.normalized.authorUrl === '' || isNotification(f)) return NONE;
      const site = authorUrlLinks(f).find((l) => sellingAuthorLink(f, l));
      if (site === undefined || !genericPraise(f)) return NONE;
      return [`selling author URL ${siteOf(site)} under generic praise`];
    },
    examples: {
      hit: [
        withUrl('Really good article, thank you for it.', 'https://discount-sofa-store.example.com'),
        withUrl('Informative content, great work by the writer.', 'https://carpet-cleaning-services.example.net'),
        { content: 'Speaking as a web designer for local trades, a write-up that answers what customers really ask beats any advert I could sell them. Nice work.', author: { name: 'Maren Holt', email: 'maren.holt@gmail.com', url: 'https://holtdigital.example.com' }, target: { postTitle: 'Tuning PostgreSQL autovacuum' } },
      ],
      miss: [
        withUrl('Really good article, thank you for it.', 'https://kellyreads.example.org'),
        withUrl('Really good article on autovacuum, thank you.', 'https://discount-sofa-store.example.com'),
        withTitle('Really good article, thank you for it.'),
        // The lead, session 18: signed in person at their own business; the same with a free-mail address hits.
        { content: 'Speaking as a web designer for local trades, a write-up that answers what customers really ask beats any advert I could sell them. Nice work.', author: { name: 'Maren Holt', email: 'maren@holtdigital.example.com', url: 'https://holtdigital.example.com' }, target: { postTitle: 'Tuning PostgreSQL autovacuum' } },
      ],
    },
  },
  {
    id: 'AUTHOR_URL_STRANGER_PRAISE',
    group: 'author',
    score: 1.5,
    description: 'Generic praise (as AUTHOR_URL_GENERIC_COMMENT reads it) under a promoted author URL that is a stranger\'s to the signer: the e-mail is at another domain and neither the name nor the mailbox is in the host. Link buyers sign a made-up person\'s name and a free-mail address under a site that is not theirs',
    cap: FLATTERY_CAP,
    requires: ['authorUrl', 'authorEmail', { maxWords: MAX_WORDS }],
    test: (f) => {
      // Session 16c: the signature's second sign (siteIdentity, session 14), read under the same
      // generic praise. A reader's own site carries their name or their address; a business
      // owner signs at their own domain.
      if (f.words.length > MAX_WORDS || f.normalized.authorUrl === '' || isNotification(f)) return NONE;
      // A reader who speaks of their own ("my site", "our build log") is pointing to it, not carrying it.
      if ((scanOf(f).machineWords & M_OWN) !== 0) return NONE;
      const site = promotedAuthorSite(f);
      if (site === '') return NONE;
      const link = authorUrlLinks(f).find((l) => siteOf(l) === site);
      if (link === undefined || siteIdentity(f, link) !== 'stranger' || !genericPraise(f)) return NONE;
      return [`author URL ${site}, signed "${f.normalized.authorName.text}" <${f.normalized.authorEmail}>`];
    },
    examples: {
      hit: [
        { content: 'Superb website, writing of this standard is rare. Cheers!', author: { name: 'Willa Dean', email: 'willadean@gmail.com', url: 'https://patio-kits.example.com' } },
        { content: 'Great post, thanks for sharing!', author: { name: 'Rolf', email: 'rolf.k@gmx.net', url: 'https://vapor-shop.example.eu' } },
      ],
      miss: [
        { content: 'Great post, thanks for sharing!', author: { name: 'Kelly Marsh', email: 'kelly@gmail.com', url: 'https://kellymarsh.example.org' } },
        { content: 'Great post, thanks for sharing!', author: { name: 'Rolf', email: 'rolf@vapor-shop.example.eu', url: 'https://vapor-shop.example.eu' } },
        { content: 'Great post, thanks for sharing!', author: { name: 'Rolf', url: 'https://vapor-shop.example.eu' } },
        { content: 'Great post on autovacuum, the cost limit part fixed our database.', author: { name: 'Rolf', email: 'rolf.k@gmx.net', url: 'https://vapor-shop.example.eu' } },
        { content: 'Great write-up. I logged the whole budget on my site if anyone wants it.', author: { name: 'Ben Ward', email: 'ben.w@gmail.com', url: 'https://smallcabin.example.dev' } },
      ],
    },
  },
];
