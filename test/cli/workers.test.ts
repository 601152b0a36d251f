// `--workers N` must write exactly what one thread writes: same verdicts, same order, same stop.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENTS_JSONL, runCli, tempDir, verdicts } from './helpers.js';

const base = readFileSync(COMMENTS_JSONL, 'utf8').trim().split('\n');

/** A few thousand lines: many batches, so reassembly order matters. */
function bigInput(bad: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const src = JSON.parse(base[i % base.length] as string);
    out.push(JSON.stringify({ ...src, id: `${src.id}-${i}`, content: `${src.content} #${i}` }));
    if (bad && i === 2999) out.push('{"broken": ');
  }
  return `${out.join('\n')}\n`;
}

/**
 * More workers than CPUs are capped with a one-line notice (issue 12); the output is otherwise the
 * same. On a one-CPU machine (or a run pinned to one core) every `--workers 2` run prints it.
 */
function withoutCapNotice<T extends { stderr: string }>(run: T): T {
  return { ...run, stderr: run.stderr.replace(/^spamsift: --workers \d+ is more than .*\n/, '') };
}

// Each test runs the CLI several times, each with a worker thread: on a loaded machine that is past
// the default 60 s.
describe('spamsift check --workers', { timeout: 240_000 }, () => {
  it('writes the same bytes with 1, 2 and 3 workers', () => {
    const dir = tempDir();
    const path = join(dir, 'big.jsonl');
    writeFileSync(path, bigInput(false));
    const one = runCli(['check', path, '--workers', '1']);
    expect(one.code).toBe(0);
    expect(verdicts(one.stdout)).toHaveLength(4000);
    for (const n of ['2', '3']) {
      const run = runCli(['check', path, '--workers', n, '--workers-from', '0']);
      expect(withoutCapNotice(run)).toEqual(one);
    }
  });

  it('stops at the same unreadable line, after the same verdicts', () => {
    // A file, not stdin: the run stops reading at the bad line, like `head` does.
    const path = join(tempDir(), 'bad.jsonl');
    writeFileSync(path, bigInput(true));
    const one = runCli(['check', path, '--workers', '1']);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(`spamsift check: ${path}:3001: invalid JSON (Unexpected end of JSON input)\n`);
    expect(verdicts(one.stdout)).toHaveLength(3000);
    expect(withoutCapNotice(runCli(['check', path, '--workers', '2', '--workers-from', '0']))).toEqual(one);
    const skipOne = runCli(['check', path, '--workers', '1', '--skip-bad', '--only', 'spam']);
    expect(skipOne.code).toBe(0);
    expect(skipOne.stderr).toContain('skipped 1 unreadable record');
    expect(withoutCapNotice(runCli(['check', path, '--workers', '2', '--workers-from', '0', '--skip-bad', '--only', 'spam']))).toEqual(skipOne);
  });

  it('writes the same bytes when lines span reads and some are over the limit', () => {
    // Workers decode the lines themselves (the main thread only frames bytes): a comment longer than
    // one 256 KB read, lines over --max-line-bytes, CRLF endings and blank lines must come out as
    // one thread reads them.
    const lines = bigInput(false).trim().split('\n');
    lines.splice(10, 0, JSON.stringify({ id: 'long', content: `buy cheap pills at http://pills.example.xyz ${'now '.repeat(80_000)}` }));
    lines.splice(500, 0, '', '   ', JSON.stringify({ id: 'too-long', content: 'x'.repeat(400_000) }));
    const path = join(tempDir(), 'long.jsonl');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const args = ['check', path, '--skip-bad', '--max-line-bytes', '380000'];
    const one = runCli([...args, '--workers', '1']);
    expect(one.code).toBe(0);
    expect(one.stderr).toContain(':503: the line is longer than 380000 bytes');
    expect(verdicts(one.stdout)).toHaveLength(4001);
    expect(withoutCapNotice(runCli([...args, '--workers', '2', '--workers-from', '0']))).toEqual(one);
  });

  it('refuses a model whose classifier part is corrupt with exit 2, in the workers too', () => {
    const path = join(tempDir(), 'model.json');
    writeFileSync(path, JSON.stringify({ format: 'spamsift-model', version: 1, language: 'en', createdAt: 'x', bayes: { garbage: 1 } }));
    const one = runCli(['check', COMMENTS_JSONL, '--model', path]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('model.bayes');
    expect(withoutCapNotice(runCli(['check', COMMENTS_JSONL, '--model', path, '--workers', '2', '--workers-from', '0']))).toEqual(one);
  });

  it('runs CSV input through workers too', () => {
    const rows = ['id,content', ...Array.from({ length: 3000 }, (_, i) => `${i},"comment ${i}, with ""quotes"" and http://x${i % 7}.example.xyz"`)];
    const input = `${rows.join('\r\n')}\r\n`;
    const one = runCli(['check', '--format', 'csv'], { input });
    expect(verdicts(one.stdout)).toHaveLength(3000);
    expect(withoutCapNotice(runCli(['check', '--format', 'csv', '--workers', '2', '--workers-from', '0'], { input }))).toEqual(one);
  });
});
