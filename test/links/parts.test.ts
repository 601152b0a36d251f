import { describe, expect, it } from 'vitest';
import { describeHost, type HostInfo } from '../../src/links/domain.js';
import { LEXICON } from '../../src/links/lexicon.js';
import { scanLinkCandidates } from '../../src/links/scan.js';
import { splitUrl, trimUrlTail } from '../../src/links/url.js';
import { breakWord } from '../../src/links/word-break.js';

describe('breakWord', () => {
  const cases: Array<{ input: string; expected: string[] }> = [
    { input: 'viagrapascherfr', expected: ['viagra', 'pas', 'cher', 'fr'] },
    { input: 'achatsildenafilpfizer', expected: ['achat', 'sildenafil', 'pfizer'] },
    { input: 'kidsmediausa', expected: ['kids', 'media', 'usa'] },
    { input: 'cheapcialisonline', expected: ['cheap', 'cialis', 'online'] },
    { input: 'buyessaysonline', expected: ['buy', 'essays', 'online'] },
    { input: 'kamagrakaufengunstig', expected: ['kamagra', 'kaufen', 'gunstig'] },
    { input: 'comprarviagragenerico', expected: ['comprar', 'viagra', 'generico'] },
    { input: 'paydayloansonline', expected: ['payday', 'loans', 'online'] },
    { input: 'thepiratebay', expected: ['the', 'pirate', 'bay'] },
    // A lexicon word is itself; short or poorly covered runs stay whole; long unknown runs are dropped.
    { input: 'viagra', expected: ['viagra'] },
    { input: 'youtu', expected: ['youtu'] },
    { input: 'kobyoshi', expected: ['kobyoshi'] },
    { input: 'reverbnation', expected: ['ever', 'nation'] },
    { input: 'x', expected: [] },
    { input: 'qwrtzpsdfghjklxcvbnmqwrtzpsdfghjkl', expected: [] },
    { input: 'a'.repeat(63), expected: [] },
    { input: 'a'.repeat(5000), expected: [] },
  ];
  it.each(cases)('$input', ({ input, expected }) => expect(breakWord(input)).toEqual(expected));
});

describe('the lexicon', () => {
  it('holds only lowercase ASCII words of two letters or more', () => {
    const bad = LEXICON.filter((w) => !/^[a-z]{2,}$/.test(w));
    expect(bad).toEqual([]);
    expect(LEXICON.length).toBeGreaterThan(1000);
  });
});

describe('trimUrlTail', () => {
  const cases: Array<{ input: string; expected: string }> = [
    { input: 'http://x.co.uk">anchor', expected: 'http://x.co.uk' },
    { input: "http://x.co.uk'>anchor", expected: 'http://x.co.uk' },
    { input: 'https://y.org]text[/url]', expected: 'https://y.org' },
    { input: 'http://x.com/a&quot;>b', expected: 'http://x.com/a' },
    { input: 'http://x.com/a).', expected: 'http://x.com/a' },
    { input: 'http://x.com/Foo_(bar)', expected: 'http://x.com/Foo_(bar)' },
    { input: 'http://x.com/y**', expected: 'http://x.com/y' },
    { input: 'http://x.com/?q=1&r=2', expected: 'http://x.com/?q=1&r=2' },
    { input: '"', expected: '' },
  ];
  it.each(cases)('$input', ({ input, expected }) => expect(trimUrlTail(input)).toBe(expected));
});

describe('splitUrl', () => {
  const cases: Array<{ input: string; expected: { scheme: string; host: string; path: string } }> = [
    { input: 'https://User@Evil.com:8080/A?b#c', expected: { scheme: 'https', host: 'Evil.com', path: '/A?b#c' } },
    { input: 'http://google.com@evil.com/x', expected: { scheme: 'http', host: 'evil.com', path: '/x' } },
    { input: 'example.com', expected: { scheme: '', host: 'example.com', path: '' } },
    { input: 'http://[::1]:80/x', expected: { scheme: 'http', host: '[::1]', path: '/x' } },
    { input: 'mailto:a@b.com', expected: { scheme: '', host: 'b.com', path: '' } },
    { input: '', expected: { scheme: '', host: '', path: '' } },
  ];
  it.each(cases)('$input', ({ input, expected }) => expect(splitUrl(input)).toEqual(expected));
});

