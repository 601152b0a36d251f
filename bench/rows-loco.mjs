// Leave-one-corpus-out over the out-of-fold rows bench/sms-gap.mjs saves: for each variant, spam
// caught at ≤ 0.5 % ham blocked (count / spam, as the verdict's z = BAYES_SCALE·l + RULE_SLOPE·points
// ranks them) and AUC on every corpus; then, for the family given (--family 'a;b;c', the first is
// the baseline), the member with the best mean on the other three, reported on the held-out one.
// --misses CORPUS:VARIANT lists the ids (corpus row numbers) and z of that corpus's spam missed at
// the ≤ 0.5 % point and of its top ham (no text).
//   node bench/rows-loco.mjs rows.json [more.json] --family 'default;NB-LR fixed rate 0.05 (before session 19)'
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { family: { type: 'string' }, misses: { type: 'string' }, wb: { type: 'string', default: '2.4' } } });
const data = {};
for (const f of positionals) {
  for (const [c, d] of Object.entries(JSON.parse(readFileSync(f, 'utf8')))) {
    data[c] ??= { labels: d.labels, index: d.index, variants: {} };
    Object.assign(data[c].variants, d.variants);
  }
}
const RULE_SLOPE = Math.log(9) / 2;
const wB = Number(values.wb);
const corpora = Object.keys(data).sort();
const zOf = (d, name) => d.variants[name].l.map((l, i) => wB * l + RULE_SLOPE * d.variants[name].points[i]);

/** Spam caught at ≤ 0.5 % ham blocked (the threshold never splits ties), AUC, and the cut. */
function measure(c, name) {
  const d = data[c];
  const z = zOf(d, name);
  const ham = z.filter((_, i) => !d.labels[i]).sort((a, b) => b - a);
  const cut = ham[Math.floor(0.005 * ham.length)];
  const spam = z.filter((_, i) => d.labels[i]);
  const all = z.map((v, i) => [v, d.labels[i]]).sort((a, b) => a[0] - b[0]);
  let rank = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j][0] === all[i][0]) j++;
    for (let k = i; k < j; k++) if (all[k][1]) rank += (i + j + 1) / 2;
    i = j;
  }
  const auc = (rank - (spam.length * (spam.length + 1)) / 2) / (spam.length * ham.length);
  return { caught: spam.filter((v) => v > cut).length, spam: spam.length, auc, cut };
}

const names = Object.keys(data[corpora[0]].variants);
console.log(`spam caught at ≤ 0.5 % ham blocked (count / spam, %) / AUC; ${corpora.join(' | ')}`);
for (const n of names) console.log(`${n.padEnd(44)} ${corpora.map((c) => { const m = measure(c, n); return `${m.caught}/${m.spam} ${((100 * m.caught) / m.spam).toFixed(2)} % / ${m.auc.toFixed(4)}`; }).join(' | ')}`);
if (values.family) {
  const family = values.family.split(';');
  console.log(`\nLOCO: picked on the other three by mean spam caught at ≤ 0.5 %, among ${family.length}; baseline ${family[0]}`);
  for (const held of corpora) {
    let best = family[0];
    let bestMean = -1;
    for (const n of family) {
      const mean = corpora.filter((c) => c !== held).reduce((s, c) => { const m = measure(c, n); return s + m.caught / m.spam; }, 0) / (corpora.length - 1);
      if (mean > bestMean + 1e-9) [best, bestMean] = [n, mean];
    }
    const m = measure(held, best);
    const b = measure(held, family[0]);
    console.log(`  ${held.padEnd(15)} picked ${best.padEnd(44)} held out ${m.caught}/${m.spam} (${((100 * m.caught) / m.spam).toFixed(2)} %, AUC ${m.auc.toFixed(4)})  baseline ${b.caught} (${((100 * b.caught) / b.spam).toFixed(2)} %, AUC ${b.auc.toFixed(4)})`);
  }
}
if (values.misses) {
  const [c, name] = values.misses.split(':');
  const d = data[c];
  const z = zOf(d, name);
  const { cut } = measure(c, name);
  console.log(`\n${c}, ${name}: cut z > ${cut.toFixed(3)}; top ham (row, z):`);
  console.log(d.labels.map((y, i) => [i, y]).filter(([, y]) => !y).sort((a, b) => z[b[0]] - z[a[0]]).slice(0, 30).map(([i]) => `${d.index[i]}:${z[i].toFixed(2)}`).join(' '));
  console.log('spam missed (row, z):');
  console.log(d.labels.map((y, i) => [i, y]).filter(([i, y]) => y && z[i] <= cut).sort((a, b) => z[b[0]] - z[a[0]]).map(([i]) => `${d.index[i]}:${z[i].toFixed(2)}`).join(' '));
}
