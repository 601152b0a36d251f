// `spamsift check --workers 1` against `--workers 2` (and a second build, with --base), wall time,
// on JSONL files of youtube comments (short) and generated link-heavy blog comments (long), with a
// model trained on youtube. Runs alternate (1, 2, 1, 2, … with the order flipped every round) so a
// burst of load from other processes hits both alike; prints the median of --rounds runs, every
// run, the load average, and whether every run wrote the same bytes. Also times a worker's start
// (import, model load, refit, first check) in a fresh process, and the same with a model that
// carries its fitted state (exportModel({ fitted: true })).
//   npm run build && node bench/workers.mjs [--rounds 5] [--sizes 20000,200000] [--blog 20000]
//                                           [--base DIST] [--fitted] [--threads 2]
// Speed-up needs two free cores: on a machine other processes keep busy it reads low; the load
// average printed beside each row says how busy it was. Wall time, not CPU time: that is what
// workers improve. Files go to bench/results/ (ignored by git).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBlogComments, loadShortComments, ROOT, writeJsonl } from './lib/speed-data.mjs';
import { median } from './lib/speed-timing.mjs';
import { formatTable } from './lib/table.mjs';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '20000,200000' },
    blog: { type: 'string', default: '20000' },
    base: { type: 'string' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
    fitted: { type: 'boolean', default: false },
    threads: { type: 'string', default: '2' },
    'skip-startup': { type: 'boolean', default: false },
  },
});
const rounds = Number(args.rounds);
const threads = Number(args.threads);
const DIST = resolve(args.dist);
const load = () => loadavg()[0].toFixed(1);

const work = join(ROOT, 'bench', 'results');
mkdirSync(work, { recursive: true });
const { createModerator } = await import(join(DIST, 'index.js'));
const short = loadShortComments();
const moderator = createModerator();
for (const { comment, label } of short.items) moderator.learn(comment, label);
const modelPath = join(work, 'workers-model.json');
const fittedPath = join(work, 'workers-model-fitted.json');
writeFileSync(modelPath, JSON.stringify(moderator.exportModel()));
writeFileSync(fittedPath, JSON.stringify(moderator.exportModel({ fitted: true })));
const model = args.fitted ? fittedPath : modelPath;

const TICK = 100; // clock ticks a second in /proc (USER_HZ, 100 on Linux)

/** CPU seconds of each thread of `pid` (Linux /proc; empty elsewhere). */
function threadCpu(pid) {
  const out = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / TICK);
    }
  } catch {
    // The process ended between two reads: keep what was read.
  }
  return out;
}

/**
 * Runs the CLI; resolves to wall seconds, a hash of stdout, and per-thread CPU seconds (sampled
 * every 20 ms, so up to 20 ms short): the busiest thread's CPU is what the run would take on
 * free cores if no thread ever waited, a figure other processes' load barely moves.
 */
function runCli(dist, file, workers) {
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const hash = createHash('sha256');
    const child = spawn(process.execPath, [join(dist, 'cli.js'), 'check', file, '--model', model, '--workers', String(workers)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const cpu = new Map();
    const sample = setInterval(() => {
      for (const [tid, s] of threadCpu(child.pid)) cpu.set(tid, s);
    }, 20);
    child.stdout.on('data', (d) => hash.update(d));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sample);
      const per = [...cpu.values()].sort((a, b) => b - a);
      const total = per.reduce((a, b) => a + b, 0);
      // The `workers` busiest threads are the scoring threads (main and workers); the rest are
      // V8's platform threads (TurboFan compiling, GC helpers) and libuv's, shared by all isolates.
      const scoring = per.slice(0, workers).reduce((a, b) => a + b, 0);
      const result = { seconds: (performance.now() - t0) / 1000, digest: hash.digest('hex').slice(0, 12), busiest: per[0] ?? 0, total, scoring, others: total - scoring };
      if (code === 0) resolveRun(result);
      else reject(new Error(`spamsift check exited with ${code}`));
    });
  });
}

/** One worker's start, in a fresh process: import, model load, refit, first check (ms). */
function startup(fittedModel) {
  const script = `
    const t0 = performance.now();
    const { createModerator } = await import(${JSON.stringify(join(DIST, 'index.js'))});
    const t1 = performance.now();
    const text = (await import('node:fs')).readFileSync(${JSON.stringify(fittedModel ? fittedPath : modelPath)}, 'utf8');
    const m = createModerator({ model: text });
    const t2 = performance.now();
    m.refit();
    const t3 = performance.now();
    m.check('first comment, http://example.com');
    const t4 = performance.now();
    console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2, t4 - t3]));`;
  return new Promise((resolveRun, reject) => {
    let out = '';
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolveRun(JSON.parse(out)) : reject(new Error(`startup probe exited with ${code}`))));
  });
}

