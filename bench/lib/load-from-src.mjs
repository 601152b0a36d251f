// Benchmarks that time internal stages bundle a small entry (straight from src/) with esbuild into
// bench/results/.build and import it, so no internals ship in dist/. The per-process bundle is
// deleted once loaded.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Bundles bench/lib/<name>.ts and imports it. */
export async function loadFromSrc(name) {
  const outdir = join(here, '..', 'results', '.build');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(here, `${name}.ts`)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    external: ['natural', 'linkifyjs', 'tldts'],
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** The pipeline stages (bench/lib/speed-stages.ts). */
export const loadStages = () => loadFromSrc('speed-stages');
/** Classifier internals for variant studies (bench/lib/internals.ts). */
export const loadInternals = () => loadFromSrc('internals');
