// Links a browser follows (or a reader types) however they are written: issue 11's list, each an
// attack written as a test. Hosts are compared by registrable domain.
import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../src/links/index.js';
import { normalizeComment } from '../../src/normalize/index.js';
import type { Anchor, CommentInput } from '../../src/types.js';
import { normalized } from './helpers.js';

const opts = { maxLength: 100_000 };
const domainsOfText = (body: string): (string | null)[] => extractLinks(normalized({ body })).links.map((l) => l.domain ?? l.host);
const domainsOfAnchor = (href: string, markup: Anchor['markup'] = 'html'): (string | null)[] =>
  extractLinks(normalized({ anchors: [{ href, text: 'click', markup }] })).links.map((l) => l.domain ?? l.host);
const domainsOfComment = (c: CommentInput): (string | null)[] => {
  const input = typeof c === 'string' ? { content: c } : c;
  return extractLinks(normalizeComment(input, opts)).links.map((l) => l.domain ?? l.host);
};

describe('markup targets, read as a browser reads them', () => {
  it.each([
    ['http:\\\\cheap-pills.com\\buy', ['cheap-pills.com']],
    ['http:/cheap-pills.com/buy', ['cheap-pills.com']],
    ['ht\ttp://cheap-pills.com/', ['cheap-pills.com']],
    ['h\nttps://cheap-pills.com/', ['cheap-pills.com']],
    ['http://%63heap-pills.com/', ['cheap-pills.com']],
    ['//cheap-pills.com/buy', ['cheap-pills.com']],
    ['HTTPS://Cheap-Pills.COM/x', ['cheap-pills.com']],
    ['javascript:location.href="http://cheap-pills.com/buy"', ['cheap-pills.com']],
    ["javascript:go('//cheap-pills.com')", ['cheap-pills.com']],
    [`data:text/html;base64,${Buffer.from('<a href="https://cheap-pills.com/x">x</a>').toString('base64')}`, ['cheap-pills.com']],
    ['data:text/html,%3Ca%20href%3D%22http%3A%2F%2Fcheap-pills.com%22%3E', ['cheap-pills.com']],
    ['https://www.google.com/url?q=https://cheap-pills.com/buy&sa=D', ['google.com', 'cheap-pills.com']],
    ['https://out.example.org/redirect?to=http%3A%2F%2Fcheap-pills.com%2Fx', ['example.org', 'cheap-pills.com']],
    ['/relative/page', []],
    ['#top', []],
    ['tel:+15551234', []],
  ])('%j', (href, expected) => {
    expect(domainsOfAnchor(href)).toEqual(expected);
  });

  it('BBCode and Markdown scheme-relative targets are links', () => {
    expect(domainsOfComment('[url=//cheap-pills.com/x]pills[/url]')).toEqual(['cheap-pills.com']);
    expect(domainsOfComment({ content: '[pills](//cheap-pills.com/x)', contentFormat: 'markdown' })).toEqual(['cheap-pills.com']);
  });

  it('frames, scripts and forms send the browser to their src/action; images do not', () => {
    expect(domainsOfComment({ content: '<iframe src="//cheap-pills.com/x"></iframe><form action="http://pay.evil-shop.com/"></form><img src="http://img.example.org/a.png">', contentFormat: 'html' })).toEqual([
      'cheap-pills.com',
      'evil-shop.com',
    ]);
  });

  it('mailto: targets are e-mail addresses, not links', () => {
    const r = extractLinks(normalized({ anchors: [{ href: 'mailto:sales%40cheap-pills.com?subject=hi', text: 'mail', markup: 'html' }] }));
    expect(r.links).toEqual([]);
    expect(r.emails.map((e) => e.address)).toEqual(['sales@cheap-pills.com']);
  });
});

describe('links in running text', () => {
  it.each([
    // Punctuation right after a host ends the host; it does not lose the link.
    ['http://cheap-pills.com,click here', ['cheap-pills.com']],
    ['http://a.com,b.com,c.com', ['a.com', 'b.com', 'c.com']],
    ['go http://cheap-pills.com;now', ['cheap-pills.com']],
    ['http://cheap-pills.com!buy', ['cheap-pills.com']],
    ['(http://cheap-pills.com)', ['cheap-pills.com']],
    ['http://cheap-pills.com*sale*', ['cheap-pills.com']],
    ['http://cheap-pills.com+more', ['cheap-pills.com']],
    ['http://cheap-pills.com&x', ['cheap-pills.com']],
    ['http://cheap-pills.com=yes', ['cheap-pills.com']],
    // Title-case and upper-case domains are domains.
    ['visit CheapPills.Com today', ['cheappills.com']],
    ['Www.Example.Com', ['example.com']],
    ['see t.CO/abc', ['t.co']],
    // Non-Latin text glued to a URL ends it.
    ['詳しくはhttp://shop.jpをご覧ください', ['shop.jp']],
    ['http://shop.ru—скидки', ['shop.ru']],
    ['заходи на shop.ru—скидки', ['shop.ru']],
    // The ideographic full stop is a dot in a host.
    ['http://cheap-pills。com/x', ['cheap-pills.com']],
    // Digits before the first dot are domains, not numbered lists.
    ['58.com has jobs', ['58.com']],
    ['read 24.hu daily', ['24.hu']],
    ['1.bp.blogspot.com/img.png', ['bp.blogspot.com']],
    // `dot` spelled out before a suffix.
    ['cheap-pills dot com', ['cheap-pills.com']],
    ['visit cheappills DOT net now', ['cheappills.net']],
    // Open redirects in text: the target is a second link.
    ['https://www.google.com/url?q=https://cheap-pills.com/buy', ['google.com', 'cheap-pills.com']],
    // Numeric IP hosts in every notation are IP hosts.
    ['http://2130706433/admin', ['127.0.0.1']],
    ['http://0x7f.0.0.1/admin', ['127.0.0.1']],
  ])('%j', (body, expected) => {
    expect(domainsOfText(body)).toEqual(expected);
  });

  it.each([
    // Sloppy punctuation is prose, not a defanged link.
    'great post . live long and prosper',
    'i was there . online all day',
    // A numbered list is not a domain.
    '1.it is about time',
    // Not IPv6 addresses: no IP link.
    'http://[1::2::3]/x',
    'http://[::g]/x',
    // A polka dot is not a domain.
    'a polka dot coat',
  ])('%j has no link', (body) => {
    expect(domainsOfText(body)).toEqual([]);
  });

  it('mailto: in text is an e-mail address', () => {
    const r = extractLinks(normalized({ body: 'write to mailto:sales@cheap-pills.com now' }));
    expect(r.links).toEqual([]);
    expect(r.emails.map((e) => e.address)).toEqual(['sales@cheap-pills.com']);
  });
});
