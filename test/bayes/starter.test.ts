// The starter model (on by default since session 6; createModerator({ starter: false }) turns it
// off): what a site can rely on. Its evidence alone never holds a comment (it needs a rule hit
// beside it) and it never decides spam (a verdict is spam only when it is spam without it); it
// fades as the site learns and retires after STARTER_RETIRED_AFTER learned comments; it is not
// part of what the site exports; and it is read like any model file.
import { describe, expect, it } from 'vitest';
import { shippedStarterTable, starterAbout } from '../../src/bayes/starter.js';
import { createTableStarter, readStarterTable } from '../../src/bayes/starter-table.js';
import { createClassifier } from '../../src/bayes/index.js';
import { createModerator, createStarterTable, readModel, type Reason, type Rule, type Verdict } from '../../src/index.js';
import { STARTER_ALONE_MAX_POINTS, STARTER_BIAS, STARTER_FADE, STARTER_MAX_POINTS, STARTER_MIN_KNOWN, STARTER_RETIRED_AFTER, starterActive, starterFade, starterPoints } from '../../src/verdict/index.js';
import { codeAndPathOf } from '../helpers/errors.js';

const starter = createModerator({ starter: true });
const plain = createModerator({ starter: false });
const starterOf = (v: Verdict): Reason | undefined => v.reasons.find((r) => r.id === 'BAYES_STARTER');

