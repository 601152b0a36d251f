// Learning curve: how spamsift does on SMALL sites. The sites it will meet are mostly small (a
// few hundred to a few thousand moderated comments), while the shared corpora are 2k-25k, so
// every corpus is cut into stratified seeded subsamples of --sizes comments (several --seeds
// each), and each subsample is cross-validated on its own (10-fold, seed 42). Side by side on the
// same folds: spamsift (the moderator's verdict: rules + the site's classifier + the placed spam
// cut, the shipped starter off, see below), a plain multinomial NB and the npm `bayes` package
// (bench/lib/peers.mjs). Per cell, the mean over the seeds of: AUC, spam caught at ≤ 1 % and
// ≤ 5 % ham blocked (at 150 comments 0.5 % of the ham is less than one comment), MCC at the
// default decision, ham blocked and ham held at the defaults.
//
// --variants compares overrides of the classifier's config (CURVE_VARIANTS below) with today's
// defaults on the same subsamples and folds, and picks one leave-one-corpus-out: on three
// corpora's curves (every size), by --objective, reported on the fourth.
//   mcc: mean MCC at the defaults with ham blocked over 0.5 % penalized (10 × the excess), the
//        verdict the site gets; at1: mean spam caught at ≤ 1 % ham blocked, the ranking.
//
// The shipped starter model is off: it was learned from three of these corpora (youtube, sms,
// instagram-scam; docs/starter-model.md), so with it on they would be scored by a model that has
// seen them. It is retired after 1,000 learned comments in any case. --starter adds a row of the
// moderator with its defaults (starter on): read it on telegram-ru only, the one corpus the
// starter has not seen.
//
// spamsift runs from src/ (bench/lib/internals.ts) so that classifier configs can be varied; its
// rows at the default config are the moderator's verdicts (learn ids, tokens, decide and the
// placed cut as src/moderator.ts does them; checked against evaluate() with --check).
//   npm run build && node bench/learning-curve.mjs [--sizes 150,400,1000] [--seeds 3] [--folds 10]
//        [--only youtube,sms] [--no-peers] [--variants 'name;name'|all] [--objective mcc|at1] [--json out.json] [--check] [--starter]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { loadInternals } from './lib/load-from-src.mjs';
import { subsampleIndexes } from './lib/oof.mjs';
import { bayesPeer, plainNbPeer } from './lib/peers.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '150,400,1000' },
    seeds: { type: 'string', default: '3' },
    folds: { type: 'string', default: '10' },
    only: { type: 'string' },
    'no-peers': { type: 'boolean', default: false },
    variants: { type: 'string' },
    objective: { type: 'string', default: 'mcc' },
    json: { type: 'string' },
    check: { type: 'boolean', default: false },
    starter: { type: 'boolean', default: false },
  },
});

/**
 * Classifier configs compared with today's defaults: each an override of DEFAULT_BAYES_CONFIG
 * (src/bayes/index.ts). The size-dependent ones take the learned set's size into account
 * (documents n): NB-LR interpolation β = n / (n + lrBetaDocs), the calibration's pull toward
 * its defaults.
 */
