// The streaming CSV parser: RFC 4180 records, whatever the chunk boundaries.
import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvRecord } from '../../src/evaluate/csv.js';

function parse(text: string, chunkSize = text.length || 1, max = 1_000_000): CsvRecord[] {
  const p = new CsvParser(max);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...p.push(text.slice(i, i + chunkSize)));
  out.push(...p.end());
  return out;
}

describe('CsvParser', () => {
  it.each([
    { input: 'a,b\n1,2\n', expected: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { input: 'a,b\r\n1,2\r\n', expected: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { input: 'a,b\r1,2', expected: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { input: 'a,b\n1,2', expected: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { input: '"a,b","c""d"\n', expected: [{ line: 1, fields: ['a,b', 'c"d'] }] },
    { input: '"multi\nline\r\nfield",x\nnext,y\n', expected: [{ line: 1, fields: ['multi\nline\r\nfield', 'x'] }, { line: 4, fields: ['next', 'y'] }] },
    { input: '"",,""\n', expected: [{ line: 1, fields: ['', '', ''] }] },
    { input: ',\n', expected: [{ line: 1, fields: ['', ''] }] },
    { input: '\n\na\n\n\nb\n', expected: [{ line: 3, fields: ['a'] }, { line: 6, fields: ['b'] }] },
    { input: 'say "hi",x\n', expected: [{ line: 1, fields: ['say "hi"', 'x'] }] },
    { input: '""""\n', expected: [{ line: 1, fields: ['"'] }] },
    { input: 'a,"b"\n', expected: [{ line: 1, fields: ['a', 'b'] }] },
    { input: '__proto__,constructor\n', expected: [{ line: 1, fields: ['__proto__', 'constructor'] }] },
    { input: '', expected: [] },
  ])('parses $input', ({ input, expected }) => {
    expect(parse(input)).toEqual(expected);
  });

  it.each([
    { input: '"open\nnever closed', expected: [{ line: 1, error: 'a quoted field opened on line 1 is never closed' }] },
    {
      input: '"ab"c,d\nok,1\n',
      expected: [{ line: 1, error: 'a quoted field has text after its closing quote (write a quote inside a quoted field as "")' }, { line: 2, fields: ['ok', '1'] }],
    },
  ])('reports a malformed record and reads on: $input', ({ input, expected }) => {
    expect(parse(input)).toEqual(expected);
  });

  it('reports a record over the size limit without keeping its text, and reads on', () => {
    const out = parse(`a,"${'x'.repeat(500)}\n${'y'.repeat(500)}"\nb,c\n`, 7, 100);
    expect(out).toEqual([{ line: 1, error: 'the record is longer than 100 characters' }, { line: 3, fields: ['b', 'c'] }]);
  });

  it('gives the same records for every chunk size', () => {
    const text = 'id,content\r\n1,"a, ""quoted""\nvalue"\r\n2,plain\n\n3,"x"\r\n4,\n';
    const whole = parse(text);
    expect(whole).toHaveLength(5);
    for (const size of [1, 2, 3, 5, 8, 13]) expect(parse(text, size)).toEqual(whole);
  });
});