// Written for the project: an SMS-style prize notice with no link, and ordinary comments.
const PRIZE = 'Congratulations! You have been selected to receive a free prize, call now to claim it today';
// A prize notice with a link: the rules hold it (4.5 points), the starter's 3 would have made it spam.
const SHOUTED_LINKS = 'WINNER!! CLAIM YOUR FREE PRIZE NOW, CALL TODAY http://prize-desk.example.top/claim';
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

  it('never decides spam on its own account: spam with the starter only where spam without it', () => {
    for (const text of [PRIZE, ...HAM, 'WIN WIN WIN free cash prize call now claim your reward txt WIN', SHOUTED_LINKS]) {
      const v = starter.check(text);
      if (plain.check(text).decision !== 'spam') expect(v.decision, text).not.toBe('spam');
      expect(starterOf(v)?.points ?? 0).toBeLessThanOrEqual(STARTER_MAX_POINTS);
    }
  });

  it('keeps a rules-only spam verdict: exactly 5 rule points stay spam with the starter beside them', () => {
    const five: Rule = { id: 'CUSTOM_FIVE', group: 'custom', score: 5, description: 'Five points on a prize', test: (f) => (f.words.includes('prize') ? ['prize'] : []), examples: { hit: ['a prize'], miss: ['a book'] } };
    const v = createModerator({ rules: { add: [five] } }).check(PRIZE);
    expect(starterOf(v)?.points).toBeGreaterThan(0);
    expect(v.decision).toBe('spam');
  });

  it('does not undo a disguise hold: 4 rule points and an invisible character stay moderate with the starter', () => {
    const four: Rule = { id: 'CUSTOM_FOUR', group: 'custom', score: 4, description: 'Four points on a prize', test: (f) => (f.words.includes('prize') ? ['prize'] : []), examples: { hit: ['a prize'], miss: ['a book'] } };
    const text = 'CLAIM YOUR FREE PRIZE NOW, CALL TO\u200bDAY';
    const without = createModerator({ rules: { add: [four] }, starter: false }).check(text);
    expect(without.reasons.map((r) => r.id)).toContain('OBFUSCATION_INVISIBLE');
    expect(without.decision).toBe('moderate');
    const v = createModerator({ rules: { add: [four] } }).check(text);
    expect(starterOf(v)?.points).toBeGreaterThan(0);
    expect(v.decision).toBe('moderate');
  });

  it('holds a comment that its points would have carried to spam, and says why', () => {
    const rulePoints = plain.check(SHOUTED_LINKS).reasons.reduce((a, r) => a + r.points, 0);
    const v = starter.check(SHOUTED_LINKS);
    const points = starterOf(v)?.points ?? 0;
    // The rules alone hold it; with the starter's points the sum passes the spam threshold (5).
    expect(rulePoints).toBeGreaterThanOrEqual(3);
    expect(rulePoints).toBeLessThan(5);
    expect(rulePoints + points).toBeGreaterThanOrEqual(5);
    expect(v.decision).toBe('moderate');
    expect(v.score).toBeLessThan(0.9);
    expect(starterOf(v)?.description).toContain('never make it spam');
  });

  it('says nothing about a comment it knows no token of (a language its corpora lack)', () => {
    // All capitals (TEXT_ALL_CAPS, half a point), in a script none of its corpora carry.
    const v = starter.check('ΤΟ ΠΡΩΤΟ ΠΑΡΑΔΕΙΓΜΑ ΔΟΥΛΕΥΕΙ ΜΙΑ ΧΑΡΑ ΣΤΟ ΔΙΚΟ ΜΟΥ ΣΥΣΤΗΜΑ');
    const reason = starterOf(v);
    expect(reason?.description).toContain('from 0 known tokens');
    expect(reason?.points).toBe(0);
    expect(starterPoints(0.99, 0, true, STARTER_MIN_KNOWN - 1)).toBe(0);
    expect(starterPoints(0.99, 0, true, STARTER_MIN_KNOWN)).toBeGreaterThan(0);
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

describe('the default', () => {
  it('is on: createModerator() has the starter, starter: false turns it off', () => {
    const shouted = PRIZE.toUpperCase();
    expect(starterOf(createModerator().check(shouted))).toBeDefined();
    expect(createModerator().check(shouted).decision).toBe(starter.check(shouted).decision);
    expect(starterOf(plain.check(shouted))).toBeUndefined();
  });

  it('is off for a moderator of another language (the starter tokens are made with "auto"), on request it is refused', () => {
    const english = createModerator({ language: 'en' });
    expect(starterOf(english.check(PRIZE.toUpperCase()))).toBeUndefined();
  });

  it(`retires after ${STARTER_RETIRED_AFTER} learned comments: not consulted, no reason`, () => {
    expect(starterActive(STARTER_RETIRED_AFTER - 1)).toBe(true);
    expect(starterActive(STARTER_RETIRED_AFTER)).toBe(false);
    const m = createModerator();
    for (let i = 0; i < STARTER_RETIRED_AFTER / 2; i++) {
      m.learn({ id: `s${i}`, content: `buy cheap widgets number ${i} at our store` }, 'spam');
      if (i === STARTER_RETIRED_AFTER / 2 - 1) expect(starterOf(m.check(PRIZE.toUpperCase()))).toBeDefined();
      m.learn({ id: `h${i}`, content: `a question about chapter ${i} of the tutorial` }, 'ham');
    }
    expect(starterOf(m.check(PRIZE.toUpperCase()))).toBeUndefined();
  });

  it('comes back the same when unlearning brings a retired moderator under the bound (its table was let go while retired)', () => {
    const spam = (i: number) => ({ id: `s${i}`, content: `buy cheap widgets number ${i} at our store` });
    const ham = (i: number) => ({ id: `h${i}`, content: `a question about chapter ${i} of the tutorial` });
    const crossed = createModerator();
    const under = createModerator();
    for (let i = 0; i < STARTER_RETIRED_AFTER / 2; i++) {
      crossed.learn(spam(i), 'spam');
      crossed.learn(ham(i), 'ham');
      if (i > 0) under.learn(spam(i), 'spam');
      under.learn(ham(i), 'ham');
    }
    expect(starterOf(crossed.check(PRIZE.toUpperCase()))).toBeUndefined();
    expect(crossed.unlearn(spam(0))).toBe(true);
    const back = crossed.check(PRIZE.toUpperCase());
    expect(starterOf(back)).toBeDefined();
    expect(JSON.stringify(back)).toBe(JSON.stringify(under.check(PRIZE.toUpperCase())));
  });
});

describe('the shipped starter file', () => {
  it('is a starter table of words and word pairs, of the shippable corpora only', () => {
    const table = readStarterTable(shippedStarterTable());
    expect(table.language).toBe('auto');
    expect(table.tokens.length).toBeGreaterThan(100);
    expect(table.tokens.some((t) => t.startsWith('rule:') || t.includes(':'))).toBe(false);
    const sources = (starterAbout() as { sources: { corpus: string; licence: string }[] }).sources;
    expect(sources.map((s) => s.corpus).sort()).toEqual(['instagram-scam', 'sms', 'youtube']);
    for (const s of sources) expect(s.licence.length).toBeGreaterThan(10);
  });

  it('scores as the classifier it was read off: an exported model given as the starter gives the same probabilities', () => {
    const site = createModerator({ starter: false, bayes: { minExamplesPerClass: 1 } });
    site.learn({ id: 's1', content: 'claim your free prize now, call today' }, 'spam');
    site.learn({ id: 's2', content: 'free cash prize, reply now to claim' }, 'spam');
    site.learn({ id: 'h1', content: 'thanks, the second example fixed my build' }, 'ham');
    site.learn({ id: 'h2', content: 'does this work with the old version too' }, 'ham');
    const fromModel = createModerator({ starter: site.exportModel() });
    const reason = starterOf(fromModel.check('FREE PRIZE, CLAIM NOW'));
    expect(reason?.description).toMatch(/gives \d+\.\d% spam/);
    expect(reason?.evidence.some((e) => /prize|claim|free/.test(e))).toBe(true);
    // The table made once (createStarterTable) is the same starter, and survives JSON.
    const table = JSON.parse(JSON.stringify(createStarterTable(site.exportModel()))) as unknown;
    expect(starterOf(createModerator({ starter: table as object }).check('FREE PRIZE, CLAIM NOW'))).toEqual(reason);
  });
});

describe('the table scores as its classifier', () => {
  it('gives the probability the fitted classifier gives, word pairs and repeated words included', () => {
    const site = createModerator({ starter: false, bayes: { minExamplesPerClass: 1 } });
    const spamTexts = ['claim your free prize now, call today', 'free cash prize, reply now to claim', 'win a free phone, claim it now now now'];
    const hamTexts = ['thanks, the second example fixed my build', 'does this work with the old version too', 'the second example needs the new flag'];
    spamTexts.forEach((t, i) => site.learn({ id: `s${i}`, content: t }, 'spam'));
    hamTexts.forEach((t, i) => site.learn({ id: `h${i}`, content: t }, 'ham'));
    const model = site.exportModel();
    const bayes = (readModel(model) as { bayes: unknown }).bayes;
    const vocabulary = (bayes as { vocabulary: string[] }).vocabulary.length;
    const classifier = createClassifier({ minExamplesPerClass: 1, maxVocabulary: Math.max(vocabulary, 100) }, bayes);
    const table = createTableStarter(readStarterTable(createStarterTable(model)));
    for (const text of ['FREE PRIZE, CLAIM NOW NOW', 'the second example fixed it, thanks', 'claim the new version of the example', 'nothing known here at all']) {
      const tokens = site.analyze(text).classifierTokens;
      expect(table.classify(tokens).probability, text).toBeCloseTo(classifier.classify(tokens)!.probability, 3);
    }
  });
});

describe('options.starter misuse', () => {
  it.each([
    ['a number', { starter: 42 }, 'E_INVALID_OPTION options.starter'],
    ['a corrupt model', { starter: { format: 'spamsift-model', version: 1, language: 'auto', createdAt: '', bayes: { format: 'x' } } }, 'E_MODEL_CORRUPT model.bayes.format'],
    ['another language', { starter: true, language: 'en' as const }, 'E_INVALID_OPTION options.starter'],
    ['a table with weights missing', { starter: { format: 'spamsift-starter', version: 1, language: 'auto', slope: 1, offset: 0, bias: 0, power: 0.5, tokens: ['a'], weights: [] } }, 'E_MODEL_CORRUPT options.starter.weights'],
    ['a table of another version', { starter: { format: 'spamsift-starter', version: 2 } }, 'E_MODEL_VERSION options.starter.version'],
    ['a table with a NaN', { starter: { format: 'spamsift-starter', version: 1, language: 'auto', slope: Number.NaN, offset: 0, bias: 0, power: 0.5, tokens: [], weights: [] } }, 'E_MODEL_CORRUPT options.starter.slope'],
  ])('%s is refused with a code', (_name, options, expected) => {
    expect(codeAndPathOf(() => createModerator(options as never))).toBe(expected);
  });
});
