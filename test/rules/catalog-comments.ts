// Comments that hold the rule word lists' own words in context, for tests that check a shared
// scan's bits against the rules' direct lookups: every catalog example (hit and miss) and every
// cold-start fixture comment (fixtures/cold-start.jsonl, its label and notes dropped).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../src/rules/index.js';
import type { CommentInput } from '../../src/types.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function catalogAndFixtureComments(): CommentInput[] {
  const out: CommentInput[] = [];
  for (const rule of CATALOG) out.push(...rule.examples.hit, ...rule.examples.miss);
  for (const line of readFileSync(join(FIXTURES, 'cold-start.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { label: _label, category: _category, note: _note, ...comment } = JSON.parse(line) as Record<string, unknown>;
    out.push(comment as unknown as CommentInput);
  }
  return out;
}
