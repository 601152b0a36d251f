// `spamsift check` as a user runs it: the verdicts must be exactly what the library's check()
// returns for the same comments, in input order, whatever the format or the input channel.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator, type CommentInput } from '../../src/index.js';
import { parseCorpus } from '../../src/evaluate/index.js';
import { COMMENTS_CSV, COMMENTS_JSONL, runCli, tempDir, verdicts } from './helpers.js';

/** What the CLI must print for a comment: the library's verdict, through JSON. */
function expected(comments: readonly CommentInput[]): unknown[] {
  const moderator = createModerator();
  return comments.map((c) => {
    const { decision, score, discard, reasons } = moderator.check(c);
    return JSON.parse(JSON.stringify({ decision, score, discard, reasons }));
  });
}

const jsonlText = readFileSync(COMMENTS_JSONL, 'utf8');
const fixture = parseCorpus(jsonlText, { format: 'jsonl' }).records;

describe('spamsift check on JSON Lines', () => {
  it('writes one verdict per comment, in input order, equal to the library verdict', () => {
    const run = runCli(['check', COMMENTS_JSONL]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = verdicts(run.stdout);
    expect(out.map((v) => v.id)).toEqual(fixture.map((r) => r.comment.id));
    expect(out.map((v) => v.line)).toEqual(fixture.map((r) => r.line));
    expect(out.map(({ decision, score, discard, reasons }) => ({ decision, score, discard, reasons }))).toEqual(expected(fixture.map((r) => r.comment)));
    for (const v of out) expect(Object.keys(v)).toEqual(['id', 'line', 'decision', 'score', 'discard', 'reasons']);
  });

  it('reads stdin when the file is - or absent', () => {
    const fromFile = runCli(['check', COMMENTS_JSONL]).stdout;
    expect(runCli(['check', '-'], { input: jsonlText })).toMatchObject({ code: 0, stdout: fromFile });
    expect(runCli(['check'], { input: jsonlText })).toMatchObject({ code: 0, stdout: fromFile });
  });

  it.each([
    { input: '"Buy cheap pills at http://pills.example.xyz"\n', what: 'a bare JSON string', id: null },
    { input: '{"content": "hello", "id": 7}\n', what: 'a numeric id', id: '7' },
    { input: '{"content": "hello", "author": "Ann"}\n', what: 'a corpus-style author name', id: null },
    { input: '{"content": "hello", "label": "not-a-label"}\n', what: 'an odd label (check ignores labels)', id: null },
    { input: '\r\n  \n{"content": "hello"}\r\n\n', what: 'blank and CRLF lines', id: null },
    { input: '\ufeff{"content": "hello"}', what: 'a byte-order mark and no final newline', id: null },
  ])('reads $what', ({ input, id }) => {
    const run = runCli(['check'], { input });
    expect(run.code).toBe(0);
    const out = verdicts(run.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]?.id).toBe(id);
  });

  it('reads text input: each line is the content of one comment', () => {
    const run = runCli(['check', '--format', 'text'], { input: 'first comment\nsecond: http://cheap-pills.example.xyz\n' });
    expect(run.code).toBe(0);
    const out = verdicts(run.stdout);
    expect(out.map(({ decision, score, discard, reasons }) => ({ decision, score, discard, reasons }))).toEqual(
      expected(['first comment', 'second: http://cheap-pills.example.xyz']),
    );
  });

  it.each([{ input: '' }, { input: '\n\n' }])('writes nothing and exits 0 on empty input ($input)', ({ input }) => {
    expect(runCli(['check'], { input })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('writes nothing for an empty file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.jsonl'), '');
    writeFileSync(join(dir, 'empty.csv'), '');
    writeFileSync(join(dir, 'header-only.csv'), 'id,content\n');
    for (const name of ['empty.jsonl', 'empty.csv', 'header-only.csv']) {
      expect(runCli(['check', join(dir, name)])).toEqual({ code: 0, stdout: '', stderr: '' });
    }
  });

  it('scores a 5 MB line as one comment', () => {
    const content = `${'lorem ipsum dolor sit amet '.repeat(200_000)}http://pills.example.xyz`;
    expect(content.length).toBeGreaterThan(5_000_000);
    const run = runCli(['check'], { input: `${JSON.stringify({ id: 'huge', content })}\n{"id":"after","content":"ok"}\n` });
    expect(run.code).toBe(0);
    expect(verdicts(run.stdout).map((v) => v.id)).toEqual(['huge', 'after']);
  });

  it('refuses a line over --max-line-bytes as unreadable, with its line number', () => {
    const input = `{"content":"short"}\n{"content":"${'x'.repeat(5000)}"}\n{"content":"after"}\n`;
    const run = runCli(['check', '--max-line-bytes', '1000'], { input });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/<stdin>:2: the line is longer than 1000 bytes/);
    expect(verdicts(run.stdout)).toHaveLength(1);
    const skip = runCli(['check', '--max-line-bytes', '1000', '--skip-bad'], { input });
    expect(skip.code).toBe(0);
    expect(verdicts(skip.stdout).map((v) => v.line)).toEqual([1, 3]);
  });
});

