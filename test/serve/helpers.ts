// Starts `spamsift serve` in-process on a free loopback port (port 0) with a fresh data directory,
// and reads the comments the tests send from the seed page (or the project fixture of the same
// shape when ../shared is absent).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Comment } from '../../src/index.js';
import { createSpamsiftServer, parseKeys, type AccessLogEntry, type ServeOptions, type SpamsiftServer } from '../../src/serve/index.js';
import { parseWidgetPage } from '../helpers/widget.js';

export const KEY = 'spamsift-test-key';
export const BLOG = 'https://blog.example';

export interface Running {
  serve: SpamsiftServer;
  port: number;
  url: string;
  dir: string;
  logs: AccessLogEntry[];
  close(): Promise<void>;
}

export async function startServer(options: Partial<ServeOptions> = {}, dir = mkdtempSync(join(tmpdir(), 'spamsift-serve-'))): Promise<Running> {
  const logs: AccessLogEntry[] = [];
  const serve = createSpamsiftServer({
    keys: parseKeys(`# test keys\n${KEY}\n`).keys,
    dataDir: dir,
    flushDelayMs: 10,
    log: (entry) => logs.push(entry),
    ...options,
  });
  const address = await serve.listen(0);
  return { serve, port: address.port, url: `http://127.0.0.1:${address.port}`, dir, logs, close: () => serve.close() };
}

/** A raw form POST, as a client with no library would send it. */
export async function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(fields), headers });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

const root = join(import.meta.dirname, '..', '..');
const seedPath = join(root, '..', 'shared', 'seed', 'page-with-comments.txt');
const fixturePath = join(root, 'fixtures', 'recent-comments-page.txt');
export const hasSeed = existsSync(seedPath);
if (!hasSeed) console.warn(`[skip] ${seedPath} is absent: the serve tests use fixtures/recent-comments-page.txt, a page of the same shape.`);

export interface PageComments {
  /** The comment whose author is a pharmacy URL: blatant spam. */
  pharmacy: Comment;
  /** An article paragraph sent as a comment: ham. */
  paragraph: string;
}

export function pageComments(): PageComments {
  const page = parseWidgetPage(readFileSync(hasSeed ? seedPath : fixturePath, 'utf8'));
  const pharmacy = page.comments.find((c) => /^https?:\/\/\S*(viagra|cialis)/i.test(c.author?.name ?? ''));
  const paragraph = page.paragraphs.find((p) => p.length > 150 && !/https?:/.test(p));
  if (pharmacy === undefined || paragraph === undefined) throw new Error('the seed page has no pharmacy-URL comment or no article paragraph');
  return { pharmacy, paragraph };
}
