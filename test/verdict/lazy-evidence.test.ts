// The BAYES reason's evidence is built when first read (issue 13), yet every way of reading a
// verdict sees it: property access, JSON, structured clone (worker threads), spreads.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';

const m = createModerator({ bayes: { minExamplesPerClass: 1 } });
m.learn({ id: 's1', content: 'cheap pills at pills.example.xyz buy now' }, 'spam');
m.learn({ id: 's2', content: 'buy cheap pills now, best price' }, 'spam');
m.learn({ id: 'h1', content: 'great song, I listen to it every morning' }, 'ham');
m.learn({ id: 'h2', content: 'this song reminds me of my childhood' }, 'ham');
const comment = 'cheap pills, buy now, great price';

describe('lazy BAYES evidence', () => {
  it('is the same data by every way of reading it', () => {
    const read = m.check(comment).reasons.find((r) => r.id === 'BAYES')!;
    expect(read.evidence.length).toBeGreaterThan(0);
    expect(read.evidence.some((e) => e.startsWith('spam: "cheap"'))).toBe(true);
    const json = JSON.parse(JSON.stringify(m.check(comment))) as { reasons: { id: string; evidence: string[] }[] };
    expect(json.reasons.find((r) => r.id === 'BAYES')!.evidence).toEqual(read.evidence);
    const cloned = structuredClone(m.check(comment)).reasons.find((r) => r.id === 'BAYES')!;
    expect(cloned.evidence).toEqual(read.evidence);
    expect({ ...m.check(comment).reasons.find((r) => r.id === 'BAYES')! }.evidence).toEqual(read.evidence);
    expect(Object.keys(read)).toEqual(['id', 'group', 'points', 'description', 'evidence']);
  });

  it('can be replaced by the caller like any other field', () => {
    const reason = m.check(comment).reasons.find((r) => r.id === 'BAYES')!;
    reason.evidence = ['edited'];
    expect(reason.evidence).toEqual(['edited']);
  });
});
