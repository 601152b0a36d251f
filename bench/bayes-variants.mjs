// Variant study for the Bayes part (the README's "what we tried" table): the same folds
// (10-fold, seed 42; youtube also chrono) and the same pipeline tokens for every variant.
//   node bench/bayes-variants.mjs [--only youtube] [--variants 'name;name'] [--json out.json]   (names contain commas)
// Columns:
//   AUC, best MCC   ranking quality of the classifier's probability (best MCC: at the best single threshold, an upper bound)
//   log-loss        of the classifier's own, self-calibrated probability
//   Bayes MCC       that probability alone against the default spam threshold (0.9)
//   check MCC, ham blocked, moderate
//                   the probability combined with the rule points exactly as check() does
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadInternals } from './lib/load-from-src.mjs';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { logLoss } from './lib/platt.mjs';
import { formatTable } from './lib/table.mjs';
import { VARIANTS } from './lib/variants.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, variants: { type: 'string' }, json: { type: 'string' }, corpus: { type: 'string', multiple: true } } });
const lib = await loadInternals();
const corpora = findCorpora(values.corpus ?? []).filter((c) => !values.only || values.only.split(',').includes(c.name));
const variants = VARIANTS.filter((v) => !values.variants || values.variants.split(';').includes(v.name));
if (corpora.length === 0) {
  console.log('bayes-variants: no corpora found (../shared/corpora absent and no --corpus); skipped.');
  process.exit(0);
}

const rows = [];
for (const corpus of corpora) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const labels = items.map((it) => it.label);
  const moderator = lib.createModerator();
  const analyses = items.map((it) => moderator.analyze(it.comment));
  const runs = [['10-fold', lib.stratifiedKFold(labels, 10, 42)]];
  if (items.some((it) => it.subset) && items.some((it) => it.comment.createdAt)) {
    runs.push(['chrono', [lib.chronologicalSplit(items.map((it) => ({ subset: it.subset, time: it.comment.createdAt ? Date.parse(it.comment.createdAt) : null })), 0.7)]]);
  }
  for (const [split, splits] of runs) {
    for (const variant of variants) {
      const out = [];
      for (const s of splits) {
        const classifier = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, config: variant.config });
        for (const i of s.train) classifier.learn(`d${i}`, analyses[i].tokens, labels[i]);
        for (const i of s.test) {
          const bayes = classifier.classify(analyses[i].tokens);
          const verdict = lib.decide(analyses[i].hits, bayes, [], { thresholds: lib.DEFAULT_THRESHOLDS, bayesWeight: 1 });
          out.push({ p: bayes.probability, verdict, spam: labels[i] === 'spam' });
        }
      }
      const ys = out.map((r) => r.spam);
      const decided = (score) => (score >= 0.9 ? 'spam' : score >= 0.5 ? 'moderate' : 'ham');
      const metricsOf = (scoreOf) => {
        const confusion = lib.emptyConfusion();
        const scores = { spam: [], ham: [] };
        for (const r of out) {
          const label = r.spam ? 'spam' : 'ham';
          lib.countDecision(confusion, label, decided(scoreOf(r)));
          scores[label].push(scoreOf(r));
        }
        return lib.computeMetrics(confusion, scores.spam, scores.ham);
      };
      const sorted = out.slice().sort((a, b) => b.p - a.p);
      const P = ys.filter(Boolean).length, N = ys.length - P;
      let tp = 0, fp = 0, best = 0;
      for (const r of sorted) { if (r.spam) tp++; else fp++; best = Math.max(best, lib.matthews(tp, fp, N - fp, P - tp)); }
      const alone = metricsOf((r) => r.p);
      const check = metricsOf((r) => r.verdict.score);
      rows.push({ corpus: corpus.name, split, variant: variant.name, auc: alone.auc, bestMcc: best, logLoss: logLoss(out.map((r) => r.p), ys), bayesMcc: alone.mcc, mcc: check.mcc, hamBlocked: check.hamBlocked, moderate: check.moderateShare });
      process.stderr.write(`  ${corpus.name} ${split} ${variant.name}\n`);
    }
  }
}
const f = (x, n = 3) => x.toFixed(n);
console.log(formatTable(
  ['corpus', 'split', 'variant', 'AUC', 'best MCC', 'log-loss', 'Bayes MCC', 'check MCC', 'ham blocked', 'moderate'],
  rows.map((r) => [r.corpus, r.split, r.variant, f(r.auc, 4), f(r.bestMcc), f(r.logLoss), f(r.bayesMcc), f(r.mcc), `${f(r.hamBlocked * 100, 2)} %`, `${f(r.moderate * 100, 1)} %`]),
));
if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
