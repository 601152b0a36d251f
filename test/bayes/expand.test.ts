// The token kinds the classifier adds or drops on top of the pipeline's tokens.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BAYES_CONFIG, expand, expandTokens, type ExpandConfig } from '../../src/bayes/index.js';
import { TOKEN_GRAM, parseTokenTexts, tokenTexts } from '../../src/tokenize/index.js';

const base: ExpandConfig = { ...DEFAULT_BAYES_CONFIG, charGrams: 'none', bigrams: true, synthetic: true, rules: true };
const input = ['check', 'check out', 'links:1', 'rule:TEXT_CHANNEL_PROMO', 'kobyoshi02', 'subscribeeeee'];

describe('expandTokens', () => {
  it.each([
    { config: {}, expected: input },
    { config: { bigrams: false }, expected: ['check', 'links:1', 'rule:TEXT_CHANNEL_PROMO', 'kobyoshi02', 'subscribeeeee'] },
    { config: { synthetic: false, rules: false }, expected: ['check', 'check out', 'kobyoshi02', 'subscribeeeee'] },
    {
      config: { charGrams: 'odd', gramSizes: [4], oddLength: 12 },
      // kobyoshi02 mixes letters and digits; subscribeeeee is 13 letters long; check is neither.
      // The n-grams follow the given tokens (order carries no meaning: a document is a set).
      expected: [
        ...input,
        '~<kob', '~koby', '~obyo', '~byos', '~yosh', '~oshi', '~shi0', '~hi02', '~i02>',
        '~<sub', '~subs', '~ubsc', '~bscr', '~scri', '~crib', '~ribe', '~ibee', '~beee', '~eeee', '~eeee', '~eee>',
      ],
    },
    {
      config: { charGrams: 'all', gramSizes: [3], gramMinLength: 5, bigrams: false, synthetic: false, rules: false },
      expected: ['check', 'kobyoshi02', 'subscribeeeee', ...['<check>', '<kobyoshi02>', '<subscribeeeee>'].flatMap((w) => [...w].slice(0, -2).map((_, i) => `~${w.slice(i, i + 3)}`))],
    },
    { config: { charGrams: 'odd', gramSizes: [3] }, input: ['2015', '555_', 'ab_c', 'a1', '1 a2b', 'x:a1b2'], expected: ['2015', '555_', 'ab_c', 'a1', '1 a2b', 'x:a1b2', '~<ab', '~ab_', '~b_c', '~_c>'] },
  ])('$config', ({ config, expected, ...rest }) => {
    const given = (rest as { input?: string[] }).input ?? input;
    expect(expandTokens(given, { ...base, ...(config as Partial<ExpandConfig>) })).toEqual(expected);
  });

  it('makes n-grams of the first 64 characters of a very long word only', () => {
    const word = 'a1'.repeat(50_000);
    const out = expandTokens([word], { ...base, charGrams: 'odd', gramSizes: [3, 4] });
    expect(out).toHaveLength(1 + 63 + 62);
    expect(out.at(-1)).toBe('~a1a1');
  });

  it('says which word each n-gram came from', () => {
    // Typed: 'x y' is a bigram of two word parts, placed after the given tokens (positions 4 and 5).
    const given = parseTokenTexts(['love', 'kobyoshi02', 'x y', 'a1b2c']);
    const e = expand(given, { ...base, charGrams: 'odd', gramSizes: [4] });
    expect(e.base).toBe(6);
    expect(tokenTexts(e.tokens).slice(4)).toEqual(['~<kob', '~koby', '~obyo', '~byos', '~yosh', '~oshi', '~shi0', '~hi02', '~i02>', '~<a1b', '~a1b2', '~1b2c', '~b2c>']);
    const grams = Array.from({ length: e.tokens.length - e.base }, (_, k) => e.base + k);
    expect(grams.every((p) => e.tokens.kind[p] === TOKEN_GRAM)).toBe(true);
    expect(grams.map((p) => e.tokens.text[e.tokens.a[p]!])).toEqual([...Array(9).fill('kobyoshi02'), ...Array(4).fill('a1b2c')]);
  });

  it('returns the same array when nothing is added or dropped', () => {
    expect(expandTokens(input, base)).toBe(input);
  });
});
