// moderator.refit() pays the refit after feedback instead of in the next check(); scores are the
// same whether it is called or not, and calling it again (or untrained) is harmless.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';

const spam = (i: number): string => `cheap pills at http://pills${i % 3}.example.xyz buy now, discount ${i}`;
const ham = (i: number): string => `thanks for the write-up on closures, the example in part ${i} helped`;

describe('moderator.refit()', () => {
  it('leaves every score as check() would have made it', () => {
    const lazy = createModerator();
    const eager = createModerator();
    expect(() => eager.refit()).not.toThrow();
    for (let i = 0; i < 30; i++) {
      for (const m of [lazy, eager]) {
        m.learn({ id: `s${i}`, content: spam(i) }, 'spam');
        m.learn({ id: `h${i}`, content: ham(i) }, 'ham');
      }
      eager.refit();
      eager.refit();
      const probe = i % 2 === 0 ? spam(i + 100) : ham(i + 100);
      expect(eager.check(probe)).toEqual(lazy.check(probe));
    }
    expect(eager.check(spam(7)).decision).toBe('spam');
  });
});
