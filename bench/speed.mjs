// Speed of every pipeline stage and of the whole check(), on youtube comments (short) and on
// generated link-heavy blog comments (long), side by side with natural's BayesClassifier, and
// the CLI's `check --workers 1` vs `--workers 2` on large files. Prints one table.
//   npm run build && node bench/speed.mjs [--json out.json] [--quick] [--youtube PATH]
//                                         [--blog-count 2000] [--cli-comments 200000]
// Single-thread rows: CPU time of this process, median of 5 runs, warm JIT, Bayes trained on
// the whole youtube set (so check() does the full work). CLI rows: wall time, median of 3 runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBlogComments, loadShortComments, ROOT, utf8Bytes, writeJsonl, YOUTUBE } from './lib/speed-data.mjs';
import { loadStages } from './lib/load-from-src.mjs';
import { measureThreadSpeedup } from './lib/speed-parallel.mjs';
import { timeOnce, timePass, timeWall } from './lib/speed-timing.mjs';
import { formatTable } from './lib/table.mjs';

const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    quick: { type: 'boolean', default: false },
    youtube: { type: 'string', default: YOUTUBE },
    'blog-count': { type: 'string', default: '2000' },
    'cli-comments': { type: 'string' },
  },
});
const quick = args.quick;
const timing = quick ? { rounds: 3, minSeconds: 0.05 } : { rounds: 5, minSeconds: 0.2 };

const DIST = join(ROOT, 'dist');
if (!existsSync(join(DIST, 'index.js')) || !existsSync(join(DIST, 'cli.js'))) {
  console.error('bench/speed: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const { createModerator } = await import(join(DIST, 'index.js'));
const { createStages } = await loadStages();
const require = createRequire(import.meta.url);
// By submodule path: natural's top-level module prints and reads .env on import.
const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js');

const short = loadShortComments(args.youtube);
const blog = loadBlogComments(Number(args['blog-count']));
const results = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', date: new Date().toISOString(), quick, loadBefore: loadavg()[0], sets: {}, cli: {} };

/**
 * A moderator trained on `items` and the CPU time it took. Learning is idempotent by id, so each
 * timing needs a fresh moderator; two throwaway ones first warm the JIT, as for the other rows.
 */
function trained(items) {
  for (let warm = 0; warm < 2; warm++) {
    const throwaway = createModerator();
    for (const { comment, label } of items) throwaway.learn(comment, label);
  }
  const moderator = createModerator();
  const { seconds } = timeOnce(() => {
    for (const { comment, label } of items) moderator.learn(comment, label);
  });
  return { moderator, learnSeconds: seconds };
}

function naturalTrained(items) {
  const classifier = new BayesClassifier();
  for (const { comment, label } of items) classifier.addDocument(comment.content, label);
  const { seconds } = timeOnce(() => classifier.train());
  return { classifier, trainSeconds: seconds };
}

// Both sets are scored by models trained on the youtube set, the way a site scores new comments.
const youtubeModel = trained(short.items);
const naturalModel = naturalTrained(short.items);

function measureSet(set) {
  const inputs = set.items.map((i) => i.comment);
  const stages = createStages();
  const normalized = inputs.map(stages.normalize);
  const features = normalized.map(stages.features);
  const { moderator } = youtubeModel;
  const seconds = {
    normalize: timePass(inputs, stages.normalize, timing),
    tokenize: timePass(normalized, stages.tokenize, timing),
    links: timePass(normalized, stages.links, timing),
    features: timePass(normalized, stages.features, timing),
    rules: timePass(features, stages.rules, timing),
    analyze: timePass(inputs, (c) => moderator.analyze(c), timing),
    check: timePass(inputs, (c) => moderator.check(c), timing),
    learn: set === short ? youtubeModel.learnSeconds : trained(set.items).learnSeconds,
    natural: timePass(
      inputs.map((c) => c.content),
      (text) => naturalModel.classifier.classify(text),
      { rounds: 3, minSeconds: timing.minSeconds },
    ),
  };
  seconds.bayes = Math.max(0, seconds.check - seconds.analyze);
  const n = inputs.length;
  const bytes = utf8Bytes(set.items);
  const rate = Object.fromEntries(Object.entries(seconds).map(([k, s]) => [k, { perSecond: n / s, mbPerSecond: bytes / 1e6 / s, microseconds: (s / n) * 1e6 }]));
  return { name: set.name, source: set.note, comments: n, meanBytes: bytes / n, rate };
}

for (const set of [short, blog]) {
  console.error(`bench/speed: timing stages on ${set.name} (${set.items.length} comments)…`);
  results.sets[set.name] = measureSet(set);
}

// The CLI on large files: one thread vs worker threads (wall time: that is what workers improve).
async function runCli(file, model, workers) {
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, 'cli.js'), 'check', file, '--model', model, '--workers', String(workers)], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`spamsift check exited with ${code}`))));
  });
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const work = join(ROOT, 'bench', 'results');
mkdirSync(work, { recursive: true });
const modelPath = join(work, 'speed-model.json');
writeFileSync(modelPath, JSON.stringify(youtubeModel.moderator.exportModel()));
const cliSets = [
  { set: short, count: Number(args['cli-comments'] ?? (quick ? 20_000 : 200_000)) },
  { set: blog, count: Math.round(Number(args['cli-comments'] ?? (quick ? 20_000 : 200_000)) / 10) },
];
for (const { set, count } of cliSets) {
  const file = join(work, `speed-${set.name}.jsonl`);
  const bytes = await writeJsonl(file, set.items, count);
  const entry = { comments: count, bytes: statSync(file).size, workers: {} };
  // 1 and 2 workers alternate, so a burst of load from other processes hits both alike.
  const runs = { 1: [], 2: [] };
  console.error(`bench/speed: spamsift check ${set.name} ×${count} --workers 1 and 2…`);
  await runCli(file, modelPath, 1);
  const machine = [];
  for (let r = 0; r < (quick ? 1 : 3); r++) {
    machine.push(await measureThreadSpeedup());
    for (const workers of [1, 2]) runs[workers].push(await timeWall(() => runCli(file, modelPath, workers), { rounds: 1, warmup: false }));
  }
  entry.machineSpeedup = median(machine);
  for (const workers of [1, 2]) {
    const seconds = median(runs[workers]);
    entry.workers[workers] = { seconds, runs: runs[workers], perSecond: count / seconds, mbPerSecond: bytes / 1e6 / seconds };
  }
  entry.speedup = entry.workers[1].seconds / entry.workers[2].seconds;
  results.cli[set.name] = entry;
}

