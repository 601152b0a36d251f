// What the default-on starter costs an UNTRAINED moderator (a trained one past
// STARTER_RETIRED_AFTER learned comments never consults it: bench/check-compare.mjs measures that
// path). Two moderators of this build, `starter: false` and the default, alternate round by round
// over the same comments (youtube, and the first 2,000 of telegram-ru when present), timing the
// fastest round's CPU microseconds per check; then createModerator() with and without it. Run on
// one core: `taskset -c 0 node bench/starter-cost.mjs [--rounds 9] [--base OTHER/dist]`.
// --base: a third moderator from another build (its default options) for "before" numbers.
import { cpuUsage } from 'node:process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSharedCorpora } from './lib/corpora.mjs';
import { ROOT } from './lib/speed-data.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '9' }, base: { type: 'string' }, count: { type: 'string', default: '2000' } } });
const spamsift = { ...(await import(join(ROOT, 'dist', 'index.js'))), ...(await import(join(ROOT, 'dist', 'evaluate.js'))) };
const items = loadSharedCorpora(spamsift.parseCorpus);
if (items.size === 0) {
  console.log('bench/starter-cost: ../shared/corpora is absent; nothing measured.');
  process.exit(0);
}
const count = Number(values.count);
const sets = ['youtube', 'telegram-ru', 'instagram-scam'].filter((n) => items.has(n)).map((n) => ({ name: n, comments: items.get(n).slice(0, count).map((i) => i.comment) }));
const variants = [
  { name: 'starter: false', m: spamsift.createModerator({ starter: false }) },
  { name: 'default (starter on)', m: spamsift.createModerator() },
];
if (values.base) variants.push({ name: 'base build, default', m: (await import(join(resolve(values.base), 'index.js'))).createModerator() });
const cpu = (fn) => {
  const t0 = cpuUsage();
  fn();
  const t = cpuUsage(t0);
  return t.user + t.system;
};
const load = [loadavg()[0]];
const rows = [];
for (const set of sets) {
  for (const v of variants) for (const c of set.comments) v.m.check(c); // warm up
  const best = variants.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < Number(values.rounds); r++) {
    variants.forEach((v, i) => {
      best[i] = Math.min(best[i], cpu(() => {
        for (const c of set.comments) v.m.check(c);
      }));
    });
  }
  rows.push([set.name, String(set.comments.length), ...best.map((b) => (b / set.comments.length).toFixed(1)), `${(((best[1] - best[0]) / best[0]) * 100).toFixed(1)} %`]);
}
const create = [false, undefined].map((starter) => {
  const options = starter === false ? { starter } : {};
  let fastest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < Number(values.rounds); r++) fastest = Math.min(fastest, cpu(() => spamsift.createModerator(options)));
  return fastest / 1000;
});
load.push(loadavg()[0]);
console.log(`Untrained check(): CPU µs per comment, fastest of ${values.rounds} alternating rounds (load average ${load.map((l) => l.toFixed(1)).join(' → ')})\n`);
console.log(formatTable(['corpus', 'comments', ...variants.map((v) => v.name), 'starter on vs off'], rows));
console.log(`\ncreateModerator(): ${create[0].toFixed(2)} ms with starter: false, ${create[1].toFixed(2)} ms by default (fastest of ${values.rounds}, CPU)`);
