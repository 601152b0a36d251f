// Session 19 (docs/quality-session19.md): out-of-fold rows (10-fold, seed 42, every comment) of
// variants of the classifier, saved per comment index so combinations and the comments missed at
// the ≤ 0.5 % point can be studied without retraining. Writes JSON to --out (no corpus text).
//   node bench/sms-gap.mjs --only sms --variants 'default;plain NB (no NB-LR)' --out /tmp/rows.json
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { loadInternals } from './lib/load-from-src.mjs';
import { analyzeAll, outOfFold, withShapes } from './lib/oof.mjs';
import { LOCO_VARIANTS } from './lib/variants.mjs';

const { values } = parseArgs({ options: { folds: { type: 'string', default: '10' }, seed: { type: 'string', default: '42' }, only: { type: 'string' }, variants: { type: 'string', default: 'default' }, out: { type: 'string' } } });
const lib = await loadInternals();
const folds = Number(values.folds), seed = Number(values.seed);
const names = values.variants.split(';');
const result = {};
for (const corpus of findCorpora().filter((c) => !values.only || values.only.split(',').includes(c.name))) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const splits = lib.stratifiedKFold(items.map((it) => it.label), folds, seed);
  const order = splits.flatMap((s) => s.test);
  const base = analyzeAll(lib, items, 'auto');
  const out = { labels: order.map((i) => items[i].label === 'spam' ? 1 : 0), index: order, variants: {} };
  for (const name of names) {
    const v = LOCO_VARIANTS.find((x) => x.name === name);
    if (!v) throw new Error(`unknown variant ${name}`);
    const analyses = v.shapes !== undefined ? withShapes(lib, base, v.shapes) : base;
    const t0 = performance.now();
    const rows = outOfFold(lib, items, analyses, splits, v.config);
    out.variants[name] = { l: rows.map((r) => r.l), points: rows.map((r) => r.points), fold: rows.map((r) => r.fold) };
    process.stderr.write(`${corpus.name} ${name} ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  result[corpus.name] = out;
}
writeFileSync(values.out, JSON.stringify(result));
