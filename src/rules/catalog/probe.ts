// Bot probes: a form filled with random letter strings (name `kXqTzvRwPl`, e-mail
// `uHgRtKpL@…`, body `xJqPzMvWtR`) to learn whether the site publishes unmoderated comments.
// No language has such words, and character statistics show it without a dictionary: random
// letters switch case every letter or two and have few vowels, where names and words, even
// CamelCase identifiers, are runs of pronounceable syllables.
import type { CommentInput, Features, Rule } from '../../types.js';
import { NONE } from './none.js';
import { withFoldedForms } from './fold-words.js';

const MIN_LETTERS = 6;
const MAX_LETTERS = 40;

/** Vowels of the cased scripts a probe is typed in: Latin (a e i o u y), Cyrillic and Greek. */
const VOWELS: ReadonlySet<string> = new Set([...'aeiouyаеёиоуыэюяіїєαεηιουωάέήίόύώ']);

/**
 * Keyboard rows (QWERTY, AZERTY/QWERTZ's own neighbours, ЙЦУКЕН): a bot or a tester who mashes
 * keys types neighbours of a row ("asdfgh", "sdfkjh", "фывапр"); words of any language rarely
 * string more than two such pairs together.
 */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn', 'qwertzuiop', 'yxcvbnm', 'йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'];
const KEY_PAIRS: ReadonlySet<string> = (() => {
  const pairs = new Set<string>();
  for (const row of KEY_ROWS) {
    const keys = [...row];
    for (let i = 0; i + 1 < keys.length; i++) {
      pairs.add(`${keys[i]}${keys[i + 1]}`);
      pairs.add(`${keys[i + 1]}${keys[i]}`);
    }
  }
  return pairs;
})();

/** Share of a lowercase token's letter pairs that are neighbours on a keyboard row, and their count. */
function keyboardPairs(lower: readonly string[]): { pairs: number; share: number } {
  let pairs = 0;
  for (let i = 0; i + 1 < lower.length; i++) if (KEY_PAIRS.has(`${lower[i]}${lower[i + 1]}`)) pairs++;
  return { pairs, share: lower.length > 1 ? pairs / (lower.length - 1) : 0 };
}

/**
 * True when `token` reads as random characters: mixed case that flips at least every third letter
 * with few vowels or a long consonant run, lowercase with almost no vowels, a keyboard mash, or
 * letters and digits interleaved with few vowels ("kj3nvbq8"). Session 8: any cased script (Latin,
 * Cyrillic, Greek, …) and digits inside the token; scripts without case (Han, Arabic, Thai, …)
 * are never called random here: the statistics are known only where letters have case and vowels.
 */
export function looksRandom(token: string): boolean {
  const chars = [...token];
  const n = chars.length;
  if (n < MIN_LETTERS || n > MAX_LETTERS) return false;
  const lower: string[] = [];
  let letters = 0;
  let upper = 0;
  let flips = 0;
  let vowels = 0;
  let run = 0;
  let longestRun = 0;
  let digitGroups = 0;
  let prevUpper: boolean | undefined;
  let prevDigit = false;
  for (const ch of chars) {
    if (ch >= '0' && ch <= '9') {
      if (!prevDigit) digitGroups++;
      prevDigit = true;
      run = 0;
      continue;
    }
    prevDigit = false;
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) return false; // not a cased letter
    const isUp = ch === up;
    if (isUp && letters > 0) upper++;
    if (prevUpper !== undefined && isUp !== prevUpper) flips++;
    prevUpper = isUp;
    letters++;
    lower.push(lo);
    if (VOWELS.has(lo)) {
      vowels++;
      run = 0;
    } else if (++run > longestRun) longestRun = run;
  }
  if (letters < 4) return false;
  const vowelShare = vowels / letters;
  const mixed = upper >= 2 && flips >= 3 && flips / letters >= 0.34;
  if (mixed && (vowelShare < 0.3 || longestRun >= 4 || digitGroups >= 2)) return true;
  // Letters and digits interleaved ("kj3nvbq8", "x7qp2mz"), not a name with a year after it.
  const interleaved = digitGroups >= 2 || (digitGroups === 1 && !(token[n - 1]! >= '0' && token[n - 1]! <= '9'));
  if (interleaved && vowelShare < 0.2) return true;
  if (digitGroups > 0) return false;
  const mash = keyboardPairs(lower);
  if (mash.pairs >= 4 && mash.share >= 0.6) return true;
  // Session 16c: mixed case typed down the keyboard's columns ("GtYhUjIk": g-t, y-h, u-j), vowels
  // or not; and seven letters with no vowel at all ("xzqlvnp": no word of a cased script has one).
  if (mixed && crossRowShare(lower) >= 0.8) return true;
  if (n >= 7 && vowels === 0 && longestRun >= 5) return true;
  return n >= 8 && vowelShare < 0.13 && longestRun >= 5;
}

