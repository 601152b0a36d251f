// A disguise (what the normalizer had to undo) is a reason to hold a comment, never alone a reason
// to block it: when only the obfuscation points or the classifier's disguise tokens carry a
// comment over the spam threshold, it is held just below it. Spam that is spam without its
// disguise, and the content disguises (a spam word written to slip past filters, hidden text),
// keep their full weight.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/index.js';
import type { BayesResult, RuleHit } from '../../src/types.js';
import { decide } from '../../src/verdict/decide.js';

const hit = (id: string, group: RuleHit['group'], points: number): RuleHit => ({ id, group, points, description: id, evidence: [id] });
const options = { thresholds: DEFAULT_THRESHOLDS, bayesWeight: 1 };
const bayes = (probability: number, undisguisedProbability?: number): BayesResult =>
  undisguisedProbability === undefined ? { probability, spamTokens: [], hamTokens: [] } : { probability, undisguisedProbability, spamTokens: [], hamTokens: [] };

describe('a disguise holds, never blocks alone', () => {
  it('untrained: 4 content points are held; an invisible-character disguise on top holds, not blocks', () => {
    const content = [hit('TEXT_A', 'text', 2), hit('TEXT_B', 'text', 2)];
    expect(decide(content, null, [], options).decision).toBe('moderate');
    const v = decide([...content, hit('OBFUSCATION_INVISIBLE', 'obfuscation', 1.5)], null, [], options);
    expect(v.decision).toBe('moderate');
    expect(v.score).toBeLessThan(DEFAULT_THRESHOLDS.spam);
    expect(v.score).toBeGreaterThan(DEFAULT_THRESHOLDS.spam - 1e-5);
    // The disguise is still reported.
    expect(v.reasons.map((r) => r.id)).toContain('OBFUSCATION_INVISIBLE');
  });

  it('spam without its disguise stays spam, and a disguised spam word still blocks', () => {
    const content = [hit('TEXT_A', 'text', 3), hit('TEXT_B', 'text', 2)];
    expect(decide([...content, hit('OBFUSCATION_INVISIBLE', 'obfuscation', 1.5)], null, [], options).decision).toBe('spam');
    const word = decide([hit('TEXT_A', 'text', 2), hit('TEXT_B', 'text', 2), hit('OBFUSCATION_SPAM_WORD', 'obfuscation', 3)], null, [], options);
    expect(word.decision).toBe('spam');
  });

  it('trained: disguise tokens that alone carry the classifier over the line hold the comment', () => {
    // 0.97 with the disguise tokens, 0.5 without them.
    expect(decide([], bayes(0.97, 0.5), [], options).decision).toBe('moderate');
    // Without disguise tokens the same probability blocks.
    expect(decide([], bayes(0.97), [], options).decision).toBe('spam');
    // Spam undisguised too: blocked.
    expect(decide([], bayes(0.99, 0.97), [], options).decision).toBe('spam');
  });
});
