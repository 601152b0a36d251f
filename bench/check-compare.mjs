// check() CPU time of two builds side by side, for "no more than N % slower" claims on a busy
// machine: both builds alternate round by round on the same comments (youtube, short, and the
// generated link-heavy blog comments, long), each moderator trained on youtube, and the fastest
// round's CPU microseconds per comment of each build is printed with the load average.
//   npm run build && node bench/check-compare.mjs --base /path/to/other/dist [--rounds 15] [--chunk 20]
//   npm run build && node bench/check-compare.mjs --rules-of /path/to/other/dist [--rounds 15] [--chunk 20]
// --rules-of DIR compares this build with itself, the base with every rule that DIR's catalog
// does not have switched off (options.rules.disabled): what the rules added since DIR cost check(),
// apart from every other change since then.
// --chunk N times every N comments on their own (both builds alternating chunk by chunk) and sums
// each chunk's fastest round: on a loaded machine a whole pass is rarely undisturbed, a chunk of
// a few milliseconds often is, so the figure is steadier (each build still runs every comment).
// The youtube "check + JSON.stringify" column (the verdict serialized, which builds the lazy BAYES
// evidence) is chunked the same way with --chunk; without, it is one whole pass per round.
import { cpuUsage } from 'node:process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBlogComments, loadShortComments, ROOT, YOUTUBE } from './lib/speed-data.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { base: { type: 'string' }, 'rules-of': { type: 'string' }, rounds: { type: 'string', default: '15' }, 'blog-count': { type: 'string', default: '500' }, chunk: { type: 'string', default: '0' } } });
if ((values.base === undefined) === (values['rules-of'] === undefined)) {
  console.error('bench/check-compare: one of --base DIR (a dist/ of the build to compare with) or --rules-of DIR is required.');
  process.exit(2);
}
const thisBuild = await import(join(ROOT, 'dist', 'index.js'));
/** With --rules-of: the ids of this build's rules that DIR's default moderator does not have. */
async function newRules(dir) {
  const old = new Set((await import(join(resolve(dir), 'index.js'))).createModerator().rules.map((r) => r.id));
  return thisBuild.createModerator().rules.map((r) => r.id).filter((id) => !old.has(id));
}
const disabled = values['rules-of'] === undefined ? [] : await newRules(values['rules-of']);
const builds = [
  { name: values['rules-of'] === undefined ? 'base' : `without ${disabled.length} rules`, mod: values.base === undefined ? thisBuild : await import(join(resolve(values.base), 'index.js')), options: { rules: { disabled } } },
  { name: 'this', mod: thisBuild, options: {} },
];
const short = loadShortComments(YOUTUBE);
const blog = loadBlogComments(Number(values['blog-count']));
const load = [loadavg()[0]];
for (const b of builds) {
  b.moderator = b.mod.createModerator(b.options);
  for (const { comment, label } of short.items) b.moderator.learn(comment, label);
  b.times = { short: [], blog: [], json: [] };
}
const cpuMicros = (fn) => {
  const t0 = cpuUsage();
  fn();
  const t = cpuUsage(t0);
  return t.user + t.system;
};
const chunkSize = Number(values.chunk);
/** Per build: the fastest time of each chunk so far (µs), for --chunk. */
const chunkBest = new Map(builds.map((b) => [b, { short: [], blog: [], json: [] }]));
/** check() of each comment, or with `json` check() and JSON.stringify of its verdict (which reads the lazy BAYES evidence). */
const checkAll = (m, chunk, json) => {
  if (json) for (const c of chunk) JSON.stringify(m.check(c));
  else for (const c of chunk) m.check(c);
};
function timeChunks(r, name, inputs, json = false) {
  for (let at = 0, k = 0; at < inputs.length; at += chunkSize, k++) {
    const chunk = inputs.slice(at, at + chunkSize);
    for (const b of (r + k) % 2 === 0 ? builds : [...builds].reverse()) {
      const us = cpuMicros(() => checkAll(b.moderator, chunk, json));
      const best = chunkBest.get(b)[name];
      best[k] = Math.min(best[k] ?? Infinity, us);
    }
  }
}
for (let r = 0; r < Number(values.rounds); r++) {
  if (chunkSize > 0) {
    // Sums of the per-chunk minima so far: the last round's entry holds the figure for each build.
    for (const [name, set] of [['short', short], ['blog', blog]]) {
      const inputs = set.items.map((i) => i.comment);
      timeChunks(r, name, inputs);
      for (const b of builds) b.times[name].push(chunkBest.get(b)[name].reduce((a, x) => a + x, 0) / inputs.length);
    }
    // The youtube verdicts serialized too, chunked the same way.
    const inputs = short.items.map((i) => i.comment);
    timeChunks(r, 'json', inputs, true);
    for (const b of builds) b.times.json.push(chunkBest.get(b).json.reduce((a, x) => a + x, 0) / inputs.length);
  }
  for (const b of r % 2 === 0 ? builds : [...builds].reverse()) {
    if (chunkSize === 0) {
      for (const [name, set] of [['short', short], ['blog', blog]]) {
        const inputs = set.items.map((i) => i.comment);
        b.times[name].push(cpuMicros(() => { for (const c of inputs) b.moderator.check(c); }) / inputs.length);
      }
    }
    if (chunkSize === 0) {
      // Verdicts serialized too (the BAYES evidence is built when read: JSON reads it).
      const inputs = short.items.map((i) => i.comment);
      b.times.json.push(cpuMicros(() => { for (const c of inputs) JSON.stringify(b.moderator.check(c)); }) / inputs.length);
    }
  }
}
load.push(loadavg()[0]);
// The fastest round: on a machine shared with other jobs the minimum is the least disturbed figure.
const median = (xs) => Math.min(...xs);
const rows = builds.map((b) => [b.name, median(b.times.short).toFixed(1), median(b.times.blog).toFixed(1), median(b.times.json).toFixed(1)]);
const ratio = (k) => `${((median(builds[1].times[k]) / median(builds[0].times[k]) - 1) * 100).toFixed(1)} %`;
rows.push(['this vs base', ratio('short'), ratio('blog'), ratio('json')]);
const how = chunkSize > 0 ? `sum over chunks of ${chunkSize} comments of each chunk's fastest of ${values.rounds} alternating rounds` : `fastest of ${values.rounds} alternating rounds`;
console.log(`check() CPU µs per comment, ${how}; trained on ${short.name}; load average ${load[0].toFixed(1)} before, ${load[1].toFixed(1)} after\n`);
console.log(formatTable(['build', `${short.name} (${short.items.length})`, `blog (${blog.items.length})`, `${short.name}, check + JSON.stringify`], rows));