export const CURVE_VARIANTS = [
  { name: 'default', config: {} },
  { name: 'plain NB (no NB-LR)', config: { lrEpochs: 0 } },
  { name: 'NB-LR β 0.5', config: { lrBeta: 0.5 } },
  { name: 'no char grams', config: { charGrams: 'none' } },
  { name: 'no rule tokens in the classifier', config: { rules: false } },
  { name: 'NB-LR, rule tokens not reweighted', config: { lrRules: false } },
  { name: 'calibration: prior strength 20', config: { priorStrength: 20 } },
  { name: 'calibration: prior strength 50', config: { priorStrength: 50 } },
  { name: 'calibration: Platt target smoothing', config: { smoothTargets: true } },
  { name: 'NB-LR model: mean of the halves', config: { lrModel: 'halves' } },
  { name: 'calibration: 4 cross-fitted folds', config: { calibrationFolds: 4 } },
  { name: 'calibration: 8 cross-fitted folds', config: { calibrationFolds: 8 } },
  { name: 'calibration: full model, leave-one-out', config: { calibrationScores: 'loo' } },
  { name: 'calibration: full model, leave-one-out, smoothing', config: { calibrationScores: 'loo', smoothTargets: true } },
  // Session 9 (docs/quality-session9.md): where the spam cut goes on a site with few learned ham
  // (calibrate.ts hamTail; the default since session 9 is the larger of the two, aim 0.6). Every
  // row names its mode and aim, so the rows stay what they say whatever the default.
  { name: 'ham tail: order statistic, aim 1 (before session 9)', config: { hamTailMode: 'order', hamTailAim: 1 } },
  { name: 'ham tail: order statistic, aim 0.8', config: { hamTailMode: 'order', hamTailAim: 0.8 } },
  { name: 'ham tail: order statistic, aim 0.6', config: { hamTailMode: 'order', hamTailAim: 0.6 } },
  { name: 'ham tail: order statistic, aim 0.4', config: { hamTailMode: 'order', hamTailAim: 0.4 } },
  { name: 'ham tail: extrapolated, aim 1', config: { hamTailMode: 'extrapolate', hamTailAim: 1 } },
  { name: 'ham tail: extrapolated, aim 0.8', config: { hamTailMode: 'extrapolate', hamTailAim: 0.8 } },
  { name: 'ham tail: extrapolated, aim 0.6', config: { hamTailMode: 'extrapolate', hamTailAim: 0.6 } },
  { name: 'ham tail: larger, aim 1', config: { hamTailMode: 'max', hamTailAim: 1 } },
  { name: 'ham tail: larger, aim 0.8', config: { hamTailMode: 'max', hamTailAim: 0.8 } },
  { name: 'ham tail: larger, aim 0.6', config: { hamTailMode: 'max', hamTailAim: 0.6 } },
  { name: 'ham tail: larger, aim 0.4', config: { hamTailMode: 'max', hamTailAim: 0.4 } },
  { name: 'ham tail: larger, fit within the sample, aim 0.6', config: { hamTailMode: 'max-sample', hamTailAim: 0.6 } },
  { name: 'ham tail: larger, fit within the sample, aim 1', config: { hamTailMode: 'max-sample', hamTailAim: 1 } },
  { name: 'ham tail: larger where the budget is an order statistic, aim 0.6', config: { hamTailMode: 'max-known', hamTailAim: 0.6 } },
  { name: 'ham tail: larger where the budget is an order statistic, aim 0.8', config: { hamTailMode: 'max-known', hamTailAim: 0.8 } },
];

const sizes = values.sizes.split(',').map(Number);
const seeds = Number(values.seeds);
const folds = Number(values.folds);
const lib = await loadInternals();
// The starter model is a file beside the package's code: --starter runs the built package (dist/), which ships it.
const built = values.starter ? await import(new URL('../dist/index.js', import.meta.url).href) : null;
const corpora = findCorpora().filter((c) => !values.only || values.only.split(',').includes(c.name));
if (corpora.length === 0) {
  console.log('bench/learning-curve: no corpus in ../shared/corpora (absent here); skipped.');
  process.exit(0);
}
const chosen = values.variants === undefined ? [CURVE_VARIANTS[0]] : values.variants === 'all' ? CURVE_VARIANTS : [CURVE_VARIANTS[0], ...CURVE_VARIANTS.filter((v) => v !== CURVE_VARIANTS[0] && values.variants.split(';').includes(v.name))];
const peers = values['no-peers'] ? [] : [{ name: 'plain multinomial NB', make: plainNbPeer }, { name: 'bayes (npm)', make: bayesPeer }];


const decideOptions = { thresholds: lib.DEFAULT_THRESHOLDS, bayesWeight: 1, explain: false };

/** spamsift's out-of-fold verdicts on one subsample: a classifier per fold with `config`, verdicts as the moderator decides them. */
function runSpamsift(items, analyses, index, splits, config) {
  const out = [];
  for (const split of splits) {
    const c = lib.createClassifier({ minExamplesPerClass: 10, maxVocabulary: 200_000, config: { hamTailBudget: 0.005, ...config } });
    for (const k of split.train) c.learn(analyses[index[k]].id, analyses[index[k]].tokens, items[index[k]].label);
    let placed = null;
    for (const k of split.test) {
      const a = analyses[index[k]];
      const bayes = c.classifyToRead(a.tokens);
      if (bayes && placed === null) {
        const spamShift = lib.spamCutShift(decideOptions, c.calibration().hamTail);
        placed = spamShift === 0 ? decideOptions : { ...decideOptions, spamShift };
      }
      const v = lib.decide(a.hits, bayes, [], bayes ? placed : decideOptions);
      const points = a.hits.reduce((sum, h) => sum + h.points, 0);
      out.push({ spam: items[index[k]].label === 'spam', decision: v.decision, score: v.score, rules: points > 0 });
    }
  }
  return out;
}

