// HTML to text with a single forward scan. Written here rather than taken from a DOM or a parser
// package because this runs on every comment (the normalize budget is ~2 µs), because spam HTML is
// hostile (unclosed quotes, `<<<<`, thousands of nested `<a `), and because we need exactly three
// things out of it: the visible text, every link with its anchor text, and the text a reader cannot
// see. Every character is looked at a bounded number of times: when a tag or comment runs to the
// end of the input unterminated, the rest is taken as plain text and no further tag is parsed, so
// a failed parse never restarts a scan (the trap that makes naive tag strippers quadratic).
import type { Anchor } from '../types.js';
import { decodeEntities } from './entities.js';

export interface MarkupResult {
  text: string;
  anchors: Anchor[];
  hidden: string[];
}

// `<script>`, `<style>` and `<template>` are tags like any other here, and their content is read
// as markup and text, never dropped: a CMS that filters comment HTML (WordPress's wp_kses) removes
// those tags and shows what was inside them, links included. Dropping it would let a spammer hide
// a whole comment from us inside `<template>`. They start a new line, as block elements do.
/** Tags that cannot have content: they never open a hidden region. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Tags that start a new line when rendered: their words must not run into the neighbours'. */
const BLOCK = new Set([
  'script', 'style', 'template', 'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
/** Tags whose `src` or `action` is a place the browser goes to. */
const TARGET_TAGS = new Set(['iframe', 'frame', 'embed', 'script', 'form', 'object']);

// Styles that make content invisible. Each `\s*` is followed by a literal, so this is linear.
const HIDDEN_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d]*[1-9])|font-size\s*:\s*(?:0(?![.\d]*[1-9])|1(?:px|pt))|(?:text-indent|left|top)\s*:\s*-\d{3}/i;

/**
 * Tags that make a `text` comment plainly HTML. A known tag name is required so that `I <3 you`,
 * `a<b` or `<-- here` stay text; alternation of literals under no quantifier is linear.
 */
const KNOWN_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|body|br|center|cite|code|del|div|em|embed|font|form|h[1-6]|head|hr|html|i|iframe|img|input|ins|li|link|mark|marquee|meta|noscript|object|ol|p|pre|q|s|script|small|span|strike|strong|style|sub|sup|table|td|textarea|th|title|tr|u|ul)(?=[\s/>])/i;

export function looksLikeHtml(text: string): boolean {
  return text.includes('<') && KNOWN_TAG.test(text);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

const SPACE_RUN = /[ \t\n\r\f]+/g;
const DOUBLE_SPACES = / {2,}/g;

function collapse(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/**
 * `replace(SPACE_RUN, ' ')` changes a chunk exactly when it has a tab, newline, carriage return or
 * form feed, or two spaces in a row. Most text between tags has neither, and this test costs about
 * two thirds of a replace that copies the chunk to return it unchanged (a hand-written loop was no
 * faster than the replace: V8's regex scanner wins at this).
 */
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

/** Trims each line and drops empty ones: tags leave stray spaces and blank lines behind. */
function tidyLines(text: string): string {
  const spaced = text.includes('  ') ? text.replace(DOUBLE_SPACES, ' ') : text;
  if (!spaced.includes('\n')) return spaced.trim();
  return spaced
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

interface Tag {
  name: string;
  end: boolean;
  selfClosing: boolean;
  href: string | undefined;
  /** `src` or `action`: what a frame, embed or script loads, or where a form sends the reader. */
  target: string | undefined;
  hidden: boolean;
  /** Index just past the closing `>`. */
  next: number;
}

/** Parses the tag opening at `lt`; returns null when it runs to the end of input unterminated. */
function parseTag(html: string, lt: number): Tag | null {
  const n = html.length;
  const end = html.charCodeAt(lt + 1) === 0x2f;
  let j = lt + (end ? 2 : 1);
  const nameStart = j;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isSpace(c) || c === 0x2f || c === 0x3e) break;
    j++;
  }
  const name = html.slice(nameStart, j).toLowerCase();
  let href: string | undefined;
  let target: string | undefined;
  let hidden = false;
  let selfClosing = false;
  for (;;) {
    while (j < n && (isSpace(html.charCodeAt(j)) || html.charCodeAt(j) === 0x2f)) {
      selfClosing = html.charCodeAt(j) === 0x2f;
      j++;
    }
    if (j >= n) return null;
    if (html.charCodeAt(j) === 0x3e) return { name, end, selfClosing, href, target, hidden, next: j + 1 };
    selfClosing = false;
    const attrStart = j;
    j++; // an attribute name is at least one character, even `=`
    while (j < n) {
      const c = html.charCodeAt(j);
      if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d) break;
      j++;
    }
    // Only href, src, action, style and hidden matter: other names are not even copied.
    const len = j - attrStart;
    const attr = len >= 3 && len <= 6 ? html.slice(attrStart, j).toLowerCase() : '';
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    let value = '';
    if (html.charCodeAt(j) === 0x3d) {
      j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", j + 1);
        if (close === -1) return null;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const valueStart = j;
        while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x3e) j++;
        value = html.slice(valueStart, j);
      }
    }
    if (attr === 'href' && href === undefined) href = decodeEntities(value, true).trim();
    else if ((attr === 'src' || attr === 'action') && target === undefined) target = decodeEntities(value, true).trim();
    else if (attr === 'hidden') hidden = true;
    else if (attr === 'style' && HIDDEN_STYLE.test(decodeEntities(value, true))) hidden = true;
  }
}

