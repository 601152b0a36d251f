// The blind WordPress-style set (fixtures/wordpress-blind.jsonl, docs/wordpress-blind-set.md),
// written in session 7 by an engineer who had not read the rules: an untrained moderator must
// decide none of its approvable ham spam and hold at most one, and must keep flagging the spam it
// flagged when the set was first measured against the session's rules (73 of 102 with the
// default, 65 with the rules alone; 62 and 49 before that session's rule work). Issue 10 asks 80 %
// on real WordPress dumps; these floors are not that target, they stop a change from losing
// ground on comments the rules were not written against (bench/wordpress-blind.mjs prints the
// table per category).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator, type Comment, type ModeratorOptions } from '../../src/index.js';

type Row = Comment & { id: string; label: 'spam' | 'ham'; category: string };
const rows: Row[] = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'wordpress-blind.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Row);
const comment = ({ label: _l, category: _c, id: _i, ...c }: Row): Comment => c;

describe.each<[string, ModeratorOptions, number]>([
  ['default options (rules and the starter)', {}, 73],
  ['the rules alone', { starter: false }, 65],
])('an untrained moderator with %s on the blind set', (_name, options, spamFlaggedFloor) => {
  const moderator = createModerator(options);
  const decided = rows.map((row) => ({ row, decision: moderator.check(comment(row)).decision }));
  const ham = decided.filter((d) => d.row.label === 'ham');
  const spam = decided.filter((d) => d.row.label === 'spam');

  it('decides no ham spam and holds at most one', () => {
    expect(ham.length).toBeGreaterThanOrEqual(60);
    expect(ham.filter((d) => d.decision === 'spam').map((d) => d.row.id)).toEqual([]);
    expect(ham.filter((d) => d.decision === 'moderate').length).toBeLessThanOrEqual(1);
  });

  it(`flags at least ${spamFlaggedFloor} of its spam`, () => {
    expect(spam.length).toBeGreaterThanOrEqual(80);
    expect(spam.filter((d) => d.decision !== 'ham').length).toBeGreaterThanOrEqual(spamFlaggedFloor);
  });
});
