// Phrase audit (issue 9 §1, "nothing memorized"): for every template phrase of the rule catalog,
// how many comments of each shared corpus contain it (as whole words, the way the rules match).
// A phrase that matches only one or two corpus comments is a candidate copy of one comment's
// wording rather than a category's; docs/rules-cold-start.md says what was removed.
//   npm run build && node bench/phrase-audit.mjs [--max 2] [--all]
// Reads ../shared/corpora; the phrase list comes from src/ (bundled with esbuild).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findCorpora } from './lib/corpora.mjs';
import { loadFromSrc } from './lib/load-from-src.mjs';
import { formatTable } from './lib/table.mjs';

const { values } = parseArgs({ options: { max: { type: 'string', default: '2' }, all: { type: 'boolean', default: false } } });
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spamsift = { ...(await import(join(root, 'dist', 'index.js'))), ...(await import(join(root, 'dist', 'evaluate.js'))) };
const { PHRASES, phraseWords } = await loadFromSrc('phrases');
const corpora = findCorpora();
if (corpora.length === 0) {
  console.log('bench/phrase-audit: ../shared/corpora is absent; nothing to audit against.');
  process.exit(0);
}
const moderator = spamsift.createModerator();
const docs = [];
for (const c of corpora) {
  const text = readFileSync(c.path, 'utf8');
  const { records } = spamsift.parseCorpus(text, { format: 'jsonl' });
  for (const r of records) docs.push({ corpus: c.name, label: r.label, words: ` ${moderator.analyze(r.comment).features.words.join(' ')} ` });
}
const rows = [];
for (const [kind, phrases] of Object.entries(PHRASES)) {
  for (const phrase of phrases) {
    const needle = ` ${phraseWords(phrase).join(' ')} `;
    const counts = new Map();
    let total = 0;
    for (const d of docs) {
      if (!d.words.includes(needle)) continue;
      total++;
      const key = `${d.corpus}:${d.label}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (values.all || (total > 0 && total <= Number(values.max))) {
      rows.push([kind, phrase, String(total), [...counts].map(([k, n]) => `${k} ${n}`).join(', ')]);
    }
  }
}
console.log(formatTable(['kind', 'phrase', 'corpus comments', 'where'], rows));
