// Each rule's own cost on youtube and on the generated link-heavy blog comments: how many comments
// its gate (Rule.requires) lets through and the µs per comment its test takes, run one rule at a
// time over every comment once the shared per-comment facts are worked out. One rule at a time flatters each rule:
// check() runs them interleaved, where touching each rule's code and tables costs more (gate.ts).
// The rows show where the rules stage's work is, not what check() would save.
//   node bench/rule-cost.mjs [--set youtube|blog] [--rounds 5] [--top 30]
import { parseArgs } from 'node:util';
import { loadFromSrc } from './lib/load-from-src.mjs';
import { loadBlogComments, loadShortComments, YOUTUBE } from './lib/speed-data.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'blog' }, rounds: { type: 'string', default: '5' }, top: { type: 'string', default: '30' } } });
const set = values.set === 'youtube' ? loadShortComments(YOUTUBE) : loadBlogComments(500);
const comments = set.items.map((i) => i.comment);
const { ruleCostSet } = await loadFromSrc('rule-cost');
const { ids, open, micros } = ruleCostSet(comments).time(Number(values.rounds));
const n = comments.length;
const total = micros.reduce((a, x) => a + x, 0);
const rows = ids.map((id, r) => ({ id, open: open[r], us: micros[r] / n })).sort((a, b) => b.us - a.us);
console.log(`${set.name}: ${n} comments; ${ids.length} rules; fastest of ${values.rounds} rounds; µs per comment of the set`);
console.log(`every rule one at a time: ${(total / n).toFixed(2)} µs per comment\n`);
console.log(formatTable(['rule', 'gate open', 'µs / comment', 'share'], rows.slice(0, Number(values.top)).map((r) => [r.id, `${r.open}`, r.us.toFixed(3), `${((100 * r.us * n) / total).toFixed(1)} %`])));
