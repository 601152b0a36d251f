import { describe, expect, it } from 'vitest';
import { decodeEntities, normalizeText } from '../../src/normalize/index.js';
import type { Anchor, ContentFormat } from '../../src/types.js';

const opts = { maxLength: 100_000 };
const text = (raw: string, format: ContentFormat = 'text') => normalizeText(raw, format, opts);

describe('entities', () => {
  const cases = [
    { input: 'Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;ok&#39; &apos;x&apos;', expected: `Tom & Jerry <3 "hi" 'ok' 'x'` },
    { input: 'v&iacute;agra caf&eacute; &Uuml;ber &szlig; &euro;5 &hellip; &mdash; &copy;', expected: 'víagra café Über ß €5 … — ©' },
    { input: '&#118;&#105;agra &#x63;&#X69;alis &#128512;', expected: 'viagra cialis 😀' },
    // References to nothing or to surrogates read as the replacement character, as browsers do.
    { input: '&#0; &#xD800; &#1114112;', expected: '\uFFFD \uFFFD \uFFFD' },
    // Unknown names stay as written; the HTML5 legacy names (`&eacute`, `&amp`, `&lt`) are read without `;`, as browsers do.
    { input: '&bogus; &eacute &amp &lt3 & alone', expected: '&bogus; é & <3 & alone' },
    // The whole HTML5 table, not a hand-picked part of it.
    { input: '&Vopf;iagra &excl;&quest; &period;com &NewLine;x', expected: '\u{1D54D}iagra !? .com \nx' },
    { input: 'no entities here', expected: 'no entities here' },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('keeps query parameters in attributes (`&copy=` is not ©)', () => {
    expect(decodeEntities('?a=1&copy=2&amp;b=3', true)).toBe('?a=1&copy=2&b=3');
  });

  it('decodes zero-width references, then removes and counts them', () => {
    const r = text('vi&#8203;ag&zwj;ra');
    expect({ text: r.text, invisible: r.obfuscation.invisible }).toEqual({ text: 'viagra', invisible: 2 });
  });
});

describe('HTML', () => {
  const cases: Array<{ input: { raw: string; format: ContentFormat }; expected: { text: string; anchors: Anchor[] } }> = [
    {
      input: { raw: 'Great post! <a href="http://pills.example/buy?a=1&amp;b=2">cheap &amp; fast</a> thanks', format: 'html' },
      expected: { text: 'Great post! cheap & fast thanks', anchors: [{ href: 'http://pills.example/buy?a=1&b=2', text: 'cheap & fast', markup: 'html' }] },
    },
    {
      // Comment forms get raw HTML whatever the declared format.
      input: { raw: "I like it <a href='http://spam.example'>here</a>", format: 'text' },
      expected: { text: 'I like it here', anchors: [{ href: 'http://spam.example', text: 'here', markup: 'html' }] },
    },
    {
      input: { raw: '<A HREF=http://x.example/p TITLE="a > b">Click <B>now</B></A>', format: 'text' },
      expected: { text: 'Click now', anchors: [{ href: 'http://x.example/p', text: 'Click now', markup: 'html' }] },
    },
    {
      input: { raw: 'line one<br />line two<p>para</p><ul><li>a</li><li>b</li></ul>', format: 'text' },
      expected: { text: 'line one\nline two\npara\na\nb', anchors: [] },
    },
    {
      input: { raw: 'x<script>document.write("<a href=http://evil>")</script>y<style>.a{color:red}</style>z<!-- <a href="http://c"> -->!', format: 'html' },
      // A CMS that filters tags (wp_kses) drops script, style and template tags and shows their
      // content, markup and all: here a link. HTML comments stay unseen.
      expected: { text: 'x\ndocument.write("")\ny\n.a{color:red}\nz!', anchors: [{ href: 'http://evil', text: '") y .a{color:red} z!', markup: 'html' }] },
    },
    {
      input: { raw: '<p>Nice</p><template>buy <a href="http://pills.example">cheap pills</a></template>', format: 'html' },
      expected: { text: 'Nice\nbuy cheap pills', anchors: [{ href: 'http://pills.example', text: 'cheap pills', markup: 'html' }] },
    },
    {
      input: { raw: '<a name="top">no target</a> <a href="">empty</a>', format: 'html' },
      expected: { text: 'no target empty', anchors: [{ href: '', text: 'empty', markup: 'html' }] },
    },
    {
      // Escaped markup in a text comment is text, not tags.
      input: { raw: '&lt;a href=&quot;http://x&quot;&gt;hi&lt;/a&gt; &lt;3', format: 'text' },
      expected: { text: '<a href="http://x">hi</a> <3', anchors: [] },
    },
    {
      // Things that merely look like `<` stay text in a text comment.
      input: { raw: 'I <3 you, 1 < 2 and <-- look', format: 'text' },
      expected: { text: 'I <3 you, 1 < 2 and <-- look', anchors: [] },
    },
    {
      input: { raw: '<a href="http://one">first <a href="http://two">second</a>', format: 'html' },
      expected: {
        text: 'first second',
        anchors: [
          { href: 'http://one', text: 'first', markup: 'html' },
          { href: 'http://two', text: 'second', markup: 'html' },
        ],
      },
    },
  ];
  it.each(cases)('$input.raw', ({ input, expected }) => {
    const r = text(input.raw, input.format);
    expect({ text: r.text, anchors: r.anchors }).toEqual(expected);
  });
});

describe('hidden text', () => {
  const cases = [
    {
      input: 'Nice<div style="display:none">buy <b>cheap</b> pills <div>more</div> here</div> post',
      expected: { text: 'Nice\npost', hidden: ['buy cheap pills more here'] },
    },
    { input: 'a<span style="FONT-SIZE: 0px">casino</span>b', expected: { text: 'ab', hidden: ['casino'] } },
    { input: 'a<p hidden>loans</p>b<span style="visibility: hidden">x</span>', expected: { text: 'a\nb', hidden: ['loans', 'x'] } },
    { input: 'a<div style="position:absolute;left:-9999px">seo</div>', expected: { text: 'a', hidden: ['seo'] } },
    // Small but visible text is not hidden.
    { input: 'a<span style="font-size:0.8em">small</span> <span style="font-size:10px">ten</span>', expected: { text: 'asmall ten', hidden: [] } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input, 'html');
    expect({ text: r.text, hidden: r.obfuscation.hiddenText }).toEqual(expected);
  });

  it('keeps links inside hidden elements, marked hidden', () => {
    const r = text('ok <div style="display: none"><a href="http://seo.example">cheap pills</a></div>', 'html');
    expect(r.anchors).toEqual([{ href: 'http://seo.example', text: 'cheap pills', markup: 'html', hidden: true }]);
    expect(r.text).toBe('ok');
    expect(r.obfuscation.hiddenText).toEqual(['cheap pills']);
  });

  it('marks a link that is itself hidden', () => {
    const r = text('ok <a style="display:none" href="http://h.example">x</a> after', 'html');
    expect(r.anchors).toEqual([{ href: 'http://h.example', text: 'x', markup: 'html', hidden: true }]);
    expect(r.text).toBe('ok after');
  });
});

