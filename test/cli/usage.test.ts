// Shell habits: --help, --version, `rules`, exit code 2 for every kind of bad usage, and a
// stdout that never carries anything but the command's output.
import { readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/index.js';
import { CLI, COMMENTS_JSONL, root, runCli } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('the spamsift binary', () => {
  it('is the package bin, starts with a shebang and is executable', () => {
    expect(join(root, pkg.bin['spamsift'] ?? '')).toBe(CLI);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    const direct = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
    expect(direct.stdout).toBe(`${pkg.version}\n`);
  });

  it.each([['--version'], ['-v']])('%s prints the package version', (flag) => {
    expect(runCli([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each(['check', 'train', 'eval', 'rules'])('%s --help prints its usage and exits 0', (command) => {
    const run = runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: spamsift ${command}`));
    expect(runCli(['help', command]).stdout).toBe(run.stdout);
  });

  it('prints the overview for --help (exit 0) and for no command (exit 2)', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('commands:') });
    expect(runCli([])).toMatchObject({ code: 2, stdout: expect.stringContaining('commands:') });
  });

  it.each([
    { args: ['frobnicate'], message: 'unknown command' },
    { args: ['check', '--bogus'], message: 'unknown option --bogus' },
    { args: ['check', '--workers', 'many'], message: '--workers must be a whole number' },
    { args: ['check', '--workers', '0'], message: '--workers must be from 1' },
    { args: ['check', '--only', 'spam,maybe'], message: '--only takes decisions' },
    { args: ['check', '--thresholds', '0.5,2'], message: 'spam must be a number from 0 to 1' },
    { args: ['check', '--thresholds', '0.9,0.5'], message: 'moderate ≤ spam ≤ discard' },
    { args: ['check', '--format', 'xml'], message: '--format must be one of' },
    { args: ['check', '--map', 'content'], message: '--map takes target=source pairs' },
    { args: ['check', '--map', 'body=text'], message: '"body" is not a comment field' },
    { args: ['check', 'no-such-file.jsonl'], message: 'no such file' },
    { args: ['check', 'a.jsonl', 'b.jsonl'], message: 'check reads one input' },
    { args: ['check', 'fixtures'], message: 'is a directory' },
    { args: ['check', '--disallowed-keys', 'missing.txt'], message: 'cannot read the disallowed keys file' },
    { args: ['rules', 'extra'], message: 'rules takes no arguments' },
  ])('exits 2 on $args', ({ args, message }) => {
    const run = runCli(args, { input: '{"content":"x"}\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout.includes('"decision"')).toBe(false);
  });

  it('prints no progress when stderr is not a terminal', () => {
    const run = runCli(['check', COMMENTS_JSONL]);
    expect(run.stderr).toBe('');
  });
});

describe('spamsift rules', () => {
  it('prints every catalog rule in a table', () => {
    const run = runCli(['rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+GROUP\s+SCORE\s+DESCRIPTION$/);
    expect(lines.at(-1)).toBe(`${CATALOG.length} rules`);
    const ids = lines.slice(1, -1).map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(CATALOG.map((r) => r.id));
  });

  it('--json gives id, group, score and description of each rule', () => {
    const run = runCli(['rules', '--json']);
    expect(JSON.parse(run.stdout)).toEqual(CATALOG.map(({ id, group, score, description }) => ({ id, group, score, description })));
  });
});
