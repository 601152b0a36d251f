// A CPU profile of check() alone: trains a moderator on youtube, warms it, then profiles
// `--passes` passes over youtube (or the generated blog comments with --set blog) through the
// inspector and prints the top self-time functions and the inclusive share of each pipeline stage.
//   npm run build && taskset -c 1 node bench/profile-check.mjs [--set youtube|blog] [--first] [--passes 40] [--top 25] [--out file.cpuprofile] [--lines idOf,entry]
// --first: each comment checked once by a moderator that never saw it, as a site sees new
// comments: youtube is split in five folds; a moderator trained on four (past the starter's
// retirement, like peer-speed's) checks the fifth once, with a fresh moderator (trained outside
// the profile) for every pass. The JIT is warmed first on
// a separate moderator, so the profile shows steady-state code, not compilation.
// --lines F,G also prints the self time of those functions by line of the bundle, with the line's
// text: on a memory-bound function it shows which load the samples land on (a cache miss is
// charged to the instruction that waits for it).
import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBlogComments, loadShortComments, ROOT, YOUTUBE } from './lib/speed-data.mjs';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'youtube' }, passes: { type: 'string', default: '40' }, top: { type: 'string', default: '25' }, out: { type: 'string' }, lines: { type: 'string' }, first: { type: 'boolean', default: false }, dist: { type: 'string' } } });
const mod = await import(join(values.dist ?? join(ROOT, 'dist'), 'index.js'));
const short = loadShortComments(YOUTUBE);
const inputs = (values.set === 'blog' ? loadBlogComments(500) : short).items.map((i) => i.comment);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
/** Profiles fn() and returns the profile. */
async function profiled(fn) {
  await session.post('Profiler.start');
  fn();
  return (await session.post('Profiler.stop')).profile;
}
const trained = (items) => {
  const m = mod.createModerator();
  for (const { comment, label } of items) m.learn(comment, label);
  m.refit();
  return m;
};
const profiles = [];
if (values.first) {
  // Folds by position; the blog set is checked by a moderator trained on four folds of youtube.
  const fold = (k, inFold) => short.items.filter((_, i) => (i % 5 === k) === inFold);
  const novel = (k) => (values.set === 'blog' ? inputs : fold(k, true).map((i) => i.comment));
  const warm = trained(fold(0, false));
  for (let r = 0; r < 40; r++) for (const c of novel(0)) warm.check(c);
  for (let r = 0; r < Number(values.passes); r++) {
    const k = r % 5;
    const m = trained(fold(k, false));
    profiles.push(await profiled(() => { for (const c of novel(k)) m.check(c); }));
  }
} else {
  const moderator = trained(short.items);
  for (let r = 0; r < 3; r++) for (const c of inputs) moderator.check(c);
  profiles.push(await profiled(() => { for (let r = 0; r < Number(values.passes); r++) for (const c of inputs) moderator.check(c); }));
}
session.disconnect();
const profile = { nodes: profiles.flatMap((p, k) => p.nodes.map((n) => ({ ...n, id: n.id + k * 1e7, children: (n.children ?? []).map((c) => c + k * 1e7) }))), samples: profiles.flatMap((p, k) => p.samples.map((s) => s + k * 1e7)), startTime: 0, endTime: 0, timeDeltas: profiles.flatMap((p) => p.timeDeltas) };
if (values.out) writeFileSync(values.out, JSON.stringify(profile));

// Self time per function (name + file:line), and inclusive time per function name.
const self = new Map();
const inclusive = new Map();
let total = 0;
const label = (n) => {
  const f = n.callFrame;
  const file = f.url.split('/').slice(-2).join('/');
  return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
};
for (const p of profiles) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  total += p.samples.length;
  for (const id of p.samples) {
    const k = label(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + 1);
    // Inclusive: every distinct function name on the sample's stack counts once.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(byId.get(at).callFrame.functionName || '(anon)');
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
  }
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
console.log(`self time, ${values.set}${values.first ? ', each comment checked once (--first)' : ''}, ${values.passes} passes, ${total} samples`);
for (const [k, c] of top) console.log(`${((c / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
const stages = ['check', 'normalizeComment', 'extractFeatures', 'buildTokens', 'extractLinks', 'scoreRules', 'classifyToRead', 'decide', 'stem', '(garbage collector)'];
console.log(`\ninclusive time: ${stages.map((n) => `${n} ${(((inclusive.get(n) ?? 0) / total) * 100).toFixed(1)} %`).join(', ')}`);

if (values.lines) {
  const wanted = new Set(values.lines.split(','));
  const source = readFileSync(join(values.dist ?? join(ROOT, 'dist'), 'index.js'), 'utf8').split('\n');
  const byLine = new Map();
  for (const n of profiles.flatMap((p) => p.nodes)) {
    if (!wanted.has(n.callFrame.functionName) || !n.callFrame.url.endsWith('/index.js')) continue;
    for (const t of n.positionTicks ?? []) {
      const k = `${n.callFrame.functionName}:${t.line}`;
      byLine.set(k, (byLine.get(k) ?? 0) + t.ticks);
    }
  }
  console.log(`\nself time by line of ${values.lines} (share of all samples)`);
  for (const [k, c] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
    const line = Number(k.split(':')[1]);
    console.log(`${((c / total) * 100).toFixed(1).padStart(5)} %  ${k.padEnd(18)} ${(source[line - 1] ?? '').trim().slice(0, 90)}`);
  }
}
