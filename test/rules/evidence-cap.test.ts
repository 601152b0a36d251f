// Rules that write one evidence string per link stop at the engine's MAX_EVIDENCE distinct strings
// (catalog/evidence-cap.ts): the verdict must show what it showed when they wrote them all.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { CappedEvidence, MAX_EVIDENCE } from '../../src/rules/catalog/evidence-cap.js';

describe('CappedEvidence', () => {
  it('keeps every string added and says stop at the MAX_EVIDENCE-th distinct one', () => {
    const evidence = new CappedEvidence();
    const added = ['a', 'b', 'a', 'c', 'd', 'd'].map((e) => evidence.add(e));
    expect(added).toEqual([true, true, true, true, true, true]);
    expect(MAX_EVIDENCE).toBe(5);
    expect(evidence.add('e')).toBe(false);
    expect(evidence.out).toEqual(['a', 'b', 'a', 'c', 'd', 'd', 'e']);
  });
});

describe('per-link evidence on a comment with more links than the verdict shows', () => {
  const moderator = createModerator();
  const sites = ['casino-slots', 'cheap-replica', 'payday-loans', 'essay-writers', 'bonus-slots', 'replica-bags', 'loans-payday'];
  const comment = (n: number): string =>
    `Pages: ${sites.slice(0, n).map((s, i) => `https://${s}-deals-${i}.xyz/?ref=${1000 + i}`).join(' ')}`;
  it.each(['DOMAIN_SPAM_WORDS', 'DOMAIN_SPAMMY_TLD', 'DOMAIN_HYPHENATED', 'LINK_REFERRAL'])('%s shows the same five strings for seven links as for the first five alone', (id) => {
    const seven = moderator.analyze(comment(7)).hits.find((h) => h.id === id);
    const five = moderator.analyze(comment(5)).hits.find((h) => h.id === id);
    expect(seven?.evidence).toHaveLength(MAX_EVIDENCE);
    expect(seven?.evidence).toEqual(five?.evidence);
  });
});
