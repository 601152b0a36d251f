// Training time of two builds side by side (issue 9's bound, "training stays at least as fast"):
// learn() of a whole corpus into a fresh moderator, then the first check(), which pays the NB-LR
// fit. The builds alternate round by round (the order flips every round), so machine load hits
// both alike; the fastest round of each is printed, in CPU milliseconds, with the load average.
//   npm run build && taskset -c 1 node bench/train-ab.mjs --base /work/base-fc8ff87/dist [--rounds 12] [--max 6000] [--corpus youtube,telegram-ru]
import { cpuUsage } from 'node:process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';
import { ROOT } from './lib/speed-data.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
    rounds: { type: 'string', default: '12' },
    max: { type: 'string', default: '6000' },
    corpus: { type: 'string', default: 'youtube,telegram-ru' },
  },
});
if (!values.base) {
  console.error('bench/train-ab: --base DIR (a dist/ of the build to compare with) is required.');
  process.exit(2);
}
// The moderator API plus the corpus parser (spamsift/evaluate in builds that have it, the main entry before).
const loadBuild = async (d) => ({ ...(await import(resolve(d, 'index.js'))), ...(existsSync(resolve(d, 'evaluate.js')) ? await import(resolve(d, 'evaluate.js')) : {}) });
const builds = [
  { name: 'base', dir: values.base, mod: await loadBuild(values.base) },
  { name: 'this', dir: values.dist, mod: await loadBuild(values.dist) },
];
const wanted = new Set(values.corpus.split(','));
const corpora = findCorpora().filter((c) => wanted.has(c.name));
if (corpora.length === 0) console.log('bench/train-ab: ../shared/corpora is absent (or no corpus named); nothing measured.');
const cpuMs = (t0) => {
  const t = cpuUsage(t0);
  return (t.user + t.system) / 1000;
};
const loadBefore = loadavg()[0];
for (const corpus of corpora) {
  const items = builds[0].mod.parseCorpus(readFileSync(corpus.path, 'utf8')).records.slice(0, Number(values.max));
  const best = builds.map(() => ({ learn: Infinity, fit: Infinity, both: Infinity }));
  for (let r = 0; r < Number(values.rounds); r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const moderator = builds[k].mod.createModerator();
      const t0 = cpuUsage();
      for (const it of items) moderator.learn(it.comment, it.label);
      const learn = cpuMs(t0);
      const t1 = cpuUsage();
      moderator.check(items[0].comment);
      const fit = cpuMs(t1);
      const b = best[k];
      b.learn = Math.min(b.learn, learn);
      b.fit = Math.min(b.fit, fit);
      b.both = Math.min(b.both, learn + fit);
    }
  }
  const [a, b] = best;
  const pct = (x, y) => `${y >= x ? '+' : ''}${(((y - x) / x) * 100).toFixed(1)} %`;
  console.log(`${corpus.name} (${items.length} comments), fastest of ${values.rounds} rounds, CPU ms, base → this:`);
  console.log(`  learn()             ${a.learn.toFixed(1)} → ${b.learn.toFixed(1)} (${pct(a.learn, b.learn)})`);
  console.log(`  first check (fit)   ${a.fit.toFixed(1)} → ${b.fit.toFixed(1)} (${pct(a.fit, b.fit)})`);
  console.log(`  learn + first check ${a.both.toFixed(1)} → ${b.both.toFixed(1)} (${pct(a.both, b.both)})`);
}
console.log(`base ${values.base}, this ${values.dist}; load average ${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);
