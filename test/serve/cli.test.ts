// `spamsift serve` as a command: usage errors exit 2, and a real run answers, logs JSON lines on
// stderr and writes the learned model when it is stopped with SIGTERM.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/index.js';
import { CLI, runCli, tempDir } from '../cli/helpers.js';

describe('spamsift serve usage', () => {
  it('prints its help', () => {
    const run = runCli(['serve', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--api-keys FILE');
  });

  it.each([
    { args: ['--data', 'd'], message: 'serve needs --api-keys FILE' },
    { args: ['--api-keys', 'KEYS'], message: 'serve needs --data DIR' },
    { args: ['--api-keys', 'KEYS', '--data', 'd', '--moderate-as', 'maybe'], message: '--moderate-as takes spam or ham' },
    { args: ['--api-keys', 'KEYS', '--data', 'd', '--port', '70000'], message: '--port must be from 0 to 65535' },
    { args: ['--api-keys', 'BADKEYS', '--data', 'd'], message: ':2: a key is 1 to 63' },
    { args: ['--api-keys', 'missing.txt', '--data', 'd'], message: 'cannot read the API keys file' },
  ])('exits 2 for $args', ({ args, message }) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keys.txt'), 'good-key\n');
    writeFileSync(join(dir, 'bad.txt'), 'good-key\nnot a key\n');
    const run = runCli(['serve', ...args.map((a) => (a === 'KEYS' ? join(dir, 'keys.txt') : a === 'BADKEYS' ? join(dir, 'bad.txt') : a === 'd' ? join(dir, 'data') : a))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('spamsift serve run', () => {
  it('listens on 127.0.0.1, answers, and writes the learned model on SIGTERM', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keys.txt'), 'cli-key\n');
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--api-keys', join(dir, 'keys.txt'), '--data', join(dir, 'data')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const listening = new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /"address":"([^"]+)"/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const address = await listening;
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    const post = async (path: string, fields: Record<string, string>) => (await fetch(`http://${address}${path}`, { method: 'POST', body: new URLSearchParams(fields) })).text();
    const fields = { api_key: 'cli-key', blog: 'https://cli.example', user_ip: '192.0.2.9', comment_author: 'viagra-test-123', comment_content: 'A user comment' };
    expect(await post('/1.1/comment-check', fields)).toBe('true');
    expect(await post('/1.1/submit-spam', { ...fields, comment_author: 'Someone', comment_content: 'Cheap watches here' })).toBe('Thanks for making the web a better place.');
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    const files = readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.model.json'));
    expect(files).toHaveLength(1);
    expect(() => readModel(readFileSync(join(dir, 'data', files[0]!), 'utf8'))).not.toThrow();
    const lines = stderr.trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['listening', 'request', 'request', 'closed']);
  });
});
