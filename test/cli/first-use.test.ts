// What a new user meets first: a misspelled flag gets a suggestion in one line, the key-list help
// says what a match does, `train` says when repeated ids made it keep fewer comments than it
// read, and `npm run demo` ends with a summary of its verdicts against the fixture labels.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModerator } from '../../src/index.js';
import { suggestOption } from '../../src/cli/args.js';
import { COMMENTS_JSONL, root, runCli, tempDir } from './helpers.js';

describe('a misspelled flag', () => {
  it.each([
    { args: ['check', '--thresold', '0.4'], message: 'unknown option --thresold; did you mean --thresholds?' },
    { args: ['check', '--modle', 'm.json'], message: 'unknown option --modle; did you mean --model?' },
    { args: ['train', '--skipbad'], message: 'unknown option --skipbad; did you mean --skip-bad?' },
    { args: ['eval', '--repot', 'r.html', 'x.jsonl'], message: 'unknown option --repot; did you mean --report?' },
    { args: ['eval', '--fold', '5', 'x.jsonl'], message: 'unknown option --fold; did you mean --folds?' },
    { args: ['check', '--disallowed', 'k.txt'], message: 'unknown option --disallowed; did you mean --disallowed-keys?' },
  ])('$args → "$message" on one line, exit 2', ({ args, message }) => {
    const run = runCli(args, { input: '' });
    expect(run.code).toBe(2);
    const first = run.stderr.split('\n')[0];
    expect(first).toBe(`spamsift ${args[0]}: ${message}`);
  });

  it('gets no suggestion when nothing is close, and no Node boilerplate', () => {
    const run = runCli(['check', '--frobnicate'], { input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('spamsift check: unknown option --frobnicate.');
    expect(run.stderr).not.toContain('positional argument');
  });

  it('suggestOption picks the closest name, a unique prefix, or nothing', () => {
    const options = { model: { type: 'string' }, 'moderation-keys': { type: 'string' }, workers: { type: 'string' } } as const;
    expect(suggestOption('--mdoel', options)).toBe('--model');
    expect(suggestOption('--moderation', options)).toBe('--moderation-keys');
    expect(suggestOption('--wrokers=2', options)).toBe('--workers');
    expect(suggestOption('--x', options)).toBeUndefined();
    expect(suggestOption('--', options)).toBeUndefined();
  });
});

describe('key-list help', () => {
  it('says a disallowed key adds its rule points, not that the comment is spam', () => {
    const help = runCli(['check', '--help']).stdout;
    const rules = createModerator({ disallowedKeys: 'casino', moderationKeys: 'loan' }).rules;
    const score = (id: string): number | undefined => rules.find((r) => r.id === id)?.score;
    expect(help).not.toMatch(/matches are spam/);
    expect(help).toContain(`--disallowed-keys FILE  WordPress "Disallowed Comment Keys" list: a match adds ${score('LIST_DISALLOWED_KEY')} points`);
    expect(help).toContain(`list: a match adds ${score('LIST_MODERATION_KEY')} points`);
  });
});

describe('train counts', () => {
  it('says both comments read and comments kept when ids repeat', () => {
    const dir = tempDir();
    const model = join(dir, 'model.json');
    const lines = readFileSync(COMMENTS_JSONL, 'utf8').split('\n').filter((l) => l.trim() !== '');
    // Two records repeat ids learned earlier in the same file: one with the same label, one relabeled.
    const first = JSON.parse(lines[0] as string) as { label: string };
    const again = [lines[0], JSON.stringify({ ...first, label: first.label === 'ham' ? 'spam' : 'ham' })].join('\n');
    const run = runCli(['train', '--model', model, '-'], { input: `${lines.join('\n')}\n${again}\n` });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^spamsift train: learned 36 comments \(\d+ spam, \d+ ham\), 34 new to the model: 2 repeated the id of a comment learned before \(the last label counts\); wrote /);
    const saved = JSON.parse(readFileSync(model, 'utf8')) as { bayes: { totals: { spamDocs: number; hamDocs: number } } };
    expect(saved.bayes.totals.spamDocs + saved.bayes.totals.hamDocs).toBe(34);

    const more = runCli(['train', '--model', model, '-'], { input: `${lines.slice(0, 4).join('\n')}\n` });
    expect(more.stderr).toMatch(/learned 4 comments \(\d+ spam, \d+ ham\), 0 new to the model: 4 repeated .*; updated .*; it holds 34 comments \(\d+ spam, \d+ ham\)\n$/);
  });
});

describe('npm run demo', () => {
  it('ends with a one-line summary of decisions and agreement with the fixture labels', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'demo-summary.mjs'), COMMENTS_JSONL], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const m = /^summary: 34 comments: (\d+) ham, (\d+) moderate, (\d+) spam \((\d+) discard\) · agree with the fixture labels on (\d+) of 34: (\d+)\/17 ham decided ham, (\d+)\/17 spam decided spam; held for moderation (\d+) spam and (\d+) ham; spam let through (\d+), ham blocked (\d+)$/.exec(lines[0] ?? '');
    expect(m).not.toBeNull();
    const [ham, moderate, spam, , agreed, hamOk, spamOk, spamHeld, hamHeld, spamLet, hamBlocked] = (m as RegExpExecArray).slice(1).map(Number);
    expect((ham ?? 0) + (moderate ?? 0) + (spam ?? 0)).toBe(34);
    expect(agreed).toBe((hamOk ?? 0) + (spamOk ?? 0));
    expect((spamOk ?? 0) + (spamHeld ?? 0) + (spamLet ?? 0)).toBe(17);
    expect((hamOk ?? 0) + (hamHeld ?? 0) + (hamBlocked ?? 0)).toBe(17);
    // The fixture acceptance test's promise, seen from the summary: no fixture ham is lost.
    expect(hamOk).toBe(17);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['demo']).toMatch(/check --pretty fixtures\/comments\.jsonl && node scripts\/demo-summary\.mjs$/);
  });
});
