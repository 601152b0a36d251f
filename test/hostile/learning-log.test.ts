// Learning stays exact under any interleaving: a seeded log of learns (with and without ids),
// double learns, relabels (with edited content), unlearns of known and unknown comments and
// checks; then a fresh moderator learns only the net effect, and both must agree exactly.
import { describe, expect, it } from 'vitest';
import { decodeTokenList } from '../../src/bayes/index.js';
import { createModerator, learnId, type Comment, type CommentInput, type Label, type Moderator, type ModeratorOptions } from '../../src/index.js';
import { fixtureComments } from './helpers/fuzz.js';
import { createRandom, type Random } from './helpers/random.js';
import { body, PROTO_WORDS } from './helpers/text.js';
import { verdictProblems } from './helpers/verdict.js';

interface BayesJson {
  totals: unknown;
  vocabulary: string[];
  documents: { ids: string[]; labels: string[]; tokens: string[] };
}

/** The model's content independent of insertion order: per document, its label and token strings. */
function canonical(m: Moderator): string {
  const b = m.exportModel().bayes as BayesJson;
  const docs = b.documents.ids.map((id, d) => {
    const tokens = (decodeTokenList(b.documents.tokens[d] ?? '') as number[]).map((t) => b.vocabulary[t]);
    return [id, b.documents.labels[d], tokens.sort()] as const;
  });
  docs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return JSON.stringify({ totals: b.totals, vocabulary: [...b.vocabulary].sort(), docs });
}

function pool(r: Random): Comment[] {
  const out: Comment[] = fixtureComments().map((f) => ({ ...f.comment }));
  for (let i = 0; i < 40; i++) {
    const content = r.chance(0.2) ? `${r.pick(PROTO_WORDS)} ${r.pick(PROTO_WORDS)}` : body(r, 'mixed').slice(0, 600);
    const c: Comment = { content };
    if (r.chance(0.5)) c.author = { name: r.pick(['', 'bob', '__proto__', 'Crypto Queen']), url: r.pick(['', 'http://pills.example', 'https://bob.dev']) };
    out.push(c);
  }
  // Ids shared across different contents: relearning an id replaces what was learned under it.
  for (let i = 0; i < out.length; i++) if (r.chance(0.5)) (out[i] as Comment).id = `shared-${r.int(0, 25)}`;
  return out;
}

function edited(r: Random, c: Comment): Comment {
  return r.chance(0.5) ? c : { ...c, content: `${c.content} ${r.pick(['edited', 'buy now', 'thanks', '__proto__'])}` };
}

interface LogResult {
  moderator: Moderator;
  net: Map<string, { comment: CommentInput; label: Label }>;
  problems: string[];
  counts: Record<string, number>;
}

function runLog(seed: number, ops: number, options: ModeratorOptions): LogResult {
  const r = createRandom(seed);
  const comments = pool(r);
  const m = createModerator(options);
  const net = new Map<string, { comment: CommentInput; label: Label }>();
  const problems: string[] = [];
  const counts: Record<string, number> = {};
  const count = (k: string): void => void (counts[k] = (counts[k] ?? 0) + 1);
  const learn = (comment: Comment, label: Label): void => {
    m.learn(comment, label);
    net.set(learnId(comment), { comment, label });
  };
  for (let i = 0; i < ops; i++) {
    const c = r.pick(comments);
    const op = r.int(0, 9);
    if (op <= 3) {
      count('learn');
      learn(c, r.chance(0.5) ? 'spam' : 'ham');
    } else if (op === 4) {
      // Many learns in a row between checks.
      count('burst');
      for (let k = r.int(2, 20); k > 0; k--) learn(r.pick(comments), r.chance(0.5) ? 'spam' : 'ham');
    } else if (op === 5) {
      count('relabel');
      const known = net.get(learnId(c));
      learn(edited(r, c), known?.label === 'spam' ? 'ham' : 'spam');
    } else if (op === 6) {
      count('double learn');
      const label: Label = r.chance(0.5) ? 'spam' : 'ham';
      learn(c, label);
      learn(c, label);
    } else if (op === 7) {
      const target: Comment = r.chance(0.3) ? { ...c, id: `unknown-${i}` } : c;
      const expected = net.has(learnId(target));
      count(expected ? 'unlearn known' : 'unlearn unknown');
      const got = m.unlearn(target);
      if (got !== expected) problems.push(`op ${i}: unlearn returned ${got}, expected ${expected}`);
      net.delete(learnId(target));
    } else {
      count('check');
      const v = m.check(c);
      const p = verdictProblems(v);
      if (p.length) problems.push(`op ${i}: ${p.join('; ')}`);
    }
  }
  return { moderator: m, net, problems, counts };
}

