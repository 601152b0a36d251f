// `spamsift train`: learns labeled comments into a model file, continuing from the file when it
// exists. Nothing is written unless every record was read (or --skip-bad was given).
import { SpamsiftError, createModerator, type ModeratorOptions, type SpamsiftModel } from '../index.js';
import { UsageError, parseCommandArgs, readIntegerOption, readMap, stringOption, type OptionSpec, type Parsed } from './args.js';
import { DEFAULT_LOCK_WAIT_MS, readModelIfPresent, withModelLock, writeFileAtomic } from './model-file.js';
import { BadRecords } from './output.js';
import { createProgress } from './progress.js';
import { buildMap, createRecordReader } from './records.js';
import { INPUT_HELP, INPUT_OPTIONS, openSource, readSourceOptions } from './source.js';

const OPTIONS = {
  ...INPUT_OPTIONS,
  model: { type: 'string' },
  'label-field': { type: 'string' },
  language: { type: 'string' },
  'max-vocabulary': { type: 'string' },
  'lock-wait': { type: 'string' },
  fitted: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export const TRAIN_HELP = `usage: spamsift train --model FILE [options] LABELED...

Learns every labeled comment of the LABELED files (JSONL or CSV; - is stdin) and writes the model
to FILE atomically (a temporary file in the same directory, then a rename; a symlink is written
through to its target, and the file keeps its mode and owner). When FILE exists, training
continues from it. While it runs, train holds the lock file FILE.lock: a second train on the same
model waits for the first and then continues from its result, so no learning is lost. Learning is idempotent by comment id: a comment learned again with
the other label moves to that label.

options:
  --model FILE            the model to continue from and to write (required)
  --label-field NAME      field or column holding spam/ham (or 1/0); default label (CSV: also class)
  --language LANG         stemmer language of a new model (auto: by each word's script, the default;
                          en, fr, de, es, it, nl, pt, ru, sv, no, none)
  --max-vocabulary N      vocabulary cap of the classifier (rarest tokens pruned past it)
  --lock-wait SECONDS     how long to wait for another train run on the same model (default 600)
  --fitted                also write the fitted state (NB-LR weights and calibration; the file grows
                          about a fifth): check, its workers and createModerator({ model }) then
                          score at once instead of refitting on load (about 0.2 s each)
${INPUT_HELP}
  -h, --help              this help

exit: 0 model written, 1 a record could not be read (nothing written), 2 bad usage`;

export async function runTrain(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values['help'] === true) {
    process.stdout.write(`${TRAIN_HELP}\n`);
    return 0;
  }
  const modelPath = stringOption(values, 'model');
  if (modelPath === undefined) throw new UsageError('train needs --model FILE: the model to write.');
  if (positionals.length === 0) throw new UsageError('train needs at least one labeled file (JSONL or CSV, - for stdin).');
  const sourceOptions = readSourceOptions(values);
  const map = buildMap(readMap(stringOption(values, 'map')), stringOption(values, 'label-field'));
  const waitMs = readIntegerOption(stringOption(values, 'lock-wait'), 'lock-wait', DEFAULT_LOCK_WAIT_MS / 1000, 0, 86_400) * 1000;
  // The model is read, learned into and written under one lock: a concurrent run cannot slip its
  // write between our read and our write and have it overwritten.
  return withModelLock(modelPath, waitMs, () => trainLocked(modelPath, positionals, values, sourceOptions, map), (message) =>
    process.stderr.write(`spamsift train: ${message}\n`),
  );
}

