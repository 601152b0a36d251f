// Attacks on the library from inside the application that embeds it (issue 12): other code that
// mutates what one moderator hands out, rules that misbehave, prototype pollution, typos in
// options, crafted learn-id collisions, threshold arithmetic and oversized or odd model files.
// Each test is the attack first; it failed before the fix it names.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  SpamsiftError,
  createModerator,
  isSpamsiftError,
  learnId,
  readModel,
  type CommentInput,
  type Features,
  type Rule,
} from '../../src/index.js';

const SPAM = {
  content: 'Buy cheap viagra pills now!!! http://bit.ly/2xYzAbc http://tinyurl.com/abc CLICK HERE >>> best casino bonus',
  author: { name: 'cheap pills', url: 'http://pills.example.ru' },
};
const HAM = 'Thanks for the clear write-up, it helped me fix my build.';
const SHORTENER = 'Free gift card here http://bit.ly/2xYzAbc';

function errorOf(fn: () => unknown): SpamsiftError {
  try {
    fn();
  } catch (error) {
    if (isSpamsiftError(error)) return error;
    throw error;
  }
  throw new Error('expected a SpamsiftError, nothing was thrown');
}

/** A well-behaved added rule whose test misbehaves only on comments containing "boom". */
function ruleThat(misbehave: () => unknown, id = 'CUSTOM_TRAP'): Rule {
  return {
    id,
    group: 'custom',
    score: 2,
    description: 'Mentions frobnication (misbehaves on "boom")',
    test: (f: Features) => (f.words.includes('boom') ? (misbehave() as string[]) : f.words.includes('frobnicate') ? ['frobnicate'] : []),
    examples: { hit: ['please frobnicate'], miss: ['leave it'] },
  };
}

describe('every moderator owns its rules', () => {
  it('a rule handed out by one moderator cannot be changed, so another moderator keeps its score', () => {
    const a = createModerator();
    const b = createModerator();
    const before = b.check(SHORTENER);
    const rule = a.rules.find((r) => r.id === 'LINK_SHORTENER') as Rule;
    expect(() => {
      (rule as { score: number }).score = -100;
    }).toThrow(TypeError);
    expect(() => {
      (a.rules as Rule[]).length = 0;
    }).toThrow(TypeError);
    expect(() => (rule.examples.hit as CommentInput[]).push('x')).toThrow(TypeError);
    expect(b.check(SHORTENER)).toEqual(before);
    expect(a.check(SHORTENER)).toEqual(before);
  });

  it('the exported CATALOG is frozen all the way down', () => {
    const rule = CATALOG.find((r) => r.id === 'LINK_SHORTENER') as Rule;
    expect(() => {
      (rule as { score: number }).score = 0;
    }).toThrow(TypeError);
    expect(() => (rule.examples.hit as CommentInput[]).push('x')).toThrow(TypeError);
    expect(createModerator().analyze(SHORTENER).hits.find((h) => h.id === 'LINK_SHORTENER')?.points).toBe(2);
  });

  it('changing an added rule object (or its examples) after createModerator changes nothing', () => {
    const rule = ruleThat(() => []);
    const m = createModerator({ rules: { add: [rule] } });
    rule.score = 100;
    rule.test = () => ['hijacked'];
    (rule.examples.hit as CommentInput[]).push('not a hit');
    expect(m.analyze('please frobnicate').hits).toEqual([expect.objectContaining({ id: 'CUSTOM_TRAP', points: 2, evidence: ['frobnicate'] })]);
    expect(m.analyze('leave it').hits).toEqual([]);
  });
});

describe('added rules are checked against their own examples at createModerator', () => {
  it('refuses a rule that misses its own hit example, naming options.rules.add[i]', () => {
    const lazy: Rule = { ...ruleThat(() => []), test: () => [] };
    const e = errorOf(() => createModerator({ rules: { add: [ruleThat(() => [], 'CUSTOM_FINE'), lazy] } }));
    expect(e.code).toBe('E_INVALID_RULE');
    expect(e.path).toBe('options.rules.add[1].examples.hit[0]');
  });

  it('refuses a rule that hits its own miss example', () => {
    const eager: Rule = { ...ruleThat(() => []), test: () => ['always'] };
    const e = errorOf(() => createModerator({ rules: { add: [eager] } }));
    expect([e.code, e.path]).toEqual(['E_INVALID_RULE', 'options.rules.add[0].examples.miss[0]']);
  });

  it('refuses a rule that throws or returns a non-array on an example', () => {
    const throws: Rule = { ...ruleThat(() => []), test: () => { throw new Error('nope'); } };
    expect(errorOf(() => createModerator({ rules: { add: [throws] } })).message).toContain('threw Error: nope');
    const returnsNumber: Rule = { ...ruleThat(() => []), test: () => 1 as unknown as string[] };
    expect(errorOf(() => createModerator({ rules: { add: [returnsNumber] } })).path).toBe('options.rules.add[0].examples.hit[0]');
  });

  it('refuses an example that is not a comment', () => {
    const bad: Rule = { ...ruleThat(() => []), examples: { hit: ['please frobnicate', 42 as unknown as string], miss: [] } };
    const e = errorOf(() => createModerator({ rules: { add: [bad] } }));
    expect([e.code, e.path]).toEqual(['E_INVALID_RULE', 'options.rules.add[0].examples.hit[1]']);
  });
});

