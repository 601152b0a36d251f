// Does a starter that has also learned the project's WordPress-style sets flag more spam on blog
// comments it never read, without holding more ham? (session 15, docs/starter-session15.md)
// Every constant is picked leave-sets-out inside sets 1-15: the sets are cut into three groups
// (1-5, 6-10, 11-15); for each group a starter learns the shippable corpora and the other two
// groups' words (scripts/lib/starter.mjs blogDocuments: the comment's text only, no URL, host,
// e-mail, handle, digit, author field, IP, user agent or date) and checks that group unread. The
// corpora are checked leave-one-corpus-out with a starter that learned the other shippable corpora
// and sets 1-15; the fixtures and everyday sentences with one that learned all of them. Verdicts
// for every constant set come from one check per comment (bench/lib/starter-verdicts.mjs).
// The pick: the most spam flagged on sets 1-15 (each read by a starter that never learned it),
// with no more of their ham held than the shipped starter holds, and on every corpus ham held at
// most 0.3 points higher and spam flagged at most 0.5 points lower than the shipped starter's, on
// the fixtures no ham decided spam and no more held, at most 2 everyday sentences held. Also: the
// pick on two groups reported on the third. Sets 16-19 (held out) are checked only with the
// starter that learned sets 1-15, and printed by their totals for the picked constants and the
// shipped ones, nothing else.
//   npm run build && node bench/starter-blog.mjs [--weights 0,1,2,4] [--vocabulary 16000,32000] [--data FILE]
// weight 0 is the shipped recipe (the corpora alone). --data FILE caches the per-comment numbers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SHIPPABLE, blogDocuments, learnStarter, parseBlogWeight, pruneStarter, readBlogSet } from '../scripts/lib/starter.mjs';
import { loadSharedCorpora } from './lib/corpora.mjs';
import { ROOT } from './lib/speed-data.mjs';
import { collect as collectVerdicts, rates } from './lib/starter-verdicts.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { weights: { type: 'string', default: '0,1,2,4' }, vocabulary: { type: 'string', default: '16000,32000' }, data: { type: 'string' }, relax: { type: 'string', default: '' } } });
// --relax corpus-flagged,fixtures-held: drop those constraints (a sensitivity run, never the pick
// that ships; said in the output).
const relax = new Set(values.relax.split(',').filter(Boolean));
const spamsift = { ...(await import(join(ROOT, 'dist', 'index.js'))), ...(await import(join(ROOT, 'dist', 'evaluate.js'))) };
const corpora = loadSharedCorpora(spamsift.parseCorpus);
if (corpora.size === 0) {
  console.log('bench/starter-blog: ../shared/corpora is absent; nothing measured.');
  process.exit(0);
}
const names = [...corpora.keys()];
const jsonl = (file) => readFileSync(join(ROOT, 'fixtures', file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
/** A fixture row as the moderator sees it (the bench's own keys left out). */
const item = ({ label, category: _c, note: _n, id: _i, ...comment }) => ({ comment, label });
const GROUPS = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]];
const IN = GROUPS.flat();
const HELD = [16, 17, 18, 19];
const sets = new Map([...IN, ...HELD].map((n) => [n, readBlogSet(ROOT, n)]));
const fixtures = ['comments.jsonl', 'cold-start.jsonl', 'cold-start-recall.jsonl'].flatMap(jsonl).map(item);
const everyday = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'everyday.json'), 'utf8')).map((content) => ({ comment: { content }, label: 'ham' }));

const collect = (model, list, options) => collectVerdicts(spamsift, model, list, options);
const shippable = (except) => SHIPPABLE.filter((n) => n !== except && corpora.has(n)).map((n) => corpora.get(n));
const blog = (numbers, w) => (w === '0' ? [] : [blogDocuments(numbers.flatMap((n) => sets.get(n)), parseBlogWeight(w), 'blog')]);
const starter = (lists, V) => pruneStarter(learnStarter(spamsift, lists), V);

