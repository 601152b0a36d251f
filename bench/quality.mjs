// Quality benchmark: spamsift and its peers on the same folds of every corpus found
// (../shared/corpora/*/*.jsonl and each --corpus path), one table. Every number comes from
// out-of-fold scores: MCC at the default decision, spam caught, ham blocked, ham held for
// moderation, AUC, and spam caught with the threshold moved so that at most 0.5 % / 1 % of the
// ham is blocked. Peers: natural, bayes, wink, a plain multinomial NB, and a linear SVM over word
// 1-2-grams + character 2-5-grams (scikit-learn via /usr/bin/python3; skipped with a message when
// python3-sklearn is missing).
//   npx tsup && node bench/quality.mjs [--corpus FILE]... [--only youtube,sms] [--json out.json]
//                                      [--folds 10] [--seed 42] [--natural-folds K] [--skip natural,...] [--no-peers] [--no-svm] [--no-speed] [--dist DIR]
// Runs against the built package (dist/), the way a user gets it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';
import { PEERS } from './lib/peers.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    only: { type: 'string' },
    json: { type: 'string' },
    folds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
    'natural-folds': { type: 'string' },
    'no-peers': { type: 'boolean', default: false },
    'no-svm': { type: 'boolean', default: false },
    'no-speed': { type: 'boolean', default: false },
    skip: { type: 'string' },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(values.dist ?? join(root, 'dist'), 'index.js');
if (!existsSync(dist)) {
  console.error(`bench/quality: ${dist} is missing; build first with \`npx tsup\` (or \`npm run build\`).`);
  process.exit(2);
}
// The moderator API and the evaluation helpers (the spamsift/evaluate subpath) of the same build.
const spamsift = { ...(await import(dist)), ...(await import(join(dirname(dist), 'evaluate.js'))) };
const folds = Number(values.folds);
const seed = Number(values.seed);
const naturalFolds = values['natural-folds'] ? Number(values['natural-folds']) : folds;

const corpora = findCorpora(values.corpus ?? []).filter((c) => !values.only || values.only.split(',').includes(c.name));
if (corpora.length === 0) {
  console.log('bench/quality: no corpus found (../shared/corpora is absent and no --corpus was given); nothing measured.');
  process.exit(0);
}

function readItems(path) {
  const text = readFileSync(path, 'utf8');
  const { records } = spamsift.parseCorpus(text, { format: spamsift.detectFormat(text, path) });
  return records.map((r) => ({ comment: r.comment, label: r.label, subset: r.subset }));
}

/** The same folds as evaluate(), for peers (some of which are async). */
async function runPeer(peer, items, splitOptions) {
  const splits = spamsift.splitCorpus(items, splitOptions);
  const confusion = { spam: { ham: 0, moderate: 0, spam: 0 }, ham: { ham: 0, moderate: 0, spam: 0 } };
  const scores = { spam: [], ham: [] };
  let trainMs = 0, trainN = 0, checkMs = 0, checkN = 0;
  for (const split of splits) {
    const classifier = peer.make();
    let t0 = performance.now();
    for (const i of split.train) await classifier.learn(items[i].comment.content, items[i].label);
    await classifier.finish();
    trainMs += performance.now() - t0;
    trainN += split.train.length;
    t0 = performance.now();
    const verdicts = [];
    for (const i of split.test) verdicts.push(await classifier.check(items[i].comment.content));
    checkMs += performance.now() - t0;
    checkN += split.test.length;
    split.test.forEach((i, k) => {
      confusion[items[i].label][verdicts[k].decision]++;
      scores[items[i].label].push(verdicts[k].rank ?? verdicts[k].score);
    });
  }
  return {
    runs: splits.length,
    metrics: spamsift.computeMetrics(confusion, scores.spam, scores.ham),
    trainPerSecond: (trainN / trainMs) * 1000,
    checkPerSecond: (checkN / checkMs) * 1000,
  };
}

