// spamsift/evaluate: cross-validation, metrics and the corpus readers live on a subpath, so the
// moderator entry a CMS imports carries none of them. The subpath resolves for import and require,
// reaches the core's createModerator by the package's name (one moderator implementation), and its
// errors are SpamsiftErrors of the core for `instanceof` and isSpamsiftError alike.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');

function run(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }).trim();
}

describe('spamsift/evaluate as a package entry', () => {
  it('the main entry exports the moderator API and no evaluation helper', () => {
    for (const name of ['evaluate', 'parseCorpus', 'computeMetrics', 'stratifiedKFold', 'CsvParser', 'parseCsv', 'rocAuc']) {
      expect(Object.keys(core)).not.toContain(name);
    }
    expect(typeof core.createModerator).toBe('function');
  });

  it('imports (ESM) and requires (CJS); evaluates with the core moderator; errors are the core SpamsiftError', () => {
    const out = run(
      `import { createRequire } from 'node:module';
       import * as ev from 'spamsift/evaluate';
       import { SpamsiftError, isSpamsiftError } from 'spamsift';
       const require = createRequire(process.cwd() + '/');
       const cjs = require('spamsift/evaluate');
       const coreCjs = require('spamsift');
       const items = [];
       for (let i = 0; i < 10; i++) {
         items.push({ comment: 'cheap pills at http://pharma-deals.example/buy now ' + i, label: 'spam' });
         items.push({ comment: 'thanks for the clear write-up on closures, part ' + i, label: 'ham' });
       }
       for (const [m, E, is] of [[ev, SpamsiftError, isSpamsiftError], [cjs, coreCjs.SpamsiftError, coreCjs.isSpamsiftError]]) {
         const r = m.evaluate(items, { folds: 2, seed: 1 });
         try { m.parseCorpus(42); } catch (e) { console.log(r.predictions.length, e instanceof E, is(e), e.code); }
       }`,
    );
    expect(out).toBe('20 true true E_INVALID_OPTION\n20 true true E_INVALID_OPTION');
  });

  it('the subpath bundles import the moderator from the package instead of carrying a copy', () => {
    for (const file of ['evaluate.js', 'evaluate.cjs']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      expect(text).toMatch(/from ['"]spamsift['"]|require\(['"]spamsift['"]\)/);
      expect(text).not.toMatch(/function createModerator/);
      expect(text.length).toBeLessThan(80_000);
    }
  });
});
