// The subpath export: spamsift/redis resolves for import and require, shares the core's error
// class (it imports the core by the package's name instead of bundling a second copy), and the
// core bundle never loads redis.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function run(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }).trim();
}

describe('spamsift/redis as a package entry', () => {
  it('imports (ESM) and requires (CJS), with one SpamsiftError class shared with the core', () => {
    const out = run(
      `import { createRequire } from 'node:module';
       import { connectModerator } from 'spamsift/redis';
       import { SpamsiftError } from 'spamsift';
       const require = createRequire(process.cwd() + '/');
       const cjs = require('spamsift/redis');
       const core = require('spamsift');
       for (const [connect, Error] of [[connectModerator, SpamsiftError], [cjs.connectModerator, core.SpamsiftError]]) {
         try { await connect({ url: 'http://nope', key: 'a' }); } catch (e) { console.log(e instanceof Error, e.code); }
       }`,
    );
    expect(out).toBe('true E_INVALID_OPTION\ntrue E_INVALID_OPTION');
  });

  it('the core bundles never import redis', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      expect(text).not.toMatch(/from ["']redis["']|require\(["']redis["']\)|@redis\//);
    }
  });
});
