#!/usr/bin/env node
// Prints the README's rules table, generated from the built catalog (dist/) so the table can
// never disagree with the rules that run. Usage: npm run rules:doc (builds first).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(`rules-table: ${entry} is missing; run "npm run build" first (npm run rules:doc does both).\n`);
  process.exit(1);
}
const { CATALOG } = await import(pathToFileURL(entry).href);

/** Markdown table cells: a pipe or a line break would split the row. */
const cell = (value) => String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const points = (score) => (score > 0 ? `+${score}` : String(score));

const lines = ['| id | group | score | description |', '|---|---|---:|---|'];
for (const rule of CATALOG) lines.push(`| \`${rule.id}\` | ${rule.group} | ${points(rule.score)} | ${cell(rule.description)} |`);
process.stdout.write(`${lines.join('\n')}\n`);
