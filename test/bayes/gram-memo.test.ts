// The classifier's n-gram memo (GramMemo in bayes/expand.ts) gives exactly the tokens expand
// makes without it: same texts, same order, same owners, through key reuse, aged-out entries and
// a key numbering that starts over.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BAYES_CONFIG, expand, type ExpandConfig } from '../../src/bayes/index.js';
import { GramMemo } from '../../src/bayes/expand.js';
import { TokenList, createStemmer, pushWordTokens, tokenTexts } from '../../src/tokenize/index.js';
import type { ClassifierTokens } from '../../src/types.js';

const config: ExpandConfig = { ...DEFAULT_BAYES_CONFIG, charGrams: 'odd', gramSizes: [3, 4], oddLength: 12, shapes: true };

function typed(tokens: ClassifierTokens): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) out.push(`${tokens.kind[i]}|${tokens.text[i]}|${tokens.a[i]}|${tokens.b[i]}`);
  return out;
}

const comments = [
  'subscribe to kobyoshi02 for free gift cards',
  'check out kobyoshi02 and earn_with_maria_65 today',
  'plain words only here',
  'subscribeeeeeeeeeee now to x1y2z3 and kobyoshi02',
  'a1 b2 c3 d4 e5 f6 g7 h8 plain words only here',
];

describe('GramMemo', () => {
  it('gives the tokens expand makes without it, comment after comment', () => {
    const stem = createStemmer('en');
    const memo = new GramMemo(config, 2); // two generations of two words: entries age out
    for (let round = 0; round < 3; round++) {
      for (const text of comments) {
        const list = new TokenList();
        pushWordTokens(text.split(' '), stem, list);
        expect(list.keyOwner).toBeDefined();
        const plain = expand(list, config);
        const memoized = expand(list, config, memo);
        expect(typed(memoized.tokens)).toEqual(typed(plain.tokens));
        expect(tokenTexts(memoized.tokens)).toEqual(tokenTexts(plain.tokens));
      }
    }
  });

  it('starts over when another key numbering arrives (a key then names another word)', () => {
    const memo = new GramMemo(config);
    const first = new TokenList();
    pushWordTokens(['kobyoshi02'], createStemmer('en'), first);
    const second = new TokenList();
    pushWordTokens(['plain'], createStemmer('en'), second); // a new memo: the same first key, another word
    expect(second.keys[0]).toBe(first.keys[0]);
    expect(expand(first, config, memo).tokens.length).toBeGreaterThan(1);
    expect(typed(expand(second, config, memo).tokens)).toEqual(typed(expand(second, config).tokens));
    expect(typed(expand(first, config, memo).tokens)).toEqual(typed(expand(first, config).tokens));
  });

  it('works out tokens without keys each time', () => {
    const memo = new GramMemo(config);
    const list = new TokenList();
    list.word('kobyoshi02', -1, 0);
    list.word('kobyoshi03', -1, 0);
    expect(typed(expand(list, config, memo).tokens)).toEqual(typed(expand(list, config).tokens));
  });
});
