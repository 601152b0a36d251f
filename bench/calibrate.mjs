// Fits the two sets of constants that turn evidence into decisions, from cross-validation folds
// of every corpus found (10-fold, seed 42; each corpus weighted equally):
//   1. the Bayes calibration (DEFAULT_BAYES_CONFIG.slope/offset): Platt scaling of the raw
//      log-odds, by log-loss, so BayesResult.probability is a calibrated probability;
//   2. the verdict combination (src/verdict/score.ts): z = wB·logit(p) + wR·points + c, searched
//      on a grid for the default thresholds: the objective is the mean MCC (decided spam vs not)
//      over the corpora, minus a steep penalty for any corpus with more than 1 % ham blocked.
//   node bench/calibrate.mjs [--variant name] [--wr 1.0986]   (--wr pins the rule slope)
import { parseArgs } from 'node:util';
import { loadInternals } from './lib/build-internals.mjs';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { fitPlatt, logLoss } from './lib/platt.mjs';
import { formatTable } from './lib/table.mjs';
import { VARIANTS } from './lib/variants.mjs';

const { values } = parseArgs({ options: { variant: { type: 'string' }, wr: { type: 'string' }, only: { type: 'string' }, corpus: { type: 'string', multiple: true } } });
const lib = await loadInternals();
const variant = values.variant ? VARIANTS.find((v) => v.name === values.variant) : { name: 'default', config: {} };
if (!variant) throw new Error(`unknown variant ${values.variant}`);
const corpora = findCorpora(values.corpus ?? []).filter((c) => !values.only || values.only.split(',').includes(c.name));
if (corpora.length === 0) {
  console.log('calibrate: no corpora found; skipped.');
  process.exit(0);
}
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const logit = (p) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

function rowsOf(corpus) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const labels = items.map((it) => it.label);
  const moderator = lib.createModerator();
  const analyses = items.map((it) => moderator.analyze(it.comment));
  const run = (splits) => {
    const rows = [];
    for (const split of splits) {
      const c = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, config: { ...variant.config, slope: 1, offset: 0 } });
      for (const i of split.train) c.learn(`d${i}`, analyses[i].tokens, labels[i]);
      for (const i of split.test) {
        const e = c.evidence(analyses[i].tokens);
        rows.push({ raw: e?.raw ?? 0, used: e?.used ?? 0, points: analyses[i].hits.reduce((s, h) => s + h.points, 0), spam: labels[i] === 'spam' });
      }
    }
    return rows;
  };
  const out = { name: corpus.name, kfold: run(lib.stratifiedKFold(labels, 10, 42)) };
  if (items.some((it) => it.subset) && items.some((it) => it.comment.createdAt)) {
    out.chrono = run([lib.chronologicalSplit(items.map((it) => ({ subset: it.subset, time: it.comment.createdAt ? Date.parse(it.comment.createdAt) : null })), 0.7)]);
  }
  return out;
}

const data = corpora.map(rowsOf);
const pooled = data.flatMap((d) => d.kfold);
const weights = data.flatMap((d) => d.kfold.map(() => pooled.length / data.length / d.kfold.length));
const { slope, offset } = fitPlatt(pooled.map((r) => r.raw), pooled.map((r) => r.spam), weights);
for (const d of [...data.map((d) => d.kfold), ...data.filter((d) => d.chrono).map((d) => d.chrono)]) for (const r of d) r.lp = logit(sigmoid(slope * r.raw + offset));

function decisions(rows, wB, wR, c) {
  let tp = 0, fp = 0, fn = 0, tn = 0, mod = 0;
  for (const r of rows) {
    const s = sigmoid(wB * r.lp + wR * r.points + c);
    if (s >= 0.5 && s < 0.9) mod++;
    if (s >= 0.9) r.spam ? tp++ : fp++;
    else r.spam ? fn++ : tn++;
  }
  return { mcc: lib.matthews(tp, fp, tn, fn), hamBlocked: fp / (fp + tn), recall: tp / (tp + fn), moderate: mod / rows.length };
}

let best = null;
const wRs = values.wr ? [Number(values.wr)] : Array.from({ length: 21 }, (_, i) => i * 0.1);
for (let wB = 0.5; wB <= 3.01; wB += 0.1) {
  for (const wR of wRs) {
    for (let c = -4; c <= 4.01; c += 0.2) {
      let objective = 0;
      for (const d of data) {
        const m = decisions(d.kfold, wB, wR, c);
        objective += m.mcc / data.length - 10 * Math.max(0, m.hamBlocked - 0.01);
      }
      if (!best || objective > best.objective) best = { objective, wB, wR, c };
    }
  }
}
const f = (x, n = 3) => x.toFixed(n);
console.log(`variant ${variant.name}: Bayes calibration slope ${f(slope, 4)} offset ${f(offset, 4)}`);
console.log(`combination: z = ${f(best.wB, 2)}·logit(p) + ${f(best.wR, 2)}·points + ${f(best.c, 2)} (objective ${f(best.objective)})`);
const table = [];
for (const d of data) {
  for (const [split, rows] of [['10-fold', d.kfold], ['chrono', d.chrono]]) {
    if (!rows) continue;
    const cal = rows.map((r) => sigmoid(r.lp));
    const m = decisions(rows, best.wB, best.wR, best.c);
    const alone = decisions(rows, 1, 0, 0);
    table.push([d.name, split, f(logLoss(cal, rows.map((r) => r.spam))), f(alone.mcc), f(m.mcc), `${(m.hamBlocked * 100).toFixed(2)} %`, `${(m.recall * 100).toFixed(1)} %`, `${(m.moderate * 100).toFixed(1)} %`]);
  }
}
console.log(formatTable(['corpus', 'split', 'Bayes log-loss', 'Bayes alone MCC', 'combined MCC', 'ham blocked', 'spam recall', 'moderate'], table));