describe('a rule that misbehaves at check() is contained and reported in the verdict', () => {
  const misbehaviours: [string, () => unknown, RegExp][] = [
    ['throws', () => { throw new TypeError('cannot read x of undefined'); }, /threw TypeError: cannot read x of undefined/],
    ['returns undefined', () => undefined, /returned undefined instead of an array/],
    ['returns a number', () => 3, /returned number 3 instead of an array/],
    ['returns a rejected Promise', () => Promise.reject(new Error('async')), /returned a Promise/],
    ['returns an array with null', () => ['ok', null], /evidence null at index 1/],
    ['returns an array with an object', () => [{ toString: () => 'x' }], /evidence an object at index 0/],
    ['throws a non-error', () => { throw Symbol('x'); }, /threw a symbol/],
  ];
  it.each(misbehaviours)('a rule that %s', async (_name, misbehave, problem) => {
    const m = createModerator({ rules: { add: [ruleThat(misbehave)] } });
    const clean = createModerator().check('boom, said the comment');
    const v = m.check('boom, said the comment');
    expect(v.decision).toBe(clean.decision);
    expect(v.score).toBe(clean.score);
    expect(v.ruleFailures).toEqual([{ id: 'CUSTOM_TRAP', problem: expect.stringMatching(problem) }]);
    expect(v.skipped.some((s) => s.startsWith('rule CUSTOM_TRAP: counted for nothing'))).toBe(true);
    for (const reason of v.reasons) for (const e of reason.evidence) expect(typeof e).toBe('string');
    // A rejected Promise must not surface later as an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it('an added rule cannot change the features later rules and the classifier see', () => {
    const vandal: Rule = {
      ...ruleThat(() => []),
      id: 'CUSTOM_VANDAL',
      test: (f: Features) => {
        if (f.words.includes('boom')) {
          (f.tokens as string[]).length = 0;
          (f.links as unknown[]).length = 0;
        }
        return f.words.includes('frobnicate') ? ['frobnicate'] : [];
      },
    };
    const m = createModerator({ rules: { add: [vandal] } });
    const text = `boom ${SHORTENER}`;
    const a = m.analyze(text);
    expect(a.ruleFailures).toEqual([{ id: 'CUSTOM_VANDAL', problem: expect.stringMatching(/^threw TypeError/) }]);
    expect(a.features.links.length).toBeGreaterThan(0);
    expect(a.tokens).toEqual([...createModerator().analyze(text).tokens]);
  });
});

describe('prototype pollution elsewhere in the application changes no verdict', () => {
  const POLLUTION: Record<string, unknown> = {
    thresholds: { moderate: 0.999, spam: 0.9999, discard: 1 },
    rules: { disabled: CATALOG.map((r) => r.id) },
    maxLength: 100,
    allow: { words: ['viagra', 'cheap', 'write'], domains: ['bit.ly'] },
    block: { words: ['thanks'] },
    disallowedKeys: 'thanks',
    bayes: { weight: 0 },
    contentFormat: 'html',
    isStaff: true,
    approvedCount: 1000,
    id: 'polluted-id',
    author: { name: 'x', isStaff: true },
    request: { ip: '203.0.113.9' },
    target: { postTitle: 'cheap viagra' },
    type: 'pingback',
  };

  function polluted<T>(fn: () => T): T {
    const proto = Object.prototype as Record<string, unknown>;
    for (const [key, value] of Object.entries(POLLUTION)) proto[key] = value;
    try {
      return fn();
    } finally {
      for (const key of Object.keys(POLLUTION)) delete proto[key];
    }
  }

  it('options and comment fields are read from own properties only', () => {
    const clean = createModerator();
    const expected = [clean.check(SPAM), clean.check(HAM), clean.check({ content: HAM, author: { name: 'Ann' } })];
    expect(expected[0]?.decision).toBe('spam');
    const got = polluted(() => {
      const m = createModerator({});
      return [m.check(SPAM), m.check(HAM), m.check({ content: HAM, author: { name: 'Ann' } })];
    });
    expect(got).toEqual(expected);
  });

  it('learn ids ignore a polluted id', () => {
    const id = learnId(HAM);
    expect(polluted(() => learnId(HAM))).toBe(id);
  });
});

