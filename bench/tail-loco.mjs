// Where the spam decision sits, site by site (issue 9 §5; docs/quality-session7.md). The trained
// verdict blocks at z = BAYES_SCALE·l + RULE_SLOPE·points + TRAINED_BIAS ≥ logit(spam threshold).
// A fixed cut cannot hold a ham-blocked rate on sites whose scores differ, so the classifier
// reports where its own ham tail sits (Calibration.hamTail: the calibrated scores its top 0.5 %
// (the budget) and its top aim × 0.5 % of learned ham reach, scored out of sample by the
// cross-fitted halves the calibration is fitted on). When the classifier alone gives the budget's
// tail a blocking score, the verdict moves the spam cut up to the placed tail's score and holds
// what falls between. This bench measures that out of fold for a grid of placed shares and picks
// the share leave-one-corpus-out: on three corpora, within ham blocked ≤ 0.5 % and ham held ≤ 3 %
// on each (a hard constraint), the most spam caught (ties to the share nearest the budget);
// reported on the fourth. The last line picks on all four (the default aim, share / 0.5 %).
//   node bench/tail-loco.mjs [--folds 5] [--seed 42] [--only a,b] [--always]
// --always moves the cut on every site, triggered or not (tried and dropped).
import { parseArgs } from 'node:util';
import { loadCorpus, locoCorpora } from './lib/corpora.mjs';
import { loadInternals } from './lib/load-from-src.mjs';
import { analyzeAll } from './lib/oof.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, seed: { type: 'string', default: '42' }, only: { type: 'string' }, always: { type: 'boolean', default: false }, points: { type: 'boolean', default: false }, loo: { type: 'boolean', default: false }, 'cal-folds': { type: 'string' } } });
const folds = Number(values.folds);
const seed = Number(values.seed);
const lib = await loadInternals();
const corpora = locoCorpora('tail-loco', values.only);
const SHARES = [0, 0.001, 0.0015, 0.002, 0.0025, 0.003, 0.004, 0.005];
// --loo: the calibration (and the tail) on the full model's leave-one-out-like scores (src/bayes/loo.ts).
// --cal-folds k: the calibration's scores from k cross-fitted models instead of the two halves (weights.ts calibrationFolds).
const variant = { ...(values.loo ? { calibrationScores: 'loo' } : {}), ...(values['cal-folds'] ? { calibrationFolds: Number(values['cal-folds']) } : {}) };
const config = { ...lib.DEFAULT_BAYES_CONFIG, ...variant };
const prior = { slope: config.slope, offset: config.offset };
const CLAMP = 12;
const Z_SPAM = Math.log(9);
const clamp = (l) => Math.min(Math.max(l, -CLAMP), CLAMP);
const logit = (p) => Math.log(p / (1 - p));

const t0 = performance.now();
const data = [];
for (const corpus of corpora) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const analyses = analyzeAll(lib, items);
  const splits = lib.stratifiedKFold(items.map((it) => it.label), folds, seed);
  const foldRows = [];
  for (const split of splits) {
    // The classifier's own store, so the bench can read the cross-fitted sample its calibration was fitted on.
    const store = new lib.MemoryStore(200_000);
    const c = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, store, config: { hamTailBudget: 0, ...variant } });
    for (const i of split.train) c.learn(`d${i}`, analyses[i].tokens, items[i].label);
    const cal = c.calibration();
    const fit = (lib.usesCalibrationVariant(config) ? lib.fitTrainedVariant : lib.fitTrained)(store.documents(), store.idSpace(), store.tokenFlags(), config, prior);
    // The shift (verdict log-odds) each share gives this fold: what the classifier alone gives the tail, over the cut.
    // --points: the tail on the verdict's own score of each sampled ham (its rule points counted),
    // not the classifier's alone. The sample is the halves' first documents (weights.ts fitTrained).
    const docs = store.documents();
    const half = (h) => docs.filter((_, k) => k % 2 === h).slice(0, Math.ceil(config.calibrationSample / 2));
    const kFolds = Number(values['cal-folds'] ?? 2);
    const foldDocs = (f) => docs.filter((_, j) => j % kFolds === f).slice(0, Math.ceil(config.calibrationSample / kFolds));
    const sampleDocs = values.loo ? docs.slice(0, config.calibrationSample) : kFolds > 2 ? Array.from({ length: kFolds }, (_, f) => foldDocs(f)).flat() : [...half(1), ...half(0)];
    const hamZ = [];
    fit.sample.xs.forEach((x, j) => {
      if (fit.sample.spam[j]) return;
      const p = 1 / (1 + Math.exp(-(fit.calibration.slope * x + fit.calibration.offset)));
      hamZ.push(lib.BAYES_SCALE * clamp(logit(Math.min(Math.max(p, 1e-12), 1 - 1e-12))) + lib.RULE_SLOPE * analyses[Number(sampleDocs[j].id.slice(1))].points + lib.TRAINED_BIAS);
    });
    hamZ.sort((a, b) => b - a);
    const over = (share) => {
      if (values.points) {
        const k = Math.floor(share * hamZ.length);
        return k < 1 ? 0 : Math.max(0, hamZ[k] - Z_SPAM);
      }
      const tail = lib.hamTail(fit.calibration, fit.sample.xs, fit.sample.spam, share);
      return tail === undefined ? 0 : Math.max(0, lib.BAYES_SCALE * clamp(logit(tail)) + lib.TRAINED_BIAS - Z_SPAM);
    };
    // The cut moves only when the estimate says the fixed cut blocks more than the budget (0.5 %);
    // --always moves it on every site (tried: it costs the sites within the budget spam caught).
    const triggered = values.always || over(config.hamTailBudget) > 0;
    const shift = SHARES.map((share) => (triggered ? over(share) : 0));
    const rows = split.test.map((i) => {
      const p = c.classify(analyses[i].tokens).probability;
      return { z: lib.BAYES_SCALE * clamp(logit(Math.min(Math.max(p, 1e-12), 1 - 1e-12))) + lib.RULE_SLOPE * analyses[i].points + lib.TRAINED_BIAS, spam: items[i].label === 'spam' };
    });
    foldRows.push({ shift, rows });
  }
  data.push({ name: corpus.name, folds: foldRows });
  process.stderr.write(`  ${corpus.name} (${items.length})\n`);
}