describe('spamsift check on CSV', () => {
  const csvText = readFileSync(COMMENTS_CSV, 'utf8');
  const map = { content: 'CONTENT', 'author.name': 'AUTHOR', id: 'COMMENT_ID' };
  const rows = parseCorpus(csvText, { format: 'csv', map, requireLabel: false }).records;

  it('maps columns with --map and keeps quoted commas, quotes and newlines', () => {
    const run = runCli(['check', COMMENTS_CSV, '--map', 'content=CONTENT,author.name=AUTHOR,id=COMMENT_ID']);
    expect(run.code).toBe(0);
    const out = verdicts(run.stdout);
    expect(out.map((v) => v.id)).toEqual(['c-001', 'c-002', 'c-003', 'c-004', 'c-005', 'c-006', 'c-007', 'c-008']);
    // c-006 holds a quoted newline: the next record starts one line later.
    expect(out.map((v) => v.line)).toEqual([2, 3, 4, 5, 6, 7, 9, 10]);
    expect(out.map(({ decision, score, discard, reasons }) => ({ decision, score, discard, reasons }))).toEqual(expected(rows.map((r) => r.comment)));
  });

  it('reads CSV from stdin with --format csv, and known column names without --map', () => {
    const byMap = runCli(['check', COMMENTS_CSV, '--map', 'content=CONTENT,author.name=AUTHOR,id=COMMENT_ID']).stdout;
    expect(runCli(['check', '--format', 'csv', '-', '--map', 'content=CONTENT,author.name=AUTHOR,id=COMMENT_ID'], { input: csvText }).stdout).toBe(byMap);
    expect(runCli(['check', COMMENTS_CSV]).stdout).toBe(byMap);
  });

  it('reports a row with the wrong number of fields and an unterminated quote', () => {
    const input = 'id,content\n1,fine\n2,too,many\n3,"never closed\n';
    const run = runCli(['check', '--format', 'csv'], { input });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('<stdin>:3: the row has 3 fields, the header has 2');
    const skip = runCli(['check', '--format', 'csv', '--skip-bad'], { input });
    expect(skip.code).toBe(0);
    expect(verdicts(skip.stdout).map((v) => v.id)).toEqual(['1']);
    expect(skip.stderr).toContain('<stdin>:4: a quoted field opened on line 4 is never closed');
    expect(skip.stderr).toContain('skipped 2 unreadable records');
  });

  it('is a usage error (exit 2) when --map names a column the header lacks', () => {
    const run = runCli(['check', COMMENTS_CSV, '--map', 'content=BODY']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('BODY');
    expect(run.stdout).toBe('');
  });
});

describe('unreadable records', () => {
  const input = ['{"id":"a","content":"one"}', '{"id":"b","content":"two"}', '{"id":"c","content": oops}', '42', '{"id":"e"}', '{"id":"f","content":"six"}'].join('\n');

  it('stops at the first one with exit 1, the line number and why, after writing the verdicts before it', () => {
    const run = runCli(['check'], { input });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^spamsift check: <stdin>:3: invalid JSON/);
    expect(verdicts(run.stdout).map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('--skip-bad reports each, goes on, and prints the count at the end', () => {
    const run = runCli(['check', '--skip-bad'], { input });
    expect(run.code).toBe(0);
    expect(verdicts(run.stdout).map((v) => v.id)).toEqual(['a', 'b', 'f']);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/<stdin>:3: invalid JSON/);
    expect(lines[1]).toMatch(/<stdin>:4: expected a JSON object/);
    expect(lines[2]).toMatch(/<stdin>:5: comment\.content must be a string/);
    expect(lines[3]).toBe('spamsift check: skipped 3 unreadable records');
  });

  it('never echoes control characters of hostile input to the terminal', () => {
    const run = runCli(['check'], { input: '{"content": "\u001b[31mred\u001b[0m", oops\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('--only', () => {
  it('writes only the chosen decisions, and all of them', () => {
    const all = verdicts(runCli(['check', COMMENTS_JSONL]).stdout);
    const run = runCli(['check', COMMENTS_JSONL, '--only', 'spam,moderate']);
    expect(run.code).toBe(0);
    const filtered = verdicts(run.stdout);
    expect(filtered).toEqual(all.filter((v) => v.decision === 'spam' || v.decision === 'moderate'));
    expect(verdicts(runCli(['check', COMMENTS_JSONL, '--only', 'ham']).stdout)).toEqual(all.filter((v) => v.decision === 'ham'));
  });
});

describe('moderation settings', () => {
  it('--thresholds moves the decisions', () => {
    const strict = verdicts(runCli(['check', COMMENTS_JSONL, '--thresholds', '0,0,1']).stdout);
    expect(strict.every((v) => v.decision === 'spam' && !v.discard)).toBe(true);
    const lenient = verdicts(runCli(['check', COMMENTS_JSONL, '--thresholds', 'moderate=1,spam=1,discard=1']).stdout);
    expect(lenient.every((v) => v.decision === 'ham' || v.score === 1)).toBe(true);
  });

  it('--disallowed-keys reads a WordPress key list from a file', () => {
    const dir = tempDir();
    const keys = join(dir, 'keys.txt');
    writeFileSync(keys, 'zqxjunique\n');
    const input = '{"id":"hit","content":"a zqxjunique word"}\n{"id":"miss","content":"a plain word"}\n';
    const plain = verdicts(runCli(['check'], { input }).stdout);
    const listed = verdicts(runCli(['check', '--disallowed-keys', keys], { input }).stdout);
    expect(listed[0]?.score).toBeGreaterThan(plain[0]?.score ?? 1);
    expect(listed[0]?.reasons.map((r) => r.id)).toContain('LIST_DISALLOWED_KEY');
    expect(listed[1]).toEqual(plain[1]);
  });
});
