// `spamsift rules`: the catalog, as a table for people or JSON for scripts.
import { CATALOG } from '../index.js';
import { parseCommandArgs, UsageError, type OptionSpec } from './args.js';
import { sanitize } from './output.js';

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export const RULES_HELP = `usage: spamsift rules [--json]

Lists the built-in rule catalog: id, group, score (points added on a hit; negative rules are ham
signals) and what the rule means.

options:
  --json      a JSON array of {id, group, score, description}
  -h, --help  this help`;

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function runRules(argv: string[]): number {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values['help'] === true) {
    process.stdout.write(`${RULES_HELP}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`rules takes no arguments, received ${positionals.join(' ')}.`);
  const rows = CATALOG.map((r) => ({ id: r.id, group: r.group, score: r.score, description: r.description }));
  if (values['json'] === true) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const header = { id: 'ID', group: 'GROUP', score: 'SCORE', description: 'DESCRIPTION' };
  const cells = rows.map((r) => ({ id: r.id, group: r.group, score: r.score.toFixed(1), description: sanitize(r.description, 1000) }));
  const idWidth = Math.max(header.id.length, ...cells.map((c) => c.id.length));
  const groupWidth = Math.max(header.group.length, ...cells.map((c) => c.group.length));
  const scoreWidth = Math.max(header.score.length, ...cells.map((c) => c.score.length));
  const line = (c: typeof header): string => `${pad(c.id, idWidth)}  ${pad(c.group, groupWidth)}  ${c.score.padStart(scoreWidth)}  ${c.description}`.trimEnd();
  process.stdout.write(`${[line(header), ...cells.map(line)].join('\n')}\n${rows.length} rules\n`);
  return 0;
}
