// Misuse of the API throws one error class with a stable code and a message that says what to do.
import { describe, expect, it } from 'vitest';
import { SpamsiftError, createModerator, isSpamsiftError } from '../../src/index.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (!isSpamsiftError(error)) throw error;
    expect(error).toBeInstanceOf(SpamsiftError);
    expect(error.message).toMatch(/^spamsift: /);
    return error.code;
  }
  return 'no error';
}

const moderator = createModerator();

describe('check() rejects what is not a comment', () => {
  it.each([
    { input: 42, code: 'E_INVALID_COMMENT' },
    { input: {}, code: 'E_INVALID_COMMENT' },
    { input: null, code: 'E_INVALID_COMMENT' },
    { input: undefined, code: 'E_INVALID_COMMENT' },
    { input: ['text'], code: 'E_INVALID_COMMENT' },
    { input: { content: 5 }, code: 'E_INVALID_COMMENT' },
    { input: { content: 'x', author: 'bob' }, code: 'E_INVALID_COMMENT' },
    { input: { content: 'x', author: { email: 7 } }, code: 'E_INVALID_COMMENT' },
    { input: { content: 'x', author: { approvedCount: -1 } }, code: 'E_INVALID_COMMENT' },
    { input: { content: 'x', contentFormat: 'pdf' }, code: 'E_INVALID_COMMENT' },
    { input: { content: 'x', createdAt: {} }, code: 'E_INVALID_COMMENT' },
    { input: { content: 'x', request: { ip: 127001 } }, code: 'E_INVALID_COMMENT' },
  ])('check($input) throws $code', ({ input, code }) => {
    expect(codeOf(() => moderator.check(input as never))).toBe(code);
  });

  it('names the bad field in the message and in error.path', () => {
    try {
      moderator.check({ content: 'x', author: { email: 7 } } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as SpamsiftError).path).toBe('comment.author.email');
      expect((error as SpamsiftError).message).toContain('comment.author.email must be a string');
    }
  });

  it('accepts null for absent optional fields, as JSON exports write them', () => {
    const v = moderator.check({ content: 'hello', author: { name: null, email: null }, id: null } as never);
    expect(v.decision).toBe('ham');
  });
});

describe('createModerator() rejects bad options', () => {
  it.each([
    { options: { thresholds: { spam: 2 } }, code: 'E_INVALID_OPTION' },
    { options: { thresholds: { moderate: 0.95, spam: 0.9 } }, code: 'E_INVALID_OPTION' },
    { options: { thresholds: { spam: Number.NaN } }, code: 'E_INVALID_OPTION' },
    { options: 'strict', code: 'E_INVALID_OPTION' },
    { options: { language: 'klingon' }, code: 'E_INVALID_OPTION' },
    { options: { maxLength: -5 }, code: 'E_INVALID_OPTION' },
    { options: { block: { domains: 'spam.com' } }, code: 'E_INVALID_OPTION' },
    { options: { rules: { scores: { NO_SUCH_RULE: 1 } } }, code: 'E_INVALID_OPTION' },
    { options: { rules: { disabled: ['NO_SUCH_RULE'] } }, code: 'E_INVALID_OPTION' },
    { options: { rules: { add: [{ id: 'lowercase' }] } }, code: 'E_INVALID_RULE' },
    { options: { model: { format: 'spamsift-model', version: 99 } }, code: 'E_MODEL_VERSION' },
    { options: { model: '{"format":"spamsift-model","version":1' }, code: 'E_MODEL_CORRUPT' },
    { options: { model: 'not json' }, code: 'E_MODEL_CORRUPT' },
    { options: { model: `${'['.repeat(100000)}${']'.repeat(100000)}` }, code: 'E_MODEL_TOO_LARGE' },
  ])('createModerator($options) throws $code', ({ options, code }) => {
    expect(codeOf(() => createModerator(options as never))).toBe(code);
  });

  it('says what to do in the message', () => {
    expect(() => createModerator({ thresholds: { spam: 2 } })).toThrow(/options\.thresholds\.spam must be a number from 0 to 1, received number 2/);
  });
});

describe('learn() rejects bad labels', () => {
  it.each(['Spam', 1, null, 'maybe'])('learn(comment, %s) throws E_INVALID_LABEL', (label) => {
    expect(codeOf(() => createModerator().learn('hello', label as never))).toBe('E_INVALID_LABEL');
  });
});
