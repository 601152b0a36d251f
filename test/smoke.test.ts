import { describe, expect, it } from 'vitest';
import { createModerator } from '../src/index.js';

describe('createModerator', () => {
  it('checks a comment with no options at all', () => {
    const v = createModerator().check('Thanks, this helped me fix my build.');
    expect(v.decision).toBe('ham');
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(1);
  });
});
