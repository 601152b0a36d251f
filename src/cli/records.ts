// Turns one input record (a JSONL line, a CSV row, a text line) into a comment and, for training
// and evaluation, its label. The field mapping is the library's corpus reader (recordFromObject,
// recordFromCsv), so the CLI and evaluate() read a corpus the same way; this file adds what only
// a command line needs: --map checked once up front (a usage error, not an error on every line),
// rows with the wrong number of fields, bare JSON strings, and errors as messages with line numbers.
import { SpamsiftError, type CommentInput, type Label } from '../index.js';
import { CORPUS_TARGETS, csvColumns, recordFromCsv, recordFromObject, type CorpusOptions } from '../evaluate/index.js';
import { UsageError } from './args.js';
import type { Format, InputItem } from './source.js';

/** Everything a worker thread needs to read records the same way the main thread does. */
export interface RecordConfig {
  format: Format;
  header: string[] | undefined;
  /** Comment path (or `label`, `subset`) → source column (CSV) or dotted field path (JSONL). */
  map: Record<string, string> | undefined;
  /** True for train and eval: a record without a label is unreadable. False for check: labels are ignored. */
  labels: boolean;
}

export type ReadResult =
  | { ok: true; comment: CommentInput; id: string | null; label: Label | undefined; subset: string | undefined }
  | { ok: false; message: string };

export type RecordReader = (item: InputItem) => ReadResult;

/** `--map` and `--label-field` as one corpus mapping, checked before any record is read. */
export function buildMap(map: Map<string, string> | undefined, labelField: string | undefined): Record<string, string> | undefined {
  if (map === undefined && labelField === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const [target, source] of map ?? []) {
    if (!CORPUS_TARGETS.includes(target)) throw new UsageError(`--map: "${target}" is not a comment field; use one of ${CORPUS_TARGETS.join(', ')}.`);
    out[target] = source;
  }
  if (labelField !== undefined) {
    if (out['label'] !== undefined && out['label'] !== labelField) throw new UsageError(`--label-field ${labelField} and --map label=${out['label']} disagree; give one.`);
    out['label'] = labelField;
  }
  return out;
}

/** The library's messages start with "spamsift: line N: "; the CLI prints file:line itself. */
function messageOf(error: unknown): string {
  if (error instanceof SpamsiftError) return error.message.replace(/^spamsift: (?:line \d+: )?/, '');
  throw error;
}

function idOf(comment: CommentInput): string | null {
  return typeof comment === 'string' ? null : typeof comment.id === 'string' ? comment.id : null;
}

export function createRecordReader(config: RecordConfig): RecordReader {
  if (config.format === 'text') {
    if (config.labels) throw new UsageError('text input has no labels: use JSONL or CSV with a label field.');
    if (config.map !== undefined) throw new UsageError('--map applies to JSONL and CSV input, not to text.');
    return (item) => ('text' in item ? { ok: true, comment: item.text, id: null, label: undefined, subset: undefined } : unreadable(item));
  }
  return config.format === 'csv' ? createCsvRecordReader(config) : createJsonRecordReader(config);
}

function unreadable(item: InputItem): { ok: false; message: string } {
  return { ok: false, message: 'error' in item ? item.error : 'the record is not in the expected format' };
}

function createCsvRecordReader(config: RecordConfig): RecordReader {
  const header = config.header ?? [];
  const options: CorpusOptions = { requireLabel: config.labels };
  if (config.map !== undefined) options.map = config.map;
  let columns: Map<string, number>;
  try {
    columns = csvColumns(header, options);
  } catch (error) {
    if (error instanceof SpamsiftError && error.code === 'E_INVALID_OPTION') throw new UsageError(`${messageOf(error)} Name columns with --map TARGET=COLUMN.`);
    throw error;
  }
  if (config.labels && !columns.has('label')) {
    throw new UsageError(`the CSV header has no label column (${header.join(', ')}): pass --label-field COLUMN.`);
  }
  // check ignores labels: a row's label column must not make it unreadable.
  if (!config.labels) columns.delete('label');
  return (item) => {
    if (!('fields' in item)) return unreadable(item);
    if (item.fields.length !== header.length) return { ok: false, message: `the row has ${item.fields.length} fields, the header has ${header.length}` };
    try {
      const r = recordFromCsv(item, columns, options);
      return { ok: true, comment: r.comment, id: idOf(r.comment), label: r.label, subset: r.subset };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  };
}

function createJsonRecordReader(config: RecordConfig): RecordReader {
  const options: CorpusOptions = { requireLabel: config.labels };
  if (config.map !== undefined) options.map = config.map;
  const labelKey = config.map?.['label'] ?? 'label';
  return (item) => {
    if (!('text' in item)) return unreadable(item);
    let value: unknown;
    try {
      value = JSON.parse(item.text);
    } catch (error) {
      return { ok: false, message: `invalid JSON (${(error as Error).message})` };
    }
    if (typeof value === 'string') {
      return config.labels
        ? { ok: false, message: 'a bare string line has no label; write {"content": …, "label": …}' }
        : { ok: true, comment: value, id: null, label: undefined, subset: undefined };
    }
    // check ignores labels: drop the label field rather than let an odd value make the line unreadable.
    if (!config.labels && typeof value === 'object' && value !== null && Object.hasOwn(value, labelKey)) {
      const { [labelKey]: _label, ...rest } = value as Record<string, unknown>;
      value = rest;
    }
    try {
      const r = recordFromObject(value, item.line, options);
      return { ok: true, comment: r.comment, id: idOf(r.comment), label: r.label, subset: r.subset };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  };
}