/**
 * Session 16c: a short field mashed on the keyboard, too short for the statistics above ("asdf",
 * "qwer", "hjkl", "aaaa", "abcdefg"): four or more keys in order along one row (either way), the
 * alphabet from its start, or (`repeats`) one letter typed four times or more, and nothing else
 * but more of the same. Names and words are not runs of
 * neighbouring keys ("were" turns back; "Trey" leaves the row).
 */
export function mashedKeys(token: string, repeats = true): boolean {
  const lower = token.toLowerCase();
  if (lower.length < 4 || lower.length > MAX_LETTERS) return false;
  if ((repeats && /^(\p{L})\1{3,}$/u.test(lower)) || alphabetRun(lower)) return true;
  let i = 0;
  while (i < lower.length) {
    const run = rowRunAt(lower, i);
    if (run < 4) return false;
    i += run;
  }
  return true;
}

/** The alphabet in order from its start, four letters or more ("abcd", "abcdefghij"): a tester's filler. */
function alphabetRun(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) !== 97 + i) return false;
  return lower.length >= 4;
}

/** Keyboard rows as strings, each also reversed: a row run is a substring of one. */
const ROW_STRINGS: readonly string[] = KEY_ROWS.flatMap((r) => [r, [...r].reverse().join('')]);

/** The length of the longest run of consecutive keys of one row (either way) that starts at `i`. */
function rowRunAt(lower: string, i: number): number {
  let best = 0;
  for (const row of ROW_STRINGS) {
    const at = row.indexOf(lower[i] as string);
    if (at < 0) continue;
    let k = 0;
    while (i + k < lower.length && row[at + k] === lower[i + k]) k++;
    if (k > best) best = k;
  }
  return best;
}

/** Share of a lowercase token's letter pairs that are keyboard neighbours along or across rows. */
function crossRowShare(lower: readonly string[]): number {
  let cross = 0;
  for (let i = 1; i < lower.length; i++) if (CROSS_ROW_PAIRS.has(`${lower[i - 1]}${lower[i]}`)) cross++;
  return lower.length > 1 ? cross / (lower.length - 1) : 0;
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
  // Most names have a space (the pattern forbids one) or a length no 4 to 40 code points can have
  // (each is one or two UTF-16 units): answered without the Unicode pattern, on every comment.
  if (t.length < 4 || t.length > 80 || t.indexOf(' ') >= 0) return '';
  return /^[\p{L}\d]{4,40}$/u.test(t) ? t : '';
}

/** A field is random (the statistics above) or mashed on the keyboard. */
export const randomField = (token: string): boolean => looksRandom(token) || mashedKeys(token);

