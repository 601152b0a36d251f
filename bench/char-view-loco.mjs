// The character view (src/bayes/char-view.ts) leave-one-corpus-out: hashed character 3–5-grams
// of the whole normalized text under their own NB-LR, combined with the word view's calibrated
// log-odds l and the rule points as the verdict combines them. For each held-out corpus, the
// combination (how much of the char view's log-odds c goes in) is picked on the other three by
// mean spam caught at ≤ 0.5 % ham blocked, and reported on the one held out beside the word view
// alone. Same folds and constants as bench/loco.mjs.
//   node bench/char-view-loco.mjs [--folds 5] [--max 0] [--seed 42] [--only a,b,c] [--bits 18] [--objective at05|mcc] [--sizes 3-5]
// --objective mcc picks by mean MCC at today's constants instead (for the MCC targets).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadCorpus, locoCorpora } from './lib/corpora.mjs';
import { loadInternals } from './lib/load-from-src.mjs';
import { BAYES_CLAMP, analyzeAll, outOfFold, subsample } from './lib/oof.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, max: { type: 'string', default: '0' }, seed: { type: 'string', default: '42' }, only: { type: 'string' }, bits: { type: 'string', default: '18' }, objective: { type: 'string', default: 'at05' }, sizes: { type: 'string', default: '3-5' } } });
const folds = Number(values.folds);
const max = Number(values.max);
const seed = Number(values.seed);
const lib = await loadInternals();
const corpora = locoCorpora('char-view-loco', values.only);
const clamp = (x) => Math.min(Math.max(x, -BAYES_CLAMP), BAYES_CLAMP);
// l' from the word view's l and the char view's c: a convex mix keeps the calibrated scale, an
// addition lets agreeing views add up.
const COMBINATIONS = [
  { name: 'word view alone (today)', f: (l) => l },
  { name: 'char view alone', f: (l, c) => clamp(c) },
  ...[0.2, 0.35, 0.5].map((g) => ({ name: `mix ${g}`, f: (l, c) => clamp((1 - g) * l + g * c) })),
  ...[0.15, 0.25, 0.35, 0.5].map((g) => ({ name: `add ${g}`, f: (l, c) => clamp(l + g * c) })),
];
const TODAY = { wB: lib.BAYES_SCALE, c: lib.TRAINED_BIAS };
const Z_SPAM = Math.log(9);

function measure(rows, f) {
  let tp = 0, fp = 0, fn = 0, tn = 0, held = 0;
  const spamZ = [], hamZ = [];
  for (const r of rows) {
    const z = TODAY.wB * f(r.l, r.c) + lib.RULE_SLOPE * r.points + TODAY.c;
    (r.spam ? spamZ : hamZ).push(z);
    if (z >= Z_SPAM) r.spam ? tp++ : fp++;
    else {
      r.spam ? fn++ : tn++;
      if (!r.spam && z >= 0) held++;
    }
  }
  return { mcc: lib.matthews(tp, fp, tn, fn), caught: tp / (tp + fn), blocked: fp / (fp + tn), held: held / (fp + tn), auc: lib.rocAuc(spamZ, hamZ), at05: lib.spamCaughtAt(spamZ, hamZ, 0.005), at1: lib.spamCaughtAt(spamZ, hamZ, 0.01) };
}
const spread = (rows, f) => {
  const xs = Array.from({ length: folds }, (_, k) => measure(rows.filter((r) => r.fold === k), f).at05);
  const mean = xs.reduce((s, x) => s + x, 0) / folds;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (folds - 1));
};

