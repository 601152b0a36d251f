// Generators of hostile comment text: each returns a piece, and a comment is a few pieces glued
// together, so one comment can mix bidi controls, broken HTML and a defanged URL the way spam does.
import type { Random } from './random.js';

/** A code point from any of the 17 planes, including unassigned, private-use and noncharacters. */
export function anyCodePoint(r: Random): string {
  const plane = r.int(0, 16);
  const cp = plane * 0x10000 + r.int(0, 0xffff);
  // Surrogate code points cannot go through fromCodePoint as pairs: emit the lone code unit.
  if (cp >= 0xd800 && cp <= 0xdfff) return String.fromCharCode(cp);
  return String.fromCodePoint(cp);
}

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', 'a\uD83D', '\uDE00a', '\uDC00\uD800'];
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat(
  Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i)),
);
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const INVISIBLE = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E', '\u00AD', '\u034F', '\uFE0F', '\uFE00',
  '\u{E0001}', '\u{E0041}', '\u{E007F}', '\u2061', '\u2062', '\u2063', '\u2064', '\u3164', '\u115F',
];
const COMBINING = Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x300 + i));
const LOOKALIKE_WORDS = ['vіagrа', 'сasіnо', 'ｃａｓｉｎｏ', '𝗪𝗘𝗧𝗢𝗡𝟴𝟴', '𝐛𝐢𝐭𝐜𝐨𝐢𝐧', 'ρаураl', 'ⅽіаⅼіѕ', '🅲🅰🆂🅸🅽🅾', 'ⓥⓘⓐⓖⓡⓐ'];
const LEET_WORDS = ['v1agra', 'c1al1s', 'v14gr4', 'p0rn', 'l0@n', 'c@sino', '$ex', 'fr33', 'b1tc0in', 'v|agra', '\\/iagra'];
const SPAM_WORDS = ['viagra', 'cialis', 'casino', 'loan', 'essay', 'crypto', 'bitcoin', 'seo', 'backlinks', 'pharmacy', 'forex', 'whatsapp', 'subscribe', 'channel', 'cheap', 'free'];
const HAM_WORDS = ['the', 'build', 'thanks', 'article', 'I', 'think', 'merci', 'für', 'das', 'это', '谢谢', 'عربي', 'हिन्दी', 'שלום', 'ok', 'lol'];
/** Names that are special on plain objects: they must be ordinary words everywhere. */
export const PROTO_WORDS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'prototype', 'isPrototypeOf', '__lookupGetter__'];
const TLDS = ['com', 'ru', 'xyz', 'top', 'co.uk', 'blogspot.com', 'js', 'zz', 'онлайн', 'xn--p1ai', 'local', ''];
const SCHEMES = ['http://', 'https://', 'hxxp://', 'hxxps://', 'ftp://', 'HTTP://', 'javascript:', 'data:text/html,', '//', 'www.', 'mailto:'];
const TAGS = ['a', 'div', 'span', 'p', 'b', 'i', 'script', 'style', 'iframe', 'img', 'br', 'table', 'td', 'font', 'svg', 'math', 'noscript', 'textarea', 'template'];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&#x1F600;', '&#99999999;', '&#xD800;', '&#0;', '&#;', '&#x;', '&bogus;', '&amp', '&nbsp;', '&#8203;', '&#x202E;', '&', '&&&&', '&#1114112;', '&#00000000000065;'];
const BB_TAGS = ['url', 'b', 'i', 'u', 'img', 'quote', 'color', 'size', 'link', 'URL', 'code'];

function word(r: Random): string {
  return r.chance(0.5) ? r.pick(SPAM_WORDS) : r.pick(HAM_WORDS);
}

function label(r: Random): string {
  const n = r.int(1, 3);
  let s = '';
  for (let i = 0; i < n; i++) s += (i ? r.pick(['', '-', '']) : '') + r.pick([...SPAM_WORDS, 'x', 'a1', 'xn--80ak6aa92e', 'pfizer', 'tarif']);
  return s;
}

export function hostname(r: Random): string {
  const k = r.int(0, 6);
  if (k === 0) return `${r.int(0, 300)}.${r.int(0, 300)}.${r.int(0, 300)}.${r.int(0, 300)}`;
  if (k === 1) return `[${r.pick(['::1', 'fe80::1%eth0', '2001:db8::dead:beef', '::ffff:127.0.0.1', ':::::'])}]`;
  if (k === 2) return `${label(r)}[.]${r.pick(TLDS)}`;
  if (k === 3) return `${label(r)} (dot) ${r.pick(TLDS)}`;
  const parts = r.int(1, 4);
  const labels: string[] = [];
  for (let i = 0; i < parts; i++) labels.push(label(r));
  return `${labels.join('.')}.${r.pick(TLDS)}`;
}

