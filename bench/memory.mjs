// Memory held by a trained moderator (issue 13): for each row a fresh moderator learns the shared
// corpora up to that one (with a check after each corpus, which fits the NB-LR weights), and what
// it holds is heapUsed plus arrayBuffers with the moderator minus the same right after it is
// dropped (full garbage collections, the event loop turned between them), with the bytes per
// learned token (distinct tokens summed over learned comments, as the model's totals count them)
// beside it. A typed array's contents live outside the JS heap: heapUsed alone leaves out the
// store's counts, pair table and document arena (figures before session 7's store work did).
//
// Session 8: the previous reading (after minus before learning, one moderator for all rows) moved
// by about 10 MB between identical runs and counted what the bench itself allocated while the
// moderator learned (its comment ids flattened on first hashing, JIT code and feedback); dropping
// the moderator and measuring again counts only what nothing but the moderator holds.
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
/** heapUsed and arrayBuffers after full collections, the event loop turned between them (so nothing a finished job kept is counted). */
async function heap() {
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await new Promise((done) => setImmediate(done));
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heapUsed, arrayBuffers };
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
/** The model's counts, read from an export that only this function's frame holds. */
function modelSize(moderator) {
  const model = moderator.exportModel().bayes;
  return { vocabulary: model.vocabulary.length, tokens: model.totals.tokens };
}
/**
 * A fresh moderator in `box` that learned the corpora up to `upTo`; every use of it stays in this
 * synchronous frame. An async caller that read `box.moderator` itself could keep it in a register
 * of its suspended frame across an await (the last row once read −0.03 MB that way).
 */
function train(box, upTo) {
  box.moderator = createModerator({ bayes: { maxVocabulary: 2_000_000 } });
  let learned = 0;
  for (const set of sets.slice(0, upTo)) {
    for (const { comment, label } of set.items) box.moderator.learn(comment, label);
    learned += set.items.length;
    box.moderator.check('warm the calibration');
  }
  return { learned, ...modelSize(box.moderator) };
}
const rows = [];
for (let upTo = 1; upTo <= sets.length; upTo++) {
  const box = { moderator: null };
  const { learned, vocabulary, tokens } = train(box, upTo);
  const withIt = await heap();
  box.moderator = null;
  const without = await heap();
  const js = withIt.heapUsed - without.heapUsed;
  const buffers = withIt.arrayBuffers - without.arrayBuffers;
  rows.push([`+ ${sets[upTo - 1].name}`, learned.toLocaleString('en-US'), vocabulary.toLocaleString('en-US'), tokens.toLocaleString('en-US'), mb(js), mb(buffers), mb(js + buffers), ((js + buffers) / tokens).toFixed(1)]);
}
console.log(`Memory held by one moderator trained on the shared corpora (heapUsed and arrayBuffers with it minus after dropping it); load average ${loadavg()[0].toFixed(2)}\n`);
console.log(formatTable(['learned', 'comments', 'vocabulary', 'learned tokens', 'JS heap', 'typed arrays', 'held', 'bytes / learned token'], rows));

// A site that starts empty checks every comment before it learns it: its moderator also reads the
// shipped starter on the first check (which a moderator that learned 1,000 comments before its
// first check never does) and holds whatever the check path keeps.
const youtube = sets.find((set) => set.name === 'youtube');
if (youtube !== undefined) {
  function trainChecking(box) {
    box.moderator = createModerator();
    for (const { comment, label } of youtube.items) {
      box.moderator.check(comment);
      box.moderator.learn(comment, label);
    }
    box.moderator.check('warm the calibration');
    return modelSize(box.moderator);
  }
  const box = { moderator: null };
  const { tokens } = trainChecking(box);
  const withIt = await heap();
  box.moderator = null;
  const without = await heap();
  const held = withIt.heapUsed + withIt.arrayBuffers - without.heapUsed - without.arrayBuffers;
  console.log(`\nyoutube alone, each comment checked before it is learned: ${mb(held)} held, ${(held / tokens).toFixed(1)} bytes per learned token`);
}
