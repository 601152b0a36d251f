import { describe, expect, it } from 'vitest';
import { MAX_LINKS, extractLinks } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import type { Link } from '../../src/types.js';
import { normalized, type CommentParts } from './helpers.js';

const SEED_URL = 'https://www.viagrapascherfr.com/achat-sildenafil-pfizer-tarif/';

/** The fields a test pins; everything else about the link is free. */
type LinkShape = Partial<Pick<Link, 'url' | 'source' | 'host' | 'domain' | 'suffix' | 'isIp' | 'isPunycode' | 'defanged' | 'path'>>;

function linksOf(parts: CommentParts): Link[] {
  return extractLinks(normalized(parts)).links;
}

describe('extractLinks: the seed comment', () => {
  it('reads host, domain, suffix, path and the words of an author URL', () => {
    const [link, ...rest] = linksOf({ url: SEED_URL });
    expect(rest).toEqual([]);
    expect(link).toMatchObject({
      url: SEED_URL,
      source: 'author.url',
      host: 'www.viagrapascherfr.com',
      domain: 'viagrapascherfr.com',
      suffix: 'com',
      isIp: false,
      isPunycode: false,
      defanged: false,
      path: '/achat-sildenafil-pfizer-tarif/',
    });
    expect(link?.words).toEqual(['viagra', 'pas', 'cher', 'fr', 'achat', 'sildenafil', 'pfizer', 'tarif']);
  });

  it('reports an author name that is a URL as a link of the name', () => {
    const links = linksOf({ name: SEED_URL, url: SEED_URL });
    expect(links.map((l) => l.source)).toEqual(['author.url', 'author.name']);
    expect(links[1]?.domain).toBe('viagrapascherfr.com');
  });
});

describe('extractLinks: what is and is not a link in body text', () => {
  const cases: Array<{ input: string; expected: LinkShape[] }> = [
    { input: '', expected: [] },
    { input: 'Thanks, this helped me fix my build.', expected: [] },
    { input: 'Written in node.js, e.g. with file.txt as input.', expected: [] },
    { input: 'It was great.Love it', expected: [] },
    { input: 'two reasons: 1.it is about Africa 2.i was born there', expected: [] },
    { input: 'go to spam.blogspot.com now', expected: [{ host: 'spam.blogspot.com', domain: 'spam.blogspot.com', suffix: 'blogspot.com' }] },
    { input: 'see http://192.168.0.1/x', expected: [{ url: 'http://192.168.0.1/x', host: '192.168.0.1', domain: null, suffix: null, isIp: true, path: '/x' }] },
    { input: 'bare 10.0.0.7/login please', expected: [{ host: '10.0.0.7', isIp: true, path: '/login', defanged: false }] },
    { input: 'version 1.2.3.4 is out', expected: [] },
    { input: 'v6 http://[2001:db8::1]/admin', expected: [{ host: '2001:db8::1', isIp: true, path: '/admin' }] },
    { input: 'visit xn--80ak6aa92e.com', expected: [{ host: 'xn--80ak6aa92e.com', domain: 'xn--80ak6aa92e.com', isPunycode: true }] },
    { input: 'read hxxp://evil[.]com/x today', expected: [{ url: 'hxxp://evil[.]com/x', host: 'evil.com', domain: 'evil.com', defanged: true, path: '/x' }] },
    { input: 'hxxps://evil.com/y', expected: [{ host: 'evil.com', defanged: true, path: '/y' }] },
    { input: 'site: example(dot)com', expected: [{ host: 'example.com', defanged: true }] },
    { input: 'Hey, check out my new website!! kidsmediausa  . com', expected: [{ url: 'kidsmediausa  . com', host: 'kidsmediausa.com', defanged: true }] },
    { input: 'I love this song . it is great', expected: [] },
    { input: 'tinyurl(dot)com(slash)mxh2y77 now', expected: [{ host: 'tinyurl.com', path: '/mxh2y77', defanged: true }] },
    { input: 'raw http://x.co.uk">anchor</a>', expected: [{ url: 'http://x.co.uk', domain: 'x.co.uk', suffix: 'co.uk' }] },
    { input: '[url=https://y.org]text[/url]', expected: [{ url: 'https://y.org', domain: 'y.org' }] },
    { input: '(see http://z.com/a).', expected: [{ url: 'http://z.com/a', path: '/a' }] },
    { input: 'https://en.wikipedia.org/wiki/Foo_(bar), ok', expected: [{ url: 'https://en.wikipedia.org/wiki/Foo_(bar)' }] },
    { input: 'http://google.com@evil.com/x', expected: [{ host: 'evil.com' }] },
    { input: 'WWW.EXAMPLE.COM!', expected: [{ url: 'WWW.EXAMPLE.COM', host: 'www.example.com', domain: 'example.com' }] },
    { input: 'http://__proto__.com/constructor', expected: [{ host: '__proto__.com', domain: '__proto__.com', path: '/constructor' }] },
    // Underscores are not hostname characters to linkify: bare, only the real hostname is a link.
    { input: '__proto__.com and constructor.com', expected: [{ host: 'constructor.com', domain: 'constructor.com' }] },
    { input: 'http://localhost:3000/x', expected: [{ host: 'localhost', domain: null, isIp: false }] },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const links = linksOf({ body: input });
    expect(links).toHaveLength(expected.length);
    expected.forEach((shape, i) => expect(links[i]).toMatchObject({ source: 'body', ...shape }));
  });
});

