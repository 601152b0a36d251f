// rspamd-style family caps: rules that see the same thing from different angles add at most
// their family's cap together, strongest first, and a lowered hit says so.
import { describe, expect, it } from 'vitest';
import { createModerator, type Rule } from '../../src/index.js';
import { codeAndPathOf } from '../helpers/errors.js';

const rule = (id: string, score: number, word: string, cap?: Rule['cap']): Rule => ({
  id,
  group: 'custom',
  score,
  description: `mentions ${word}`,
  test: (f) => (f.words.includes(word) ? [word] : []),
  examples: { hit: [word], miss: ['nothing'] },
  ...(cap ? { cap } : {}),
});

const codeOf = codeAndPathOf;

describe('family caps', () => {
  const cap = { family: 'frob', max: 3 };
  const moderator = createModerator({ rules: { add: [rule('CUSTOM_A', 2, 'alpha', cap), rule('CUSTOM_B', 2.5, 'beta', cap), rule('CUSTOM_C', 1, 'gamma')] } });
  const points = (text: string): Record<string, number> => Object.fromEntries(moderator.analyze(text).hits.map((h) => [h.id, h.points]));

  it('keeps the strongest hit whole and lowers the next to what the cap leaves', () => {
    expect(points('alpha beta gamma')).toEqual({ CUSTOM_A: 0.5, CUSTOM_B: 2.5, CUSTOM_C: 1 });
    const a = moderator.analyze('alpha beta').hits.find((h) => h.id === 'CUSTOM_A');
    expect(a?.evidence).toContain('capped: frob rules add at most 3 points together');
  });

  it('leaves a family under its cap alone', () => {
    expect(points('alpha gamma')).toEqual({ CUSTOM_A: 2, CUSTOM_C: 1 });
  });

  it('rejects a malformed cap and two different caps for one family', () => {
    expect(codeOf(() => createModerator({ rules: { add: [{ ...rule('CUSTOM_X', 1, 'x'), cap: { family: '', max: 2 } }] } }))).toBe('E_INVALID_RULE options.rules.add[0].cap');
    expect(codeOf(() => createModerator({ rules: { add: [rule('CUSTOM_X', 1, 'x', { family: 'f', max: 2 }), rule('CUSTOM_Y', 1, 'y', { family: 'f', max: 3 })] } }))).toBe('E_INVALID_RULE options.rules.add[1].cap.max');
  });

  it('applies to the catalog: the flattery family adds at most 4 points', () => {
    const hits = createModerator().analyze({
      content: 'Hello there! Very informative article, I will bookmark your blog and come back for more. Great post!',
      author: { name: 'Kim', url: 'https://kitchen-remodel-tips.example.com' },
      target: { postTitle: 'Tuning PostgreSQL autovacuum' },
    }).hits;
    const flattery = hits.filter((h) => ['TEXT_SPAM_TEMPLATE', 'TEXT_SPUN_FLATTERY', 'TEXT_PRAISE_WITH_LINK', 'AUTHOR_URL_GENERIC_COMMENT'].includes(h.id));
    expect(flattery.length).toBeGreaterThanOrEqual(2);
    expect(flattery.reduce((s, h) => s + h.points, 0)).toBeLessThanOrEqual(4);
  });
});
