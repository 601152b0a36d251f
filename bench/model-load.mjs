// Cost of loading a model: wall time of createModerator({ model }) and of the first check, and
// the process's peak resident memory, per MB of model JSON. Each size runs in a fresh child
// process (peak RSS is per process). Models are synthetic but shaped like real ones: a vocabulary
// of short tokens, documents of 60 distinct sorted token ids with Zipf-like popularity.
//   node bench/model-load.mjs [MB …]      (default 8 32 64; builds dist/ first: npm run build)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './lib/table.mjs';

const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** A valid model of about `mb` MB: documents of 60 token ids each. */
function syntheticModel(mb) {
  const perDoc = 60;
  // About 4.3 bytes of JSON per token id (gaps of 1–3 digits and a comma) and 40 per document.
  const documents = Math.round((mb * 1024 * 1024) / (perDoc * 4.3 + 40));
  const vocabularySize = Math.min(200_000, documents * 4);
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const used = new Uint8Array(vocabularySize);
  const lists = [];
  let tokens = 0;
  for (let d = 0; d < documents; d++) {
    const ids = new Set();
    while (ids.size < perDoc) ids.add(Math.floor(vocabularySize * random() ** 3));
    const sorted = [...ids].sort((a, b) => a - b);
    for (const id of sorted) used[id] = 1;
    lists.push(sorted.map((id, i) => (i === 0 ? id : id - sorted[i - 1])));
    tokens += perDoc;
  }
  // Every vocabulary entry must be in some document: the unused ones make one more document.
  const unused = [];
  used.forEach((u, id) => u === 0 && unused.push(id));
  if (unused.length > 0) {
    const ids = [...unused].sort((a, b) => a - b);
    lists.push(ids.map((id, i) => (i === 0 ? id : id - ids[i - 1])));
    tokens += ids.length;
  }
  const n = lists.length;
  const labels = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'spam' : 'ham'));
  const spamDocs = labels.filter((l) => l === 'spam').length;
  return JSON.stringify({
    format: 'spamsift-model',
    version: 1,
    language: 'en',
    createdAt: new Date(0).toISOString(),
    bayes: {
      format: 'spamsift-bayes',
      version: 1,
      totals: { spamDocs, hamDocs: n - spamDocs, tokens },
      vocabulary: Array.from({ length: vocabularySize }, (_, i) => `t${i.toString(36)}`),
      documents: { ids: Array.from({ length: n }, (_, i) => `id:${i}`), labels, tokens: lists },
    },
  });
}

const CHILD = `
const { readFileSync } = require('node:fs');
import(process.argv[1]).then(({ createModerator }) => {
  const text = readFileSync(process.argv[2], 'utf8');
  const t0 = performance.now();
  const m = createModerator({ model: text });
  const t1 = performance.now();
  m.check('Buy cheap pills at http://example.com now');
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ load: (t1 - t0) / 1000, first: (t2 - t1) / 1000, rss: process.resourceUsage().maxRSS / 1024 }));
});`;

const sizes = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'spamsift-model-load-'));
const rows = [];
try {
  for (const mb of sizes.length > 0 ? sizes : [8, 32, 64]) {
    const text = syntheticModel(mb);
    const file = join(dir, `model-${mb}.json`);
    writeFileSync(file, text);
    const out = JSON.parse(execFileSync(process.execPath, ['-e', CHILD, DIST, file], { encoding: 'utf8', maxBuffer: 1 << 20 }));
    const size = Buffer.byteLength(text) / (1024 * 1024);
    rows.push([size.toFixed(1), out.load.toFixed(2), (out.load / size).toFixed(3), out.first.toFixed(2), Math.round(out.rss), (out.rss / size).toFixed(1)]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(formatTable(['model MB', 'load s', 'load s/MB', 'first check s', 'peak RSS MB', 'peak RSS MB per model MB'], rows));

// Models past the limits: how fast they are refused (the pre-parse scan), in this process.
const { readModel } = await import(DIST);
const envelope = (bayes) => `{"format":"spamsift-model","version":1,"language":"en","createdAt":"x","bayes":${bayes}}`;
const refused = [];
for (const [what, text] of [
  ['30 M token ids', envelope(`{"documents":{"tokens":[[${'1,'.repeat(30_000_000)}1]]}}`)],
  ['17 M vocabulary strings', envelope(`{"vocabulary":[${'"ab",'.repeat(17_000_000)}"x"]}`)],
]) {
  const t0 = performance.now();
  let code = 'loaded';
  try {
    readModel(text);
  } catch (error) {
    code = error.code;
  }
  refused.push([what, (text.length / (1024 * 1024)).toFixed(0), code, ((performance.now() - t0) / 1000).toFixed(2)]);
}
console.log();
console.log(formatTable(['model past the limits', 'MB', 'result', 'seconds'], refused));
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}`);
