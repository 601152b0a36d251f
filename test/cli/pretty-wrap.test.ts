// `check --pretty` with a trained model: a reason with many evidence entries (BAYES names a dozen
// words) wraps between entries, continuation lines indented under the first entry.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/index.js';
import { formatVerdictText } from '../../src/cli/verdict-text.js';
import { COMMENTS_JSONL, runCli, tempDir } from './helpers.js';

describe('check --pretty wraps long reasons between evidence entries', () => {
  it('never splits an entry and indents continuation lines under the first one', () => {
    const entries = Array.from({ length: 12 }, (_, i) => `spam: "word${i}" (+0.${i}0)`);
    const verdict: Verdict = { decision: 'spam', score: 0.99, discard: false, skipped: [], reasons: [{ id: 'BAYES', group: 'bayes', points: 4.2, description: '', evidence: entries }] };
    const lines = formatVerdictText('c1', 'some text', verdict).trimEnd().split('\n');
    const reason = lines.slice(1);
    expect(reason.length).toBeGreaterThan(1);
    expect(reason[0]).toMatch(/^ {4}\+4\.2 {2}BAYES {2}spam: "word0"/);
    const indent = reason[0]!.indexOf('spam:');
    for (const line of reason.slice(1)) expect(line.slice(0, indent).trim()).toBe('');
    for (const line of reason) expect(line.length).toBeLessThanOrEqual(112);
    // Every entry is there once, whole, in order.
    const joined = reason.map((l) => l.trim().replace(/ ·$/, '')).join(' · ').replace(/^\+4\.2 {2}BAYES {2}/, '');
    expect(joined).toBe(entries.join(' · '));
  });

  it('on a trained model the BAYES reason continues on indented lines', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    expect(runCli(['train', '--model', model, COMMENTS_JSONL]).code).toBe(0);
    const run = runCli(['check', '--pretty', '--model', model, COMMENTS_JSONL]);
    expect(run.code).toBe(0);
    const block = run.stdout.split('\n\n').find((b) => b.startsWith('fx-016 ')) ?? '';
    const lines = block.split('\n');
    const at = lines.findIndex((l) => /^ +\+\d+\.\d {2}BAYES {2}spam: /.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at]).toMatch(/ ·$/);
    expect(lines[at + 1]).toMatch(/^ {17}(spam|ham): /);
  });
});
