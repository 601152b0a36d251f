// Exported model size per learned comment (issue 9: "a model stays at most today's size per learned
// comment"), for one or more builds side by side: for each shared corpus a fresh moderator
// (default options) learns every comment, then its exportModel() is measured as JSON text, in
// characters (JSON.stringify(…).length) and in UTF-8 bytes (what a file takes; Cyrillic and other
// non-Latin vocabulary takes two or three bytes a character). Sizes do not depend on load.
//   npm run build && node bench/model-size.mjs [DIST …]     (default: this checkout's dist/)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findCorpora } from './lib/corpora.mjs';
import { ROOT } from './lib/speed-data.mjs';
import { formatTable } from './lib/table.mjs';

const dists = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [join(ROOT, 'dist')];
// A build's moderator API plus its evaluation helpers (the spamsift/evaluate subpath when the build has one).
const loadBuild = async (d) => ({ ...(await import(resolve(d, 'index.js'))), ...(existsSync(resolve(d, 'evaluate.js')) ? await import(resolve(d, 'evaluate.js')) : {}) });
const builds = await Promise.all(dists.map(loadBuild));
const corpora = findCorpora();
if (corpora.length === 0) {
  console.log('bench/model-size: ../shared/corpora is absent; nothing measured.');
  process.exit(0);
}
const rows = [];
for (const corpus of corpora) {
  // Every build reads the corpus with the first build's parser, so all learn the same comments (ids included).
  const items = builds[0].parseCorpus(readFileSync(corpus.path, 'utf8')).records;
  const row = [`${corpus.name} (${items.length})`];
  builds.forEach((build) => {
    const moderator = build.createModerator();
    for (const { comment, label } of items) moderator.learn(comment, label);
    const text = JSON.stringify(moderator.exportModel());
    row.push(`${(text.length / items.length).toFixed(1)} / ${(Buffer.byteLength(text) / items.length).toFixed(1)}`);
  });
  if (builds.length > 1) {
    const first = Number(row[1].split(' / ')[0]);
    const last = Number(row[row.length - 1].split(' / ')[0]);
    row.push(`${(((last - first) / first) * 100).toFixed(1)} %`);
  }
  rows.push(row);
}
console.log('Exported model per learned comment, characters / UTF-8 bytes of JSON.stringify(exportModel()), default options\n');
console.log(formatTable(['corpus', ...dists, ...(builds.length > 1 ? ['last vs first (characters)'] : [])], rows));
