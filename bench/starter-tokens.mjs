// What a rebuilt starter learned, and whether any of it is scenery of the project's synthetic sets
// (session 15, docs/starter-session15.md). Compares a starter file with a base one (the shipped
// file of main by default): the strongest tokens of the new table, the tokens whose weight moved
// most, and an artifact check over the whole table: tokens with `example`, with a digit, web-address
// parts, and tokens that are labels of the hosts, e-mail domains or handles of sets 1-15 (author
// URL, e-mail, links in the text) that no cleaned comment holds, whose weight rose. Reads no held-out set.
//   node bench/starter-tokens.mjs --file src/bayes/starter-model.json --base /work/main/src/bayes/starter-model.json [--top 200]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { blogWords, readBlogSet } from '../scripts/lib/starter.mjs';
import { ROOT } from './lib/speed-data.mjs';

const { values } = parseArgs({ options: { file: { type: 'string', default: join(ROOT, 'src', 'bayes', 'starter-model.json') }, base: { type: 'string' }, top: { type: 'string', default: '200' }, sets: { type: 'string', default: '15' } } });
const read = (path) => {
  const { table } = JSON.parse(readFileSync(path, 'utf8'));
  return new Map(table.tokens.map((t, i) => [t, table.weights[i]]));
};
const now = read(values.file);
const base = values.base ? read(values.base) : new Map();
const top = Number(values.top);
const fmt = ([t, w]) => `${t} ${w.toFixed(2)}${base.size ? ` (${base.has(t) ? base.get(t).toFixed(2) : 'new'})` : ''}`;
const byWeight = [...now].sort((a, b) => b[1] - a[1]);
console.log(`${values.file}: ${now.size} tokens${base.size ? `; base ${values.base}: ${base.size}, ${[...now.keys()].filter((t) => !base.has(t)).length} new` : ''}\n`);
console.log(`Top ${top} spam-side tokens (weight, base weight):\n${byWeight.slice(0, top).map(fmt).join(' · ')}\n`);
console.log(`Top 50 ham-side tokens:\n${byWeight.slice(-50).reverse().map(fmt).join(' · ')}\n`);
if (base.size) {
  const moved = [...now].map(([t, w]) => [t, w, w - (base.get(t) ?? 0)]).sort((a, b) => b[2] - a[2]);
  console.log(`Top ${top} tokens by rise in weight over the base (new data's spam side):\n${moved.slice(0, top).map(([t, w, d]) => `${t} ${w.toFixed(2)} (+${d.toFixed(2)})`).join(' · ')}\n`);
  console.log(`Top 50 by fall (ham side):\n${moved.slice(-50).reverse().map(([t, w, d]) => `${t} ${w.toFixed(2)} (${d.toFixed(2)})`).join(' · ')}\n`);
}
// Host labels, e-mail domains and handles of the sets the starter may learn, and the words their
// comments keep once blogWords has cleaned them: a label that is never such a word can only have
// leaked from an address.
const labels = new Set();
const words = new Set();
for (let n = 1; n <= Number(values.sets); n++) {
  for (const row of readBlogSet(ROOT, n)) {
    const text = `${row.author?.url ?? ''} ${row.author?.email ?? ''} ${row.content ?? ''}`;
    for (const m of text.matchAll(/(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[\w-]+\.)+[a-z]{2,})|@([\w.-]+)/giu)) {
      for (const part of (m[1] ?? m[2] ?? '').toLowerCase().split(/[.\-_]+/u)) if (part.length > 2) labels.add(part);
    }
    for (const w of blogWords(row.content).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.add(w);
  }
}
// Table tokens are stemmed ("articl"), so a label is matched by the token word it starts with.
const leaked = (w) => [...labels].some((l) => l.startsWith(w) && w.length > 2) && ![...words].some((x) => x.startsWith(w));
const rose = ([t, w]) => w > (base.get(t) ?? 0) + 0.05;
const checks = [
  ['with "example"', ([t]) => /exampl/iu.test(t)],
  ['new, with a digit', ([t]) => /\p{N}/u.test(t) && !base.has(t)],
  ['web-address or markup words (url, href, http, www, com, 555)', ([t]) => /\b(?:url|href|http|https|www|com|555)\b/u.test(t)],
  [`risen, with a word found only in the addresses of sets 1-${values.sets} (hosts, e-mail domains, handles)`, (e) => rose(e) && e[0].split(' ').some(leaked)],
];
for (const [name, test] of checks) {
  const found = [...now].filter(test).sort((a, b) => b[1] - a[1]);
  console.log(`Artifact check, tokens ${name}: ${found.length}${found.length ? `\n  ${found.slice(0, 60).map(fmt).join(' · ')}` : ''}`);
}
