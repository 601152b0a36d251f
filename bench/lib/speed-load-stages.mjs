// Bundles bench/lib/speed-stages.ts (the pipeline stages, straight from src/) with esbuild into
// bench/results/.build, so the stages can be timed without shipping internals in dist/.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function loadStages() {
  const outdir = join(here, '..', 'results', '.build');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `speed-stages-${process.pid}.mjs`);
  await build({
    entryPoints: [join(here, 'speed-stages.ts')],
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
    // Loaded now: the per-process bundle is not needed again.
    rmSync(outfile, { force: true });
  }
}
