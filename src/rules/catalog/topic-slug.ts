// Session 17c: a page's address that names the post's own subject. Session 16 made the vocabulary
// mention rules skip a trade the post's title names ("Council to decide on casino plans"): then the
// comment's word is the page's topic, not an advert. The same holds for an address: a podcast's
// episode on the casino levels of a video game, pinging back a post on that game's casino levels,
// has "casino" in its slug because that is what both pages are about. Only the path is read so:
// a site named after a trade (its host) is the trade whatever the post is about, and the rest of
// the address keeps counting.
import type { Features, Link } from '../../types.js';
import { memoFact } from './memo.js';
import { findDomainVocabulary, type VocabularyHit } from './scan.js';
import { VOCABULARY, type VocabularyName } from './vocabulary.js';

/** Each vocabulary category's words, strong and weak (what the mention rules count). */
export const CATEGORY_WORDS: ReadonlyMap<VocabularyName, ReadonlySet<string>> = new Map(VOCABULARY.map((c) => [c.name, new Set([...c.strong, ...c.weak])]));

/** The post title's words and the vocabulary categories they name: a function of the title alone. */
interface PostTopic {
  /** The title's words, lowercased ('' split away). */
  words: ReadonlySet<string>;
  /** The categories with a word among them (titleNames), in VOCABULARY order. */
  named: readonly VocabularyName[];
}

const NO_TOPIC: PostTopic = { words: new Set(), named: [] };

/**
 * Session 18a: the post's title read once per comment (kept in its facts, memo.ts). It was split
 * by a Unicode regex on every call: once per link word per vocabulary category in wordsBesideTopic,
 * and the author URL and pingback rules call that for every comment with an author URL.
 */
function postTopicOf(f: Features): PostTopic {
  if (f.normalized.postTitle === '') return NO_TOPIC;
  return memoFact(f, 'postTopic', readPostTopic);
}

function readPostTopic(f: Features): PostTopic {
  const words = new Set(f.normalized.postTitle.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''));
  const named: VocabularyName[] = [];
  for (const [name, vocabulary] of CATEGORY_WORDS) {
    for (const w of words) {
      if (vocabulary.has(w)) {
        named.push(name);
        break;
      }
    }
  }
  return { words, named };
}

/**
 * The lead, session 16: the post's own title uses the category's vocabulary ("High Street pharmacy
 * to close", "Council to decide on casino plans", "Free bets are not free"): then the comment's use
 * of it is the page's topic, not a trade's advert, and the mention rule does not count it. Adverts
 * are still read by what they do (TEXT_TRADE_ADVERT's three signs, TEXT_GAMBLING_TERMS, links, the
 * author fields); a hard approvable set (wordpress-blind-30) had readers' and a news desk's comments
 * on such posts decided spam.
 */
export function titleNames(f: Features, name: VocabularyName): boolean {
  return postTopicOf(f).named.includes(name);
}

/** The word is in the link's path and not its host: a word of the page's slug, not of the site's name. */
const inSlugOnly = (l: Link, w: string): boolean => l.path.includes(w) && !l.host.includes(w);

/**
 * The link's words without those of its slug that the post's title names: a word of a
 * spam-vocabulary category the title names (as titleNames reads it), or the title's own word of
 * four letters or more (a reply post on clearing gutters has "/gutters/" in its address, and
 * "gutters" is a trade's word). All of the words when there is no title or no path. Measured: the
 * title-word half moved no verdict on blind sets 1–31; it keeps a project-written reply pingback
 * (fixture cs-2325) from reading as a selling page.
 */
export function wordsBesideTopic(f: Features, l: Link): readonly string[] {
  if (l.path === '' || l.path === '/' || f.normalized.postTitle === '') return l.words;
  let out: string[] | undefined;
  const topic = postTopicOf(f);
  for (let i = 0; i < l.words.length; i++) {
    const w = l.words[i] as string;
    const topical = inSlugOnly(l, w) && ((w.length >= 4 && topic.words.has(w)) || namedCategory(topic, w));
    if (topical && out === undefined) out = l.words.slice(0, i);
    else if (!topical && out !== undefined) out.push(w);
  }
  return out ?? l.words;
}

/**
 * The lead, session 17: a word of a pingback's or trackback's page title (its author name) that the
 * post's title also uses, or whose spam category the post's title names, is the subject both pages
 * share, not what the linking page sells. A solar installer's finance post, pinged back by a blog's
 * "finance for solar" round-up, has "solar" in both titles. The same reading as wordsBesideTopic's
 * for a slug; only notifications are read so (a comment's author name is the commenter's own choice,
 * and a keyword name on a post about the keyword is the classic advert).
 */
export function pageTitleSharesTopic(f: Features, w: string): boolean {
  if (f.normalized.postTitle === '') return false;
  const topic = postTopicOf(f);
  return (w.length >= 4 && topic.words.has(w)) || namedCategory(topic, w);
}

/** The word belongs to a vocabulary category the post's title names. */
function namedCategory(topic: PostTopic, w: string): boolean {
  for (const name of topic.named) if ((CATEGORY_WORDS.get(name) as ReadonlySet<string>).has(w)) return true;
  return false;
}

/** The spam vocabulary of a link's words, less the slug words that name the post's own subject. */
export function vocabularyBesideTopic(f: Features, l: Link): VocabularyHit[] {
  return findDomainVocabulary(wordsBesideTopic(f, l));
}
