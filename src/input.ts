// The typeof guard at the public entry: callers may be untyped JS, and a wrong type is a
// programming error (coded throw), while any string content is just text (never throws).
import { SpamsiftError, describeValue } from './errors.js';
import type { Comment, CommentAuthor, CommentRequest, CommentTarget, ContentFormat, Label } from './types.js';

const FORMATS: readonly ContentFormat[] = ['text', 'html', 'markdown'];

function fail(path: string, expected: string, received: unknown): never {
  const got = describeValue(received);
  throw new SpamsiftError('E_INVALID_COMMENT', `${path} must be ${expected}, received ${got}.`, path, { expected, received: got });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a field another library set on Object.prototype is not part of the comment. */
function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function optionalString(o: Record<string, unknown>, key: string, path: string): string | undefined {
  const v = own(o, key);
  if (v !== undefined && v !== null && typeof v !== 'string') fail(`${path}.${key}`, 'a string', v);
  return v ?? undefined;
}

function optionalDate(o: Record<string, unknown>, key: string, path: string): string | number | Date | undefined {
  const v = own(o, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || v instanceof Date) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  fail(`${path}.${key}`, 'an ISO date string, epoch milliseconds or a Date', v);
}

function optionalObject(o: Record<string, unknown>, key: string, path: string): Record<string, unknown> | undefined {
  const v = own(o, key);
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) fail(`${path}.${key}`, 'an object', v);
  return v;
}

/**
 * Checks that `input` is a comment (object with a string `content`, or a string) with every
 * known field of the right type. Unknown extra keys are ignored: CMS records carry many.
 * `null` is accepted wherever a field is optional, because JSON exports write absent fields so.
 *
 * Returns a new comment made of the input's own properties only, with every known field present
 * (undefined when absent): later stages read it with plain property access, and a field set on
 * Object.prototype by other code in the application can neither appear nor shadow an absent one.
 */
export function readComment(input: unknown, path = 'comment'): Comment {
  if (typeof input === 'string') return readComment({ content: input }, path);
  if (!isObject(input)) fail(path, 'a comment object with a string "content", or a string', input);
  const content = own(input, 'content');
  if (typeof content !== 'string') fail(`${path}.content`, 'a string', content);
  const id = optionalString(input, 'id', path);
  const format = own(input, 'contentFormat');
  if (format !== undefined && format !== null && !FORMATS.includes(format as ContentFormat)) {
    fail(`${path}.contentFormat`, `one of ${FORMATS.join(', ')}`, format);
  }
  const type = optionalString(input, 'type', path);
  const createdAt = optionalDate(input, 'createdAt', path);
  const a = optionalObject(input, 'author', path);
  let author: CommentAuthor | undefined;
  if (a) {
    const ap = `${path}.author`;
    const staff = own(a, 'isStaff');
    if (staff !== undefined && staff !== null && typeof staff !== 'boolean') fail(`${ap}.isStaff`, 'a boolean', staff);
    const approved = own(a, 'approvedCount');
    if (approved !== undefined && approved !== null && (typeof approved !== 'number' || !Number.isFinite(approved) || approved < 0)) {
      fail(`${ap}.approvedCount`, 'a number ≥ 0', approved);
    }
    author = {
      name: optionalString(a, 'name', ap),
      email: optionalString(a, 'email', ap),
      url: optionalString(a, 'url', ap),
      isStaff: (staff ?? undefined) as boolean | undefined,
      approvedCount: (approved ?? undefined) as number | undefined,
    } as CommentAuthor;
  }
  const r = optionalObject(input, 'request', path);
  const rp = `${path}.request`;
  const request = r
    ? ({ ip: optionalString(r, 'ip', rp), userAgent: optionalString(r, 'userAgent', rp), referrer: optionalString(r, 'referrer', rp) } as CommentRequest)
    : undefined;
  const t = optionalObject(input, 'target', path);
  const tp = `${path}.target`;
  const target = t
    ? ({ postTitle: optionalString(t, 'postTitle', tp), permalink: optionalString(t, 'permalink', tp), publishedAt: optionalDate(t, 'publishedAt', tp) } as CommentTarget)
    : undefined;
  return {
    id,
    content,
    contentFormat: (format ?? undefined) as ContentFormat | undefined,
    author,
    request,
    target,
    createdAt,
    type,
  } as Comment;
}

export function readLabel(label: unknown): Label {
  if (label === 'spam' || label === 'ham') return label;
  throw new SpamsiftError('E_INVALID_LABEL', `label must be 'spam' or 'ham', received ${describeValue(label)}.`, 'label', {
    expected: "'spam' or 'ham'",
    received: describeValue(label),
  });
}
