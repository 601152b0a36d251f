// Bot probes: a form filled with random letter strings (name `kXqTzvRwPl`, e-mail
// `uHgRtKpL@…`, body `xJqPzMvWtR`) to learn whether the site publishes unmoderated comments.
// No language has such words, and character statistics show it without a dictionary: random
// letters switch case every letter or two and have few vowels, where names and words, even
// CamelCase identifiers, are runs of pronounceable syllables.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from './none.js';

const MIN_LETTERS = 6;
const MAX_LETTERS = 40;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isVowel(c: number): boolean {
  // a e i o u y, either case
  const l = c | 32;
  return l === 97 || l === 101 || l === 105 || l === 111 || l === 117 || l === 121;
}

/**
 * True when `token` (ASCII letters only) reads as random letters: mixed case that flips at least
 * every third letter with few vowels or a long consonant run, or lowercase with almost no vowels.
 * Scripts without case or outside ASCII are never called random here: this rule speaks only
 * where the statistics are known.
 */
export function looksRandom(token: string): boolean {
  const n = token.length;
  if (n < MIN_LETTERS || n > MAX_LETTERS) return false;
  let upper = 0;
  let flips = 0;
  let vowels = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter) return false;
    if (isUpper(c) && i > 0) upper++;
    if (i > 0 && isUpper(c) !== isUpper(token.charCodeAt(i - 1))) flips++;
    if (isVowel(c)) {
      vowels++;
      run = 0;
    } else if (++run > longestRun) longestRun = run;
  }
  const vowelShare = vowels / n;
  const mixed = upper >= 2 && flips >= 3 && flips / n >= 0.34;
  if (mixed && (vowelShare < 0.3 || longestRun >= 4)) return true;
  return n >= 8 && vowelShare < 0.13 && longestRun >= 5;
}

/** `w` without trailing . , ! ? (a loop: a `[.,!?]+$` pattern backtracks on long runs). */
function trimPunctuation(w: string): string {
  let end = w.length;
  while (end > 0 && '.,!?'.includes(w[end - 1] as string)) end--;
  return w.slice(0, end);
}

/** The one token a field consists of, or '' when it has spaces or other characters. */
function soleToken(text: string): string {
  const t = text.trim();
  return /^[A-Za-z]{6,40}$/.test(t) ? t : '';
}

function randomFields(f: Features): string[] {
  const n = f.normalized;
  const out: string[] = [];
  const name = soleToken(n.authorName.text);
  if (name !== '' && looksRandom(name)) out.push(`name ${name}`);
  const at = n.authorEmail.indexOf('@');
  const local = at > 0 ? n.authorEmail.slice(0, at) : '';
  // E-mail addresses reach us lowercased by some CMSs: only the lowercase test applies then.
  if (local !== '' && looksRandom(local)) out.push(`e-mail ${n.authorEmail}`);
  for (const l of f.links) {
    if (l.source !== 'author.url' || l.domain === null) continue;
    const label = l.domain.slice(0, l.domain.indexOf('.'));
    if (looksRandom(label)) out.push(`URL ${l.host}`);
  }
  // Two random fields are needed: without one among name, e-mail and URL the body cannot make two.
  if (out.length === 0) return out;
  const body = n.body.text.trim();
  if (body.length <= 200) {
    const words = body.split(/\s+/);
    if (words.length <= 4 && words.some((w) => looksRandom(trimPunctuation(w)))) out.push(`body "${body.slice(0, 40)}"`);
  }
  return out;
}

const probe = (name: string, email: string, content: string, url?: string): CommentInput => ({ content, author: { name, email, ...(url ? { url } : {}) } });

export const PROBE_RULES: readonly Rule[] = [
  {
    id: 'META_BOT_PROBE',
    group: 'meta',
    score: 3,
    description: 'Two or more fields (name, e-mail, URL, body) are random letter strings, no word of any language: a bot probing whether the form publishes',
    test: (f) => {
      const fields = randomFields(f);
      return fields.length >= 2 ? fields : NONE;
    },
    examples: {
      hit: [
        probe('kXqTzvRwPl', 'uhgrtkpl@gmail.com', 'xJqPzMvWtR'),
        probe('WbQzRxTnKv', 'mira@example.com', 'pLmKzQwXvB tRzqWnMx'),
        probe('Jane', 'qzxwvtkr@example.net', 'HfTqWzPxKr', 'https://bvcxzqwrtp.com'),
      ],
      miss: [
        probe('Schwarzschild', 'k.schwarzschild@example.de', 'Thanks, this helped.'),
        probe('McDonald', 'mcdonald@example.com', 'JavaScript getElementById returns null here'),
        probe('Nguyễn Thị Hạnh', 'hanh@example.vn', 'Bài viết rất hay'),
        probe('iPhoneUser', 'ipu@example.com', 'OK'),
      ],
    },
  },
];
