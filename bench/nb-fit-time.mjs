// What the refit costs (docs/quality.md "Complement NB and NB-SVM", docs/quality-session4.md): the
// first check after learning a whole corpus pays the refit, the plain calibration (exact
// leave-one-out scores, lrEpochs 0) or NB-LR (weights, then the cross-fitted calibration: three
// fits of the default epochs). learn() itself is the same code either way; its time is printed too.
// Median of 3; print the load average beside it.
//   npm run build && node bench/nb-fit-time.mjs [corpus name, default telegram-ru]
import { loadInternals } from './lib/load-from-src.mjs';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { analyzeAll } from './lib/oof.mjs';
const lib = await loadInternals();
const name = process.argv[2] ?? 'telegram-ru';
const corpus = findCorpora().find((c) => c.name === name);
if (!corpus) {
  console.log(`bench/nb-fit-time: corpus ${name} not found in ../shared/corpora; skipped.`);
  process.exit(0);
}
const items = loadCorpus(lib.parseCorpus, corpus.path);
const analyses = analyzeAll(lib, items, 'auto');
const labels = items.map((it) => it.label);
const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = [
  ['plain NB (lrEpochs 0)', { lrEpochs: 0 }],
  [`NB-LR (default, ${lib.DEFAULT_BAYES_CONFIG.lrEpochs} epochs)`, {}],
];
const out = [];
for (const [label, config] of variants) {
  const t = { learn: [], refit: [] };
  for (let round = 0; round < 3; round++) {
    const c = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, config });
    let t0 = performance.now();
    analyses.forEach((a, i) => c.learn(`d${i}`, a.tokens, labels[i]));
    t.learn.push(performance.now() - t0);
    t0 = performance.now();
    c.classify(analyses[0].tokens);
    t.refit.push(performance.now() - t0);
  }
  out.push(`${label}: learn() ${med(t.learn).toFixed(0)} ms (${Math.round(items.length / (med(t.learn) / 1000)).toLocaleString('en-US')}/s), first check after it (the refit) ${med(t.refit).toFixed(0)} ms`);
}
const { loadavg } = await import('node:os');
console.log(`${name} (${items.length} learned, load average ${loadavg()[0].toFixed(1)}), medians of 3:\n  ${out.join('\n  ')}`);
