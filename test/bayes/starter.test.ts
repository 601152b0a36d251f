// The starter model (createModerator({ starter: true })): what a site can rely on. Its evidence
// alone never holds a comment (it needs a rule hit beside it) and never decides spam; it fades as the site learns; it
// is not part of what the site exports; and it is read like any model file.
import { describe, expect, it } from 'vitest';
import { shippedStarterModel, starterAbout } from '../../src/bayes/starter.js';
import { createModerator, readModel, type Reason, type Verdict } from '../../src/index.js';
import { STARTER_ALONE_MAX_POINTS, STARTER_BIAS, STARTER_FADE, STARTER_MAX_POINTS, starterFade, starterPoints } from '../../src/verdict/index.js';
import { codeAndPathOf } from '../helpers/errors.js';

const starter = createModerator({ starter: true });
const plain = createModerator();
const starterOf = (v: Verdict): Reason | undefined => v.reasons.find((r) => r.id === 'BAYES_STARTER');

// Written for the project: an SMS-style prize notice with no link, and ordinary comments.
const PRIZE = 'Congratulations! You have been selected to receive a free prize, call now to claim it today';
const HAM = [
  'Thanks, the second example fixed my build.',
  'Does this also work with Node 18, or only 20?',
  'I disagree with the part about caching; in my tests the cold path was faster.',
];

describe('the schedule (src/verdict/starter.ts)', () => {
  it('never adds more than the moderate threshold, never subtracts', () => {
    for (const p of [1e-12, 0.01, 0.2, 0.5, 0.9, 0.999, 1 - 1e-12]) {
      const points = starterPoints(p, 0);
      expect(points).toBeGreaterThanOrEqual(0);
      expect(points).toBeLessThanOrEqual(STARTER_MAX_POINTS);
    }
    expect(STARTER_MAX_POINTS).toBeLessThan(5);
    expect(starterPoints(1 - 1e-12, 0)).toBe(STARTER_MAX_POINTS);
    expect(starterPoints(1e-12, 0)).toBe(0);
    // The bias: a starter at 50 % already leans toward holding.
    expect(starterPoints(0.5, 0)).toBeGreaterThan(0);
    expect(STARTER_BIAS).toBeGreaterThan(0);
  });

  it('fades with the comments the site learned: 1, 1/2 at STARTER_FADE, 1/5 at 4 × STARTER_FADE', () => {
    expect(starterFade(0)).toBe(1);
    expect(starterFade(STARTER_FADE)).toBe(0.5);
    expect(starterFade(4 * STARTER_FADE)).toBeCloseTo(0.2, 12);
    expect(starterPoints(0.999, 4 * STARTER_FADE)).toBeCloseTo(STARTER_MAX_POINTS / 5, 2);
  });
});

describe('createModerator({ starter: true })', () => {
  it('holds a prize notice the rules alone let through when a rule saw something, with the starter as the reason', () => {
    // All capitals: TEXT_ALL_CAPS gives half a point, far from a hold by itself.
    const shouted = PRIZE.toUpperCase();
    expect(plain.check(shouted).decision).toBe('ham');
    const v = starter.check(shouted);
    expect(v.decision).toBe('moderate');
    const reason = starterOf(v);
    expect(reason?.points).toBe(STARTER_MAX_POINTS);
    expect(reason?.evidence.some((e) => e.startsWith('spam: ') && /prize|claim/.test(e))).toBe(true);
  });

  it('alone never holds: with no rule hit it stays under the moderate threshold, and says so', () => {
    const v = starter.check(PRIZE);
    expect(plain.check(PRIZE).reasons).toEqual([]);
    expect(v.decision).toBe('ham');
    const reason = starterOf(v);
    expect(reason?.points).toBe(STARTER_ALONE_MAX_POINTS);
    expect(STARTER_ALONE_MAX_POINTS).toBeLessThan(3);
    expect(reason?.description).toContain('(no rule hit)');
    expect(starterPoints(1 - 1e-12, 0, false)).toBe(STARTER_ALONE_MAX_POINTS);
  });

  it('alone never decides spam: every verdict is within the cap of the rules-only score', () => {
    for (const text of [PRIZE, ...HAM, 'WIN WIN WIN free cash prize call now claim your reward txt WIN']) {
      const v = starter.check(text);
      const ruleOnly = plain.check(text);
      const rulePoints = ruleOnly.reasons.reduce((a, r) => a + r.points, 0);
      if (rulePoints < 2) expect(v.decision).not.toBe('spam');
      expect((starterOf(v)?.points ?? 0)).toBeLessThanOrEqual(STARTER_MAX_POINTS);
    }
  });

  it('leaves ordinary comments ham', () => {
    for (const text of HAM) expect(starter.check(text).decision).toBe('ham');
  });

  it('is deterministic and not part of the site model', () => {
    const again = createModerator({ starter: true });
    expect(again.check(PRIZE).score).toBe(starter.check(PRIZE).score);
    const exported = starter.exportModel().bayes as { vocabulary: string[] };
    expect(exported.vocabulary).toEqual([]);
  });

  it("weighs less as the site learns (the site's own counts take over)", () => {
    const m = createModerator({ starter: true });
    const before = starterOf(m.check(PRIZE))?.points ?? 0;
    for (let i = 0; i < STARTER_FADE / 2; i++) {
      m.learn({ id: `s${i}`, content: `buy cheap widgets number ${i} at our store` }, 'spam');
      m.learn({ id: `h${i}`, content: `a question about chapter ${i} of the tutorial` }, 'ham');
    }
    const after = starterOf(m.check(PRIZE))?.points ?? 0;
    expect(after).toBeCloseTo(before / 2, 1);
  });
});

describe('the shipped starter file', () => {
  it('is an ordinary model, read by readModel, of the shippable corpora only', () => {
    const model = readModel(shippedStarterModel());
    expect(model.language).toBe('auto');
    const bayes = model.bayes as { vocabulary: string[] };
    expect(bayes.vocabulary.length).toBeGreaterThan(100);
    expect(bayes.vocabulary.some((t) => t.startsWith('rule:'))).toBe(false);
    const sources = (starterAbout() as { sources: { corpus: string; licence: string }[] }).sources;
    expect(sources.map((s) => s.corpus).sort()).toEqual(['instagram-scam', 'sms', 'youtube']);
    for (const s of sources) expect(s.licence.length).toBeGreaterThan(10);
  });
});

describe('options.starter misuse', () => {
  it.each([
    ['a number', { starter: 42 }, 'E_INVALID_OPTION options.starter'],
    ['a corrupt model', { starter: { format: 'spamsift-model', version: 1, language: 'auto', createdAt: '', bayes: { format: 'x' } } }, 'E_MODEL_CORRUPT model.bayes.format'],
    ['another language', { starter: true, language: 'en' as const }, 'E_INVALID_OPTION options.starter'],
  ])('%s is refused with a code', (_name, options, expected) => {
    expect(codeAndPathOf(() => createModerator(options as never))).toBe(expected);
  });
});
