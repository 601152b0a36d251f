// Session 16's attacks: edits a reader does not see (or reads straight through) that changed the
// verdict of blatant spam on the build after issue 10's rules. Each case names the edit family and
// why it renders the same; each asserts that every rule sees the undone text (the body words, the
// author URL's site) and that the disguised comment is decided at least as severely as the plain
// one. The texts are written for the project. docs/evasion-session16.md has the counts.
import { describe, expect, it } from 'vitest';
import { createModerator, type Comment, type Decision } from '../../src/index.js';

const moderator = createModerator();
const SEVERITY: Record<Decision, number> = { ham: 0, moderate: 1, spam: 2 };
const words = (c: Comment | string): string[] => moderator.analyze(c).features.words;
const ids = (c: Comment | string): string[] => moderator.analyze(c).hits.map((h) => h.id);
const severity = (c: Comment | string): number => SEVERITY[moderator.check(c).decision];

const PRICE_BOT = 'Hello, what is your price?';
const SUPPORT = 'Wallet locked? Call our recovery desk now on +1 808 555 0147, we fix it today';

/** Each letter of a word with `mark` after it, or between letters with `between`. */
const each = (w: string, f: (ch: string) => string): string => [...w].map(f).join('');
const parenthesized = (w: string): string => each(w.toLowerCase(), (ch) => (/[a-z]/.test(ch) ? String.fromCharCode(0x249c + ch.charCodeAt(0) - 97) : ch));
const regional = (w: string): string => each(w.toUpperCase(), (ch) => (/[A-Z]/.test(ch) ? String.fromCodePoint(0x1f1e6 + ch.charCodeAt(0) - 65) + '\u200B' : ch));

describe('boxed letters read as the letters they show', () => {
  it('parenthesized letters (⒫⒭⒤⒞⒠): NFKC alone made them "(p)(r)(i)(c)(e)"', () => {
    const disguised = PRICE_BOT.replace('price', parenthesized('price'));
    expect(words(disguised)).toContain('price');
    expect(ids(disguised)).toContain('OBFUSCATION_LOOKALIKE');
    expect(severity(disguised)).toBeGreaterThanOrEqual(severity(PRICE_BOT));
  });

  it('regional indicator letters set apart by a zero-width space are drawn as boxed capitals, not flags', () => {
    const plain = 'HELLO, WHAT IS YOUR PRICE?';
    const disguised = plain.replace('PRICE', regional('PRICE'));
    expect(words(disguised)).toContain('price');
    expect(severity(disguised)).toBeGreaterThanOrEqual(severity(plain));
  });

  it('touching regional indicators stay flags: honest text keeps its flags and gains nothing', () => {
    const flags = 'Greetings from Lisbon \u{1F1F5}\u{1F1F9} and Oslo \u{1F1F3}\u{1F1F4}, lovely photos!';
    expect(words(flags)).not.toContain('pt');
    expect(ids(flags)).not.toContain('OBFUSCATION_LOOKALIKE');
  });
});

describe('letters with a stroke and marks from the other combining blocks', () => {
  it('stroked letters (ø ł đ ħ…) read as their base letters for matching', () => {
    const disguised = 'Hełłø, whaŧ is yøur priȼe?';
    expect(words(disguised)).toEqual(words(PRICE_BOT));
    expect(severity(disguised)).toBeGreaterThanOrEqual(severity(PRICE_BOT));
  });

  it('an enclosing circle (U+20DD) or keycap (U+20E3) over each letter: the base letters still spell the word', () => {
    const circled = PRICE_BOT.replace('price', each('price', (ch) => `${ch}\u20DD`));
    const keycap = PRICE_BOT.replace('price', each('price', (ch) => `${ch}\u20E3`));
    expect(words(circled)).toContain('price');
    expect(words(keycap)).toContain('price');
    expect(severity(circled)).toBeGreaterThanOrEqual(severity(PRICE_BOT));
  });

  it('Danish and Polish words keep their text; only the matching form drops the stroke', () => {
    const danish = 'Tak for en god artikel, jeg lærte meget om søer og skove.';
    expect(moderator.analyze(danish).features.normalized.body.text).toContain('søer');
    expect(moderator.check(danish).decision).toBe('ham');
    expect(moderator.check('Dziękuję za świetny wpis, złota jesień w górach jest piękna.').decision).toBe('ham');
  });
});

