import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHref } from '../../src/links/href.js';

// readHref reads already-canonical http(s) URLs without the WHATWG parser. A leading space makes
// any target miss that fast path (the parser strips it), so `readHref(' ' + href)` is the
// parser's reading of the same target: the two must always agree.
const viaParser = (href: string) => readHref(` ${href}`);

describe('readHref fast path agrees with the WHATWG parser', () => {
  const cases = [
    'http://example.com', 'https://example.com/', 'https://www.example.co.uk/a/b-c_d~e.html', 'http://1.2.3.4/x', 'http://127.1',
    'http://0x7f.1/', 'http://a.b.c.d9/', 'https://xn--pypal-4ve.com/', 'https://relative.invalid/x', 'http://example.com/./a',
    'http://example.com/../a', 'http://example.com/a/..', 'http://example.com/a/.', 'http://example.com/.well-known/x', 'http://EXAMPLE.com/',
    'HTTP://example.com/', 'http://example.com:80/', 'http://-a-.example-/', 'http://example.com//double//slash', 'http://a..b/',
    // Queries (the fast path reads `?name=value&…` of unreserved characters, with its redirect targets).
    'http://example.com?ref=1', 'http://example.com/?ref=1', 'http://example.com/a.html?ref=1&x=2', 'http://example.com/a?', 'http://example.com/a?&',
    'http://example.com/a?&&x=1&', 'http://example.com/out?u=www.evil.example', 'http://example.com/out?u=WWW.evil.example&v=www.x', 'http://example.com/out?www.evil.example',
    'http://example.com/out?u=www.', 'http://example.com/out?u=www.ab', 'http://example.com/out?a=b=c&u==www.evil.example', 'http://example.com/.?a=1',
    'http://example.com/..?a=1', 'http://example.com/x/.?a=1', `http://example.com/out?${Array.from({ length: 20 }, (_, i) => `p${i}=www.site${i}.example`).join('&')}`,
  ];
  it.each(cases)('%s', (href) => {
    expect(readHref(href)).toEqual(viaParser(href));
  });
  it('on generated targets', () => {
    const chars = fc.constantFrom(...'abcxz019-._~/%?#:@AZ=&+'.split(''), 'xn--', 'www.', '?u=', '=www.');
    fc.assert(
      fc.property(fc.constantFrom('http://', 'https://'), fc.array(chars, { maxLength: 30 }), (scheme, rest) => {
        const href = scheme + rest.join('');
        expect(readHref(href)).toEqual(viaParser(href));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});
