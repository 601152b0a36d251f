// classifyToRead (the moderator's check path) gives what classify gives: the same probabilities
// and the same strongest tokens, read at once or after other scoring; only the sides' place
// differs (prototype getters instead of own accessors).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/bayes/index.js';

const SPAM = [['cheap', 'pills', 'buy', 'now', 'kobyoshi02'], ['buy', 'cheap', 'watches', 'links:1'], ['cheap', 'pills', 'online', 'obf:leet'], ['subscribe', 'my', 'channel', 'cheap']];
const HAM = [['great', 'song', 'love', 'it'], ['love', 'this', 'song'], ['what', 'a', 'great', 'video'], ['nice', 'song', 'links:0']];
const QUERIES = [['cheap', 'song', 'buy', 'obf:leet'], ['love', 'cheap', 'pills', 'kobyoshi02'], ['great', 'video'], ['unknown', 'words', 'only']];

describe('classifyToRead', () => {
  it('gives the same values as classify, read at once or after other scoring', () => {
    const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 });
    SPAM.forEach((t, i) => c.learn(`s${i}`, t, 'spam'));
    HAM.forEach((t, i) => c.learn(`h${i}`, t, 'ham'));
    const read = QUERIES.map((q) => c.classifyToRead(q));
    for (const [i, q] of QUERIES.entries()) {
      const plain = c.classify(q);
      const r = read[i];
      expect(plain).not.toBeNull();
      expect(r?.probability).toBe(plain?.probability);
      expect(r?.undisguisedProbability).toBe(plain?.undisguisedProbability);
      expect(r?.spamTokens).toEqual(plain?.spamTokens);
      expect(r?.hamTokens).toEqual(plain?.hamTokens);
    }
    expect(read.some((r) => (r?.spamTokens.length ?? 0) > 0)).toBe(true);
  });

  it('reads the same tokens before the next scoring (from the scorer buffers) as after it (copied out)', () => {
    const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 });
    SPAM.forEach((t, i) => c.learn(`s${i}`, t, 'spam'));
    HAM.forEach((t, i) => c.learn(`h${i}`, t, 'ham'));
    const sides = (r: ReturnType<typeof c.classifyToRead>) => ({ spam: r?.spamTokens, ham: r?.hamTokens });
    const atOnce = QUERIES.map((q) => sides(c.classifyToRead(q)));
    const kept = QUERIES.map((q) => c.classifyToRead(q));
    // A change and a refit (the calibration's leave-one-out scoring reuses the buffers) before the kept ones are read.
    c.learn('s9', ['cheap', 'song', 'now'], 'spam');
    expect(c.classify(['cheap'])).not.toBeNull();
    expect(kept.map(sides)).toEqual(atOnce);
    expect(atOnce.some((s) => (s.spam?.length ?? 0) > 0 && (s.ham?.length ?? 0) > 0)).toBe(true);
  });

  it('without explanations (options.explain false): the same probabilities, empty sides', () => {
    const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 });
    SPAM.forEach((t, i) => c.learn(`s${i}`, t, 'spam'));
    HAM.forEach((t, i) => c.learn(`h${i}`, t, 'ham'));
    for (const q of QUERIES) {
      const plain = c.classify(q);
      const bulk = c.classifyToRead(q, false);
      expect(bulk?.probability).toBe(plain?.probability);
      expect(bulk?.undisguisedProbability).toBe(plain?.undisguisedProbability);
      expect(bulk?.spamTokens).toEqual([]);
      expect(bulk?.hamTokens).toEqual([]);
    }
  });

  it('is null until the classifier is ready, like classify', () => {
    const c = createClassifier({ minExamplesPerClass: 2, maxVocabulary: 1000 });
    c.learn('s0', SPAM[0] as string[], 'spam');
    expect(c.classifyToRead(['cheap'])).toBeNull();
    expect(c.classify(['cheap'])).toBeNull();
  });
});