describe('broken HTML', () => {
  const cases = [
    { input: '<a href="x"><b><a href=', expected: { text: '<a href=', hrefs: ['x'] } },
    { input: '<a href="http://unclosed quote>text', expected: { text: '<a href="http://unclosed quote>text', hrefs: [] } },
    { input: 'before <!-- never closed <a href="http://x">x</a>', expected: { text: 'before <!-- never closed <a href="http://x">x</a>', hrefs: [] } },
    { input: '<script>alert(1) and the rest', expected: { text: 'alert(1) and the rest', hrefs: [] } },
    { input: '<<<<b>>>>', expected: { text: '<<<>>>', hrefs: [] } },
    { input: '</a></b></div>text</p>', expected: { text: 'text', hrefs: [] } },
    { input: '<div style="display:none">never closed', expected: { text: '', hrefs: [] } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input, 'html');
    expect({ text: r.text, hrefs: r.anchors.map((a) => a.href) }).toEqual(expected);
  });
});

describe('BBCode', () => {
  const cases = [
    { input: 'Nice [url=http://pills.example]cheap pills[/url]!', expected: { text: 'Nice cheap pills!', anchors: [{ href: 'http://pills.example', text: 'cheap pills', markup: 'bbcode' }] } },
    { input: '[URL]http://a.example/x[/URL]', expected: { text: 'http://a.example/x', anchors: [{ href: 'http://a.example/x', text: 'http://a.example/x', markup: 'bbcode' }] } },
    { input: '[link="http://b.example"]site[/link]', expected: { text: 'site', anchors: [{ href: 'http://b.example', text: 'site', markup: 'bbcode' }] } },
    { input: '[url=http://c.example][b]bold[/b] link[/url]', expected: { text: 'bold link', anchors: [{ href: 'http://c.example', text: 'bold link', markup: 'bbcode' }] } },
    { input: 'open [url=http://d.example]never closed', expected: { text: 'open  never closed', anchors: [{ href: 'http://d.example', text: '', markup: 'bbcode' }] } },
    { input: 'arrays like a[i] and [b] stay', expected: { text: 'arrays like a[i] and [b] stay', anchors: [] } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    const r = text(input);
    expect({ text: r.text, anchors: r.anchors }).toEqual(expected);
  });
});

describe('Markdown', () => {
  const cases: Array<{ input: { raw: string; format: ContentFormat }; expected: { text: string; anchors: Anchor[] } }> = [
    {
      input: { raw: 'See [my site](https://m.example/p "title") now', format: 'markdown' },
      expected: { text: 'See my site now', anchors: [{ href: 'https://m.example/p', text: 'my site', markup: 'markdown' }] },
    },
    { input: { raw: '[docs](/relative/path)', format: 'markdown' }, expected: { text: 'docs', anchors: [{ href: '/relative/path', text: 'docs', markup: 'markdown' }] } },
    {
      // Obviously Markdown in a text comment: a web target.
      input: { raw: 'cheap [meds](http://meds.example)', format: 'text' },
      expected: { text: 'cheap meds', anchors: [{ href: 'http://meds.example', text: 'meds', markup: 'markdown' }] },
    },
    { input: { raw: 'f[x](y) is math here', format: 'text' }, expected: { text: 'f[x](y) is math here', anchors: [] } },
    { input: { raw: '![alt text](http://img.example/a.png)', format: 'markdown' }, expected: { text: '!alt text', anchors: [] } },
  ];
  it.each(cases)('$input.raw', ({ input, expected }) => {
    const r = text(input.raw, input.format);
    expect({ text: r.text, anchors: r.anchors }).toEqual(expected);
  });
});