describe('extractLinks: sources', () => {
  it('reads anchors with their text and the site their text names', () => {
    const links = linksOf({
      body: 'www.paypal.com and more',
      anchors: [{ href: 'http://evil.com/x', text: 'www.paypal.com', markup: 'html' }],
    });
    // The anchor text is also in the body; it is reported once, as the anchor.
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ source: 'anchor', domain: 'evil.com', anchorText: 'www.paypal.com', anchorTextDomain: 'paypal.com' });
  });

  it('gives no anchorTextDomain when the anchor text is plain words', () => {
    const [link] = linksOf({ anchors: [{ href: 'https://shop.example.org/', text: 'cheap pills', markup: 'bbcode' }] });
    expect(link).toMatchObject({ source: 'anchor', domain: 'example.org', anchorText: 'cheap pills' });
    expect(link).not.toHaveProperty('anchorTextDomain');
  });

  it('skips relative and javascript hrefs', () => {
    const hrefs = ['/about', '#top', 'javascript:void(0)', ''];
    expect(linksOf({ anchors: hrefs.map((href) => ({ href, text: 'x', markup: 'html' as const })) })).toEqual([]);
  });

  const fields: Array<{ input: CommentParts; expected: LinkShape[] }> = [
    { input: { url: 'example.com' }, expected: [{ source: 'author.url', domain: 'example.com', path: '' }] },
    { input: { url: 'not a url' }, expected: [] },
    { input: { url: 'node.js' }, expected: [] },
    { input: { referrer: 'https://blog.example.net/post/1' }, expected: [{ source: 'request.referrer', domain: 'example.net', path: '/post/1' }] },
    { input: { name: 'Cheap Pills buy-now.example.ru' }, expected: [{ source: 'author.name', domain: 'example.ru' }] },
    { input: { name: 'John Smith' }, expected: [] },
  ];
  it.each(fields)('fields $input', ({ input, expected }) => {
    const links = linksOf(input);
    expect(links).toHaveLength(expected.length);
    expected.forEach((shape, i) => expect(links[i]).toMatchObject(shape));
  });
});

