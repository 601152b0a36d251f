// NB-LR trust weights (src/bayes/weights.ts): a pure function of the learned set. The order a
// store keeps a document's tokens in, and the ids a model round trip renumbers them to, must not
// move a bit; and the regression must actually change what naive Bayes alone would say.
import { describe, expect, it } from 'vitest';
import { createClassifier, fitTrained, type FitDocument, type TrainedConfig } from '../../src/bayes/index.js';
import { DEFAULT_BAYES_CONFIG } from '../../src/bayes/index.js';

const CONFIG: TrainedConfig = { ...DEFAULT_BAYES_CONFIG };
const PRIOR = { slope: DEFAULT_BAYES_CONFIG.slope, offset: DEFAULT_BAYES_CONFIG.offset };

/** A seeded little corpus over 40 token ids: spam leans on ids 0–14, ham on 15–29, 30–39 shared. */
function corpus(seed: number): FitDocument[] {
  let a = seed;
  const next = (): number => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a / 4294967296;
  };
  const docs: FitDocument[] = [];
  for (let i = 0; i < 120; i++) {
    const spam = i % 3 === 0;
    const ids = new Set<number>();
    const n = 3 + Math.floor(next() * 8);
    while (ids.size < n) ids.add(next() < 0.6 ? (spam ? 0 : 15) + Math.floor(next() * 15) : 30 + Math.floor(next() * 10));
    docs.push({ label: spam ? 'spam' : 'ham', ids: Uint32Array.from(ids) });
  }
  return docs;
}

describe('fitTrained', () => {
  it('does not depend on the order of a document\'s tokens', () => {
    const docs = corpus(7);
    const reversed = docs.map((d) => ({ label: d.label, ids: Uint32Array.from(d.ids).reverse() }));
    const a = fitTrained(docs, 40, new Uint8Array(40), CONFIG, PRIOR)!;
    const b = fitTrained(reversed, 40, new Uint8Array(40), CONFIG, PRIOR)!;
    expect(Array.from(b.model.weight)).toEqual(Array.from(a.model.weight));
    expect(b.model.bias).toBe(a.model.bias);
    expect(b.calibration).toEqual(a.calibration);
  });

  it('gives each token the same weight whatever id it has (a model round trip renumbers ids)', () => {
    const docs = corpus(11);
    // A permutation of the id space, as compaction or an import would make.
    const map = Array.from({ length: 40 }, (_, i) => (i * 17 + 5) % 40);
    const renamed = docs.map((d) => ({ label: d.label, ids: Uint32Array.from(d.ids, (id) => map[id]!) }));
    const a = fitTrained(docs, 40, new Uint8Array(40), CONFIG, PRIOR)!;
    const b = fitTrained(renamed, 40, new Uint8Array(40), CONFIG, PRIOR)!;
    for (let id = 0; id < 40; id++) expect(b.model.weight[map[id]!]).toBe(a.model.weight[id]);
    expect(b.model.bias).toBe(a.model.bias);
    expect(b.calibration).toEqual(a.calibration);
  });

  it('moves the weights away from the plain ratios, and zero epochs keep them', () => {
    const docs = corpus(3);
    const plain = fitTrained(docs, 40, new Uint8Array(40), { ...CONFIG, lrEpochs: 0 }, PRIOR)!;
    const trained = fitTrained(docs, 40, new Uint8Array(40), CONFIG, PRIOR)!;
    const moved = Array.from(trained.model.weight).filter((w, id) => Math.abs(w - plain.model.weight[id]!) > 1e-3).length;
    expect(moved).toBeGreaterThan(20);
    // Tokens only spam has stay spam evidence; tokens only ham has stay ham evidence.
    for (let id = 0; id < 15; id++) if (plain.model.weight[id] !== 0) expect(trained.model.weight[id]).toBeGreaterThan(0);
    for (let id = 15; id < 30; id++) if (plain.model.weight[id] !== 0) expect(trained.model.weight[id]).toBeLessThan(0);
  });

  it('never lets a disguise token count toward ham', () => {
    const docs = corpus(5);
    // Token 20 is ham-leaning; flagged as a disguise it must weigh nothing.
    const disguise = new Uint8Array(40);
    disguise[20] = 1;
    const r = fitTrained(docs, 40, disguise, CONFIG, PRIOR)!;
    expect(r.model.weight[20]).toBe(0);
  });

  it('is null without both classes', () => {
    const docs = corpus(9).filter((d) => d.label === 'ham');
    expect(fitTrained(docs, 40, new Uint8Array(40), CONFIG, PRIOR)).toBeNull();
  });
});

