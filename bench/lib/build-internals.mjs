// Bundles bench/lib/internals.ts (classifier internals, straight from src/) for variant studies.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function loadInternals() {
  const outdir = join(here, '..', 'results', '.build');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `internals-${process.pid}.mjs`);
  await build({
    entryPoints: [join(here, 'internals.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    external: ['natural', 'linkifyjs', 'tldts'],
    logLevel: 'error',
  });
  return import(outfile);
}
