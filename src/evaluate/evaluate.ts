// Cross-validation of a moderator (or any classifier with the same two methods) on a labeled
// corpus: the numbers the README and the CLI's report print come from here.
import { SpamsiftError, describeValue } from '../errors.js';
import { readComment, readLabel } from '../input.js';
// Through the public entry: the spamsift/evaluate bundle imports it as the package itself (tsup.config.ts).
import { createModerator } from '../index.js';
import type { ModeratorOptions } from '../options.js';
import type { CommentInput, Decision, Label } from '../types.js';
import { computeMetrics, countDecision, emptyConfusion, type Confusion, type Metrics } from './metrics.js';
import { chronologicalSplit, stratifiedKFold, type Split } from './split.js';

export interface LabeledComment {
  comment: CommentInput;
  label: Label;
  /** Group for the chronological split (youtube: the video); absent means one group. */
  subset?: string | undefined;
}

/** What evaluate() needs from a classifier: a moderator fits, and so does an adapter around any other library. */
export interface Checker {
  learn(comment: CommentInput, label: Label): void;
  check(comment: CommentInput): { decision: Decision; score: number; reasons?: readonly { id: string }[] };
}

export interface EvaluateOptions {
  /** 'kfold' (stratified, seeded; default) or 'chrono' (earlier part of each subset trains, the rest tests). */
  split?: 'kfold' | 'chrono';
  /** k for 'kfold'. Default 10. */
  folds?: number;
  /** Shuffle seed for 'kfold'. Default 42. */
  seed?: number;
  /** Training share of each subset for 'chrono'. Default 0.7. */
  trainShare?: number;
  /** Options for the moderator trained in each run. */
  moderator?: ModeratorOptions;
  /** Makes a fresh classifier per run instead of createModerator(options.moderator): compares other libraries on the same folds. */
  create?: () => Checker;
}

export interface Prediction {
  /** Index into the evaluated corpus. */
  index: number;
  label: Label;
  decision: Decision;
  score: number;
}

export interface RuleHitRate {
  id: string;
  /** Test comments of each class whose verdict had a reason with this id. */
  spam: number;
  ham: number;
}

export interface EvaluationResult {
  split: 'kfold' | 'chrono';
  /** Runs made: k for 'kfold', 1 for 'chrono'. */
  runs: number;
  seed: number;
  /** Comments in the corpus, and of each class. */
  n: number;
  spam: number;
  ham: number;
  /** Pooled over every test comment of every run. */
  metrics: Metrics;
  /** Per run (fold), for spread. */
  perRun: Metrics[];
  confusion: Confusion;
  /** Test scores by true class, for histograms and the ROC curve. */
  scores: { spam: number[]; ham: number[] };
  predictions: Prediction[];
  /** Reason ids seen on test comments (rules and BAYES), by class, most frequent first. */
  reasonHits: RuleHitRate[];
  /** Comments learned per second (the whole learn(): pipeline + classifier, plus the calibration fit that the first check after training runs). */
  trainPerSecond: number;
  /** Comments checked per second (the whole check(), warm: the one-time calibration fit is counted as training). */
  checkPerSecond: number;
}

function fail(path: string, expected: string, received: unknown): never {
  throw new SpamsiftError('E_INVALID_OPTION', `${path} must be ${expected}, received ${describeValue(received)}.`, path);
}

function readItems(items: unknown): LabeledComment[] {
  if (!Array.isArray(items)) fail('items', 'an array of { comment, label }', items);
  return items.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) fail(`items[${i}]`, 'an object { comment, label }', item);
    const o = item as Record<string, unknown>;
    readComment(o['comment'], `items[${i}].comment`);
    readLabel(o['label']);
    const subset = o['subset'];
    if (subset !== undefined && subset !== null && typeof subset !== 'string') fail(`items[${i}].subset`, 'a string', subset);
    return item as LabeledComment;
  });
}

function timeOf(comment: CommentInput): number | null {
  if (typeof comment === 'string') return null;
  const raw = comment.createdAt;
  if (raw === undefined || raw === null) return null;
  const t = raw instanceof Date ? raw.getTime() : typeof raw === 'number' ? raw : Date.parse(raw);
  return Number.isFinite(t) ? t : null;
}

