// Transformation families for the evasion test: edits that change nothing a reader sees (or that
// a reader reads straight through), as a spammer would apply them to dodge a filter. Each family
// is a pure function of the comment; words that are part of a URL, an e-mail address or a handle
// are left alone (a disguised host is another host, and the link families handle hosts).
import type { Comment } from '../../../src/index.js';

export interface Family {
  name: string;
  /** Why a reader sees (or reads) the same comment. */
  why: string;
  apply: (c: Comment) => Comment;
  /** The plain form the disguise is compared with, when it is not the comment itself (a link family compares markup with markup). */
  plain?: (c: Comment) => Comment;
}

/** A whitespace-separated chunk that is a plain word (letters, then optional sentence punctuation). */
const PLAIN_WORD = /^([A-Za-z]{2,})([,.!?:;]*)$/;

function mapWords(text: string, f: (word: string, index: number) => string, minLength = 3): string {
  let index = 0;
  return text
    .split(/(\s+)/)
    .map((chunk) => {
      const m = PLAIN_WORD.exec(chunk);
      if (m === null || (m[1] as string).length < minLength) return chunk;
      return f(m[1] as string, index++) + (m[2] as string);
    })
    .join('');
}

function mapLetters(word: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of word) out += table[ch] ?? ch;
  return out;
}

const text = (c: Comment, f: (s: string) => string, contentFormat?: 'html'): Comment => ({
  ...c,
  content: f(c.content ?? ''),
  ...(contentFormat === undefined ? {} : { contentFormat }),
});

/** Text that is HTML-safe (the html families declare contentFormat html). */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The comment as HTML: text comments escaped, HTML comments as they are. */
const asHtml = (c: Comment, s: string): string => (c.contentFormat === 'html' ? s : escapeHtml(s));

const html = (c: Comment, f: (s: string) => string): Comment => ({ ...c, content: f(asHtml(c, c.content ?? '')), contentFormat: 'html' });

/** Reversed, with mirrored brackets swapped back: what a right-to-left override displays as the original. */
function reverseForOverride(s: string): string {
  const mirror: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<' };
  return [...s].reverse().map((ch) => mirror[ch] ?? ch).join('');
}

const insertEvery = (word: string, mark: string, step = 2): string => {
  const chars = [...word];
  return chars.map((ch, i) => (i > 0 && i % step === 0 ? mark + ch : ch)).join('');
};

const CYRILLIC: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const GREEK: Record<string, string> = { o: 'ο', v: 'ν', i: 'ι', A: 'Α', B: 'Β', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ', Z: 'Ζ' };
// Cherokee and Lisu capitals drawn like Latin ones; lowercase letters get Cherokee small look-alikes where they exist.
const CHEROKEE: Record<string, string> = { A: 'Ꭺ', B: 'Ᏼ', C: 'Ꮯ', D: 'Ꭰ', E: 'Ꭼ', G: 'Ꮐ', H: 'Ꮋ', J: 'Ꭻ', K: 'Ꮶ', L: 'Ꮮ', M: 'Ꮇ', P: 'Ꮲ', R: 'Ꭱ', S: 'Ꮪ', T: 'Ꭲ', V: 'Ꮩ', W: 'Ꮃ', Z: 'Ꮓ', F: 'ꓝ', N: 'ꓠ', O: 'ꓳ', U: 'ꓴ', Y: 'ꓬ', X: 'ꓫ', I: 'ꓲ' };
const STROKE: Record<string, string> = { o: 'ø', l: 'ł', d: 'đ', h: 'ħ', t: 'ŧ', b: 'ƀ', i: 'ɨ', O: 'Ø', L: 'Ł', D: 'Đ' };
const ACUTE: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };

function fullWidth(word: string): string {
  return [...word].map((ch) => String.fromCodePoint(ch.codePointAt(0)! + 0xfee0)).join('');
}

function mathBold(word: string): string {
  return [...word]
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 0x61 && c <= 0x7a) return String.fromCodePoint(0x1d41a + c - 0x61);
      if (c >= 0x41 && c <= 0x5a) return String.fromCodePoint(0x1d400 + c - 0x41);
      return ch;
    })
    .join('');
}

const INVISIBLES = ['\u2060', '\u2063', '\u180E', '\u17B5', '\u034F', '\u115F'];
const SEPARATORS = ['-', '.', '~', '|', '/', ','];

function middleSplit(word: string, sep: string): string {
  const k = Math.floor(word.length / 2);
  return word.slice(0, k) + sep + word.slice(k);
}

/** Link disguises a browser still follows: only comments with an http(s) URL change. */
function mapUrls(s: string, f: (scheme: string, host: string, rest: string) => string): string {
  return s.replace(/\b(https?):\/\/([A-Za-z0-9.-]+)([^\s]*)/g, (_m, scheme: string, host: string, rest: string) => f(scheme, host, rest));
}

