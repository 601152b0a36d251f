// Hand-written scanners for contact handles, phone numbers and money amounts. Regular
// expressions for these need bounded gaps and optional separators that backtracking engines
// cannot prove linear; these loops visit each character a bounded number of times instead.
import { buildAhoCorasick } from '../lists/aho-corasick.js';

const WORDISH = /[\p{L}\p{N}\p{M}_]/u;
const HANDLE_CHAR = /[\p{L}\p{N}\p{M}_.]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letter, digit, mark or underscore: what a word boundary separates. */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return WORDISH.test(text[i] as string);
}

function isSeparator(c: number): boolean {
  // space, tab, ( ) . -
  return c === 32 || c === 9 || c === 40 || c === 41 || c === 46 || c === 45 || c === 0xa0;
}

/** A phone-like run at `start` ('+' or digit): digits with at most two separators between them. */
function readPhone(text: string, start: number): { end: number; digits: number } {
  let i = start;
  if (text.charCodeAt(i) === 43) i++;
  let digits = 0;
  let end = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      i++;
      end = i;
      if (digits > 15) break;
      continue;
    }
    let gap = 0;
    while (gap < 2 && i + gap < text.length && isSeparator(text.charCodeAt(i + gap))) gap++;
    if (gap === 0 || !isDigit(text.charCodeAt(i + gap))) break;
    i += gap;
  }
  return { end, digits };
}

/** Phone numbers: 9 to 15 digits with ordinary separators, not inside a longer word. */
export function findPhones(text: string, limit = 5): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (!(isDigit(c) || (c === 43 && isDigit(text.charCodeAt(i + 1)))) || isWordChar(text, i - 1)) continue;
    const { end, digits } = readPhone(text, i);
    if (digits >= 9 && digits <= 15 && !isWordChar(text, end)) out.push(text.slice(i, end));
    i = Math.max(i, end - 1);
  }
  return out;
}

const DOTTED_CAPITAL_I = /\u0130/g;
const CONTACT_TRIGGERS = ['get in touch with', 'reach out to', 'contact', 'hit me up', 'hmu', 'whatsapp', 'whats app', 'telegram', 'kik', 'skype', 'wickr', 'message', 'dm', 'text'];
/** "message @name" and "check dm @name" are how people reply to each other; after these, only a phone number counts. */
const PHONE_ONLY = new Set(['message', 'dm', 'text']);
const CONTACT_AUTOMATON = buildAhoCorasick(CONTACT_TRIGGERS);
/** Characters between a trigger and its handle ("contact username on telegram @x"). */
const CONTACT_GAP = 32;

/** Where the handle (`@name`, `#name`) or phone number after a contact word ends, or -1. */
function handleAfter(text: string, from: number, phoneOnly: boolean): number {
  const stop = Math.min(text.length, from + CONTACT_GAP + 1);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return -1;
    if (c === 64 || c === 35) {
      if (phoneOnly) return -1;
      let j = i + 1;
      while (j < text.length && j - i <= 40 && HANDLE_CHAR.test(text[j] as string)) j++;
      return j - i - 1 >= 3 ? j : -1;
    }
    if (c === 43 || isDigit(c)) {
      const { end, digits } = readPhone(text, i);
      return digits >= 8 && digits <= 15 ? end : -1;
    }
  }
  return -1;
}

/** `"get in touch with #handle"`, `"WhatsApp +1 234 567 8900"`: contact words followed by a handle or number. */
export function findContacts(text: string, limit = 5): string[] {
  // Positions in `lower` must be positions in `text`: toLowerCase turns `İ` into two units (i +
  // a combining dot), so it is read as `I` first (one `İ` anywhere used to switch this rule off).
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = text.replace(DOTTED_CAPITAL_I, 'I').toLowerCase();
  if (lower.length !== text.length) return [];
  const out: string[] = [];
  let covered = -1;
  CONTACT_AUTOMATON.forEachMatch(lower, (key, end) => {
    const trigger = CONTACT_TRIGGERS[key] as string;
    const start = end - trigger.length;
    if (out.length >= limit || start < covered || isWordChar(lower, start - 1) || isWordChar(lower, end)) return;
    const stop = handleAfter(lower, end, PHONE_ONLY.has(trigger));
    if (stop < 0) return;
    covered = stop;
    out.push(text.slice(start, stop).replace(/\s+/g, ' '));
  });
  return out;
}

const MONEY_SUFFIXES = ['k', 'usd', 'dollars', 'dollar', 'btc', 'grand', 'pounds', 'euros'];

function readAmount(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 13) {
    const c = text.charCodeAt(j);
    if (!isDigit(c) && c !== 44 && c !== 46) break;
    j++;
  }
  // A trailing comma or period ends the sentence, not the number.
  while (j > i + 1 && (text.charCodeAt(j - 1) === 44 || text.charCodeAt(j - 1) === 46)) j--;
  return j;
}

/** A money word right after `i` (one optional space): its end, or -1. */
function suffixAt(text: string, i: number): number {
  const k = text.charCodeAt(i) === 32 ? i + 1 : i;
  for (const s of MONEY_SUFFIXES) {
    if (text.slice(k, k + s.length).toLowerCase() === s && !isWordChar(text, k + s.length)) return k + s.length;
  }
  return -1;
}

/** The value of an amount as findMoney writes it (`$8,500` → 8500, `£56k` → 56000); NaN when unreadable. */
export function amountValue(amount: string): number {
  let digits = '';
  let k = 1;
  for (const ch of amount) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch === '.') digits += digits.includes('.') ? '' : '.';
    else if (ch === 'k' || ch === 'K') k = 1000;
  }
  const lower = amount.toLowerCase();
  if (lower.endsWith('btc')) k = 30_000;
  else if (lower.includes('grand')) k = 1000;
  return Number(digits) * k;
}

/** Money amounts: `$1000`, `£ 56k`, `8,500 dollars`, `2.1 btc`. */
export function findMoney(text: string, limit = 5): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 36 || c === 163 || c === 8364) {
      const d = text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
      if (!isDigit(text.charCodeAt(d))) continue;
      let end = readAmount(text, d);
      const k = text.charCodeAt(end) === 107 || text.charCodeAt(end) === 75 ? end + 1 : end;
      if (!isWordChar(text, k)) end = k;
      out.push(text.slice(i, end));
      i = end - 1;
    } else if (isDigit(c) && !isWordChar(text, i - 1) && text.charCodeAt(i - 1) !== 36) {
      const end = readAmount(text, i);
      const after = suffixAt(text, end);
      if (after > 0) out.push(text.slice(i, after));
      i = Math.max(i, (after > 0 ? after : end) - 1);
    }
  }
  return out;
}

const BOT_AGENTS = [
  'curl/', 'wget/', 'python-requests', 'python-urllib', 'aiohttp', 'libwww-perl', 'go-http-client', 'okhttp',
  'java/', 'apache-httpclient', 'scrapy', 'httpie', 'node-fetch', 'axios/', 'headlesschrome', 'phantomjs',
  'guzzlehttp', 'winhttp',
];
const BOT_AUTOMATON = buildAhoCorasick(BOT_AGENTS);

/** The scripting library or headless browser a user agent names, or ''. */
export function botAgent(userAgent: string): string {
  let found = '';
  BOT_AUTOMATON.forEachMatch(userAgent.toLowerCase(), (key) => {
    if (found === '') found = (BOT_AGENTS[key] as string).replace(/\/$/, '');
  });
  return found;
}
