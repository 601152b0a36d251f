// Session 13: an advert written wholly in another script than the post it is left under. Site
// owners describe the same queue everywhere: a Russian renovation firm, a Riyadh cleaning company,
// a Chinese download mirror or a Korean lender posts its advert, in its own language, under any post
// of any blog, carrying its site as the author URL or one body link. A reader who writes in another
// language than the post's does so too (a Japanese reader thanking an English post), but either
// links nothing or links a profile, a blog host, a well-known site (session 10's carriedSite), and a
// technical reader mixes in the Latin-script names of what they use (Safari, config.txt, npm). So
// the rule needs all three: the post title in one script, the comment's words in another (no Latin
// words of its own beyond its links), and a promoted site. It reads the post title, which every CMS
// sends, not `site.languages` (TEXT_FOREIGN_LANGUAGE's option): the title is the page's own language,
// and the rule is about the advert's link, not the language alone. A Latin-script comment under a
// post in another script is left out (English is what readers of every blog write when they cannot
// write the post's language). It holds (3 points); it never decides alone.
import type { CommentInput, Features, Rule } from '../../types.js';
import { scriptOf } from './language.js';
import { carriedSite } from './machine-written.js';
import { NONE } from './none.js';

/** Han and kana are one family here: Japanese writes both, and a Chinese title shares Han. */
function family(c: number): string | null {
  const s = scriptOf(c);
  if (s === 'kana') return 'han';
  return s;
}

/** Letters a title needs before its script is known, and the share of them in one script. */
const TITLE_MIN_LETTERS = 8;
const TITLE_CHARS = 200;
/** Words read of the comment, and the Latin-script words (outside its links) that end it. */
const WORDS_READ = 80;
const MAX_OWN_LATIN_WORDS = 1;
/** Letters the comment needs (a Chinese, Japanese or Korean letter is a syllable or a word). */
const MIN_LETTERS = 8;
const MIN_CJK_LETTERS = 5;

/** The script most of the title's letters are in, when at least 80 % are ('' otherwise). */
export function titleScript(title: string): string {
  const counts = new Map<string, number>();
  let total = 0;
  const end = Math.min(title.length, TITLE_CHARS);
  for (let i = 0; i < end; i++) {
    const s = family(title.charCodeAt(i));
    if (s === null || s === 'other') continue;
    total++;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (total < TITLE_MIN_LETTERS) return '';
  for (const [s, n] of counts) if (n >= 0.8 * total) return s;
  return '';
}

/**
 * The comment's script when its words are wholly in one non-Latin script other than `postScript`:
 * counted by each word's first letter, weighted by length; Latin words that are not part of a
 * body link count against it, and two of them end it (a reader's product names, code, units).
 */
function otherScript(f: Features, postScript: string): string {
  let script = '';
  let letters = 0;
  let ownLatin = 0;
  const urls = f.links.filter((l) => l.source === 'body').map((l) => l.url.toLowerCase());
  const n = Math.min(f.words.length, WORDS_READ);
  for (let i = 0; i < n; i++) {
    const w = f.words[i] as string;
    const s = family(w.charCodeAt(0));
    if (s === null || s === 'other') continue;
    if (s === 'latin') {
      if (w === 'https' || w === 'http' || w === 'www' || urls.some((u) => u.includes(w))) continue;
      if (++ownLatin > MAX_OWN_LATIN_WORDS) return '';
      continue;
    }
    if (s === postScript) return '';
    if (script === '') script = s;
    else if (s !== script) return '';
    letters += w.length;
  }
  return letters >= (script === 'han' || script === 'hangul' ? MIN_CJK_LETTERS : MIN_LETTERS) ? script : '';
}

function otherScriptAdvert(f: Features): string[] {
  if (f.normalized.type === 'pingback' || f.normalized.type === 'trackback') return NONE;
  const postScript = titleScript(f.normalized.postTitle);
  if (postScript === '') return NONE;
  const script = otherScript(f, postScript);
  if (script === '') return NONE;
  const carried = carriedSite(f);
  if (carried === '') return NONE;
  return [`written in ${script} script under a post titled in ${postScript}; ${carried}`];
}

const on = (postTitle: string, content: string, url = ''): CommentInput => ({ content, author: { name: 'A', url }, target: { postTitle } });

export const OTHER_SCRIPT_RULES: readonly Rule[] = [
  {
    id: 'TEXT_OTHER_SCRIPT_ADVERT',
    group: 'text',
    score: 3,
    description: 'Written wholly in another script than the post title (Cyrillic, Arabic, Chinese, Korean, Devanagari, … under a post in another), with no Latin-script words of its own, carrying a promoted site (an author URL that is not a profile, blog host, well-known site or the author\'s own name, or one body link): the advert posted in its own language under any blog',
    // (nonLatin: otherScript counts only the letters of words in a script other than Latin.)
    requires: ['links', 'nonLatin'],
    test: otherScriptAdvert,
    examples: {
      hit: [
        on('Repotting a root-bound olive tree', 'Натяжные потолки под ключ за один день, замер бесплатно, звоните нам.', 'https://potolki-master.example.ru'),
        on('Our first winter with a heat pump', 'أفضل خدمات نقل الأثاث بأسعار منافسة مع التغليف والتركيب، اتصل بنا الآن', 'https://naql-athath.example.sa'),
        on('Seven small fixes for a slow laptop', '最新版本免费下载，安全快速，欢迎访问我们的网站 https://xiazai-zhan.example.cn'),
        on('목공 작업실 정리 요령', '最新版本免费下载，安全快速，欢迎访问。', 'https://xiazai-zhan.example.cn'),
      ],
      miss: [
        // A reader thanking in their own language, no link.
        on('Repotting a root-bound olive tree', 'Спасибо, очень полезная статья, пересадил своё дерево по вашим советам.'),
        // The same reader under their profile on a blog host.
        on('Repotting a root-bound olive tree', 'Спасибо, очень полезная статья, пересадил своё дерево по вашим советам.', 'https://olga-sad.livejournal.com'),
        // A technical reader naming what they use in Latin script, with their own site.
        on('Debugging memory leaks in Node workers', 'ワーカーのメモリリークは heapdump と Chrome DevTools で見つけました。記事にまとめています。', 'https://kenji-notes.example.jp'),
        // A well-known link in another script.
        on('Debugging memory leaks in Node workers', '推荐看看官方文档：https://github.com/nodejs/node/issues 很有帮助。'),
        // The post is in the comment's script.
        on('Как пересадить оливу', 'Натяжные потолки под ключ за один день, замер бесплатно.', 'https://potolki-master.example.ru'),
        // English under a post in another script (readers write it when they cannot write the post's language).
        on('Как пересадить оливу', 'Lovely photos, thanks for writing this up, see my garden too.', 'https://garden-shop.example.com'),
      ],
    },
  },
];