const PYTHON = '/usr/bin/python3';
const svmScript = join(root, 'bench', 'lib', 'svm.py');
function svmAvailable() {
  if (values['no-svm'] || values['no-peers']) return false;
  const probe = spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' });
  if (probe.status === 0) return true;
  notes.push(`linear SVM skipped: ${PYTHON} cannot import sklearn (install Debian's python3-sklearn).`);
  return false;
}

/** The linear SVM on the same folds, one python process per corpus and split. */
function runSvm(items, splitOptions) {
  const splits = spamsift.splitCorpus(items, splitOptions);
  const input = JSON.stringify({ texts: items.map((it) => it.comment.content), labels: items.map((it) => (it.label === 'spam' ? 1 : 0)), splits });
  const t0 = performance.now();
  const run = spawnSync(PYTHON, [svmScript], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`bench/lib/svm.py failed: ${run.stderr}`);
  const ms = performance.now() - t0;
  const { scores: out } = JSON.parse(run.stdout);
  const confusion = { spam: { ham: 0, moderate: 0, spam: 0 }, ham: { ham: 0, moderate: 0, spam: 0 } };
  const scores = { spam: [], ham: [] };
  let tested = 0;
  out.forEach((score, i) => {
    if (score === null) return;
    tested++;
    confusion[items[i].label][score > 0 ? 'spam' : 'ham']++;
    scores[items[i].label].push(score);
  });
  const trained = splits.reduce((n, s) => n + s.train.length, 0);
  // One timing for fit + predict (python startup included): shown as the training rate only.
  return { runs: splits.length, metrics: spamsift.computeMetrics(confusion, scores.spam, scores.ham), trainPerSecond: ((trained + tested) / ms) * 1000, checkPerSecond: Number.NaN };
}