describe('separators and spaces a reader does not see as such', () => {
  it('a hair space (U+200A) inside a word is not a space', () => {
    const disguised = PRICE_BOT.replace('price', 'pr\u200Aice');
    expect(words(disguised)).toContain('price');
    expect(ids(disguised)).toContain('OBFUSCATION_INVISIBLE');
    expect(severity(disguised)).toBeGreaterThanOrEqual(severity(PRICE_BOT));
  });

  it.each([
    ['non-breaking hyphen U+2011', '\u2011'],
    ['hyphen U+2010', '\u2010'],
    ['hyphenation point U+2027', '\u2027'],
    ['katakana middle dot U+30FB', '\u30FB'],
  ])('%s inside a word reads like the ASCII separator joinSeparated reads through', (_name, sep) => {
    const disguised = PRICE_BOT.replace('price', `pri${sep}ce`);
    expect(words(disguised)).toContain('price');
    expect(severity(disguised)).toBeGreaterThanOrEqual(severity(PRICE_BOT));
  });

  it('a separated word before a question mark is a word, not a URL query (ASCII too)', () => {
    expect(words('Hello, what is your pri-ce?')).toContain('price');
  });
});

describe('digits of any script are digits', () => {
  const digits = (s: string, zero: number): string => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
  it.each([
    ['Arabic-Indic', 0x660],
    ['extended Arabic-Indic', 0x6f0],
    ['Devanagari', 0x966],
  ])('a phone number in %s digits is the phone number', (_name, zero) => {
    const disguised = digits(SUPPORT, zero);
    expect(moderator.analyze(disguised).features.normalized.body.text).toContain('808 555 0147');
    expect(severity(disguised)).toBeGreaterThanOrEqual(severity(SUPPORT));
    expect(ids(disguised)).toContain('OBFUSCATION_LOOKALIKE');
  });

  it('Arabic text with Arabic digits is not reported as a disguise', () => {
    const arabic = 'شكرا على المقال، قرأته في ٢٠٢٤ وما زال مفيدا.';
    expect(ids(arabic)).not.toContain('OBFUSCATION_LOOKALIKE');
    expect(moderator.check(arabic).decision).toBe('ham');
  });
});

describe('links written the way a browser still follows them', () => {
  it('a host written with ideographic full stops in running text (shop。example) is found', () => {
    const plain = 'Cheap replica watches at shop-replica.example.com/sale, order today';
    const disguised = plain.replace('shop-replica.example.com', 'shop-replica\u3002example\u3002com');
    const hosts = (c: string): string[] => moderator.analyze(c).features.links.map((l) => l.host);
    expect(hosts(disguised)).toEqual(hosts(plain));
    expect(severity(disguised)).toBeGreaterThanOrEqual(severity(plain));
  });

  it('a Japanese sentence ending in 。 before an ASCII word is not made a host', () => {
    expect(moderator.analyze('とても良い記事でした。Thanks').features.links).toEqual([]);
  });

  const author = (url: string): Comment => ({
    content: 'Great post, very informative. Thanks for sharing this with us!',
    author: { name: 'Cheap Viagra Online', url },
  });
  const site = (c: Comment): string[] => moderator.analyze(c).features.links.filter((l) => l.source === 'author.url').map((l) => l.domain ?? l.host);
  it.each([
    ['scheme-relative', '//cheap-pills-online.example.com/buy'],
    ['backslashes', 'https:\\\\cheap-pills-online.example.com/buy'],
    ['a tab inside (browsers drop it)', 'https://cheap-pills-\tonline.example.com/buy'],
    ['a percent-encoded letter in the host', 'https://%63heap-pills-online.example.com/buy'],
  ])('an author URL written with %s is the site it opens', (_name, url) => {
    const plain = author('https://cheap-pills-online.example.com/buy');
    expect(site(author(url))).toEqual(site(plain));
    expect(severity(author(url))).toBeGreaterThanOrEqual(severity(plain));
  });

  it('an author URL that is a relative path names no site', () => {
    expect(site(author('my-page'))).toEqual([]);
  });
});