/** Turns HTML into readable text, links with their anchor text, and invisible text. Never throws. */
export function htmlToText(html: string): MarkupResult {
  const n = html.length;
  const anchors: Anchor[] = [];
  const hiddenTexts: string[] = [];
  let out = '';
  let hiddenBuf = '';
  let hiddenTag = '';
  let hiddenDepth = 0;
  let anchor: Anchor | null = null;
  let anchorText = '';

  function emit(chunk: string, collapseSpace: boolean): void {
    if (chunk === '') return;
    const decoded = decodeEntities(collapseSpace && NEEDS_COLLAPSE.test(chunk) ? chunk.replace(SPACE_RUN, ' ') : chunk);
    if (hiddenDepth > 0) hiddenBuf += decoded;
    else out += decoded;
    if (anchor) anchorText += decoded;
  }

  function closeAnchor(): void {
    if (!anchor) return;
    anchor.text = collapse(anchorText);
    anchors.push(anchor);
    anchor = null;
    anchorText = '';
  }

  function closeHidden(): void {
    const t = collapse(hiddenBuf);
    if (t) hiddenTexts.push(t);
    hiddenBuf = '';
    hiddenDepth = 0;
    hiddenTag = '';
  }

  let textStart = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const c1 = html.charCodeAt(lt + 1);
    let next = -1;
    if (c1 === 0x21 && html.startsWith('!--', lt + 1)) {
      const close = html.indexOf('-->', lt + 4);
      if (close === -1) break; // unterminated comment: the rest is text
      emit(html.slice(textStart, lt), true);
      next = close + 3;
    } else if (c1 === 0x21 || c1 === 0x3f) {
      const close = html.indexOf('>', lt + 2);
      if (close === -1) break;
      emit(html.slice(textStart, lt), true);
      next = close + 1;
    } else if (isAsciiLetter(c1) || (c1 === 0x2f && isAsciiLetter(html.charCodeAt(lt + 2)))) {
      const tag = parseTag(html, lt);
      if (tag === null) break; // unterminated tag: the rest is text, and no tag is looked for again
      emit(html.slice(textStart, lt), true);
      next = handleTag(tag);
    } else {
      i = lt + 1; // a lone `<` is text
      continue;
    }
    textStart = next;
    i = next;
  }
  emit(html.slice(textStart), true);
  closeAnchor();
  if (hiddenDepth > 0) closeHidden();
  return { text: tidyLines(out), anchors, hidden: hiddenTexts };

  /** Applies a parsed tag and returns where scanning resumes. */
  function handleTag(tag: Tag): number {
    const { name } = tag;
    if (hiddenDepth > 0 && name === hiddenTag) {
      hiddenDepth += tag.end ? -1 : tag.selfClosing ? 0 : 1;
      if (hiddenDepth === 0) closeHidden();
    }
    if (tag.end) {
      if (name === 'a') closeAnchor();
      else if (BLOCK.has(name)) emit('\n', false);
      return tag.next;
    }
    // A frame, embedded object, script or form takes the reader's browser to its target as a link
    // does. Images are left out: the address of a picture is not a link a reader follows.
    if (tag.target !== undefined && TARGET_TAGS.has(name) && tag.target !== '') {
      const a: Anchor = { href: tag.target, text: '', markup: 'html' };
      if (hiddenDepth > 0 || tag.hidden) a.hidden = true;
      anchors.push(a);
    }
    if (name === 'a') {
      closeAnchor(); // an <a> inside an <a> closes the first, as browsers do
      if (tag.href !== undefined) {
        anchor = { href: tag.href, text: '', markup: 'html' };
        if (hiddenDepth > 0 || (tag.hidden && !tag.selfClosing)) anchor.hidden = true;
      }
    }
    if (BLOCK.has(name)) emit('\n', false);
    else if (CELL.has(name)) emit(' ', false);
    if (tag.hidden && hiddenDepth === 0 && !VOID.has(name) && !tag.selfClosing) {
      hiddenTag = name;
      hiddenDepth = 1;
    }
    return tag.next;
  }
}
