// BAYES explanations on real comments read as the comment was written: every quoted word is one
// of the comment's own words, no stem that is not a word of the comment, no stop word, no raw
// `kind:value` token. On the project fixtures always, on the youtube corpus when ../shared is here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator, type CommentInput, type Moderator } from '../../src/index.js';
import { ENGLISH_STOP_WORDS } from '../../src/tokenize/index.js';

const root = join(import.meta.dirname, '..', '..');
const YOUTUBE = join(root, '..', 'shared', 'corpora', 'youtube', 'youtube.jsonl');

interface Row {
  id: string;
  content: string;
  label: 'spam' | 'ham';
  author?: { name?: string; url?: string };
}

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

/** Problems with one verdict's BAYES evidence, as readable strings (empty when it reads well). */
function explanationProblems(m: Moderator, comment: CommentInput): { problems: string[]; quoted: number } {
  const verdict = m.check(comment);
  const bayes = verdict.reasons.find((r) => r.id === 'BAYES');
  if (!bayes) return { problems: ['no BAYES reason on a trained verdict'], quoted: 0 };
  const words = new Set(m.analyze(comment).features.words);
  const problems: string[] = [];
  let quoted = 0;
  for (const entry of bayes.evidence) {
    const match = /^(spam|ham): (.+) \([+−]\d+\.\d\d\)$/.exec(entry);
    if (!match) {
      problems.push(`malformed: ${entry}`);
      continue;
    }
    const text = match[2] as string;
    if (/^[a-z~]+:\S/.test(text)) problems.push(`raw synthetic token: ${entry}`);
    if (text.startsWith('"') && !text.endsWith('" in a link')) {
      quoted++;
      const parts = text.slice(1, -1).split(' ');
      for (const w of parts) if (!words.has(w) && !w.endsWith('…')) problems.push(`"${w}" is not a word of the comment: ${entry}`);
      if (parts.every((w) => ENGLISH_STOP_WORDS.has(w))) problems.push(`stop words only: ${entry}`);
    }
  }
  return { problems, quoted };
}

describe('readable BAYES explanations', () => {
  it('on the project fixtures (trained on all of them)', () => {
    const rows = readRows(join(root, 'fixtures', 'comments.jsonl'));
    const m = createModerator();
    for (const { label, ...comment } of rows) m.learn(comment, label);
    let quoted = 0;
    for (const { label: _label, ...comment } of rows) {
      const r = explanationProblems(m, comment);
      expect(r.problems, comment.id).toEqual([]);
      quoted += r.quoted;
    }
    expect(quoted).toBeGreaterThan(rows.length);
    // The seed-page shape: "…through Google…" is explained with the word, never the stem `googl`.
    const google = rows.find((r) => /google/i.test(r.content));
    expect(google).toBeDefined();
    const { label: _l, ...comment } = google as Row;
    const evidence = m.check(comment).reasons.find((r) => r.id === 'BAYES')?.evidence.join(' · ') ?? '';
    expect(evidence).not.toMatch(/\bgoogl\b(?!e)/);
  });

  it.skipIf(!existsSync(YOUTUBE))('on youtube comments (1,500 learned, the rest checked)', () => {
    const rows = readRows(YOUTUBE);
    const m = createModerator();
    const toComment = (r: Row): CommentInput => ({ id: String(r.id), content: r.content });
    for (const r of rows.slice(0, 1500)) m.learn(toComment(r), r.label);
    const all: string[] = [];
    let quoted = 0;
    let stems = 0;
    for (const r of rows.slice(1500)) {
      const { problems, quoted: q } = explanationProblems(m, toComment(r));
      all.push(...problems.map((p) => `${r.id}: ${p}`));
      quoted += q;
      const analysis = m.analyze(toComment(r));
      // Comments where a stem differs from its word: the explanation must still name the word.
      if (analysis.features.words.some((w) => w.length > 3 && !analysis.tokens.includes(w))) stems++;
    }
    expect(all).toEqual([]);
    expect(quoted).toBeGreaterThan(rows.length - 1500);
    expect(stems).toBeGreaterThan(100);
  });
});

if (!existsSync(YOUTUBE)) console.warn(`explanations.test.ts: youtube part skipped, ${YOUTUBE} is absent.`);
