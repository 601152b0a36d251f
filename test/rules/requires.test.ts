// Rule.requires: the engine's prefilter. A declaration may only skip tests that could not hit
// anyway, so every declared catalog rule is run the slow way (its test called directly, no
// prefilter) on comments that lack what it requires, and must give no evidence there.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, createModerator, isSpamsiftError } from '../../src/index.js';
import { gateFacts, gateOpen, ruleGates } from '../../src/rules/gate.js';
import type { CommentInput, Rule } from '../../src/types.js';

const moderator = createModerator();

/** Every rule's examples, every project fixture, and the same comments stripped of their author URL. */
function comments(): CommentInput[] {
  const out: CommentInput[] = CATALOG.flatMap((r) => [...r.examples.hit, ...r.examples.miss]);
  const dir = new URL('../../fixtures/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { label: _label, note: _note, category: _category, ...comment } = JSON.parse(line) as Record<string, unknown>;
      out.push(comment as unknown as CommentInput);
    }
  }
  // Without the author URL, each comment is one that lacks it (the rules' own examples mostly have one).
  for (const c of [...out]) if (typeof c === 'object' && c.author?.url) out.push({ ...c, author: { ...c.author, url: '' } });
  return out;
}

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (isSpamsiftError(error)) return `${error.code} ${error.path}`;
    throw error;
  }
  return 'no error';
};

/** A caller's rule object; `requires` as given, valid or not (the engine is what checks it). */
const plain = (id: string, test: Rule['test'], requires?: unknown): Rule =>
  ({
    id,
    group: 'custom',
    score: 1,
    description: 'a test rule',
    test,
    examples: { hit: ['see https://example.com/x now'], miss: ['no link here'] },
    ...(requires === undefined ? {} : { requires }),
  }) as Rule;