/** Decided spam at z ≥ Z_SPAM + shift, held at 0 ≤ z below it (the band stretched, as placeSpamCut does). */
function measure(d, s) {
  let tp = 0, fp = 0, tn = 0, fn = 0, held = 0, spamHeld = 0;
  for (const f of d.folds) {
    const cut = Z_SPAM + f.shift[s];
    for (const r of f.rows) {
      if (r.z >= cut) r.spam ? tp++ : fp++;
      else {
        r.spam ? fn++ : tn++;
        if (r.z >= 0) r.spam ? spamHeld++ : held++;
      }
    }
  }
  return { mcc: lib.matthews(tp, fp, tn, fn), caught: tp / (tp + fn), blocked: fp / (fp + tn), held: held / (fp + tn), spamHeld: spamHeld / (tp + fn) };
}
/** Ham over the budgets (blocked 0.5 %, held 3 %), summed over `set`: the protocol's constraint, kept hard. */
const excess = (set, s) => set.reduce((sum, d) => { const m = measure(d, s); return sum + Math.max(0, m.blocked - 0.005) + Math.max(0, m.held - 0.03); }, 0);
const caught = (set, s) => set.reduce((sum, d) => sum + measure(d, s).caught / set.length, 0);
/**
 * The best share on `set`: within the ham budgets on every corpus (or, when none is, the least
 * over them), then the most spam caught; ties (within 1e-9) go to the share nearest the budget (a
 * share no corpus can tell apart from the budget is the budget), off last.
 */
function pick(set) {
  let best = -1;
  const order = [...SHARES.keys()].filter((s) => SHARES[s] > 0 && SHARES[s] <= config.hamTailBudget).sort((a, b) => SHARES[b] - SHARES[a]);
  for (const s of [...order, 0]) {
    if (best < 0) { best = s; continue; }
    const e = excess(set, s) - excess(set, best);
    if (e < -1e-9 || (Math.abs(e) <= 1e-9 && caught(set, s) > caught(set, best) + 1e-9)) best = s;
  }
  return best;
}
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const pct2 = (x) => `${(x * 100).toFixed(2)} %`;
const cell = (m) => `${pct(m.caught)} / ${pct2(m.held)} / ${pct2(m.blocked)} / ${m.mcc.toFixed(3)}`;
const shareName = (s) => (SHARES[s] === 0 ? 'off' : pct2(SHARES[s]));

console.log(`Site-placed spam cut, ${folds}-fold out-of-fold (seed ${seed}), every comment. Cells: spam caught / ham held / ham blocked / MCC (held counts as not spam).\n`);
console.log(formatTable(['placed share (aim × 0.5 %)', ...data.map((d) => d.name)], SHARES.map((_, s) => [shareName(s), ...data.map((d) => cell(measure(d, s)))])));
console.log('\nPicked on the other three (within ham blocked ≤ 0.5 % and held ≤ 3 % on each, then the most spam caught; ties to the share nearest the budget), reported on the one left out:');
console.log(formatTable(['held out', 'picked', 'picked: caught / held / blocked / MCC', 'spam held', 'off: caught / held / blocked / MCC'], data.map((held) => {
  const s = pick(data.filter((d) => d !== held));
  const m = measure(held, s);
  return [held.name, shareName(s), cell(m), pct(m.spamHeld), cell(measure(held, 0))];
})));
const all = pick(data);
console.log(`\nPicked on all ${data.length}: ${shareName(all)}`);
console.log(`\n(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