describe('describeHost', () => {
  const cases: Array<{ input: string; expected: Partial<HostInfo> | null }> = [
    { input: 'WWW.ViagraPascherFR.com.', expected: { domain: 'viagrapascherfr.com', suffix: 'com', known: true, isIp: false } },
    { input: 'spam.blogspot.com', expected: { domain: 'spam.blogspot.com', suffix: 'blogspot.com', known: true, isIp: false } },
    { input: 'node.js', expected: { domain: null, suffix: null, known: false, isIp: false } },
    { input: 'co.uk', expected: { domain: null, suffix: null, known: false, isIp: false } },
    { input: '192.168.0.1', expected: { domain: null, suffix: null, known: false, isIp: true } },
    { input: '[2001:db8::1]', expected: { domain: null, suffix: null, known: false, isIp: true } },
    // A host ending in a number is an IPv4 address to a browser, or no host at all when it is not a valid one.
    { input: '999.1.1.1', expected: null },
    { input: '2130706433', expected: { host: '127.0.0.1', isIp: true } },
    { input: '0x7f.0.0.1', expected: { host: '127.0.0.1', isIp: true } },
    { input: '0177.0.0.01', expected: { host: '127.0.0.1', isIp: true } },
    { input: '[::ffff:203.0.113.9]', expected: { host: '203.0.113.9', isIp: true } },
    { input: '[::FFFF:cb00:7109]', expected: { host: '203.0.113.9', isIp: true } },
    { input: '[1::2::3]', expected: null },
    { input: '[::g]', expected: null },
    // Unicode hosts are compared in punycode, the form browsers resolve (full-width letters and the ideographic full stop included).
    { input: 'p\u0430ypal.com', expected: { host: 'xn--pypal-4ve.com', domain: 'xn--pypal-4ve.com', isPunycode: true } },
    { input: '\uFF53\uFF48\uFF4F\uFF50\u3002com', expected: { host: 'shop.com', domain: 'shop.com', isPunycode: false } },
    { input: '58.com', expected: { domain: '58.com', isIp: false } },
    { input: 'a..com', expected: null },
    { input: 'has space.com', expected: null },
    { input: `${'a'.repeat(64)}.com`, expected: null },
    { input: '', expected: null },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const info = describeHost(input);
    if (expected === null) expect(info).toBeNull();
    else expect(info).toMatchObject(expected);
  });
});

describe('scanLinkCandidates', () => {
  const cases: Array<{ input: string; expected: { chunks: string[]; defanged: boolean; ip: boolean; markers?: number[] } | null }> = [
    { input: '', expected: null },
    { input: 'Great song, love it! 10/10', expected: null },
    { input: 'It costs $4.99. Really.', expected: null },
    { input: 'see http://x.com/a now', expected: { chunks: ['http://x.com/a'], defanged: false, ip: false } },
    { input: 'e.g. this, i.e. the U.S. ...subscribe', expected: null },
    { input: 'thanks @katyperry and @ you', expected: null },
    { input: 'great.Love it', expected: { chunks: ['great.Love'], defanged: false, ip: false } },
    { input: 'mail a@b.com or c.com', expected: { chunks: ['a@b.com', 'c.com'], defanged: false, ip: false } },
    { input: 'evil[.]com', expected: { chunks: [], defanged: true, ip: false, markers: [4] } },
    { input: 'kidsmediausa  . com', expected: { chunks: [], defanged: true, ip: false } },
    { input: 'hXXp://a', expected: { chunks: ['hXXp://a'], defanged: true, ip: false } },
    { input: 'x (dot) y', expected: { chunks: [], defanged: true, ip: false } },
    { input: 'at 1.2.3.4/x', expected: { chunks: ['1.2.3.4/x'], defanged: false, ip: true } },
    { input: 'http://[::1]/', expected: { chunks: ['http://[::1]/'], defanged: false, ip: true } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const found = scanLinkCandidates(input);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    const chunks: string[] = [];
    for (let i = 0; i + 1 < (found?.chunks.length ?? 0); i += 2) chunks.push(input.slice(found?.chunks[i], found?.chunks[i + 1]));
    expect({ chunks, defanged: found?.defanged, ip: found?.ip }).toEqual({ ...expected, markers: undefined });
    if (expected.markers) expect(found?.markers).toEqual(expected.markers);
  });
});
