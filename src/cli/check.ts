// `spamsift check`: one verdict line per input comment, in input order, in constant memory.
import type { Decision } from '../index.js';
import { UsageError, parseCommandArgs, readIntegerOption, readMap, readOnly, readWorkers, stringOption, type OptionSpec } from './args.js';
import { createBatchScorer, type CheckConfig, type EncodedOutcome, type Outcome } from './check-batch.js';
import { splitBlock } from './lines.js';
import { MODERATOR_HELP, MODERATOR_OPTIONS, moderatorOptions } from './moderator-options.js';
import { readModelFile } from './model-file.js';
import { BadRecords, writeText } from './output.js';
import { createPool, type Pool } from './pool.js';
import { buildMap } from './records.js';
import { createProgress } from './progress.js';
import { INPUT_HELP, INPUT_OPTIONS, batchItems, openSource, readSourceOptions, type RawBatch } from './source.js';
import type { BatchReply } from './worker.js';

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...MODERATOR_OPTIONS,
  model: { type: 'string' },
  only: { type: 'string' },
  pretty: { type: 'boolean' },
  workers: { type: 'string' },
  'workers-from': { type: 'string' },
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
  --workers N|auto        score on N threads: the main thread and N-1 workers, output order kept
                          (default 1: main thread only; capped at the available CPUs)
  --workers-from BYTES    start the workers only for inputs of at least BYTES (default 4000000;
                          stdin: once that much is read): a smaller input is done before they start
${INPUT_HELP}
${MODERATOR_HELP}
  -h, --help              this help

exit: 0 done, 1 a record could not be read (file:line and why on stderr), 2 bad usage`;

/**
 * Parts a ready worker holds at once: one to score and one waiting, so it never waits for the main
 * thread, which hands out parts only between its own (a part is about 20 ms of scoring).
 */
const WORKER_DEPTH = 2;

/** Parts scored and not yet written, beyond those the workers hold: bounds memory when a worker lags. */
const MAX_AHEAD = 8;

/** Bytes of JSONL/text lines in one part: several parts a 256 KB read, so threads share the work evenly. */
const PART_BYTES = 64 * 1024;

/** CSV parts hold at most this many records. */
const MAX_BATCH = 500;

/**
 * Inputs smaller than this are scored by the main thread alone, whatever --workers says: a worker
 * thread needs about 0.5-0.9 s of CPU before it scores its first comment (import 0.3-0.5 s, model
 * load 0.15 s, refit 0.15-0.2 s on a youtube-sized model; docs/speed-session8-workers.md), while the
 * main thread scores about 4 MB of youtube-like comments a second. Below about 4 MB the worker would
 * join for too little of the run to pay for its start (on a machine whose other cores are busy, it
 * would slow the main thread down). For stdin the size is unknown: workers start once this much has
 * been read.
 */
export const DEFAULT_WORKERS_FROM = 4_000_000;

/** What the threads share: JSONL/text blocks in parts of about PART_BYTES, CSV rows in parts of at most MAX_BATCH. */
function* split(batch: RawBatch): Generator<RawBatch> {
  if (batch.kind === 'lines') {
    for (const block of splitBlock(batch.block, PART_BYTES)) yield { kind: 'lines', block };
    return;
  }
  for (let i = 0; i < batch.items.length; i += MAX_BATCH) yield { kind: 'items', items: batch.items.slice(i, i + MAX_BATCH) };
}

/** A part in output order: scored here (outcomes) or by a worker (reply, once it came). */
interface Slot {
  outcomes?: readonly (Outcome | EncodedOutcome)[];
  count: number;
  reply?: Promise<BatchReply>;
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
  // The workers start first, so their start-up overlaps the main thread's own (model load and refit).
  const workersFrom = readIntegerOption(stringOption(values, 'workers-from'), 'workers-from', DEFAULT_WORKERS_FROM, 0, Number.MAX_SAFE_INTEGER);
  let pool: Pool | undefined;
  const startPool = (): void => {
    if (workers > 1 && pool === undefined) pool = createPool(workers - 1, WORKER_DEPTH, new URL('./worker.js', import.meta.url), config);
  };
  if ((source.size ?? 0) >= workersFrom) startPool();
  let score;
  try {
    score = createBatchScorer(config);
  } catch (error) {
    // Bad settings are the main thread's to report (exit 2); the workers would only say it again.
    await pool?.close();
    throw error;
  }
  const bad = new BadRecords('check', source.name, values['skip-bad'] === true);
  const progress = createProgress('check', source.size);
  let count = 0;

  /** Writes a batch's verdicts (`records` of them); false when an unreadable record stops the run. */
  const emit = async (outcomes: readonly (Outcome | EncodedOutcome)[], records: number): Promise<boolean> => {
    let text = '';
    for (const o of outcomes) {
      if (typeof o === 'string') {
        text += o;
        continue;
      }
      await writeText(process.stdout, text);
      text = '';
      // A worker's verdict lines, already UTF-8: written as they are.
      if (o instanceof Uint8Array) await writeText(process.stdout, o);
      else if (!bad.report(o.line, o.message)) return false;
    }
    await writeText(process.stdout, text);
    count += records;
    progress.update(count, source.bytesRead());
    return true;
  };

  const slots: Slot[] = [];
  /** Writes the slots that are done, in order; with `wait`, waits for the first. False when the run must stop. */
  const flush = async (wait: boolean): Promise<boolean> => {
    while (slots.length > 0) {
      const head = slots[0] as Slot;
      if (head.outcomes === undefined) {
        if (!wait) return true;
        const reply = await (head.reply as Promise<BatchReply>);
        head.outcomes = reply.outcomes;
        head.count = reply.count;
      }
      slots.shift();
      if (!(await emit(head.outcomes, head.count))) return false;
      wait = false;
    }
    return true;
  };

  let stopped = false;
  const parts = (async function* (): AsyncGenerator<RawBatch> {
    for await (const batch of source.raw) yield* split(batch);
  })();
  try {
    for (;;) {
      if (pool === undefined && source.bytesRead() >= workersFrom) startPool();
      // Ready workers are topped up first; the main thread scores the next part itself.
      let index = pool === undefined ? -1 : pool.free();
      let done = false;
      while (index >= 0) {
        const next = await parts.next();
        if (next.done === true) {
          done = true;
          break;
        }
        const slot: Slot = { count: 0, reply: (pool as Pool).run(index, next.value) };
        // Awaited in order by flush(); a worker failure must not surface first as an unhandled rejection.
        slot.reply?.then((r) => {
          slot.outcomes = r.outcomes;
          slot.count = r.count;
        }, () => undefined);
        slots.push(slot);
        index = (pool as Pool).free();
      }
      if (done) break;
      const next = await parts.next();
      if (next.done === true) break;
      const items = batchItems(next.value);
      slots.push({ outcomes: score(items), count: items.length });
      // Lets the workers' replies in (they arrive as events, which a busy main thread does not see).
      if (pool !== undefined) await new Promise((resolve) => setImmediate(resolve));
      const failure = pool?.failure();
      if (failure) throw failure;
      if (!(await flush(slots.length > MAX_AHEAD + (workers - 1) * WORKER_DEPTH))) {
        stopped = true;
        break;
      }
    }
    if (!stopped && !(await flushAll())) stopped = true;
  } finally {
    await pool?.close();
  }

  async function flushAll(): Promise<boolean> {
    while (slots.length > 0) if (!(await flush(true))) return false;
    return true;
  }
  progress.done();
  bad.summarize();
  return stopped ? 1 : 0;
}
