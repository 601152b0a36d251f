// Fits the constants that turn evidence into decisions, from cross-validation folds of every
// corpus found (10-fold, seed 42; each corpus weighted equally):
//   1. the default Bayes calibration (DEFAULT_BAYES_CONFIG.slope/offset): Platt scaling of
//      x = raw / used^power by log-loss. Each classifier refits it on its own documents
//      (leave-one-out), pulled toward these defaults;
//   2. a study of the verdict combination for a trained classifier (src/verdict/score.ts; the
//      constants there are now picked leave-one-corpus-out by bench/loco.mjs part B):
//      z = wB·logit(p) + wR·points + c, p = the self-calibrated BayesResult.probability, searched
//      on a grid for the default thresholds: mean MCC (decided spam vs not) over the corpora,
//      minus a steep penalty for any corpus with more than 1 % ham blocked.
//      The rule slope is pinned to RULE_SLOPE (so a BAYES reason's points compare with the rules'
//      points) unless --free-rules searches it too.
//   node bench/calibrate.mjs [--variant name] [--set key=value (lists as 3/4)]... [--only a,b] [--free-rules] [--top N] [--combo wB,c]
import { parseArgs } from 'node:util';
import { loadInternals } from './lib/load-from-src.mjs';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { fitPlatt, logLoss } from './lib/platt.mjs';
import { formatTable } from './lib/table.mjs';
import { VARIANTS } from './lib/variants.mjs';

const { values } = parseArgs({ options: { variant: { type: 'string' }, set: { type: 'string', multiple: true }, only: { type: 'string' }, 'free-rules': { type: 'boolean', default: false }, top: { type: 'string', default: '0' }, combo: { type: 'string' }, corpus: { type: 'string', multiple: true } } });
const lib = await loadInternals();
const variant = values.variant ? VARIANTS.find((v) => v.name === values.variant) : { name: 'default', config: {} };
if (!variant) throw new Error(`unknown variant ${values.variant}`);
const corpora = findCorpora(values.corpus ?? []).filter((c) => !values.only || values.only.split(',').includes(c.name));
if (corpora.length === 0) {
  console.log('calibrate: no corpora found; skipped.');
  process.exit(0);
}
const overrides = Object.fromEntries((values.set ?? []).map((kv) => {
  const [key, value] = kv.split('=');
  if (value.includes('/')) return [key, value.split('/').map(Number)];
  return [key, value === 'true' ? true : value === 'false' ? false : Number.isNaN(Number(value)) ? value : Number(value)];
}));
const config = { ...lib.DEFAULT_BAYES_CONFIG, ...variant.config, ...overrides };
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const logit = (p) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

const data = corpora.map((corpus) => {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const labels = items.map((it) => it.label);
  const moderator = lib.createModerator();
  const analyses = items.map((it) => moderator.analyze(it.comment));
  const points = analyses.map((a) => a.hits.reduce((s, h) => s + h.points, 0));
  const runs = [{ split: '10-fold', splits: lib.stratifiedKFold(labels, 10, 42) }];
  if (items.some((it) => it.subset) && items.some((it) => it.comment.createdAt)) {
    runs.push({ split: 'chrono', splits: [lib.chronologicalSplit(items.map((it) => ({ subset: it.subset, time: it.comment.createdAt ? Date.parse(it.comment.createdAt) : null })), 0.7)] });
  }
  return { name: corpus.name, labels, analyses, points, runs };
});

/** Out-of-fold rows: raw evidence, normalized x, the classifier's own probability, rule points. */
function outOfFold(d, splits, cfg) {
  const rows = [];
  for (const split of splits) {
    const c = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, config: cfg });
    for (const i of split.train) c.learn(`d${i}`, d.analyses[i].tokens, d.labels[i]);
    for (const i of split.test) {
      const e = c.evidence(d.analyses[i].tokens);
      const p = c.classify(d.analyses[i].tokens).probability;
      rows.push({ x: e.bias + e.raw / Math.pow(Math.max(e.used, 1), cfg.power), p, lp: logit(p), points: d.points[i], spam: d.labels[i] === 'spam' });
    }
  }
  return rows;
}

// 1. Default calibration from the fixed-calibration scores (sample 0: no self-fit).
const first = data.map((d) => outOfFold(d, d.runs[0].splits, { ...config, calibrationSample: 0 }));
const pooled = first.flat();
const weights = first.flatMap((rows) => rows.map(() => pooled.length / first.length / rows.length));
const prior = fitPlatt(pooled.map((r) => r.x), pooled.map((r) => r.spam), weights);

// 2. Self-calibrating classifiers with that prior, then the combination grid.
const tuned = { ...config, slope: prior.slope, offset: prior.offset };
for (const d of data) for (const run of d.runs) run.rows = outOfFold(d, run.splits, tuned);

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
const all = [];
const fixed = values.combo ? values.combo.split(',').map(Number) : null;
for (let wB = fixed ? fixed[0] : 0.5; wB <= (fixed ? fixed[0] : 2.51); wB += 0.05) {
  for (const wR of values['free-rules'] ? Array.from({ length: 21 }, (_, i) => i / 10) : [lib.RULE_SLOPE]) {
    for (let c = fixed ? fixed[1] : -3; c <= (fixed ? fixed[1] : 3.01); c += 0.1) {
      let objective = 0;
      for (const d of data) {
        const m = decisions(d.runs[0].rows, wB, wR, c);
        objective += m.mcc / data.length - 10 * Math.max(0, m.hamBlocked - 0.01);
      }
      all.push({ objective, wB, wR, c });
      if (!best || objective > best.objective + 1e-12) best = { objective, wB, wR, c };
    }
  }
}
const f = (x, n = 3) => x.toFixed(n);
console.log(`variant ${variant.name} ${JSON.stringify(overrides)}, power ${config.power}: default calibration slope ${f(prior.slope, 4)} offset ${f(prior.offset, 4)}`);
console.log(`combination: z = ${f(best.wB, 2)}·logit(p) + ${f(best.wR, 2)}·points + ${f(best.c, 2)} (objective ${f(best.objective)})`);
for (const x of all.sort((a, b) => b.objective - a.objective).slice(0, Number(values.top))) {
  const per = data.map((d) => { const m = decisions(d.runs[0].rows, x.wB, x.wR, x.c); return `${d.name.slice(0, 5)} ${f(m.mcc)} hb ${f(m.hamBlocked * 100, 2)} mod ${f(m.moderate * 100, 1)}`; });
  console.log(`  ${f(x.objective)}  wB ${f(x.wB, 2)} c ${f(x.c, 2)} | ${per.join(' | ')}`);
}
const table = [];
for (const d of data) {
  for (const run of d.runs) {
    const alone = decisions(run.rows, 1, 0, 0);
    const m = decisions(run.rows, best.wB, best.wR, best.c);
    const combined = run.rows.map((r) => sigmoid(best.wB * r.lp + best.wR * r.points + best.c));
    table.push([d.name, run.split, f(logLoss(run.rows.map((r) => r.p), run.rows.map((r) => r.spam))), f(alone.mcc), f(logLoss(combined, run.rows.map((r) => r.spam))), f(m.mcc), `${f(m.hamBlocked * 100, 2)} %`, `${f(m.recall * 100, 1)} %`, `${f(m.moderate * 100, 1)} %`]);
  }
}
console.log(formatTable(['corpus', 'split', 'Bayes log-loss', 'Bayes alone MCC', 'verdict log-loss', 'combined MCC', 'ham blocked', 'spam recall', 'moderate'], table));