// A weight is a whole number (each project comment counted that many times) or spam/ham ("1/2":
// spam once, ham twice), which also moves the class balance the starter's calibration is fitted on.
const weights = values.weights.split(',');
const sizes = values.vocabulary.split(',').map(Number);
const key = (w, V) => `${w}/${V}`;
const saved = values.data && existsSync(values.data) ? JSON.parse(readFileSync(values.data, 'utf8')) : {};
const data = new Map();
for (const w of weights) {
  for (const V of sizes) {
    if (saved[key(w, V)]) {
      data.set(key(w, V), new Map(Object.entries(saved[key(w, V)])));
      continue;
    }
    const t0 = Date.now();
    const by = new Map();
    for (const group of GROUPS) {
      const model = starter([...shippable(), ...blog(IN.filter((n) => !group.includes(n)), w)], V);
      for (const n of group) by.set(`set ${n}`, collect(model, sets.get(n).map(item)));
    }
    for (const held of names) by.set(held, collect(starter([...shippable(held), ...blog(IN, w)], V), corpora.get(held)));
    const full = starter([...shippable(), ...blog(IN, w)], V);
    by.set('fixtures', collect(full, fixtures));
    by.set('fixtures-en', collect(full, fixtures, { site: { languages: ['en'] } }));
    by.set('everyday', collect(full, everyday));
    for (const n of IN) by.set(`in ${n}`, collect(full, sets.get(n).map(item)));
    for (const n of HELD) by.set(`held ${n}`, collect(full, sets.get(n).map(item)));
    data.set(key(w, V), by);
    console.error(`weight ${w}, ${V} tokens: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}
if (values.data) writeFileSync(values.data, JSON.stringify(Object.fromEntries([...data].map(([k, v]) => [k, Object.fromEntries(v)]))));

const SHIPPED = { w: '0', V: 16000, b: 5.5, k: 0.35, M: 3, A: 2.9, G: 1 };
if (!data.has(key(SHIPPED.w, SHIPPED.V))) throw new Error('the shipped recipe (weight 0, 16000 tokens) must be in the grid: it is the baseline');
const rowsOf = (c, part) => data.get(key(c.w, c.V)).get(part);
/** Pooled rates over several parts. */
const pooled = (c, parts) => rates(parts.flatMap((p) => rowsOf(c, p)), c);
const grid = [];
for (const w of weights) for (const V of sizes) for (const b of [2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7]) for (const k of [0.25, 0.35, 0.5, 0.75]) for (const M of [2.5, 3]) for (const G of [1, 2]) grid.push({ w, V, b, k, M, A: 2.9, G });

const base = {
  corpora: new Map(names.map((n) => [n, rates(rowsOf(SHIPPED, n), SHIPPED)])),
  fixtures: rates(rowsOf(SHIPPED, 'fixtures'), SHIPPED),
  fixturesEn: rates(rowsOf(SHIPPED, 'fixtures-en'), SHIPPED),
};
/** Null when a constraint fails, else pooled spam flagged on the given groups' sets (each read unlearned). */
function score(c, groups) {
  for (const n of names) {
    const r = rates(rowsOf(c, n), c);
    const b0 = base.corpora.get(n);
    if (r.hamHeld > b0.hamHeld + 0.3 || (!relax.has('corpus-flagged') && r.flagged < b0.flagged - 0.5) || r.hamSpamN > b0.hamSpamN) return null;
  }
  for (const [part, b0] of [['fixtures', base.fixtures], ['fixtures-en', base.fixturesEn]]) {
    const r = rates(rowsOf(c, part), c);
    if (r.hamSpamN > 0 || (!relax.has('fixtures-held') && r.hamHeldN > b0.hamHeldN)) return null;
  }
  if (rates(rowsOf(c, 'everyday'), c).hamHeldN > 2) return null;
  const parts = groups.flat().map((n) => `set ${n}`);
  const r = pooled(c, parts);
  if (r.hamHeldN > pooled(SHIPPED, parts).hamHeldN) return null;
  return r.flagged;
}
function pick(groups) {
  let best = null;
  let bestScore = -1;
  for (const c of grid) {
    const s = score(c, groups);
    if (s !== null && s > bestScore + 1e-9) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
const label = (c) => `weight ${c.w}, ${c.V} tokens, ${c.k}/logit, bias +${c.b}, cap ${c.M}, knows ≥ ${c.G}`;
const pct = (x, d = 1) => `${x.toFixed(d)} %`;
const line = (name, r) => [name, `${r.flaggedN} / ${r.spamN}`, pct(r.flagged), `${r.hamSpamN}`, `${r.hamHeldN} / ${r.hamN}`];
const cols = ['spam flagged', '%', 'ham decided spam', 'ham held'];

if (relax.size > 0) console.log(`SENSITIVITY RUN, constraints dropped: ${[...relax].join(', ')} (not the protocol's pick)\n`);
console.log('Picked on two groups of sets 1-15, reported on the third (each set read by a starter that never learned it)\n');
const folds = [];
for (let g = 0; g < GROUPS.length; g++) {
  const c = pick(GROUPS.filter((_, i) => i !== g));
  const parts = GROUPS[g].map((n) => `set ${n}`);
  folds.push([`sets ${GROUPS[g][0]}-${GROUPS[g].at(-1)}`, c ? label(c) : 'none', ...(c ? line('', pooled(c, parts)).slice(1) : []), ...line('', pooled(SHIPPED, parts)).slice(1)]);
}
console.log(formatTable(['reported on', 'picked on the other two groups', ...cols, ...cols.map((x) => `shipped: ${x}`)], folds));

const best = pick(GROUPS);
console.log(`\nPicked on sets 1-15 (all three groups): ${best ? label(best) : 'none'}; shipped: ${label(SHIPPED)}\n`);
if (!best) process.exit(0);
const table = (title, parts) => {
  console.log(`${title}\n`);
  console.log(formatTable(['', ...cols.map((x) => `shipped: ${x}`), ...cols.map((x) => `picked: ${x}`)], parts.map(([name, list]) => [name, ...line('', pooled(SHIPPED, list)).slice(1), ...line('', pooled(best, list)).slice(1)])));
  console.log();
};
table('Sets 1-15, each read by a starter that never learned it (out of fold)', [...IN.map((n) => [`set ${n}`, [`set ${n}`]]), ['pooled', IN.map((n) => `set ${n}`)]]);
table('Sets 1-15, starter learned on sets 1-15 (in sample)', [...IN.map((n) => [`set ${n}`, [`in ${n}`]]), ['pooled', IN.map((n) => `in ${n}`)]]);
table('Sets 16-19, HELD OUT (starter learned on sets 1-15), totals only', [...HELD.map((n) => [`set ${n}`, [`held ${n}`]]), ['pooled', HELD.map((n) => `held ${n}`)]]);
table('Corpora, leave-one-corpus-out (starter learned on the other shippable corpora and sets 1-15)', names.map((n) => [n, [n]]));
table('Fixtures and everyday sentences (starter learned on the corpora and sets 1-15)', [['fixtures', ['fixtures']], ['fixtures, site languages en', ['fixtures-en']], ['everyday (ham)', ['everyday']]]);
