// The blind approvable-only set (fixtures/wordpress-blind-30.jsonl, session 16): 235 comments a real
// site approves that carry words and shapes spam also uses, written by an engineer who never read the
// rules. Measured blind by the lead: with the session's code after its merges, 5 decided spam and 16
// held (default options; rules alone 5 and 10). The lead then fixed two general readings (a link to
// the post's own site is the site itself; a trade's vocabulary in a comment on a post whose title uses
// it is the page's topic) and the set reads 2 decided spam, 12 held. fix-16 read the last two: a
// business owner who says what they are ("we're a …") tells of their own (AUTHOR_URL_TOPIC_PRAISE),
// and a reader who tells the others to block, report or never answer a lure is warning them
// (TEXT_CONTACT_LURE, TEXT_CREDITED_GAIN, TEXT_MANAGER_TESTIMONIAL): none decided spam, 13 held
// (the agency owner's comment is held; rules alone 8).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator, type Comment, type ModeratorOptions } from '../../src/index.js';

type Row = Comment & { id: string; label: 'spam' | 'ham'; category: string };
const rows: Row[] = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'wordpress-blind-30.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Row);
const comment = ({ label: _l, category: _c, id: _i, ...c }: Row): Comment => c;
const KNOWN_DECIDED_SPAM: string[] = [];

const runs: [name: string, options: ModeratorOptions, heldCeiling: number][] = [
  ['default options (rules and the starter)', {}, 13],
  ['the rules alone', { starter: false }, 8],
];

describe.each(runs)('the blind approvable-only set, untrained, with %s', (_name, options, heldCeiling) => {
  const moderator = createModerator(options);
  const decided = rows.map((row) => ({ row, decision: moderator.check(comment(row)).decision }));

  it('is all ham, 220 rows or more', () => {
    expect(rows.length).toBeGreaterThanOrEqual(220);
    expect(rows.filter((r) => r.label !== 'ham')).toEqual([]);
  });

  it('decides spam on none', () => {
    const spam = decided.filter((d) => d.decision === 'spam').map((d) => d.row.id);
    expect(spam.filter((id) => !KNOWN_DECIDED_SPAM.includes(id))).toEqual([]);
  });

  it(`holds at most ${heldCeiling}`, () => {
    expect(decided.filter((d) => d.decision === 'moderate').length).toBeLessThanOrEqual(heldCeiling);
  });
});
