// The protocol with raw requests: bodies in both encodings, the key in the Host header, every
// kind of bad input answered with Akismet's `invalid` (never a crash or a stack trace), limits,
// spamsift's own headers and JSON route, and the per-site model files.
import { request } from 'node:http';
import { connect } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { commentFromFields, modelFileName, parseKeys } from '../../src/serve/index.js';
import { BLOG, KEY, pageComments, startServer, type Running } from './helpers.js';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    // A server that refuses a body early may close while we still write it.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve({ status: -1, body: '', headers: {} }) : reject(error)));
    req.end(options.body);
  });
}

function form(fields: Record<string, string>): { headers: Record<string, string>; body: string } {
  return { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
}

function json(value: unknown): { headers: Record<string, string>; body: string } {
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

/** Sends bytes on a raw socket and returns everything the server answers before closing. */
function socketExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
    socket.setTimeout(5000, () => socket.destroy());
  });
}

const { pharmacy, paragraph } = pageComments();
const IP = '198.51.100.23';
const base = { api_key: KEY, blog: BLOG, user_ip: IP };
const pharmacyFields = { ...base, comment_author: pharmacy.author?.name ?? '', comment_author_url: pharmacy.author?.url ?? '', comment_content: pharmacy.content };
const paragraphFields = { ...base, comment_author: 'Reader', comment_content: paragraph };

let server: Running;
beforeAll(async () => {
  server = await startServer({ limits: { maxBodyBytes: 8192, maxFieldChars: 2000, maxFields: 30, requestsPerMinute: 0 } });
});
afterAll(() => server.close());

function expectInvalid(reply: Reply, status: number, help: RegExp): void {
  expect(reply.status).toBe(status);
  expect(reply.body).toBe('invalid');
  expect(String(reply.headers['x-akismet-debug-help'])).toMatch(help);
}

