// learn() speed, the first check's calibration fit, and model size per learned comment, for two
// builds side by side in one process (rounds alternate, so machine load hits both alike):
//   node bench/learn-ab.mjs OLD_DIST NEW_DIST [--max 6000]
// e.g. a build of the previous commit in /tmp against this checkout's dist/. Prints the load average.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { max: { type: 'string', default: '6000' } } });
if (positionals.length === 0) {
  console.error('usage: node bench/learn-ab.mjs DIST [DIST...] [--max N]');
  process.exit(2);
}
// A build's moderator API plus its evaluation helpers: the spamsift/evaluate subpath when the build has one,
// the main entry in builds from before it moved there.
const loadBuild = async (d) => ({ ...(await import(resolve(d, 'index.js'))), ...(existsSync(resolve(d, 'evaluate.js')) ? await import(resolve(d, 'evaluate.js')) : {}) });
const builds = await Promise.all(positionals.map(loadBuild));
const corpora = findCorpora().filter((c) => c.name === 'youtube' || c.name === 'telegram-ru');
if (corpora.length === 0) console.log('bench/learn-ab: ../shared/corpora is absent; nothing measured.');
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const corpus of corpora) {
  const text = readFileSync(corpus.path, 'utf8');
  const items = builds[0].parseCorpus(text).records.slice(0, Number(values.max));
  const results = builds.map(() => []);
  for (let round = 0; round < 5; round++) {
    builds.forEach((build, k) => {
      const moderator = build.createModerator();
      const t0 = process.cpuUsage().user;
      for (const it of items) moderator.learn(it.comment, it.label);
      const learnUs = process.cpuUsage().user - t0;
      const t1 = process.cpuUsage().user;
      moderator.check(items[0].comment);
      const fitUs = process.cpuUsage().user - t1;
      const bytes = Buffer.byteLength(JSON.stringify(moderator.exportModel()));
      results[k].push({ perSecond: items.length / (learnUs / 1e6), fitMs: fitUs / 1000, bytesPerComment: bytes / items.length });
    });
  }
  positionals.forEach((dist, k) => {
    const r = results[k];
    console.log(`${corpus.name} (${items.length}) ${dist}: learn ${median(r.map((x) => x.perSecond)).toFixed(0)}/s, first check after learning ${median(r.map((x) => x.fitMs)).toFixed(1)} ms, model ${median(r.map((x) => x.bytesPerComment)).toFixed(0)} B/comment (median of 5, CPU time)`);
  });
}
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
