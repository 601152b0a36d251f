// `spamsift eval`: cross-validates a fresh moderator on a labeled corpus and prints the metrics
// table; --report writes the same numbers, charts and per-rule hit rates as one HTML page.
import { DEFAULT_THRESHOLDS, createModerator } from '../index.js';
import { evaluate, type EvaluateOptions, type EvaluationResult, type LabeledComment } from '../evaluate/index.js';
import { version } from '../../package.json';
import { UsageError, parseCommandArgs, readIntegerOption, readMap, stringOption, type OptionSpec } from './args.js';
import { count, decimal, describeSplit, metricRows, percent, ruleStats } from './eval-stats.js';
import { MODERATOR_HELP, MODERATOR_OPTIONS, moderatorOptions } from './moderator-options.js';
import { writeFileAtomic } from './model-file.js';
import { BadRecords, sanitize } from './output.js';
import { createProgress } from './progress.js';
import { buildMap, createRecordReader } from './records.js';
import { recordDetails } from './report-details.js';
import { renderReport } from './report-html.js';
import { INPUT_HELP, INPUT_OPTIONS, openSource, readSourceOptions } from './source.js';

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...MODERATOR_OPTIONS,
  'label-field': { type: 'string' },
  folds: { type: 'string' },
  seed: { type: 'string' },
  split: { type: 'string' },
  'train-share': { type: 'string' },
  report: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export const EVAL_HELP = `usage: spamsift eval [options] LABELED

Trains a fresh moderator on part of a labeled corpus (JSONL or CSV), checks the rest, and prints
accuracy, spam recall, ham blocked, share sent to moderation, F1, MCC, ROC AUC, speed, the
confusion matrix and each rule's hit rate on spam and ham.

options:
  --split kfold|chrono    stratified k-fold (default), or chronological: the earlier part of each
                          subset (e.g. video) trains, the later part tests
  --folds N               folds for kfold (default 10)
  --seed N                shuffle seed for kfold (default 42)
  --train-share X         training share for chrono (default 0.7)
  --label-field NAME      field or column holding spam/ham (or 1/0); default label (CSV: also class)
  --report FILE.html      also write one self-contained HTML page for a site owner: what happens to
                          ham and spam (held, blocked, deleted unseen), other thresholds, charts,
                          every mistake with its reasons, each rule's hits with examples
  --json                  print the result as JSON instead of the table
${INPUT_HELP}
${MODERATOR_HELP}
  -h, --help              this help

exit: 0 done, 1 a record could not be read, 2 bad usage`;

function readSplit(text: string | undefined): 'kfold' | 'chrono' {
  if (text === undefined || text === 'kfold') return 'kfold';
  if (text === 'chrono') return 'chrono';
  throw new UsageError(`--split must be kfold or chrono, received "${text}".`);
}

