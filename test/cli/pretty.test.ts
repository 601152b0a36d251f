// `check --pretty` (what `npm run demo` prints): a verdict per comment with one line per reason.
import { describe, expect, it } from 'vitest';
import { COMMENTS_JSONL, runCli } from './helpers.js';

describe('spamsift check --pretty', () => {
  it('prints the decision, score, excerpt and each reason with its evidence', () => {
    const run = runCli(['check', '--pretty', COMMENTS_JSONL]);
    expect(run.code).toBe(0);
    const block = run.stdout.split('\n\n').find((b) => b.startsWith('fx-016 '));
    expect(block).toBeDefined();
    expect(block).toMatch(/^fx-016 {2}SPAM \(discard\) {2}score 1\.000 {2}“Hello there, just became aware/);
    expect(block).toContain('AUTHOR_URL_SPAM_WORDS  author URL www.viagrapascherfr.com: viagra');
    expect(run.stdout).toMatch(/^fx-001 {2}ham {2}score 0\.\d{3}/m);
  });

  it('escapes control characters from comment text so they cannot drive the terminal', () => {
    const run = runCli(['check', '--pretty', '-'], { input: `${JSON.stringify({ id: 'x', content: 'hi \u001b[2J there \u202e' })}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u202e');
    expect(run.stdout).toContain('\\u001b[2J');
  });
});
