// Throughput of the links stage (extractLinks) and of features, on youtube comments and on
// link-heavy text, plus a linear-time check of the link finders on hostile inputs (time at n
// and 2n: a ratio near 2 is linear, near 4 would be quadratic). Normalization is done before
// timing. One core, warm JIT; CPU time (not wall time), medians of 5 runs.
//   node bench/links-throughput.mjs
import { existsSync, readFileSync } from 'node:fs';
import { loadStages } from './lib/load-from-src.mjs';
import { SHARED_CORPORA } from './lib/corpora.mjs';
import { cpuSeconds, median } from './lib/speed-timing.mjs';

const { createStages } = await loadStages();
const stages = createStages();

/** Median CPU seconds of `rounds` runs of fn over all items, after ≥ 0.5 s of warm-up (linkify and
 * the word-break take dozens of passes to reach their optimized code); each run repeats until ≥ 50 ms. */
function time(items, fn, rounds = 5) {
  const warm = cpuSeconds();
  do for (const x of items) fn(x);
  while (cpuSeconds() - warm < 0.5);
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    let reps = 0;
    const t0 = cpuSeconds();
    let t = t0;
    do {
      for (const x of items) fn(x);
      reps++;
      t = cpuSeconds();
    } while (t - t0 < 0.05);
    runs.push((t - t0) / reps);
  }
  return median(runs);
}

function row(name, items, chars, seconds) {
  const perItem = (seconds / items) * 1e6;
  const rate = items / seconds;
  const mb = chars / seconds / 1e6;
  console.log(`${name.padEnd(44)} ${String(items).padStart(6)} ${perItem.toFixed(2).padStart(9)} µs ${Math.round(rate).toLocaleString('en').padStart(11)}/s ${mb.toFixed(1).padStart(7)} MB/s`);
}

const bodyChars = (ns) => ns.reduce((a, n) => a + n.body.text.length + n.authorName.text.length, 0);

console.log(`${'input'.padEnd(44)} ${'items'.padStart(6)} ${'per item'.padStart(12)} ${'rate'.padStart(13)} ${'(chars)'.padStart(12)}`);

const youtubePath = `${SHARED_CORPORA}/youtube/youtube.jsonl`;
if (existsSync(youtubePath)) {
  const rows = readFileSync(youtubePath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const all = rows.map((r) => stages.normalize({ content: r.content, author: { name: r.author ?? '' } }));
  const withLinks = all.filter((n) => stages.links(n).links.length > 0);
  const noCandidate = all.filter((n) => !/[.@]|:\/\/|\[|\(|hxx/i.test(n.body.text + n.authorName.text));
  row('extractLinks, youtube (all)', all.length, bodyChars(all), time(all, stages.links));
  row('extractLinks, youtube with links', withLinks.length, bodyChars(withLinks), time(withLinks, stages.links));
  row('extractLinks, youtube with no candidate', noCandidate.length, bodyChars(noCandidate), time(noCandidate, stages.links));
  row('extractFeatures, youtube (all)', all.length, bodyChars(all), time(all, stages.features));
} else {
  console.log(`youtube corpus not found at ${youtubePath}: corpus rows skipped.`);
}

const heavyOne = Array.from({ length: 10 }, (_, i) => `check http://www.cheap-pills${i}.example.com/buy-viagra-online-${i} and spam${i}.blogspot.com`).join(', ');
const heavy = Array.from({ length: 500 }, (_, i) => stages.normalize(`${i} ${heavyOne}`));
row('extractLinks, 20 links a comment', heavy.length, bodyChars(heavy), time(heavy, stages.links));
const defanged = Array.from({ length: 500 }, (_, i) => stages.normalize(`visit hxxp://evil${i}[.]com/x or kidsmediausa  . com or me [at] mail [dot] ru`));
row('extractLinks, defanged forms', defanged.length, bodyChars(defanged), time(defanged, stages.links));
const flood = [stages.normalize(Array.from({ length: 10_000 }, (_, i) => `http://site${i}.example.com/p`).join(' '))];
row('extractLinks, one comment of 10k links', 1, bodyChars(flood), time(flood, stages.links, 3));

console.log('\nlinear-time check on hostile bodies (ms at n, at 2n, ratio)');
const hostile = {
  'a.a.a.': (n) => 'a.'.repeat(n / 2),
  'x.com, x.com (no spaces)': (n) => 'x.com,'.repeat(n / 6),
  '[.][.]': (n) => 'a[.]'.repeat(n / 4),
  'word . word': (n) => 'ab . '.repeat(n / 5),
  'name [at] x': (n) => 'a [at] b '.repeat(n / 9),
  '1.2.3.4.5': (n) => '1.'.repeat(n / 2),
  'hxxp hxxp': (n) => 'hxxp://'.repeat(n / 7),
  '@@@@': (n) => '@'.repeat(n),
  'one 50k-letter word .com': (n) => `${'a'.repeat(n)}.com`,
};
for (const [name, make] of Object.entries(hostile)) {
  const small = [stages.normalize({ content: make(50_000) })];
  const big = [stages.normalize({ content: make(100_000) })];
  const a = time(small, stages.links, 3) * 1e3;
  const b = time(big, stages.links, 3) * 1e3;
  console.log(`${name.padEnd(28)} ${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)} ${(b / a).toFixed(2).padStart(6)}`);
}
