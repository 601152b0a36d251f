import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_OPTIONS, MAX_SHAPE_TOKENS, textShapes } from '../../src/features/shapes.js';
import { createModerator } from '../../src/index.js';

const ALL = { numbers: true, symbols: true, chunks: true, emphasis: true, minBand: 1, max: 64 };

describe('textShapes', () => {
  // Texts written for this test; each row names what a shape token should say about it.
  it.each([
    { input: 'only plain words here, nothing else.', expected: [] },
    { input: '', expected: [] },
    { input: 'prize of €250 today', expected: ['sym:€', 'num:money', 'chunk:€93'] },
    { input: 'costs 40$ a month', expected: ['sym:$', 'num:money', 'chunk:91$'] },
    { input: 'ring 0161 496 0000 now', expected: ['num:phone'] },
    { input: 'ring 01614960000', expected: ['num:10', 'num:phone'] },
    { input: 'text JOIN to 81234', expected: ['num:5'] },
    { input: 'save 30% off', expected: ['sym:%', 'num:percent', 'chunk:91%'] },
    { input: 'adults 18+ only', expected: ['sym:+', 'num:plus', 'chunk:91+'] },
    { input: 'just 99p per week', expected: ['num:unit', 'chunk:91a'] },
    { input: 'use code AB12345 at checkout', expected: ['num:5', 'num:code', 'chunk:A95'] },
    // A chunk of one repeated symbol says no more than its sym: token; mixed with letters it has a shape.
    { input: 'great 🔥🔥 post 👍', expected: ['sym:🔥', 'sym:👍'] },
    { input: 'DM👉me', expected: ['sym:👉', 'chunk:A👉a'] },
    { input: 'me & you #love', expected: ['sym:&', 'sym:#', 'chunk:#a'] },
  ])('$input → $expected', ({ input, expected }) => {
    expect(textShapes(input)).toEqual(expected);
  });

  it('names no word of the text: number kinds, symbols, and chunk shapes of the classes a/A/9', () => {
    const tokens = textShapes('Win 1000 USD at winbig777 or call +44 7700 900123 😀 T&C apply', ALL);
    expect(tokens.length).toBeGreaterThan(5);
    for (const token of tokens) {
      expect(token).toMatch(/^num:(1|3|5|7|10|money|percent|plus|unit|code|phone)$|^sym:[^a-zA-Z0-9]$|^sym:\p{Extended_Pictographic}$|^chunk:[^b-zB-Z]+$|^punct:/u);
    }
  });

  it('emphasis (off by default) counts all-caps words and runs of ! ? .', () => {
    expect(textShapes('BUY NOW!!! really...', { ...ALL, numbers: false, symbols: false, chunks: false })).toEqual(['punct:!!', 'punct:..', 'punct:caps2']);
    expect(DEFAULT_SHAPE_OPTIONS.emphasis).toBe(false);
    expect(textShapes('BUY NOW!!!')).toEqual([]);
  });

  it('skips emoji joiners and variation selectors, so one emoji is one symbol', () => {
    expect(textShapes('ok ❤️ ok ❤ ok')).toEqual(['sym:❤']);
  });

  it('is bounded: a flood of symbols and numbers gives at most MAX_SHAPE_TOKENS tokens, a huge text returns quickly', () => {
    const flood = Array.from({ length: 2000 }, (_, i) => `${String.fromCodePoint(0x1f600 + (i % 80))}${i}$`).join(' ');
    const tokens = textShapes(flood);
    expect(tokens.length).toBe(MAX_SHAPE_TOKENS);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(textShapes('9'.repeat(5_000_000))).toEqual(['num:10', 'num:phone']);
    expect(textShapes('x'.repeat(5_000_000))).toEqual([]);
  });

  it('never throws on odd text: lone surrogates, control characters, markup', () => {
    for (const text of ['\ud800 12$', '\u0000\u0007 5%', '<b>£</b>5', '\u200d\u200d', '__proto__ 1+1', 'constructor: 10€']) {
      expect(() => textShapes(text)).not.toThrow();
    }
    expect(textShapes('__proto__ 1+1', ALL)).toContain('chunk:91+91');
    // The read is cut at a code point, never inside a surrogate pair.
    expect(textShapes(`${'a'.repeat(4094)} 😀`)).toEqual([]);
    expect(textShapes(`${'a'.repeat(4093)} 😀`)).toEqual(['sym:😀']);
  });
});

describe('shape tokens in the moderator', () => {
  it('reach the classifier as synthetic tokens of the comment text', () => {
    const moderator = createModerator();
    const tokens = moderator.analyze({ content: 'Claim your £500 voucher: text WIN to 81234 (£1.50/msg)' }).tokens;
    expect(tokens).toEqual(expect.arrayContaining(['sym:£', 'num:money', 'chunk:£93', 'num:5']));
    expect(moderator.analyze({ content: 'what a lovely song' }).tokens.filter((t) => /^(num|sym|chunk):/.test(t))).toEqual([]);
  });
});
