// Seeded fuzz: URLs of every shape (defanged, IP, IPv6, punycode, userinfo, ports), e-mails, hostnames, link floods.
// Every call must return a valid verdict; a sample is re-checked for determinism. Replay a failure
// with its seed and case index (printed in the message). Two seeds of 10k: link-heavy text is the
// slowest to check, and two tests keep each well inside the per-test timeout.
import { describe, expect, it } from 'vitest';
import { hostileComment, runFuzz, trainedModerator } from './helpers/fuzz.js';

const CASES = 10_000;

describe('check() on hostile links text', () => {
  it.each([60603, 60608])(`returns a valid, deterministic verdict for ${CASES} generated comments (seed %i)`, (seed) => {
    const report = runFuzz(trainedModerator(), trainedModerator(), {
      seed,
      cases: CASES,
      recheckEvery: 7,
      make: (r) => hostileComment(r, 'links'),
    });
    expect(report.failures).toEqual([]);
    expect(report.chars).toBeGreaterThan(CASES * 20);
  });
});