function randomFields(f: Features): string[] {
  const n = f.normalized;
  const out: string[] = [];
  const name = soleToken(n.authorName.text);
  const at = n.authorEmail.indexOf('@');
  const local = at > 0 ? n.authorEmail.slice(0, at) : '';
  // Two random fields are needed, one of them among name, e-mail and URL. Count the fields that
  // could be one before testing any (looksRandom walks every letter): on most comments there are
  // fewer than two, and the answer is a miss whatever they hold.
  let urls = 0;
  for (const l of f.links) if (l.source === 'author.url' && l.domain !== null) urls++;
  const fields = (name !== '' ? 1 : 0) + (local !== '' ? 1 : 0) + urls;
  if (fields === 0) return out;
  // With one such field the body must be the second: a short one.
  const words = shortBodyWords(n.body.text);
  if (fields === 1 && words === undefined) return out;
  // Fields not yet tested that could still be random (the body is one when short): once the random
  // fields found and those left cannot make two, the answer is a miss and the rest is not tested
  // (on a long comment with an e-mail and a URL, a plain mailbox name ends it). Same evidence on a hit.
  let left = fields + (words === undefined ? 0 : 1);
  if (name !== '') {
    if (randomField(name)) out.push(`name ${name}`);
    if (out.length + --left < 2) return out;
  }
  // E-mail addresses reach us lowercased by some CMSs: only the lowercase test applies then.
  if (local !== '') {
    if (randomField(local)) out.push(`e-mail ${n.authorEmail}`);
    if (out.length + --left < 2) return out;
  }
  for (const l of f.links) {
    if (l.source !== 'author.url' || l.domain === null) continue;
    const label = l.domain.slice(0, l.domain.indexOf('.'));
    if (randomField(label)) out.push(`URL ${l.host}`);
    if (out.length + --left < 2) return out;
  }
  // Two random fields are needed: without one among name, e-mail and URL the body cannot make two.
  if (out.length === 0) return out;
  if (words !== undefined && words.some((w) => randomField(trimPunctuation(w)))) out.push(`body "${n.body.text.trim().slice(0, 40)}"`);
  return out;
}

/** The words of a body that can be a random field (at most 200 characters, at most 4 words, once trimmed), else undefined. */
function shortBodyWords(text: string): string[] | undefined {
  const body = text.trim();
  if (body.length > 200) return undefined;
  const words = body.split(/\s+/);
  return words.length <= 4 ? words : undefined;
}

/** A test comment is a few words: "this is a test comment, please ignore". */
const TEST_MAX_WORDS = 10;
/** "test" in the languages forms are tested in (folded as body words are). */
const TEST_WORDS: ReadonlySet<string> = new Set(withFoldedForms([
  'test', 'tests', 'testing', 'tested', 'teste', 'testes', 'testando', 'testar', 'prueba', 'pruebas', 'probando', 'essai',
  'tester', 'probe', 'prova', 'proba', 'próba', 'teszt', 'тест', 'тестовый', 'тестовое', 'тестовая', 'тестирование',
  'проверка', 'deneme', 'percobaan', 'uji', 'coba', 'ujicoba', 'testovací', 'testi', 'testaus', 'δοκιμή', 'בדיקה', 'اختبار',
  'परीक्षण', 'kiem', 'kiểm', 'asdf', 'qwerty',
]));
/** What surrounds "test" in a test comment: "this is just a test comment from the form, please ignore". */
const TEST_FILLER: ReadonlySet<string> = new Set(withFoldedForms([
  'this', 'is', 'a', 'an', 'just', 'only', 'comment', 'comments', 'post', 'message', 'please', 'ignore', 'delete', 'hello',
  'hi', 'from', 'my', 'the', 'site', 'form', 'plugin', 'again', 'another', 'one', 'two', 'three', 'it', 'new', 'of', 'do', 'not',
  'approve', 'de', 'comentario', 'mensaje', 'por', 'favor', 'ignorar', 'ceci', 'est', 'un', 'une', 'commentaire', 'это',
  'комментарий', 'сообщение', 'yorum', 'bu', 'bir', 'ini', 'komentar', 'pesan', 'dies', 'ist', 'ein', 'kommentar', 'tra',
  'tra', 'comentário', 'mensagem', 'commento', 'messaggio', 'komentarz', 'wiadomość', 'hola', 'ok',
  // Session 16c: "checking whether comments work here", the tester's other sentence (read only with CHECK_WORDS).
  'whether', 'if', 'here', 'world', 'work', 'works', 'working', 'functions', 'funktioniert', 'funciona', 'fonctionne', 'работает',
]));
/** "Checking": a test word only beside a word that the form works ("checking if comments work"). */
const CHECK_WORDS: ReadonlySet<string> = new Set(['checking', 'check', 'проверяю', 'prüfe', 'vérifie', 'comprobando']);
const WORKS_WORDS: ReadonlySet<string> = new Set(['work', 'works', 'working', 'funktioniert', 'funciona', 'fonctionne', 'работает']);
/** "test" in scripts written without spaces. */
const UNSPACED_TEST = ['测试', '測試', 'テスト', '테스트', 'ทดสอบ'];