export function url(r: Random): string {
  let s = r.pick(SCHEMES);
  if (r.chance(0.1)) s += `${word(r)}:${word(r)}@`;
  s += hostname(r);
  if (r.chance(0.3)) s += `:${r.int(0, 99999)}`;
  const segments = r.int(0, 4);
  for (let i = 0; i < segments; i++) s += `/${r.pick([label(r), 'achat-sildenafil-pfizer-tarif', '%E2%80%AE', '%', '..', '?q=' + word(r), '#frag', '"><script>', ']text[/url]'])}`;
  return s;
}

function email(r: Random): string {
  return `${r.pick([word(r), '"quoted@local"', 'a.b+c', '.dot', ''])}@${hostname(r)}`;
}

function htmlPiece(r: Random, depth: number): string {
  const tag = r.pick(TAGS);
  const attrs: string[] = [];
  if (tag === 'a' || r.chance(0.2)) attrs.push(`href=${r.pick(['"', "'", ''])}${url(r)}${r.pick(['"', "'", '', ' '])}`);
  if (r.chance(0.2)) attrs.push(`style="${r.pick(['display:none', 'display: none !important', 'font-size:0', 'visibility:hidden', 'color:#fff', 'position:absolute;left:-9999px'])}"`);
  if (r.chance(0.1)) attrs.push('hidden');
  if (r.chance(0.1)) attrs.push(`onmouseover=${r.pick(['alert(1)', '"x"', "'"])}`);
  const open = `<${r.chance(0.1) ? tag.toUpperCase() : tag}${attrs.length ? ' ' + attrs.join(' ') : ''}${r.chance(0.1) ? '/' : ''}${r.chance(0.9) ? '>' : ''}`;
  const inner = depth > 0 && r.chance(0.6) ? htmlPiece(r, depth - 1) : r.chance(0.3) ? r.pick(ENTITIES) : word(r);
  const close = r.chance(0.7) ? `</${tag}>` : r.pick(['', '</', '</a', '<', '</>', `</${r.pick(TAGS)}>`]);
  return open + inner + close;
}

function bbPiece(r: Random, depth: number): string {
  const tag = r.pick(BB_TAGS);
  const arg = r.chance(0.5) ? `=${r.pick(['', '"', "'"])}${url(r)}${r.pick(['', '"', "'"])}` : '';
  const inner = depth > 0 && r.chance(0.5) ? bbPiece(r, depth - 1) : r.chance(0.5) ? url(r) : word(r);
  const close = r.chance(0.7) ? `[/${tag}]` : r.pick(['', '[/', '[/url', '[', '[/]']);
  return `[${tag}${arg}${r.chance(0.9) ? ']' : ''}${inner}${close}`;
}

function markdownPiece(r: Random): string {
  const k = r.int(0, 5);
  if (k === 0) return `[${word(r)}](${url(r)})`;
  if (k === 1) return `![${word(r)}](${url(r)} "${word(r)}")`;
  if (k === 2) return `[${'['.repeat(r.int(1, 50))}${word(r)}${']'.repeat(r.int(0, 50))}(${'('.repeat(r.int(0, 30))}${url(r)}`;
  if (k === 3) return `<${url(r)}>`;
  if (k === 4) return `[${word(r)}][ref]\n\n[ref]: ${url(r)}`;
  return `${'*'.repeat(r.int(1, 5))}${word(r)}${'_'.repeat(r.int(0, 5))}\`${word(r)}\``;
}

function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / Math.max(1, unit.length))));
}

/** Long runs of what patterns loop on: the inputs that make a backtracking regex explode. */
export const FLOOD_UNITS: readonly string[] = [
  'a', ' ', '.', 'a.', 'http://', 'https://a', 'www.', '<', '<a ', '<a href=', '</', '[url=', '[url]', '[', ']', '(', ')', '@', '@a', 'a@',
  '0', '1.', '-', '_', '/', ':', '://', '=', '"', "'", '&', '&#', '&amp;', '!', '?', '#', '%', '\\', '\n', '\r\n', '\t', 'v ', 'a ', 'xn--',
  '\u200B', '\u202E', '\u0301', 'а', '𝗪', 'ｗ', '🙂', '\uD800', 'aA', 'Aa', '.com', 'a-', '-a', '..', '$', '*', '|', '~', '^', '+', ',',
];

