#!/usr/bin/env node
// The `spamsift` command: dispatches to a command and maps failures to exit codes
// (0 done, 1 a record could not be read or the run failed, 2 bad usage).
import { SpamsiftError } from '../index.js';
import { version } from '../../package.json';
import { UsageError } from './args.js';
import { CHECK_HELP, runCheck } from './check.js';
import { EVAL_HELP, runEval } from './eval.js';
import { WriteError } from './model-file.js';
import { HeaderError } from './source.js';
import { sanitize } from './output.js';
import { RULES_HELP, runRules } from './rules.js';
import { SERVE_HELP, runServe } from './serve.js';
import { TRAIN_HELP, runTrain } from './train.js';

const USAGE = `usage: spamsift <command> [options]

commands:
  check [FILE|-]                score comments (JSONL, CSV or text), one JSON verdict a line
  train --model FILE LABELED…   learn labeled comments into a model file
  eval LABELED                  cross-validate on a labeled corpus, print metrics, --report HTML
  rules                         list the rule catalog
  serve --api-keys FILE --data DIR   an Akismet-compatible HTTP endpoint (docs/serve.md)

Run \`spamsift <command> --help\` for a command's options; \`spamsift --version\` for the version.`;

type Command = (argv: string[]) => Promise<number> | number;

const COMMANDS = new Map<string, { run: Command; help: string }>([
  ['check', { run: runCheck, help: CHECK_HELP }],
  ['train', { run: runTrain, help: TRAIN_HELP }],
  ['eval', { run: runEval, help: EVAL_HELP }],
  ['rules', { run: runRules, help: RULES_HELP }],
  ['serve', { run: runServe, help: SERVE_HELP }],
]);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (name === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS.get(rest[0]);
    process.stdout.write(`${topic?.help ?? USAGE}\n`);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    process.stderr.write(`spamsift: unknown command "${sanitize(name)}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`spamsift ${name}: ${sanitize(error.message, 2000)}\nRun \`spamsift ${name} --help\` for usage.\n`);
      return 2;
    }
    // A model file or option the library refuses is a usage problem too: the message says what to do.
    if (error instanceof SpamsiftError) {
      // The code is what scripts can match on; the message is for people.
      process.stderr.write(`spamsift ${name}: ${error.code}: ${sanitize(error.message.replace(/^spamsift: /, ''), 2000)}\n`);
      return 2;
    }
    if (error instanceof HeaderError) {
      process.stderr.write(`spamsift ${name}: line ${error.line}: the CSV header cannot be read: ${sanitize(error.reason)}\n`);
      return 1;
    }
    // A file that cannot be written or read mid-run is the environment's problem, not a bug: the message says enough.
    if (error instanceof WriteError || (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string')) {
      process.stderr.write(`spamsift ${name}: ${sanitize(error.message, 2000)}\n`);
      return 1;
    }
    process.stderr.write(`spamsift ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

// A reader that goes away (`spamsift check … | head`) is not an error. Any other failure to write
// the output (a full disk: ENOSPC, an I/O error) is the environment's: one line and exit 2.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`spamsift: cannot write the output: ${sanitize(error.code ?? error.message)}${error.code === 'ENOSPC' ? ' (no space left on the device)' : ''}\n`);
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`spamsift: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
