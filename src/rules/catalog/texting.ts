// Premium-rate and subscription texting: the SMS family that also reaches comment forms. What
// marks it is not one wording but its machinery, which a legitimate comment almost never carries
// twice: a short code to text a keyword to ("text WIN to 80080"), a price per message, minute or
// week ("150p/msg", "$2.99/wk"), an opt-out instruction ("reply STOP", "to opt out"), terms and
// an age limit ("T&Cs apply", "18+"), a premium-rate phone number (UK 09…, 087…; US 1-900). Two
// of those, or one with two prize or notice words ("free", "win", "claim"…), make the rule. It
// shares the family cap "notice" with the prize and phishing notices (scams.ts): the same
// message is one scam however many of those rules see it.
import type { Features, Rule } from '../../types.js';
import { NONE } from './none.js';
import { TEXTING_OPT_OUT_WORDS, TEXTING_REPLY_WORDS, TEXTING_TERMS_WORDS, TEXTING_WORDS } from './rule-words.js';
import { TEXTING_WORD, scanOf } from './scan.js';

const NOTICE_CAP = { family: 'notice', max: 5 } as const;

/** Words that ask for a reply by text or call, before a short code or "STOP" (rule-words.ts; the shared scan flags them). */
const REPLY_WORDS: ReadonlySet<string> = new Set(TEXTING_REPLY_WORDS);
/** Opt-out words (after a reply word: "reply stop", "txt stop"; alone: "unsubscribe", "optout"). */
const STOP_WORDS: ReadonlySet<string> = new Set(['stop', 'end', 'cancel', 'unsub']);
const OPT_OUT: ReadonlySet<string> = new Set(TEXTING_OPT_OUT_WORDS);
/** Terms and age limits, as the tokenizer leaves them ("T&Cs" → "t", "cs"; "18+" → "18"). */
const TERMS: ReadonlySet<string> = new Set(TEXTING_TERMS_WORDS);

/**
 * A price per message, minute, week or month: "150p/msg", "£1.50 per min", "$2.99/wk", "50c a text".
 * Every match starts with a currency sign or a digit; the leading lookahead says so, which lets
 * V8 skip other positions at once (3-4× faster on long comments, same matches).
 */
const PRICE_PER =
  /(?=[£$€0-9])(?:[£$€]\s?\d{1,4}(?:[.,]\d{1,2})?|\b\d{1,4}(?:[.,]\d{1,2})?\s?(?:p|pence|c|cents?|ppm|gbp|usd|eur))\s?(?:\/|per\s|a\s|x\s)\s?(?:msg|message|min|minute|wk|week|text|txt|sms|call|month|mnth|mth|day)\b/iu;
/**
 * What every PRICE_PER match starts with (same flags): a currency sign, or a digit then, after at
 * most one space, the first letter of a unit (p, pence, c, cents, ppm, gbp, usd, eur). This pattern
 * tests each position once; PRICE_PER backtracks through \d{1,4} at every digit, and a link-heavy
 * comment has hundreds of digits in its URLs.
 */
const MAY_PRICE_PER = /[£$€]|\d\s?[pcgue]/iu;
/** Premium-rate numbers: UK 09 (11 digits) and 087/084 (11), US 1-900. */
const PREMIUM_NUMBER = /(?:^|[^\d])(?:09\d{9}|08[47]\d{8}|1[\s-]?900[\s-]?\d{3}[\s-]?\d{4})(?!\d)/u;

/**
 * Every premium number holds `09`, `08` or `900`: three substring searches (fast, no
 * backtracking) spare most long comments the pattern, which tries every position.
 */
function mayHavePremiumNumber(text: string): boolean {
  return text.includes('09') || text.includes('08') || text.includes('900');
}

/** Every word the machinery loop acts on. */
const MACHINERY_WORDS: ReadonlySet<string> = new Set(TEXTING_WORDS);

