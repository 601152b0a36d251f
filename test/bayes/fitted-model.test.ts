// exportModel({ fitted: true }) carries the refit's result so a loader need not refit: scores must be
// bit for bit a refit's, a block made with other settings or of another version must be ignored
// (the loader refits), and a damaged block must be refused with a coded error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFitted } from '../../src/bayes/fitted.js';
import { readBayesModel, type BayesModelJSON, type BayesModelJSONv1 } from '../../src/bayes/index.js';
import { createModerator, type Moderator, type SpamsiftModel } from '../../src/index.js';

const spam = (i: number): string => `cheap pills at http://pills${i % 5}.example.xyz buy now, discount ${i % 7} percent, offer ${i % 3}`;
const ham = (i: number): string => `thanks for the write-up on closures, the example in part ${i % 6} helped with my ${['loops', 'tests', 'types'][i % 3]}`;

function trained(): Moderator {
  const m = createModerator();
  for (let i = 0; i < 60; i++) {
    m.learn({ id: `s${i}`, content: spam(i) }, 'spam');
    m.learn({ id: `h${i}`, content: ham(i) }, 'ham');
  }
  return m;
}

// Probes that share some tokens with the learned set and some that do not.
const PROBES = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? spam(i + 1000) : i % 3 === 1 ? ham(i + 1000) : `a comment about ${i % 11} things, pills or closures ${i}`));

function scores(m: Moderator): number[] {
  return PROBES.map((p) => m.check(p).score);
}

const plain = trained().exportModel();
const withFit = trained().exportModel({ fitted: true });
const bayesOf = (model: SpamsiftModel): BayesModelJSON => structuredClone(model.bayes) as BayesModelJSON;

describe('exportModel({ fitted: true })', () => {
  it('leaves the default export as it was (no fitted block)', () => {
    expect(Object.keys(plain.bayes as object)).toEqual(['format', 'version', 'totals', 'vocabulary', 'documents']);
    expect(Object.keys(withFit.bayes as object)).toEqual(['format', 'version', 'totals', 'vocabulary', 'documents', 'fitted']);
    const { fitted, ...rest } = bayesOf(withFit);
    expect(JSON.stringify(rest)).toBe(JSON.stringify(plain.bayes));
    expect(fitted?.version).toBe(1);
  });

  it('scores bit for bit as a refit does, and exports the same block again', () => {
    const refit = scores(createModerator({ model: JSON.stringify(plain) }));
    const loaded = createModerator({ model: JSON.stringify(withFit) });
    const got = scores(loaded);
    for (let i = 0; i < PROBES.length; i++) expect(Object.is(got[i], refit[i])).toBe(true);
    expect(scores(trained())).toEqual(refit);
    expect(JSON.stringify(loaded.exportModel({ fitted: true }).bayes)).toBe(JSON.stringify(withFit.bayes));
  });

  it('is what a loader scores with (a block with other weights and a valid checksum changes the scores)', () => {
    const bayes = bayesOf(withFit);
    const snapshot = readBayesModel(bayes);
    const state = snapshot.fitted!;
    const weights = state.weights!.map((w) => w * 2);
    bayes.fitted = encodeFitted(snapshot, state.config, weights, state.bias, state.calibration);
    const doubled = scores(createModerator({ model: { ...withFit, bayes } }));
    expect(doubled).not.toEqual(scores(createModerator({ model: plain })));
  });

  it('is ignored for other settings, and for another block version: the loader refits', () => {
    const options = { bayes: { hamBlockedBudget: 0.02 } };
    expect(scores(createModerator({ ...options, model: withFit }))).toEqual(scores(createModerator({ ...options, model: plain })));
    const bayes = bayesOf(withFit);
    (bayes.fitted as unknown as Record<string, unknown>)['version'] = 99;
    expect(scores(createModerator({ model: { ...withFit, bayes } }))).toEqual(scores(createModerator({ model: plain })));
  });

  it('refuses a damaged block or one that does not belong to its documents with E_MODEL_CORRUPT', () => {
    const cases: [string, (b: BayesModelJSON) => void][] = [
      ['checksum', (b) => (b.fitted!.checksum = '0000000000000000')],
      ['weights', (b) => (b.fitted!.weights = b.fitted!.weights!.slice(0, -8))],
      ['weights', (b) => (b.fitted!.weights = '#not base64#')],
      ['numbers', (b) => (b.fitted!.numbers = 'AAAA')],
      ['config', (b) => ((b.fitted as unknown as Record<string, unknown>)['config'] = 7)],
      ['extra', (b) => ((b.fitted as unknown as Record<string, unknown>)['extra'] = 1)],
      // The documents beside the block changed: one token list loses a token that others also have.
      ['checksum', (b) => (b.documents.ids[0] = 'id:someone-else')],
    ];
    for (const [path, edit] of cases) {
      const bayes = bayesOf(withFit);
      edit(bayes);
      expect(() => createModerator({ model: { ...withFit, bayes } }), path).toThrow(expect.objectContaining({ code: 'E_MODEL_CORRUPT', path: expect.stringContaining(`model.bayes.fitted.${path}`) }));
    }
  });

  it('checks its options', () => {
    const m = trained();
    expect(() => m.exportModel(null as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    expect(() => m.exportModel({ fitted: 'yes' as never })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION', path: 'options.fitted' }));
    expect(createModerator().exportModel({ fitted: true }).bayes).not.toHaveProperty('fitted');
  });
});

describe('a model written by version 1 (token lists as arrays of gaps)', () => {
  // Exported by the version 1 writer (main at a90ca70, exportModel({ fitted: true })) after learning
  // the comments trained() learns here.
  const file = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'model-v1-fitted.json'), 'utf8');

  it('imports with its fitted block or without it, gives the verdicts of the same comments learned here, and exports as version 2', () => {
    const v1 = JSON.parse(file) as SpamsiftModel & { bayes: BayesModelJSONv1 };
    expect(v1.bayes.version).toBe(1);
    expect(v1.bayes.fitted).toBeDefined();
    const { fitted: _fitted, ...plainBayes } = v1.bayes;
    const here = trained();
    const expected = PROBES.map((p) => here.check(p));
    for (const model of [file, { ...v1, bayes: plainBayes }]) {
      const loaded = createModerator({ model });
      expect(PROBES.map((p) => loaded.check(p))).toEqual(expected);
      expect(JSON.stringify(loaded.exportModel().bayes)).toBe(JSON.stringify(plain.bayes));
    }
    expect(JSON.stringify(createModerator({ model: file }).exportModel({ fitted: true }).bayes)).toBe(JSON.stringify(withFit.bayes));
  });
});