const t0 = performance.now();
const data = [];
const config = { ...lib.DEFAULT_BAYES_CONFIG };
const prior = { slope: config.slope, offset: config.offset };
const [minSize, maxSize] = values.sizes.split('-').map(Number);
const scratch = new lib.CharGramScratch({ ...lib.DEFAULT_CHAR_VIEW, bits: Number(values.bits), minSize, maxSize });
console.log(`char view: ${minSize}–${maxSize}-grams into 2^${values.bits} buckets`);
for (const corpus of corpora) {
  const items = subsample(lib, loadCorpus(lib.parseCorpus, corpus.path), max, seed);
  const splits = lib.stratifiedKFold(items.map((it) => it.label), folds, seed);
  const analyses = analyzeAll(lib, items, 'auto');
  const rows = outOfFold(lib, items, analyses, splits, {});
  // outOfFold's rows follow the splits' test order; the char view's scores are appended in the same order.
  let k = 0;
  let grams = 0;
  let fitMs = 0;
  const scoreUs = [];
  splits.forEach((split) => {
    const t = performance.now();
    const view = lib.fitCharView(split.train.map((i) => ({ text: analyses[i].text, label: items[i].label })), scratch, config, prior);
    fitMs += performance.now() - t;
    for (const i of split.test) {
      grams += lib.charGramIds(analyses[i].text, scratch).length;
      rows[k++].c = lib.scoreCharView(view, analyses[i].text, scratch);
    }
    // The view's cost a check: grams hashed and looked up (median of 3 passes over the test part, CPU time).
    const passes = [];
    for (let pass = 0; pass < 3; pass++) {
      const t1 = process.cpuUsage().user;
      for (const i of split.test) lib.scoreCharView(view, analyses[i].text, scratch);
      passes.push((process.cpuUsage().user - t1) / split.test.length);
    }
    scoreUs.push(passes.sort((a, b) => a - b)[1]);
  });
  data.push({ name: corpus.name, rows });
  process.stderr.write(`  ${corpus.name}: ${items.length} comments, ${(grams / items.length).toFixed(0)} distinct grams a comment, char-view fit ${(fitMs / folds).toFixed(0)} ms a fold (${((items.length * (folds - 1)) / folds).toFixed(0)} comments), scoring ${scoreUs.sort((a, b) => a - b)[Math.floor(folds / 2)].toFixed(1)} µs a comment\n`);
}
const pct = (x) => `${(x * 100).toFixed(1)} %`;
console.log(`\nEach cell: spam caught at ≤ 0.5 % / ≤ 1 % ham blocked / AUC / MCC at today's constants (wB ${TODAY.wB}, c ${TODAY.c}), ${folds}-fold seed ${seed}, out of fold`);
console.log(formatTable(['combination', ...data.map((d) => d.name)], COMBINATIONS.map((v) => [v.name, ...data.map((d) => { const m = measure(d.rows, v.f); return `${pct(m.at05)} / ${pct(m.at1)} / ${m.auc.toFixed(4)} / ${m.mcc.toFixed(3)}`; })])));
console.log('\nAt the defaults, each cell: spam caught / ham blocked / ham held');
console.log(formatTable(['combination', ...data.map((d) => d.name)], COMBINATIONS.map((v) => [v.name, ...data.map((d) => { const m = measure(d.rows, v.f); return `${pct(m.caught)} / ${(m.blocked * 100).toFixed(2)} % / ${(m.held * 100).toFixed(2)} %`; })])));
console.log(`\nFold spread of the word view's spam caught at ≤ 0.5 %: ${data.map((d) => `${d.name} ±${pct(spread(d.rows, COMBINATIONS[0].f))}`).join(', ')}`);
const candidates = COMBINATIONS.filter((v) => v.name.startsWith('mix') || v.name.startsWith('add') || v === COMBINATIONS[0]);
const held = data.map((d) => {
  const others = data.filter((o) => o !== d);
  const objective = values.objective === 'mcc' ? (m) => m.mcc : (m) => m.at05;
  const score = (v) => others.reduce((s, o) => s + objective(measure(o.rows, v.f)), 0) / others.length;
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  const m = measure(d.rows, best.f);
  const base = measure(d.rows, COMBINATIONS[0].f);
  return [d.name, best.name, pct(m.at05), pct(base.at05), `${m.auc.toFixed(4)} / ${base.auc.toFixed(4)}`, `${m.mcc.toFixed(3)} / ${base.mcc.toFixed(3)}`, `${(m.blocked * 100).toFixed(2)} / ${(base.blocked * 100).toFixed(2)} %`];
});
console.log(`\nLeave one corpus out: picked on the other three (mean ${values.objective === 'mcc' ? 'MCC at the defaults' : 'spam caught at ≤ 0.5 %'}), reported on the one held out`);
console.log(formatTable(['held out', 'picked', 'held out @≤0.5 %', 'word view alone @≤0.5 %', 'AUC picked / alone', 'MCC picked / alone', 'ham blocked picked / alone'], held));
console.log(`\n${((performance.now() - t0) / 1000).toFixed(0)} s, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
