// check() against the npm naive-Bayes packages in one process (issue 13): on each shared corpus
// every classifier learns the whole corpus, then classifies up to --sample of its comments; CPU
// microseconds per comment, median of --runs runs (the runs alternate between classifiers, so a
// burst of load from other processes hits all alike), with the load average before and after.
// Peers are called through their own API as their READMEs show: natural `classify(text)`, bayes
// `await categorize(text)`, wink `predict(text)`. spamsift's learn() speed is printed too.
// Each classifier first checks the sample once untimed (--warm 1): the process's first passes
// include V8 compiling the code (TurboFan runs on a background thread of the same process, and
// cpuUsage() counts it), which for spamsift doubled the figure of the first corpus rows
// (docs/speed-session9.md). The runs then re-check comments already seen, which warms every memo;
// the last line times what a site sees instead: each youtube comment checked once by a moderator
// trained on the other four fifths (a fresh moderator per fold, the JIT already warm).
//   npm run build && node bench/peer-speed.mjs [--runs 5] [--sample 2000] [--warm 1] [--dist DIR]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { cpuUsage } from 'node:process';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';
import { loadBlogComments, loadShortComments, ROOT, YOUTUBE } from './lib/speed-data.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, sample: { type: 'string', default: '2000' }, warm: { type: 'string', default: '1' }, dist: { type: 'string', default: join(ROOT, 'dist') } } });
const runs = Number(values.runs);
const { createModerator } = await import(join(resolve(values.dist), 'index.js'));
const require = createRequire(import.meta.url);
const corpora = findCorpora();
if (corpora.length === 0) {
  console.log('bench/peer-speed: ../shared/corpora is absent; nothing measured.');
  process.exit(0);
}

function readSet(name, path) {
  const items = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const r = JSON.parse(l);
    return { comment: { id: `${name}:${r.id}`, content: r.content, ...(typeof r.author === 'string' ? { author: { name: r.author } } : {}) }, label: r.label };
  });
  return { name, items };
}
const sets = corpora.map(({ name, path }) => readSet(name, path));
// The link-heavy blog comments, classified by classifiers trained on youtube (as bench/speed.mjs does).
const blog = { name: 'blog (trained on youtube)', items: loadBlogComments(500).items, trainOn: loadShortComments(YOUTUBE).items };

function makeClassifiers(train) {
  const spamsift = createModerator();
  for (const { comment, label } of train) spamsift.learn(comment, label);
  spamsift.check('warm the calibration');
  const NaturalBayes = require('natural/lib/natural/classifiers/bayes_classifier.js');
  const natural = new NaturalBayes();
  for (const { comment, label } of train) natural.addDocument(comment.content, label);
  natural.train();
  const bayes = require('bayes')();
  const winkNB = require('wink-naive-bayes-text-classifier');
  const nlp = require('wink-nlp-utils');
  const wink = winkNB();
  wink.definePrepTasks([nlp.string.tokenize0, nlp.tokens.removeWords, nlp.tokens.stem]);
  for (const { comment, label } of train) wink.learn(comment.content, label);
  wink.consolidate();
  return { spamsift, natural, bayes, wink, train };
}

const cpu = async (fn) => {
  const t0 = cpuUsage();
  await fn();
  const t = cpuUsage(t0);
  return t.user + t.system;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const loadBefore = loadavg()[0];
const rows = [];
for (const set of [...sets, blog]) {
  const train = set.trainOn ?? set.items;
  const c = makeClassifiers(train);
  for (const { comment, label } of train) await c.bayes.learn(comment.content, label);
  const sample = set.items.slice(0, Number(values.sample));
  const texts = sample.map((i) => i.content ?? i.comment.content);
  const inputs = sample.map((i) => i.comment);
  const times = { spamsift: [], natural: [], bayes: [], wink: [] };
  for (let r = 0; r < Number(values.warm); r++) {
    for (const x of inputs) c.spamsift.check(x);
    for (const t of texts) await c.bayes.categorize(t);
    for (const t of texts) c.wink.predict(t);
    for (const t of texts.slice(0, Math.max(50, Math.floor(texts.length / 10)))) c.natural.classify(t);
  }
  for (let r = 0; r < runs; r++) {
    times.spamsift.push(await cpu(() => { for (const x of inputs) c.spamsift.check(x); }));
    times.bayes.push(await cpu(async () => { for (const t of texts) await c.bayes.categorize(t); }));
    times.wink.push(await cpu(() => { for (const t of texts) c.wink.predict(t); }));
    // natural is slow: a tenth of the sample per run.
    const few = texts.slice(0, Math.max(50, Math.floor(texts.length / 10)));
    times.natural.push((await cpu(() => { for (const t of few) c.natural.classify(t); })) * (texts.length / few.length));
  }
  const us = (k) => median(times[k]) / texts.length;
  rows.push([set.name, texts.length, us('spamsift').toFixed(1), `${Math.round(1e6 / us('spamsift')).toLocaleString('en-US')}/s`, us('bayes').toFixed(1), us('wink').toFixed(1), us('natural').toFixed(1), `${(us('natural') / us('spamsift')).toFixed(0)}×`, `${(us('bayes') / us('spamsift')).toFixed(2)}×`]);
}
// learn(): a fresh moderator learns youtube, median of the runs.
const youtube = loadShortComments(YOUTUBE).items;
const learnTimes = [];
for (let r = 0; r < runs; r++) {
  const m = createModerator();
  learnTimes.push(await cpu(() => { for (const { comment, label } of youtube) m.learn(comment, label); }));
}
const learnUs = median(learnTimes) / youtube.length;
console.log(`CPU µs per comment, median of ${runs} runs; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after\n`);
console.log(formatTable(['corpus (classified)', 'n', 'spamsift check()', 'checks/s', 'bayes', 'wink', 'natural', 'natural ÷ spamsift', 'bayes ÷ spamsift'], rows));
console.log(`\nspamsift learn(): ${learnUs.toFixed(1)} µs per youtube comment (${Math.round(1e6 / learnUs).toLocaleString('en-US')}/s)`);
// First checks: fold k of youtube (every fifth comment) checked once by a moderator trained on the
// other four folds; the sum over the five folds, median of the runs.
const firstTimes = [];
for (let r = 0; r < runs; r++) {
  let us = 0;
  for (let k = 0; k < 5; k++) {
    const m = createModerator();
    for (let i = 0; i < youtube.length; i++) if (i % 5 !== k) m.learn(youtube[i].comment, youtube[i].label);
    m.refit();
    const novel = youtube.filter((_, i) => i % 5 === k).map((x) => x.comment);
    us += await cpu(() => { for (const x of novel) m.check(x); });
  }
  firstTimes.push(us);
}
const firstUs = median(firstTimes) / youtube.length;
console.log(`spamsift check() of youtube comments it never saw (each once, 5 folds): ${firstUs.toFixed(1)} µs per comment (${Math.round(1e6 / firstUs).toLocaleString('en-US')}/s); load average ${loadavg()[0].toFixed(2)}`);