const rows = [];
if (!args['skip-startup']) {
  for (const fittedModel of [false, true]) {
    const runs = [];
    const before = load();
    for (let r = 0; r < rounds; r++) runs.push(await startup(fittedModel));
    const med = [0, 1, 2, 3].map((k) => median(runs.map((x) => x[k])));
    rows.push([`start-up, model ${fittedModel ? 'with fitted state' : 'without'}`, `import ${med[0].toFixed(0)} ms`, `load ${med[1].toFixed(0)} ms`, `refit ${med[2].toFixed(0)} ms`, `first check ${med[3].toFixed(0)} ms`, `${before} → ${load()}`]);
  }
}

const files = [
  ...args.sizes.split(',').map((n) => ({ set: short, count: Number(n) })),
  ...(Number(args.blog) > 0 ? [{ set: loadBlogComments(2000), count: Number(args.blog) }] : []),
];
const builds = args.base ? [{ name: 'this', dist: DIST }, { name: 'base', dist: resolve(args.base) }] : [{ name: 'this', dist: DIST }];
const table = [];
const cpuTable = [];
for (const { set, count } of files) {
  const file = join(work, `workers-${set.name}-${count}.jsonl`);
  await writeJsonl(file, set.items, count);
  const mb = statSync(file).size / 1e6;
  const before = load();
  const times = new Map();
  // Per build: two builds may score differently on purpose; the claim is 1 thread = N threads.
  const digests = new Map(builds.map((b) => [b.name, new Set()]));
  const configs = builds.flatMap((b) => [1, threads].map((w) => ({ ...b, workers: w, key: `${b.name} ×${w}` })));
  const cpuRuns = new Map();
  for (const c of configs) {
    times.set(c.key, []);
    cpuRuns.set(c.key, []);
  }
  await runCli(DIST, file, 1); // warms the page cache
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? configs : [...configs].reverse();
    for (const c of order) {
      const { seconds, digest, busiest, total, scoring, others } = await runCli(c.dist, file, c.workers);
      times.get(c.key).push(seconds);
      cpuRuns.get(c.key).push({ busiest, total, scoring, others });
      digests.get(c.name).add(digest);
    }
  }
  const after = load();
  for (const b of builds) {
    const one = median(times.get(`${b.name} ×1`));
    const two = median(times.get(`${b.name} ×${threads}`));
    const busy1 = median(cpuRuns.get(`${b.name} ×1`).map((x) => x.busiest));
    const busy2 = median(cpuRuns.get(`${b.name} ×${threads}`).map((x) => x.busiest));
    const total2 = median(cpuRuns.get(`${b.name} ×${threads}`).map((x) => x.total));
    const total1 = median(cpuRuns.get(`${b.name} ×1`).map((x) => x.total));
    const others1 = median(cpuRuns.get(`${b.name} ×1`).map((x) => x.others));
    const scoring2 = median(cpuRuns.get(`${b.name} ×${threads}`).map((x) => x.scoring));
    const others2 = median(cpuRuns.get(`${b.name} ×${threads}`).map((x) => x.others));
    cpuTable.push([`${set.name} ×${count.toLocaleString('en-US')}`, b.name, busy1.toFixed(2), others1.toFixed(2), total1.toFixed(2), busy2.toFixed(2), scoring2.toFixed(2), others2.toFixed(2), total2.toFixed(2), `${(busy1 / busy2).toFixed(2)}×`]);
    table.push([
      `${set.name} ×${count.toLocaleString('en-US')} (${mb.toFixed(1)} MB)`,
      b.name,
      one.toFixed(2),
      two.toFixed(2),
      `${(one / two).toFixed(2)}×`,
      times.get(`${b.name} ×1`).map((x) => x.toFixed(2)).join(' '),
      times.get(`${b.name} ×${threads}`).map((x) => x.toFixed(2)).join(' '),
      `${before} → ${after}`,
      digests.get(b.name).size === 1 ? 'yes' : `NO (${digests.get(b.name).size} outputs)`,
    ]);
  }
}

console.log(`spamsift check --workers 1 vs ${threads}, node ${process.version}, ${availableParallelism()} CPUs, median of ${rounds} runs (wall s); model ${args.fitted ? 'with' : 'without'} fitted state\n`);
if (rows.length > 0) console.log(`${formatTable(['worker start (fresh process, median)', 'import', 'model load', 'refit', 'first check', 'load avg'], rows)}\n`);
console.log(formatTable(['input', 'build', '1 thread', `${threads} threads`, 'speed-up', 'runs ×1', `runs ×${threads}`, 'load avg', 'same bytes'], table));
if (cpuTable.length > 0 && cpuTable.some((r) => r[2] !== '0.00')) {
  console.log(`\nCPU seconds by thread (Linux /proc, median): the busiest thread bounds the wall time on free cores\n`);
  console.log(`(scoring threads: the ${threads} busiest; other threads: V8's compiler and GC helpers and libuv's, whose CPU competes with the scoring threads for the cores)\n`);
  console.log(formatTable(['input', 'build', 'busiest ×1', 'other threads ×1', 'all ×1', `busiest ×${threads}`, `scoring threads ×${threads}`, `other threads ×${threads}`, `all ×${threads}`, 'speed-up bound (busiest ×1 ÷ ×2)'], cpuTable));
}
