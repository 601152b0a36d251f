// The committed blog-comment sample is exactly what the generator writes, so it never drifts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURES, root } from './helpers.js';

it('fixtures/blog-comments-sample.jsonl is `bench/make-blog-comments.mjs --count 20 --seed 1`', () => {
  const run = spawnSync(process.execPath, [join(root, 'bench', 'make-blog-comments.mjs'), '--count', '20', '--seed', '1'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(readFileSync(join(FIXTURES, 'blog-comments-sample.jsonl'), 'utf8'));
});
