// Labeled corpora in the two formats people have: JSON Lines (one comment object a line, the
// API's shape or close to it) and CSV with a header row. The functions work line by line or
// chunk by chunk so the CLI can stream files of any size; parseCorpus is the whole-text helper.
import { SpamsiftError, describeValue, type SpamsiftErrorCode } from '../errors.js';
import { readComment } from '../input.js';
import type { Comment, Label } from '../types.js';
import { parseCsv, type CsvRow } from './csv.js';

export type CorpusFormat = 'jsonl' | 'csv';

export interface CorpusOptions {
  /**
   * Where each comment field comes from: target path → source key (a JSON key or dotted path, or a
   * CSV column name). Targets: id, content, contentFormat, author.name, author.email, author.url,
   * author.isStaff, author.approvedCount, request.ip, request.userAgent, request.referrer,
   * target.postTitle, target.permalink, target.publishedAt, createdAt, type, label, subset.
   */
  map?: Record<string, string>;
  /** A record without a usable label is an error (true, for training and evaluation) or is read unlabeled (false). Default true. */
  requireLabel?: boolean;
}

export interface CorpusRecord {
  /** 1-based line where the record starts. */
  line: number;
  comment: Comment;
  label: Label | undefined;
  /** Group for the chronological split (youtube: the video). */
  subset: string | undefined;
}

export interface BadRecord {
  line: number;
  code: SpamsiftErrorCode;
  message: string;
}

export const CORPUS_TARGETS: readonly string[] = [
  'id', 'content', 'contentFormat', 'author.name', 'author.email', 'author.url', 'author.isStaff', 'author.approvedCount',
  'request.ip', 'request.userAgent', 'request.referrer', 'target.postTitle', 'target.permalink', 'target.publishedAt',
  'createdAt', 'type', 'label', 'subset',
];

/** CSV header names (lowercase) recognized without a mapping, by target. */
const CSV_DEFAULT_COLUMNS: Record<string, readonly string[]> = {
  id: ['id', 'comment_id', 'commentid'],
  content: ['content', 'text', 'comment', 'body', 'message'],
  'author.name': ['author', 'author_name', 'name'],
  'author.email': ['email', 'author_email'],
  'author.url': ['url', 'author_url'],
  createdAt: ['date', 'created_at', 'createdat', 'timestamp'],
  label: ['label', 'class', 'spam', 'is_spam'],
  subset: ['subset'],
};

function lineError(line: number, code: SpamsiftErrorCode, message: string, path?: string): SpamsiftError {
  return new SpamsiftError(code, `line ${line}: ${message}`, path);
}

/** Reads 'spam'/'ham' (any case) or 1/0 (number or string, also true/false). Undefined for an empty value. */
export function readCorpusLabel(value: unknown, line: number): Label | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (text === 'spam' || text === 1 || text === '1' || text === true || text === 'true') return 'spam';
  if (text === 'ham' || text === 0 || text === '0' || text === false || text === 'false') return 'ham';
  throw lineError(line, 'E_INVALID_LABEL', `label must be spam/ham or 1/0, received ${describeValue(value)}.`, 'label');
}

function checkMap(map: Record<string, string> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (map === undefined) return out;
  if (typeof map !== 'object' || map === null) throw new SpamsiftError('E_INVALID_OPTION', 'options.map must be an object of target → source names.', 'options.map');
  for (const [target, source] of Object.entries(map)) {
    if (!CORPUS_TARGETS.includes(target)) {
      throw new SpamsiftError('E_INVALID_OPTION', `options.map: unknown target "${target}"; use one of ${CORPUS_TARGETS.join(', ')}.`, `options.map.${target}`);
    }
    if (typeof source !== 'string' || source === '') throw new SpamsiftError('E_INVALID_OPTION', `options.map.${target} must be a source name.`, `options.map.${target}`);
    out.set(target, source);
  }
  return out;
}

function getPath(object: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(object, path)) return object[path];
  let value: unknown = object;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Writes `value` at a target path of a comment under construction; null/empty means absent. */
function setTarget(comment: Record<string, unknown>, target: string, value: unknown): void {
  if (value === undefined || value === null || value === '') return;
  const dot = target.indexOf('.');
  if (dot < 0) {
    comment[target] = target === 'id' && typeof value === 'number' ? String(value) : value;
    return;
  }
  const parent = target.slice(0, dot);
  const key = target.slice(dot + 1);
  const existing = comment[parent];
  const child = typeof existing === 'object' && existing !== null && !Array.isArray(existing) ? { ...(existing as Record<string, unknown>) } : {};
  child[key] = value;
  comment[parent] = child;
}

function finishRecord(line: number, fields: Record<string, unknown>, labelValue: unknown, subsetValue: unknown, requireLabel: boolean): CorpusRecord {
  let comment: Comment;
  try {
    comment = readComment(fields);
  } catch (error) {
    if (error instanceof SpamsiftError) throw lineError(line, error.code, error.message.replace(/^spamsift: /, ''), error.path);
    throw error;
  }
  const label = readCorpusLabel(labelValue, line);
  if (label === undefined && requireLabel) throw lineError(line, 'E_INVALID_LABEL', 'the record has no label (spam/ham or 1/0).', 'label');
  const subset = subsetValue === undefined || subsetValue === null || subsetValue === '' ? undefined : String(subsetValue);
  return { line, comment, label, subset };
}

const COMMENT_KEYS = ['id', 'content', 'contentFormat', 'author', 'request', 'target', 'createdAt', 'type'];

