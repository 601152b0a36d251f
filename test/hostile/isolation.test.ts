// A whole hostile session in one process: options that lie (getters, Proxies, typos, pollution),
// rules that throw, lie, keep references and mutate what they can reach, models that are corrupt,
// oversized, deep or BOM-prefixed, and callers that mutate everything a moderator or the exports
// hand out. Afterwards a fresh moderator must give exactly the verdicts (every score, reason and
// token weight) of one made in a clean child process. Both run the built package (dist/), as users do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Spamsift from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'index.js');
const HELPER = join(import.meta.dirname, 'helpers', 'standard-session.mjs');

type Api = typeof Spamsift;
type Session = (api: Api, root: string) => unknown;

/** Runs `fn`, expecting a coded SpamsiftError or nothing; anything else fails the test. */
function attempt(api: Api, fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    if (api.isSpamsiftError(error)) return error.code;
    if (error instanceof TypeError) return 'TypeError'; // writing to something frozen
    throw error;
  }
}

function hostileSession(api: Api): void {
  const { createModerator, CATALOG, DEFAULT_THRESHOLDS } = api;
  const proto = Object.prototype as Record<string, unknown>;
  const polluted = ['thresholds', 'rules', 'maxLength', 'allow', 'block', 'bayes', 'model', 'contentFormat', 'isStaff', 'id', 'author', 'approvedCount', 'language', 'disabled', 'add', 'scores'];

  // Options that lie or are misspelled.
  const codes: string[] = [];
  codes.push(attempt(api, () => createModerator({ threshold: { spam: 0.1 } } as never)));
  codes.push(attempt(api, () => createModerator({ thresholds: { spam: Number.NaN } })));
  codes.push(attempt(api, () => createModerator(new Proxy({}, { ownKeys: () => ['thresholds'], getOwnPropertyDescriptor: () => ({ value: { spam: 2 }, enumerable: true, configurable: true }) }) as never)));
  let reads = 0;
  const flipping = { get spam() { return reads++ === 0 ? 0.9 : -5; } };
  codes.push(attempt(api, () => createModerator({ thresholds: flipping } as never).check('hello')));
  expect(codes.every((c) => c === 'E_INVALID_OPTION' || c === 'ok')).toBe(true);

  // Prototype pollution during a whole stretch of the session.
  for (const key of polluted) proto[key] = key === 'thresholds' ? { moderate: 0, spam: 0, discard: 0 } : key === 'rules' ? { disabled: ['LINK_SHORTENER'] } : true;
  try {
    const m = createModerator();
    m.learn('cheap pills http://bit.ly/x', 'spam');
    m.check({ content: 'hello', author: {} });
  } finally {
    for (const key of polluted) delete proto[key];
  }

  // Rules that misbehave, keep references, and mutate what they can reach.
  let kept: Spamsift.Features | undefined;
  const vandal: Spamsift.Rule = {
    id: 'CUSTOM_VANDAL',
    group: 'custom',
    score: 50,
    description: 'Misbehaves in every way it can',
    test: (f) => {
      kept = f;
      if (f.words.includes('boom')) {
        (f.tokens as string[]).push('injected');
        throw new Error('boom');
      }
      if (f.words.includes('later')) return Promise.reject(new Error('later')) as never;
      if (f.words.includes('null')) return [null] as never;
      return f.words.includes('vandal') ? ['vandal'] : [];
    },
    examples: { hit: ['vandal here'], miss: ['quiet'] },
  };
  const options = { rules: { add: [vandal], scores: { LINK_SHORTENER: 9 } }, thresholds: { spam: 0.95 }, allow: { words: ['safe'] } };
  const vm = createModerator(options);
  for (const text of ['boom', 'later', 'null', 'vandal', 'cheap pills http://bit.ly/x']) vm.check(text);
  // The caller mutates everything it handed in or got out.
  options.rules.scores.LINK_SHORTENER = -9;
  options.allow.words.push('viagra');
  vandal.score = -50;
  for (const rule of vm.rules) {
    attempt(api, () => ((rule as { score: number }).score = 0));
    attempt(api, () => (rule.examples.hit as unknown[]).push('x'));
    attempt(api, () => Object.assign(rule.test, { hijacked: true }));
  }
  attempt(api, () => (vm.rules as unknown[]).push(vandal));
  if (kept) attempt(api, () => (kept?.tokens as string[]).push('late'));
  for (const rule of CATALOG) {
    attempt(api, () => ((rule as { score: number }).score = 100));
    attempt(api, () => ((rule as { description: string }).description = 'x'));
    attempt(api, () => (rule.examples.miss as unknown[]).push('cheap pills'));
  }
  attempt(api, () => (CATALOG as unknown[]).push(vandal));
  attempt(api, () => ((DEFAULT_THRESHOLDS as { spam: number }).spam = 0));

  // Models: corrupt, oversized by declared counts, deep, BOM-prefixed, mutated after loading.
  const trainer = createModerator({ bayes: { minExamplesPerClass: 1 } });
  trainer.learn('cheap pills here', 'spam');
  trainer.learn('thanks for the post', 'ham');
  const model = trainer.exportModel();
  const text = JSON.stringify(model);
  for (const bad of [
    text.slice(0, text.length / 2),
    `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    text.replace('"version":1', '"version":2'),
    { ...model, bayes: { ...(model.bayes as object), totals: { spamDocs: 1, hamDocs: 1, tokens: 1e12 } } },
    `\uFEFF${text}`,
  ]) {
    attempt(api, () => createModerator({ model: bad }).check('cheap pills'));
  }
  attempt(api, () => api.readModel(text, { maxVocabulary: 1 }));
  const loaded = createModerator({ model, bayes: { minExamplesPerClass: 1 } });
  ((model.bayes as { vocabulary: string[] }).vocabulary as string[]).fill('pills');
  loaded.learn('more cheap pills', 'spam');
  loaded.check('cheap pills');
}

describe('isolation: a fresh moderator after a hostile session', () => {
  it.skipIf(!existsSync(DIST))('gives exactly the verdicts of one made in a clean process', async () => {
    const api = (await import(pathToFileURL(DIST).href)) as Api;
    const { standardSession } = (await import(pathToFileURL(HELPER).href)) as { standardSession: Session };
    hostileSession(api);
    await new Promise((resolve) => setTimeout(resolve, 20)); // let rejected Promises settle
    const here = JSON.parse(JSON.stringify(standardSession(api, ROOT)));
    const script = `Promise.all([import(${JSON.stringify(pathToFileURL(DIST).href)}), import(${JSON.stringify(pathToFileURL(HELPER).href)})])
      .then(([api, h]) => process.stdout.write(JSON.stringify(h.standardSession(api, ${JSON.stringify(ROOT)}))))`;
    const clean = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    expect(here.verdicts.length).toBeGreaterThan(30);
    expect(here).toEqual(clean);
  }, 120_000);
});
