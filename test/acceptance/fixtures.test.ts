// The project's labeled fixtures (real-shaped comments with author fields, see fixtures/README.md):
// an untrained moderator must leave every ham comment alone and never let a spam one through as ham.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator, type Comment } from '../../src/index.js';

type Labeled = Comment & { label: 'spam' | 'ham' };
const rows: Labeled[] = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'comments.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Labeled);
const moderator = createModerator();

describe('fixtures/comments.jsonl with an untrained moderator', () => {
  it.each(rows.filter((r) => r.label === 'ham').map((r) => [r.id, r] as const))('%s (ham) is ham', (_id, row) => {
    expect(moderator.check(row).decision).toBe('ham');
  });

  it.each(rows.filter((r) => r.label === 'spam').map((r) => [r.id, r] as const))('%s (spam) is not ham', (_id, row) => {
    expect(moderator.check(row).decision).not.toBe('ham');
  });

  it('decides most spam outright', () => {
    const spam = rows.filter((r) => r.label === 'spam');
    const decided = spam.filter((r) => moderator.check(r).decision === 'spam').length;
    expect(decided / spam.length).toBeGreaterThanOrEqual(0.75);
  });
});