function unspacedTest(text: string): string {
  for (const t of UNSPACED_TEST) if (text.includes(t)) return t;
  return '';
}

/**
 * Session 11: the probe typed in capitals. Some probe bots post a body of random upper-case
 * letters ("QXWRTPLMZKBV") under an ordinary name, so only one field is random and the two-field
 * rule above cannot see it. A body of one to three all-capital tokens (6+ letters each, 10+ in all) is read on
 * its own: random when the letters have few vowels or long consonant runs, or are a keyboard mash
 * across rows (neighbours above and below as well: "PLOKIJUH"). Shouting ham is words ("THANK
 * YOU", "CONGRATULATIONS", "BRAVO") and acronyms are short ("LGTM", "WWDC").
 */
const CAPS_MIN_LETTERS = 8;
/** Keys above/below each other on QWERTY (each pair both ways): the diagonal and column mash. */
const CROSS_ROW_PAIRS: ReadonlySet<string> = (() => {
  const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
  const pairs = new Set<string>(KEY_PAIRS);
  for (let r = 0; r + 1 < rows.length; r++) {
    const top = rows[r] as string;
    const low = rows[r + 1] as string;
    for (let i = 0; i < low.length; i++) {
      for (const up of [top[i], top[i + 1]]) {
        if (up === undefined) continue;
        pairs.add(`${up}${low[i]}`);
        pairs.add(`${low[i]}${up}`);
      }
    }
  }
  return pairs;
})();

function randomCapitals(token: string): boolean {
  if (token.length < MIN_LETTERS || token.length > MAX_LETTERS || !/^[A-Z]+$/.test(token)) return false;
  const lower = token.toLowerCase();
  let vowels = 0;
  let run = 0;
  let longestRun = 0;
  let cross = 0;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    if ('aeiouy'.includes(ch)) {
      vowels++;
      run = 0;
    } else if (++run > longestRun) longestRun = run;
    if (i > 0 && CROSS_ROW_PAIRS.has(`${lower[i - 1]}${ch}`)) cross++;
  }
  const share = vowels / lower.length;
  if (share < 0.2 || longestRun >= 5 || (share < 0.3 && longestRun >= 4)) return true;
  return cross / (lower.length - 1) >= 0.8;
}

