// Seeded fuzz: deeply nested and broken HTML, BBCode, Markdown links, bogus entities.
// Every call must return a valid verdict; a sample is re-checked for determinism. Replay a failure
// with its seed and case index (printed in the message).
import { describe, expect, it } from 'vitest';
import { FUZZ_OPTIONS, hostileComment, runFuzz, trainedModerator } from './helpers/fuzz.js';

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

  it('a tiny maxLength cuts anywhere (mid-tag, mid-entity, mid-URL, mid-surrogate pair) and says so exactly when it cuts', () => {
    const options = { ...FUZZ_OPTIONS, maxLength: 101 };
    const contentOf = (input: unknown): string => (typeof input === 'string' ? input : (input as { content: string }).content);
    const report = runFuzz(trainedModerator(options), trainedModerator(options), {
      seed: SEED + 1,
      cases: 5_000,
      recheckEvery: 7,
      make: (r) => hostileComment(r, r.pick(['markup', 'links', 'unicode'] as const)),
      verify: (input, verdict) => {
        const cut = contentOf(input).length > 101;
        const said = verdict.skipped.some((s) => s.replace(/[,_\s]/g, '').includes('101'));
        return cut === said ? [] : [`${contentOf(input).length} characters, cut recorded: ${said}`];
      },
    });
    expect(report.failures).toEqual([]);
  });
});
