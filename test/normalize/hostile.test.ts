// Hostile input must return a normal result: no throw, no quadratic blow-up (a quadratic scan of
// these megabyte inputs would not finish within the test timeout), no lone surrogate left behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import type { ContentFormat } from '../../src/types.js';

const MB = 1 << 20;
const big = { maxLength: 10 * MB };
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length));

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORMATS: ContentFormat[] = ['text', 'html', 'markdown'];

describe('megabyte inputs complete', () => {
  const inputs = [
    { name: '<<<<', raw: fill('<') },
    { name: '<a  repeated', raw: fill('<a ') },
    { name: '<a href=" repeated', raw: fill('<a href="') },
    { name: '<a href=x> repeated', raw: fill('<a href=x>') },
    { name: '<script> repeated, never closed', raw: fill('<script>') },
    { name: '<div style="display:none"> nested', raw: fill('<div style="display:none">') },
    { name: '<!-- repeated', raw: fill('<!--') },
    { name: '<b> text nested', raw: fill('<b>x ') },
    { name: '&#&amp repeated', raw: fill('&#&amp&#x') },
    { name: '[url= repeated', raw: fill('[url=') },
    { name: '[url] repeated', raw: fill('[url]') },
    { name: '[url=x]y repeated, never closed', raw: fill('[url=x]y') },
    { name: '[a]( repeated', raw: fill('[a](') },
    { name: '](http repeated', raw: fill('[](http://') },
    { name: 'single letters spaced', raw: fill('a ') },
    { name: 'letters and dots', raw: fill('a.') },
    { name: 'leet run', raw: fill('a1') },
    { name: 'digits after a letter', raw: `a${fill('1')}` },
    { name: 'zero-width padding', raw: fill('\u200B') },
    { name: 'lone surrogates', raw: fill('\uD800x\uDC00') },
    { name: 'Cyrillic and Latin mixed', raw: fill('раураl ') },
    { name: 'math bold', raw: fill('𝗪𝗘𝗧𝗢𝗡𝟴𝟴') },
    { name: 'one long word', raw: fill('a') },
    { name: 'spaces', raw: fill(' ') },
  ];
  it.each(inputs)('$name', ({ raw }) => {
    for (const format of FORMATS) {
      const r = normalizeText(raw, format, big);
      expect(typeof r.text).toBe('string');
      expect(typeof r.folded).toBe('string');
      expect(LONE.test(r.text)).toBe(false);
    }
  });

  it('5 MB of ordinary text is cut at maxLength', () => {
    const raw = fill('Great video, check out my channel! ', 5 * MB);
    const r = normalizeText(raw, 'text', { maxLength: 100_000 });
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBe(100_000);
  });
});

describe('odd input', () => {
  const cases = [
    { input: '', expected: { text: '', folded: '' } },
    { input: '\uD800', expected: { text: '\uFFFD', folded: '\uFFFD' } },
    { input: 'a\uDC00b\uD83D', expected: { text: 'a\uFFFDb\uFFFD', folded: 'a\uFFFDb\uFFFD' } },
    { input: '__proto__ constructor', expected: { text: '__proto__ constructor', folded: '__proto__ constructor' } },
    { input: '<x-proto __proto__="constructor" constructor>hasOwnProperty</x-proto>', expected: { text: 'hasOwnProperty', folded: 'hasownproperty' } },
    // `<_` does not open a tag in HTML: it is text.
    { input: '<__proto__>', expected: { text: '<__proto__>', folded: '<__proto__>' } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = normalizeText(input, 'html', { maxLength: 1000 });
    expect({ text: r.text, folded: r.folded }).toEqual(expected);
  });

  it('treats a non-string from untyped callers as empty text', () => {
    expect(normalizeText(42 as unknown as string, 'text', { maxLength: 10 }).text).toBe('');
  });
});

describe('fuzz', () => {
  const markupy = fc.string({
    unit: fc.constantFrom('<', '>', '/', 'a', ' ', 'href', '=', '"', "'", '[url', ']', '[/url]', '(', ')', 'x', '&', '#', ';', 'amp',
      '\u200B', '\uD800', '\uDC00', 'р', '𝗪', '1', '$', '.', 'script', 'style', 'display:none', '<!--', '-->'),
    maxLength: 60,
  });
  it('never throws and leaves no invisible character or lone surrogate in text', () => {
    fc.assert(
      fc.property(fc.oneof(markupy, fc.string({ unit: 'binary', maxLength: 60 })), fc.constantFrom(...FORMATS), (raw, format) => {
        const r = normalizeText(raw, format, { maxLength: 1000 });
        expect(LONE.test(r.text)).toBe(false);
        expect(/[\u200B\u200C\uFEFF\u00AD]/.test(r.text)).toBe(false);
        for (const a of r.anchors) expect(typeof a.href).toBe('string');
      }),
      { seed: 20240601, numRuns: 3000 },
    );
  });
});

describe('directional overrides at size', () => {
  it('reorders a megabyte under one override, and a megabyte of alternating overrides, without throwing', () => {
    const big = `\u202E${'eno siht kcilc '.repeat(70_000)}\u202C`;
    const r = normalizeText(big, 'text', { maxLength: 2_000_000 });
    // Read in pieces of about 2 kB: each word reads as shown (only word order across a cut may differ).
    expect(r.text).toContain('click this one click this one');
    expect(r.text).not.toContain('kcilc');
    expect(r.obfuscation.reordered).toBe(1);
    const alternating = 'a\u202Eb\u202C'.repeat(250_000);
    expect(normalizeText(alternating, 'text', { maxLength: 2_000_000 }).text).toBe('ab'.repeat(250_000));
  });
});