function capitalsProbe(f: Features): string {
  const body = f.normalized.body.text.trim();
  if (body.length < CAPS_MIN_LETTERS || body.length > 60) return '';
  const tokens = body.split(' ');
  if (tokens.length > 3) return '';
  let letters = 0;
  let long = 0;
  for (const t of tokens) {
    // Session 16c: a short token beside the long ones ("… GKQWVVMN FSLJ") when it has no vowel.
    if (randomCapitals(t)) long++;
    else if (!/^[B-DF-HJ-NP-TV-XZ]{3,5}$/.test(t)) return '';
    letters += t.length;
  }
  return long > 0 && letters >= CAPS_MIN_LETTERS + 2 ? body : '';
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
        probe('dfghjkls', 'dfghjkls@example.com', 'asdfghjk lkjh'),
        probe('Wq4zRt8m', 'wq4zrt8m@example.org', 'Zx9pTq2v'),
        // Session 16c: a field mashed along a row or down the columns, the alphabet, no vowel at all.
        probe('asdf', 'asdf@example.com', 'fhdjskal sdjfkl'),
        probe('GtYhUjIk', 'mira@example.com', 'GtYhUjIkOlPb'),
        probe('Mira', 'xzqlvnp@example.com', 'xzqlvnp kgtrwe'),
        probe('aBcDeFgH', 'mira@example.com', 'aaaa'),
        probe('ЖщКзВтПр', 'anna@example.ru', 'йцукенгшщ'),
      ],
      miss: [
        probe('Schwarzschild', 'k.schwarzschild@example.de', 'Thanks, this helped.'),
        probe('McDonald', 'mcdonald@example.com', 'JavaScript getElementById returns null here'),
        probe('Nguyễn Thị Hạnh', 'hanh@example.vn', 'Bài viết rất hay'),
        probe('iPhoneUser', 'ipu@example.com', 'OK'),
        probe('Przemysław', 'przemek1984@example.pl', 'Dziękuję, działa!'),
        probe('Strengths', 'jsmith84@example.com', 'Nice'),
        probe('Владимир', 'vladimir@example.ru', 'Спасибо'),
        probe('xXDarkKnightXx', 'dk2007@example.com', 'lol this is great'),
        probe('Anna', 'anna@example.com', 'Anna'),
        probe('Trey', 'were@example.com', 'tree'),
        probe('Abcde Fox', 'abc@example.com', 'Thanks'),
      ],
    },
  },
  {
    id: 'META_CAPS_PROBE',
    requires: ['capitals', { minWords: 1 }, { maxWords: 3 }],
    group: 'meta',
    score: 3,
    description: 'The whole body is one to three strings of random capital letters (few vowels, long consonant runs, or a keyboard mash across rows): a probe bot, even under an ordinary name',
    test: (f) => {
      // Cheap gate: mostly capitals and short.
      if (f.stats.upperShare < 0.9 || f.stats.length > 60 || f.words.length === 0 || f.words.length > 3) return NONE;
      const body = capitalsProbe(f);
      return body === '' ? NONE : [`body "${body.slice(0, 40)}"`];
    },
    examples: {
      hit: ['ZQWXRTPLKMNB', 'HJKDSFGWEQ NBVXCM', 'PLOKIJUHYGTFRD'],
      miss: ['THANKS A LOT', 'CONGRATULATIONS', 'LGTM', 'BRAVO!!!', 'HTTPS HSTS CSP', 'STRENGTHS AND WEAKNESSES'],
    },
  },
  {
    id: 'META_TEST_COMMENT',
    requires: [{ minWords: 1 }, { maxWords: TEST_MAX_WORDS }],
    group: 'meta',
    score: 3,
    description: 'The whole comment is a test ("test", "testing 123", "this is a test comment, please ignore", in many languages): a tool or bot checking whether the form publishes',
    test: (f) => {
      if (f.words.length === 0 || f.words.length > TEST_MAX_WORDS) return NONE;
      const folded = f.normalized.body.folded;
      const unspaced = folded.length <= 20 ? unspacedTest(folded) : '';
      if (unspaced !== '') return [`"${unspaced}" in a ${folded.length}-character comment`];
      let test = '';
      let check = '';
      let works = false;
      for (const w of f.words) {
        // Second pass (after reading sets 24 and 25): a keyboard mash is the tester's word too
        // ("asdfgh"), but not one letter held down: "Ммммм", "Уууууу" are a reader's interjection.
        if (TEST_WORDS.has(w) || mashedKeys(w, false)) test ||= w;
        else if (CHECK_WORDS.has(w)) check ||= w;
        else if (!TEST_FILLER.has(w) && !/^\d+$/.test(w)) return NONE;
        if (WORKS_WORDS.has(w)) works = true;
      }
      if (test === '' && works) test = check;
      return test === '' ? NONE : [`"${test}" in a ${f.words.length}-word comment`];
    },
    examples: {
      hit: ['Hello, just checking whether comments work here.', 'Hello world! Checking if comments work.', 'asdfgh qwerty', 'test', 'Testing, testing 1 2 3', 'This is just a test message, please ignore it.', 'prueba', 'Тестовый комментарий', 'deneme 123', 'テスト', 'Test post from the plugin'],
      miss: [
        'Test passed after I added the waitFor, thanks!',
        'Did you test it on Safari?',
        'The test suite is flaky on CI for me too.',
        'Testing in production, the classic.',
        'Great post!',
        'Just checking: does the ebook work on a Kindle?',
        'Ммммм',
        'Soooo good',
        'Checking in again!',
      ],
    },
  },
];