function readShare(text: string | undefined): number {
  if (text === undefined) return 0.7;
  const x = Number(text);
  if (!(x > 0 && x < 1)) throw new UsageError(`--train-share must be a number between 0 and 1, received "${text}".`);
  return x;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function formatTable(corpus: string, result: EvaluationResult, trainShare: number, rules: ReturnType<typeof ruleStats>): string {
  const lines: string[] = [];
  lines.push(`${corpus}: ${count(result.n)} comments (${count(result.spam)} spam, ${count(result.ham)} ham), ${describeSplit(result, trainShare)}`);
  lines.push('');
  // Speeds go on their own line: their values would widen the metrics column.
  const all = metricRows(result);
  const rows = all.filter((r) => !r.value.endsWith('/s'));
  const nameW = Math.max(...rows.map((r) => r.name.length));
  const valueW = Math.max(...rows.map((r) => r.value.length));
  const spreadW = Math.max(...rows.map((r) => r.spread.length));
  for (const r of rows) {
    const spread = r.spread === '' ? pad('', spreadW + 9) : `  ${pad(`(runs ${r.spread})`, spreadW + 7)}`;
    lines.push(`${pad(r.name, nameW)}  ${pad(r.value, valueW, true)}${spread}  ${r.note}`.trimEnd());
  }
  lines.push(`speed: ${all.filter((r) => r.value.endsWith('/s')).map((r) => `${r.name} ${r.value}`).join(', ')} (whole pipeline)`);
  const c = result.confusion;
  lines.push('', 'confusion      → ham  → moderate    → spam');
  lines.push(`spam      ${pad(count(c.spam.ham), 9, true)}  ${pad(count(c.spam.moderate), 10, true)}  ${pad(count(c.spam.spam), 8, true)}`);
  lines.push(`ham       ${pad(count(c.ham.ham), 9, true)}  ${pad(count(c.ham.moderate), 10, true)}  ${pad(count(c.ham.spam), 8, true)}`);
  lines.push('', 'rule hits on the test comments (S/O = SPAM% / (SPAM% + HAM%))');
  if (rules.length === 0) lines.push('  no rule fired');
  else {
    lines.push('   SPAM%     HAM%    S/O   SCORE  RULE');
    for (const s of rules) {
      lines.push(`${pad(percent(s.spamShare), 8, true)} ${pad(percent(s.hamShare), 8, true)}  ${decimal(s.so)}  ${pad(s.score === null ? '' : s.score.toFixed(1), 6, true)}  ${s.id}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runEval(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values['help'] === true) {
    process.stdout.write(`${EVAL_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`eval takes one labeled corpus, received ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`);
  const corpus = positionals[0] as string;
  const split = readSplit(stringOption(values, 'split'));
  if (split === 'chrono' && (values['folds'] !== undefined || values['seed'] !== undefined)) {
    throw new UsageError('--folds and --seed apply to --split kfold; the chronological split has no folds and no randomness.');
  }
  const folds = readIntegerOption(stringOption(values, 'folds'), 'folds', 10, 2, 1000);
  const seed = readIntegerOption(stringOption(values, 'seed'), 'seed', 42, 0, 2 ** 32 - 1);
  const trainShare = readShare(stringOption(values, 'train-share'));
  const moderator = moderatorOptions(values, undefined);
  const map = buildMap(readMap(stringOption(values, 'map')), stringOption(values, 'label-field'));
  const reportPath = stringOption(values, 'report');

  const source = await openSource(corpus, readSourceOptions(values));
  const items: LabeledComment[] = [];
  if (source.format !== 'csv' || source.header !== undefined) {
    const read = createRecordReader({ format: source.format, header: source.header, map, labels: true });
    const bad = new BadRecords('eval', source.name, values['skip-bad'] === true);
    const progress = createProgress('eval: reading', source.size);
    for await (const batch of source.batches) {
      for (const item of batch) {
        const record = read(item);
        if (record.ok && record.label !== undefined) items.push({ comment: record.comment, label: record.label, subset: record.subset });
        else if (!bad.report(item.line, record.ok ? 'the record has no label' : record.message)) {
          progress.done();
          return 1;
        }
      }
      progress.update(items.length, source.bytesRead());
    }
    progress.done();
    bad.summarize();
  }
  const spam = items.filter((i) => i.label === 'spam').length;
  if (spam === 0 || spam === items.length) {
    throw new UsageError(`${source.name} has ${items.length} labeled comments, ${spam} of them spam: evaluation needs both spam and ham.`);
  }
  if (split === 'kfold' && Math.min(spam, items.length - spam) < folds) {
    throw new UsageError(`${folds}-fold cross-validation needs at least ${folds} comments of each class; ${source.name} has ${spam} spam and ${items.length - spam} ham. Use --folds ${Math.max(2, Math.min(spam, items.length - spam))}.`);
  }
  const options: EvaluateOptions = { split, folds, seed, trainShare, moderator };
  // The report also shows the reasons behind mistakes and example hits per rule: kept by wrapping each fold's moderator.
  const recorder = reportPath === undefined ? undefined : recordDetails(items, () => createModerator(moderator));
  if (recorder) options.create = recorder.create;
  const result = evaluate(items, options);
  const rules = createModerator(moderator).rules;
  const stats = ruleStats(result, rules);
  if (values['json'] === true) {
    const { predictions: _predictions, scores: _scores, ...summary } = result;
    process.stdout.write(`${JSON.stringify({ corpus: source.name, ...summary, rules: stats }, null, 2)}\n`);
  } else {
    process.stdout.write(formatTable(sanitize(source.name), result, trainShare, stats));
  }
  if (reportPath !== undefined) {
    const page = renderReport({
      corpus: source.name,
      result,
      items,
      rules,
      thresholds: { ...DEFAULT_THRESHOLDS, ...moderator.thresholds },
      trainShare,
      version,
      command: `spamsift eval ${argv.join(' ')}`,
      generatedAt: new Date().toISOString(),
      ...(recorder ? { details: recorder.details } : {}),
    });
    writeFileAtomic(reportPath, page);
    process.stderr.write(`spamsift eval: wrote ${reportPath}\n`);
  }
  return 0;
}
