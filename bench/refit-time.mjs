// The refit alone (NB-LR weights and calibration), for builds side by side: each build learns the
// first --max comments of telegram-ru and youtube, then five times relabels one comment and back
// (the learned set is the same again) and times the check that refits, in CPU time. Prints the
// median and the fastest of the five, and a hash of 1,500 check() scores after them, so two
// builds that should score alike can be seen to (equal hashes: bit-identical scores).
//   node bench/refit-time.mjs DIST [DIST...] [--max 6000]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { max: { type: 'string', default: '6000' } } });
if (positionals.length === 0) {
  console.error('usage: node bench/refit-time.mjs DIST [DIST...] [--max N]');
  process.exit(2);
}
const corpora = findCorpora().filter((c) => c.name === 'youtube' || c.name === 'telegram-ru');
if (corpora.length === 0) console.log('bench/refit-time: ../shared/corpora is absent; nothing measured.');
for (const dist of positionals) {
  const build = { ...(await import(resolve(dist, 'index.js'))), ...(existsSync(resolve(dist, 'evaluate.js')) ? await import(resolve(dist, 'evaluate.js')) : {}) };
  for (const corpus of corpora) {
    const items = build.parseCorpus(readFileSync(corpus.path, 'utf8')).records.slice(0, Number(values.max));
    const moderator = build.createModerator();
    for (const it of items) moderator.learn(it.comment, it.label);
    const times = [];
    for (let round = 0; round < 5; round++) {
      moderator.learn(items[round].comment, items[round].label === 'spam' ? 'ham' : 'spam');
      moderator.learn(items[round].comment, items[round].label);
      const t = process.cpuUsage().user;
      moderator.check(items[0].comment);
      times.push((process.cpuUsage().user - t) / 1000);
    }
    times.sort((a, b) => a - b);
    const scores = new Float64Array(items.slice(0, 1500).map((it) => moderator.check(it.comment).score));
    const hash = createHash('sha1').update(Buffer.from(scores.buffer)).digest('hex').slice(0, 12);
    console.log(`${corpus.name} (${items.length}) ${dist}: refit median ${times[2].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms (CPU time, 5 refits); scores ${hash}`);
  }
}
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
