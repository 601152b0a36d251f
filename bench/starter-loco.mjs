// What a starter model would do, measured leave-one-corpus-out before anything is shipped: for
// each held-out corpus, a moderator learns every comment of the other corpora whose licence allows
// shipping a derived model (youtube CC BY 4.0, sms free with citation, instagram-scam MIT; not
// telegram-ru, GPL-3.0), then checks the held-out corpus with nothing of it learned. Printed next to
// the rules-only moderator on the same corpus.
//   npm run build && node bench/starter-loco.mjs [--max-train 4000]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';
import { ROOT } from './lib/speed-data.mjs';
import { formatTable } from './lib/table.mjs';

const SHIPPABLE = new Set(['youtube', 'sms', 'instagram-scam']);
const { values } = parseArgs({ options: { 'max-train': { type: 'string', default: '4000' } } });
const spamsift = await import(join(ROOT, 'dist', 'index.js'));
const corpora = findCorpora();
if (corpora.length === 0) {
  console.log('bench/starter-loco: ../shared/corpora is absent; nothing measured.');
  process.exit(0);
}
const items = new Map();
for (const c of corpora) {
  const { records } = spamsift.parseCorpus(readFileSync(c.path, 'utf8'), { format: 'jsonl' });
  items.set(c.name, records.map((r) => ({ comment: r.comment, label: r.label })));
}
const pct = (n, d) => `${((100 * n) / d).toFixed(1)} %`;
function rates(moderator, list) {
  const c = { spam: { ham: 0, moderate: 0, spam: 0 }, ham: { ham: 0, moderate: 0, spam: 0 } };
  for (const { comment, label } of list) c[label][moderator.check(comment).decision]++;
  const ns = c.spam.ham + c.spam.moderate + c.spam.spam;
  const nh = c.ham.ham + c.ham.moderate + c.ham.spam;
  return [pct(c.spam.spam + c.spam.moderate, ns), pct(c.ham.spam, nh), pct(c.ham.moderate, nh)];
}
const rows = [];
const maxTrain = Number(values['max-train']);
for (const [held, list] of items) {
  const train = [...items].filter(([name]) => name !== held && SHIPPABLE.has(name));
  const starter = spamsift.createModerator();
  // An even share of each training corpus, at most max-train comments in all, in corpus order.
  const each = Math.floor(maxTrain / train.length);
  for (const [, t] of train) for (const { comment, label } of t.slice(0, each)) starter.learn(comment, label);
  rows.push([held, train.map(([n]) => n).join(' + '), ...rates(spamsift.createModerator(), list), ...rates(starter, list)]);
}
console.log(`Leave-one-corpus-out: rules only vs a moderator that learned up to ${maxTrain} comments of the other shippable corpora\n`);
console.log(formatTable(['held out', 'learned from', 'rules: spam flagged', 'rules: ham decided spam', 'rules: ham held', 'starter: spam flagged', 'starter: ham decided spam', 'starter: ham held'], rows));