export function flood(r: Random, maxLength: number): string {
  const unit = r.chance(0.8) ? r.pick(FLOOD_UNITS) : `${r.pick(FLOOD_UNITS)}${r.pick(FLOOD_UNITS)}`;
  const s = repeatTo(unit, r.int(1, maxLength));
  return r.chance(0.5) ? s : s + r.pick(['!', 'x', '\u0000', '>', ']', ' ', '']);
}

function spaced(r: Random): string {
  return r.pick(SPAM_WORDS).split('').join(r.pick([' ', '  ', '.', '-', '_', ' . ', '\u200B', '\u00A0', '*']));
}

export type PieceKind = 'unicode' | 'markup' | 'links' | 'mixed';

/** One piece of hostile text of the given family. */
export function piece(r: Random, kind: PieceKind): string {
  if (kind === 'mixed') kind = r.pick(['unicode', 'markup', 'links'] as const);
  if (kind === 'unicode') {
    switch (r.int(0, 11)) {
      case 0: { let s = ''; for (let i = r.int(1, 40); i > 0; i--) s += anyCodePoint(r); return s; }
      case 1: return r.pick(LONE_SURROGATES);
      case 2: { let s = ''; for (let i = r.int(1, 20); i > 0; i--) s += r.pick(CONTROLS); return s; }
      case 3: return `${r.pick(BIDI)}${word(r)}${r.pick(BIDI)}`;
      case 4: return repeatTo(r.pick(INVISIBLE), r.chance(0.1) ? r.int(100, 3000) : r.int(1, 50));
      case 5: return word(r).split('').join(r.pick(INVISIBLE));
      case 6: return `${word(r)}${repeatTo(r.pick(COMBINING), r.chance(0.1) ? r.int(50, 1000) : r.int(1, 20))}`;
      case 7: return r.pick(LOOKALIKE_WORDS);
      case 8: return r.pick(LEET_WORDS);
      case 9: return spaced(r);
      case 10: return r.pick(PROTO_WORDS);
      default: return flood(r, r.chance(0.1) ? 3000 : 100);
    }
  }
  if (kind === 'markup') {
    switch (r.int(0, 7)) {
      case 0: return htmlPiece(r, r.int(0, 8));
      case 1: return bbPiece(r, r.int(0, 6));
      case 2: return markdownPiece(r);
      case 3: return r.pick(ENTITIES);
      case 4: { const d = r.chance(0.05) ? r.int(100, 2000) : r.int(1, 30); const t = r.pick(TAGS); return `<${t}>`.repeat(d) + word(r) + (r.chance(0.5) ? `</${t}>`.repeat(d) : ''); }
      case 5: { const d = r.chance(0.05) ? r.int(100, 1000) : r.int(1, 30); return '[quote]'.repeat(d) + url(r) + (r.chance(0.5) ? '[/quote]'.repeat(d) : ''); }
      case 6: return r.pick(['<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<?xml?>', '<', '>', '</', '<<<<>>>>', '<a', '<a href="', "<a href='", '<scr<script>ipt>', '<style>*{}</style>', '<script>alert(1)</script>']);
      default: return `<a href="${url(r)}">${r.chance(0.5) ? url(r) : word(r)}</a>`;
    }
  }
  switch (r.int(0, 5)) {
    case 0: case 1: return url(r);
    case 2: return email(r);
    case 3: { const n = r.chance(0.003) ? r.int(100, 3000) : r.int(1, 20); const parts: string[] = []; for (let i = 0; i < n; i++) parts.push(url(r)); return parts.join(r.pick([' ', '\n', ',', '', '<br>'])); }
    case 4: return `+${r.int(1, 999)} ${r.int(100, 999)} ${r.int(1000000, 9999999)}`;
    default: return hostname(r);
  }
}

/** A comment body: a few pieces of the family, joined by ordinary separators or by nothing. */
export function body(r: Random, kind: PieceKind): string {
  const n = r.int(0, 12);
  let s = '';
  for (let i = 0; i < n; i++) s += (i ? r.pick([' ', '', '\n', ' ', '. ']) : '') + (r.chance(0.25) ? word(r) : piece(r, kind));
  return s;
}

/** A value for an optional string field: usually hostile text, sometimes a URL or e-mail. */
export function fieldText(r: Random): string {
  switch (r.int(0, 4)) {
    case 0: return url(r);
    case 1: return email(r);
    case 2: return piece(r, 'unicode');
    case 3: return r.pick(PROTO_WORDS);
    default: return body(r, 'mixed').slice(0, 300);
  }
}
