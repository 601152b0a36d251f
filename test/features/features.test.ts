import { describe, expect, it } from 'vitest';
import { buildTokens, extractFeatures, textStats } from '../../src/features/index.js';
import { isNeverLetter } from '../../src/features/stats.js';
import { TOKEN_BIGRAM, TOKEN_SYNTHETIC, TOKEN_WORD, tokenTexts } from '../../src/tokenize/index.js';
import { MAX_LINKS } from '../../src/links/index.js';
import type { Anchor, NormalizedComment, ObfuscationReport, TextStats } from '../../src/types.js';
import { normalized as build, normalizedText, type CommentParts } from '../links/helpers.js';

const identity = (w: string): string => w;
const SEED_URL = 'https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/';

function synthetic(tokens: string[]): string[] {
  return tokens.filter((t) => /^[a-z]+:/.test(t) && !t.includes(' '));
}

function features(parts: CommentParts, obfuscation?: Partial<ObfuscationReport>): ReturnType<typeof extractFeatures> {
  const n: NormalizedComment = build(parts);
  if (obfuscation) n.body.obfuscation = { ...n.body.obfuscation, ...obfuscation };
  return extractFeatures(n, { stem: identity });
}

describe('textStats', () => {
  const cases: Array<{ input: string; expected: Omit<TextStats, 'words'> }> = [
    { input: '', expected: { length: 0, letters: 0, upperShare: 0, casedLetters: 0, longestRun: 0 } },
    { input: 'Hello', expected: { length: 5, letters: 5, upperShare: 0.2, casedLetters: 5, longestRun: 2 } },
    { input: 'BUY NOW', expected: { length: 7, letters: 6, upperShare: 1, casedLetters: 6, longestRun: 1 } },
    { input: 'sooooo good!!!!!!!!', expected: { length: 19, letters: 10, upperShare: 0, casedLetters: 10, longestRun: 8 } },
    { input: 'a      b', expected: { length: 8, letters: 2, upperShare: 0, casedLetters: 2, longestRun: 1 } },
    { input: '123 456', expected: { length: 7, letters: 0, upperShare: 0, casedLetters: 0, longestRun: 1 } },
    { input: 'ÉTÉ été', expected: { length: 7, letters: 6, upperShare: 0.5, casedLetters: 6, longestRun: 1 } },
    { input: 'Привет МИР', expected: { length: 10, letters: 9, upperShare: 4 / 9, casedLetters: 9, longestRun: 1 } },
    { input: '😂😂😂 lol', expected: { length: 10, letters: 3, upperShare: 0, casedLetters: 3, longestRun: 3 } },
    { input: '漢字漢字', expected: { length: 4, letters: 4, upperShare: 0, casedLetters: 0, longestRun: 1 } },
    { input: '\uD800\uD800 x', expected: { length: 4, letters: 1, upperShare: 0, casedLetters: 1, longestRun: 2 } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const stats = textStats(input, 3);
    expect({ ...stats, upperShare: Number(stats.upperShare.toFixed(6)) }).toEqual({ ...expected, upperShare: Number(expected.upperShare.toFixed(6)), words: 3 });
  });
});

describe('textStats: symbols that are never letters skip the Unicode-class passes', () => {
  it('no code point isNeverLetter accepts is a letter', () => {
    const ranges = [[0x2000, 0x2070], [0x2190, 0x2c00], [0x1f000, 0x1fc00]] as const;
    for (const [from, to] of ranges) {
      for (let c = from; c < to; c++) {
        expect(isNeverLetter(c)).toBe(true);
        expect(/\p{L}/u.test(String.fromCodePoint(c)), `U+${c.toString(16)}`).toBe(false);
      }
    }
    expect(isNeverLetter(0x2071)).toBe(false); // ⁱ is a letter
    expect(isNeverLetter(0x2102)).toBe(false); // ℂ is a letter
  });
  it.each([
    'Ⓛove ♥ it ━━━ BEST song — 😂🚨 ▬▬ ✔',
    'ℂheap ⁱn town ♥',
    'Ⅻ ГОД ✨ Привет 🍕',
    '𝐁𝐔𝐘 now 😂',
  ])('same letters and cases as the exact passes: %s', (input) => {
    const onlyLetters = input.replace(/\P{L}{1,1024}/gu, '');
    const upper = onlyLetters.replace(/\P{Lu}{1,1024}/gu, '').length;
    const lower = onlyLetters.replace(/\P{Ll}{1,1024}/gu, '').length;
    const stats = textStats(input, 0);
    expect({ letters: stats.letters, casedLetters: stats.casedLetters }).toEqual({ letters: onlyLetters.length, casedLetters: upper + lower });
    expect(stats.upperShare).toBeCloseTo(upper / (upper + lower), 12);
  });
});

