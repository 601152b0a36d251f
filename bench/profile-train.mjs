// A CPU profile of training: learn() of all of youtube into fresh moderators (--phase learn), or the
// first check() after it, which pays the NB-LR fit (--phase fit), or analyze() alone into fresh
// moderators (--phase analyze: the pipeline's share of learn, word memo and caches cold). Warms up first, profiles
// `--rounds` rounds through the inspector, and prints the top functions by self time and by
// inclusive time (a function counted once per sample however deep it recurses).
//   npm run build && taskset -c 1 node bench/profile-train.mjs [--phase learn|fit|analyze] [--rounds 20] [--top 25] [--interval 100 (µs)] [--dist DIR] [--out file.cpuprofile]
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadShortComments, ROOT, YOUTUBE } from './lib/speed-data.mjs';

const { values } = parseArgs({ options: { phase: { type: 'string', default: 'learn' }, rounds: { type: 'string', default: '20' }, top: { type: 'string', default: '25' }, interval: { type: 'string', default: '100' }, out: { type: 'string' }, dist: { type: 'string' } } });
const mod = await import(join(resolve(values.dist ?? join(ROOT, 'dist')), 'index.js'));
const items = loadShortComments(YOUTUBE).items;
const trained = () => {
  const m = mod.createModerator();
  for (const { comment, label } of items) m.learn(comment, label);
  return m;
};
for (let r = 0; r < 3; r++) trained().check(items[0].comment);
// For the fit, the moderators are trained before the profile starts.
const ready = values.phase === 'fit' ? Array.from({ length: Number(values.rounds) }, trained) : [];

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: Number(values.interval) });
await session.post('Profiler.start');
if (values.phase === 'fit') for (const m of ready) m.check(items[0].comment);
else if (values.phase === 'analyze') {
  for (let r = 0; r < Number(values.rounds); r++) {
    const m = mod.createModerator();
    for (const { comment } of items) m.analyze(comment);
  }
} else for (let r = 0; r < Number(values.rounds); r++) trained();
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (values.out) writeFileSync(values.out, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => {
  const f = n.callFrame;
  return `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
for (const id of profile.samples) {
  const k = label(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + 1);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(label(byId.get(at)));
  for (const s of seen) inclusive.set(s, (inclusive.get(s) ?? 0) + 1);
}
const total = profile.samples.length;
const show = (title, map) => {
  console.log(title);
  const perRound = (profile.endTime - profile.startTime) / 1000 / Number(values.rounds);
  for (const [k, c] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${((c / total) * 100).toFixed(1).padStart(5)} % ${((c / total) * perRound).toFixed(2).padStart(7)} ms/round  ${k}`);
};
show(`self time, ${values.phase}, ${values.rounds} rounds, ${total} samples`, self);
show('inclusive time', inclusive);
