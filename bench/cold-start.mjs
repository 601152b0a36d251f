// Cold start: an untrained moderator (rules only, nothing learned) on every labeled corpus found
// (../shared/corpora/*/*.jsonl and each --corpus path) and on the project's fixtures. Prints, per
// corpus, the share of spam flagged (spam or moderate), ham decided spam and ham held; then each
// rule's hit rate on spam and on ham (SpamAssassin's STATISTICS table).
//   npm run build && node bench/cold-start.mjs [--corpus FILE]... [--only youtube,sms] [--rules] [--categories] [--held] [--starter] [--recall] [--dist DIR] [--json out.json]
// --recall: also the recall set (fixtures/cold-start-recall.jsonl, written before session 7's rules and never tuned on), per category with --categories.
// --categories: the fixtures per category (fixtures/cold-start.jsonl's `category`). --held: the fixture ham held or decided spam, with its reasons. --starter: with
// the shipped starter model on (createModerator({ starter: true }); trained on three of these
// corpora, so its corpus rows are not held out: bench/starter-loco.mjs is). --dist: another build.
// The rules are written from category knowledge, never from these corpora, so every corpus is
// "held out" for them (docs/rules-cold-start.md says how that was kept).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    only: { type: 'string' },
    rules: { type: 'boolean', default: false },
    categories: { type: 'boolean', default: false },
    starter: { type: 'boolean', default: false },
    json: { type: 'string' },
    held: { type: 'boolean', default: false },
    dist: { type: 'string' },
    recall: { type: 'boolean', default: false },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(values.dist ?? join(root, 'dist'), 'index.js');
if (!existsSync(dist)) {
  console.error(`bench/cold-start: ${dist} is missing; run \`npm run build\` first.`);
  process.exit(2);
}
// The moderator API and the evaluation helpers (the spamsift/evaluate subpath) of the same build.
const spamsift = { ...(await import(dist)), ...(await import(join(dirname(dist), 'evaluate.js'))) };

function readItems(path) {
  const text = readFileSync(path, 'utf8');
  const { records } = spamsift.parseCorpus(text, { format: spamsift.detectFormat(text, path) });
  return records.map((r) => ({ comment: r.comment, label: r.label }));
}

function readFixtures(files = ['comments.jsonl', 'cold-start.jsonl'], prefix = '') {
  const items = [];
  for (const file of files) {
    const path = join(root, 'fixtures', file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { label, note: _note, category, ...comment } = JSON.parse(line);
      items.push({ comment, label, category: `${prefix}${label}: ${category ?? file.replace('.jsonl', '')}` });
    }
  }
  return items;
}

const sets = findCorpora(values.corpus ?? [])
  .filter((c) => !values.only || values.only.split(',').includes(c.name))
  .map((c) => ({ name: c.name, items: readItems(c.path) }));
if (sets.length === 0) console.log('bench/cold-start: no corpus found (../shared/corpora is absent and no --corpus was given); fixtures only.');
if (!values.only) sets.push({ name: 'fixtures', items: readFixtures() });
// --recall: fixtures/cold-start-recall.jsonl, a second project-written set per category that no rule was tuned on (session 7), as its own row.
if (values.recall) sets.push({ name: 'recall', items: readFixtures(['cold-start-recall.jsonl'], 'recall ') });

// Rules only unless --starter (the starter is on by default since session 6; an older --dist build ignores the option).
const moderator = spamsift.createModerator({ starter: values.starter });
const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
const rows = [];
const ruleRows = new Map();
const categories = new Map();
const heldHam = [];
const out = { date: new Date().toISOString(), corpora: {} };
for (const set of sets) {
  const c = { spam: { ham: 0, moderate: 0, spam: 0 }, ham: { ham: 0, moderate: 0, spam: 0 } };
  const hits = new Map();
  for (const { comment, label, category } of set.items) {
    const verdict = moderator.check(comment);
    c[label][verdict.decision]++;
    // --held: the project's own ham that was not decided ham, with the points that held it (fixtures are project-written, so printing them is fine).
    if (values.held && category !== undefined && label === 'ham' && verdict.decision !== 'ham') {
      heldHam.push([comment.id ?? '', category, verdict.decision, verdict.reasons.filter((r) => r.points !== 0).map((r) => `${r.id} ${r.points}`).join(', ')]);
    }
    if (category !== undefined) {
      const k = categories.get(category) ?? { ham: 0, moderate: 0, spam: 0 };
      k[verdict.decision]++;
      categories.set(category, k);
    }
    for (const r of verdict.reasons) {
      if (r.id === 'BAYES') continue;
      const h = hits.get(r.id) ?? { spam: 0, ham: 0 };
      h[label]++;
      hits.set(r.id, h);
    }
  }
  const nSpam = c.spam.ham + c.spam.moderate + c.spam.spam;
  const nHam = c.ham.ham + c.ham.moderate + c.ham.spam;
  rows.push([set.name, `${nSpam} / ${nHam}`, pct(c.spam.spam + c.spam.moderate, nSpam), pct(c.spam.spam, nSpam), pct(c.ham.spam, nHam), pct(c.ham.moderate, nHam)]);
  for (const [id, h] of hits) {
    const row = ruleRows.get(id) ?? new Map();
    row.set(set.name, `${pct(h.spam, nSpam)} / ${pct(h.ham, nHam)}`);
    ruleRows.set(id, row);
  }
  out.corpora[set.name] = { spam: nSpam, ham: nHam, confusion: c, rules: Object.fromEntries(hits) };
}

console.log(`Untrained moderator (${values.starter ? 'rules + the shipped starter model' : 'rules only'}): spam flagged = decided spam or moderate\n`);
console.log(formatTable(['corpus', 'spam / ham', 'spam flagged', 'spam decided spam', 'ham decided spam', 'ham held'], rows));
if (values.rules) {
  console.log('\nRule hit rates, spam / ham, per corpus\n');
  const names = sets.map((s) => s.name);
  const ids = [...ruleRows.keys()].sort();
  console.log(formatTable(['rule', ...names], ids.map((id) => [id, ...names.map((n) => ruleRows.get(id).get(n) ?? '')])));
}
if (values.categories) {
  console.log('\nFixtures per category (label: category): verdicts\n');
  const keys = [...categories.keys()].sort();
  console.log(formatTable(['category', 'comments', 'spam', 'moderate', 'ham'], keys.map((k) => {
    const v = categories.get(k);
    return [k, String(v.spam + v.moderate + v.ham), String(v.spam), String(v.moderate), String(v.ham)];
  })));
}
if (values.held) {
  console.log('\nFixture ham not decided ham\n');
  console.log(heldHam.length === 0 ? 'none' : formatTable(['id', 'category', 'decision', 'reasons (points)'], heldHam));
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(out, null, 2)}\n`);
