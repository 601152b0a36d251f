// Runs the built CLI (dist/cli.js, built by test/global-setup.ts when stale) as a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const CLI = join(root, 'dist', 'cli.js');
export const FIXTURES = join(root, 'fixtures');
export const COMMENTS_JSONL = join(FIXTURES, 'comments.jsonl');
export const COMMENTS_CSV = join(FIXTURES, 'comments.csv');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Verdict lines of a check run. */
export function verdicts(stdout: string): { id: string | null; line: number; decision: string; score: number; discard: boolean; reasons: { id: string }[] }[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'spamsift-cli-'));
}
