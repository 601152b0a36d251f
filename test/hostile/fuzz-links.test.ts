// Seeded fuzz: URLs of every shape (defanged, IP, IPv6, punycode, userinfo, ports), e-mails, hostnames, link floods.
// Every call must return a valid verdict; a sample is re-checked for determinism. Replay a failure
// with its seed and case index (printed in the message).
import { describe, expect, it } from 'vitest';
import { hostileComment, runFuzz, trainedModerator } from './helpers/fuzz.js';

const SEED = 60603;
const CASES = 20000;

describe('check() on hostile links text', () => {
  it(`returns a valid, deterministic verdict for ${CASES} generated comments (seed ${SEED})`, () => {
    const report = runFuzz(trainedModerator(), trainedModerator(), {
      seed: SEED,
      cases: CASES,
      recheckEvery: 7,
      make: (r) => hostileComment(r, 'links'),
    });
    expect(report.failures).toEqual([]);
    expect(report.chars).toBeGreaterThan(CASES * 20);
  });
});
