// Session 16c: the probes that carry no random string. Site owners report form probes that post
// a number alone ("1"), a greeting and a goodbye with nothing between (the XRumer-era "hello and
// bye" check), a lone "hi" signed "hi" or "admin", or a scanner's script payload
// ("<script>alert(1)</script>", which reaches the rules as "alert(1)" once the markup is
// stripped): each tests whether the form publishes, or renders markup, before the real payload
// is sent. None of them says anything a reader would say; a real short reply ("ok", "+1",
// "Thanks!", "Hi Anna!", a name, an emoji) is none of these shapes. A number alone or a lone
// "hi" needs a signature that is no person's too (a digit, a role, random letters). The rule
// holds; it decides only with another sign (a bot's user agent, a random field).
import type { CommentInput, Features, Rule } from '../../types.js';
import { nameWords } from './author.js';
import { withFoldedForms } from './fold-words.js';
import { NONE } from './none.js';
import { randomField } from './probe.js';
import { WORD_CLASSES } from './word-classes.js';

/** Past this many body words a comment is not one of these shapes; tested before anything else. */
const MAX_WORDS = 6;
const MAX_CHARS = 80;

const GREETINGS: ReadonlySet<string> = new Set(WORD_CLASSES.greeting);
/** Goodbyes in the languages probes are sent in (the probe's second half). */
const FAREWELLS: ReadonlySet<string> = new Set(withFoldedForms([
  'bye', 'goodbye', 'byebye', 'farewell', 'cya', 'adios', 'adiós', 'tschüss', 'tschuss', 'tschau', 'пока', 'прощай', 'adeus',
  'addio', 'arrivederci', 'doei', 'hejdå', 'hoşçakal', 'żegnaj', 'nara',
]));
/** What a probe puts around its greeting and goodbye ("Hello. And bye.", "Hello there, goodbye"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'there', 'then', 'all', 'again', 'и', 'y', 'e', 'und', 'et']);
/** Names that are a role or a tool, not a person: a probe signs with what the form's field was called. */
const ROLE_NAMES: ReadonlySet<string> = new Set(['admin', 'administrator', 'webmaster', 'root', 'user', 'username', 'name', 'nickname']);
/**
 * "test" as a name, in the languages forms are tested in; and (second pass, after reading sets 24
 * and 25) the names of the mass-posting and scanning tools that sign their probes with their own
 * name (XRumer, ScrapeBox, GSA, Acunetix, sqlmap, Nikto).
 */
const TEST_NAMES: ReadonlySet<string> = new Set([
  'test', 'tester', 'testing', 'teste', 'prueba', 'тест', 'deneme', 'asdf', 'qwerty',
  'xrumer', 'scrapebox', 'gsa', 'acunetix', 'sqlmap', 'nikto',
]);

/** The whole body is one number ("1", "123"): no reader answers a post with a bare count. "+1" and "10/10" are not this. */
const NUMBER_ALONE = /^\d{1,6}[.!]?$/;
/**
 * The whole body is a scanner's payload: a JavaScript dialog call ("alert(1)", "prompt('xss')",
 * "javascript:alert(document.domain)"), an SQL tautology ("' OR 1=1 --", "1' or '1'='1") or a
 * template probe ("{{7*7}}", "${7*7}", "${jndi:…}"). Bounded classes only (regex-lint).
 */
