// Why ham is blocked or held at the default decision, out of fold (10-fold, seed 42, the folds of
// bench/quality.mjs): for every corpus, the ham comments decided spam or moderate, split by what
// carried them there, and each reason's count among them beside its rate on the corpus's spam.
// Prints counts and rule ids only, never comment text.
//   node bench/blocked-ham.mjs [--only instagram-scam,sms] [--folds 10] [--seed 42] [--dist DIR] [--indexes]
// --indexes adds the corpus line numbers of the comments counted, to read them where they are kept.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { findCorpora, loadCorpus } from './lib/corpora.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, folds: { type: 'string', default: '10' }, seed: { type: 'string', default: '42' }, dist: { type: 'string' }, indexes: { type: 'boolean', default: false } } });
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(values.dist ?? join(root, 'dist'));
const lib = { ...(await import(join(dist, 'index.js'))), ...(await import(join(dist, 'evaluate.js'))) };
const corpora = findCorpora().filter((c) => !values.only || values.only.split(',').includes(c.name));
if (corpora.length === 0) console.log('bench/blocked-ham: ../shared/corpora is absent; nothing measured.');

// The verdict's log-odds in rule points (src/verdict/score.ts): z = slope · (rule points + BAYES
// points) + TRAINED_BIAS, spam at z ≥ ln 9, moderate at z ≥ 0. The BAYES reason's points are its
// log-odds over the slope, so every part of a verdict reads on one scale.
const SLOPE = Math.log(9) / 2;
const BIAS_POINTS = -2.1 / SLOPE;
const SPAM_POINTS = Math.log(9) / SLOPE - BIAS_POINTS;
const MODERATE_POINTS = -BIAS_POINTS;

for (const corpus of corpora) {
  const items = loadCorpus(lib.parseCorpus, corpus.path);
  const splits = lib.splitCorpus(items, { folds: Number(values.folds), seed: Number(values.seed) });
  const spamHits = new Map();
  const hamHits = new Map();
  let spamCount = 0;
  let hamCount = 0;
  const groups = { blocked: [], held: [] };
  for (const split of splits) {
    const moderator = lib.createModerator();
    for (const i of split.train) moderator.learn(items[i].comment, items[i].label);
    for (const i of split.test) {
      const v = moderator.check(items[i].comment);
      if (items[i].label === 'spam') {
        spamCount++;
        for (const r of v.reasons) spamHits.set(r.id, (spamHits.get(r.id) ?? 0) + 1);
        continue;
      }
      hamCount++;
      for (const r of v.reasons) hamHits.set(r.id, (hamHits.get(r.id) ?? 0) + 1);
      if (v.decision === 'ham') continue;
      const bayes = v.reasons.find((r) => r.id === 'BAYES')?.points ?? 0;
      const rules = v.reasons.filter((r) => r.id !== 'BAYES');
      const rulePoints = rules.reduce((s, r) => s + r.points, 0);
      groups[v.decision === 'spam' ? 'blocked' : 'held'].push({ index: i, bayes, rules, rulePoints, heldByDisguise: v.decision === 'moderate' && v.score > 0.9 - 1e-5 });
    }
  }
  console.log(`\n${corpus.name}: ${hamCount} ham out of fold, ${groups.blocked.length} blocked (${((groups.blocked.length / hamCount) * 100).toFixed(2)} %), ${groups.held.length} held (${((groups.held.length / hamCount) * 100).toFixed(2)} %)`);
  for (const [name, list] of Object.entries(groups)) {
    if (list.length === 0) continue;
    const threshold = name === 'blocked' ? SPAM_POINTS : MODERATE_POINTS;
    const bayesAlone = list.filter((x) => x.bayes >= threshold).length;
    const rulesAlone = list.filter((x) => x.rulePoints >= threshold).length;
    const needBoth = list.length - bayesAlone - rulesAlone + list.filter((x) => x.bayes >= threshold && x.rulePoints >= threshold).length;
    const positiveRules = list.filter((x) => x.rules.some((r) => r.points > 0)).length;
    console.log(`  ${name}: Bayes alone over the line ${bayesAlone}, rules alone ${rulesAlone}, only together ${needBoth}; with a positive rule ${positiveRules}${name === 'held' ? `; held by the disguise cap ${list.filter((x) => x.heldByDisguise).length}` : ''}`);
    const byRule = new Map();
    for (const x of list) for (const r of x.rules) {
      const e = byRule.get(r.id) ?? { n: 0, points: 0, decisive: 0 };
      e.n++;
      e.points += r.points;
      // Decisive: without this rule's points the comment would fall below the line.
      if (x.bayes + x.rulePoints - r.points < threshold) e.decisive++;
      byRule.set(r.id, e);
    }
    const rows = [...byRule].sort((a, b) => b[1].n - a[1].n).map(([id, e]) => [id, String(e.n), (e.points / e.n).toFixed(2), String(e.decisive), `${(((spamHits.get(id) ?? 0) / spamCount) * 100).toFixed(1)} %`, `${(((hamHits.get(id) ?? 0) / hamCount) * 100).toFixed(2)} %`]);
    if (rows.length > 0) console.log(formatTable(['reason', `${name} ham with it`, 'mean points', 'decisive', 'share of spam with it', 'share of ham with it'], rows).replace(/^/gm, '    '));
    if (values.indexes) console.log(`    corpus lines (1-based): ${list.map((x) => x.index + 1).join(' ')}`);
    const bayesPoints = list.map((x) => x.bayes).sort((a, b) => a - b);
    console.log(`    BAYES points among them: median ${bayesPoints[Math.floor(bayesPoints.length / 2)].toFixed(2)}, min ${bayesPoints[0].toFixed(2)}, max ${bayesPoints[bayesPoints.length - 1].toFixed(2)} (the line: ${threshold.toFixed(2)} points)`);
  }
}
console.log(`\nload average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
