export { evaluate, splitCorpus, type Checker, type EvaluateOptions, type EvaluationResult, type LabeledComment, type Prediction, type RuleHitRate } from './evaluate.js';
export { computeMetrics, matthews, rocAuc, rocCurve, spamCaughtAt, emptyConfusion, type Confusion, type Metrics } from './metrics.js';
export { stratifiedKFold, chronologicalSplit, type Split } from './split.js';
export { mulberry32 } from './random.js';
// For tools that read an exported model's documents (scripts/lib/starter.mjs): a version 2 token list's ids.
export { decodeTokenList } from '../bayes/serialize.js';
export {
  parseCorpus,
  parseJsonlLine,
  recordFromObject,
  recordFromCsv,
  csvColumns,
  detectFormat,
  readCorpusLabel,
  CORPUS_TARGETS,
  type BadRecord,
  type CorpusFormat,
  type CorpusOptions,
  type CorpusRecord,
  type ParsedCorpus,
} from './corpus.js';
export { CsvParser, parseCsv, type CsvRecord, type CsvRow } from './csv.js';
