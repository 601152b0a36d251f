// `spamsift check`: one verdict line per input comment, in input order, in constant memory.
import type { Decision } from '../index.js';
import { UsageError, parseCommandArgs, readMap, readOnly, readWorkers, stringOption, type OptionSpec } from './args.js';
import { checkConfig, createBatchScorer, type CheckConfig, type Outcome } from './check-batch.js';
import { MODERATOR_HELP, MODERATOR_OPTIONS, moderatorOptions } from './moderator-options.js';
import { readModelFile } from './model-file.js';
import { BadRecords, writeText } from './output.js';
import { createPool } from './pool.js';
import { buildMap } from './records.js';
import { createProgress } from './progress.js';
import { INPUT_HELP, INPUT_OPTIONS, openSource, readSourceOptions, type RawBatch } from './source.js';
import type { BatchReply } from './worker.js';

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...MODERATOR_OPTIONS,
  model: { type: 'string' },
  only: { type: 'string' },
  pretty: { type: 'boolean' },
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export const CHECK_HELP = `usage: spamsift check [options] [FILE|-]

Scores every comment of FILE (or stdin) and writes one verdict a line to stdout, in input order:
  {"id": …, "line": N, "decision": "ham|moderate|spam", "score": 0..1, "discard": bool, "reasons": […]}

Input: JSON Lines (a comment object, or a JSON string, per line; a string "author" is read as
author.name), CSV with a header row, or text (each line is a comment's content).

options:
  --model FILE            a model written by \`spamsift train\`
  --only DECISIONS        write only these decisions, e.g. spam,moderate
  --pretty                write verdicts for people: decision, score and one line per reason
  --workers N|auto        score on N worker threads, output order kept (default 1: main thread)
${INPUT_HELP}
${MODERATOR_HELP}
  -h, --help              this help

exit: 0 done, 1 a record could not be read (file:line and why on stderr), 2 bad usage`;

/**
 * Batches handed out and not yet written, per worker: enough that a worker finishing early finds
 * its next batch waiting while the main thread waits for an earlier one (at 2 the second of two
 * workers idled 13 % of a run), few enough to bound memory (a batch is one 256 KB read).
 */
const IN_FLIGHT_PER_WORKER = 4;

/** CSV batches sent to a worker hold at most this many records, so messages stay small. */
const MAX_BATCH = 2000;

/**
 * What goes to the workers: blocks of JSONL/text lines as they were read (one chunk, undecoded:
 * the workers decode them, so the main thread only reads, frames and writes) and CSV rows in
 * slices of at most MAX_BATCH.
 */
function* split(batch: RawBatch): Generator<RawBatch> {
  if (batch.kind === 'lines' || batch.items.length <= MAX_BATCH) {
    yield batch;
    return;
  }
  for (let i = 0; i < batch.items.length; i += MAX_BATCH) yield { kind: 'items', items: batch.items.slice(i, i + MAX_BATCH) };
}

export async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values['help'] === true) {
    process.stdout.write(`${CHECK_HELP}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`check reads one input, received ${positionals.length}: ${positionals.join(' ')}.`);
  const workers = readWorkers(stringOption(values, 'workers'));
  const only = readOnly(stringOption(values, 'only'));
  const map = readMap(stringOption(values, 'map'));
  const modelPath = stringOption(values, 'model');
  const moderator = moderatorOptions(values, modelPath === undefined ? undefined : readModelFile(modelPath));
  const source = await openSource(positionals[0] ?? '-', readSourceOptions(values));
  if (source.format === 'csv' && source.header === undefined) return 0;
  const config: CheckConfig = {
    records: { format: source.format, header: source.header, map: buildMap(map, undefined), labels: false },
    moderator,
    only: only ? ([...only] as Decision[]) : undefined,
    output: values['pretty'] === true ? 'pretty' : 'jsonl',
  };
  // With workers, the main thread only checks the settings (a bad --map or model envelope is a usage
  // error before any thread starts) and does not hold a third copy of the model.
  const scoreHere = workers === 1 ? createBatchScorer(config) : undefined;
  if (workers > 1) checkConfig(config);
  const bad = new BadRecords('check', source.name, values['skip-bad'] === true);
  const progress = createProgress('check', source.size);
  let count = 0;

  /** Writes a batch's verdicts (`records` of them); false when an unreadable record stops the run. */
  const emit = async (outcomes: Outcome[], records: number): Promise<boolean> => {
    let text = '';
    for (const o of outcomes) {
      if (typeof o === 'string') {
        text += o;
        continue;
      }
      await writeText(process.stdout, text);
      text = '';
      if (!bad.report(o.line, o.message)) return false;
    }
    await writeText(process.stdout, text);
    count += records;
    progress.update(count, source.bytesRead());
    return true;
  };

  let stopped = false;
  if (scoreHere) {
    for await (const batch of source.batches) {
      if (!(await emit(scoreHere(batch), batch.length))) {
        stopped = true;
        break;
      }
    }
  } else {
    const pool = createPool(workers, new URL('./worker.js', import.meta.url), config);
    const inFlight: Promise<BatchReply>[] = [];
    const emitReply = (reply: BatchReply): Promise<boolean> => emit(reply.outcomes, reply.count);
    try {
      reading: for await (const batch of source.raw) {
        for (const part of split(batch)) {
          const result = pool.run(part);
          // Awaited in order below; a worker failure must not surface first as an unhandled rejection of a later batch.
          result.catch(() => undefined);
          inFlight.push(result);
          if (inFlight.length >= workers * IN_FLIGHT_PER_WORKER && !(await emitReply(await (inFlight.shift() as Promise<BatchReply>)))) {
            stopped = true;
            break reading;
          }
        }
      }
      while (!stopped && inFlight.length > 0) {
        if (!(await emitReply(await (inFlight.shift() as Promise<BatchReply>)))) stopped = true;
      }
    } finally {
      await pool.close();
    }
  }
  progress.done();
  bad.summarize();
  return stopped ? 1 : 0;
}
