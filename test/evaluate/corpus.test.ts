// Corpus files as people have them: JSON Lines and CSV with a header, labels as words or 1/0,
// bad records reported by line.
import { describe, expect, it } from 'vitest';
import { CsvParser, parseCorpus, parseCsv, parseJsonlLine } from '../../src/evaluate/index.js';

describe('parseCsv', () => {
  it.each([
    { input: 'a,b\n1,2\n', expected: [['a', 'b'], ['1', '2']] },
    { input: 'a,b\r\n1,2\r\n', expected: [['a', 'b'], ['1', '2']] },
    { input: 'a,b\n"x, y","say ""hi"""\n', expected: [['a', 'b'], ['x, y', 'say "hi"']] },
    { input: 'a\n"line one\nline two"\n', expected: [['a'], ['line one\nline two']] },
    { input: '\uFEFFa,b\n1,\n', expected: [['a', 'b'], ['1', '']] },
    { input: 'a,b\n\n1,2', expected: [['a', 'b'], ['1', '2']] },
    { input: '', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(parseCsv(input).map((r) => ('fields' in r ? r.fields : r.error))).toEqual(expected);
  });

  it('reports an unterminated quote instead of guessing where the field ends', () => {
    expect(parseCsv('a\n"unterminated')).toEqual([{ line: 1, fields: ['a'] }, { line: 2, error: 'a quoted field opened on line 2 is never closed' }]);
  });

  it('gives the line each record starts on', () => {
    expect(parseCsv('h\n"a\nb"\nc\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads the same records whatever the chunking', () => {
    const text = 'id,text\r\n1,"quoted, with ""quotes""\r\nand a break"\r\n2,plain\r\n3,"end"';
    const whole = parseCsv(text);
    for (let size = 1; size <= 7; size++) {
      const reader = new CsvParser();
      const records = [];
      for (let i = 0; i < text.length; i += size) records.push(...reader.push(text.slice(i, i + size)));
      records.push(...reader.end());
      expect(records).toEqual(whole);
    }
  });
});

describe('parseCorpus', () => {
  it('reports a malformed CSV row by line (skipBad) and throws on it otherwise', () => {
    const text = 'CONTENT,CLASS\nfine,0\n"bad"x,1\nalso fine,1\n';
    const { records, bad } = parseCorpus(text, { format: 'csv', skipBad: true });
    expect(records.map((r) => r.label)).toEqual(['ham', 'spam']);
    expect(bad).toEqual([{ line: 3, code: 'E_INVALID_COMMENT', message: expect.stringContaining('text after its closing quote') }]);
    expect(() => parseCorpus(text, { format: 'csv' })).toThrow(/line 3: a quoted field has text after its closing quote/);
  });

  it('reads JSON Lines in the corpora shape (author as a name, date as createdAt)', () => {
    const text = [
      '{"id":"a1","author":"Julius","content":"check my channel","label":"spam","date":"2013-11-07T06:20:48","subset":"Psy"}',
      '',
      '{"id":7,"content":"nice song","label":0}',
      '{"content":"hi","label":"HAM","author":{"name":"Ann","url":"https://ann.example"}}',
    ].join('\n');
    const { records, bad } = parseCorpus(text);
    expect(bad).toEqual([]);
    expect(records).toEqual([
      { line: 1, label: 'spam', subset: 'Psy', comment: { id: 'a1', content: 'check my channel', author: { name: 'Julius' }, createdAt: '2013-11-07T06:20:48' } },
      { line: 3, label: 'ham', subset: undefined, comment: { id: '7', content: 'nice song' } },
      { line: 4, label: 'ham', subset: undefined, comment: { content: 'hi', author: { name: 'Ann', url: 'https://ann.example' } } },
    ]);
  });

  it('reads the UCI youtube CSV shape with default column names', () => {
    const text = 'COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\nz1,Bob,2014-01-01T00:00:00,"Hey, subscribe!",1\nz2,Eve,,"Lovely",0\n';
    const { records } = parseCorpus(text, { format: 'csv' });
    expect(records.map((r) => [r.comment, r.label])).toEqual([
      [{ id: 'z1', author: { name: 'Bob' }, createdAt: '2014-01-01T00:00:00', content: 'Hey, subscribe!' }, 'spam'],
      [{ id: 'z2', author: { name: 'Eve' }, content: 'Lovely' }, 'ham'],
    ]);
  });

  it('maps columns and JSON keys with options.map', () => {
    const csv = parseCorpus('msg,verdict,who\nbuy now,spam,x@y.example\n', { format: 'csv', map: { content: 'msg', label: 'verdict', 'author.email': 'who' } });
    expect(csv.records[0]).toMatchObject({ label: 'spam', comment: { content: 'buy now', author: { email: 'x@y.example' } } });
    const json = parseCorpus('{"body":{"text":"hi"},"is_spam":true}', { map: { content: 'body.text', label: 'is_spam' } });
    expect(json.records[0]).toMatchObject({ label: 'spam', comment: { content: 'hi' } });
  });

  it.each([
    { name: 'bad JSON', text: '{"content":"a","label":"spam"}\n{oops', line: 2, code: 'E_INVALID_COMMENT' },
    { name: 'no content', text: '{"label":"spam"}', line: 1, code: 'E_INVALID_COMMENT' },
    { name: 'odd label', text: '{"content":"a","label":"maybe"}', line: 1, code: 'E_INVALID_LABEL' },
    { name: 'missing label', text: '{"content":"a"}', line: 1, code: 'E_INVALID_LABEL' },
    { name: 'not an object', text: '["a"]', line: 1, code: 'E_INVALID_COMMENT' },
  ])('$name: throws with the line, or is counted with skipBad', ({ text, line, code }) => {
    expect(() => parseCorpus(text)).toThrow(expect.objectContaining({ code, message: expect.stringContaining(`line ${line}:`) }));
    expect(parseCorpus(text, { skipBad: true }).bad).toEqual([expect.objectContaining({ line, code })]);
  });

  it('reads unlabeled records when labels are not required', () => {
    expect(parseCorpus('{"content":"a"}', { requireLabel: false }).records[0]).toMatchObject({ label: undefined });
  });

  it('refuses a mapping to an unknown target or column', () => {
    expect(() => parseCorpus('a\n1', { format: 'csv', map: { nope: 'a' } })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    expect(() => parseCorpus('a\n1', { format: 'csv', map: { content: 'b' } })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    expect(() => parseCorpus('x,y\n1,2', { format: 'csv' })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
  });

  it('treats __proto__ keys as data', () => {
    const { records } = parseCorpus('{"content":"a","label":"ham","__proto__":{"polluted":1}}');
    expect(records).toHaveLength(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('parseJsonlLine skips blank lines', () => {
    expect(parseJsonlLine('   ', 3)).toBeNull();
  });
});
