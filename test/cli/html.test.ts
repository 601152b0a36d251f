// Escaping by construction in the report templates.
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from '../../src/cli/html.js';

describe('escapeHtml', () => {
  it.each([
    { input: '<script>alert(1)</script>', expected: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { input: `"quoted" & 'single'`, expected: '&quot;quoted&quot; &amp; &#39;single&#39;' },
    { input: 'plain text, unchanged', expected: 'plain text, unchanged' },
    { input: 'nul\u0000 esc\u001b del\u007f c1\u0085 tab\tnl\n', expected: 'nul\ufffd esc\ufffd del\ufffd c1\ufffd tab\tnl\n' },
    { input: '&amp;', expected: '&amp;amp;' },
    { input: '', expected: '' },
  ])('escapes $input', ({ input, expected }) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('html``', () => {
  it.each([
    { value: '<b>x</b>', expected: '<td>&lt;b&gt;x&lt;/b&gt;</td>' },
    { value: ['<a>', '&'], expected: '<td>&lt;a&gt;&amp;</td>' },
    { value: 42, expected: '<td>42</td>' },
    { value: undefined, expected: '<td></td>' },
    { value: null, expected: '<td></td>' },
    { value: raw('<br>'), expected: '<td><br></td>' },
    { value: html`<i>${'<x>'}</i>`, expected: '<td><i>&lt;x&gt;</i></td>' },
  ])('interpolates $value', ({ value, expected }) => {
    expect(html`<td>${value}</td>`.value).toBe(expected);
  });
});
