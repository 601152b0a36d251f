// Splits a byte stream into lines without readline: a line longer than `maxLineBytes` is reported
// as an error (and its bytes dropped while looking for its end) instead of growing memory without
// bound. Splitting on the LF byte is safe in UTF-8, which never uses 0x0A inside a character.

export type TextLine = { line: number; text: string } | { line: number; error: string };

const LF = 10;

export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<TextLine[]> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let lineNo = 0;

  const finish = (out: TextLine[], tail: Buffer): void => {
    lineNo++;
    if (overflow || pendingBytes + tail.length > maxLineBytes) {
      out.push({ line: lineNo, error: `the line is longer than ${maxLineBytes} bytes (see --max-line-bytes)` });
    } else {
      const bytes = pendingBytes === 0 ? tail : Buffer.concat([...pending, tail]);
      let text = bytes.toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (!isBlank(text)) out.push({ line: lineNo, text });
    }
    pending = [];
    pendingBytes = 0;
    overflow = false;
  };

  for await (const chunk of chunks) {
    const out: TextLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl >= 0; nl = chunk.indexOf(LF, start)) {
      finish(out, chunk.subarray(start, nl));
      start = nl + 1;
    }
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
    if (out.length > 0) yield out;
  }
  if (pendingBytes > 0 || overflow) {
    const out: TextLine[] = [];
    finish(out, Buffer.alloc(0));
    yield out;
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
