// Are two builds bit-identical in what they decide and learn? For a speed change that must not move
// a verdict (issue 9's training bound, issue 13), run after `npm run build`:
//   node scripts/verdict-equivalence.mjs --base /work/main/dist [--dist dist] [--only youtube,sms]
// For each shared corpus (../shared/corpora) each build's moderator learns every comment (ids and
// author names as parseCorpus reads them); then the script compares, build against build:
//   - the exported model, `JSON.stringify(exportModel())` without `createdAt`;
//   - the verdict JSON of every corpus comment and of every fixtures/*.jsonl comment, checked by
//     that trained moderator;
//   - the export with `{ fitted: true }` after those checks (the NB-LR fit and the calibration);
// and, with an untrained moderator (the starter model and the rules), every fixtures/*.jsonl verdict
// and analyze() of every corpus comment (rule hits and classifier tokens, before any Bayes).
// It prints one line a part, `same` or the first comment that differs, and exits 1 on any difference.
// Both builds load in one process; nothing is timed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findCorpora } from '../bench/lib/corpora.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { base: { type: 'string' }, dist: { type: 'string', default: join(ROOT, 'dist') }, only: { type: 'string' } } });
if (!values.base) {
  console.error('scripts/verdict-equivalence: --base DIR (the dist/ to compare with) is required.');
  process.exit(2);
}
const loadBuild = async (d) => ({ ...(await import(resolve(d, 'index.js'))), ...(existsSync(resolve(d, 'evaluate.js')) ? await import(resolve(d, 'evaluate.js')) : {}) });
const builds = [await loadBuild(values.base), await loadBuild(values.dist)];
const parse = (path) => builds[0].parseCorpus(readFileSync(path, 'utf8'), { format: 'jsonl' }).records;

const corpora = findCorpora().filter((c) => !values.only || values.only.split(',').includes(c.name));
if (corpora.length === 0) console.log('scripts/verdict-equivalence: ../shared/corpora is absent (or no corpus named); only the fixtures are compared.');
const fixtureDir = join(ROOT, 'fixtures');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => parse(join(fixtureDir, f)).map((r) => r.comment));

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 24);
const modelText = (model) => {
  const { createdAt: _, ...rest } = model;
  return JSON.stringify(rest);
};

/** One part's per-item hashes for each build: [baseHashes, thisHashes]. */
function compare(part, compute) {
  const [a, b] = builds.map((mod) => compute(mod));
  const n = Math.max(a.length, b.length);
  let first = -1;
  for (let i = 0; i < n && first < 0; i++) if (a[i] !== b[i]) first = i;
  const line = first < 0 ? `same (${n} items)` : `DIFFERS first at item ${first} of ${n}`;
  console.log(`${part.padEnd(44)} ${line}`);
  return first < 0;
}

let ok = true;
for (const corpus of corpora) {
  const records = parse(corpus.path);
  const trained = builds.map((mod) => {
    const m = mod.createModerator();
    for (const r of records) m.learn(r.comment, r.label);
    return m;
  });
  const moderatorOf = (mod) => trained[builds.indexOf(mod)];
  ok = compare(`${corpus.name}: model`, (mod) => [hash(modelText(moderatorOf(mod).exportModel()))]) && ok;
  ok = compare(`${corpus.name}: verdicts on the corpus`, (mod) => records.map((r) => hash(JSON.stringify(moderatorOf(mod).check(r.comment))))) && ok;
  ok = compare(`${corpus.name}: verdicts on the fixtures`, (mod) => fixtures.map((c) => hash(JSON.stringify(moderatorOf(mod).check(c))))) && ok;
  ok = compare(`${corpus.name}: fitted model`, (mod) => [hash(modelText(moderatorOf(mod).exportModel({ fitted: true })))]) && ok;
  ok = compare(`${corpus.name}: untrained analyze()`, (mod) => {
    const m = mod.createModerator();
    return records.map((r) => hash(JSON.stringify(m.analyze(r.comment))));
  }) && ok;
}
ok = compare('fixtures: untrained verdicts', (mod) => {
  const m = mod.createModerator();
  return fixtures.map((c) => hash(JSON.stringify(m.check(c))));
}) && ok;
console.log(ok ? 'bit-identical' : 'THE BUILDS DIFFER');
process.exit(ok ? 0 : 1);
