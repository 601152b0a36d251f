// Names that are special on plain JS objects are ordinary tokens: they learn, score, export and
// import like any word, and nothing reaches Object.prototype. A store keyed by a plain object would
// return Object.prototype for `__proto__` and a function for `constructor` (NaN scores, pollution).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModerator, isSpamsiftError, type Moderator, type Verdict } from '../../src/index.js';
import { verdictProblems } from './helpers/verdict.js';

const NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'prototype', 'isPrototypeOf', '__lookupSetter__', 'propertyIsEnumerable'];
const HAM = [
  'Thanks for the write-up, the flame graph made it click for me.',
  'We pinned esbuild and the build went back to eight minutes.',
  'Does this also happen with the incremental type checker turned off?',
  'Great talk yesterday, the slides are linked in the meetup group.',
  'I disagree with the second point, caching hides the real problem.',
  'Merci pour cet article, très clair.',
  'Could you share the benchmark script you used for the numbers?',
  'The upgrade broke our source maps as well, same symptoms.',
];

function prototypeSnapshot(): string {
  const describe = (o: object): string[] =>
    Reflect.ownKeys(o).map((k) => {
      const d = Object.getOwnPropertyDescriptor(o, k);
      return `${String(k)}:${typeof d?.value}:${typeof d?.get}:${typeof d?.set}:${d?.writable}:${d?.enumerable}`;
    });
  return JSON.stringify([describe(Object.prototype), describe(Array.prototype), describe(Function.prototype), describe(Map.prototype)]);
}

function spamContent(i: number): string {
  const rotated = NAMES.slice(i % NAMES.length).concat(NAMES.slice(0, i % NAMES.length));
  return rotated.join(' ');
}

function trainOn(m: Moderator): void {
  HAM.forEach((content, i) => m.learn({ id: `ham-${i}`, content }, 'ham'));
  for (let i = 0; i < HAM.length; i++) m.learn({ id: `spam-${i}`, content: spamContent(i) }, 'spam');
}

function bayesEvidence(v: Verdict): string {
  return v.reasons.filter((r) => r.id === 'BAYES').flatMap((r) => r.evidence).join('\n');
}

const vocabularyOf = (m: Moderator): unknown => (m.exportModel().bayes as { vocabulary?: unknown }).vocabulary;

describe('object-special names are ordinary tokens', () => {
  let before = '';
  beforeAll(() => {
    before = prototypeSnapshot();
  });
  afterAll(() => {
    expect(prototypeSnapshot()).toBe(before);
  });

  const options = { bayes: { minExamplesPerClass: 3 } };

  it('learning comments made of them as spam makes them spam tokens', () => {
    const m = createModerator(options);
    trainOn(m);
    const v = m.check(NAMES.join(' '));
    expect(verdictProblems(v)).toEqual([]);
    // N-gram evidence is credited to its word, so the longest special names lead this list.
    expect(bayesEvidence(v)).toMatch(/^spam: .*(__proto__|constructor|__definegetter__|__lookupsetter__)/m);
    expect(v.decision).not.toBe('ham');
    // Each name alone is spam evidence too (the top few tokens above may all come from one name).
    const ham = m.check(HAM[0] as string).score;
    for (const name of ['__proto__', 'constructor']) expect(bayesEvidence(m.check(`${name} ${name}`))).toMatch(new RegExp(`^spam: .*${name}`, 'm'));
    for (const name of NAMES) expect(m.check(name).score, name).toBeGreaterThan(ham);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('they are stored as strings in the exported vocabulary, and JSON round-trips them', () => {
    const m = createModerator(options);
    trainOn(m);
    const vocabulary = vocabularyOf(m);
    expect(Array.isArray(vocabulary)).toBe(true);
    const json = JSON.stringify(m.exportModel());
    expect(json).toContain('"__proto__"');
    expect(json).toContain('"constructor"');
    // Import from the JSON text and from the parsed object: identical scores, identical vocabulary.
    for (const model of [json, JSON.parse(json) as unknown]) {
      const copy = createModerator({ ...options, model: model as never });
      expect(vocabularyOf(copy)).toEqual(vocabulary);
      for (const text of [NAMES.join(' '), '__proto__', 'constructor constructor', HAM[1] as string]) {
        expect(copy.check(text)).toEqual(m.check(text));
      }
    }
  });

  it('unseen special names are unseen tokens, not inherited properties (finite score, no evidence)', () => {
    const m = createModerator(options);
    HAM.forEach((content, i) => m.learn({ id: `ham-${i}`, content }, 'ham'));
    HAM.forEach((content, i) => m.learn({ id: `spam-${i}`, content: `cheap pills online ${content.split(' ')[0] ?? ''} buy now` }, 'spam'));
    for (const name of NAMES) {
      const v = m.check(`${name} ${name}`);
      expect(verdictProblems(v)).toEqual([]);
      expect(bayesEvidence(v)).not.toContain(name.toLowerCase());
    }
  });

  it('comment ids with special names learn, relabel and unlearn like any id', () => {
    const m = createModerator(options);
    trainOn(m);
    const plain = m.exportModel().bayes;
    for (const id of NAMES) m.learn({ id, content: `a comment with the id ${id}` }, 'spam');
    for (const id of NAMES) m.learn({ id, content: `a comment with the id ${id}` }, 'ham');
    for (const id of NAMES) expect(m.unlearn({ id, content: 'whatever the content now' })).toBe(true);
    for (const id of NAMES) expect(m.unlearn({ id, content: 'x' })).toBe(false);
    const after = m.exportModel().bayes as { vocabulary: string[] };
    expect(new Set(after.vocabulary)).toEqual(new Set((plain as { vocabulary: string[] }).vocabulary));
  });

  it('special names in domains, author fields and lists are text', () => {
    const m = createModerator({ ...options, block: { words: ['__proto__'], domains: ['constructor.example'] }, allow: { emails: ['tostring@valueof.example'] } });
    const v = m.check({ content: 'see http://__proto__.constructor.com/prototype/__defineGetter__ and constructor.example', author: { name: '__proto__', email: 'constructor@__proto__.com', url: 'http://toString.valueOf.ru' } });
    expect(verdictProblems(v)).toEqual([]);
    expect(({} as Record<string, unknown>)['constructor.example']).toBeUndefined();
  });

  it('special keys in options are unknown rule ids (coded error), never prototype writes', () => {
    const options = JSON.parse('{"rules":{"scores":{"__proto__":{"polluted":1},"constructor":5}}}') as unknown;
    try {
      createModerator(options as never);
      expect.unreachable('must throw');
    } catch (error) {
      expect(isSpamsiftError(error) && error.code).toBe('E_INVALID_OPTION');
    }
    // JSON.parse makes "__proto__" an own key: an unknown option like any other (issue 12), never a prototype.
    for (const text of ['{"__proto__":{"maxLength":5,"polluted":1}}', '{"thresholds":{"__proto__":{"spam":0}}}']) {
      const sneaky = JSON.parse(text) as unknown;
      expect(() => createModerator(sneaky as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