function replay(net: LogResult['net'], options: ModeratorOptions, order: 'forward' | 'reverse'): Moderator {
  const m = createModerator(options);
  const entries = [...net.values()];
  if (order === 'reverse') entries.reverse();
  for (const { comment, label } of entries) m.learn(comment, label);
  return m;
}

describe('interleaved learn / check / relabel / unlearn', () => {
  it.each([
    { seed: 60610, ops: 2_500, options: { bayes: { minExamplesPerClass: 3 } } },
    { seed: 60611, ops: 2_500, options: { bayes: { minExamplesPerClass: 1, weight: 2 } } },
    { seed: 60612, ops: 1_500, options: { bayes: { minExamplesPerClass: 1 }, maxLength: 500 } },
  ])('seed $seed: replaying only the net effect gives the same model and the same scores', ({ seed, ops, options }) => {
    const log = runLog(seed, ops, options);
    expect(log.problems).toEqual([]);
    // The log must really contain every kind of operation.
    for (const kind of ['learn', 'burst', 'relabel', 'double learn', 'unlearn known', 'unlearn unknown', 'check']) expect(log.counts[kind] ?? 0).toBeGreaterThan(20);
    expect(log.net.size).toBeGreaterThan(10);
    const probes = pool(createRandom(seed + 1000)).concat([...log.net.values()].map((e) => e.comment as Comment));
    // Scores first: nothing is exported before they are compared (an export must not be what
    // makes two moderators agree).
    const a = probes.map((c) => log.moderator.check(c));
    for (const order of ['forward', 'reverse'] as const) {
      const fresh = replay(log.net, options, order);
      const b = probes.map((c) => fresh.check(c));
      expect(b.map((v) => v.score)).toEqual(a.map((v) => v.score));
      expect(b).toEqual(a);
      expect(canonical(fresh)).toBe(canonical(log.moderator));
    }
    // The model of a hostile log (lone surrogates, control characters, __proto__ tokens)
    // survives its JSON file exactly.
    const imported = createModerator({ ...options, model: JSON.stringify(log.moderator.exportModel()) });
    expect(canonical(imported)).toBe(canonical(log.moderator));
    expect(probes.map((c) => imported.check(c))).toEqual(probes.map((c) => log.moderator.check(c)));
  });

  it('unlearning everything returns to the untrained model', () => {
    const log = runLog(60613, 1_000, { bayes: { minExamplesPerClass: 1 } });
    const empty = createModerator({ bayes: { minExamplesPerClass: 1 } });
    for (const { comment } of [...log.net.values()]) expect(log.moderator.unlearn(comment)).toBe(true);
    expect(canonical(log.moderator)).toBe(canonical(empty));
    const probe = 'cheap pills http://pills.example __proto__';
    expect(log.moderator.check(probe)).toEqual(empty.check(probe));
  });
});

describe('a flood of unique tokens (spam learned as spam, every word new)', () => {
  it('keeps the vocabulary at its cap, and the capped model exports, imports and scores', () => {
    const r = createRandom(60614);
    const options = { bayes: { minExamplesPerClass: 1, maxVocabulary: 1_000 } };
    const m = createModerator(options);
    const word = (): string => Array.from({ length: 8 }, () => String.fromCharCode(97 + r.int(0, 25))).join('');
    let largest = 0;
    for (let d = 0; d < 120; d++) {
      m.learn({ id: `flood-${d}`, content: Array.from({ length: 600 }, word).join(' ') }, d % 2 ? 'spam' : 'ham');
      largest = Math.max(largest, (m.exportModel().bayes as BayesJson).vocabulary.length);
    }
    expect(largest).toBeGreaterThan(500);
    expect(largest).toBeLessThanOrEqual(1_000);
    const copy = createModerator({ ...options, model: JSON.stringify(m.exportModel()) });
    const probe = `${word()} ${word()} buy now`;
    expect(verdictProblems(copy.check(probe))).toEqual([]);
    expect(copy.check(probe)).toEqual(m.check(probe));
  });
});
