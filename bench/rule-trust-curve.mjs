// Rule points on a trained moderator, scaled by how much of the site's own data the classifier
// has already seen for the rule (docs/quality-session9.md, "Rule points"): on the learning
// curve's subsamples and folds (bench/learning-curve.mjs), each rule hit's points times
// k / (k + n), n the learned comments with that rule's hit (the classifier sees the rule's token,
// so a hit it has learned from is counted twice otherwise), for k = 1, 3, 10, 30; the points
// halved; no points at all. The classifier and the cut are the default's; only decide()'s input
// changes. Prints one line per corpus, size and variant: MCC, spam caught, ham blocked, ham held
// (%), spam caught at <= 1 % ham blocked, AUC (means over 3 seeds).
//   npm run build && node bench/rule-trust-curve.mjs [sizes, default 150,400,1000] [--config '{"hamTailMode":"order"}']
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { loadInternals } from './lib/load-from-src.mjs';
import { subsampleIndexes } from './lib/oof.mjs';
const lib = await loadInternals();
const args = process.argv.slice(2);
const at = args.indexOf('--config');
const config = at >= 0 ? JSON.parse(args[at + 1]) : {};
const sizes = (args.find((a, i) => !a.startsWith('--') && i !== at + 1) ?? '150,400,1000').split(',').map(Number);
const seeds = 3;
const dopt = { thresholds: lib.DEFAULT_THRESHOLDS, bayesWeight: 1, explain: false };
const VARIANTS = {
  default: (h) => h,
  'k=1': (h, rc) => h.map((x) => ({ ...x, points: x.points * 1 / (1 + n(rc, x)) })),
  'k=3': (h, rc) => h.map((x) => ({ ...x, points: x.points * 3 / (3 + n(rc, x)) })),
  'k=10': (h, rc) => h.map((x) => ({ ...x, points: x.points * 10 / (10 + n(rc, x)) })),
  'k=30': (h, rc) => h.map((x) => ({ ...x, points: x.points * 30 / (30 + n(rc, x)) })),
  'half': (h) => h.map((x) => ({ ...x, points: x.points * 0.5 })),
  'zero': (h) => h.map((x) => ({ ...x, points: 0 })),
};
/** Learned comments (either label) with this rule's hit. */
function n(rc, x) { const r = rc.get(x.id); return r ? r.spam + r.ham : 0; }
const out = {};
for (const corpus of findCorpora()) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const moderator = lib.createModerator({ starter: false });
  const an = new Map();
  const A = (i) => { if (!an.has(i)) { const a = moderator.analyze(items[i].comment); an.set(i, { id: lib.learnId(items[i].comment), tokens: a.classifierTokens, hits: a.hits }); } return an.get(i); };
  for (const size of sizes) {
    const acc = {};
    for (let s = 1; s <= seeds; s++) {
      const index = subsampleIndexes(lib, items, size, 1000 * s + size);
      const splits = lib.stratifiedKFold(index.map((i) => items[i].label), 10, 42);
      const rows = Object.fromEntries(Object.keys(VARIANTS).map((v) => [v, []]));
      for (const split of splits) {
        const c = lib.createClassifier({ minExamplesPerClass: 10, maxVocabulary: 200_000, config: { hamTailBudget: 0.005, ...config } });
        const rc = new Map();
        for (const k of split.train) { const a = A(index[k]); c.learn(a.id, a.tokens, items[index[k]].label); for (const h of a.hits) { const r = rc.get(h.id) ?? { spam: 0, ham: 0 }; r[items[index[k]].label]++; rc.set(h.id, r); } }
        for (const k of split.test) {
          const a = A(index[k]);
          const bayes = c.classifyToRead(a.tokens);
          const sh = bayes ? lib.spamCutShift(dopt, c.calibration().hamTail) : 0;
          for (const [name, f] of Object.entries(VARIANTS)) {
            const v = lib.decide(bayes ? f(a.hits, rc) : a.hits, bayes, [], { ...dopt, spamShift: sh });
            rows[name].push({ spam: items[index[k]].label === 'spam', decision: v.decision, score: v.score });
          }
        }
      }
      for (const [name, r] of Object.entries(rows)) {
        const conf = lib.emptyConfusion(); const sp = [], hm = [];
        for (const x of r) { lib.countDecision(conf, x.spam ? 'spam' : 'ham', x.decision); (x.spam ? sp : hm).push(x.score); }
        const m = lib.computeMetrics(conf, sp, hm);
        (acc[name] ??= []).push({ mcc: m.mcc, caught: m.spamRecall, blocked: m.hamBlocked, held: m.hamHeld, at1: m.spamAtOnePercent, auc: m.auc, nham: hm.length });
      }
    }
    for (const [name, ms] of Object.entries(acc)) {
      const mean = (k) => ms.reduce((s, m) => s + m[k], 0) / ms.length;
      console.log([corpus.name.padEnd(14), String(size).padStart(5), name.padEnd(14), mean('mcc').toFixed(3), (100 * mean('caught')).toFixed(1), (100 * mean('blocked')).toFixed(2), (100 * mean('held')).toFixed(2), (100 * mean('at1')).toFixed(1), mean('auc').toFixed(4)].join('  '));
    }
  }
}
