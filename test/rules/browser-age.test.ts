// META_STALE_BROWSER: a desktop browser dated by its version, against the comment's own date.
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { releaseDate } from '../../src/rules/catalog/browser-age.js';
import type { CommentInput } from '../../src/types.js';

const moderator = createModerator({ starter: false });
const chrome = (v: number): string => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`;
const comment = (userAgent: string, createdAt: string): CommentInput => ({
  content: 'The second half of the tutorial lost me: where does the config file go?',
  request: { userAgent },
  createdAt,
});
const evidence = (c: CommentInput): string[] =>
  moderator.analyze(c).hits.find((h) => h.id === 'META_STALE_BROWSER')?.evidence.map(String) ?? [];

describe('release calendar', () => {
  it('dates known versions within weeks of their release and rises with the version', () => {
    expect(new Date(releaseDate('chrome', 100)).toISOString().slice(0, 10)).toBe('2022-03-29');
    expect(new Date(releaseDate('firefox', 115)).toISOString().slice(0, 7)).toBe('2023-07');
    for (const calendar of ['chrome', 'firefox'] as const) {
      for (let v = 1; v < 200; v++) expect(releaseDate(calendar, v + 1)).toBeGreaterThan(releaseDate(calendar, v));
    }
  });

  it('places versions after the calendar four weeks apart', () => {
    expect(releaseDate('chrome', 150) - releaseDate('chrome', 149)).toBe(28 * 86_400_000);
  });
});

describe('META_STALE_BROWSER', () => {
  it('names the browser, its release year and how far behind the comment it is', () => {
    expect(evidence(comment(chrome(87), '2025-03-01T10:00:00Z'))).toEqual([
      'user agent: desktop Chrome 87, released 2020, 4 years before the comment',
    ]);
  });

  it('reads the comment\'s date, not today\'s: the same agent is fresh on a comment of its own time', () => {
    expect(evidence(comment(chrome(87), '2021-01-10T10:00:00Z'))).toEqual([]);
    expect(evidence(comment(chrome(120), '2026-11-30T10:00:00Z'))).toEqual([]);
  });

  it('holds nothing alone: an ordinary comment from an old desktop browser stays ham', () => {
    const verdict = moderator.check(comment(chrome(60), '2025-03-01T10:00:00Z'));
    expect(verdict.reasons.map((r) => r.id)).toContain('META_STALE_BROWSER');
    expect(verdict.decision).toBe('ham');
  });
});
