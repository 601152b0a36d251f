// Model files are replaced atomically: the new model is written and flushed to a temporary file
// in the same directory, then renamed over the old one, so a crash or a full disk mid-write
// leaves either the old model or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_MODEL_BYTES, SpamsiftError } from '../index.js';
import { readTextFile } from './moderator-options.js';

/** A file could not be written: the environment's problem (permissions, disk, path), not a bug. */
export class WriteError extends Error {
  constructor(path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code;
    super(`cannot write ${path}: ${code === 'ENOENT' ? 'its directory does not exist' : (cause as Error).message}`);
    this.name = 'WriteError';
  }
}

export function writeFileAtomic(path: string, text: string): void {
  try {
    replaceFile(path, text);
  } catch (error) {
    throw new WriteError(path, error);
  }
}

function replaceFile(path: string, text: string): void {
  const dir = dirname(resolve(path));
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
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

/** A model file's text; a file over the model size limit is refused before it is read into memory. */
export function readModelFile(path: string): string {
  const size = existsSync(path) ? statSync(path).size : 0;
  if (size > MAX_MODEL_BYTES) {
    throw new SpamsiftError('E_MODEL_TOO_LARGE', `model file ${path} is ${size} bytes, over the limit of ${MAX_MODEL_BYTES}; it is not a spamsift model.`, 'model');
  }
  return readTextFile(path, 'model file');
}

/** The model file's text, or undefined when there is none yet (training starts a new model). */
export function readModelIfPresent(path: string): string | undefined {
  return existsSync(path) ? readModelFile(path) : undefined;
}