const rows = [];
const notes = [];
const svm = svmAvailable();
for (const corpus of corpora) {
  const items = readItems(corpus.path);
  const splits = [{ name: `${folds}-fold`, options: { split: 'kfold', folds, seed } }];
  if (items.some((it) => it.subset) && items.some((it) => it.comment.createdAt)) splits.push({ name: 'chrono 70/30', options: { split: 'chrono' } });
  for (const split of splits) {
    const ours = spamsift.evaluate(items, split.options);
    rows.push({ corpus: corpus.name, split: split.name, classifier: 'spamsift', runs: ours.runs, ...ours.metrics, trainPerSecond: ours.trainPerSecond, checkPerSecond: ours.checkPerSecond });
    process.stderr.write(`  ${corpus.name} ${split.name} spamsift done\n`);
    if (values['no-peers']) continue;
    for (const peer of PEERS) {
      if (values.skip && values.skip.split(',').some((name) => peer.name.startsWith(name))) {
        notes.push(`${peer.name} skipped on ${corpus.name} (--skip): it is too slow for this run.`);
        continue;
      }
      let options = split.options;
      if (peer.name.startsWith('natural') && split.options.split === 'kfold' && naturalFolds !== folds) {
        options = { ...options, folds: naturalFolds };
        notes.push(`natural BayesClassifier on ${corpus.name}: ${naturalFolds}-fold (same seed), not ${folds}-fold, because it is slow.`);
      }
      const r = await runPeer(peer, items, options);
      rows.push({ corpus: corpus.name, split: options.split === 'kfold' ? `${options.folds}-fold` : split.name, classifier: peer.name, runs: r.runs, ...r.metrics, trainPerSecond: r.trainPerSecond, checkPerSecond: r.checkPerSecond });
      process.stderr.write(`  ${corpus.name} ${split.name} ${peer.name} done\n`);
    }
    if (svm) {
      const r = runSvm(items, split.options);
      rows.push({ corpus: corpus.name, split: split.name, classifier: 'linear SVM (sklearn)', runs: r.runs, ...r.metrics, trainPerSecond: r.trainPerSecond, checkPerSecond: r.checkPerSecond });
      process.stderr.write(`  ${corpus.name} ${split.name} linear SVM done\n`);
    }
  }
}

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');
const pct2 = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(2)} %` : '–');
const num = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const rate = (x) => (!Number.isFinite(x) ? '–' : x >= 10_000 ? `${Math.round(x / 1000)}k` : x >= 1000 ? `${(x / 1000).toFixed(1)}k` : x.toFixed(0));
console.log(
  formatTable(
    ['corpus', 'split', 'classifier', 'MCC', 'spam caught', 'ham blocked', 'ham held', 'AUC', 'spam @≤0.5 % ham', 'spam @≤1 % ham', 'train/s', 'check/s'],
    rows.map((r) => [r.corpus, r.split, r.classifier, num(r.mcc), pct(r.spamRecall), pct2(r.hamBlocked), pct2(r.hamHeld), num(r.auc, 4), pct(r.spamAtHalfPercent), pct(r.spamAtOnePercent), rate(r.trainPerSecond), rate(r.checkPerSecond)]),
  ),
);
console.log('\nAll from out-of-fold scores. MCC: positive = decided spam (spamsift: score ≥ the spam threshold; moderate counts as not spam).');
console.log("ham held: ham decided 'moderate' (only spamsift has a moderate band). spam @≤x % ham: spam caught with the threshold moved so that at most x % of ham is blocked.");
console.log('Peers see the comment text only and decide spam at p ≥ 0.5 (SVM: decision function > 0); spamsift sees the comment object (text and author name).');
for (const note of new Set(notes)) console.log(`Note: ${note}`);
// Warm speed and model size: each classifier trained on the whole corpus, then every comment
// checked again and again (best of 5 passes, CPU time), the way a long-running server sees it.
// The table's check/s above is colder: a fresh moderator per fold checks a few hundred comments.
function bestPass(items, check) {
  let best = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    const t0 = process.cpuUsage().user;
    for (const item of items) check(item);
    best = Math.min(best, (process.cpuUsage().user - t0) / items.length);
  }
  return 1e6 / best;
}
const sizes = [];
const speeds = [];
for (const corpus of values['no-speed'] ? [] : corpora) {
  const items = readItems(corpus.path);
  const moderator = spamsift.createModerator();
  for (const item of items) moderator.learn(item.comment, item.label);
  const ours = bestPass(items, (item) => moderator.check(item.comment));
  let natural = Number.NaN;
  if (!values['no-peers']) {
    const peer = PEERS.find((p) => p.name.startsWith('natural')).make();
    for (const item of items) peer.learn(item.comment.content, item.label);
    peer.finish();
    const sample = items.filter((_, i) => i % 10 === 0);
    natural = bestPass(sample, (item) => peer.check(item.comment.content));
  }
  speeds.push({ corpus: corpus.name, checkPerSecond: ours, naturalPerSecond: natural });
  console.log(`${corpus.name}: warm check() ${rate(ours)}/s${Number.isFinite(natural) ? `, natural's BayesClassifier ${rate(natural)}/s: ${(ours / natural).toFixed(0)}×` : ''} (trained on all ${items.length}, best of 5 passes, CPU time).`);
  const model = moderator.exportModel();
  const bytes = Buffer.byteLength(JSON.stringify(model));
  const { totals, vocabulary } = model.bayes;
  const docs = totals.spamDocs + totals.hamDocs;
  sizes.push({ corpus: corpus.name, bytes, documents: docs, tokens: totals.tokens, vocabulary: vocabulary.length });
  console.log(`${corpus.name}: model of ${docs} comments is ${(bytes / 1024).toFixed(0)} KiB of JSON, ${(bytes / totals.tokens).toFixed(1)} bytes per learned token, ${(bytes / docs).toFixed(0)} bytes per comment (${vocabulary.length} distinct tokens, ${totals.tokens} learned).`);
}

if (values.json) {
  writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), node: process.version, folds, seed, rows, sizes, speeds }, null, 2));
  console.log(`wrote ${values.json}`);
}
