// Seeded fuzz: random Unicode from every plane, lone surrogates, control, bidi and invisible floods, combining marks, look-alikes, leetspeak, spaced letters.
// Every call must return a valid verdict; a sample is re-checked for determinism. Replay a failure
// with its seed and case index (printed in the message).
import { describe, expect, it } from 'vitest';
import { hostileComment, runFuzz, trainedModerator } from './helpers/fuzz.js';

const SEED = 60601;
const CASES = 30000;

describe('check() on hostile unicode text', () => {
  it(`returns a valid, deterministic verdict for ${CASES} generated comments (seed ${SEED})`, () => {
    const report = runFuzz(trainedModerator(), trainedModerator(), {
      seed: SEED,
      cases: CASES,
      recheckEvery: 7,
      make: (r) => hostileComment(r, 'unicode'),
    });
    expect(report.failures).toEqual([]);
    expect(report.chars).toBeGreaterThan(CASES * 20);
  });
});
