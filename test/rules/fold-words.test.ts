// The catalog's word lists are matched against body words, which the normalize stage folds
// (marks on Latin letters dropped, Turkish dotless ı read as i). A list word must fold exactly as
// a body word does, or a listed word written with its own letters never matches.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { foldMarks } from '../../src/normalize/index.js';
import { withFoldedForms } from '../../src/rules/catalog/fold-words.js';

describe('withFoldedForms', () => {
  it.each([
    ['preço', 'preco'],
    ['dzień', 'dzien'],
    ['cược', 'cuoc'],
    ['fiyatınızı', 'fiyatinizi'],
  ])('keeps %s and adds the form body words arrive in (%s)', (word, folded) => {
    expect(withFoldedForms([word])).toEqual([word, folded]);
    expect(foldMarks(word, [])).toBe(folded);
  });

  it('adds nothing for words without marks, and keeps other scripts as written', () => {
    expect(withFoldedForms(['price', 'цена', 'τιμή'])).toEqual(['price', 'цена', 'τιμή']);
  });
});

describe('a listed word with dotless ı', () => {
  it('is matched in a comment written with it (a Turkish price inquiry)', () => {
    const verdict = createModerator({ starter: false }).check({ content: 'Merhaba, fiyatınızı sormak istiyorum.' });
    expect(verdict.reasons.map((r) => r.id)).toContain('TEXT_PRICE_INQUIRY');
  });
});
