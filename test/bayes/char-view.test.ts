// The character view (src/bayes/char-view.ts): hashed character 3–5-grams of the whole text, and
// an NB-LR fitted over them that tells the classes apart by the grams words share.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BAYES_CONFIG } from '../../src/bayes/index.js';
import { CharGramScratch, DEFAULT_CHAR_VIEW, charGramIds, fitCharView, scoreCharView } from '../../src/bayes/char-view.js';

const scratch = (): CharGramScratch => new CharGramScratch(DEFAULT_CHAR_VIEW);
const ids = (text: string, s = scratch()): number[] => Array.from(charGramIds(text, s));
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);

describe('charGramIds', () => {
  it.each([
    // text, distinct grams of lengths 3–5 of the space-padded text (all distinct here)
    ['ab', 2 + 1 + 0],
    ['abc', 3 + 2 + 1],
    ['abcd', 4 + 3 + 2],
  ])('counts the grams of the padded text: %s', (text, expected) => {
    expect(ids(text)).toHaveLength(expected);
  });

  it('reads whitespace runs of any kind as one space, and capitals as small letters', () => {
    expect(sorted(ids('free  money\n\tnow'))).toEqual(sorted(ids('free money now')));
    expect(sorted(ids('Free MONEY Привет'))).toEqual(sorted(ids('free money привет')));
  });

  it('sees across word boundaries: glued words share grams with spaced ones, but not all', () => {
    const spaced = new Set(ids('free money'));
    const glued = ids('freemoney');
    expect(glued.filter((id) => spaced.has(id)).length).toBeGreaterThan(5);
    expect(glued.some((id) => !spaced.has(id))).toBe(true);
  });

  it('gives each distinct gram once, ids inside the id space, and the same ids from a reused scratch', () => {
    const s = scratch();
    const first = ids('aaaa aaaa aaaa', s);
    expect(new Set(first).size).toBe(first.length);
    for (const id of first) expect(id).toBeLessThan(1 << DEFAULT_CHAR_VIEW.bits);
    ids('something else entirely', s);
    expect(ids('aaaa aaaa aaaa', s)).toEqual(first);
  });

  it('reads at most maxChars code units of a huge text, and survives empty text and lone surrogates', () => {
    const s = new CharGramScratch({ ...DEFAULT_CHAR_VIEW, maxChars: 100 });
    expect(ids('x'.repeat(10_000_000), s).length).toBeLessThan(10);
    expect(ids('')).toEqual([]);
    expect(ids('\ud800 \udfff').length).toBeGreaterThan(0);
  });

  it('rejects an id space it cannot hold', () => {
    expect(() => new CharGramScratch({ ...DEFAULT_CHAR_VIEW, bits: 40 })).toThrow(RangeError);
  });
});

describe('fitCharView', () => {
  const prior = { slope: DEFAULT_BAYES_CONFIG.slope, offset: DEFAULT_BAYES_CONFIG.offset };
  const spam = ['winfreecash now', 'get freecash fast', 'freecash for you today', 'claim your freecash', 'easy freecash here'];
  const ham = ['nice video thanks', 'i liked the ending', 'great song, thanks for sharing', 'the ending was sad', 'thanks, nice work'];
  const docs = [...spam.map((text) => ({ text, label: 'spam' as const })), ...ham.map((text) => ({ text, label: 'ham' as const }))];

  it('scores unseen text by the grams it shares with each class, glued or not', () => {
    const s = scratch();
    const view = fitCharView(docs, s, { ...DEFAULT_BAYES_CONFIG }, prior)!;
    expect(scoreCharView(view, 'free cash waiting', s)).toBeGreaterThan(scoreCharView(view, 'thanks for the nice ending', s));
  });

  it('is null without both classes', () => {
    expect(fitCharView(docs.filter((d) => d.label === 'ham'), scratch(), { ...DEFAULT_BAYES_CONFIG }, prior)).toBeNull();
  });
});