/** Builds one record from a parsed JSON object (exported for the CLI's streaming reader). */
export function recordFromObject(value: unknown, line: number, options: CorpusOptions = {}): CorpusRecord {
  const map = checkMap(options.map);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw lineError(line, 'E_INVALID_COMMENT', `expected a JSON object, received ${describeValue(value)}.`);
  }
  const o = value as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const key of COMMENT_KEYS) setTarget(fields, key, o[key]);
  // Common corpus habits: the author as a plain name, the date under `date`.
  if (typeof o['author'] === 'string') fields['author'] = o['author'] === '' ? undefined : { name: o['author'] };
  if (fields['createdAt'] === undefined) setTarget(fields, 'createdAt', o['date']);
  if (typeof fields['id'] === 'number') fields['id'] = String(fields['id']);
  for (const [target, source] of map) {
    if (target !== 'label' && target !== 'subset') setTarget(fields, target, getPath(o, source));
  }
  const labelValue = getPath(o, map.get('label') ?? 'label');
  const subsetValue = getPath(o, map.get('subset') ?? 'subset');
  return finishRecord(line, fields, labelValue, subsetValue, options.requireLabel ?? true);
}

/** Parses one JSON Lines line; null for a blank line. */
export function parseJsonlLine(text: string, line: number, options: CorpusOptions = {}): CorpusRecord | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw lineError(line, 'E_INVALID_COMMENT', `not valid JSON (${(error as Error).message}).`);
  }
  return recordFromObject(value, line, options);
}

/** Column index of each target, from the header row and the mapping. */
export function csvColumns(header: readonly string[], options: CorpusOptions = {}): Map<string, number> {
  const map = checkMap(options.map);
  const lower = header.map((h) => h.trim().toLowerCase());
  const columns = new Map<string, number>();
  for (const [target, names] of Object.entries(CSV_DEFAULT_COLUMNS)) {
    const index = lower.findIndex((h) => names.includes(h));
    if (index >= 0) columns.set(target, index);
  }
  for (const [target, source] of map) {
    const index = header.indexOf(source) >= 0 ? header.indexOf(source) : lower.indexOf(source.toLowerCase());
    if (index < 0) throw new SpamsiftError('E_INVALID_OPTION', `options.map.${target}: no column "${source}" in the header (${header.join(', ')}).`, `options.map.${target}`);
    columns.set(target, index);
  }
  if (!columns.has('content')) {
    throw new SpamsiftError('E_INVALID_OPTION', `the CSV header has no content column (${header.join(', ')}); map one with { content: 'COLUMN' }.`, 'options.map.content');
  }
  return columns;
}

function csvValue(target: string, raw: string): unknown {
  if (target === 'author.isStaff') return raw === '' ? undefined : raw === '1' || raw.toLowerCase() === 'true';
  if (target === 'author.approvedCount') return raw === '' ? undefined : Number(raw);
  return raw;
}

/** Builds one record from a CSV row, given the columns from csvColumns. */
export function recordFromCsv(row: CsvRow, columns: ReadonlyMap<string, number>, options: CorpusOptions = {}): CorpusRecord {
  const fields: Record<string, unknown> = {};
  for (const [target, index] of columns) {
    if (target === 'label' || target === 'subset') continue;
    setTarget(fields, target, csvValue(target, row.fields[index] ?? ''));
  }
  if (fields['content'] === undefined) fields['content'] = '';
  const labelIndex = columns.get('label');
  const subsetIndex = columns.get('subset');
  return finishRecord(
    row.line,
    fields,
    labelIndex === undefined ? undefined : row.fields[labelIndex],
    subsetIndex === undefined ? undefined : row.fields[subsetIndex],
    options.requireLabel ?? true,
  );
}

export interface ParsedCorpus {
  records: CorpusRecord[];
  /** Records that could not be read (only with skipBad; otherwise the first one throws). */
  bad: BadRecord[];
}

/** Guesses the format from a file name, then from the first non-blank character. */
export function detectFormat(text: string, fileName = ''): CorpusFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json')) return 'jsonl';
  const first = text.trimStart().charCodeAt(0);
  return first === 123 /* { */ || first === 91 /* [ */ ? 'jsonl' : 'csv';
}

/** Parses a whole corpus text. Throws on the first bad record unless `skipBad`. */
export function parseCorpus(text: string, options: CorpusOptions & { format?: CorpusFormat; skipBad?: boolean } = {}): ParsedCorpus {
  if (typeof text !== 'string') throw new SpamsiftError('E_INVALID_OPTION', `corpus text must be a string, received ${describeValue(text)}.`, 'text');
  const format = options.format ?? detectFormat(text);
  const records: CorpusRecord[] = [];
  const bad: BadRecord[] = [];
  const attempt = (line: number, read: () => CorpusRecord | null): void => {
    try {
      const record = read();
      if (record) records.push(record);
    } catch (error) {
      if (!(error instanceof SpamsiftError) || !options.skipBad || error.code === 'E_INVALID_OPTION') throw error;
      bad.push({ line, code: error.code, message: error.message });
    }
  };
  if (format === 'jsonl') {
    let line = 0;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      line++;
      const raw = text.slice(start, end);
      const lineNo = line;
      attempt(lineNo, () => parseJsonlLine(raw, lineNo, options));
      start = end + 1;
    }
  } else {
    const rows = parseCsv(text);
    const header = rows.shift();
    if (header && 'error' in header) {
      throw new SpamsiftError('E_INVALID_OPTION', `line ${header.line}: the CSV header cannot be read: ${header.error}.`, 'text');
    }
    if (header) {
      const columns = csvColumns(header.fields, options);
      for (const row of rows) {
        attempt(row.line, () => {
          if ('error' in row) throw lineError(row.line, 'E_INVALID_COMMENT', row.error);
          return recordFromCsv(row, columns, options);
        });
      }
    }
  }
  return { records, bad };
}
