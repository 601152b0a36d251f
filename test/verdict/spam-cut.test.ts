// Where the spam decision sits on a site (issue 9 §5): when the classifier's own estimate says the
// fixed spam cut would block more of the site's ham than the budget, the cut moves up to the
// stricter tail, the moderation band stretches to meet it (held, not published), and nothing
// below the moderate threshold changes. Without an estimate, or with one under the cut, the
// verdict is exactly the fixed-threshold one.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, createModerator } from '../../src/index.js';
import type { BayesResult, RuleHit } from '../../src/types.js';
import { decide, spamCutShift } from '../../src/verdict/decide.js';

const hit = (points: number): RuleHit => ({ id: 'TEXT_X', group: 'text', points, description: 'x', evidence: ['x'] });
const bayes = (probability: number): BayesResult => ({ probability, spamTokens: [], hamTokens: [] });
const fixed = { thresholds: DEFAULT_THRESHOLDS, bayesWeight: 1 };
// The classifier alone blocks from p ≈ 0.857 (2.4·logit(p) − 2.1 ≥ logit(0.9)).
const under = { ...fixed, spamShift: spamCutShift(fixed, { budget: 0.8, placed: 0.95 }) };
const over = { ...fixed, spamShift: spamCutShift(fixed, { budget: 0.95, placed: 0.97 }) };

describe('the spam cut placed on the site', () => {
  it('changes nothing while the budget tail is under the cut', () => {
    for (const p of [0.05, 0.5, 0.8, 0.9, 0.99]) {
      for (const hits of [[], [hit(2)]]) expect(decide(hits, bayes(p), [], under)).toEqual(decide(hits, bayes(p), [], fixed));
    }
  });

  it('holds, not blocks, what only the fixed cut would block, and keeps blocking the clear cases', () => {
    expect(decide([], bayes(0.9), [], fixed).decision).toBe('spam');
    expect(decide([], bayes(0.9), [], over).decision).toBe('moderate');
    expect(decide([hit(2)], bayes(0.9), [], over).decision).toBe('moderate');
    expect(decide([], bayes(0.995), [], over).decision).toBe('spam');
    expect(decide([hit(3)], bayes(0.97), [], over).decision).toBe('spam');
  });

  it('leaves every score below the moderate threshold as it was, and ranks as before', () => {
    for (const p of [0.01, 0.2, 0.5, 0.7]) expect(decide([], bayes(p), [], over)).toEqual(decide([], bayes(p), [], fixed));
    let last = -1;
    for (let p = 0.01; p < 1; p += 0.01) {
      const score = decide([], bayes(p), [], over).score;
      expect(score).toBeGreaterThanOrEqual(last);
      last = score;
    }
  });

  it('does not move without a moderation band to hold comments in, nor for an untrained verdict', () => {
    expect(under.spamShift).toBe(0);
    expect(over.spamShift).toBeGreaterThan(0);
    const noBand = { thresholds: { moderate: 0.9, spam: 0.9, discard: 0.995 }, bayesWeight: 1 };
    expect(spamCutShift(noBand, { budget: 0.95, placed: 0.97 })).toBe(0);
    expect(spamCutShift(fixed, undefined)).toBe(0);
    expect(decide([hit(5)], null, [], over)).toEqual(decide([hit(5)], null, [], fixed));
  });
});

describe('options.bayes.hamBlockedBudget', () => {
  it('is checked like every option', () => {
    for (const bad of [-0.1, 2, 'x']) {
      try {
        createModerator({ bayes: { hamBlockedBudget: bad as number } });
        expect.unreachable();
      } catch (e) {
        expect((e as { code: string }).code).toBe('E_INVALID_OPTION');
        expect((e as { path: string }).path).toBe('options.bayes.hamBlockedBudget');
      }
    }
  });

  it('holds, on a site whose own ham reaches spam scores, what the fixed cut blocks; 0 keeps the fixed cut', () => {
    const words = ['garden', 'recipe', 'weather', 'holiday', 'concert', 'bicycle', 'library', 'kitchen', 'painting', 'football'];
    const sites = [createModerator({ starter: false }), createModerator({ starter: false, bayes: { hamBlockedBudget: 0 } })];
    for (const m of sites) {
      for (let i = 0; i < 600; i++) {
        const topic = `${words[i % 10]} ${words[(i * 7 + 3) % 10]}`;
        // One ham comment in 25 is the site's spam labeled ham (a mislabel, or a reader's own offer).
        if (i % 25 === 0) m.learn({ content: `send a message for my offer, cheap ${topic} deal today number ${i}` }, 'ham');
        else m.learn({ content: `I enjoyed the ${topic} post, thank you number ${i}` }, 'ham');
        if (i % 3 === 0) m.learn({ content: `send a message for my offer, cheap ${topic} deal today number ${i}` }, 'spam');
      }
    }
    const [placed, fixedCut] = sites.map((m) => m.check({ content: 'for my offer, cheap garden deal today' }));
    expect(fixedCut!.decision).toBe('spam');
    expect(placed!.decision).toBe('moderate');
    // The whole spam wording is what 4 % of this site's own ham says too (the mislabels): blocking
    // it would block 4 % of the ham, so the placed cut holds it, where the fixed cut blocks it.
    // Ordinary comments read the same on both.
    const whole = sites.map((m) => m.check({ content: 'send a message for my offer, cheap garden deal today' }).decision);
    expect(whole).toEqual(['moderate', 'spam']);
    const ordinary = sites.map((m) => m.check({ content: 'I enjoyed the garden post' }));
    expect(ordinary[0]).toEqual(ordinary[1]);
  });
});
