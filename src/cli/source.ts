// Opens a file or stdin and yields its records in batches (one batch per chunk read), pulled
// by the caller: nothing is read faster than it is scored, so memory stays constant.
import { createReadStream, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { UsageError, readIntegerOption, stringOption, type OptionSpec, type Parsed } from './args.js';
import { CsvParser } from '../evaluate/index.js';
import { decodeBlock, frameLines, type LineBlock } from './lines.js';

export type Format = 'jsonl' | 'csv' | 'text';
export const FORMATS: readonly Format[] = ['jsonl', 'csv', 'text'];

/** One record as read: a JSONL/text line, a CSV row, or why it could not be read. */
export type InputItem = { line: number; text: string } | { line: number; fields: string[] } | { line: number; error: string };

/**
 * What the reader yields before decoding: CSV rows (parsed in the reading thread, since a quoted
 * field may span lines) or a block of whole JSONL/text lines still in bytes.
 */
export type RawBatch = { kind: 'items'; items: InputItem[] } | { kind: 'lines'; block: LineBlock };

/** A raw batch's records, decoded. */
export function batchItems(batch: RawBatch): InputItem[] {
  return batch.kind === 'items' ? batch.items : decodeBlock(batch.block);
}

export interface Source {
  /** The path as given, or `<stdin>`. */
  name: string;
  format: Format;
  /** CSV only: the header row. Undefined for an empty CSV input. */
  header: string[] | undefined;
  /** File size in bytes when known (for the ETA), else undefined. */
  size: number | undefined;
  /** Bytes read so far. */
  bytesRead(): number;
  /** The records, decoded, in order. Iterate this or `raw`, not both: they read the same stream. */
  batches: AsyncGenerator<InputItem[]>;
  /** The same records undecoded, for a reader that hands the decoding to worker threads. */
  raw: AsyncGenerator<RawBatch>;
}

export interface SourceOptions {
  format: Format | undefined;
  maxLineBytes: number;
}

/** Input options every command that reads comments takes. */
export const INPUT_OPTIONS = {
  format: { type: 'string' },
  map: { type: 'string' },
  'skip-bad': { type: 'boolean' },
  'max-line-bytes': { type: 'string' },
} as const satisfies OptionSpec;

export const INPUT_HELP = `  --format jsonl|csv|text  input format (default: by extension, .csv → csv, .txt → text, else jsonl)
  --map TARGET=SOURCE,…   where comment fields come from (CSV column or JSON field path), e.g.
                          content=CONTENT,author.name=AUTHOR,id=COMMENT_ID; without it, CSV
                          columns named content/text/comment, author, date, id… are read
  --skip-bad              report unreadable records, count them and go on (exit 0)
  --max-line-bytes N      longest record read (default 67108864); longer ones are unreadable`;

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

export function readSourceOptions(values: Parsed['values']): SourceOptions {
  return {
    format: readFormat(stringOption(values, 'format')),
    maxLineBytes: readIntegerOption(stringOption(values, 'max-line-bytes'), 'max-line-bytes', DEFAULT_MAX_LINE_BYTES, 16, 2 ** 30),
  };
}

export function readFormat(text: string | undefined): Format | undefined {
  if (text === undefined) return undefined;
  if (!FORMATS.includes(text as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, received "${text}".`);
  return text as Format;
}

function detectFormat(path: string): Format {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.txt')) return 'text';
  return 'jsonl';
}

async function* countBytes(chunks: AsyncIterable<Buffer>, counter: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    counter.bytes += chunk.length;
    yield chunk;
  }
}

async function* csvItems(chunks: AsyncIterable<Buffer>, maxRecordChars: number): AsyncGenerator<InputItem[]> {
  const decoder = new StringDecoder('utf8');
  const parser = new CsvParser(maxRecordChars);
  let first = true;
  for await (const chunk of chunks) {
    let text = decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const records = parser.push(text);
    if (records.length > 0) yield records;
  }
  const last = [...parser.push(decoder.end()), ...parser.end()];
  if (last.length > 0) yield last;
}

/** Reads the CSV header first, so the caller can check `--map` against it before any scoring. */
async function withHeader(items: AsyncGenerator<InputItem[]>): Promise<{ header: string[] | undefined; batches: AsyncGenerator<InputItem[]> }> {
  for (;;) {
    const next = await items.next();
    if (next.done === true) return { header: undefined, batches: items };
    const [head, ...rest] = next.value;
    if (head === undefined) continue;
    if ('error' in head) throw new HeaderError(head.line, head.error);
    if (!('fields' in head)) continue;
    async function* replay(): AsyncGenerator<InputItem[]> {
      if (rest.length > 0) yield rest;
      yield* items;
    }
    return { header: head.fields.map((f) => f.trim()), batches: replay() };
  }
}

/** The CSV header row itself could not be read. */
export class HeaderError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'HeaderError';
  }
}

export async function openSource(path: string, options: SourceOptions): Promise<Source> {
  const stdin = path === '-';
  let size: number | undefined;
  if (!stdin) {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
    }
    if (stat.isDirectory()) throw new UsageError(`${path} is a directory, not a comment file.`);
    if (stat.isFile()) size = stat.size;
  }
  const format = options.format ?? (stdin ? 'jsonl' : detectFormat(path));
  const counter = { bytes: 0 };
  const stream: AsyncIterable<Buffer> = stdin ? process.stdin : createReadStream(path, { highWaterMark: 256 * 1024 });
  const chunks = countBytes(stream, counter);
  const base = {
    name: stdin ? '<stdin>' : path,
    format,
    size,
    bytesRead: () => counter.bytes,
  };
  if (format === 'csv') {
    const { header, batches } = await withHeader(csvItems(chunks, options.maxLineBytes));
    return { ...base, header, batches, raw: rawItems(batches) };
  }
  const raw = rawLines(frameLines(chunks, options.maxLineBytes));
  return { ...base, header: undefined, batches: decoded(raw), raw };
}

async function* rawItems(batches: AsyncGenerator<InputItem[]>): AsyncGenerator<RawBatch> {
  for await (const items of batches) yield { kind: 'items', items };
}

async function* rawLines(blocks: AsyncGenerator<LineBlock>): AsyncGenerator<RawBatch> {
  for await (const block of blocks) yield { kind: 'lines', block };
}

async function* decoded(raw: AsyncGenerator<RawBatch>): AsyncGenerator<InputItem[]> {
  for await (const batch of raw) {
    const items = batchItems(batch);
    if (items.length > 0) yield items;
  }
}
