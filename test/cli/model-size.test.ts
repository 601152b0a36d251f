// A model file is untrusted: one larger than the model size limit is refused from its size,
// before the CLI reads it into memory (the file here is sparse: it takes no disk space).
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MODEL_BYTES } from '../../src/index.js';
import { COMMENTS_JSONL, runCli, tempDir } from './helpers.js';

describe('spamsift check --model with an oversized file', () => {
  it('exits 2 with E_MODEL_TOO_LARGE and scores nothing', () => {
    const path = join(tempDir(), 'huge-model.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_MODEL_BYTES + 1);
    closeSync(fd);
    const run = runCli(['check', '--model', path, COMMENTS_JSONL]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('E_MODEL_TOO_LARGE');
  });
});
