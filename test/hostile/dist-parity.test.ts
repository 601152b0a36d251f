// Users run the built package, not src/: the bundler (tree-shaking, class-field lowering) must not
// change a single verdict. The same hostile comments go through both, trained the same way.
// dist/ is built by test/global-setup.ts when it is missing or older than src/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { FUZZ_OPTIONS, fixtureComments, hostileComment } from './helpers/fuzz.js';
import { createRandom } from './helpers/random.js';
import { preview } from './helpers/verdict.js';

const DIST = join(import.meta.dirname, '..', '..', 'dist', 'index.js');
const CASES = 3_000;

type Api = Pick<typeof source, 'createModerator'>;

function outcome(m: ReturnType<Api['createModerator']>, input: unknown): string {
  try {
    return JSON.stringify(m.check(input as source.CommentInput));
  } catch (error) {
    const e = error as { code?: unknown; name?: unknown; message?: unknown };
    return `throws ${String(e.name)} ${String(e.code)} ${String(e.message)}`;
  }
}

describe('the built package on hostile input', () => {
  // Skipped only when dist/ is absent and the global setup did not run (npm run build makes it).
  it.skipIf(!existsSync(DIST))(`gives exactly the verdicts of src/ on ${CASES} hostile comments`, async () => {
    const built = (await import(pathToFileURL(DIST).href)) as Api;
    const make = (api: Api): ReturnType<Api['createModerator']> => {
      const m = api.createModerator(FUZZ_OPTIONS);
      for (const { comment, label } of fixtureComments()) m.learn(comment, label);
      return m;
    };
    const a = make(source);
    const b = make(built);
    const r = createRandom(60640);
    const differences: string[] = [];
    for (let i = 0; i < CASES && differences.length < 5; i++) {
      const input = i % 50 === 0 ? { content: 5 } : hostileComment(r, r.pick(['unicode', 'markup', 'links', 'mixed'] as const));
      const x = outcome(a, input);
      const y = outcome(b, input);
      if (x !== y) differences.push(`case ${i} ${preview(input)}:\n  src:  ${x.slice(0, 300)}\n  dist: ${y.slice(0, 300)}`);
    }
    expect(differences).toEqual([]);
  });
});
