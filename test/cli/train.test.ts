// `spamsift train`: labeled comments in, a model file out, atomically, continuing an existing one.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENTS_CSV, COMMENTS_JSONL, runCli, tempDir, verdicts } from './helpers.js';

const lines = readFileSync(COMMENTS_JSONL, 'utf8').split('\n').filter((l) => l.trim() !== '');
const spamLines = lines.filter((l) => JSON.parse(l).label === 'spam');
const hamLines = lines.filter((l) => JSON.parse(l).label === 'ham');

function hasBayes(run: { stdout: string }): boolean[] {
  return verdicts(run.stdout).map((v) => v.reasons.some((r) => r.id === 'BAYES'));
}

describe('spamsift train', () => {
  it('writes a model that check --model then uses', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    const run = runCli(['train', '--model', model, COMMENTS_JSONL]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/learned 34 comments \(17 spam, 17 ham\); wrote /);
    const saved = JSON.parse(readFileSync(model, 'utf8'));
    expect(saved).toMatchObject({ format: 'spamsift-model', version: 1, language: 'auto' });
    expect(hasBayes(runCli(['check', COMMENTS_JSONL]))).toEqual(lines.map(() => false));
    expect(hasBayes(runCli(['check', '--model', model, COMMENTS_JSONL]))).toEqual(lines.map(() => true));
  });

  it('--fitted writes the fitted state beside the comments, and check scores with it exactly as with a refit', () => {
    const dir = tempDir();
    const plain = join(dir, 'plain.json');
    const fitted = join(dir, 'fitted.json');
    expect(runCli(['train', '--model', plain, COMMENTS_JSONL]).code).toBe(0);
    expect(runCli(['train', '--model', fitted, '--fitted', COMMENTS_JSONL]).code).toBe(0);
    const a = JSON.parse(readFileSync(plain, 'utf8'));
    const b = JSON.parse(readFileSync(fitted, 'utf8'));
    expect(a.bayes).not.toHaveProperty('fitted');
    expect(b.bayes.fitted).toMatchObject({ version: 1 });
    const { fitted: block, ...rest } = b.bayes;
    expect(rest).toEqual(a.bayes);
    expect(block.checksum).toMatch(/^[0-9a-f]{16}$/);
    expect(runCli(['check', '--model', fitted, COMMENTS_JSONL])).toEqual(runCli(['check', '--model', plain, COMMENTS_JSONL]));
  });

  it('learns CSV with 1/0 labels in a CLASS column, and stdin', () => {
    const dir = tempDir();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect(runCli(['train', '--model', a, COMMENTS_CSV]).stderr).toMatch(/learned 8 comments \(3 spam, 5 ham\)/);
    const csv = readFileSync(COMMENTS_CSV, 'utf8');
    const run = runCli(['train', '--model', b, '--format', 'csv', '--label-field', 'CLASS', '--map', 'content=CONTENT,id=COMMENT_ID', '-'], { input: csv });
    expect(run.code).toBe(0);
    const strip = (path: string): unknown => ({ ...JSON.parse(readFileSync(path, 'utf8')), createdAt: 0 });
    expect(strip(b)).toEqual(strip(a));
  });

  it('continues from an existing model file', () => {
    const dir = tempDir();
    const spam = join(dir, 'spam.jsonl');
    const ham = join(dir, 'ham.jsonl');
    writeFileSync(spam, `${spamLines.join('\n')}\n`);
    writeFileSync(ham, `${hamLines.join('\n')}\n`);
    const model = join(dir, 'model.json');
    // One class alone never makes Bayes ready; both, learned in two runs into the same file, do.
    expect(runCli(['train', '--model', model, ham]).code).toBe(0);
    expect(hasBayes(runCli(['check', '--model', model, COMMENTS_JSONL])).some(Boolean)).toBe(false);
    const second = runCli(['train', '--model', model, spam]);
    expect(second.stderr).toMatch(/learned 17 comments \(17 spam, 0 ham\); updated /);
    expect(hasBayes(runCli(['check', '--model', model, COMMENTS_JSONL])).every(Boolean)).toBe(true);
    const fresh = join(dir, 'fresh.json');
    runCli(['train', '--model', fresh, spam]);
    expect(hasBayes(runCli(['check', '--model', fresh, COMMENTS_JSONL])).some(Boolean)).toBe(false);
  });

  it('replaces the model by rename (a new file, never rewritten in place) and leaves no temporary file', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    runCli(['train', '--model', model, COMMENTS_CSV]);
    const before = statSync(model).ino;
    expect(runCli(['train', '--model', model, COMMENTS_JSONL]).code).toBe(0);
    expect(statSync(model).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['model.json']);
  });

  it('leaves the model untouched when a record cannot be read', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    runCli(['train', '--model', model, COMMENTS_CSV]);
    const bytes = readFileSync(model);
    const ino = statSync(model).ino;
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${lines[0]}\n{"content":"no label here"}\n${lines[1]}\n`);
    const run = runCli(['train', '--model', model, bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}:2: the record has no label`);
    expect(run.stderr).toContain('left unchanged');
    expect(readFileSync(model).equals(bytes)).toBe(true);
    expect(statSync(model).ino).toBe(ino);
    expect(readdirSync(dir).sort()).toEqual(['bad.jsonl', 'model.json']);
    // With --skip-bad the readable records are learned and the model is written.
    const skip = runCli(['train', '--model', model, '--skip-bad', bad]);
    expect(skip.code).toBe(0);
    expect(skip.stderr).toMatch(/learned 2 comments .*skipped 1/);
  });

  it.each([
    { args: ['train', 'x.jsonl'], message: 'needs --model' },
    { args: ['train', '--model', 'm.json'], message: 'at least one labeled file' },
    { args: ['train', '--model', 'm.json', '--format', 'text', COMMENTS_JSONL], message: 'text input has no labels' },
    { args: ['train', '--model', 'm.json', '--language', 'klingon', COMMENTS_JSONL], message: 'options.language' },
    { args: ['train', '--model', 'm.json', '--label-field', 'verdict', COMMENTS_CSV], message: 'no column "verdict"' },
  ])('is a usage error (exit 2): $message', ({ args, message }) => {
    const dir = tempDir();
    const run = runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(dir, 'm.json'))).toBe(false);
  });

  it('says why when the model cannot be written (exit 1, no stack trace)', () => {
    const run = runCli(['train', '--model', join(tempDir(), 'missing-dir', 'model.json'), COMMENTS_CSV]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^spamsift train: cannot write .*model\.json: its directory does not exist\n$/);
  });

  it('refuses a corrupt model file with exit 2 and does not overwrite it', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    writeFileSync(model, '{"format":"something else"}');
    const train = runCli(['train', '--model', model, COMMENTS_JSONL]);
    expect(train.code).toBe(2);
    expect(train.stderr).toContain('model.format');
    expect(readFileSync(model, 'utf8')).toBe('{"format":"something else"}');
    expect(runCli(['check', '--model', model, COMMENTS_JSONL]).code).toBe(2);
    expect(runCli(['check', '--model', join(dir, 'missing.json'), COMMENTS_JSONL])).toMatchObject({ code: 2, stdout: '' });
  });
});