/** The moderator as a site gets it (createModerator() defaults: the shipped starter on below 1,000 learned comments), per fold. */
function runModerator(items, index, splits) {
  const out = [];
  for (const split of splits) {
    const m = built.createModerator({ explain: false });
    for (const k of split.train) m.learn(items[index[k]].comment, items[index[k]].label);
    for (const k of split.test) {
      const v = m.check(items[index[k]].comment);
      out.push({ spam: items[index[k]].label === 'spam', decision: v.decision, score: v.score, rules: v.reasons.some((r) => r.id !== 'BAYES' && r.id !== 'BAYES_STARTER' && r.points > 0) });
    }
  }
  return out;
}

/** A peer's out-of-fold decisions (p ≥ 0.5) and ranking scores on the same folds. */
async function runPeer(make, items, index, splits) {
  const out = [];
  for (const split of splits) {
    const peer = make();
    for (const k of split.train) await peer.learn(items[index[k]].comment.content, items[index[k]].label);
    await peer.finish();
    for (const k of split.test) {
      const v = await peer.check(items[index[k]].comment.content);
      out.push({ spam: items[index[k]].label === 'spam', decision: v.decision, score: v.rank ?? v.score });
    }
  }
  return out;
}

function metricsOf(rows) {
  const confusion = lib.emptyConfusion();
  const spam = [];
  const ham = [];
  for (const r of rows) {
    lib.countDecision(confusion, r.spam ? 'spam' : 'ham', r.decision);
    (r.spam ? spam : ham).push(r.score);
  }
  const m = lib.computeMetrics(confusion, spam, ham);
  const hamRows = rows.filter((r) => !r.spam);
  const blockedWithRules = hamRows.filter((r) => r.decision === 'spam' && r.rules).length / Math.max(1, hamRows.length);
  // Issue 9 §5 per subsample: ham blocked over the budget (or over one ham where the budget is less), ham held over 3 %.
  const over = Math.max(0, m.hamBlocked - Math.max(0.005, 1 / Math.max(1, hamRows.length)));
  const heldOver = Math.max(0, m.hamHeld - 0.03);
  return { over, heldOver, blockedWithRules, auc: m.auc, at05: m.spamAtHalfPercent, at1: m.spamAtOnePercent, at5: lib.spamCaughtAt(spam, ham, 0.05), mcc: m.mcc, caught: m.spamRecall, blocked: m.hamBlocked, held: m.hamHeld };
}

const KEYS = ['over', 'heldOver', 'blockedWithRules', 'auc', 'at05', 'at1', 'at5', 'mcc', 'caught', 'blocked', 'held'];
const mean = (ms) => Object.fromEntries(KEYS.map((k) => [k, ms.reduce((s, m) => s + m[k], 0) / ms.length]));

