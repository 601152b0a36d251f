// Seeded fuzz: deeply nested and broken HTML, BBCode, Markdown links, bogus entities.
// Every call must return a valid verdict; a sample is re-checked for determinism. Replay a failure
// with its seed and case index (printed in the message).
import { describe, expect, it } from 'vitest';
import { hostileComment, runFuzz, trainedModerator } from './helpers/fuzz.js';

const SEED = 60602;
const CASES = 30000;

describe('check() on hostile markup text', () => {
  it(`returns a valid, deterministic verdict for ${CASES} generated comments (seed ${SEED})`, () => {
    const report = runFuzz(trainedModerator(), trainedModerator(), {
      seed: SEED,
      cases: CASES,
      recheckEvery: 7,
      make: (r) => hostileComment(r, 'markup'),
    });
    expect(report.failures).toEqual([]);
    expect(report.chars).toBeGreaterThan(CASES * 20);
  });
});
