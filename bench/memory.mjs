// Memory held by a trained moderator (issue 13): a moderator learns every comment of the shared
// corpora, and what it holds is the heapUsed plus arrayBuffers difference after full garbage
// collections (a typed array's contents live outside the JS heap: heapUsed alone leaves out the
// store's counts, pair table and document arena; figures before session 7's store work did), with
// the bytes per learned token (distinct tokens summed over learned comments, as the model's totals
// count them) beside it. The comments themselves are read before the first measurement.
//   npm run build && node --expose-gc bench/memory.mjs [--dist DIR]
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';
import { ROOT } from './lib/speed-data.mjs';
import { formatTable } from './lib/table.mjs';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

if (typeof globalThis.gc !== 'function') {
  console.error('bench/memory: run with node --expose-gc');
  process.exit(2);
}
const { values } = parseArgs({ options: { dist: { type: 'string', default: join(ROOT, 'dist') } } });
const { createModerator } = await import(join(resolve(values.dist), 'index.js'));
const corpora = findCorpora();
if (corpora.length === 0) {
  console.log('bench/memory: ../shared/corpora is absent; nothing measured.');
  process.exit(0);
}
const sets = corpora.map(({ name, path }) => ({
  name,
  items: readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const r = JSON.parse(l);
    return { comment: { id: `${name}:${r.id}`, content: r.content, ...(typeof r.author === 'string' ? { author: { name: r.author } } : {}) }, label: r.label };
  }),
}));
const heap = () => {
  for (let i = 0; i < 4; i++) globalThis.gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heapUsed, arrayBuffers };
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
/**
 * The model's counts, read from an export that only this function's frame holds. A `const model`
 * in the loop body (module code with top-level await) stays reachable until the next iteration
 * overwrites it, so the previous corpus's export (up to 17 MB of JS objects) was counted as heap
 * the moderator holds: the figures before session 7 were that much too high.
 */
function modelSize(moderator) {
  const model = moderator.exportModel().bayes;
  return { vocabulary: model.vocabulary.length, tokens: model.totals.tokens };
}
const rows = [];
const before = heap();
const m = createModerator({ bayes: { maxVocabulary: 2_000_000 } });
let learned = 0;
for (const set of sets) {
  for (const { comment, label } of set.items) m.learn(comment, label);
  learned += set.items.length;
  m.check('warm the calibration');
  const now = heap();
  const js = now.heapUsed - before.heapUsed;
  const buffers = now.arrayBuffers - before.arrayBuffers;
  const { vocabulary, tokens } = modelSize(m);
  rows.push([`+ ${set.name}`, learned.toLocaleString('en-US'), vocabulary.toLocaleString('en-US'), tokens.toLocaleString('en-US'), mb(js), mb(buffers), mb(js + buffers), ((js + buffers) / tokens).toFixed(1)]);
}
console.log(`Memory held by one moderator trained on the shared corpora (heapUsed and arrayBuffers after GC, minus before); load average ${loadavg()[0].toFixed(2)}\n`);
console.log(formatTable(['learned', 'comments', 'vocabulary', 'learned tokens', 'JS heap', 'typed arrays', 'held', 'bytes / learned token'], rows));
