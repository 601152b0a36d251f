import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  clean: true,
  splitting: false,
  treeshake: true,
  // natural, linkifyjs and tldts stay external: users get their own deduplicated copies.
  external: ['natural', 'linkifyjs', 'tldts'],
});
