// Every rule's own examples, through the real pipeline: SpamAssassin's inline `test NAME ok|fail`.
import { describe, expect, it } from 'vitest';
import { CATALOG, createModerator } from '../../src/index.js';
import type { CommentInput } from '../../src/types.js';

const moderator = createModerator();

function hitIds(comment: CommentInput): string[] {
  return moderator.analyze(comment).hits.map((h) => h.id);
}

const label = (c: CommentInput): string => JSON.stringify(c).slice(0, 90);

describe('catalog', () => {
  it('has at least 30 rules with unique ids, each with hit and miss examples', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CATALOG.map((r) => r.id)).size).toBe(CATALOG.length);
    for (const rule of CATALOG) {
      expect(rule.examples.hit.length, `${rule.id} hit examples`).toBeGreaterThan(0);
      expect(rule.examples.miss.length, `${rule.id} miss examples`).toBeGreaterThan(0);
    }
  });

  it('names each rule with its group prefix', () => {
    const prefix: Record<string, string> = { links: 'LINK_', domains: 'DOMAIN_', author: 'AUTHOR_', text: 'TEXT_', obfuscation: 'OBFUSCATION_', meta: 'META_' };
    for (const rule of CATALOG) expect(rule.id.startsWith(prefix[rule.group] ?? '?'), rule.id).toBe(true);
  });

  it('covers every group the issue asks for', () => {
    const groups = new Set(CATALOG.map((r) => r.group));
    for (const g of ['links', 'domains', 'author', 'text', 'obfuscation', 'meta']) expect(groups.has(g as never), g).toBe(true);
  });

  it('is active in a default moderator, in catalog order', () => {
    expect(moderator.rules.map((r) => r.id)).toEqual(CATALOG.map((r) => r.id));
  });
});

describe.each(CATALOG.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it.each(rule.examples.hit.map((c) => [label(c), c] as const))('hits %s', (_, comment) => {
    expect(hitIds(comment)).toContain(id);
  });
  it.each(rule.examples.miss.map((c) => [label(c), c] as const))('misses %s', (_, comment) => {
    expect(hitIds(comment)).not.toContain(id);
  });
});

describe('rules are pure functions of Features', () => {
  const comments: CommentInput[] = CATALOG.flatMap((r) => r.examples.hit);
  it('give the same evidence on a copy of the features (a plain copy has no facts: every shared fact computed afresh)', () => {
    for (const comment of comments) {
      const { features, hits } = moderator.analyze(comment);
      const copy = { ...features };
      const again = CATALOG.flatMap((rule) => {
        const evidence = rule.test(copy);
        return evidence.length > 0 ? [rule.id] : [];
      });
      expect(again, label(comment)).toEqual(hits.map((h) => h.id));
      // Nothing is stamped on the Features object: no symbols, no hidden memo.
      expect(Object.getOwnPropertySymbols(features)).toEqual([]);
    }
  });
});
