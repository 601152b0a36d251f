// `spamsift eval` on the project fixture, and its HTML report.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpus } from '../../src/evaluate/index.js';
import { COMMENTS_CSV, COMMENTS_JSONL, runCli, tempDir } from './helpers.js';

describe('spamsift eval', () => {
  it('prints the metrics table, confusion matrix and rule hit rates', () => {
    const run = runCli(['eval', COMMENTS_JSONL, '--folds', '5', '--seed', '7']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('34 comments (17 spam, 17 ham), 5-fold stratified cross-validation, seed 7');
    for (const name of ['accuracy', 'spam recall', 'ham blocked', 'sent to moderate', 'F1', 'MCC', 'ROC AUC', 'confusion', 'S/O']) {
      expect(run.stdout).toContain(name);
    }
  });

  it('--json gives the numbers of the library evaluate() on the same folds', () => {
    const run = runCli(['eval', COMMENTS_JSONL, '--folds', '5', '--seed', '7', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    const items = parseCorpus(readFileSync(COMMENTS_JSONL, 'utf8'), { format: 'jsonl' }).records.map((r) => ({ comment: r.comment, label: r.label ?? 'ham', subset: r.subset }));
    const lib = evaluate(items, { folds: 5, seed: 7 });
    expect(out).toMatchObject({ split: 'kfold', runs: 5, seed: 7, n: 34, spam: 17, ham: 17, confusion: lib.confusion });
    expect(out.metrics.mcc).toBe(lib.metrics.mcc);
    expect(out.metrics.auc).toBe(lib.metrics.auc);
    expect(out.rules.map((r: { id: string }) => r.id)).toEqual(lib.reasonHits.map((h) => h.id));
  });

  it('runs the chronological split on the CSV fixture', () => {
    const run = runCli(['eval', COMMENTS_CSV, '--split', 'chrono', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ split: 'chrono', runs: 1, n: 8 });
  });

  it.each([
    { args: ['eval'], message: 'one labeled corpus' },
    { args: ['eval', COMMENTS_JSONL, '--split', 'random'], message: '--split must be kfold or chrono' },
    { args: ['eval', COMMENTS_JSONL, '--folds', '1'], message: '--folds must be from 2' },
    { args: ['eval', COMMENTS_CSV], message: 'needs at least 10 comments of each class' },
    { args: ['eval', COMMENTS_CSV, '--split', 'chrono', '--seed', '3'], message: '--folds and --seed apply to --split kfold' },
  ])('is a usage error (exit 2): $message', ({ args, message }) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('exits 1 on an unreadable record, naming its line', () => {
    const dir = tempDir();
    const path = join(dir, 'c.jsonl');
    writeFileSync(path, '{"content":"a","label":"spam"}\n{"content":"b","label":"maybe"}\n');
    const run = runCli(['eval', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path}:2: label must be spam/ham or 1/0`);
  });
});

describe('spamsift eval --report', () => {
  it('writes one self-contained page with charts and escapes hostile text', () => {
    const dir = tempDir();
    // Hostile text where the report shows it: the corpus name, and comments likely to be mistakes.
    const hostile = '<img src=x onerror=alert(1)>';
    const corpus = join(dir, `${hostile}.jsonl`);
    const base = readFileSync(COMMENTS_JSONL, 'utf8').trim().split('\n');
    const extra = [
      { id: `<script>alert("id")</script>`, content: `</td><script>alert(1)</script> ${hostile} totally normal words here`, author: { name: '"><svg onload=alert(1)>' }, label: 'spam' },
      { id: 'h1', content: `Buy cheap pills http://pills.example.xyz ${hostile}`, label: 'ham' },
    ];
    writeFileSync(corpus, `${[...base, ...extra.map((e) => JSON.stringify(e))].join('\n')}\n`);
    const report = join(dir, 'report.html');
    const run = runCli(['eval', corpus, '--report', report, '--folds', '3']);
    expect(run.code).toBe(0);
    const page = readFileSync(report, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(page.match(/<svg /g)).toHaveLength(2);
    expect(page).toContain('<polyline');
    for (const section of ['Metrics', 'Confusion matrix', 'Rule hit rates', 'S/O']) expect(page).toContain(section);
    // Nothing executable and nothing fetched: no script, no event handler, no external URL in markup.
    // (Every `<` of data is escaped, so any `<…>` left is markup this code wrote.)
    expect(page).not.toMatch(/<(?:script|img|iframe|object|embed|link)\b/i);
    expect(page).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(page).not.toMatch(/<[^>]*\s(?:src|href)\s*=/i);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });
});
