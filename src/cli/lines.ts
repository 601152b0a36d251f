// Splits a byte stream into lines without readline: a line longer than `maxLineBytes` is reported
// as an error (and its bytes dropped while looking for its end) instead of growing memory without
// bound. Splitting on the LF byte is safe in UTF-8, which never uses 0x0A inside a character.
//
// Two steps, so `check --workers` can leave the second to the workers: frameLines cuts the stream
// into blocks of whole lines without decoding a byte (one copy per chunk read, no object per line),
// and decodeBlock turns a block into numbered text lines. The main thread of a multi-threaded run
// then only frames and transfers bytes; splitLines is both steps in one thread.

export type TextLine = { line: number; text: string } | { line: number; error: string };

/** Whole lines as bytes, each ending with LF except possibly the last of the input. */
export interface LineBlock {
  /** The number of the block's first line (1-based, counting blank lines). */
  firstLine: number;
  bytes: Uint8Array;
  /** Lines over the limit, in order: their bytes are dropped and each stands in `bytes` as an empty line. */
  tooLong: number[];
  maxLineBytes: number;
}

const LF = 10;
const EMPTY_LINE = new Uint8Array([LF]);

export async function* frameLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<LineBlock> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let lineNo = 0;

  for await (const chunk of chunks) {
    const firstLine = lineNo + 1;
    const parts: Uint8Array[] = [];
    const tooLong: number[] = [];
    // Lines that fit, from `runStart`, are copied as one run rather than one piece per line.
    let runStart = 0;
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl >= 0; nl = chunk.indexOf(LF, start)) {
      lineNo++;
      if (overflow || pendingBytes + (nl - start) > maxLineBytes) {
        if (start > runStart) parts.push(chunk.subarray(runStart, start));
        parts.push(EMPTY_LINE);
        tooLong.push(lineNo);
        runStart = nl + 1;
      } else if (pendingBytes > 0) {
        // Only the chunk's first line can continue bytes from earlier chunks.
        parts.push(...pending, chunk.subarray(start, nl + 1));
        runStart = nl + 1;
      }
      pending = [];
      pendingBytes = 0;
      overflow = false;
      start = nl + 1;
    }
    if (start > runStart) parts.push(chunk.subarray(runStart, start));
    if (start < chunk.length && !overflow) {
      const rest = chunk.subarray(start);
      if (pendingBytes + rest.length > maxLineBytes) {
        overflow = true;
        pending = [];
        pendingBytes = 0;
      } else {
        pending.push(rest);
        pendingBytes += rest.length;
      }
    }
    if (parts.length > 0) yield { firstLine, bytes: concat(parts), tooLong, maxLineBytes };
  }
  if (overflow) yield { firstLine: lineNo + 1, bytes: EMPTY_LINE.slice(), tooLong: [lineNo + 1], maxLineBytes };
  else if (pendingBytes > 0) yield { firstLine: lineNo + 1, bytes: concat(pending), tooLong: [], maxLineBytes };
}

/**
 * The parts in a fresh buffer of their own: the chunk's memory may be reused by the stream, and a
 * block may be transferred to a worker, which Buffer.concat's pooled small buffers must never be.
 */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.byteLength;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** The block's lines, numbered; blank lines are counted but not returned. */
export function decodeBlock(block: LineBlock): TextLine[] {
  const bytes = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
  const out: TextLine[] = [];
  let lineNo = block.firstLine;
  let next = 0;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    if (block.tooLong[next] === lineNo) {
      next++;
      out.push({ line: lineNo, error: `the line is longer than ${block.maxLineBytes} bytes (see --max-line-bytes)` });
    } else {
      let text = bytes.toString('utf8', start, end);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (!isBlank(text)) out.push({ line: lineNo, text });
    }
    lineNo++;
    start = end + 1;
  }
  return out;
}

export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<TextLine[]> {
  for await (const block of frameLines(chunks, maxLineBytes)) {
    const lines = decodeBlock(block);
    if (lines.length > 0) yield lines;
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * The block cut at line ends into pieces of about `size` bytes (a line longer than that is one
 * piece), numbered as the block's lines were: so several threads can share one 256 KB read and
 * none waits long for the last piece of a run.
 */
export function* splitBlock(block: LineBlock, size: number): Generator<LineBlock> {
  const bytes = block.bytes;
  if (bytes.length <= size) {
    yield block;
    return;
  }
  let start = 0;
  let firstLine = block.firstLine;
  while (start < bytes.length) {
    let end = bytes.length;
    if (end - start > size) {
      const nl = bytes.indexOf(LF, start + size - 1);
      if (nl >= 0) end = nl + 1;
    }
    let lines = 0;
    for (let nl = bytes.indexOf(LF, start); nl >= 0 && nl < end; nl = bytes.indexOf(LF, nl + 1)) lines++;
    const next = firstLine + lines + (end === bytes.length && bytes[end - 1] !== LF ? 1 : 0);
    // slice, not subarray: each piece has a buffer of its own, so it can be transferred to a worker.
    yield { firstLine, bytes: bytes.slice(start, end), tooLong: block.tooLong.filter((n) => n >= firstLine && n < next), maxLineBytes: block.maxLineBytes };
    firstLine = next;
    start = end;
  }
}
