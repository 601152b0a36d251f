// The typeof guard at the public entry: callers may be untyped JS, and a wrong type is a
// programming error (coded throw), while any string content is just text (never throws).
import { SpamsiftError, describeValue } from './errors.js';
import type { Comment, ContentFormat, Label } from './types.js';

const FORMATS: readonly ContentFormat[] = ['text', 'html', 'markdown'];

function fail(path: string, expected: string, received: unknown): never {
  throw new SpamsiftError('E_INVALID_COMMENT', `${path} must be ${expected}, received ${describeValue(received)}.`, path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(o: Record<string, unknown>, key: string, path: string): void {
  const v = o[key];
  if (v !== undefined && v !== null && typeof v !== 'string') fail(`${path}.${key}`, 'a string', v);
}

function optionalDate(o: Record<string, unknown>, key: string, path: string): void {
  const v = o[key];
  if (v === undefined || v === null || typeof v === 'string' || v instanceof Date) return;
  if (typeof v === 'number' && Number.isFinite(v)) return;
  fail(`${path}.${key}`, 'an ISO date string, epoch milliseconds or a Date', v);
}

function optionalObject(o: Record<string, unknown>, key: string, path: string): Record<string, unknown> | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) fail(`${path}.${key}`, 'an object', v);
  return v;
}

/**
 * Checks that `input` is a comment (object with a string `content`, or a string) with every
 * known field of the right type. Unknown extra keys are ignored: CMS records carry many.
 * `null` is accepted wherever a field is optional, because JSON exports write absent fields so.
 */
export function readComment(input: unknown, path = 'comment'): Comment {
  if (typeof input === 'string') return { content: input };
  if (!isObject(input)) fail(path, 'a comment object with a string "content", or a string', input);
  if (typeof input['content'] !== 'string') fail(`${path}.content`, 'a string', input['content']);
  optionalString(input, 'id', path);
  const format = input['contentFormat'];
  if (format !== undefined && format !== null && !FORMATS.includes(format as ContentFormat)) {
    fail(`${path}.contentFormat`, `one of ${FORMATS.join(', ')}`, format);
  }
  optionalString(input, 'type', path);
  optionalDate(input, 'createdAt', path);
  const author = optionalObject(input, 'author', path);
  if (author) {
    for (const key of ['name', 'email', 'url']) optionalString(author, key, `${path}.author`);
    const staff = author['isStaff'];
    if (staff !== undefined && staff !== null && typeof staff !== 'boolean') fail(`${path}.author.isStaff`, 'a boolean', staff);
    const approved = author['approvedCount'];
    if (approved !== undefined && approved !== null && (typeof approved !== 'number' || !Number.isFinite(approved) || approved < 0)) {
      fail(`${path}.author.approvedCount`, 'a number ≥ 0', approved);
    }
  }
  const request = optionalObject(input, 'request', path);
  if (request) for (const key of ['ip', 'userAgent', 'referrer']) optionalString(request, key, `${path}.request`);
  const target = optionalObject(input, 'target', path);
  if (target) {
    for (const key of ['postTitle', 'permalink']) optionalString(target, key, `${path}.target`);
    optionalDate(target, 'publishedAt', `${path}.target`);
  }
  return input as unknown as Comment;
}

export function readLabel(label: unknown): Label {
  if (label === 'spam' || label === 'ham') return label;
  throw new SpamsiftError('E_INVALID_LABEL', `label must be 'spam' or 'ham', received ${describeValue(label)}.`, 'label');
}