const t0 = performance.now();
/** results[corpus][size][classifier] = the seeds' metrics. */
const results = {};
for (const corpus of corpora) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const moderator = lib.createModerator({ starter: false });
  const analyses = new Array(items.length);
  const analysisOf = (i) => {
    if (analyses[i] === undefined) {
      const a = moderator.analyze(items[i].comment);
      analyses[i] = { id: lib.learnId(items[i].comment), tokens: a.classifierTokens, hits: a.hits };
    }
    return analyses[i];
  };
  results[corpus.name] = {};
  for (const size of sizes) {
    const cell = (results[corpus.name][size] = {});
    for (let s = 1; s <= seeds; s++) {
      const index = subsampleIndexes(lib, items, size, 1000 * s + size);
      index.forEach(analysisOf);
      const splits = lib.stratifiedKFold(index.map((i) => items[i].label), folds, 42);
      for (const v of chosen) (cell[`spamsift: ${v.name}`] ??= []).push(metricsOf(runSpamsift(items, analyses, index, splits, v.config)));
      if (values.starter) (cell['spamsift: defaults, shipped starter on'] ??= []).push(metricsOf(runModerator(items, index, splits)));
      for (const p of peers) (cell[p.name] ??= []).push(metricsOf(await runPeer(p.make, items, index, splits)));
      if (values.check && s === 1) {
        // The default row must be the moderator's own verdicts (same folds, starter off).
        const sub = index.map((i) => items[i]);
        const ours = runSpamsift(items, analyses, index, splits, {});
        const moderatorRows = [];
        for (const split of splits) {
          const m = lib.createModerator({ starter: false });
          for (const k of split.train) m.learn(sub[k].comment, sub[k].label);
          for (const k of split.test) {
            const v = m.check(sub[k].comment);
            moderatorRows.push({ decision: v.decision, score: v.score });
          }
        }
        const differ = ours.filter((r, j) => r.decision !== moderatorRows[j].decision || Math.abs(r.score - moderatorRows[j].score) > 1e-12).length;
        console.log(`check ${corpus.name} ${size}: ${differ} of ${ours.length} verdicts differ from createModerator({ starter: false })`);
      }
    }
    process.stderr.write(`  ${corpus.name} ${size} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
}

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');
const pct2 = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(2)} %` : '–');
const cellText = (m) => [m.auc.toFixed(4), pct(m.at05), pct(m.at1), pct(m.at5), m.mcc.toFixed(3), pct(m.caught), pct2(m.blocked), pct2(m.blockedWithRules), pct2(m.held)];
console.log(`Learning curve: stratified subsamples of ${sizes.join(' / ')} comments, ${seeds} seeds each, ${folds}-fold (seed 42) within each; cells are means over the seeds. spamsift: the moderator's verdict with the shipped starter off.\n`);
for (const size of sizes) {
  const rows = [];
  for (const corpus of corpora) for (const [name, ms] of Object.entries(results[corpus.name][size])) rows.push([corpus.name, name, ...cellText(mean(ms))]);
  console.log(`### ${size} comments`);
  console.log(formatTable(['corpus', 'classifier', 'AUC', 'spam @≤0.5 % ham', 'spam @≤1 % ham', 'spam @≤5 % ham', 'MCC', 'spam caught', 'ham blocked', 'of which rule hits', 'ham held'], rows));
  console.log('');
}

if (chosen.length > 1) {
  const names = chosen.map((v) => `spamsift: ${v.name}`);
  const score = (corpus, name) => {
    let sum = 0;
    for (const size of sizes) {
      const m = mean(results[corpus][size][name]);
      sum += (values.objective === 'at1' ? m.at1 : values.objective === 'budget' ? m.caught - 100 * (m.over + m.heldOver) : m.mcc - 10 * Math.max(0, m.blocked - 0.005)) / sizes.length;
    }
    return sum;
  };
  const rows = [];
  for (const held of corpora) {
    const others = corpora.filter((c) => c !== held);
    let best = names[0];
    let bestScore = -Infinity;
    for (const name of names) {
      const s = others.reduce((sum, c) => sum + score(c.name, name), 0) / others.length;
      if (s > bestScore + 1e-9) [best, bestScore] = [name, s];
    }
    rows.push([held.name, best.slice('spamsift: '.length), bestScore.toFixed(4), score(held.name, best).toFixed(4), score(held.name, names[0]).toFixed(4)]);
  }
  console.log(`Leave-one-corpus-out pick by ${values.objective === 'at1' ? 'mean spam caught at ≤ 1 % ham blocked' : values.objective === 'budget' ? 'mean spam caught at the defaults, each point of ham blocked over the budget (0.5 %, or one ham where that is more) or held over 3 % costing 100' : 'mean MCC at the defaults, ham blocked over 0.5 % penalized 10×'} over the sizes:`);
  console.log(formatTable(['held out', 'picked on the other three', 'others', 'held out: picked', 'held out: default'], rows));
  const all = names.map((name) => [name.slice('spamsift: '.length), ...corpora.map((c) => score(c.name, name).toFixed(4))]);
  console.log('\nEvery variant, the objective per corpus:');
  console.log(formatTable(['variant', ...corpora.map((c) => c.name)], all));
}
console.log(`\n(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
if (values.json) writeFileSync(values.json, JSON.stringify({ sizes, seeds, folds, results }, null, 2));
