// options.explain (issue 13): bulk scoring can leave out the BAYES evidence strings; everything
// else in the verdict is the same.
import { describe, expect, it } from 'vitest';
import { createModerator, type Moderator } from '../../src/index.js';

function trained(explain?: boolean): Moderator {
  const m = createModerator({ bayes: { minExamplesPerClass: 1 }, ...(explain === undefined ? {} : { explain }) });
  m.learn({ id: 's1', content: 'cheap pills at pills.example.xyz buy now' }, 'spam');
  m.learn({ id: 's2', content: 'buy cheap pills now, best price' }, 'spam');
  m.learn({ id: 'h1', content: 'great song, I listen to it every morning' }, 'ham');
  m.learn({ id: 'h2', content: 'this song reminds me of my childhood' }, 'ham');
  return m;
}
const comment = 'cheap pills, buy now, great price';

describe('options.explain', () => {
  it('false: the same verdict with empty BAYES (and starter) evidence lists', () => {
    const full = trained().check(comment);
    const bulk = trained(false).check(comment);
    const bayes = full.reasons.find((r) => r.id === 'BAYES')!;
    expect(bayes.evidence.some((e) => e.startsWith('spam: "cheap"'))).toBe(true);
    expect(bulk).toEqual({ ...full, reasons: full.reasons.map((r) => (r.id === 'BAYES' || r.id === 'BAYES_STARTER' ? { ...r, evidence: [] } : r)) });
    expect(trained(true).check(comment)).toEqual(full);
  });

  it('must be a boolean', () => {
    expect(() => createModerator({ explain: 'no' as unknown as boolean })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION', path: 'options.explain' }));
  });
});