describe('Rule.requires', () => {
  const declared = CATALOG.filter((r) => r.requires !== undefined);

  it('is declared on the catalog rules that start with such a guard', () => {
    expect(declared.length).toBeGreaterThanOrEqual(20);
  });

  it('never skips a catalog test that would have hit: where the gate is shut, the test itself gives no evidence', () => {
    const gates = ruleGates(CATALOG);
    const skipped = new Map<string, number>();
    for (const comment of comments()) {
      const { features } = moderator.analyze(comment);
      const present = gateFacts(features, true);
      CATALOG.forEach((rule, r) => {
        if (gateOpen(gates, r, present)) return;
        skipped.set(rule.id, (skipped.get(rule.id) ?? 0) + 1);
        expect(rule.test(features), `${rule.id} on ${JSON.stringify(comment).slice(0, 80)}`).toEqual([]);
      });
    }
    // Every declared rule was shut out somewhere, so each declaration was put to the test.
    for (const rule of declared) expect(skipped.get(rule.id) ?? 0, rule.id).toBeGreaterThan(10);
  });

  it('skips an added rule on a comment without the fact and runs it on one with it', () => {
    let calls = 0;
    const rule = plain('CUSTOM_LINKED', (f) => {
      calls++;
      return f.links.length > 0 ? ['linked'] : [];
    }, ['links']);
    const m = createModerator({ rules: { add: [rule] } });
    calls = 0;
    expect(m.analyze('no link here at all').hits.map((h) => h.id)).not.toContain('CUSTOM_LINKED');
    expect(calls).toBe(0);
    expect(m.analyze('see https://example.com/x now').hits.map((h) => h.id)).toContain('CUSTOM_LINKED');
    expect(calls).toBe(1);
    expect(m.rules.find((r) => r.id === 'CUSTOM_LINKED')?.requires).toEqual(['links']);
    expect(Object.isFrozen(m.rules.find((r) => r.id === 'CUSTOM_LINKED')?.requires)).toBe(true);
  });

  it('refuses an unknown requirement or a non-array, with the path', () => {
    expect(codeOf(() => createModerator({ rules: { add: [plain('CUSTOM_X', () => [], ['link'])] } }))).toBe('E_INVALID_RULE options.rules.add[0].requires[0]');
    expect(codeOf(() => createModerator({ rules: { add: [plain('CUSTOM_X', () => [], 'links')] } }))).toBe('E_INVALID_RULE options.rules.add[0].requires');
  });

  it('reads a phrase kind, a word class and an any-of group on an added rule, and skips it when none holds', () => {
    let calls = 0;
    const rule = {
      ...plain('CUSTOM_CTA_OR_MAIL', () => {
        calls++;
        return ['asked'];
      }, [{ anyOf: ['email', { phrase: 'cta' }] }, { wordClass: 'greeting' }]),
      examples: { hit: ['Hello friends, click here to win'], miss: [] },
    };
    const m = createModerator({ rules: { add: [rule] } });
    calls = 0;
    expect(m.analyze('Hello friends, nice weather today').hits.map((h) => h.id)).not.toContain('CUSTOM_CTA_OR_MAIL');
    expect(m.analyze('click here to win a prize').hits.map((h) => h.id)).not.toContain('CUSTOM_CTA_OR_MAIL');
    expect(calls).toBe(0);
    expect(m.analyze('Hello friends, click here to win').hits.map((h) => h.id)).toContain('CUSTOM_CTA_OR_MAIL');
    expect(m.analyze('Hello, write to jane@example.com').hits.map((h) => h.id)).toContain('CUSTOM_CTA_OR_MAIL');
    expect(calls).toBe(2);
    expect(m.rules.find((r) => r.id === 'CUSTOM_CTA_OR_MAIL')?.requires).toEqual([{ anyOf: ['email', { phrase: 'cta' }] }, { wordClass: 'greeting' }]);
  });

  it('refuses an unknown phrase kind, word class or fact inside a group, and an empty group, with the path', () => {
    const add = (requires: unknown) => () => createModerator({ rules: { add: [plain('CUSTOM_X', () => [], requires)] } });
    expect(codeOf(add([{ phrase: 'nope' }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[0]');
    expect(codeOf(add(['links', { wordClass: 'nope' }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[1]');
    expect(codeOf(add([{ anyOf: ['links', 'nope'] }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[0].anyOf[1]');
    expect(codeOf(add([{ anyOf: [] }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[0]');
    expect(codeOf(add([{ phrase: 'cta', wordClass: 'greeting' }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[0]');
  });

  it('reads word-count bounds and the atSign fact on an added rule, and skips it outside them', () => {
    let calls = 0;
    const rule = {
      ...plain('CUSTOM_SHORT_AT', () => {
        calls++;
        return ['short with @'];
      }, ['atSign', { minWords: 2 }, { maxWords: 4 }]),
      examples: { hit: ['ask @example_desk now'], miss: [] },
    };
    const m = createModerator({ rules: { add: [rule] } });
    calls = 0;
    const hits = (text: string): string[] => m.analyze(text).hits.map((h) => h.id);
    expect(hits('ask example desk now')).not.toContain('CUSTOM_SHORT_AT');
    expect(hits('@example')).not.toContain('CUSTOM_SHORT_AT');
    expect(hits('please ask @example_desk about it today')).not.toContain('CUSTOM_SHORT_AT');
    expect(calls).toBe(0);
    expect(hits('ask @example_desk now')).toContain('CUSTOM_SHORT_AT');
    expect(calls).toBe(1);
    expect(m.rules.find((r) => r.id === 'CUSTOM_SHORT_AT')?.requires).toEqual(['atSign', { minWords: 2 }, { maxWords: 4 }]);
  });

  it('refuses a word bound that is not a whole number from 0, or one inside a group, with the path', () => {
    const add = (requires: unknown) => () => createModerator({ rules: { add: [plain('CUSTOM_X', () => [], requires)] } });
    expect(codeOf(add([{ maxWords: -1 }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[0]');
    expect(codeOf(add(['links', { minWords: 1.5 }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[1]');
    expect(codeOf(add([{ maxWords: '3' }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[0]');
    expect(codeOf(add([{ anyOf: ['links', { maxWords: 3 }] }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[0].anyOf[1]');
    expect(codeOf(add([{ maxWords: 3, minWords: 1 }]))).toBe('E_INVALID_RULE options.rules.add[0].requires[0]');
  });

  it("refuses an added rule whose hit example lacks what it requires (it could never hit)", () => {
    const rule = { ...plain('CUSTOM_AUTHOR', () => ['always'], ['authorUrl']), examples: { hit: ['no author url'], miss: [] } };
    expect(codeOf(() => createModerator({ rules: { add: [rule] } }))).toBe('E_INVALID_RULE options.rules.add[0].examples.hit[0]');
  });
});