const PAYLOADS: readonly RegExp[] = [
  /^["'<>/;\s]*(?:javascript:)?(?:alert|prompt|confirm)\s?\([^()]{0,40}\)[\s"'<>/;]*$/i,
  /^[\w"'\s]{0,8}\bor\s['"]?1['"]?\s?=\s?['"]?1['"]?[\s\-#;/*]*$/i,
  /^[$#]?\{\{?\s?(?:7\s?\*\s?7|jndi:[^}]{0,60})\s?\}\}?$/i,
];

/**
 * The signature is no person's: a one-word name that is digits, a greeting, a role or a test word,
 * or random or mashed letters (probe.ts), or a mailbox of random or mashed letters. Read only
 * under a body of one of the shapes below; '' when the name may be a person's.
 */
function noPerson(f: Features): string {
  const name = nameWords(f);
  if (name.length === 1) {
    const n = name[0] as string;
    if (/^\d+$/.test(n) || GREETINGS.has(n) || ROLE_NAMES.has(n) || FAREWELLS.has(n) || TEST_NAMES.has(n) || randomField(f.normalized.authorName.text.trim())) {
      return `signed "${f.normalized.authorName.text.slice(0, 30)}"`;
    }
  }
  const email = f.normalized.authorEmail;
  const at = email.indexOf('@');
  const local = at > 0 ? email.slice(0, at) : '';
  return /^\p{L}{4,40}$/u.test(local) && randomField(local) ? `from ${email.slice(0, 40)}` : '';
}

function shape(f: Features): string {
  const body = f.normalized.body.text.trim();
  // Session 16c: a number alone is a probe only under a signature that is no person's: readers
  // answer "pick one of five" polls and ratings with a bare digit (a social corpus's ham).
  if (NUMBER_ALONE.test(body)) {
    const who = noPerson(f);
    return who === '' ? '' : `a number alone: "${body}", ${who}`;
  }
  if (PAYLOADS.some((re) => re.test(body))) return `a scanner's payload alone: "${body.slice(0, 40)}"`;
  const words = f.words;
  let greeting = '';
  let farewell = '';
  for (const w of words) {
    if (GREETINGS.has(w)) greeting ||= w;
    else if (FAREWELLS.has(w)) farewell ||= w;
    else if (!JOINERS.has(w)) return '';
  }
  if (greeting !== '' && farewell !== '') return `a greeting and a goodbye, nothing between: "${body.slice(0, 40)}"`;
  if (greeting === '' || farewell !== '' || words.length > 2) return '';
  // A lone "hi": a probe only when the name is no person's (a greeting, a role, random letters).
  const who = noPerson(f);
  return who === '' ? '' : `"${body.slice(0, 20)}", ${who}`;
}

const signed = (content: string, name: string): CommentInput => ({ content, author: { name } });

export const PROBE_SHAPE_RULES: readonly Rule[] = [
  {
    id: 'META_PROBE_SHAPE',
    requires: [{ minWords: 1 }, { maxWords: MAX_WORDS }],
    group: 'meta',
    score: 3,
    description: 'The whole comment is what a form probe posts when it has no random string: a greeting and a goodbye with nothing between, a number alone or a lone greeting signed with no person\'s name (digits, a greeting, a role such as "admin", a tool, random letters), or a scanner\'s payload (a JavaScript alert, an SQL tautology, a template expression)',
    test: (f) => {
      if (f.words.length === 0 || f.words.length > MAX_WORDS || f.stats.length > MAX_CHARS) return NONE;
      const found = shape(f);
      return found === '' ? NONE : [found];
    },
    examples: {
      hit: [
        signed('1', '1'),
        signed('42', 'qwerty'),
        signed('1', 'ScrapeBox'),
        { content: '7', author: { name: 'Mark', email: 'sdfghjkl@example.com' } },
        signed('Hi. And goodbye.', 'Dan'),
        signed('hello there, bye', 'Lisa'),
        signed('hey', 'hey'),
        signed('hello', 'admin'),
        signed('<script>alert(1)</script>', 'Kim'),
        signed("javascript:alert('xss')", 'Kim'),
        signed("1' OR '1'='1", 'Kim'),
        signed('{{7*7}}', 'Kim'),
      ],
      miss: [
        signed('+1', 'Mark'),
        signed('4', 'Mark'),
        { content: '3' },
        signed('10/10 would bake again', 'Mark'),
        signed('ok', 'Mark'),
        signed('Thanks!', 'Mark'),
        signed('Hi Anna!', 'Mark'),
        signed('hello', 'Maria'),
        signed('Anna', 'Anna'),
        signed('👍', 'Mark'),
        signed('Bye everyone, thanks for the lovely evening!', 'Mark'),
        signed('Use textContent, not innerHTML, or alert(1) runs', 'Kim'),
        signed('Page 2 of the manual says 1=1 is always true in that mode', 'Kim'),
      ],
    },
  },
];
