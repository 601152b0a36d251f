// The blind WordPress-style set (fixtures/wordpress-blind.jsonl, docs/wordpress-blind-set.md): an
// UNTRAINED moderator, the way a site meets it on day one, per category and in total. The set was
// written by an engineer who had not read the rules, so it measures how the rules (and the shipped
// starter) carry to comments they were not written against; issue 10's target for real WordPress
// dumps is at least 80 % of the spam flagged (spam or moderate) and no approved comment decided spam.
//   npm run build && node bench/wordpress-blind.mjs [--dist DIR] [--set FILE] [--starter-off] [--no-staff] [--ids]
// --set: another set of the same shape (default fixtures/wordpress-blind.jsonl), e.g.
// fixtures/wordpress-blind-2.jsonl, the second blind set (docs/wordpress-blind-set-2.md).
// --starter-off: rules only. --no-staff: leave out the owner replies (isStaff), which the rules
// trust by design. --ids: the ids of the spam missed and the ham flagged, with their reasons' ids.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    set: { type: 'string' },
    'starter-off': { type: 'boolean', default: false },
    'no-staff': { type: 'boolean', default: false },
    ids: { type: 'boolean', default: false },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(join(resolve(values.dist ?? join(root, 'dist')), 'index.js'));
const moderator = lib.createModerator(values['starter-off'] ? { starter: false } : {});

const setPath = resolve(values.set ?? join(root, 'fixtures', 'wordpress-blind.jsonl'));
const setName = basename(setPath, '.jsonl');
const rows = readFileSync(setPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
  .filter((row) => !(values['no-staff'] && row.author?.isStaff === true));

const perCategory = new Map();
const total = { spam: { n: 0, spam: 0, moderate: 0 }, ham: { n: 0, spam: 0, moderate: 0 } };
const notable = [];
for (const { label, category, id, note: _note, ...comment } of rows) {
  const verdict = moderator.check(comment);
  const key = `${label}: ${category}`;
  const cell = perCategory.get(key) ?? { n: 0, spam: 0, moderate: 0, ham: 0 };
  cell.n++;
  cell[verdict.decision]++;
  perCategory.set(key, cell);
  total[label].n++;
  if (verdict.decision !== 'ham') total[label][verdict.decision]++;
  if ((label === 'spam') === (verdict.decision === 'ham')) {
    notable.push([id, label, verdict.decision, verdict.score.toFixed(2), verdict.reasons.map((r) => r.id).join(' ')]);
  }
}

const pct = (k, n) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)} %`);
const { spam, ham } = total;
console.log(
  `Untrained moderator (${values['starter-off'] ? 'rules only' : 'default: rules and the shipped starter'})` +
    `${values['no-staff'] ? ', owner replies left out' : ''}, ${rows.length} comments\n`,
);
console.log(
  formatTable(
    ['set', 'spam', 'spam flagged', 'spam decided spam', 'ham', 'ham decided spam', 'ham held'],
    [[setName, spam.n, pct(spam.spam + spam.moderate, spam.n), pct(spam.spam, spam.n), ham.n, `${ham.spam}`, `${ham.moderate}`]],
  ),
);
console.log();
console.log(
  formatTable(
    ['category', 'n', 'spam', 'moderate', 'ham'],
    [...perCategory].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, c.n, c.spam, c.moderate, c.ham]),
  ),
);
if (values.ids) {
  console.log('\nspam missed and ham flagged (id, label, decision, score, reasons):');
  for (const line of notable) console.log(`  ${line.join('  ')}`);
}
