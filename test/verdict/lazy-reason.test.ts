// The BAYES reason's evidence is built when first read (src/verdict/lazy-reason.ts, issue 13).
// What a caller sees must not depend on when it reads it: read at once, read after many more
// checks by the same moderator (whose buffers are reused), serialized, cloned or spread, the
// reason is the same five keys with the same evidence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator, type Moderator, type Verdict } from '../../src/index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'comments.jsonl');
const items = readFileSync(FIXTURES, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { content: string; label: 'spam' | 'ham' });

function trained(): Moderator {
  const m = createModerator({ bayes: { minExamplesPerClass: 1 } });
  items.forEach(({ content, label }, i) => m.learn({ id: `f${i}`, content }, label));
  return m;
}

const bayesOf = (v: Verdict) => v.reasons.find((r) => r.id === 'BAYES');

describe('the BAYES reason built when read', () => {
  it('gives the same JSON read at once or after every other check', () => {
    const m = trained();
    const atOnce = items.map(({ content }) => JSON.stringify(m.check(content)));
    const held = items.map(({ content }) => m.check(content));
    // More checks in between: anything the reason read from a reused buffer would now be wrong.
    for (const { content } of items) m.check(`${content} and more words here`);
    expect(held.map((v) => JSON.stringify(v))).toEqual(atOnce);
    expect(held.some((v) => (bayesOf(v)?.evidence.length ?? 0) > 0)).toBe(true);
  });

  it('is a plain reason to keys, clone, spread and deep equality', () => {
    const v = trained().check('cheap pills, buy now at pills.example.xyz');
    const r = bayesOf(v)!;
    expect(Object.keys(r)).toEqual(['id', 'group', 'points', 'description', 'evidence']);
    const plain = JSON.parse(JSON.stringify(r)) as unknown;
    expect(structuredClone(r)).toEqual(plain);
    expect({ ...r }).toEqual(plain);
    expect(r).toEqual(plain);
    expect(r.evidence).toBe(r.evidence);
  });

  it('takes an evidence list assigned to it', () => {
    const r = bayesOf(trained().check('cheap pills, buy now'))!;
    r.evidence = ['replaced'];
    expect(r.evidence).toEqual(['replaced']);
    expect(JSON.parse(JSON.stringify(r)).evidence).toEqual(['replaced']);
  });
});
