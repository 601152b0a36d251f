// The CLI's file handling as a hostile deployment tries it (issue 12): it runs as root in cron
// jobs, on paths someone else chose. Each test is the attack; each failed before the fix.
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, COMMENTS_JSONL, root, runCli, tempDir } from './helpers.js';

const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

function documents(model: string): number {
  return (JSON.parse(readFileSync(model, 'utf8')) as { bayes: { documents: { ids: unknown[] } } }).bayes.documents.ids.length;
}

/** `n` labeled comments with ids unique to `tag`. */
function labeled(tag: string, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const spam = i % 2 === 0;
    const content = spam ? `cheap pills offer number ${i} from ${tag} at http://pills-${i % 7}.example.ru` : `thanks for part ${i} of the ${tag} series, the diagrams helped`;
    out.push(JSON.stringify({ id: `${tag}-${i}`, content, label: spam ? 'spam' : 'ham' }));
  }
  return `${out.join('\n')}\n`;
}

describe('writing the model or report file', () => {
  it.skipIf(!posix)('writes through a symlink to its target: the link stays a link', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'model.json');
    const link = join(dir, 'model.json');
    symlinkSync(join('real', 'model.json'), link);
    expect(runCli(['train', '--model', link, COMMENTS_JSONL]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join('real', 'model.json'));
    expect(documents(target)).toBe(34);
    // And again, continuing from the target through the link.
    expect(runCli(['train', '--model', link, COMMENTS_JSONL]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it.skipIf(!posix)('keeps a 0600 model 0600', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    expect(runCli(['train', '--model', model, COMMENTS_JSONL]).code).toBe(0);
    chmodSync(model, 0o600);
    expect(runCli(['train', '--model', model, COMMENTS_JSONL]).code).toBe(0);
    expect(statSync(model).mode & 0o7777).toBe(0o600);
  });

  it.skipIf(!isRoot)('as root, keeps the owner and group of the model it replaces', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    expect(runCli(['train', '--model', model, COMMENTS_JSONL]).code).toBe(0);
    chownSync(model, 4321, 4322);
    expect(runCli(['train', '--model', model, COMMENTS_JSONL]).code).toBe(0);
    const stat = statSync(model);
    expect([stat.uid, stat.gid]).toEqual([4321, 4322]);
  });

  it.skipIf(!posix)('refuses to replace what is not a regular file (a FIFO standing in for /dev/full), and leaves it', () => {
    const dir = tempDir();
    const fifo = join(dir, 'report.html');
    mkfifo(fifo);
    const run = runCli(['eval', '--folds', '2', '--report', fifo, COMMENTS_JSONL]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is a named pipe; refusing to replace it with a file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const dirTarget = join(dir, 'a-directory');
    mkdirSync(dirTarget);
    expect(runCli(['train', '--model', dirTarget, COMMENTS_JSONL]).code).not.toBe(0);
    expect(lstatSync(dirTarget).isDirectory()).toBe(true);
  });
});

describe('reading --model and --disallowed-keys', () => {
  it.skipIf(!posix)('refuses /dev/zero at once instead of reading it forever', () => {
    const run = runCli(['check', '--model', '/dev/zero', COMMENTS_JSONL]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/model file \/dev\/zero is a character device, not a file/);
    const keys = runCli(['check', '--disallowed-keys', '/dev/zero', COMMENTS_JSONL]);
    expect(keys.code).toBe(2);
    expect(keys.stderr).toMatch(/is a character device, not a file/);
  });

  it.skipIf(!posix)('refuses a named pipe without waiting for a writer', () => {
    const dir = tempDir();
    const fifo = join(dir, 'keys.txt');
    mkfifo(fifo);
    for (const flag of ['--disallowed-keys', '--moderation-keys', '--model']) {
      const run = runCli(['check', flag, fifo, COMMENTS_JSONL]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is a named pipe, not a file/);
    }
  });

  it('refuses a keys file over 16 MB', () => {
    const dir = tempDir();
    const keys = join(dir, 'keys.txt');
    writeFileSync(keys, Buffer.alloc(16 * 1024 * 1024 + 1, 0x61));
    const run = runCli(['check', '--disallowed-keys', keys, COMMENTS_JSONL]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/over the limit of 16777216/);
  });
});

describe('concurrent train runs on one model', () => {
  function train(model: string, input: string): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'train', '--model', model, '-'], { cwd: root });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end(input);
    });
  }

  it('lose nothing: the second waits for the first and continues from its model', async () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    const runs = await Promise.all([train(model, labeled('a', 600)), train(model, labeled('b', 600)), train(model, labeled('c', 600))]);
    for (const run of runs) expect(run.code).toBe(0);
    expect(documents(model)).toBe(1800);
    expect(existsSync(`${model}.lock`)).toBe(false);
  }, 120_000);

  it('a lock held by a live process makes train wait, then give up with the model unchanged', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    expect(runCli(['train', '--model', model, COMMENTS_JSONL]).code).toBe(0);
    const before = readFileSync(model, 'utf8');
    writeFileSync(`${model}.lock`, `${process.pid}\n`);
    const run = runCli(['train', '--lock-wait', '0', '--model', model, '-'], { input: labeled('x', 4) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`another spamsift train \\(process ${process.pid}\\) holds .*model\\.json\\.lock; nothing was learned`));
    expect(readFileSync(model, 'utf8')).toBe(before);
  });

  it('a stale lock (its process is gone) is removed and training goes on', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    // Beyond the default pid_max (4194304 is the kernel's highest): no process has it.
    writeFileSync(`${model}.lock`, '4194305\n');
    const run = runCli(['train', '--model', model, '-'], { input: labeled('y', 4) });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/removing the stale lock/);
    expect(documents(model)).toBe(4);
    expect(existsSync(`${model}.lock`)).toBe(false);
  });
});

describe('the output and the workers', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk on stdout is one line and exit 2, no stack trace', () => {
    const out = execFileSync('sh', ['-c', `"${process.execPath}" "${CLI}" check "${COMMENTS_JSONL}" > /dev/full; echo "exit $?"`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out.trim()).toBe('exit 2');
    const err = execFileSync('sh', ['-c', `"${process.execPath}" "${CLI}" check "${COMMENTS_JSONL}" 2>&1 > /dev/full; true`], { cwd: root, encoding: 'utf8' });
    expect(err).toBe('spamsift: cannot write the output: ENOSPC (no space left on the device)\n');
  });

  it('--workers above the available parallelism is capped, and says so', () => {
    const run = runCli(['check', '--workers', '256', COMMENTS_JSONL]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/--workers 256 is more than the \d+ available CPUs?; using \d+/);
    expect(run.stdout.trim().split('\n')).toHaveLength(34);
  });
});
