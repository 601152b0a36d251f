// Rule options: score overrides, switches, added rules, and the errors misuse gets.
import { describe, expect, it } from 'vitest';
import { CATALOG, createModerator, validateRule, type ModeratorOptions, type Rule } from '../../src/index.js';
import { scoreRules } from '../../src/rules/index.js';
import { codeAndPathOf } from '../helpers/errors.js';

const codeOf = codeAndPathOf;

const shortener = 'Free gift card here http://bit.ly/2xYzAbc';

const custom: Rule = {
  id: 'CUSTOM_FROBNICATE',
  group: 'custom',
  score: 4,
  description: 'Mentions frobnication, off-topic on this site',
  test: (f) => (f.words.includes('frobnicate') ? ['frobnicate'] : []),
  examples: { hit: ['frobnicate it'], miss: ['leave it'] },
};

describe('rule options', () => {
  it('overrides a catalog score by id', () => {
    const hit = createModerator({ rules: { scores: { LINK_SHORTENER: 0.25 } } }).analyze(shortener).hits.find((h) => h.id === 'LINK_SHORTENER');
    expect(hit?.points).toBe(0.25);
    expect(CATALOG.find((r) => r.id === 'LINK_SHORTENER')?.score).toBe(2);
  });

  it('switches a rule off', () => {
    const m = createModerator({ rules: { disabled: ['LINK_SHORTENER'] } });
    expect(m.rules.some((r) => r.id === 'LINK_SHORTENER')).toBe(false);
    expect(m.analyze(shortener).hits.some((h) => h.id === 'LINK_SHORTENER')).toBe(false);
  });

  it('runs added rules like catalog rules, and their scores can be overridden too', () => {
    const m = createModerator({ rules: { add: [custom], scores: { CUSTOM_FROBNICATE: 1 } } });
    expect(m.analyze('please frobnicate').hits).toEqual([
      { id: 'CUSTOM_FROBNICATE', group: 'custom', points: 1, description: custom.description, evidence: ['frobnicate'] },
    ]);
  });

  it('overrides and switches list rules by id', () => {
    const m = createModerator({ disallowedKeys: 'frob', rules: { scores: { LIST_DISALLOWED_KEY: 8 } } });
    expect(m.analyze('frob').hits.find((h) => h.id === 'LIST_DISALLOWED_KEY')?.points).toBe(8);
  });

  it('keeps evidence short: at most 5 distinct strings of at most 120 characters', () => {
    const noisy: Rule = { ...custom, id: 'CUSTOM_NOISY', test: (f) => (f.words.includes('x') ? ['a', 'a', 'b', 'c', 'd', 'e', 'f', 'x'.repeat(500)] : []), examples: { hit: ['x'], miss: ['leave it'] } };
    const hit = createModerator({ rules: { add: [noisy] } }).analyze('x').hits.find((h) => h.id === 'CUSTOM_NOISY');
    expect(hit?.evidence).toEqual(['a', 'b', 'c', 'd', 'e']);
    const long: Rule = { ...custom, id: 'CUSTOM_LONG', test: (f) => (f.words.includes('x') ? ['y'.repeat(500)] : []), examples: { hit: ['x'], miss: ['leave it'] } };
    const ev = createModerator({ rules: { add: [long] } }).analyze('x').hits.find((h) => h.id === 'CUSTOM_LONG')?.evidence[0] ?? '';
    expect(ev.length).toBe(120);
    expect(ev.endsWith('…')).toBe(true);
  });
});

describe('evidence of the rules before the added ones (read without the general copy)', () => {
  // scoreRules reads the catalog's and list rules' answers on a shorter path (catalogEvidence):
  // the same rule must give the same hit whether it runs there or as an added rule.
  const answers: unknown[] = [
    ['a', 'a', 'b', 'c', 'd', 'e', 'f'],
    [`${'y'.repeat(200)}1`, `${'y'.repeat(200)}2`, 'y'],
    ['one'],
    ['x', 'x', 'x'],
    ['ok', 3],
    'not an array',
  ];
  it.each(answers.map((answer, i) => ({ answer, i })))('answer $i', ({ answer }) => {
    const rule: Rule = { ...custom, id: 'CUSTOM_ANSWER', test: () => answer as string[] };
    const features = createModerator().analyze('x').features;
    const failures: { id: string; problem: string }[] = [];
    const asCatalog = scoreRules(features, [rule], { failures, firstAdded: 1 });
    const addedFailures: { id: string; problem: string }[] = [];
    const asAdded = scoreRules(features, [rule], { failures: addedFailures, firstAdded: 0 });
    expect(asCatalog).toEqual(asAdded);
    expect(failures).toEqual(addedFailures);
  });
  it('keeps two long strings that clip alike (distinct before clipping)', () => {
    const rule: Rule = { ...custom, id: 'CUSTOM_LONG2', test: () => [`${'y'.repeat(200)}1`, `${'y'.repeat(200)}2`] };
    const [hit] = scoreRules(createModerator().analyze('x').features, [rule], { failures: [], firstAdded: 1 });
    expect(hit?.evidence).toHaveLength(2);
    expect(hit?.evidence[0]).toBe(hit?.evidence[1]);
  });
});

describe('misuse', () => {
  it.each([
    { options: { rules: { add: [{ ...custom, id: 'frobnicate' }] } }, code: 'E_INVALID_RULE options.rules.add[0].id' },
    { options: { rules: { add: [{ ...custom, group: 'nope' }] } }, code: 'E_INVALID_RULE options.rules.add[0].group' },
    { options: { rules: { add: [{ ...custom, score: Number.NaN }] } }, code: 'E_INVALID_RULE options.rules.add[0].score' },
    { options: { rules: { add: [{ ...custom, description: ' ' }] } }, code: 'E_INVALID_RULE options.rules.add[0].description' },
    { options: { rules: { add: [{ ...custom, test: 'words' }] } }, code: 'E_INVALID_RULE options.rules.add[0].test' },
    { options: { rules: { add: [{ ...custom, examples: { hit: [] } }] } }, code: 'E_INVALID_RULE options.rules.add[0].examples' },
    { options: { rules: { add: [null] } }, code: 'E_INVALID_RULE options.rules.add[0]' },
    { options: { rules: { add: [{ ...custom, id: 'LINK_SHORTENER' }] } }, code: 'E_INVALID_RULE options.rules.add[0].id' },
    { options: { rules: { scores: { NO_SUCH_RULE: 1 } } }, code: 'E_INVALID_OPTION options.rules.scores.NO_SUCH_RULE' },
    { options: { rules: { disabled: ['NO_SUCH_RULE'] } }, code: 'E_INVALID_OPTION options.rules.disabled' },
    // A list rule exists only when its list has entries.
    { options: { rules: { scores: { LIST_BLOCK_IP: 1 } } }, code: 'E_INVALID_OPTION options.rules.scores.LIST_BLOCK_IP' },
    { options: { rules: { scores: { LINK_SHORTENER: 'high' } } }, code: 'E_INVALID_OPTION options.rules.scores.LINK_SHORTENER' },
  ])('$code', ({ options, code }) => {
    expect(codeOf(() => createModerator(options as ModeratorOptions))).toBe(code);
  });

  it('validateRule accepts every catalog rule', () => {
    for (const rule of CATALOG) expect(validateRule(rule)).toBe(rule);
  });
});
