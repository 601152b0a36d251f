// The CLI's files: it runs as root in cron jobs, on paths a site's admin (or an attacker who can
// write a config) chose. So:
// - Writes are atomic (a temporary file in the target's directory, flushed, then renamed over
//   it), go through symlinks to their final target (the link stays a link), keep the replaced
//   file's mode, owner and group, and refuse to replace anything that is not a regular file
//   (a device node such as /dev/full, a FIFO, a directory).
// - Reads check the file type first (on an open descriptor, opened without blocking, so a FIFO
//   cannot hang the command and /dev/zero cannot fill memory) and read at most a bound.
// - `train` holds a lock file next to the model while it reads, learns and writes, so two runs
//   on one model never lose each other's learning: the second waits for the first.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_MODEL_BYTES, SpamsiftError } from '../index.js';
import { UsageError } from './args.js';

/** A file could not be written: the environment's problem (permissions, disk, path), not a bug. */
export class WriteError extends Error {
  constructor(path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code;
    super(`cannot write ${path}: ${code === 'ENOENT' ? 'its directory does not exist' : (cause as Error).message}`);
    this.name = 'WriteError';
  }
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Where a write to `path` really lands: symlinks followed (relative ones from their own directory) to the final target. */
export function resolveTarget(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let stat: Stats;
    try {
      stat = lstatSync(current);
    } catch (error) {
      if (errno(error) === 'ENOENT') return current;
      throw error;
    }
    if (!stat.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error(`too many levels of symbolic links at ${path}`), { code: 'ELOOP' });
}

/** The target's stat, or undefined when it does not exist yet. */
function statTarget(target: string): Stats | undefined {
  try {
    return lstatSync(target);
  } catch (error) {
    if (errno(error) === 'ENOENT') return undefined;
    throw error;
  }
}

export function writeFileAtomic(path: string, text: string): void {
  try {
    replaceFile(path, text);
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(path, error);
  }
}

function replaceFile(path: string, text: string): void {
  const target = resolveTarget(path);
  const existing = statTarget(target);
  if (existing !== undefined && !existing.isFile()) {
    throw new WriteError(path, new Error(`${target} is ${kindOf(existing)}; refusing to replace it with a file`));
  }
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined = openSync(tmp, 'wx', 0o600);
  try {
    if (existing !== undefined) keepOwnership(fd, existing, path);
    else fchmodSync(fd, 0o644 & ~process.umask());
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  // The rename is durable only once the directory entry is flushed too (POSIX; Windows cannot open a directory).
  if (process.platform !== 'win32') {
    const dirFd = openSync(dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }
}

/** The replacement gets the replaced file's owner, group and mode (owner first: chown may clear setuid bits). */
function keepOwnership(fd: number, existing: Stats, path: string): void {
  if (process.platform !== 'win32' && (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.())) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch (error) {
      throw new WriteError(
        path,
        new Error(`it belongs to ${existing.uid}:${existing.gid} and this user cannot give the new file that owner (${errno(error) ?? String(error)}); run as its owner`),
      );
    }
  }
  fchmodSync(fd, existing.mode & 0o7777);
}

/** Longest WordPress key list read: the real lists are tens of KB. */
export const MAX_KEYS_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a regular file of at most `maxBytes` bytes as UTF-8. The type is checked on the open
 * descriptor (no race with a swap after a stat), and the descriptor is opened non-blocking so a
 * FIFO without a writer cannot hang the command. `tooLarge` makes the error for an oversized file.
 */
export function readRegularFile(path: string, what: string, maxBytes: number, tooLarge: (size: number) => Error): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${path}: ${errno(error) === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`the ${what} ${path} is ${kindOf(stat)}, not a file; give the path of a file.`);
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    // One byte more than allowed tells a file that grew since the stat from one that fits.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(length);
        break;
      }
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** A model file's text; a file over the model size limit is refused before it is read into memory. */
export function readModelFile(path: string): string {
  return readRegularFile(path, 'model file', MAX_MODEL_BYTES, (size) => {
    return new SpamsiftError('E_MODEL_TOO_LARGE', `model file ${path} is ${size} bytes, over the limit of ${MAX_MODEL_BYTES}; it is not a spamsift model.`, 'model', {
      expected: `at most ${MAX_MODEL_BYTES} bytes`,
      received: `${size} bytes`,
    });
  });
}

/** A WordPress key list (`--disallowed-keys`, `--moderation-keys`). */
export function readKeysFile(path: string, what: string): string {
  return readRegularFile(path, what, MAX_KEYS_FILE_BYTES, (size) => new UsageError(`the ${what} ${path} is ${size} bytes, over the limit of ${MAX_KEYS_FILE_BYTES}; it is not a key list.`));
}

/** The model file's text, or undefined when there is none yet (training starts a new model). */
export function readModelIfPresent(path: string): string | undefined {
  return statTarget(resolveTarget(path)) === undefined ? undefined : readModelFile(path);
}

/** How long `train` waits for another run's lock on the same model before giving up (ms). */
export const DEFAULT_LOCK_WAIT_MS = 10 * 60 * 1000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errno(error) === 'EPERM';
  }
}

function lockHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if (errno(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Runs `fn` holding `MODEL.lock` (created exclusively, holding our pid) next to the model's real
 * target. Another holder makes us wait, polling, up to `waitMs`; a lock whose process is gone (a
 * killed run) is removed. The lock is removed when `fn` settles.
 */
export async function withModelLock<T>(path: string, waitMs: number, fn: () => Promise<T>, notify: (message: string) => void): Promise<T> {
  const lockPath = `${resolveTarget(path)}.lock`;
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if (errno(error) !== 'EEXIST') throw new WriteError(errno(error) === 'ENOENT' ? path : lockPath, error);
    }
    const holder = lockHolder(lockPath);
    if (holder !== undefined && !isAlive(holder)) {
      notify(`removing the stale lock ${lockPath} of process ${holder}, which no longer runs`);
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new WriteError(
        path,
        new Error(`another spamsift train (process ${holder ?? 'unknown'}) holds ${lockPath}; nothing was learned. Run again when it is done, or remove the lock if that process is not spamsift`),
      );
    }
    if (!told) {
      notify(`waiting for process ${holder ?? 'unknown'}, which is training ${path} (lock ${lockPath})`);
      told = true;
    }
    await sleep(100);
  }
  try {
    return await fn();
  } finally {
    rmSync(lockPath, { force: true });
  }
}
