// Linear time on hostile text: check() on 1 MB of ordinary comments vs 1 MB of each attack
// (long runs of what the patterns loop on), with maxLength raised so the whole megabyte is
// scanned (and the slowest attack again at 2 MB: the same cost per MB means linear); then the
// default maxLength (100k) on 5 MB, which must cut and say so in `skipped`.
// Prints ONE table: input, MB, ms, MB/s, ratio vs ordinary, cut.
//   npm run build && node bench/adversarial.mjs [--quick] [--derived 8] [--json out.json]
// Times are CPU time of this process (user + system; on a shared 2-core machine wall time also
// counts other processes), median of 3 runs after a warm-up run; --quick: one run, no warm-up.
// "derived" rows: every flood unit scripts/regex-lint.mjs derives from the regexes in src/ is
// screened at 64 KB, and the slowest few are timed at 1 MB like the named attacks.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MB, NAMED_ATTACKS, ROOT, derivedUnits, fill, loadOrdinary, namedInput } from './lib/adversarial-inputs.mjs';
import { formatTable } from './lib/table.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    derived: { type: 'string', default: '8' },
    json: { type: 'string' },
  },
});

const DIST = join(ROOT, 'dist', 'index.js');
if (!existsSync(DIST)) {
  console.error('bench/adversarial: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const { createModerator } = await import(DIST);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median CPU ms of check(input), and the verdict (for the cut column). */
function timeCheck(moderator, input) {
  const runs = [];
  let verdict;
  const n = args.quick ? 1 : 3;
  if (!args.quick) moderator.check(input);
  for (let i = 0; i < n; i++) {
    const t = cpuMs();
    verdict = moderator.check(input);
    runs.push(cpuMs() - t);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)], verdict };
}

const cutRecorded = (verdict, limit) => verdict.skipped.some((s) => s.replace(/[,_\s]/g, '').includes(String(limit)));

// Trained, so every check also runs the Bayes part on the hostile tokens.
const ordinary = loadOrdinary();
function trained(options) {
  const m = createModerator({ bayes: { minExamplesPerClass: 1 }, ...options });
  for (const { comment, label } of ordinary.training) m.learn(comment, label);
  return m;
}
const wide = trained({ maxLength: 4_000_000 });
const narrow = trained({});

const rows = [];
function row(input, text, moderator = wide, limit = 4_000_000) {
  const { ms, verdict } = timeCheck(moderator, text);
  const mb = text.length / MB;
  rows.push({ input, mb, ms, cut: text.length > limit ? (cutRecorded(verdict, limit) ? 'yes, in skipped' : 'NOT RECORDED') : cutRecorded(verdict, limit) ? 'WRONGLY' : 'no' });
  process.stderr.write('.');
}

row(`ordinary: ${ordinary.source}, 1 MB as one comment`, ordinary.text);
const base = rows[0].ms;
{
  // The same text as separate comments: what a site really sends.
  const comments = ordinary.training.map((t) => t.comment);
  const chars = comments.reduce((n, c) => n + c.content.length, 0);
  for (const c of comments) wide.check(c);
  const t = cpuMs();
  for (const c of comments) wide.check(c);
  rows.push({ input: `ordinary: ${ordinary.source}, ${comments.length} separate comments`, mb: chars / MB, ms: cpuMs() - t, cut: 'no' });
}
for (const [name, unit] of NAMED_ATTACKS) row(name, namedInput(name, unit));

// Screen every unit derived from the regexes at 64 KB, then time the slowest at 1 MB.
const screened = derivedUnits(NAMED_ATTACKS).map((unit) => {
  const text = fill(unit, 64 * 1024);
  wide.check(text);
  const t = cpuMs();
  wide.check(text);
  return { unit, ms: cpuMs() - t };
});
screened.sort((a, b) => b.ms - a.ms);
for (const { unit } of screened.slice(0, Number(args.derived))) row(`derived from src/ regexes: ${JSON.stringify(unit)}`, fill(unit));

// Linear means the slowest attack costs the same per MB at 2 MB; then the default maxLength:
// 5 MB of the slowest attack and of ordinary text are cut at 100k.
const slowest = rows.slice(2).reduce((a, b) => (b.ms / b.mb > a.ms / a.mb ? b : a));
const named = NAMED_ATTACKS.find(([n]) => n === slowest.input);
const slowText = (size) => (named ? fill(namedInput(...named), size) : fill(JSON.parse(slowest.input.replace(/^derived from src\/ regexes: /, '')), size));
row(`the slowest, ${slowest.input}, at 2 MB`, slowText(2 * MB));
row(`default maxLength (100k): 5 MB of ${slowest.input}`, slowText(5 * MB), narrow, 100_000);
row('default maxLength (100k): 5 MB of ordinary text', fill(ordinary.text, 5 * MB), narrow, 100_000);
process.stderr.write('\n');

const header = ['input', 'MB', 'ms', 'MB/s', '× ordinary (ms per MB)', 'cut at maxLength'];
const table = rows.map((r) => [r.input, r.mb.toFixed(2), r.ms.toFixed(1), (r.mb / (r.ms / 1000)).toFixed(1), (r.ms / r.mb / base).toFixed(2), r.cut]);
console.log(formatTable(header, table));
const attacks = rows.slice(2, rows.length - 3);
const worst = attacks.reduce((a, b) => (b.ms / b.mb > a.ms / a.mb ? b : a));
console.log(
  `\nordinary: ${(base).toFixed(0)} ms per MB. Slowest attack per MB: ${worst.input} at ${(worst.ms / worst.mb / base).toFixed(2)}× ordinary. ` +
    `At 2 MB it takes ${(rows[rows.length - 3].ms / slowest.ms).toFixed(2)}× its 1 MB time (2.00 = linear). ` +
    `${screened.length} flood units derived from src/ regexes screened at 64 KB. Node ${process.version}, CPU time, ${args.quick ? '1 run' : 'median of 3 runs'}.`,
);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ base, rows, screened: screened.length }, null, 2)}\n`);
