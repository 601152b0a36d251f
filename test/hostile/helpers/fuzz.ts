// The fuzz loop shared by the fuzz files: generate, check, validate, and re-check a sample on the
// same moderator and on a twin built with the same options (determinism), collecting failures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createModerator, type Comment, type CommentInput, type Moderator, type ModeratorOptions, type Verdict } from '../../../src/index.js';
import { createRandom, type Random } from './random.js';
import { body, fieldText, type PieceKind } from './text.js';
import { errorProblems, preview, sameVerdict, verdictProblems } from './verdict.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'comments.jsonl');

export interface LabeledComment {
  comment: Comment;
  label: 'spam' | 'ham';
}

export function fixtureComments(): LabeledComment[] {
  return readFileSync(FIXTURES, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const { label, note, ...comment } = JSON.parse(line) as Comment & { label: 'spam' | 'ham'; note?: string };
      void note;
      return { comment, label };
    });
}

/** The fuzzed moderators are trained, so the Bayes path runs on hostile tokens too. */
export const FUZZ_OPTIONS: ModeratorOptions = { bayes: { minExamplesPerClass: 2 } };

export function trainedModerator(options: ModeratorOptions = FUZZ_OPTIONS): Moderator {
  const m = createModerator(options);
  for (const { comment, label } of fixtureComments()) m.learn(comment, label);
  return m;
}

/** A comment object with hostile text in every string field, and random optional fields. */
export function hostileComment(r: Random, kind: PieceKind): CommentInput {
  const content = body(r, kind);
  // Markup is parsed only when the comment says so: markup fuzz mostly declares html or markdown.
  if (r.chance(kind === 'markup' ? 0.05 : 0.2)) return content;
  const c: Comment = { content };
  if (r.chance(0.3)) c.id = r.chance(0.5) ? fieldText(r) : `c${r.int(0, 1e6)}`;
  if (kind === 'markup' ? r.chance(0.85) : r.chance(0.4)) c.contentFormat = r.pick(kind === 'markup' ? (['html', 'html', 'markdown', 'text'] as const) : (['text', 'html', 'markdown'] as const));
  if (r.chance(0.6)) {
    c.author = {};
    if (r.chance(0.7)) c.author.name = fieldText(r);
    if (r.chance(0.5)) c.author.email = fieldText(r);
    if (r.chance(0.5)) c.author.url = fieldText(r);
    if (r.chance(0.2)) c.author.isStaff = r.chance(0.5);
    if (r.chance(0.2)) c.author.approvedCount = r.pick([0, 1, 3, 1e9, Number.MAX_VALUE, 0.5, -0]);
  }
  if (r.chance(0.4)) c.request = { ip: r.pick([fieldText(r), '203.0.113.5', '::1', '999.999.999.999', '']), userAgent: fieldText(r), referrer: fieldText(r) };
  if (r.chance(0.3)) c.target = { postTitle: fieldText(r), permalink: fieldText(r), publishedAt: r.pick(['2026-10-01T08:00:00Z', 'not a date', 0, -8.64e15, 8.64e15, 1e300, new Date(Number.NaN)]) };
  if (r.chance(0.3)) c.createdAt = r.pick(['2026-10-02T10:15:00Z', '', 'x', 1e300, -1e300, 0, new Date(0), new Date(Number.NaN), '+275760-09-13T00:00:00.000Z']);
  if (r.chance(0.2)) c.type = r.pick(['comment', 'pingback', 'trackback', 'contact-form', fieldText(r)]);
  return c;
}

export interface FuzzReport {
  cases: number;
  chars: number;
  failures: string[];
}

export interface FuzzRun {
  seed: number;
  cases: number;
  /** Every `recheckEvery`-th case is checked again on the same and on a twin moderator. */
  recheckEvery: number;
  make: (r: Random, index: number) => unknown;
  /** Optional oracle: the error code a case must throw, or null when it must return a verdict. */
  expectError?: (input: unknown) => string | null;
  /** Optional extra property of each verdict: the problems found, [] when it holds. */
  verify?: (input: unknown, verdict: Verdict) => string[];
}

export function runFuzz(moderator: Moderator, twin: Moderator, run: FuzzRun): FuzzReport {
  const r = createRandom(run.seed);
  const failures: string[] = [];
  let chars = 0;
  for (let i = 0; i < run.cases; i++) {
    const input = run.make(r, i);
    if (typeof input === 'string') chars += input.length;
    else if (typeof input === 'object' && input !== null && typeof (input as { content?: unknown }).content === 'string') chars += (input as { content: string }).content.length;
    const expected = run.expectError ? run.expectError(input) : null;
    const where = `seed ${run.seed} case ${i}: ${preview(input)}`;
    let verdict;
    try {
      verdict = moderator.check(input as CommentInput);
    } catch (error) {
      const problems = expected ? errorProblems(error, expected) : [`threw on a valid comment: ${errorProblems(error).join('; ') || (error as Error).message}`];
      if (problems.length) failures.push(`${where} → ${problems.join('; ')}`);
      continue;
    }
    if (expected) {
      failures.push(`${where} → returned a verdict, expected ${expected}`);
      continue;
    }
    const problems = verdictProblems(verdict);
    if (run.verify) problems.push(...run.verify(input, verdict));
    if (problems.length) failures.push(`${where} → ${problems.join('; ')}`);
    if (i % run.recheckEvery === 0) {
      if (!sameVerdict(verdict, moderator.check(input as CommentInput))) failures.push(`${where} → second check differs`);
      if (!sameVerdict(verdict, twin.check(input as CommentInput))) failures.push(`${where} → twin moderator differs`);
    }
    if (failures.length >= 20) break;
  }
  return { cases: run.cases, chars, failures };
}
