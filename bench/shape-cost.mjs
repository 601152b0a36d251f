// What shape tokens (src/features/shapes.ts) cost, per corpus: tokens a learned comment stores, the
// exported model's bytes per learned comment, the classifier's learn() of the analyzed corpus and
// the refit (the first check after learning), before session 5 (no shapes) and now. Medians of 3; print the load average beside it. The pipeline's
// own cost of the shapes (analyze) is in bench/speed.mjs.
//   node bench/shape-cost.mjs [corpus names, default all]
import { loadavg } from 'node:os';
import { loadInternals } from './lib/load-from-src.mjs';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { analyzeAll, withoutShapes } from './lib/oof.mjs';
import { formatTable } from './lib/table.mjs';

const lib = await loadInternals();
const wanted = process.argv.slice(2);
const corpora = findCorpora().filter((c) => wanted.length === 0 || wanted.includes(c.name));
if (corpora.length === 0) {
  console.log('bench/shape-cost: no corpus in ../shared/corpora; skipped.');
  process.exit(0);
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const corpus of corpora) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const now = analyzeAll(lib, items, 'auto');
  const variants = [
    ['before session 5: no shapes', withoutShapes(now), {}],
    ['now: shapes', now, {}],
    ['shapes, handle n-grams of 6+ letters (not kept)', now, { gramMinLength: 6 }],
  ];
  for (const [label, analyses, config] of variants) {
    const t = { learn: [], refit: [] };
    let bytes = 0;
    let stored = 0;
    for (let round = 0; round < 3; round++) {
      const c = lib.createClassifier({ minExamplesPerClass: 1, maxVocabulary: 200_000, config });
      let t0 = performance.now();
      analyses.forEach((a, i) => c.learn(`d${i}`, a.tokens, items[i].label));
      t.learn.push(performance.now() - t0);
      t0 = performance.now();
      c.classify(analyses[0].tokens);
      t.refit.push(performance.now() - t0);
      if (round === 0) {
        const json = c.toJSON();
        bytes = JSON.stringify(json).length;
        stored = json.totals.tokens;
      }
    }
    rows.push([corpus.name, label, (stored / items.length).toFixed(1), `${(bytes / items.length).toFixed(0)} B`, `${med(t.learn).toFixed(0)} ms`, `${med(t.refit).toFixed(0)} ms`]);
  }
}
console.log(`Shape tokens' cost (load average ${loadavg()[0].toFixed(1)}; medians of 3)`);
console.log(formatTable(['corpus', 'tokens', 'stored tokens per comment', 'model JSON per learned comment', 'learn() all', 'first check (refit)'], rows));
