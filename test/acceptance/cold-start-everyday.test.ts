// Day one on a real site, the ham side of session 5's weak signals (TEXT_PRIVATE_CONTACT,
// TEXT_OFFER_ROLES, TEXT_HANDLE_REFERRAL): everyday sentences a blog gets that use their words (a
// request to write privately, a handle beside a trust word, remote work and pay, a call for
// volunteers). Written for the project; none shares four words in a row with a corpus comment.
// Rules alone hold none of them (each signal is 1 point, and the two readings that used to add up
// with TEXT_CONTACT_HANDLE and TEXT_WORK_OFFER now do not); with the starter (the default since
// session 6) none is decided spam, and the ones it holds are listed, so a change that holds more
// of them fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';

// fixtures/everyday.json (bench/starter-grid.mjs reads the same list: its constants must keep them).
const EVERYDAY: readonly string[] = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'everyday.json'), 'utf8')) as string[];

/**
 * Held with the starter on (on by default since session 6, docs/cold-start-session6.md): a
 * handle signal (1 or 2.5 points) plus the starter, which learned "legit" and "contact" as spam
 * words elsewhere. Known and reported, not wanted; bench/starter-grid.mjs picks the starter's
 * constants with at most 2 of these sentences held.
 */
const HELD_WITH_STARTER: ReadonlySet<string> = new Set([
  'Thanks @example_ops, the runbook is legit useful',
  // TEXT_CONTACT_HANDLE (2.5, before session 5) with the starter; none of the weak signals.
  'Contact @example_garden_club for a plot, they have a waiting list',
]);

describe('everyday sentences with the words of the weak contact and offer signals', () => {
  it('are ham for an untrained moderator with the rules alone', () => {
    const moderator = createModerator({ starter: false });
    const held = EVERYDAY.filter((c) => moderator.check(c).decision !== 'ham');
    expect(held).toEqual([]);
  });

  it('hit the weak signals at all (the sentences test what they claim to)', () => {
    const moderator = createModerator({ starter: false });
    const weak = new Set(['TEXT_PRIVATE_CONTACT', 'TEXT_OFFER_ROLES', 'TEXT_HANDLE_REFERRAL']);
    const hitting = EVERYDAY.filter((c) => moderator.analyze(c).hits.some((h) => weak.has(h.id)));
    expect(hitting.length).toBeGreaterThanOrEqual(10);
  });

  it('with the starter on (the default): none decided spam, and only the known ones held', () => {
    const moderator = createModerator();
    const verdicts = EVERYDAY.map((c) => [c, moderator.check(c).decision] as const);
    expect(verdicts.filter(([, d]) => d === 'spam')).toEqual([]);
    expect(verdicts.filter(([, d]) => d === 'moderate').map(([c]) => c).sort()).toEqual([...HELD_WITH_STARTER].sort());
  });
});
