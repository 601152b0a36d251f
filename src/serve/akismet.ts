// The Akismet REST API 1.1 as its documentation describes it: the answers, the field names and
// the test hooks. Everything here is a pure function of the request's fields, so the protocol can
// be tested without a socket.
import type { Comment } from '../index.js';

/** The exact bodies Akismet answers with; clients compare them as strings. */
export const ANSWER = {
  spam: 'true',
  ham: 'false',
  invalid: 'invalid',
  valid: 'valid',
  thanks: 'Thanks for making the web a better place.',
} as const;

export const ROUTES = {
  verifyKey: '/1.1/verify-key',
  commentCheck: '/1.1/comment-check',
  submitSpam: '/1.1/submit-spam',
  submitHam: '/1.1/submit-ham',
  /** spamsift's own: the same fields as comment-check, the full verdict as JSON. */
  verdict: '/spamsift/1/comment-check',
  health: '/spamsift/1/health',
} as const;

/** Akismet's documented test values (https://akismet.com/developers/detailed-docs/testing/). */
export const TEST_SPAM_AUTHOR = 'viagra-test-123';
export const TEST_SPAM_EMAIL = 'akismet-guaranteed-spam@example.com';
export const TEST_HAM_ROLE = 'administrator';

export type Fields = ReadonlyMap<string, string>;

/** A request Akismet refuses: answered `invalid` with the reason in X-akismet-debug-help. */
export class ProtocolError extends Error {
  constructor(
    readonly help: string,
    /** Akismet answers 200 for a bad key or a missing field; transport problems get their own status. */
    readonly status = 200,
  ) {
    super(help);
    this.name = 'ProtocolError';
  }
}

function field(fields: Fields, name: string): string {
  return (fields.get(name) ?? '').trim();
}

/** `host:port` → `host` (string scans, not a regex: the Host header is client text). */
function withoutPort(host: string): string {
  const colon = host.lastIndexOf(':');
  if (colon < 0 || colon === host.length - 1) return host;
  for (let i = colon + 1; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c < 48 || c > 57) return host;
  }
  return host.slice(0, colon);
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

/**
 * The API key: the `api_key` (or older `key`) field, else the first label of the Host header
 * (`KEY.rest.akismet.com`, the form older clients such as akismet-api still use).
 */
export function readKey(fields: Fields, host: string | undefined): string {
  const fromBody = field(fields, 'api_key') || field(fields, 'key');
  if (fromBody !== '') return fromBody;
  const name = withoutPort(host ?? '').toLowerCase();
  // An IP address or a single-label host (`localhost`) carries no key.
  if (name === '' || /^[\d.]+$/.test(name) || name.startsWith('[') || !name.includes('.')) return '';
  return name.slice(0, name.indexOf('.'));
}

/**
 * The site a request is for, from `blog`: host and path without scheme, port, query or trailing
 * slash, lower-cased, so `https://Blog.example/` and `http://blog.example` are one site.
 */
export function readSite(fields: Fields): string {
  const blog = field(fields, 'blog');
  if (blog === '') throw new ProtocolError('Empty "blog" value');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(blog) ? blog : `http://${blog}`);
  } catch {
    throw new ProtocolError('We were unable to parse your blog URI');
  }
  if (url.hostname === '') throw new ProtocolError('We were unable to parse your blog URI');
  const path = withoutTrailingSlashes(url.pathname);
  return `${url.hostname}${path}`.toLowerCase();
}

/** comment-check and the submissions need the commenter's IP, as Akismet does. */
export function requireCommentFields(fields: Fields): void {
  if (field(fields, 'user_ip') === '') throw new ProtocolError('Missing required field: user_ip.');
}

/** `is_test=1` (or `true`): the request is answered normally but never trains the site's model. */
export function isTest(fields: Fields): boolean {
  const v = field(fields, 'is_test').toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

export type TestHook = { answer: 'spam' | 'ham'; reason: string } | undefined;

/** Akismet's documented test values force an answer whatever the content. */
export function testHook(fields: Fields): TestHook {
  if (field(fields, 'comment_author').toLowerCase() === TEST_SPAM_AUTHOR) return { answer: 'spam', reason: 'TEST_SPAM_AUTHOR' };
  if (field(fields, 'comment_author_email').toLowerCase() === TEST_SPAM_EMAIL) return { answer: 'spam', reason: 'TEST_SPAM_EMAIL' };
  if (field(fields, 'user_role').toLowerCase() === TEST_HAM_ROLE) return { answer: 'ham', reason: 'TEST_HAM_ROLE' };
  return undefined;
}

/**
 * A honeypot is a form field hidden from people: the name is in `honeypot_field_name`, the value
 * in the field of that name. Only a bot fills it in.
 */
export function honeypotFilled(fields: Fields): boolean {
  const name = field(fields, 'honeypot_field_name');
  return name !== '' && name !== 'honeypot_field_name' && field(fields, name) !== '';
}

// WordPress roles that publish on the site; `administrator` is the ham test hook above.
const STAFF_ROLES = new Set(['editor', 'author']);

function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | '' | undefined): void {
  if (value !== undefined && value !== '') target[key] = value as T[K];
}

/** Akismet's field names to the comment shape; unknown fields are ignored. */
export function commentFromFields(fields: Fields): Comment {
  const comment: Comment = { content: fields.get('comment_content') ?? '' };
  const author: NonNullable<Comment['author']> = {};
  put(author, 'name', field(fields, 'comment_author'));
  put(author, 'email', field(fields, 'comment_author_email'));
  put(author, 'url', field(fields, 'comment_author_url'));
  if (STAFF_ROLES.has(field(fields, 'user_role').toLowerCase())) author.isStaff = true;
  const request: NonNullable<Comment['request']> = {};
  put(request, 'ip', field(fields, 'user_ip'));
  put(request, 'userAgent', field(fields, 'user_agent'));
  put(request, 'referrer', field(fields, 'referrer') || field(fields, 'referer'));
  const target: NonNullable<Comment['target']> = {};
  put(target, 'permalink', field(fields, 'permalink'));
  // Akismet carries the post's last modification, the nearest thing it has to a publication date.
  put(target, 'publishedAt', field(fields, 'comment_post_modified_gmt'));
  if (Object.keys(author).length > 0) comment.author = author;
  if (Object.keys(request).length > 0) comment.request = request;
  if (Object.keys(target).length > 0) comment.target = target;
  put(comment, 'createdAt', field(fields, 'comment_date_gmt'));
  put(comment, 'type', field(fields, 'comment_type'));
  return comment;
}

/**
 * `blog_lang` (`fr_fr, en_us`) as two-letter stemmer candidates, in order: a new site's model
 * takes the first one the library accepts.
 */
export function languagesOf(fields: Fields): string[] {
  const out: string[] = [];
  for (const part of field(fields, 'blog_lang').split(',')) {
    const code = part.trim().toLowerCase().slice(0, 2);
    if (/^[a-z]{2}$/.test(code)) out.push(code === 'nb' || code === 'nn' ? 'no' : code);
  }
  return out;
}
