import { describe, expect, it } from 'vitest';
import { SpamsiftError } from '../../src/errors.js';
import type { Language } from '../../src/options.js';
import { createStemmer, ENGLISH_STOP_WORDS, MAX_STEMMED_LENGTH, memoizeStemmer } from '../../src/tokenize/index.js';

describe('createStemmer', () => {
  const cases: Array<{ input: { language: Language; words: string[] }; expected: string[] }> = [
    { input: { language: 'en', words: ['running', 'connections', 'pills', 'cheapest'] }, expected: ['run', 'connect', 'pill', 'cheapest'] },
    { input: { language: 'fr', words: ['maisons', 'chanteuses'] }, expected: ['maison', 'chanteux'] },
    { input: { language: 'de', words: ['häuser', 'kinder'] }, expected: ['haus', 'kind'] },
    { input: { language: 'es', words: ['gatos', 'casas'] }, expected: ['gat', 'cas'] },
    { input: { language: 'it', words: ['parlando', 'ragazzi'] }, expected: ['parl', 'ragazz'] },
    { input: { language: 'nl', words: ['huizen', 'kinderen'] }, expected: ['huiz', 'kinder'] },
    { input: { language: 'pt', words: ['gatos', 'casas'] }, expected: ['gat', 'cas'] },
    { input: { language: 'ru', words: ['москвы', 'книги'] }, expected: ['москв', 'книг'] },
    { input: { language: 'sv', words: ['flickorna', 'husen'] }, expected: ['flick', 'hus'] },
    { input: { language: 'no', words: ['hestene', 'bilen'] }, expected: ['hest', 'bil'] },
    { input: { language: 'none', words: ['running', 'maisons'] }, expected: ['running', 'maisons'] },
  ];
  it.each(cases)('$input.language', ({ input, expected }) => {
    const stem = createStemmer(input.language);
    expect(input.words.map(stem)).toEqual(expected);
  });

  const odd = ['', '__proto__', 'constructor', 'hasOwnProperty', '2013', '\uFFFD', 'x'.repeat(MAX_STEMMED_LENGTH + 1)];
  it.each(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'ru', 'sv', 'no'] as Language[])('%s returns a string for odd words', (language) => {
    const stem = createStemmer(language);
    for (const w of odd) expect(typeof stem(w)).toBe('string');
    // natural's French stemmer turns '' into 'undefined'; ours keeps ''.
    expect(stem('')).toBe('');
  });

  it('does not stem words longer than the limit', () => {
    const long = `${'running'.repeat(6)}`;
    expect(long.length).toBeGreaterThan(MAX_STEMMED_LENGTH);
    expect(createStemmer('en')(long)).toBe(long);
  });

  it('throws a coded error for an unknown language', () => {
    expect(() => createStemmer('xx' as Language)).toThrow(SpamsiftError);
    try {
      createStemmer('xx' as Language);
    } catch (e) {
      expect((e as SpamsiftError).code).toBe('E_INVALID_OPTION');
    }
  });

  it('does not patch String.prototype', () => {
    createStemmer('en')('running');
    expect('stem' in String.prototype).toBe(false);
    expect('tokenizeAndStem' in String.prototype).toBe(false);
  });
});

describe('memoizeStemmer', () => {
  function counting() {
    const calls: string[] = [];
    const stem = (w: string) => {
      calls.push(w);
      return w.slice(0, 3);
    };
    return { stem, calls };
  }

  it('calls the stemmer once per repeated word', () => {
    const { stem, calls } = counting();
    const cached = memoizeStemmer(stem, 100);
    const out = ['running', 'running', 'jumps', 'running'].map(cached);
    expect(out).toEqual(['run', 'run', 'jum', 'run']);
    expect(calls).toEqual(['running', 'jumps']);
  });

  it('holds at most twice its capacity', () => {
    const { stem } = counting();
    const cached = memoizeStemmer(stem, 100);
    for (let i = 0; i < 10_000; i++) cached(`w${i}`);
    expect(cached.cachedCount()).toBeLessThanOrEqual(200);
    expect(cached.cachedCount()).toBeGreaterThanOrEqual(100);
  });

  it('keeps frequent words across generations', () => {
    const { stem, calls } = counting();
    const cached = memoizeStemmer(stem, 10);
    for (let i = 0; i < 1000; i++) {
      cached('hot');
      cached(`cold${i}`);
    }
    expect(calls.filter((w) => w === 'hot')).toHaveLength(1);
  });

  it('the moderator-sized default stays bounded', () => {
    const stem = createStemmer('en', { cacheSize: 50 });
    for (let i = 0; i < 1000; i++) stem(`word${i}ing`);
    expect(stem.cachedCount()).toBeLessThanOrEqual(100);
  });

  it('two stemmers do not share a memo', () => {
    const a = createStemmer('en');
    const b = createStemmer('en');
    a('running');
    expect(a.cachedCount()).toBe(1);
    expect(b.cachedCount()).toBe(0);
  });
});

describe('ENGLISH_STOP_WORDS', () => {
  const cases = [
    { input: 'the', expected: true },
    { input: 'and', expected: true },
    { input: 'viagra', expected: false },
    { input: 'channel', expected: false },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(ENGLISH_STOP_WORDS.has(input)).toBe(expected);
  });
});

describe("language 'auto'", () => {
  it.each([
    { word: 'running', expected: 'run' },
    { word: 'работы', expected: 'работ' },
    { word: 'заработать', expected: createStemmer('ru')('заработать') },
    // A word mixing scripts is a disguise: kept as it is, never stemmed as either language.
    { word: 'рaботы', expected: 'рaботы' },
    { word: 'ελληνικά', expected: 'ελληνικά' },
  ])('stems $word by its script', ({ word, expected }) => {
    expect(createStemmer('auto')(word)).toBe(expected);
  });
});
