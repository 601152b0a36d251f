#!/usr/bin/env node
// Usage: node scripts/corpus-overlap.mjs <fixture.jsonl> [--corpora <dir>]
//   e.g. node scripts/corpus-overlap.mjs fixtures/wordpress-blind.jsonl
// Checks that a project-written fixture copies nothing from the shared corpora: lowercases the
// fixture's comment text and author name and every corpus comment, splits them on non-letters
// (any script), and prints each fixture id that shares a run of four words with a corpus comment,
// with the run and the corpus comment's id. Exit 0 when nothing is shared, 1 when something is,
// 2 on a usage error. The corpora folder defaults to ../shared/corpora beside the checkout; when it
// is absent the check says so and is skipped (exit 0), as the benches do.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN = 4;

function usage(message) {
  process.stderr.write(`corpus-overlap: ${message}\nusage: node scripts/corpus-overlap.mjs <fixture.jsonl> [--corpora <dir>]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  let fixture;
  let corpora = resolve(fileURLToPath(new URL('../../shared/corpora', import.meta.url)));
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--corpora') {
      if (argv[i + 1] === undefined) usage('--corpora needs a folder');
      corpora = resolve(argv[(i += 1)]);
    } else if (argv[i].startsWith('--')) usage(`unknown option ${argv[i]}`);
    else if (fixture === undefined) fixture = argv[i];
    else usage(`unexpected argument ${argv[i]}`);
  }
  if (fixture === undefined) usage('no fixture file given');
  return { fixture, corpora };
}

/** Words as the check sees them: lowercased, split on anything that is not a letter. */
function words(text) {
  return String(text ?? '').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

function runs(text) {
  const list = words(text);
  const out = [];
  for (let i = 0; i + RUN <= list.length; i += 1) out.push(list.slice(i, i + RUN).join(' '));
  return out;
}

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`${path}:${index + 1}: not JSON (${error.message})`);
      }
    });
}

function corpusFiles(dir) {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap((sub) => readdirSync(sub).filter((name) => name.endsWith('.jsonl')).map((name) => join(sub, name)));
}

const { fixture, corpora } = parseArgs(process.argv.slice(2));
if (!existsSync(fixture)) usage(`${fixture} does not exist`);
if (!existsSync(corpora)) {
  process.stdout.write(`corpus-overlap: skipped, corpora folder ${corpora} is absent\n`);
  process.exit(0);
}

const rows = readJsonl(fixture);
// Only the runs the fixture has are kept from the corpora, so memory stays small.
const wanted = new Map();
for (const row of rows) {
  for (const field of [row.content, row.author?.name]) {
    for (const run of runs(field)) wanted.set(run, null);
  }
}
const files = corpusFiles(corpora);
let scanned = 0;
for (const file of files) {
  for (const item of readJsonl(file)) {
    scanned += 1;
    for (const run of runs(item.content)) {
      if (wanted.has(run) && wanted.get(run) === null) wanted.set(run, `${item.source ?? file}:${item.id}`);
    }
  }
}

let flagged = 0;
for (const row of rows) {
  const hits = new Map();
  for (const field of [row.content, row.author?.name]) {
    for (const run of runs(field)) if (wanted.get(run)) hits.set(run, wanted.get(run));
  }
  if (hits.size === 0) continue;
  flagged += 1;
  for (const [run, where] of hits) process.stdout.write(`${row.id}\t"${run}"\t${where}\n`);
}
process.stdout.write(`corpus-overlap: ${rows.length} fixture rows, ${scanned} corpus comments in ${files.length} files, ${flagged} rows share a ${RUN}-word run\n`);
process.exit(flagged === 0 ? 0 : 1);
