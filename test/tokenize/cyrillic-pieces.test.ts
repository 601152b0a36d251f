import { describe, expect, it } from 'vitest';
import { splitWords } from '../../src/tokenize/words.js';

// splitWords takes a coarse piece of ASCII word characters, apostrophes and Cyrillic letters
// as one word without the exact Unicode pass: the words must be the ones that pass gives.
describe('Cyrillic coarse pieces', () => {
  it('are the words the exact pattern finds', () => {
    const exact = (text: string): string[] => (text.match(/[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]{0,255}(?:['\u2019][\p{L}\p{M}\p{N}_]{1,255}){0,15}/gu) ?? []).filter((w) => !/^_+$/.test(w)).map((w) => w.replace(/['\u2019]/g, ''));
    const texts = [
      'привет, как дела? всё хорошо',
      'д’артаньян и l\'ami, ѐѿ ҁ ҊԯӀ',
      'слово\u0482слово ещё\u0483раз',
      'тест_1 __ 2024год w\u0430tsapp',
      'я'.repeat(300) + ' конец',
      `${'а’'.repeat(20)}б`,
    ];
    for (const t of texts) expect(splitWords(t)).toEqual(exact(t));
  });
});
