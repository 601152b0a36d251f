// The line splitter: bytes in, lines out, bounded memory, whatever the chunk boundaries.
import { describe, expect, it } from 'vitest';
import { splitLines, type TextLine } from '../../src/cli/lines.js';

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