describe('comment-check answers', () => {
  it('answers true with X-akismet-pro-tip: discard and short reasons for the pharmacy-link comment (form body)', async () => {
    const r = await raw(server.port, { path: '/1.1/comment-check', ...form(pharmacyFields) });
    expect(r).toMatchObject({ status: 200, body: 'true' });
    expect(r.headers['x-akismet-pro-tip']).toBe('discard');
    const reasons = String(r.headers['x-spamsift-reasons']);
    expect(reasons).toMatch(/^[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*$/);
    expect(reasons.length).toBeLessThanOrEqual(200);
    expect(r.headers['x-spamsift-decision']).toBe('spam');
  });

  it('answers false with no pro-tip for an article paragraph (JSON body, key in the Host header)', async () => {
    const { api_key: _key, ...fields } = paragraphFields;
    const r = await raw(server.port, { path: '/1.1/comment-check', headers: { ...json(fields).headers, host: `${KEY}.rest.example.net` }, body: json(fields).body });
    expect(r).toMatchObject({ status: 200, body: 'false' });
    expect(r.headers['x-akismet-pro-tip']).toBeUndefined();
  });

  it('reads a form body whatever its Content-Type says (the akismet package sends "charset=utf-8")', async () => {
    const r = await raw(server.port, { path: '/1.1/comment-check', headers: { 'content-type': 'charset=utf-8' }, body: new URLSearchParams(pharmacyFields).toString() });
    expect(r.body).toBe('true');
  });

  it('prefers the api_key field to the Host label', async () => {
    const r = await raw(server.port, { path: '/1.1/verify-key', headers: { ...form({ api_key: 'wrong', blog: BLOG }).headers, host: `${KEY}.rest.example.net` }, body: form({ api_key: 'wrong', blog: BLOG }).body });
    expectInvalid(r, 200, /Invalid key/);
    const byHost = await raw(server.port, { path: '/1.1/verify-key', headers: { ...form({ blog: BLOG }).headers, host: `${KEY}.rest.example.net:8080` }, body: form({ blog: BLOG }).body });
    expect(byHost.body).toBe('valid');
    const olderField = await raw(server.port, { path: '/1.1/verify-key', ...form({ key: KEY, blog: BLOG }) });
    expect(olderField.body).toBe('valid');
  });

  it('calls a filled honeypot field spam', async () => {
    const r = await raw(server.port, { path: '/1.1/comment-check', ...form({ ...paragraphFields, honeypot_field_name: 'hp_website', hp_website: 'http://bot.example' }) });
    expect(r.body).toBe('true');
    expect(r.headers['x-spamsift-reasons']).toBe('HONEYPOT_FILLED');
  });

  it('gives the full verdict as JSON on /spamsift/1/comment-check', async () => {
    const r = await raw(server.port, { path: '/spamsift/1/comment-check', ...json(pharmacyFields) });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    const data = JSON.parse(r.body);
    expect(data.akismet).toBe('true');
    expect(data.verdict.decision).toBe('spam');
    expect(data.verdict.reasons.length).toBeGreaterThan(0);
    expect(data.verdict.reasons[0]).toMatchObject({ id: expect.any(String), evidence: expect.any(Array) });
    const hook = JSON.parse((await raw(server.port, { path: '/spamsift/1/comment-check', ...json({ ...paragraphFields, user_role: 'administrator' }) })).body);
    expect(hook).toEqual({ akismet: 'false', testHook: 'TEST_HAM_ROLE', verdict: null });
  });

  it('answers "moderate" verdicts as configured (--moderate-as)', async () => {
    // moderate: 0 makes every verdict at least "moderate".
    for (const [moderateAs, answer] of [['ham', 'false'], ['spam', 'true']] as const) {
      const s = await startServer({ moderateAs, moderator: { thresholds: { moderate: 0 } } });
      try {
        const r = await raw(s.port, { path: '/1.1/comment-check', ...form(paragraphFields) });
        expect(r.headers['x-spamsift-decision']).toBe('moderate');
        expect(r.body).toBe(answer);
      } finally {
        await s.close();
      }
    }
  });
});

describe('bad input gets Akismet\'s invalid answer, never a crash or a stack trace', () => {
  const long = 'x'.repeat(2001);
  const cases: { name: string; path?: string; method?: string; headers?: Record<string, string>; body?: string; status: number; help: RegExp }[] = [
    { name: 'no key', ...form({ blog: BLOG, user_ip: IP }), status: 200, help: /Invalid key/ },
    { name: 'an unknown key', ...form({ ...base, api_key: 'nope' }), status: 200, help: /Invalid key/ },
    { name: 'no blog', ...form({ api_key: KEY, user_ip: IP }), status: 200, help: /Empty "blog" value/ },
    { name: 'a blog that is not a URL', ...form({ ...base, blog: 'http://' }), status: 200, help: /unable to parse your blog URI/ },
    { name: 'no user_ip', ...form({ api_key: KEY, blog: BLOG, comment_content: 'hi' }), status: 200, help: /Missing required field: user_ip/ },
    { name: 'broken JSON', headers: { 'content-type': 'application/json' }, body: '{"api_key": ', status: 200, help: /not valid JSON/ },
    { name: 'a JSON array', ...json([base]), status: 200, help: /must be an object/ },
    { name: 'a nested JSON field', ...json({ ...base, comment_author: { name: 'x' } }), status: 200, help: /must be a string/ },
    { name: 'a field over the length limit', ...form({ ...base, comment_content: long }), status: 200, help: /longer than 2000 characters/ },
    { name: 'too many fields', ...form(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, 'v']))), status: 200, help: /More than 30 fields/ },
    { name: 'a body over the size limit', ...form({ ...base, comment_content: 'y'.repeat(9000) }), status: 413, help: /over 8192 bytes/ },
    { name: 'an unknown path', path: '/1.1/comment-chekc', ...form(base), status: 404, help: /Unknown endpoint/ },
    { name: 'a GET', method: 'GET', path: '/1.1/comment-check', status: 405, help: /Use POST/ },
    { name: 'invalid UTF-8 and control characters', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `api_key=${KEY}&blog=%FF%FE%00%0A%0D&user_ip=${IP}&comment_content=%ED%A0%80%C0`, status: 200, help: /unable to parse your blog URI/ },
  ];

  it.each(cases)('$name', async (c) => {
    const r = await raw(server.port, { path: c.path ?? '/1.1/comment-check', method: c.method ?? 'POST', headers: c.headers ?? {}, body: c.body ?? '' });
    expectInvalid(r, c.status, c.help);
    expect(r.body).not.toMatch(/\bat\s.*\(|Error:/);
    if (c.status === 405) expect(r.headers['allow']).toBe('POST');
  });

  it('answers a malformed HTTP request 400 invalid, oversized headers 431, and keeps answering', async () => {
    expect(await socketExchange(server.port, 'NOT-HTTP\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 [\s\S]*X-akismet-debug-help: Malformed HTTP request[\s\S]*\r\n\r\ninvalid$/);
    expect(await socketExchange(server.port, `POST /1.1/comment-check HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431 /);
    expect(await socketExchange(server.port, 'POST /1.1/comment-check HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    const r = await raw(server.port, { path: '/1.1/comment-check', ...form(pharmacyFields) });
    expect(r.body).toBe('true');
  });
});

describe('slow clients', () => {
  it('answers 408 invalid to a request whose headers never finish', async () => {
    const s = await startServer({ limits: { requestTimeoutMs: 1500 } });
    try {
      expect(await socketExchange(s.port, 'POST /1.1/comment-check HTTP/1.1\r\nHost: x\r\n')).toMatch(/^HTTP\/1\.1 408 [\s\S]*\r\n\r\ninvalid$/);
      expect(s.logs.some((e) => e.event === 'client-error' && e.status === 408)).toBe(true);
    } finally {
      await s.close();
    }
  });
});

describe('rate limit per key per minute', () => {
  it('answers 429 invalid with Retry-After past the limit, per key, and does not count unknown keys', async () => {
    const s = await startServer({ keys: parseKeys(`${KEY}\nsecond-key\n`).keys, limits: { requestsPerMinute: 3 } });
    try {
      for (let i = 0; i < 5; i++) await raw(s.port, { path: '/1.1/verify-key', ...form({ api_key: 'unknown', blog: BLOG }) });
      for (let i = 0; i < 3; i++) expect((await raw(s.port, { path: '/1.1/verify-key', ...form({ api_key: KEY, blog: BLOG }) })).body).toBe('valid');
      const limited = await raw(s.port, { path: '/1.1/comment-check', ...form(pharmacyFields) });
      expectInvalid(limited, 429, /Rate limit: 3 requests per minute/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await raw(s.port, { path: '/1.1/verify-key', ...form({ api_key: 'second-key', blog: BLOG }) })).body).toBe('valid');
    } finally {
      await s.close();
    }
  });
});

describe('per-site models', () => {
  it('keeps one model per blog, shared by spellings of the same URL, and reloads it after a restart', async () => {
    const s = await startServer();
    const fields = { ...pharmacyFields, blog: 'https://Site-One.example/' };
    expect((await raw(s.port, { path: '/1.1/submit-spam', ...form(fields) })).body).toBe('Thanks for making the web a better place.');
    expect((await raw(s.port, { path: '/1.1/submit-ham', ...form({ ...paragraphFields, blog: 'http://site-one.example' }) })).body).toBe('Thanks for making the web a better place.');
    await s.close();
    expect(existsSync(s.serve.store.fileOf('site-one.example'))).toBe(true);
    expect(existsSync(s.serve.store.fileOf('blog.example'))).toBe(false);

    const expected = createModerator();
    expected.learn(commentFromFields(new Map(Object.entries(fields))), 'spam');
    expected.learn(commentFromFields(new Map(Object.entries(paragraphFields))), 'ham');
    const again = await startServer({}, s.dir);
    try {
      const moderator = await again.serve.store.get('site-one.example', []);
      expect(moderator.exportModel().bayes).toEqual(expected.exportModel().bayes);
    } finally {
      await again.close();
    }
  });

  it('checks any number of sites, but holds at most --max-sites learned models', async () => {
    const s = await startServer({ limits: { maxSites: 2 } });
    try {
      for (let i = 0; i < 5; i++) expect((await raw(s.port, { path: '/1.1/comment-check', ...form({ ...pharmacyFields, blog: `https://s${i}.example` }) })).body).toBe('true');
      for (let i = 0; i < 2; i++) expect((await raw(s.port, { path: '/1.1/submit-spam', ...form({ ...pharmacyFields, blog: `https://s${i}.example` }) })).status).toBe(200);
      expectInvalid(await raw(s.port, { path: '/1.1/submit-spam', ...form({ ...pharmacyFields, blog: 'https://s2.example' }) }), 503, /holds 2 sites already/);
      expect((await raw(s.port, { path: '/1.1/comment-check', ...form({ ...pharmacyFields, blog: 'https://s2.example' }) })).body).toBe('true');
    } finally {
      await s.close();
    }
  });

  it('never overwrites a model file it cannot read, and answers invalid for that site only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spamsift-serve-'));
    const file = join(dir, modelFileName('broken.example'));
    writeFileSync(file, '{"format":"spamsift-model","version":1,');
    const s = await startServer({}, dir);
    try {
      const fields = { ...pharmacyFields, blog: 'https://broken.example' };
      expectInvalid(await raw(s.port, { path: '/1.1/comment-check', ...form(fields) }), 500, /model cannot be read/);
      expectInvalid(await raw(s.port, { path: '/1.1/submit-spam', ...form(fields) }), 500, /model cannot be read/);
      await s.serve.store.flush();
      expect(readFileSync(file, 'utf8')).toBe('{"format":"spamsift-model","version":1,');
      expect(s.logs.some((e) => e.event === 'model-read-error' && e.site === 'broken.example')).toBe(true);
      expect((await raw(s.port, { path: '/1.1/comment-check', ...form(pharmacyFields) })).body).toBe('true');
    } finally {
      await s.close();
    }
  });
});

describe('access log', () => {
  it('writes one structured entry a request, with no full key and no comment text', async () => {
    const count = server.logs.length;
    await raw(server.port, { path: '/1.1/comment-check', ...form(pharmacyFields) });
    const entry = server.logs.at(-1)!;
    expect(server.logs.length).toBe(count + 1);
    expect(entry).toMatchObject({ event: 'request', method: 'POST', path: '/1.1/comment-check', status: 200, answer: 'true', site: 'blog.example', decision: 'spam' });
    expect(typeof entry.ms).toBe('number');
    const text = JSON.stringify(server.logs);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(pharmacy.content.slice(0, 30));
  });
});
