// Spun flattery: the generic compliment family bots fill with synonyms ("Hello! Wonderful post,
// I have bookmarked your site and will come back for more"). Each copy uses other words, so the
// family is found by its structure: praise of the post or the writing, a promise to bookmark,
// subscribe or come back, addressed to the owner or opened with a greeting, and nothing about the
// page's topic. The blog-template phrases, praise next to a link and this rule see the same
// comment from different angles: they share the family cap "flattery".
import type { CommentInput, Features, Rule } from '../../types.js';
import { wellKnownSite } from '../lists/well-known.js';
import { authorUrlLinks, commercialUrl, onPersonalBlogHost, siteOf } from './link-facts.js';
import { NONE } from './none.js';
import { classBit, phrasesOf, scanOf } from './scan.js';
import { WORD_CLASSES } from './word-classes.js';

export const FLATTERY_CAP = { family: 'flattery', max: 4 } as const;

const PRAISE = classBit('praise');
const WORK = classBit('work');
const PROMISE = classBit('promise');
const OWNER = classBit('owner');
const GREETING = classBit('greeting');
/** Spun flattery is a few sentences; a long comment that praises the post also says something. */
const MAX_WORDS = 90;
const CLASS_WORDS: ReadonlySet<string> = new Set(Object.values(WORD_CLASSES).flat());
/**
 * Words about the blog as a thing rather than its topic: what spun praise asks or admires when it
 * does not promise to come back ("is this a paid theme?", "how long have you been blogging?",
 * "my first visit"). Many members, any wording around them.
 */
const BLOG_META: ReadonlySet<string> = new Set([
  'theme', 'themes', 'layout', 'template', 'templates', 'blogging', 'blogger', 'bloggers', 'weblog', 'webpage', 'platform',
  'wordpress', 'visit', 'visited', 'visiting', 'visitor', 'browsing', 'stumbled', 'nowadays', 'googling', 'searching',
]);
/** Short words and words every sentence has: they do not name a topic. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'this', 'that', 'with', 'from', 'have', 'what', 'when', 'where', 'which', 'will', 'about', 'there', 'their', 'they', 'them',
  'then', 'than', 'into', 'your', 'more', 'most', 'some', 'very', 'just', 'also', 'only', 'been', 'were', 'would', 'could',
  'should', 'does', 'here', 'after', 'before', 'over', 'under', 'why', 'how', 'part', 'guide', 'review', 'best', 'new',
]);

/** Words of the post title that name its topic (four letters or more, no function or flattery word). */
function topicWords(title: string): Set<string> {
  const out = new Set<string>();
  for (const w of title.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= 4 && !FUNCTION_WORDS.has(w) && !CLASS_WORDS.has(w)) out.add(w);
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
  return '';
}