// Other processes' load makes wall times (the CLI rows) pessimistic: say how busy the machine was.
results.loadAfter = loadavg()[0];

// ---------------------------------------------------------------- the table
const fmtRate = (x) => Math.round(x).toLocaleString('en-US');
const fmtMb = (x) => x.toFixed(x < 10 ? 2 : 1);
const fmtUs = (x) => x.toFixed(x < 10 ? 2 : 1);
const names = [short.name, blog.name];
const STAGES = [
  ['normalize', 'normalize', '≤ 2 µs'],
  ['tokenize', 'tokenize + stem', '≤ 2 µs'],
  ['links', 'links & domains', '≤ 1 µs (no link)'],
  ['features', 'features (tokenize + links + stats)', ''],
  ['rules', 'rules (all)', '≤ 3 µs'],
  ['bayes', 'Bayes + verdict (check − analyze)', '≤ 2 µs'],
  ['analyze', 'analyze() (all but Bayes)', ''],
  ['check', 'check() whole', '≥ 100k/s (10 µs)'],
  ['learn', 'learn() (training)', '≥ 50k/s'],
  ['natural', 'natural BayesClassifier.classify', ''],
];
const rows = STAGES.map(([key, label, budget]) => [
  label,
  ...names.flatMap((name) => {
    const r = results.sets[name].rate[key];
    return [fmtRate(r.perSecond), fmtMb(r.mbPerSecond), fmtUs(r.microseconds)];
  }),
  budget,
]);
rows.push([
  'check() ÷ natural classify',
  ...names.flatMap((name) => [`${(results.sets[name].rate.check.perSecond / results.sets[name].rate.natural.perSecond).toFixed(0)}×`, '', '']),
  '≥ 50×',
]);
for (const workers of [1, 2]) {
  rows.push([
    `CLI check --workers ${workers} (wall)`,
    ...names.flatMap((name) => {
      const w = results.cli[name].workers[workers];
      return [fmtRate(w.perSecond), fmtMb(w.mbPerSecond), fmtUs((w.seconds / results.cli[name].comments) * 1e6)];
    }),
    '',
  ]);
}
rows.push(['CLI speed-up, 2 workers vs 1', ...names.flatMap((name) => [`${results.cli[name].speedup.toFixed(2)}×`, '', '']), `${availableParallelism()} cores`]);
rows.push(['pure compute, 2 threads vs 1 (same time)', ...names.flatMap((name) => [`${results.cli[name].machineSpeedup.toFixed(2)}×`, '', '']), 'the ceiling now']);

const header = ['stage', ...names.flatMap((name) => [`${name} comments/s`, 'MB/s', 'µs/comment']), 'budget'];
const s = results.sets;
console.log(
  `spamsift speed, node ${process.version}, ${results.cpus} × ${results.cpu}; ${short.name}: ${s[short.name].comments} comments, mean ${Math.round(s[short.name].meanBytes)} bytes; ` +
    `${blog.name}: ${s[blog.name].comments} comments, mean ${Math.round(s[blog.name].meanBytes)} bytes; ` +
    `CLI files: ${results.cli[short.name].comments.toLocaleString('en-US')} and ${results.cli[blog.name].comments.toLocaleString('en-US')} comments${quick ? ' (--quick)' : ''}; ` +
    `load average ${results.loadBefore.toFixed(1)} before, ${results.loadAfter.toFixed(1)} after\n`,
);
console.log(formatTable(header, rows));
if (args.json) {
  writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
  console.error(`bench/speed: wrote ${args.json}`);
}