describe('misspelled options are refused with a suggestion', () => {
  it.each([
    [{ threshold: { spam: 0.8 } }, 'options.threshold', 'thresholds'],
    [{ thresholds: { spma: 0.8 } }, 'options.thresholds.spma', 'spam'],
    [{ bayes: { maxVocab: 1000 } }, 'options.bayes.maxVocab', 'maxVocabulary'],
    [{ rules: { disable: ['LINK_SHORTENER'] } }, 'options.rules.disable', 'disabled'],
    [{ allow: { domain: ['example.com'] } }, 'options.allow.domain', 'domains'],
    [{ MaxLength: 1000 }, 'options.MaxLength', 'maxLength'],
  ])('%j', (options, path, hint) => {
    const e = errorOf(() => createModerator(options as never));
    expect([e.code, e.path]).toEqual(['E_INVALID_OPTION', path]);
    expect(e.message).toContain(`did you mean "${hint}"?`);
    expect(e.expected).toMatch(/^one of /);
    expect(e.received).toBe(JSON.stringify(path.split('.').pop()));
  });

  it('no suggestion for a key unlike any option', () => {
    const e = errorOf(() => createModerator({ zzzzzzzz: 1 } as never));
    expect(e.message).not.toContain('did you mean');
  });

  it('errors carry expected and received as data', () => {
    const e = errorOf(() => createModerator({ thresholds: { spam: 'high' } } as never));
    expect({ code: e.code, path: e.path, expected: e.expected, received: e.received }).toEqual({
      code: 'E_INVALID_OPTION',
      path: 'options.thresholds.spam',
      expected: 'a number from 0 to 1',
      received: '"high"',
    });
    const c = errorOf(() => createModerator().check({ content: 5 } as never));
    expect([c.path, c.expected, c.received]).toEqual(['comment.content', 'a string', 'number 5']);
  });
});

describe('learn ids', () => {
  it('two different comments whose fields join alike get different ids, and both stay learned', () => {
    // The old id hashed name\0email\0url\0content: these two joined to the same text.
    const a = { content: 'c', author: { name: 'a\u0000b' } };
    const b = { content: '\u0000c', author: { name: 'a', email: 'b' } };
    expect(learnId(a)).not.toBe(learnId(b));
    const m = createModerator();
    m.learn(a, 'spam');
    m.learn(b, 'ham');
    expect(m.unlearn(a)).toBe(true);
    expect(m.unlearn(b)).toBe(true);
  });

  it('is a 128-bit SHA-256 prefix, stable for the same comment', () => {
    expect(learnId('hello')).toMatch(/^h:[A-Za-z0-9_-]{22}$/);
    expect(learnId({ content: 'hello' })).toBe(learnId('hello'));
  });
});

// Rule points alone (starter: false): the starter's points would add to them (test/bayes/starter.test.ts).
describe('threshold arithmetic is exact', () => {
  it('exactly 5 rule points on an untrained moderator is spam with score 0.9', () => {
    const five: Rule = { ...ruleThat(() => []), score: 5 };
    const m = createModerator({ rules: { add: [five] }, starter: false });
    expect(m.analyze('please frobnicate').hits.map((h) => h.points)).toEqual([5]);
    const v = m.check('please frobnicate');
    expect([v.decision, v.score]).toEqual(['spam', 0.9]);
  });

  it('exactly 3 points is the moderate threshold 0.5', () => {
    const three: Rule = { ...ruleThat(() => []), score: 3 };
    const v = createModerator({ rules: { add: [three] }, starter: false }).check('please frobnicate');
    expect([v.decision, v.score]).toEqual(['moderate', 0.5]);
  });
});

describe('null where the README says null is accepted (types and runtime)', () => {
  it('every optional comment field takes null', () => {
    const comment: CommentInput = {
      id: null,
      content: HAM,
      contentFormat: null,
      author: { name: null, email: null, url: null, isStaff: null, approvedCount: null },
      request: { ip: null, userAgent: null, referrer: null },
      target: { postTitle: null, permalink: null, publishedAt: null },
      createdAt: null,
      type: null,
    };
    expect(createModerator().check(comment).decision).toBe('ham');
  });
});

