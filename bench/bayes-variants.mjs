// Variant study for the Bayes part: same folds (10-fold, seed 42; youtube also chrono), same
// pipeline tokens, one row per corpus × variant.
//   node bench/bayes-variants.mjs [--only youtube] [--variants name,name] [--json out.json]
// For each variant, the out-of-fold raw Bayes evidence of all corpora is pooled and one global
// calibration is fitted (Platt, then a stacked fit with the rule points), since a shipped
// default must serve every site. Columns:
//   AUC, best MCC   ranking quality of the raw evidence (best MCC = at the best threshold, an upper bound)
//   alone           calibrated Bayes probability against the default thresholds (0.5 / 0.9)
//   check           the probability combined with rule points as src/verdict/score.ts does now
//   stacked         the probability and rule points combined with the fitted stacking weights
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadInternals } from './lib/build-internals.mjs';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { fitLogistic, fitPlatt, logLoss } from './lib/platt.mjs';
import { formatTable } from './lib/table.mjs';
import { VARIANTS } from './lib/variants.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, variants: { type: 'string' }, json: { type: 'string' }, corpus: { type: 'string', multiple: true } } });
const lib = await loadInternals();
const corpora = findCorpora(values.corpus ?? []).filter((c) => !values.only || values.only.split(',').includes(c.name));
const variants = VARIANTS.filter((v) => !values.variants || values.variants.split(',').includes(v.name));
if (corpora.length === 0) {
  console.log('bayes-variants: no corpora found (../shared/corpora absent and no --corpus); skipped.');
  process.exit(0);
}
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const logit = (p) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

// Pipeline output once per corpus: tokens (with rule:ID tokens) and rule points.
const data = corpora.map((corpus) => {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const labels = items.map((it) => it.label);
  const moderator = lib.createModerator();
  const analyses = items.map((it) => moderator.analyze(it.comment));
  const points = analyses.map((a) => a.hits.reduce((s, h) => s + h.points, 0));
  const runs = [{ split: '10-fold', splits: lib.stratifiedKFold(labels, 10, 42) }];
  if (items.some((it) => it.subset) && items.some((it) => it.comment.createdAt)) {
    const times = items.map((it) => ({ subset: it.subset, time: it.comment.createdAt ? Date.parse(it.comment.createdAt) : null }));
    runs.push({ split: 'chrono', splits: [lib.chronologicalSplit(times, 0.7)] });
  }
  return { name: corpus.name, labels, analyses, points, runs };
});

function outOfFold(variant, d, splits) {
  const out = [];
  for (const split of splits) {
    const classifier = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, config: variant.config });
    for (const i of split.train) classifier.learn(`d${i}`, d.analyses[i].tokens, d.labels[i]);
    for (const i of split.test) out.push({ i, raw: classifier.evidence(d.analyses[i].tokens)?.raw ?? 0, points: d.points[i], spam: d.labels[i] === 'spam' });
  }
  return out;
}

function metricsOf(rows, scoreOf) {
  const confusion = lib.emptyConfusion();
  const scores = { spam: [], ham: [] };
  for (const r of rows) {
    const s = scoreOf(r);
    const label = r.spam ? 'spam' : 'ham';
    lib.countDecision(confusion, label, s >= 0.9 ? 'spam' : s >= 0.5 ? 'moderate' : 'ham');
    scores[label].push(s);
  }
  return lib.computeMetrics(confusion, scores.spam, scores.ham);
}

function bestMcc(rows) {
  const sorted = rows.slice().sort((a, b) => b.raw - a.raw);
  const P = rows.filter((r) => r.spam).length, N = rows.length - P;
  let tp = 0, fp = 0, best = 0;
  for (const r of sorted) { if (r.spam) tp++; else fp++; best = Math.max(best, lib.matthews(tp, fp, N - fp, P - tp)); }
  return best;
}

const table = [];
const fits = [];
for (const variant of variants) {
  const results = data.map((d) => ({ d, runs: d.runs.map((run) => ({ split: run.split, rows: outOfFold(variant, d, run.splits) })) }));
  // One global calibration from every corpus's 10-fold rows, each corpus weighted equally.
  const pooled = results.flatMap(({ runs }) => runs[0].rows);
  const { slope, offset } = fitPlatt(pooled.map((r) => r.raw), pooled.map((r) => r.spam));
  const p = (r) => sigmoid(slope * r.raw + offset);
  const stack = fitLogistic(pooled.map((r) => [logit(p(r)), r.points]), pooled.map((r) => r.spam));
  const stacked = (r) => sigmoid(stack.weights[0] * logit(p(r)) + stack.weights[1] * r.points + stack.intercept);
  fits.push({ variant: variant.name, slope, offset, stack });
  for (const { d, runs } of results) {
    for (const { split, rows } of runs) {
      const alone = metricsOf(rows, p);
      const check = metricsOf(rows, (r) => lib.combineScore(r.points, lib.bayesLogOdds({ probability: p(r) }, 1)));
      const st = metricsOf(rows, stacked);
      table.push({ corpus: d.name, split, variant: variant.name, auc: alone.auc, best: bestMcc(rows), logLoss: logLoss(rows.map(p), rows.map((r) => r.spam)), alone, check, stacked: st });
    }
  }
}
const f = (x, n = 3) => x.toFixed(n);
const pc = (x) => `${(x * 100).toFixed(1)}`;
const m = (x) => `${f(x.mcc)} ${pc(x.hamBlocked)}/${pc(x.spamRecall)}/${pc(x.moderateShare)}`;
console.log(formatTable(
  ['corpus', 'split', 'variant', 'AUC', 'best MCC', 'logloss', 'alone MCC hb/rec/mod %', 'check MCC hb/rec/mod %', 'stacked MCC hb/rec/mod %'],
  table.map((r) => [r.corpus, r.split, r.variant, f(r.auc, 4), f(r.best), f(r.logLoss), m(r.alone), m(r.check), m(r.stacked)]),
));
console.log('\nGlobal fits (Platt: p = sigmoid(a·raw + b); stack: z = w0·logit(p) + w1·points + c):');
for (const x of fits) console.log(`  ${x.variant.padEnd(28)} a ${f(x.slope)} b ${f(x.offset)} | w0 ${f(x.stack.weights[0])} w1 ${f(x.stack.weights[1])} c ${f(x.stack.intercept)}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ table, fits }, null, 2));