/** The comment as HTML whose links are anchors with the URL as text and `scheme` before the host in href. */
function linkMarkup(c: Comment, scheme: string): Comment {
  if (c.contentFormat === 'html') return { ...c, content: (c.content ?? '').replace(/href="(?:https?:)?\/\//g, `href="${scheme}`) };
  return html(c, (s) => s.replace(/\bhttps?:\/\/([A-Za-z0-9.-]+)([^\s<>"]*)/g, (m, host: string, rest: string) => `<a href="${scheme}${host}${rest}">${m}</a>`));
}

const titleCase = (host: string): string => host.split('.').map((l) => l.charAt(0).toUpperCase() + l.slice(1)).join('.');

export const FAMILIES: Family[] = [
  {
    name: 'rlo-word',
    // Without the isolate, the spaces between two overridden words resolve right-to-left (UAX #9
    // rule N1) and a browser shows the words in reverse order: that would not render the same.
    why: 'each word stored backwards inside an isolated U+202E…U+202C (LRI…PDI): displayed forwards, in place',
    apply: (c) => text(c, (s) => mapWords(s, (w) => `\u2066\u202E${reverseForOverride(w)}\u202C\u2069`)),
  },
  {
    name: 'rlo-line',
    why: 'the whole comment stored backwards (mirrored brackets swapped) after U+202E: displayed as the original line',
    apply: (c) => text(c, (s) => s.split('\n').map((line) => (line === '' ? line : `\u202E${reverseForOverride(line)}\u202C`)).join('\n')),
  },
  {
    name: 'zero-width',
    why: 'U+200B between letters has no width and no glyph',
    apply: (c) => text(c, (s) => mapWords(s, (w) => insertEvery(w, '\u200B'))),
  },
  {
    name: 'khmer-inherent-vowel',
    why: 'U+17B4/U+17B5 are Default_Ignorable: fonts draw nothing for them',
    apply: (c) => text(c, (s) => mapWords(s, (w, i) => insertEvery(w, i % 2 === 0 ? '\u17B4' : '\u17B5'))),
  },
  {
    name: 'default-ignorables',
    why: 'word joiner, invisible separator, Mongolian vowel separator, grapheme joiner, Hangul filler: Default_Ignorable, not drawn',
    apply: (c) => text(c, (s) => mapWords(s, (w, i) => insertEvery(w, INVISIBLES[i % INVISIBLES.length] as string, 3))),
  },
  {
    name: 'soft-hyphen',
    why: 'U+00AD shows only where a line breaks inside the word',
    apply: (c) => text(c, (s) => mapWords(s, (w) => insertEvery(w, '\u00AD'))),
  },
  {
    name: 'html-entities',
    why: 'character references render as the characters they name (numeric for letters, HTML5 names for punctuation)',
    apply: (c) =>
      html(c, (s) =>
        mapWords(s, (w) => [...w].map((ch, i) => (i % 2 === 0 ? `&#${ch.charCodeAt(0)};` : i % 3 === 0 ? `&#x${ch.charCodeAt(0).toString(16)};` : ch)).join('')).replace(
          /[!?](?=\s|$)/g,
          (p) => (p === '!' ? '&excl;' : '&quest;'),
        ),
      ),
  },
  {
    name: 'html-inline-tags',
    why: 'empty and inline tags inside words render nothing between the letters; <p> adds only a paragraph',
    apply: (c) => html(c, (s) => `<p>${mapWords(s, (w) => middleSplit(w, '<span></span>'))}</p>`),
  },
  {
    name: 'kses-raw-tags',
    why: 'a CMS that strips tags (wp_kses) shows the text of <template>/<style>/<script> as text',
    apply: (c) => html(c, (s) => `<template>${s}</template>`),
  },
  {
    name: 'diacritics',
    why: 'one accent on each vowel: read as the same word',
    apply: (c) => text(c, (s) => mapWords(s, (w) => mapLetters(w, ACUTE))),
  },
  {
    name: 'combining-marks',
    why: 'a combining dot or tilde over letters: the base letters still spell the word',
    apply: (c) => text(c, (s) => mapWords(s, (w) => [...w].map((ch, i) => (i % 2 === 1 ? `${ch}\u0307` : i % 3 === 0 ? `${ch}\u0303` : ch)).join(''))),
  },
  {
    name: 'separators-in-words',
    why: 'a -, ., ~, |, / or , inside a word is read through (via-gra, v.i.a.g.r.a)',
    apply: (c) => text(c, (s) => mapWords(s, (w, i) => (w.length >= 5 ? (i % 3 === 0 ? [...w].join('.') : middleSplit(w, SEPARATORS[i % SEPARATORS.length] as string)) : w))),
  },
  {
    name: 'dotless-dotted-i',
    why: 'Turkish ı and İ: an i without a dot and an I with one read as i and I',
    apply: (c) => text(c, (s) => mapWords(s, (w) => w.replace(/i/g, 'ı').replace(/I/g, 'İ'))),
  },
  {
    name: 'cyrillic-lookalikes',
    why: 'Cyrillic а с е о р х у і ѕ ј and capitals are drawn like the Latin letters',
    apply: (c) => text(c, (s) => mapWords(s, (w) => mapLetters(w, CYRILLIC))),
  },
  {
    name: 'greek-lookalikes',
    why: 'Greek ο ν ι and capitals are drawn like Latin o v i and capitals',
    apply: (c) => text(c, (s) => mapWords(s, (w) => mapLetters(w, GREEK))),
  },
  {
    name: 'cherokee-lisu-capitals',
    why: 'Cherokee and Lisu capitals are drawn like Latin capitals (words upper-cased, as shouting spam is)',
    // Compared with the same words in Latin capitals: upper-casing is a change a reader sees
    // (shouting), the look-alike letters are not.
    plain: (c) => text(c, (s) => mapWords(s, (w) => w.toUpperCase())),
    apply: (c) => text(c, (s) => mapWords(s, (w) => mapLetters(w.toUpperCase(), CHEROKEE))),
  },
  {
    name: 'full-width',
    why: 'full-width Latin letters are the same letters, wider',
    apply: (c) => text(c, (s) => mapWords(s, fullWidth)),
  },
  {
    name: 'math-bold',
    why: 'mathematical bold letters are bold Latin letters',
    apply: (c) => text(c, (s) => mapWords(s, mathBold)),
  },
  {
    name: 'mixed-scripts',
    why: 'one Cyrillic look-alike per word (pаypal): the word still looks Latin',
    apply: (c) => text(c, (s) => mapWords(s, (w) => w.replace(/[aeoc]/, (ch) => CYRILLIC[ch] as string))),
  },
  {
    name: 'link-backslash-title-case',
    why: 'browsers read http:\\\\Host.Com like http://host.com; hostnames have no case',
    apply: (c) => text(c, (s) => mapUrls(s, (scheme, host, rest) => `${scheme}:\\\\${titleCase(host)}${rest}`)),
  },
  {
    name: 'link-scheme-relative-href',
    why: "an <a href=\"//host/…\"> opens that host with the page's own scheme: the same link as href=\"http://host/…\", with the same text",
    plain: (c) => linkMarkup(c, 'http://'),
    apply: (c) => linkMarkup(c, '//'),
  },
  // Session 16 (docs/evasion-session16.md).
  {
    name: 'parenthesized-letters',
    why: 'parenthesized small letters (U+249C..) are enclosed letters: the word is spelled out in them',
    plain: (c) => text(c, (s) => mapWords(s, (w) => w.toLowerCase())),
    apply: (c) => text(c, (s) => mapWords(s, (w) => [...w.toLowerCase()].map((ch) => String.fromCharCode(0x249c + ch.charCodeAt(0) - 97)).join(''))),
  },
  {
    name: 'regional-indicators',
    why: 'regional indicator letters kept apart by a zero-width space do not pair into flags and are drawn as boxed capitals',
    plain: (c) => text(c, (s) => mapWords(s, (w) => w.toUpperCase())),
    apply: (c) => text(c, (s) => mapWords(s, (w) => [...w.toUpperCase()].map((ch) => String.fromCodePoint(0x1f1e6 + ch.charCodeAt(0) - 65)).join('\u200B'))),
  },
  {
    name: 'stroke-letters',
    why: 'a stroke or bar through o, l, d, h, t, b, i (ø ł đ ħ ŧ ƀ ɨ) is read like an accent',
    apply: (c) => text(c, (s) => mapWords(s, (w) => mapLetters(w, STROKE))),
  },
  {
    name: 'hair-space',
    why: 'a hair space (U+200A, 1/24 em) inside a word is not seen as a space',
    apply: (c) => text(c, (s) => mapWords(s, (w) => middleSplit(w, '\u200A'))),
  },
  {
    name: 'unicode-hyphens-dots',
    why: 'U+2011 and U+2010 are drawn as a hyphen, U+2027 as a middle dot: read through as -, · are',
    apply: (c) => text(c, (s) => mapWords(s, (w, i) => middleSplit(w, ['\u2011', '\u2010', '\u2027'][i % 3] as string))),
  },
  {
    name: 'arabic-indic-digits',
    why: 'Arabic-Indic digits are the same digits: a phone number or a price in them is the same number',
    apply: (c) => text(c, (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)))),
  },
];

/** Hebrew and Arabic written in logical order, with and without directional marks: ordinary text. */
export const RTL_HAM: Comment[] = [
  { content: 'תודה רבה על הפוסט, למדתי הרבה על גינון בעציצים.' },
  { content: '\u200Fאני מסכים עם הכותב, הסרטון הזה מצחיק מאוד\u200F' },
  { content: 'شكرا جزيلا على هذا المقال الرائع، استفدت كثيرا من الشرح.' },
  { content: '\u202Bأتفق معك تماما، هذه الأغنية جميلة جدا\u202C' },
  { content: 'I watched it with my grandmother, she said \u2067שיר יפה\u2069 and smiled.' },
  { content: 'Great song! \u202Bمن أجمل الأغاني\u202C — greetings from Cairo' },
];
