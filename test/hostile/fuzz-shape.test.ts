// Every field of the comment shape with every type of value (fast-check, fixed seed). An
// independent oracle written from the documented shape says which inputs are comments: those must
// give a valid verdict, every other one the coded E_INVALID_COMMENT, never a TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModerator, isSpamsiftError, type CommentInput } from '../../src/index.js';
import { FUZZ_OPTIONS, trainedModerator } from './helpers/fuzz.js';
import { errorProblems, preview, sameVerdict, verdictProblems } from './helpers/verdict.js';

const SEED = 60604;
const RUNS = 20_000;

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown): boolean => v === undefined || v === null;
const optString = (v: unknown): boolean => absent(v) || typeof v === 'string';
const optDate = (v: unknown): boolean => absent(v) || typeof v === 'string' || v instanceof Date || (typeof v === 'number' && Number.isFinite(v));

/** True when the documented comment shape accepts `input`. */
function isComment(input: unknown): boolean {
  if (typeof input === 'string') return true;
  if (!isObject(input)) return false;
  const c = input as Record<string, unknown>;
  if (typeof c['content'] !== 'string') return false;
  if (!optString(c['id']) || !optString(c['type']) || !optDate(c['createdAt'])) return false;
  if (!absent(c['contentFormat']) && !['text', 'html', 'markdown'].includes(c['contentFormat'] as string)) return false;
  const sub = (key: string, check: (o: Record<string, unknown>) => boolean): boolean =>
    absent(c[key]) || (isObject(c[key]) && check(c[key] as Record<string, unknown>));
  return (
    sub('author', (a) =>
      optString(a['name']) && optString(a['email']) && optString(a['url']) &&
      (absent(a['isStaff']) || typeof a['isStaff'] === 'boolean') &&
      (absent(a['approvedCount']) || (typeof a['approvedCount'] === 'number' && Number.isFinite(a['approvedCount']) && a['approvedCount'] >= 0))) &&
    sub('request', (q) => optString(q['ip']) && optString(q['userAgent']) && optString(q['referrer'])) &&
    sub('target', (t) => optString(t['postTitle']) && optString(t['permalink']) && optDate(t['publishedAt']))
  );
}

const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  stringUnit: 'binary',
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withObjectString: true,
});
const text = fc.string({ unit: 'binary', maxLength: 200 });
const date = fc.oneof(fc.string({ maxLength: 30 }), fc.double(), fc.date({ noInvalidDate: false }), fc.constantFrom(null, undefined));
/** A field: usually a value of the right type, sometimes anything at all. */
const field = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 19, arbitrary: good }, { weight: 1, arbitrary: anything });
const optional = { requiredKeys: [] as never[] };

const comment: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: anything },
  { weight: 1, arbitrary: text },
  {
    weight: 8,
    arbitrary: fc.record(
      {
        id: field(fc.option(text)),
        content: field(text),
        contentFormat: field(fc.constantFrom('text', 'html', 'markdown', null)),
        author: field(fc.option(fc.record({ name: field(text), email: field(text), url: field(fc.webUrl()), isStaff: field(fc.boolean()), approvedCount: field(fc.nat()) }, optional))),
        request: field(fc.option(fc.record({ ip: field(fc.ipV4()), userAgent: field(text), referrer: field(text) }, optional))),
        target: field(fc.option(fc.record({ postTitle: field(text), permalink: field(text), publishedAt: field(date) }, optional))),
        createdAt: field(date),
        type: field(fc.option(text)),
        ['__proto__']: field(fc.constant({ polluted: true })),
        constructor: field(text),
      },
      { requiredKeys: ['content'] },
    ),
  },
);