async function trainLocked(
  modelPath: string,
  positionals: string[],
  values: Parsed['values'],
  sourceOptions: ReturnType<typeof readSourceOptions>,
  map: ReturnType<typeof buildMap>,
): Promise<number> {
  const options: ModeratorOptions = {};
  const existing = readModelIfPresent(modelPath);
  if (existing !== undefined) options.model = existing;
  const language = stringOption(values, 'language');
  if (language !== undefined) options.language = language as NonNullable<ModeratorOptions['language']>;
  const maxVocabulary = stringOption(values, 'max-vocabulary');
  if (maxVocabulary !== undefined) options.bayes = { maxVocabulary: readIntegerOption(maxVocabulary, 'max-vocabulary', 0, 100, 1e8) };
  const moderator = createModerator(options);
  const before = existing === undefined ? { spamDocs: 0, hamDocs: 0 } : heldComments(moderator.exportModel());

  const skipBad = values['skip-bad'] === true;
  const learned = { spam: 0, ham: 0 };
  let skipped = 0;
  for (const path of positionals) {
    const source = await openSource(path, sourceOptions);
    if (source.format === 'csv' && source.header === undefined) continue;
    const read = createRecordReader({ format: source.format, header: source.header, map, labels: true });
    const bad = new BadRecords('train', source.name, skipBad);
    const progress = createProgress(`train ${source.name}`, source.size);
    let count = 0;
    for await (const batch of source.batches) {
      for (const item of batch) {
        const record = read(item);
        let problem = record.ok ? undefined : record.message;
        if (record.ok && record.label !== undefined) {
          try {
            moderator.learn(record.comment, record.label);
            learned[record.label]++;
          } catch (error) {
            if (!(error instanceof SpamsiftError && error.code === 'E_INVALID_COMMENT')) throw error;
            problem = error.message.replace(/^spamsift: /, '');
          }
        }
        if (problem !== undefined && !bad.report(item.line, problem)) {
          progress.done();
          process.stderr.write(`spamsift train: ${modelPath} left unchanged\n`);
          return 1;
        }
      }
      count += batch.length;
      progress.update(count, source.bytesRead());
    }
    progress.done();
    bad.summarize();
    skipped += bad.count;
  }
  const model = moderator.exportModel({ fitted: values['fitted'] === true });
  const text = JSON.stringify(model);
  writeFileAtomic(modelPath, text);
  const held = heldComments(model);
  process.stderr.write(
    `spamsift train: ${describeLearned(learned, before, held)}${skipped > 0 ? `, skipped ${skipped}` : ''}; ` +
      `${existing === undefined ? 'wrote' : 'updated'} ${modelPath} (${Buffer.byteLength(text).toLocaleString('en-US')} bytes)` +
      `${existing === undefined ? '' : `; it holds ${count(held.spamDocs + held.hamDocs)} comments (${count(held.spamDocs)} spam, ${count(held.hamDocs)} ham)`}\n`,
  );
  return 0;
}

/** Comments a model holds, from the totals its Bayes part carries (the model format keeps them typed as unknown). */
function heldComments(model: SpamsiftModel): { spamDocs: number; hamDocs: number } {
  const totals = (model.bayes as { totals?: { spamDocs?: unknown; hamDocs?: unknown } } | null)?.totals;
  const spamDocs = typeof totals?.spamDocs === 'number' ? totals.spamDocs : 0;
  const hamDocs = typeof totals?.hamDocs === 'number' ? totals.hamDocs : 0;
  return { spamDocs, hamDocs };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Learning is idempotent by id, so comments read and comments the model gained differ when ids
 * repeat (or a comment relabels one learned before): say both, or the count looks like a bug.
 */
function describeLearned(read: { spam: number; ham: number }, before: { spamDocs: number; hamDocs: number }, after: { spamDocs: number; hamDocs: number }): string {
  const total = read.spam + read.ham;
  const head = `learned ${count(total)} comments (${count(read.spam)} spam, ${count(read.ham)} ham)`;
  const gained = after.spamDocs + after.hamDocs - (before.spamDocs + before.hamDocs);
  if (gained === total) return head;
  const repeated = total - gained;
  return `${head}, ${count(gained)} new to the model: ${count(repeated)} repeated the id of a comment learned before (the last label counts)`;
}