/** The train/test index sets evaluate() uses for these items and options (for running other tools on the same folds). */
export function splitCorpus(items: readonly LabeledComment[], options: Pick<EvaluateOptions, 'split' | 'folds' | 'seed' | 'trainShare'> = {}): Split[] {
  if (options.split === 'chrono') {
    const share = options.trainShare ?? 0.7;
    if (typeof share !== 'number' || !(share > 0 && share < 1)) fail('options.trainShare', 'a number between 0 and 1', share);
    return [chronologicalSplit(items.map((item) => ({ subset: item.subset ?? undefined, time: timeOf(item.comment) })), share)];
  }
  const folds = options.folds ?? 10;
  if (!Number.isInteger(folds) || folds < 2 || folds > 1000) fail('options.folds', 'a whole number from 2 to 1000', folds);
  const seed = options.seed ?? 42;
  if (!Number.isInteger(seed)) fail('options.seed', 'a whole number', seed);
  return stratifiedKFold(items.map((item) => item.label), folds, seed);
}

/**
 * Trains a fresh moderator on each training part and checks the test part: stratified k-fold
 * with a fixed seed, or the chronological split. Metrics are pooled over all test comments.
 */
export function evaluate(items: readonly LabeledComment[], options: EvaluateOptions = {}): EvaluationResult {
  if (typeof options !== 'object' || options === null) fail('options', 'an object', options);
  if (options.split !== undefined && options.split !== 'kfold' && options.split !== 'chrono') fail('options.split', "'kfold' or 'chrono'", options.split);
  const corpus = readItems(items);
  const splits = splitCorpus(corpus, options);
  const create = options.create ?? (() => createModerator(options.moderator));
  const confusion = emptyConfusion();
  const scores = { spam: [] as number[], ham: [] as number[] };
  const predictions: Prediction[] = [];
  const perRun: Metrics[] = [];
  const reasons = new Map<string, RuleHitRate>();
  let trainCount = 0;
  let trainMs = 0;
  let checkCount = 0;
  let checkMs = 0;

  for (const split of splits) {
    const checker = create();
    const runConfusion = emptyConfusion();
    const runScores = { spam: [] as number[], ham: [] as number[] };
    let t0 = performance.now();
    for (const index of split.train) {
      const item = corpus[index] as LabeledComment;
      checker.learn(item.comment, item.label);
    }
    // The first check after training fits the classifier's calibration (refitted from the
    // learned documents after any change): that is training work, so it is timed here and
    // checks run warm.
    const first = split.test[0];
    if (first !== undefined) checker.check((corpus[first] as LabeledComment).comment);
    trainMs += performance.now() - t0;
    trainCount += split.train.length;
    t0 = performance.now();
    const verdicts = split.test.map((index) => checker.check((corpus[index] as LabeledComment).comment));
    checkMs += performance.now() - t0;
    checkCount += split.test.length;
    split.test.forEach((index, k) => {
      const { label } = corpus[index] as LabeledComment;
      const verdict = verdicts[k] as ReturnType<Checker['check']>;
      countDecision(confusion, label, verdict.decision);
      countDecision(runConfusion, label, verdict.decision);
      scores[label].push(verdict.score);
      runScores[label].push(verdict.score);
      predictions.push({ index, label, decision: verdict.decision, score: verdict.score });
      for (const reason of verdict.reasons ?? []) {
        let rate = reasons.get(reason.id);
        if (!rate) reasons.set(reason.id, (rate = { id: reason.id, spam: 0, ham: 0 }));
        rate[label]++;
      }
    });
    perRun.push(computeMetrics(runConfusion, runScores.spam, runScores.ham));
  }
  predictions.sort((a, b) => a.index - b.index);
  const spam = corpus.filter((item) => item.label === 'spam').length;
  return {
    split: options.split ?? 'kfold',
    runs: splits.length,
    seed: options.seed ?? 42,
    n: corpus.length,
    spam,
    ham: corpus.length - spam,
    metrics: computeMetrics(confusion, scores.spam, scores.ham),
    perRun,
    confusion,
    scores,
    predictions,
    reasonHits: [...reasons.values()].sort((a, b) => b.spam + b.ham - (a.spam + a.ham) || a.id.localeCompare(b.id)),
    trainPerSecond: trainMs > 0 ? (trainCount / trainMs) * 1000 : Number.POSITIVE_INFINITY,
    checkPerSecond: checkMs > 0 ? (checkCount / checkMs) * 1000 : Number.POSITIVE_INFINITY,
  };
}
