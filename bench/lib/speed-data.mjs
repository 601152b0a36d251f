// The comment sets bench/speed.mjs times: youtube comments (../shared/corpora, or the project
// fixtures when the shared corpora are absent) and generated link-heavy blog comments.
import { existsSync, readFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBlogComments } from '../make-blog-comments.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
export const YOUTUBE = resolve(ROOT, '..', 'shared', 'corpora', 'youtube', 'youtube.jsonl');
const FIXTURE = join(ROOT, 'fixtures', 'comments.jsonl');

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** Labeled comments in the API shape; the corpora write the author as a bare name. */
function toComment(o) {
  const c = { id: String(o.id), content: o.content };
  if (typeof o.author === 'string' && o.author !== '') c.author = { name: o.author };
  else if (o.author && typeof o.author === 'object') c.author = o.author;
  if (o.request) c.request = o.request;
  if (o.target) c.target = o.target;
  if (o.contentFormat) c.contentFormat = o.contentFormat;
  if (o.date) c.createdAt = o.date;
  return { comment: c, label: o.label };
}

/** { name, note, items: [{ comment, label }] } for the short-comment set. */
export function loadShortComments(path = YOUTUBE) {
  if (existsSync(path)) return { name: 'youtube', note: path, items: readJsonl(path).map(toComment) };
  console.error(`bench/speed: ${path} not found: SKIPPING youtube, timing the 34 project fixtures instead (numbers not comparable with the README).`);
  return { name: 'fixtures', note: FIXTURE, items: readJsonl(FIXTURE).map(toComment) };
}

export function loadBlogComments(count = 2000, seed = 1) {
  return { name: 'blog', note: `bench/make-blog-comments.mjs --count ${count} --seed ${seed}`, items: makeBlogComments(count, seed).map(toComment) };
}

export function utf8Bytes(items) {
  let bytes = 0;
  for (const { comment } of items) bytes += Buffer.byteLength(comment.content, 'utf8');
  return bytes;
}

/** Writes `count` comments cycled from `items` (ids made unique) as JSONL; returns the file's byte size. */
export async function writeJsonl(path, items, count) {
  const stream = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { comment } = items[i % items.length];
    const line = `${JSON.stringify({ ...comment, id: `${comment.id}#${i}` })}\n`;
    bytes += Buffer.byteLength(line);
    if (!stream.write(line)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return bytes;
}