describe('textStats on huge runs', () => {
  // An unbounded `\P{L}+` overflowed V8's regex stack on runs like these.
  const cases = [
    { input: '\u0301'.repeat(3_000_000), expected: { letters: 0, upperShare: 0, longestRun: 3_000_000 } },
    { input: `é${'\u0301'.repeat(2_000_000)}É`, expected: { letters: 2, upperShare: 0.5, longestRun: 2_000_000 } },
    { input: 'Ж'.repeat(2_000_000), expected: { letters: 2_000_000, upperShare: 1, longestRun: 2_000_000 } },
  ];
  it.each(cases.map((c) => ({ ...c, name: `${c.input.slice(0, 3)}… (${c.input.length})` })))('$name', ({ input, expected }) => {
    expect(textStats(input, 0)).toMatchObject(expected);
  });
});

describe('extractFeatures: the seed comment', () => {
  const f = features({
    body: 'Hello there, just became aware of your blog through Google, and found ...',
    name: SEED_URL,
    url: SEED_URL,
  });

  it('carries the author URL words as url words and its domain as the author URL site', () => {
    const s = synthetic(f.tokens);
    for (const w of ['viagra', 'pas', 'cher', 'achat', 'sildenafil', 'pfizer', 'tarif']) expect(s).toContain(`urlword:${w}`);
    expect(s).toEqual(
      expect.arrayContaining(['authorurl:viagrapascherfr.com', 'authorname:url', 'domain:viagrapascherfr.com', 'tld:com', 'links:1', 'len:50-99', 'caps:low']),
    );
  });

  it('keeps body words in order, unstemmed, and counts them in stats', () => {
    expect(f.words.slice(0, 4)).toEqual(['hello', 'there', 'just', 'became']);
    expect(f.stats.words).toBe(f.words.length);
    expect(f.links.map((l) => l.source)).toEqual(['author.url', 'author.name']);
    expect(f.totalLinks).toBe(2);
  });
});

