// Variant study for the Bayes part: same folds (10-fold, seed 42; youtube also chrono), same
// pipeline tokens, one row per corpus × variant. Each variant is calibrated (Platt) on its own
// out-of-fold scores, then combined with the rule points exactly as check() does.
//   node bench/bayes-variants.mjs [--only youtube] [--variants name,name] [--json out.json]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadInternals } from './lib/build-internals.mjs';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { fitPlatt, logLoss } from './lib/platt.mjs';
import { VARIANTS } from './lib/variants.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, variants: { type: 'string' }, json: { type: 'string' }, corpus: { type: 'string', multiple: true } } });
const lib = await loadInternals();
const corpora = findCorpora(values.corpus ?? []).filter((c) => !values.only || values.only.split(',').includes(c.name));
const variants = VARIANTS.filter((v) => !values.variants || values.variants.split(',').includes(v.name));
if (corpora.length === 0) {
  console.log('bayes-variants: no corpora found (../shared/corpora absent and no --corpus); skipped.');
  process.exit(0);
}

function runVariant(variant, analyses, labels, splits) {
  const raw = new Float64Array(labels.length).fill(Number.NaN);
  for (const split of splits) {
    const classifier = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, config: variant.config });
    for (const i of split.train) classifier.learn(`d${i}`, analyses[i].tokens, labels[i]);
    for (const i of split.test) raw[i] = classifier.evidence(analyses[i].tokens)?.raw ?? 0;
  }
  const idx = splits.flatMap((s) => s.test);
  const xs = idx.map((i) => raw[i]);
  const ys = idx.map((i) => labels[i] === 'spam');
  const { slope, offset } = fitPlatt(xs, ys);
  const ps = xs.map((x) => 1 / (1 + Math.exp(-(slope * x + offset))));
  const confusion = lib.emptyConfusion();
  const scores = { spam: [], ham: [] };
  idx.forEach((i, k) => {
    const bayes = { probability: ps[k], spamTokens: [], hamTokens: [] };
    const v = lib.decide(analyses[i].hits, bayes, [], { thresholds: lib.DEFAULT_THRESHOLDS, bayesWeight: 1 });
    lib.countDecision(confusion, labels[i], v.decision);
    scores[labels[i]].push(v.score);
  });
  const m = lib.computeMetrics(confusion, scores.spam, scores.ham);
  // Oracle: the best MCC any single threshold on the raw score reaches (an upper bound).
  const order = idx.map((i, k) => [xs[k], ys[k]]).sort((a, b) => b[0] - a[0]);
  const P = ys.filter(Boolean).length, N = ys.length - P;
  let tp = 0, fp = 0, best = 0;
  for (const [, y] of order) { if (y) tp++; else fp++; best = Math.max(best, lib.matthews(tp, fp, N - fp, P - tp)); }
  return { auc: lib.rocAuc(xs.filter((_, k) => ys[k]), xs.filter((_, k) => !ys[k])), bestMcc: best, logLoss: logLoss(ps, ys), slope, offset, ...m };
}

const rows = [];
for (const corpus of corpora) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const labels = items.map((it) => it.label);
  const moderator = lib.createModerator();
  const analyses = items.map((it) => moderator.analyze(it.comment));
  const runs = [['10-fold', lib.stratifiedKFold(labels, 10, 42)]];
  if (items.some((it) => it.subset)) {
    const times = items.map((it) => ({ subset: it.subset, time: it.comment.createdAt ? Date.parse(it.comment.createdAt) : null }));
    runs.push(['chrono', [lib.chronologicalSplit(times, 0.7)]]);
  }
  for (const [split, splits] of runs) {
    for (const variant of variants) {
      const r = runVariant(variant, analyses, labels, splits);
      rows.push({ corpus: corpus.name, split, variant: variant.name, ...r });
      const f = (x, d = 3) => x.toFixed(d);
      console.log([corpus.name.padEnd(14), split.padEnd(7), variant.name.padEnd(26), 'AUC', f(r.auc, 4), 'bestMCC', f(r.bestMcc), 'MCC', f(r.mcc), 'MCC@.5', f(r.mccAtHalf), 'hamBl', f(r.hamBlocked * 100, 2) + '%', 'recall', f(r.spamRecall), 'mod', f(r.moderateShare * 100, 1) + '%', 'LL', f(r.logLoss), 'a', f(r.slope), 'b', f(r.offset)].join(' '));
    }
  }
}
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
