// The protocol's pure parts as tables: field mapping, where the key and the site come from, the
// test hooks, the keys file and the rate limiter.
import { describe, expect, it } from 'vitest';
import { commentFromFields, createRateLimiter, modelFileName, parseFields, parseKeys, readKey, readSite, testHook } from '../../src/serve/index.js';

const fields = (o: Record<string, string>) => new Map(Object.entries(o));

describe('commentFromFields', () => {
  it('maps Akismet names to the comment shape and ignores unknown fields', () => {
    expect(
      commentFromFields(
        fields({
          comment_content: 'Nice post',
          comment_author: ' Ann ',
          comment_author_email: 'ann@example.org',
          comment_author_url: 'https://ann.example',
          comment_type: 'reply',
          user_ip: '192.0.2.1',
          user_agent: 'UA/1',
          referrer: 'https://ref.example/',
          permalink: 'https://blog.example/post',
          comment_date_gmt: '2026-01-02T03:04:05Z',
          comment_post_modified_gmt: '2025-12-31T00:00:00Z',
          user_role: 'editor',
          blog_charset: 'UTF-8',
          something_else: 'ignored',
        }),
      ),
    ).toEqual({
      content: 'Nice post',
      author: { name: 'Ann', email: 'ann@example.org', url: 'https://ann.example', isStaff: true },
      request: { ip: '192.0.2.1', userAgent: 'UA/1', referrer: 'https://ref.example/' },
      target: { permalink: 'https://blog.example/post', publishedAt: '2025-12-31T00:00:00Z' },
      createdAt: '2026-01-02T03:04:05Z',
      type: 'reply',
    });
  });

  it.each([
    [{}, { content: '' }],
    [{ referer: 'https://r.example' }, { content: '', request: { referrer: 'https://r.example' } }],
    [{ user_role: 'subscriber', comment_author: '' }, { content: '' }],
  ])('%o → %o', (input, expected) => {
    expect(commentFromFields(fields(input))).toEqual(expected);
  });
});

describe('readKey', () => {
  it.each([
    [{ api_key: 'abc' }, 'k1.rest.akismet.com', 'abc'],
    [{ key: 'abc' }, undefined, 'abc'],
    [{}, 'abc123.rest.akismet.com', 'abc123'],
    [{}, 'ABC123.spamsift.example:8080', 'abc123'],
    [{}, '127.0.0.1:8080', ''],
    [{}, 'localhost:8080', ''],
    [{}, '[::1]:8080', ''],
    [{}, undefined, ''],
  ])('%o with Host %s → "%s"', (input, host, expected) => {
    expect(readKey(fields(input), host)).toBe(expected);
  });
});

describe('readSite', () => {
  it.each([
    ['https://Blog.Example/', 'blog.example'],
    ['http://blog.example', 'blog.example'],
    ['blog.example', 'blog.example'],
    ['https://blog.example:8443/news/?p=1#x', 'blog.example/news'],
  ])('%s → %s', (blog, site) => {
    expect(readSite(fields({ blog }))).toBe(site);
  });

  it.each(['', '   ', 'http://', 'http://exa mple.com'])('refuses %j', (blog) => {
    expect(() => readSite(fields({ blog }))).toThrow(/blog/);
  });

  it('makes file names that stay in the directory and never collide', () => {
    const names = ['../../etc/passwd', 'a/b', 'a_b', '.hidden', 'x'.repeat(500)].map(modelFileName);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_][a-z0-9._-]*\.[0-9a-f]{16}\.model\.json$/);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('testHook', () => {
  it.each([
    [{ comment_author: 'viagra-test-123' }, 'spam'],
    [{ comment_author_email: 'akismet-guaranteed-spam@example.com' }, 'spam'],
    [{ user_role: 'administrator' }, 'ham'],
    [{ user_role: 'Administrator', comment_author: 'someone' }, 'ham'],
    [{ comment_author: 'viagra-test-1234' }, undefined],
  ])('%o → %s', (input, answer) => {
    expect(testHook(fields(input))?.answer).toBe(answer);
  });
});

describe('parseFields', () => {
  const limits = { maxBodyBytes: 1000, maxFieldChars: 10, maxFields: 3 };
  it('keeps the first of repeated form fields and turns JSON scalars into strings', () => {
    expect([...parseFields(Buffer.from('a=1&a=2&b=%20x'), undefined, limits)]).toEqual([['a', '1'], ['b', ' x']]);
    expect([...parseFields(Buffer.from('{"a":1,"b":true,"c":null}'), 'application/json; charset=utf-8', limits)]).toEqual([['a', '1'], ['b', 'true']]);
  });
  it('treats __proto__ as an ordinary field name', () => {
    expect(parseFields(Buffer.from('{"__proto__":"x"}'), 'application/json', limits).get('__proto__')).toBe('x');
  });
});

describe('parseKeys', () => {
  it('reads one key a line, skipping blanks and comments, and reports keys no client could send', () => {
    const { keys, problems } = parseKeys('# site keys\nAbc123\n\n  def-456  \nbad key\n');
    expect([...keys]).toEqual(['abc123', 'def-456']);
    expect(problems).toEqual([{ line: 5, message: expect.stringContaining('1 to 63') }]);
  });
});

describe('createRateLimiter', () => {
  it('allows a minute\'s allowance at once, then one request every 60/limit seconds', () => {
    const limiter = createRateLimiter(60);
    for (let i = 0; i < 60; i++) expect(limiter.take('k', 0)).toBe(true);
    expect(limiter.take('k', 0)).toBe(false);
    expect(limiter.retryAfter('k', 0)).toBe(1);
    expect(limiter.take('other', 0)).toBe(true);
    expect(limiter.take('k', 1000)).toBe(true);
    expect(limiter.take('k', 1000)).toBe(false);
  });
  it('is off at 0', () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.take('k', 0)).toBe(true);
  });
});