describe('check() with every field of the comment shape of every type', () => {
  const moderator = trainedModerator();
  const twin = trainedModerator();

  it(`gives a verdict for comments and E_INVALID_COMMENT for the rest (${RUNS} runs, seed ${SEED})`, () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(comment, (input) => {
        const expectVerdict = isComment(input);
        let verdict;
        try {
          verdict = moderator.check(input as CommentInput);
        } catch (error) {
          const problems = expectVerdict ? ['threw on a comment', ...errorProblems(error)] : errorProblems(error, 'E_INVALID_COMMENT');
          if (problems.length) throw new Error(`${preview(input)} → ${problems.join('; ')}`);
          rejected++;
          return;
        }
        if (!expectVerdict) throw new Error(`${preview(input)} → returned a verdict for a non-comment`);
        const problems = verdictProblems(verdict);
        if (!sameVerdict(verdict, twin.check(input as CommentInput))) problems.push('twin moderator differs');
        if (problems.length) throw new Error(`${preview(input)} → ${problems.join('; ')}`);
        accepted++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both branches must really be exercised, or the oracle is not being tested.
    expect(accepted).toBeGreaterThan(RUNS / 4);
    expect(rejected).toBeGreaterThan(RUNS / 10);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects non-comments in learn() and unlearn() with the code, and leaves the model unchanged', () => {
    const m = createModerator(FUZZ_OPTIONS);
    m.learn({ id: 'learned-before-the-fuzz', content: 'cheap pills at pills.example' }, 'spam');
    const before = JSON.stringify(m.exportModel().bayes);
    let rejected = 0;
    const expectCode = (op: () => unknown, codes: string[], input: unknown): void => {
      try {
        op();
      } catch (error) {
        const problems = errorProblems(error);
        if (isSpamsiftError(error) && !codes.includes(error.code)) problems.push(`code ${error.code}, expected ${codes.join(' or ')}`);
        if (problems.length) throw new Error(`${preview(input)} → ${problems.join('; ')}`);
        rejected++;
        return;
      }
      throw new Error(`${preview(input)} → no error, expected ${codes.join(' or ')}`);
    };
    fc.assert(
      fc.property(comment, fc.constantFrom<unknown>('spam', 'ham', 'SPAM', null, 1, ['spam']), (input, label) => {
        const valid = isComment(input);
        const goodLabel = label === 'spam' || label === 'ham';
        // A valid comment with a valid label would really be learned: not what this test is about.
        if (valid && goodLabel) return;
        // With both wrong, either code is right: the one checked first wins.
        const learnCodes = [...(valid ? [] : ['E_INVALID_COMMENT']), ...(goodLabel ? [] : ['E_INVALID_LABEL'])];
        expectCode(() => m.learn(input as CommentInput, label as 'spam'), learnCodes, input);
        if (!valid) expectCode(() => m.unlearn(input as CommentInput), ['E_INVALID_COMMENT'], input);
      }),
      { seed: SEED + 1, numRuns: 3_000 },
    );
    expect(rejected).toBeGreaterThan(1_000);
    expect(JSON.stringify(m.exportModel().bayes)).toBe(before);
  });

  describe('values whose String() is huge or throws are described, never echoed', () => {
    const longFunction = new Function('a', `return a + ${'1 + '.repeat(2_000)}1;`);
    const throwingFunction = (): void => {};
    throwingFunction.toString = (): string => {
      throw new Error('toString called');
    };
    const longSymbol = Symbol('s'.repeat(5_000));
    const values: [string, unknown][] = [
      ['a long function', longFunction],
      ['a function whose toString throws', throwingFunction],
      ['a symbol with a long description', longSymbol],
      ['a 500-digit bigint', 10n ** 500n],
    ];
    const places: [string, (v: unknown) => unknown][] = [
      ['the comment', (v) => v],
      ['content', (v) => ({ content: v })],
      ['id', (v) => ({ content: 'x', id: v })],
      ['author.name', (v) => ({ content: 'x', author: { name: v } })],
      ['createdAt', (v) => ({ content: 'x', createdAt: v })],
      ['target.publishedAt', (v) => ({ content: 'x', target: { publishedAt: v } })],
    ];
    it.each(values.flatMap(([what, v]) => places.map(([where, put]) => ({ what, where, input: put(v) }))))('$what as $where → E_INVALID_COMMENT with a short message', ({ input }) => {
      let problems = ['no error'];
      try {
        moderator.check(input as CommentInput);
      } catch (error) {
        problems = errorProblems(error, 'E_INVALID_COMMENT');
      }
      expect(problems).toEqual([]);
    });
  });
});
