import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { MAX_TOKEN_LENGTH, createStemmer, splitWords, tokenizeWords, wordTokens } from '../../src/tokenize/index.js';

describe('splitWords', () => {
  const cases = [
    { input: 'check out my channel', expected: ['check', 'out', 'my', 'channel'] },
    // Apostrophes inside words are dropped; quotes around words are not part of them.
    { input: "don't it’s rock'n'roll 'quoted'", expected: ['dont', 'its', 'rocknroll', 'quoted'] },
    { input: 'numbers 2013 and 100% and 3.14', expected: ['numbers', '2013', 'and', '100', 'and', '3', '14'] },
    { input: 'my_channel __proto__ constructor ___ _', expected: ['my_channel', '__proto__', 'constructor'] },
    { input: 'café naïve über façade', expected: ['café', 'naïve', 'über', 'façade'] },
    { input: 'привет мир, москва!', expected: ['привет', 'мир', 'москва'] },
    { input: 'हिन्दी भाषा', expected: ['हिन्दी', 'भाषा'] },
    { input: 'مرحبا بالعالم', expected: ['مرحبا', 'بالعالم'] },
    { input: '한국어 입니다', expected: ['한국어', '입니다'] },
    // Scripts written without spaces: each run is a word, split from adjacent Latin letters.
    { input: 'iphone售价很便宜 東京タワー', expected: ['iphone', '售价很便宜', '東京タワー'] },
    { input: 'สวัสดีครับ hello', expected: ['สวัสดีครับ', 'hello'] },
    { input: 'nice😀video ❤️ wow—great…', expected: ['nice', 'video', 'wow', 'great'] },
    { input: 'a\u00A0b', expected: ['a', 'b'] },
    { input: '', expected: [] },
    { input: '!!! ... ???', expected: [] },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(splitWords(input)).toEqual(expected);
  });
});

describe('tokenizeWords', () => {
  it('reads the folded text: lowercase, leet and spacing undone', () => {
    const n = normalizeText('Buy V I A G R A and c1al1s at раураl', 'text', { maxLength: 1000 });
    expect(tokenizeWords(n)).toEqual(['buy', 'viagra', 'and', 'cialis', 'at', 'paypal']);
  });

  it('is linear on a megabyte of mixed scripts', () => {
    const n = normalizeText('abc東京 привет😀 x_y '.repeat(60_000), 'text', { maxLength: 2_000_000 });
    expect(tokenizeWords(n).length).toBe(240_000); // abc, 東京, привет, x_y
  });
});

describe('wordTokens', () => {
  const upper = (w: string) => w.toUpperCase();
  const cases = [
    { input: ['a', 'b', 'c'], expected: ['A', 'B', 'A B', 'C', 'B C'] },
    { input: ['only'], expected: ['ONLY'] },
    { input: [], expected: [] },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(wordTokens(input, upper)).toEqual(expected);
  });

  it('cuts words longer than the token limit, never inside a surrogate pair', () => {
    const long = 'x'.repeat(MAX_TOKEN_LENGTH + 10);
    const astral = `${'x'.repeat(MAX_TOKEN_LENGTH - 1)}𠀀tail`;
    expect(wordTokens([long, 'ok'], upper)).toEqual([`${'x'.repeat(MAX_TOKEN_LENGTH)}…`, 'OK', `${'x'.repeat(MAX_TOKEN_LENGTH)}… OK`]);
    expect(wordTokens([astral], upper)).toEqual([`${'x'.repeat(MAX_TOKEN_LENGTH - 1)}…`]);
  });
});

describe('runs of millions of letters', () => {
  // A `u`-flag class loop over a few million letters overflows V8's regexp stack: these would throw.
  const MB5 = 5 * 1024 * 1024;
  const runs = [
    { name: 'Latin', unit: 'a' },
    { name: 'Cyrillic', unit: 'р' },
    { name: 'Han', unit: '東' },
    { name: 'letter with combining marks', unit: 'á' },
    { name: 'combining marks alone', unit: '\u0301' },
    { name: 'Cyrillic with apostrophes', unit: "р'" },
    { name: 'astral letters', unit: '𠀀' },
  ];
  it.each(runs)('$name', ({ unit }) => {
    const raw = unit.repeat(Math.ceil(MB5 / unit.length));
    const words = tokenizeWords(normalizeText(raw, 'text', { maxLength: 2 * MB5 }));
    expect(Array.isArray(words)).toBe(true);
    expect(words.every((w) => w.length <= 256 * 16 * 2)).toBe(true);
    const tokens = wordTokens(words.slice(0, 1000), (w) => w);
    expect(tokens.every((t) => t.length <= 2 * MAX_TOKEN_LENGTH + 3)).toBe(true);
  });
});

describe('splitWords agrees with the exact Unicode pattern', () => {
  const EXACT = /[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*(?:['\u2019][\p{L}\p{M}\p{N}_]+)*/gu;
  const samples = [
    'entrepreneurship isn’t easy #hāźeł_mcẹ̀wǝṅ__ 😂😂😂 27 crore 😮 say whattt…',
    '“quoted” — dash… «guillemets» ¿qué? ¡sí! 5×3 ÷ 2 ½',
    'emoji❤️glued✅text ➡️ next ★ star ⓐ',
    'astral 𠀀𠀁 letters 𐌰𐌱 gothic with emoji 😀',
    'arabic مرحبا‎ and hebrew שָׁלוֹם with marks',
  ];
  it.each(samples)('%s', (input) => {
    const exact = (input.match(EXACT) ?? []).map((w) => w.replace(/['\u2019]/g, '')).filter((w) => !/^_+$/.test(w));
    expect(splitWords(input)).toEqual(exact);
  });
});

describe('wordTokens for scripts without spaces', () => {
  it("gives character bigrams with language 'auto' and keeps a named language's whole runs", () => {
    const words = splitWords('iphone售价优惠 now');
    expect(wordTokens(words, createStemmer('auto'))).toEqual(['iphon', '售价', '价优', '优惠', 'now']);
    expect(wordTokens(words, createStemmer('en'))).toEqual(['iphon', '售价优惠', 'iphon 售价优惠', 'now', '售价优惠 now']);
  });
  it('keeps a short run whole and never splits a surrogate pair', () => {
    expect(wordTokens(['价'], createStemmer('auto'))).toEqual(['价']);
    expect(wordTokens(['𠀀𠀁𠀂'], createStemmer('auto'))).toEqual(['𠀀𠀁', '𠀁𠀂']);
  });
});
