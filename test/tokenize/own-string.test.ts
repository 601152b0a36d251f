import { describe, expect, it } from 'vitest';
import { ownString } from '../../src/tokenize/index.js';

// ownString only changes how V8 stores a kept word (a copy, not a view into the comment it was cut
// from); what it returns must be the same text, whatever its length or content.
describe('ownString', () => {
  it.each([
    { input: '', expected: '' },
    { input: 'short', expected: 'short' },
    { input: 'twelve chars', expected: 'twelve chars' },
    { input: 'thirteen char', expected: 'thirteen char' },
    { input: 'a much longer word cut from a comment', expected: 'a much longer word cut from a comment' },
    { input: '😀'.repeat(10), expected: '😀'.repeat(10) },
  ])('keeps $input as it is', ({ input, expected }) => {
    expect(ownString(input)).toBe(expected);
  });

  it('returns the same text for a word cut from a longer string', () => {
    const comment = `intro ${'x'.repeat(40)} pneumonoultramicroscopic tail`;
    const word = comment.slice(47, 72);
    expect(word).toBe('pneumonoultramicroscopic ');
    expect(ownString(word)).toBe(word);
    expect(ownString(word).length).toBe(word.length);
  });
});
