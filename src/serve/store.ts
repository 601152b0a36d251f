// One moderator per site, each kept as a model file in the data directory. A site is loaded on
// its first request; what submit-spam / submit-ham teach it is written back a moment later
// (several submissions make one write), atomically: the model goes to a temporary file in the
// same directory, is flushed, then renamed over the old one, so a crash leaves the old model or
// the new one, never half of one. A model file that cannot be read is never overwritten.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createModerator, isSpamsiftError, type CommentInput, type Label, type Language, type Moderator, type ModeratorOptions } from '../index.js';
import { ProtocolError } from './akismet.js';

export interface SiteStoreOptions {
  dir: string;
  /** Options every site's moderator is made with (thresholds, lists); `model` is the site's own. */
  moderator: ModeratorOptions;
  /** Sites held in memory at most; a request for one more is refused. */
  maxSites: number;
  /** Milliseconds between a submission and the write of the model it changed. */
  flushDelayMs: number;
  /** Where failures to read or write a model are reported (the server's log). */
  onError: (site: string, action: 'read' | 'write', error: unknown) => void;
}

interface Site {
  name: string;
  file: string;
  moderator: Moderator;
  timer: NodeJS.Timeout | undefined;
  writing: Promise<void> | undefined;
  dirty: boolean;
}

export interface SiteStore {
  /** The site's moderator, loading its model file on first use; a site with no model shares an untrained one. `languages` (blog_lang) choose a new site's stemmer. */
  get(site: string, languages: readonly string[]): Promise<Moderator>;
  /** Learns a submission and schedules the site's model write. */
  learn(site: string, languages: readonly string[], comment: CommentInput, label: Label): Promise<void>;
  /** Writes every changed model now. */
  flush(): Promise<void>;
  /** Path of a site's model file. */
  fileOf(site: string): string;
  readonly size: number;
}

/** A readable, collision-free file name: the site as a slug plus a hash of it. */
export function modelFileName(site: string): string {
  const slug = site.replace(/[^a-z0-9.-]+/g, '_').replace(/^\.+/, '').slice(0, 80) || 'site';
  const hash = createHash('sha256').update(site).digest('hex').slice(0, 16);
  return `${slug}.${hash}.model.json`;
}

async function writeAtomic(dir: string, path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  // The rename is durable once the directory entry is flushed too (POSIX only).
  if (process.platform !== 'win32') {
    const d = await open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export function createSiteStore(options: SiteStoreOptions): SiteStore {
  const sites = new Map<string, Site>();
  const loading = new Map<string, Promise<Site>>();
  const base: ModeratorOptions = { ...options.moderator };
  delete base.model;
  // Only this server writes the directory: a site with no file now and nothing learned since has
  // no model, so its checks use a shared untrained moderator and cost neither a file read nor a
  // place among --max-sites (any number of `blog` values can be checked).
  const files = new Set(readdirSync(options.dir));
  const untrained = new Map<string, Moderator>();
  const noStemmer = new Set<string>();

  function newModerator(languages: readonly string[], shared: boolean): Moderator {
    for (const language of languages) {
      if (noStemmer.has(language)) continue;
      const known = shared ? untrained.get(language) : undefined;
      if (known !== undefined) return known;
      try {
        const moderator = createModerator({ ...base, language: language as Language });
        if (shared) untrained.set(language, moderator);
        return moderator;
      } catch (error) {
        // A blog_lang without a stemmer falls through to the next one, then to the default.
        if (!(isSpamsiftError(error) && error.code === 'E_INVALID_OPTION')) throw error;
        noStemmer.add(language);
      }
    }
    if (!shared) return createModerator(base);
    let fallback = untrained.get('');
    if (fallback === undefined) {
      fallback = createModerator(base);
      untrained.set('', fallback);
    }
    return fallback;
  }

  async function load(name: string, languages: readonly string[]): Promise<Site> {
    const file = join(options.dir, modelFileName(name));
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (!isMissing(error)) {
        options.onError(name, 'read', error);
        throw new ProtocolError("This site's model cannot be read; the server log says why.", 500);
      }
    }
    let moderator: Moderator;
    if (text === undefined) moderator = newModerator(languages, false);
    else {
      // The model file decides the language: a site's tokens were made with its stemmer.
      const { language: _ignored, ...rest } = base;
      try {
        moderator = createModerator({ ...rest, model: text });
      } catch (error) {
        options.onError(name, 'read', error);
        throw new ProtocolError("This site's model cannot be read; the server log says why.", 500);
      }
    }
    const site: Site = { name, file, moderator, timer: undefined, writing: undefined, dirty: false };
    sites.set(name, site);
    return site;
  }

  async function site(name: string, languages: readonly string[]): Promise<Site> {
    const known = sites.get(name);
    if (known !== undefined) return known;
    const pending = loading.get(name);
    if (pending !== undefined) return pending;
    if (sites.size + loading.size >= options.maxSites) {
      throw new ProtocolError(`This server holds ${options.maxSites} sites already; ask its operator to raise --max-sites.`, 503);
    }
    const promise = load(name, languages).finally(() => loading.delete(name));
    loading.set(name, promise);
    return promise;
  }

  async function write(s: Site): Promise<void> {
    s.timer = undefined;
    // A write is running: the next one starts when it ends, with everything learned meanwhile.
    // Wait in a loop: another caller woken by the same write (a timer's write, a flush) may have
    // started that next write first, and returning before it ends would let flush() resolve
    // with the latest submissions not yet on disk.
    while (s.writing !== undefined) await s.writing;
    if (!s.dirty) return;
    s.dirty = false;
    const text = JSON.stringify(s.moderator.exportModel());
    s.writing = writeAtomic(options.dir, s.file, text)
      .then(() => void files.add(basename(s.file)))
      .catch((error: unknown) => {
        s.dirty = true;
        options.onError(s.name, 'write', error);
      })
      .finally(() => {
        s.writing = undefined;
      });
    await s.writing;
  }

  function schedule(s: Site): void {
    s.dirty = true;
    if (s.timer !== undefined) return;
    s.timer = setTimeout(() => void write(s), options.flushDelayMs);
    // A pending write must not keep a process alive on its own; close() flushes it.
    s.timer.unref();
  }

  return {
    async get(name, languages) {
      if (!sites.has(name) && !loading.has(name) && !files.has(modelFileName(name))) return newModerator(languages, true);
      return (await site(name, languages)).moderator;
    },
    async learn(name, languages, comment, label) {
      const s = await site(name, languages);
      s.moderator.learn(comment, label);
      schedule(s);
    },
    async flush() {
      const pending: Promise<void>[] = [];
      for (const s of sites.values()) {
        if (s.timer !== undefined) clearTimeout(s.timer);
        if (s.dirty || s.writing !== undefined) pending.push(write(s));
      }
      await Promise.all(pending);
    },
    fileOf(name) {
      return join(options.dir, modelFileName(name));
    },
    get size() {
      return sites.size;
    },
  };
}
