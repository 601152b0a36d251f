// Finds the labeled corpora beside the checkout (../shared/corpora) and any given with --corpus.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED_CORPORA = resolve(here, '..', '..', '..', 'shared', 'corpora');

/** [{ name, path }] for every ../shared/corpora/<name>/<name>.jsonl plus the extra paths. */
export function findCorpora(extra = []) {
  const found = [];
  if (existsSync(SHARED_CORPORA)) {
    for (const name of readdirSync(SHARED_CORPORA).sort()) {
      const path = join(SHARED_CORPORA, name, `${name}.jsonl`);
      if (existsSync(path)) found.push({ name, path });
    }
  }
  for (const path of extra) found.push({ name: basename(path).replace(/\.(jsonl|csv|ndjson)$/i, ''), path: resolve(path) });
  return found;
}

/** Reads a corpus with the package's own parser into evaluate() items. */
export function loadCorpus(parseCorpus, path) {
  const text = readFileSync(path, 'utf8');
  const { records } = parseCorpus(text, { format: /\.csv$/i.test(path) ? 'csv' : 'jsonl' });
  return records.map((r) => ({ comment: r.comment, label: r.label, subset: r.subset }));
}

/** Every corpus of ../shared/corpora as evaluate() items, by name (empty when the folder is absent). */
export function loadSharedCorpora(parseCorpus) {
  return new Map(findCorpora().map((c) => [c.name, loadCorpus(parseCorpus, c.path)]));
}

/**
 * The shared corpora a leave-one-corpus-out bench runs on (`--only a,b` keeps those), or exit 0
 * with a message when fewer than two are there: one corpus has nothing to be held out from.
 */
export function locoCorpora(bench, only) {
  const corpora = findCorpora().filter((c) => !only || only.split(',').includes(c.name));
  if (corpora.length < 2) {
    console.log(`bench/${bench}: needs at least two corpora in ../shared/corpora (absent here); skipped.`);
    process.exit(0);
  }
  return corpora;
}
