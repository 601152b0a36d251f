// What an NB-LR refit would cost (docs/quality.md, "Complement NB and NB-SVM"): one 40-epoch fit of
// the bench-side NB-LR on every comment of a corpus, against today's whole refit (the calibration
// fit paid by the first check after learning). Median of 3; print the load average beside it.
//   node bench/nb-fit-time.mjs [corpus name, default telegram-ru]
import { loadInternals } from './lib/load-from-src.mjs';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { analyzeAll } from './lib/oof.mjs';
import * as nb from './lib/nb-variants.mjs';
const lib = await loadInternals();
const name = process.argv[2] ?? 'telegram-ru';
const corpus = findCorpora().find((c) => c.name === name);
if (!corpus) {
  console.log(`bench/nb-fit-time: corpus ${name} not found in ../shared/corpora; skipped.`);
  process.exit(0);
}
const items = loadCorpus(lib.parseCorpus, corpus.path);
const analyses = analyzeAll(lib, items, 'auto');
const interned = nb.internCorpus(lib, analyses);
const labels = items.map((it) => it.label);
const train = items.map((_, i) => i);
const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const t = { cal: [], lr: [] };
for (let round = 0; round < 3; round++) {
  const c = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000 });
  train.forEach((i) => c.learn(`d${i}`, analyses[i].tokens, labels[i]));
  let t0 = performance.now(); c.classify(analyses[0].tokens); t.cal.push(performance.now() - t0);
  t0 = performance.now(); nb.timeNbLrFit(lib, interned, labels, train, { beta: 1, epochs: 40 }); t.lr.push(performance.now() - t0);
}
const { loadavg } = await import('node:os');
console.log(`${name} (${items.length} learned, load average ${loadavg()[0].toFixed(1)}): today's refit (calibration) ${med(t.cal).toFixed(0)} ms; NB-LR 40 epochs one fit ${med(t.lr).toFixed(0)} ms (median of 3)`);