describe('buildTokens: synthetic tokens', () => {
  const anchor = (href: string, text: string): Anchor => ({ href, text, markup: 'html' });
  const cases: Array<{ name: string; input: CommentParts; obfuscation?: Partial<ObfuscationReport>; expected: string[]; absent?: string[] }> = [
    { name: 'no links, too few letters for a caps band', input: { body: 'ok lol' }, expected: ['links:0', 'len:1-19'], absent: ['caps:low'] },
    { name: 'one link', input: { body: 'see example.com' }, expected: ['links:1', 'domain:example.com', 'tld:com', 'urlword:example'] },
    { name: 'three links', input: { body: 'a.com b.com c.com' }, expected: ['links:2-3', 'domain:a.com', 'domain:b.com', 'domain:c.com'] },
    { name: 'four links, one site', input: { body: 'x.com x.com x.com x.com' }, expected: ['links:4+', 'domain:x.com'] },
    { name: 'author URL is not a body link', input: { body: 'hi', url: 'http://me.example.org' }, expected: ['links:0', 'authorurl:example.org', 'domain:example.org'] },
    { name: 'referrer gives no token', input: { body: 'hi', referrer: 'http://blog.example.net/p' }, expected: ['links:0'], absent: ['domain:example.net'] },
    { name: 'ip host', input: { body: 'http://192.168.0.1/x' }, expected: ['host:ip', 'links:1'] },
    { name: 'punycode host', input: { body: 'xn--80ak6aa92e.com' }, expected: ['host:punycode', 'domain:xn--80ak6aa92e.com'] },
    { name: 'defanged', input: { body: 'hxxp://evil[.]com/x' }, expected: ['link:defanged', 'domain:evil.com'] },
    { name: 'private suffix', input: { body: 'spam.blogspot.com' }, expected: ['domain:spam.blogspot.com', 'tld:blogspot.com', 'urlword:spam'] },
    { name: 'e-mails', input: { email: 'a@mail.ru', body: 'b@x.co.uk' }, expected: ['email:mail.ru', 'email:x.co.uk'] },
    { name: 'unlisted e-mail domain', input: { email: 'a@intranet' }, expected: ['email:unlisted'] },
    {
      name: 'anchor text names another site',
      input: { anchors: [anchor('http://evil.com/login', 'www.paypal.com')] },
      expected: ['anchor:mismatch', 'domain:evil.com'],
    },
    { name: 'anchor text names the same site', input: { anchors: [anchor('https://www.paypal.com/x', 'paypal.com')] }, expected: ['domain:paypal.com'], absent: ['anchor:mismatch'] },
    { name: 'shouting', input: { body: 'BUY CHEAP PILLS NOW' }, expected: ['caps:all'] },
    { name: 'no case, no caps band', input: { body: '这是一个很好的视频我喜欢它非常多' }, expected: ['len:1-19'], absent: ['caps:low'] },
    { name: 'obfuscation', input: { body: 'x' }, obfuscation: { leetWords: ['viagra'], lookalikeWords: ['paypal'], spacedWords: ['cialis'], invisible: 3, hiddenText: ['buy'] }, expected: ['obf:leet', 'obf:lookalike', 'obf:spaced', 'obf:invisible', 'obf:hidden'] },
    { name: 'prototype names are plain tokens', input: { body: 'http://__proto__.com/constructor __proto__ constructor' }, expected: ['domain:__proto__.com', 'urlword:constructor', '__proto__', 'constructor'] },
    { name: 'empty', input: {}, expected: ['links:0', 'len:0'], absent: ['caps:low'] },
  ];
  it.each(cases)('$name', ({ input, obfuscation, expected, absent }) => {
    const f = features(input, obfuscation);
    expect(f.tokens).toEqual(expect.arrayContaining(expected));
    for (const t of absent ?? []) expect(f.tokens).not.toContain(t);
    // Synthetic tokens appear once each.
    const s = synthetic(f.tokens);
    expect(new Set(s).size).toBe(s.length);
  });

  it('bands the link count on every link found, not on the capped list', () => {
    const body = Array.from({ length: MAX_LINKS + 50 }, (_, i) => `s${i}.example.com`).join(' ');
    const f = features({ body });
    expect(f.links).toHaveLength(MAX_LINKS);
    expect(f.totalLinks).toBe(MAX_LINKS + 50);
    expect(f.tokens).toContain('links:4+');
  });

  it('adds the shapes of numbers and symbols as synthetic tokens, after the others', () => {
    const f = features({ body: 'Win a prize worth £500, reply to 80085 today' });
    const shapes = f.tokens.filter((t) => /^(num|sym|chunk|punct):/.test(t));
    expect(shapes).toContain('sym:£');
    expect(f.tokens.indexOf(shapes[0] as string)).toBeGreaterThan(f.tokens.findIndex((t) => t.startsWith('len:')));
    expect(features({ body: 'no digits or symbols here' }).tokens.some((t) => /^(num|sym|chunk|punct):/.test(t))).toBe(false);
  });

  it('uses the stemmer for word tokens and bigrams, never for synthetic ones', () => {
    const tokens = buildTokens({
      words: ['running', 'fast'],
      stem: (w) => w.slice(0, 3),
      links: [],
      emails: [],
      totalLinks: 0,
      stats: textStats('running fast', 2),
      obfuscation: normalizedText('').obfuscation,
      text: 'running fast',
    });
    expect(tokenTexts(tokens)).toEqual(['run', 'fas', 'run fas', 'links:0', 'caps:low', 'len:1-19']);
    expect(tokens.kind).toEqual([TOKEN_WORD, TOKEN_WORD, TOKEN_BIGRAM, TOKEN_SYNTHETIC, TOKEN_SYNTHETIC, TOKEN_SYNTHETIC]);
  });
});

describe('textStats: letters below U+0530 counted in the loop', () => {
  // The exact passes the loop stands in for (UTF-16 units of letters, upper and lower case).
  const exact = (text: string) => {
    const letters = text.replace(/\P{L}{1,1024}/gu, '');
    return { letters: letters.length, upper: letters.replace(/\P{Lu}{1,1024}/gu, '').length, lower: letters.replace(/\P{Ll}{1,1024}/gu, '').length };
  };
  it('agrees with the Unicode classes on every code point of the table and on mixed text', () => {
    const all = Array.from({ length: 0x530 }, (_, c) => String.fromCharCode(c)).join(' ');
    const samples = [all, 'Ünïcödé ÀÉÎÕÜ ßÿ', 'Привет МИР ёЁ', 'Ελληνικά ΚΕΦΑΛΑΙΑ', 'ǅǈǋ titlecase', 'mixed ª º µ × ÷ ¹'];
    for (const text of samples) {
      const s = textStats(text, 1);
      const e = exact(text);
      expect({ letters: s.letters, cased: s.casedLetters, upper: Math.round(s.upperShare * (s.casedLetters ?? 0)) }, text.slice(0, 20)).toEqual({ letters: e.letters, cased: e.upper + e.lower, upper: e.upper });
    }
  });
});
