// natural's top-level index prints dotenv banners to stdout and reads `.env`: spamsift must only
// reach natural through the submodule paths listed in src/tokenize/natural.ts.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NATURAL_MODULE = 'src/tokenize/natural.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

const SPECIFIER = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](natural(?:\/[^'"]*)?)['"]/g;

function naturalImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[1] ?? '');
}

describe('natural is imported only by submodule path, from one module', () => {
  it('no other source file imports natural', () => {
    const importers = sourceFiles(join(root, 'src'))
      .filter((f) => naturalImports(f).length > 0)
      .map((f) => relative(root, f).split('\\').join('/'));
    expect(importers).toEqual([NATURAL_MODULE]);
  });

  it('the natural module never imports the package root', () => {
    const specs = naturalImports(join(root, NATURAL_MODULE));
    expect(specs.length).toBeGreaterThan(0);
    for (const s of specs) expect(s).toMatch(/^natural\/lib\/natural\/(stemmers|util)\/[a-z_]+\.js$/);
  });

  /** Requires the given specifiers in a fresh node process and reports what that did. */
  function loadInChild(specs: string[]): { stdout: string; envSame: boolean; protoSame: boolean; indexLoaded: boolean } {
    const script = `
      const before = JSON.stringify(process.env);
      const protoBefore = Object.getOwnPropertyNames(String.prototype).join();
      for (const s of ${JSON.stringify(specs)}) require(s);
      const loaded = Object.keys(require.cache).filter((p) => /natural[\\\\/]lib[\\\\/]natural[\\\\/]index\\.js$/.test(p));
      process.stderr.write(JSON.stringify({
        envSame: before === JSON.stringify(process.env),
        protoSame: protoBefore === Object.getOwnPropertyNames(String.prototype).join(),
        indexLoaded: loaded.length > 0,
      }));`;
    const child = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`child node failed: ${child.stderr}`);
    return { stdout: child.stdout, ...(JSON.parse(child.stderr) as { envSame: boolean; protoSame: boolean; indexLoaded: boolean }) };
  }

  it('loading those submodules prints nothing, keeps process.env and String.prototype as they were', () => {
    const r = loadInChild(naturalImports(join(root, NATURAL_MODULE)));
    expect(r).toEqual({ stdout: '', envSame: true, protoSame: true, indexLoaded: false });
  });

  it('(control) the same check sees natural’s index when the package root is required', () => {
    expect(loadInChild(['natural']).indexLoaded).toBe(true);
  });

  it('importing the tokenize module does not load natural’s index', async () => {
    await import('../../src/tokenize/index.js');
    const cache = createRequire(import.meta.url).cache;
    const loaded = Object.keys(cache).filter((p) => /natural[\\/]lib[\\/]natural[\\/]index\.js$/.test(p));
    const stemmers = Object.keys(cache).filter((p) => /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]/.test(p));
    expect(stemmers.length).toBeGreaterThan(0); // the check looks at the right cache
    expect(loaded).toEqual([]);
  });
});