describe('extractLinks: e-mail addresses', () => {
  const cases: Array<{ input: CommentParts; expected: Array<{ address: string; source: string; domain: string | null }> }> = [
    { input: { email: 'bob@spam.blogspot.com' }, expected: [{ address: 'bob@spam.blogspot.com', source: 'author.email', domain: 'spam.blogspot.com' }] },
    { input: { email: 'me@intranet' }, expected: [{ address: 'me@intranet', source: 'author.email', domain: null }] },
    { input: { email: 'nothing here' }, expected: [] },
    { input: { body: 'mail John.Doe@Example.co.uk today' }, expected: [{ address: 'john.doe@example.co.uk', source: 'body', domain: 'example.co.uk' }] },
    { input: { body: 'write jane [at] mail [dot] ru' }, expected: [{ address: 'jane@mail.ru', source: 'body', domain: 'mail.ru' }] },
    { input: { body: 'or jane(at)gmail.com' }, expected: [{ address: 'jane@gmail.com', source: 'body', domain: 'gmail.com' }] },
    { input: { body: 'user@node.js is not one' }, expected: [] },
    { input: { anchors: [{ href: 'mailto:sales@example.com?subject=hi', text: 'write us', markup: 'html' }] }, expected: [{ address: 'sales@example.com', source: 'anchor', domain: 'example.com' }] },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const report = extractLinks(normalized(input));
    expect(report.emails).toEqual(expected);
    // An e-mail is not also a link.
    expect(report.links).toEqual([]);
  });
});

describe('extractLinks: bounded work', () => {
  it('caps the links kept and counts them all', () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `http://site${i}.example.com/p`).join(' ');
    const report = extractLinks(normalized({ body }));
    expect(report.links).toHaveLength(MAX_LINKS);
    expect(report.totalLinks).toBe(10_000);
    expect(report.links[MAX_LINKS - 1]?.host).toBe(`site${MAX_LINKS - 1}.example.com`);
  });

  it('keeps author links when the body floods the cap', () => {
    const body = 'http://a.example.com '.repeat(MAX_LINKS + 5);
    const report = extractLinks(normalized({ body, url: 'http://author.example.org' }));
    expect(report.links[0]?.source).toBe('author.url');
    expect(report.totalLinks).toBe(MAX_LINKS + 6);
  });

  it('finds defanged forms deep in a long comment (the fallback reads windows around markers)', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(2000);
    const body = `${filler}hxxp://evil[.]com/x ${filler}write me [at] mail [dot] ru ${filler} kidsmediausa  . com and evil[.]com[.]evil[.]com ${filler}`;
    const report = extractLinks(normalized({ body }));
    expect(report.links.map((l) => l.host)).toEqual(['evil.com', 'kidsmediausa.com', 'evil.com.evil.com']);
    expect(report.emails.map((e) => e.address)).toEqual(['me@mail.ru']);
  });

  const hostile = [
    '',
    '\uD800 lone surrogate http://\uDC00x.com',
    '__proto__.com constructor.com toString.com',
    'a.'.repeat(50_000),
    '[.]'.repeat(30_000),
    'http://'.repeat(20_000),
    '@'.repeat(100_000),
    `${'x'.repeat(100_000)}.com`,
    `http://${'a'.repeat(70)}.com/`,
    '1.1.1.1.1.1.1.1.1.1.1.1/x',
  ];
  it.each(hostile.map((input) => ({ input: input.slice(0, 40), full: input })))('does not throw on $input', ({ full }) => {
    const report = extractLinks(normalized({ body: full, name: full, url: full, email: full, referrer: full }));
    expect(report.links.length).toBeLessThanOrEqual(MAX_LINKS);
    expect(report.totalLinks).toBeGreaterThanOrEqual(report.links.length);
  });
});

describe('extractLinks after the real normalizer', () => {
  it('finds HTML anchors and trims nothing it should keep', () => {
    const n = normalizeComment(
      { content: '<p>Nice post <a href="https://cheap-pills.example.com/buy-viagra-online">click</a></p>', contentFormat: 'html' },
      { maxLength: 100_000 },
    );
    const [link] = extractLinks(n).links;
    expect(link).toMatchObject({ source: 'anchor', domain: 'example.com', anchorText: 'click', path: '/buy-viagra-online' });
    expect(link?.words).toEqual(['cheap', 'pills', 'example', 'buy', 'viagra', 'online']);
  });
});