describe('the classifier with NB-LR', () => {
  const learnAll = (c: ReturnType<typeof createClassifier>): void => {
    corpus(13).forEach((d, i) => c.learn(`d${i}`, Array.from(d.ids, (id) => `t${id}`), d.label));
  };

  it('scores differently from plain naive Bayes, and the same after an export/import round trip', () => {
    const nblr = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 });
    const plain = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000, config: { lrEpochs: 0 } });
    learnAll(nblr);
    learnAll(plain);
    const probe = ['t1', 't3', 't16', 't31', 't33'];
    const p = nblr.classify(probe)!.probability;
    expect(p).not.toBe(plain.classify(probe)!.probability);
    const copy = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 }, nblr.toJSON());
    expect(copy.classify(probe)!.probability).toBe(p);
  });

  it('refits after a change: unlearning a document and learning it back restores the score bit for bit', () => {
    const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 });
    learnAll(c);
    const probe = ['t2', 't18', 't35'];
    const before = c.classify(probe)!.probability;
    c.unlearn('d0');
    expect(c.classify(probe)!.probability).not.toBe(before);
    c.learn('d0', Array.from(corpus(13)[0]!.ids, (id) => `t${id}`), 'spam');
    expect(c.classify(probe)!.probability).toBe(before);
  });
});

describe('NB-LR scores are a function of the learned set (issue 9 §3)', () => {
  /** Reaches the learned set of corpus(21) by a seeded history: wrong labels first, decoys learned and unlearned, scores read between. */
  function history(seed: number, epochs: number): ReturnType<typeof createClassifier> {
    let a = seed;
    const next = (): number => {
      a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
      return a / 4294967296;
    };
    const c = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000, config: { lrEpochs: epochs } });
    const docs = corpus(21).map((d, i) => ({ id: `d${i}`, tokens: Array.from(d.ids, (id) => `t${id}`), label: d.label }));
    for (let i = docs.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [docs[i], docs[j]] = [docs[j]!, docs[i]!];
    }
    for (const d of docs) {
      const roll = next();
      if (roll < 0.1) c.learn(d.id, d.tokens, d.label === 'spam' ? 'ham' : 'spam');
      if (roll > 0.9) {
        c.learn(`decoy-${d.id}`, ['t1', 't20', 't33'], 'spam');
        c.classify(['t1', 't2']);
        c.unlearn(`decoy-${d.id}`);
      }
      c.learn(d.id, [...d.tokens].reverse(), d.label);
      if (next() < 0.3) c.classify(['t3', 't17']);
    }
    return c;
  }
  const probes = Array.from({ length: 60 }, (_, i) => [`t${i % 40}`, `t${(i * 7) % 40}`, `t${(i * 13 + 5) % 40}`]);

  it.each([10, 0])('five seeded histories, lrEpochs %i: bit-identical scores, before and after an export/import round trip', (epochs) => {
    const first = history(1, epochs);
    const reference = probes.map((p) => first.classify(p)!.probability);
    for (const seed of [2, 3, 4, 5]) {
      const c = history(seed, epochs);
      expect(probes.map((p) => c.classify(p)!.probability)).toEqual(reference);
      const copy = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000, config: { lrEpochs: epochs } }, c.toJSON());
      expect(probes.map((p) => copy.classify(p)!.probability)).toEqual(reference);
    }
  });
});

describe('refit()', () => {
  it('does the refit now and changes no score', () => {
    const learn = (c: ReturnType<typeof createClassifier>): void => corpus(17).forEach((d, i) => c.learn(`d${i}`, Array.from(d.ids, (id) => `t${id}`), d.label));
    const lazy = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 });
    const eager = createClassifier({ minExamplesPerClass: 1, maxVocabulary: 1000 });
    learn(lazy);
    learn(eager);
    eager.refit();
    expect(eager.calibration()).toEqual(lazy.calibration());
    for (const probe of [['t1', 't16'], ['t4', 't33', 't36'], ['t22']]) expect(eager.classify(probe)!.probability).toBe(lazy.classify(probe)!.probability);
  });

  it('does nothing before the classifier is ready', () => {
    const c = createClassifier({ minExamplesPerClass: 2, maxVocabulary: 1000 });
    c.learn('only', ['t1'], 'spam');
    expect(() => c.refit()).not.toThrow();
    expect(c.classify(['t1'])).toBeNull();
  });
});
