// The line splitter: bytes in, lines out, bounded memory, whatever the chunk boundaries.
import { describe, expect, it } from 'vitest';
import { decodeBlock, frameLines, splitBlock, splitLines, type TextLine } from '../../src/cli/lines.js';

async function split(input: string | Buffer, chunkSize: number, max = 1_000_000): Promise<TextLine[]> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: TextLine[] = [];
  for await (const batch of splitLines(chunks(), max)) out.push(...batch);
  return out;
}

describe('splitLines', () => {
  it.each([
    { input: 'a\nb\n', expected: [{ line: 1, text: 'a' }, { line: 2, text: 'b' }] },
    { input: 'a\r\nb', expected: [{ line: 1, text: 'a' }, { line: 2, text: 'b' }] },
    { input: '\n  \n\tx\n', expected: [{ line: 3, text: '\tx' }] },
    { input: '\ufeffa\n', expected: [{ line: 1, text: 'a' }] },
    { input: 'é€𝄞\nz', expected: [{ line: 1, text: 'é€𝄞' }, { line: 2, text: 'z' }] },
    { input: '', expected: [] },
  ])('splits $input at every chunk size', async ({ input, expected }) => {
    for (const size of [1, 2, 3, 7, 64]) expect(await split(input, size)).toEqual(expected);
  });

  it('reports a line over the limit by its number and goes on with the next', async () => {
    const input = `ok\n${'x'.repeat(50)}\nafter\n${'y'.repeat(50)}`;
    for (const size of [1, 4, 16, 1000]) {
      expect(await split(input, size, 20)).toEqual([
        { line: 1, text: 'ok' },
        { line: 2, error: 'the line is longer than 20 bytes (see --max-line-bytes)' },
        { line: 3, text: 'after' },
        { line: 4, error: 'the line is longer than 20 bytes (see --max-line-bytes)' },
      ]);
    }
  });

  it('turns invalid UTF-8 into replacement characters, never an exception', async () => {
    expect(await split(Buffer.from([0x61, 0xff, 0xfe, 0x0a, 0x62]), 1)).toEqual([
      { line: 1, text: 'a\ufffd\ufffd' },
      { line: 2, text: 'b' },
    ]);
  });
});

describe('frameLines and decodeBlock (the two halves `check --workers` splits between threads)', () => {
  /** What the lines of an input are, written the plain way: split the whole input, then judge each line. */
  function reference(bytes: Buffer, max: number): TextLine[] {
    const out: TextLine[] = [];
    const pieces: Buffer[] = [];
    let start = 0;
    for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, start)) {
      pieces.push(bytes.subarray(start, nl));
      start = nl + 1;
    }
    if (start < bytes.length) pieces.push(bytes.subarray(start));
    pieces.forEach((piece, i) => {
      const line = i + 1;
      if (piece.length > max) return out.push({ line, error: `the line is longer than ${max} bytes (see --max-line-bytes)` });
      let text = piece.toString('utf8').replace(/\r$/, '');
      if (line === 1) text = text.replace(/^\ufeff/, '');
      if (!/^[ \t\r]*$/.test(text)) out.push({ line, text });
      return undefined;
    });
    return out;
  }

  it('give the lines of the whole input, whatever the chunk boundaries and limits (seeded random inputs)', async () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['a', 'b', ' ', '\t', '\r', '\n', '\n', 'é', '𝄞', '\ufeff', 'x'.repeat(30)];
    for (let round = 0; round < 300; round++) {
      const parts: string[] = [];
      for (let i = random(40); i > 0; i--) parts.push(alphabet[random(alphabet.length)] as string);
      const bytes = Buffer.from(parts.join(''), 'utf8');
      const max = 4 + random(40);
      const size = 1 + random(20);
      const blocks: TextLine[] = [];
      async function* chunks(): AsyncGenerator<Buffer> {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      }
      const pieces: TextLine[] = [];
      const piece = 1 + random(12);
      for await (const block of frameLines(chunks(), max)) {
        blocks.push(...decodeBlock(block));
        // The parts check --workers shares out: cut at line ends, numbered as the whole block.
        for (const part of splitBlock(block, piece)) {
          expect(part.bytes.buffer.byteLength).toBe(part.bytes.byteLength);
          pieces.push(...decodeBlock(part));
        }
      }
      expect({ input: parts.join(''), max, size, lines: blocks }).toEqual({ input: parts.join(''), max, size, lines: reference(bytes, max) });
      expect({ input: parts.join(''), max, size, piece, lines: pieces }).toEqual({ input: parts.join(''), max, size, piece, lines: blocks });
    }
  });

  it('frames each block into a buffer of its own, safe to transfer to a worker', async () => {
    async function* chunks(): AsyncGenerator<Buffer> {
      yield Buffer.from('a\nbb\nc');
      yield Buffer.from('c\n');
    }
    for await (const block of frameLines(chunks(), 100)) {
      expect(block.bytes.byteOffset).toBe(0);
      expect(block.bytes.buffer.byteLength).toBe(block.bytes.byteLength);
    }
  });
});
