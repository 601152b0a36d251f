// The inputs bench/adversarial.mjs times: 1 MB of ordinary comments and 1 MB of each attack.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attackUnits, collectRegexes } from '../../scripts/regex-lint.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
const YOUTUBE = resolve(ROOT, '..', 'shared', 'corpora', 'youtube', 'youtube.jsonl');
const FIXTURES = join(ROOT, 'fixtures', 'comments.jsonl');
export const MB = 1024 * 1024;

/** Repeats `unit` to exactly `size` characters (a cut surrogate pair stays a lone surrogate: fine here). */
export function fill(unit, size = MB) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** Labeled comments to train on and 1 MB of their text (youtube, or the fixtures when absent). */
export function loadOrdinary() {
  const source = existsSync(YOUTUBE) ? 'youtube corpus' : 'project fixtures (../shared absent)';
  const rows = readJsonl(existsSync(YOUTUBE) ? YOUTUBE : FIXTURES);
  const training = rows.map((o) => ({ comment: { id: String(o.id), content: o.content }, label: o.label }));
  let text = '';
  for (let i = 0; text.length < MB; i++) text += `${rows[i % rows.length].content}\n`;
  return { source, training, text: text.slice(0, MB) };
}

/** Named attacks from the issue: long runs of what comment-text patterns loop on. */
export const NAMED_ATTACKS = [
  ['1 MB without spaces (`aaaa…`)', 'a'],
  ['`a.a.a.a…`', 'a.'],
  ['`http://` repeated', 'http://'],
  ['`https://a.` repeated', 'https://a.'],
  ['`www.` repeated', 'www.'],
  ['`<<<<`', '<'],
  ['`<a ` repeated', '<a '],
  ['`<a href="` repeated', '<a href="'],
  ['`<div>` nested', '<div>'],
  ['`[url=` repeated', '[url='],
  ['`[url]` repeated', '[url]'],
  ['`[a](` repeated (Markdown)', '[a]('],
  ['`@@@@`', '@'],
  ['`a@` repeated', 'a@'],
  ['digits', '0123456789'],
  ['`+1 ` (phone-like)', '+1 '],
  ['`v i a g r a ` repeated', 'v i a g r a '],
  ['`v.i.a.g.r.a.` repeated', 'v.i.a.g.r.a.'],
  ['`&#` repeated', '&#'],
  ['`&amp;` repeated', '&amp;'],
  ['`xn--` repeated', 'xn--'],
  ['`a-` repeated', 'a-'],
  ['`.com ` repeated', '.com '],
  ['`v1agra ` (leet) repeated', 'v1agra '],
  ['zero-width chars (U+200B)', '\u200B'],
  ['bidi controls (U+202E)', '\u202E'],
  // Issue 11: the disguises normalization now undoes, each as a flood.
  ['reversed words under isolated overrides', '\u2066\u202Eargaiv\u202C\u2069 '],
  ['alternating overrides (`a` U+202E `b` U+202C)', 'a\u202Eb\u202C'],
  ['one override over reversed text', '\u202Eeno siht kcilc '],
  ['Khmer inherent vowels (U+17B4)', 'a\u17B4'],
  ['`via-gra ` / `vi|agra ` separators', 'via-gra vi|agra '],
  ['`a~` repeated (one separated chunk)', 'a~'],
  ['diacritics (`víágrá `)', 'v\u00EDagr\u00E1 '],
  ['dotted capital İ', '\u0130'],
  ['Cherokee look-alikes (`ᎪᏴᏟ `)', '\u13AA\u13F4\u13DF '],
  ['mixed-script words (`Тhе `)', '\u0422h\u0435 '],
  ['`http://a.com,` repeated (host cuts)', 'http://a.com,'],
  ['`a dot com ` repeated', 'a dot com '],
  ['`&Vopf;` repeated', '&Vopf;'],
  ['`<template>` repeated', '<template>'],
  ['ideographic full stop in hosts', 'http://a\u3002com '],
  ['combining marks (`a` + U+0301…)', '\u0301'],
  ['Cyrillic look-alikes (`а`)', 'а'],
  ['math bold (`𝗪`)', '𝗪'],
  ['emoji', '🙂'],
  ['lone surrogates', '\uD800'],
  ['spaces', ' '],
  ['newlines', '\n'],
];

export function namedInput(name, unit) {
  // Combining marks need a base letter, or NFKC has nothing to attach them to.
  return unit === '\u0301' ? `a${fill(unit, MB - 1)}` : fill(unit);
}

/** Every flood unit the regex lint derives from the patterns in src/, deduplicated. */
export function derivedUnits(named) {
  const seen = new Set(named.map(([, u]) => u));
  const units = [];
  for (const r of collectRegexes(ROOT)) {
    if (r.source === undefined) continue;
    for (const u of attackUnits(r.source)) {
      if (!seen.has(u)) {
        seen.add(u);
        units.push(u);
      }
    }
  }
  return units;
}