function isCode(w: string): boolean {
  if (w.length < 4 || w.length > 6) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** All ASCII digits (a group of a phone number as the tokenizer splits it). */
function digitsOnly(w: string | undefined): boolean {
  if (w === undefined || w === '') return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A short code at `j`: 4-6 digits. The lead, session 16: a group that opens with 0 beside another
 * digit group is part of a phone number ("Ring 01632 555 014", a pharmacist's
 * shop line on a blind approvable set, was read as "ring … 01632"). Either alone is not enough:
 * texting spam writes codes beside prices and numbers.
 */
function shortCodeAt(words: readonly string[], j: number): boolean {
  const w = words[j] as string;
  return isCode(w) && (w.charCodeAt(0) !== 48 || !(digitsOnly(words[j + 1]) || digitsOnly(words[j - 1])));
}

/**
 * The machinery of a texting service found in the comment, one entry per kind; when fewer than
 * `needed` kinds are found the list may stop short (the caller then ignores it).
 */
function machinery(f: Features, needed: number): string[] {
  const found: string[] = [];
  const words = f.words;
  let code = '';
  let stop = '';
  let terms = '';
  // Such messages are short; past 200 words a comment is something else. When the shared scan saw
  // none of the loop's words anywhere, the loop would find nothing.
  const n = (scanOf(f).ruleWords & TEXTING_WORD) === 0 ? 0 : Math.min(words.length, 200);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    // One lookup per word: most words are none of these and skip the four set tests below.
    if (!MACHINERY_WORDS.has(w)) continue;
    if (REPLY_WORDS.has(w)) {
      for (let j = i + 1; j < Math.min(n, i + 5); j++) {
        const next = words[j] as string;
        if (code === '' && shortCodeAt(words, j)) code = `${w} … ${next}`;
        if (stop === '' && STOP_WORDS.has(next) && j <= i + 2) stop = `${w} ${next}`;
      }
    } else if (stop === '' && OPT_OUT.has(w)) stop = w;
    else if (w === 'opt' && words[i + 1] === 'out') stop = 'opt out';
    else if (terms === '' && TERMS.has(w)) {
      // "18" only as an age limit: "18+", "over 18", "18s"; the tokenizer drops "+", so ask the neighbours.
      if (w === '18' || w === '16') {
        const before = words[i - 1];
        if (before === 'over' || before === 'only' || before === 'aged' || words[i + 1] === 'only') terms = `${before ?? ''} ${w}`.trim();
      } else terms = w;
    }
  }
  if (code !== '') found.push(`short code: ${code}`);
  if (stop !== '') found.push(`opt-out: ${stop}`);
  if (terms !== '') found.push(`terms: ${terms}`);
  const text = f.normalized.body.text;
  // The two text scans last, and the premium number first: when the words found nothing and
  // fewer than `needed` kinds can still make the rule, a missing premium number settles it and
  // the price pattern (an unanchored scan, the costliest part of this rule) need not run.
  const premium = mayHavePremiumNumber(text) ? PREMIUM_NUMBER.exec(text) : null;
  if (premium === null && found.length + 1 < needed) return found;
  const price = MAY_PRICE_PER.test(text) ? PRICE_PER.exec(text) : null;
  if (price !== null) found.push(`price: ${price[0]}`);
  if (premium !== null) found.push(`premium number: ${premium[0].replace(/^[^\d]/u, '')}`);
  return found;
}

export const TEXTING_RULES: readonly Rule[] = [
  {
    id: 'TEXT_TEXTING_SERVICE',
    requires: [{ anyOf: ['digits', { wordClass: 'notice' }] }],
    group: 'text',
    score: 3,
    cap: NOTICE_CAP,
    description:
      'Premium-rate or subscription texting: two of a short code to text a keyword to, a price per message or minute, an opt-out instruction, terms or an age limit, a premium-rate number; or one of them with two prize or notice words',
    test: (f) => {
      const scan = scanOf(f);
      // Every kind but terms and opt-out needs digits; a comment without digits or notice words has none of it.
      if (scan.digits < 2 && scan.noticeWords.length === 0) return NONE;
      const found = machinery(f, scan.noticeWords.length >= 2 ? 1 : 2);
      if (found.length >= 2) return found;
      if (found.length === 1 && scan.noticeWords.length >= 2) return [...found, `notice words: ${scan.noticeWords.slice(0, 4).join(', ')}`];
      return NONE;
    },
    examples: {
      hit: [
        'FREE ringtone club! Text TONE to 80088 now. 150p/msg, reply STOP to end',
        'You could win a weekend break for two: send GO to 62468. T&Cs apply, over 18 only',
        'Your free bonus minutes are waiting, call 09012345678 to claim (£1.50/min)',
        'Claim your free entry in the weekly draw: txt WIN to 85023',
      ],
      miss: [
        'Text me at 5pm when you are free, the code is 4821',
        'I pay $2.99/month for the app and it is worth it',
        'Reply stop if you want me to stop sending the reminders',
        'Call 0800 555 0100 to reach the library desk',
        // An area code is not a short code: a shop's line with a free delivery offer.
        'Prescriptions transfer to the other branch; ring 01632 555 0190 and we deliver free to anyone housebound.',
      ],
    },
  },
];