/** The flattery parts a comment has, as evidence; empty unless it has the family's structure. */
function spunFlattery(f: Features): string[] {
  if (f.words.length > MAX_WORDS || f.words.length < 5) return NONE;
  const scan = scanOf(f);
  const c = scan.classes;
  if ((c & PRAISE) === 0 || (c & WORK) === 0) return NONE;
  const promises = phrasesOf(f, 'promise');
  // Session 7: the other half of the family praises the blog as a thing (its theme, layout,
  // template, how long it has been blogging, a first visit) instead of promising to return.
  const meta = (c & PROMISE) !== 0 || promises.length > 0 ? '' : (f.words.find((w) => BLOG_META.has(w)) ?? '');
  if ((c & PROMISE) === 0 && promises.length === 0 && meta === '') return NONE;
  const addressed = (c & OWNER) !== 0 || (c & GREETING) !== 0;
  if (!addressed) return NONE;
  // Code, numbers and links to references are what real readers bring; spun praise has none.
  if (scan.digits > 0 || f.normalized.body.text.includes('`')) return NONE;
  if (mentionsTopic(f) !== '') return NONE;
  const parts: string[] = [];
  const pick = (set: readonly string[]): string => f.words.find((w) => set.includes(w)) ?? '';
  parts.push(`praise "${pick(WORD_CLASSES.praise)} … ${pick(WORD_CLASSES.work)}"`);
  parts.push(meta !== '' ? `about the blog "${meta}"` : `promise "${promises[0] ?? pick(WORD_CLASSES.promise)}"`);
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

/** Profile and well-known hosts: an author URL there is a person, not a site to promote. */
function promotedAuthorSite(f: Features): string {
  for (const l of authorUrlLinks(f)) {
    if (l.host === '' || wellKnownSite(l.host) !== undefined) continue;
    // A blog on a blog host is a reader's own, unless its name or path sells something.
    if (onPersonalBlogHost(l) && !commercialUrl(l)) continue;
    return siteOf(l);
  }
  return '';
}

/**
 * Session 8: the register of written-to-order and machine-written comments (generic advice that
 * fits any page of the topic: "consistency is crucial", "an often overlooked aspect", "ensuring
 * optimal results"). Words of explanation and assessment, not of any topic; each is ordinary in
 * one comment, three in a short one under a commercial author URL are the link buyer's filler.
 */
const BOILERPLATE: ReadonlySet<string> = new Set([
  'crucial', 'essential', 'vital', 'valuable', 'invaluable', 'insightful', 'insights', 'comprehensive', 'overlooked', 'overlook',
  'effective', 'effectively', 'ensure', 'ensuring', 'ensures', 'enhance', 'enhancing', 'enhances', 'optimize', 'optimizing',
  'optimization', 'optimal', 'implementing', 'implementation', 'leverage', 'leveraging', 'strategies', 'strategy', 'approach',
  'approaches', 'significant', 'significantly', 'additionally', 'furthermore', 'moreover', 'overall', 'particularly', 'truly',
  'journey', 'thriving', 'thrive', 'seamless', 'seamlessly', 'robust', 'delve', 'delving', 'navigate', 'navigating',
  'landscape', 'realm', 'gamechanger', 'highlights', 'highlighted', 'highlighting', 'breakdown', 'informative', 'perspective',
  'aspect', 'aspects', 'consistent', 'consistently', 'achieving', 'maintaining', 'proper', 'properly', 'practical', 'factors',
  'considerations', 'beginners', 'enthusiasts', 'fostering', 'foster', 'elevate', 'empower', 'streamline', 'reliability',
  'efficiency', 'importance', 'beneficial', 'experience', 'key', 'tips', 'worth', 'noting', 'absolutely', 'definitely',
  'pivotal', 'paramount', 'holistic', 'tailored', 'nuanced', 'resonate', 'resonates', 'testament', 'underscores', 'showcases',
]);
/** A written-to-order comment is a paragraph; a long one that uses these words is a discussion. */
const BOILERPLATE_MAX_WORDS = 80;

function boilerplateWords(f: Features): string[] {
  const found: string[] = [];
  for (const w of f.words) if (BOILERPLATE.has(w) && !found.includes(w)) found.push(w);
  return found;
}

export const FLATTERY_RULES: readonly Rule[] = [
  {
    id: 'AUTHOR_URL_BOILERPLATE_COMMENT',
    group: 'author',
    score: 2.5,
    description: 'A commercial author URL (its host or path sells: shop, services, agency, deals, a trade) under a short comment in generic-advice boilerplate (three or more words such as crucial, essential, overlooked, ensure, effective): an on-topic-sounding comment written to carry the link',
    cap: FLATTERY_CAP,
    test: (f) => {
      if (f.normalized.authorUrl === '' || f.words.length > BOILERPLATE_MAX_WORDS || f.words.length < 8) return NONE;
      const site = authorUrlLinks(f).find((l) => l.host !== '' && wellKnownSite(l.host) === undefined && commercialUrl(l));
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
    group: 'text',
    score: 2,
    description: 'Generic flattery with the spun-comment structure: praise of the post or writing, a promise to bookmark, subscribe or come back, addressed to the owner, and no word of the post\'s topic',
    cap: FLATTERY_CAP,
    test: spunFlattery,
    examples: {
      hit: [
        withTitle('Hello there! Wonderful article, I have bookmarked your site and will come back for more.'),
        withTitle('Hey, fantastic blog post. I just subscribed to your RSS feed, keep writing!'),
        withTitle('Truly valuable content, admin. I will recommend your website to my friends and return soon.'),
        withTitle('Hi! Your blog layout is great and the writing is even better. Did you build this theme yourself?'),
        withTitle('What a nice webpage, you write really well. I stumbled on it while googling.'),
      ],
      miss: [
        withTitle('Great post on autovacuum! I bookmarked it, the cost_limit part saved our database.'),
        withTitle('Thanks, this was helpful.'),
        withTitle('Great article. Subscribed.'),
        withTitle('Nice post, you convinced me to raise autovacuum_max_workers to 6.'),
        withTitle('Great post. Your point about vacuum thresholds on huge tables is the part I found most useful.'),
      ],
    },
  },
  {
    id: 'AUTHOR_URL_GENERIC_COMMENT',
    group: 'author',
    score: 1.5,
    description: 'The author leaves a promoted URL (not a profile or well-known site) under a comment that is only generic flattery: the comment exists to carry the author link',
    cap: FLATTERY_CAP,
    test: (f) => {
      if (f.words.length > MAX_WORDS || f.normalized.authorUrl === '') return NONE;
      const site = promotedAuthorSite(f);
      if (site === '') return NONE;
      const generic = phrasesOf(f, 'blog').length > 0 || spunFlattery(f).length > 0 || (f.words.length <= 25 && phrasesOf(f, 'praise').length > 0 && mentionsTopic(f) === '') || praiseOfTheWork(f);
      return generic ? [`author URL ${site} under generic praise`] : NONE;
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
        withUrl('Great post, autovacuum finally makes sense to me.', 'https://kelly.example.org'),
        withTitle('Great post, thanks for sharing!'),
        withUrl('Nice post, autovacuum on 3 big tables now runs every hour.', 'https://kelly.example.org'),
      ],
    },
  },
];