describe('models', () => {
  const model = (() => {
    const m = createModerator({ bayes: { minExamplesPerClass: 1 } });
    m.learn('cheap pills here', 'spam');
    m.learn(Array.from({ length: 150 }, (_, i) => `word${i.toString(36)}x`).join(' '), 'spam');
    m.learn('thanks for the post', 'ham');
    return JSON.stringify(m.exportModel());
  })();

  it('a model file that starts with a UTF-8 byte-order mark loads', () => {
    const m = createModerator({ model: `\uFEFF${model}`, bayes: { minExamplesPerClass: 1 } });
    expect(m.check('cheap pills').reasons.some((r) => r.id === 'BAYES')).toBe(true);
  });

  it.each([
    [{ maxVocabulary: 3 }, 'model.bayes.vocabulary'],
    [{ maxDocuments: 1 }, 'model.bayes.documents.ids'],
    [{ maxTokens: 3 }, 'model.bayes.totals.tokens'],
    // The pre-parse scan: more values or strings than any model within the limits could hold.
    [{ maxTokens: 1, maxDocuments: 1, maxVocabulary: 1 }, 'model'],
  ])('declared counts over the limits %j are E_MODEL_TOO_LARGE before anything is built', (limits, path) => {
    const e = errorOf(() => readModel(model, limits));
    expect([e.code, e.path]).toEqual(['E_MODEL_TOO_LARGE', path]);
  });

  it('counts are checked on a model object too (no JSON to pre-scan)', () => {
    const e = errorOf(() => readModel(JSON.parse(model), { maxDocuments: 1 }));
    expect([e.code, e.path]).toEqual(['E_MODEL_TOO_LARGE', 'model.bayes.documents.ids']);
    expect(errorOf(() => readModel(JSON.parse(model), { maxTokens: 3 })).path).toBe('model.bayes.totals.tokens');
  });

  it('a vocabulary larger than an explicit maxVocabulary is refused with what to do; without the option the cap follows the model', () => {
    const e = errorOf(() => createModerator({ model, bayes: { maxVocabulary: 100 } }));
    expect(e.code).toBe('E_MODEL_TOO_LARGE');
    expect(e.path).toBe('options.bayes.maxVocabulary');
    expect(() => createModerator({ model })).not.toThrow();
  }, 60_000);
});

describe('isSpamsiftError across the ESM and CJS builds', () => {
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  it.skipIf(!existsSync(join(dist, 'index.cjs')))('recognizes an error made by the other build of the same version', async () => {
    const esm = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof import('../../src/index.js');
    const cjs = createRequire(import.meta.url)(join(dist, 'index.cjs')) as typeof import('../../src/index.js');
    const fromCjs = errorFrom(() => cjs.createModerator({ threshold: 1 } as never));
    const fromEsm = errorFrom(() => esm.createModerator({ threshold: 1 } as never));
    // instanceof is the same test as isSpamsiftError (SpamsiftError's Symbol.hasInstance), so an
    // error from the other build, or from the spamsift/evaluate bundle, is an instance too.
    expect(fromCjs).toBeInstanceOf(esm.SpamsiftError);
    expect(fromEsm).toBeInstanceOf(cjs.SpamsiftError);
    expect([esm.isSpamsiftError(fromCjs), cjs.isSpamsiftError(fromEsm), isSpamsiftError(fromCjs)]).toEqual([true, true, true]);
    // A look-alike without the brand is not one.
    const lookalike = Object.assign(new Error('spamsift: x'), { code: 'E_INVALID_OPTION', name: 'SpamsiftError' });
    expect(esm.isSpamsiftError(lookalike)).toBe(false);
    expect(lookalike).not.toBeInstanceOf(esm.SpamsiftError);
    expect({ code: 'E_INVALID_OPTION' }).not.toBeInstanceOf(esm.SpamsiftError);
  });
});

function errorFrom(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('a rule returning a hostile array', () => {
  it('a Proxy whose reads throw is a contained failure', () => {
    const hostile = new Proxy(['x'], { get: () => { throw new Error('trap'); } });
    const m = createModerator({ rules: { add: [ruleThat(() => hostile)] } });
    expect(m.check('boom').ruleFailures).toEqual([{ id: 'CUSTOM_TRAP', problem: expect.stringMatching(/threw when read: Error: trap/) }]);
  });
});
