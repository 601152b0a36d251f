// A CPU profile of check() alone: trains a moderator on youtube, warms it, then profiles
// `--passes` passes over youtube (or the generated blog comments with --set blog) through the
// inspector and prints the top self-time functions and the inclusive share of each pipeline stage.
//   npm run build && taskset -c 1 node bench/profile-check.mjs [--set youtube|blog] [--passes 40] [--top 25] [--out file.cpuprofile] [--lines idOf,entry]
// --lines F,G also prints the self time of those functions by line of the bundle, with the line's
// text: on a memory-bound function it shows which load the samples land on (a cache miss is
// charged to the instruction that waits for it).
import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBlogComments, loadShortComments, ROOT, YOUTUBE } from './lib/speed-data.mjs';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'youtube' }, passes: { type: 'string', default: '40' }, top: { type: 'string', default: '25' }, out: { type: 'string' }, lines: { type: 'string' }, dist: { type: 'string' } } });
const mod = await import(join(values.dist ?? join(ROOT, 'dist'), 'index.js'));
const short = loadShortComments(YOUTUBE);
const inputs = (values.set === 'blog' ? loadBlogComments(500) : short).items.map((i) => i.comment);
const moderator = mod.createModerator();
for (const { comment, label } of short.items) moderator.learn(comment, label);
for (let r = 0; r < 3; r++) for (const c of inputs) moderator.check(c);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let r = 0; r < Number(values.passes); r++) for (const c of inputs) moderator.check(c);
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (values.out) writeFileSync(values.out, JSON.stringify(profile));

// Self time per function (name + file:line), and inclusive time per source file.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const total = profile.samples.length;
const label = (n) => {
  const f = n.callFrame;
  const file = f.url.split('/').slice(-2).join('/');
  return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
};
for (const [id, c] of counts) {
  const k = label(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + c);
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
console.log(`self time, ${values.set}, ${values.passes} passes, ${total} samples`);
for (const [k, c] of top) console.log(`${((c / total) * 100).toFixed(1).padStart(5)} %  ${k}`);

if (values.lines) {
  const wanted = new Set(values.lines.split(','));
  const source = readFileSync(join(values.dist ?? join(ROOT, 'dist'), 'index.js'), 'utf8').split('\n');
  const byLine = new Map();
  for (const n of profile.nodes) {
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
