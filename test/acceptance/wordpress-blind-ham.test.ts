// The blind approvable-only set (fixtures/wordpress-blind-30.jsonl, session 16): 235 comments a real
// site approves that carry words and shapes spam also uses, written by an engineer who never read the
// rules. Measured blind by the lead: with the session's code after its merges, 5 decided spam and 16
// held (default options; rules alone 5 and 10). The lead then fixed two general readings (a link to
// the post's own site is the site itself; a trade's vocabulary in a comment on a post whose title uses
// it is the page's topic) and the set reads 2 decided spam, 12 held. The two still decided spam are
// known misses, named here so that any new one fails: a marketing agency's owner congratulating
// businesses under its own URL (three business-author signs agree), and a reader's scam warning that
// describes the scam's moves (a DM promising returns on USDT). This is a ceiling, not a target: issue
// 10 wants none decided spam.
//
// Set 31 (fixtures/wordpress-blind-31.jsonl, 226 rows, written blind the same way later in the session,
// on other kinds of site): measured blind with the session's code at b14be29, 3 decided spam and 11
// held (with the session's starting code 3 and 20). The lead read the three: a pharmacist's shop line
// read as a texting short code (fixed: a group opening with 0 beside another digit group is a phone
// number), a podcast's pingback whose slug names the post's own topic, and a sysadmin quoting the
// names spam bots sign up with. The last two are known misses.
//
// fix-16 (docs/cold-start-session16.md): a reader's warning (block, report, ignore, never reply) is not
// a lure, and a business that says what it is ("we're a …") is not praising the topic to place its
// URL: set 30's two known misses are no longer decided spam (one is held), sets 1-29 unchanged.
//
// Session 17c (docs/cold-start-session17c.md): a slug word the post's title names is the page's topic,
// not a trade, for the author URL and a pingback's source: the podcast's pingback (xe-064) is ham, and
// two reply pingbacks whose addresses name the post's subject are no longer held (xd-097, xe-034): set
// 30 held 13 -> 12 and 8 -> 7, set 31 11 -> 10 and 8 -> 7; one known miss left.
//
// rules-19d (docs/cold-start-session17d.md): vocabulary holds, it never blocks by itself
// (src/verdict/vocabulary-holds.ts): untrained, a comment whose only evidence is a trade's words in
// one place, with no link or e-mail in its text to a site that is not well-known, is held. On its own
// branch it held both of set 31's known misses. Merged with 17c: none decided spam on either set; held
// 12 / 7 on set 30 and 11 / 8 on set 31 (default / rules alone; the sysadmin's quoted spam names held).
//
// Sets 34 and 35 (249 and 242 rows, other kinds of site and languages), written at session 17's start
// by engineers who had not read the rules. Set 34 was read on the start code: 2 decided spam, 15 held
// (a reader citing two forums and their own notes; a blog's round-up trackback whose page title shares
// the post's subject); the lead's two general fixes leave none decided spam, 15 held. Set 35 was left
// unread until the end: 1 decided spam and 16 held on the start code, none and 17 held after every
// merge and fix (rules alone 7 -> 8 held).
//
// Set 37 (247 rows, 11 more sites, Gujarati, Cantonese and Kannada among them), written at session
// 18's start by an engineer who had not read the rules, read by the lead on the start code: 3 decided
// spam, 14 held. Two SEO practitioners commenting under their own agencies (name in the host, their own
// first-name mailbox there) read as link carriers (generic praise, the paraphrase); a Cantonese craft
// magazine's pingback whose excerpt and slug both name gambling, the post's own subject, counted as two
// places and its sentence as one word. Three general fixes (a person signing in person at their own
// business is no link carrier; a notification's text, name and URL are one place; a sentence of an
// unspaced script is no bare comment) leave none decided spam, 17 held (rules alone 6); sets 1-36
// unchanged but 4 spam of 2,023 held instead of blocked (docs/cold-start-session18.md).
//
// Set 39 (244 rows, 11 more sites, Afrikaans, Punjabi and Haitian Creole among them), written late in
// session 18 by an engineer who had not read the rules, measured once by its totals on the session's
// final code: none decided spam, 15 held (rules alone 5); the same with the starting code.
import { describe, expect, it } from 'vitest';
import { createModerator, type ModeratorOptions } from '../../src/index.js';
import { commentOf as comment, readLabeled as read } from '../fixtures/blind-set.js';

const runs: [file: string, name: string, options: ModeratorOptions, heldCeiling: number][] = [
  ['wordpress-blind-30.jsonl', 'default options (rules and the starter)', {}, 12],
  ['wordpress-blind-30.jsonl', 'the rules alone', { starter: false }, 7],
  ['wordpress-blind-31.jsonl', 'default options (rules and the starter)', {}, 11],
  ['wordpress-blind-31.jsonl', 'the rules alone', { starter: false }, 8],
  ['wordpress-blind-34.jsonl', 'default options (rules and the starter)', {}, 15],
  ['wordpress-blind-34.jsonl', 'the rules alone', { starter: false }, 10],
  ['wordpress-blind-35.jsonl', 'default options (rules and the starter)', {}, 17],
  ['wordpress-blind-35.jsonl', 'the rules alone', { starter: false }, 8],
  ['wordpress-blind-37.jsonl', 'default options (rules and the starter)', {}, 17],
  ['wordpress-blind-37.jsonl', 'the rules alone', { starter: false }, 6],
  ['wordpress-blind-39.jsonl', 'default options (rules and the starter)', {}, 15],
  ['wordpress-blind-39.jsonl', 'the rules alone', { starter: false }, 5],
];

describe.each(runs)('the blind approvable-only set %s, untrained, with %s', (file, _name, options, heldCeiling) => {
  const rows = read(file);
  const moderator = createModerator(options);
  const decided = rows.map((row) => ({ row, decision: moderator.check(comment(row)).decision }));

  it('is all ham, 220 rows or more', () => {
    expect(rows.length).toBeGreaterThanOrEqual(220);
    expect(rows.filter((r) => r.label !== 'ham')).toEqual([]);
  });

  it('decides spam on none', () => {
    const spam = decided.filter((d) => d.decision === 'spam').map((d) => d.row.id);
    expect(spam).toEqual([]);
  });

  it(`holds at most ${heldCeiling}`, () => {
    expect(decided.filter((d) => d.decision === 'moderate').length).toBeLessThanOrEqual(heldCeiling);
  });
});
